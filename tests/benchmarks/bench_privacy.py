"""Times backups (online copy, rotation), a restore, a purge plan and run, and a person export on a
demo region (issue 16).

Run: .venv/bin/python tests/benchmarks/bench_privacy.py [beneficiaries] [folder]"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sosdesk.store import open_store
from sosdesk.store.backup import copy_database, restore_file, rotate
from sosdesk.store.demo import build_demo
from sosdesk.usecases.person_file import person_file
from sosdesk.usecases.purge import plan_purge, run_purge

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def timed(label: str, fn: Any) -> Any:
    start = time.perf_counter()
    result = fn()
    print(f"{label:<46} {1000 * (time.perf_counter() - start):9.1f} ms")
    return result


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    folder = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(tempfile.mkdtemp(prefix="sosdesk-bench-"))
    db = folder / f"bench-{count}.db"
    if not db.exists():
        store = open_store(db)
        timed(f"demo {count} beneficiaries", lambda: build_demo(store, beneficiaries=count, weeks=4,
                                                               today=date(2026, 11, 20)))
        store.close()
    print(f"file: {db.stat().st_size / 1e6:.1f} MB")
    work = folder / "work.db"
    copy_database(db, work)
    timed("backup (VACUUM INTO + integrity_check)", lambda: copy_database(work, folder / "copy.db"))
    timed("rotation: first of the day (daily + weekly)", lambda: rotate(work, NOW))
    timed("rotation: again the same day (nothing due)", lambda: rotate(work, NOW))
    timed("restore (checks, keep current, stage, swap)", lambda: restore_file(work, folder / "copy.db", NOW))
    store = open_store(work)
    try:
        people = timed("person export (one person)", lambda: person_file(store, None, "B0001", NOW))
        print(f"  {len(people['meetings'])} meetings, {len(people['change_log'])} log entries")
        plan = timed("purge plan (everyone, --before 2100)",
                     lambda: plan_purge(store, None, date(2100, 1, 1), before=date(2100, 1, 1)))
        blocked = len(plan.blocked)
        print(f"  {len(plan.people)} people, {blocked} blocked by an open invoice")
        if not blocked:
            timed("purge run (everyone)", lambda: run_purge(store, None, plan, date(2100, 1, 1)))
    finally:
        store.close()


if __name__ == "__main__":
    main()
