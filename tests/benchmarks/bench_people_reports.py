"""Times the Personnes lists, one row refresh and the reports (with CSV export) on a demo region.

Run: .venv/bin/python tests/benchmarks/bench_people_reports.py [beneficiaries]"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from sosdesk.domain.timegrid import week_of
from sosdesk.store import open_store
from sosdesk.store import reports as rp
from sosdesk.store.csv_export import write_csv
from sosdesk.store.demo import build_demo
from sosdesk.store.people_rows import list_rows


def timed(label: str, fn):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn()
    print(f"{label:<42} {1000 * (time.perf_counter() - start):8.1f} ms")
    return result


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    today = date(2026, 10, 7)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "bench.db")
        timed(f"build_demo({count} beneficiaries)", lambda: build_demo(store, beneficiaries=count, today=today))
        with store.session() as s:
            rows = timed("list_rows beneficiaries (all)", lambda: list_rows(s, "beneficiaries", None))
            timed("list_rows professionals (all)", lambda: list_rows(s, "professionals", None))
            ids = [r.id for r in rows[:1]]
            timed("list_rows one changed row", lambda: list_rows(s, "beneficiaries", None, ids))
            week, month = week_of(today), today.strftime("%Y-%m")
            st = timed(f"staffing {week}", lambda: rp.staffing(s, week))
            ob = timed(f"obligations_coverage {month}", lambda: rp.obligations_coverage(s, month))
            timed(f"activity {month}", lambda: rp.activity(s, month))
        table = rp.obligations_table(ob, month)
        timed(f"CSV export ({len(table.rows)} rows)",
              lambda: write_csv(Path(tmp) / "o.csv", table.headers, table.rows))
        print(f"rows: {len(rows)} beneficiaries, {len(st)} professionals, {len(ob)} obligation lines")
        store.close()


if __name__ == "__main__":
    main()
