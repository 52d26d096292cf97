"""Undo/redo read from the change log (issue 10), on the demo region: a one-meeting edit and a whole
week copied to the next (hundreds of new meetings) — the edit, its undo and its redo, each one
transaction (change log, outbox and search index written as for any edit).

The demo file is built once into ``.scratch/bench_undo.db``; each run works on a copy.

    .venv/bin/python tests/benchmarks/bench_undo.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DB = ROOT / ".scratch" / "bench_undo.db"
WORK = ROOT / ".scratch" / "bench_undo_run.db"
TODAY = "2026-11-26"
WEEK = "2026-W48"


def build() -> None:
    if DB.exists():
        return
    DB.parent.mkdir(exist_ok=True)
    print(f"building {DB} (sosdesk demo --today {TODAY})…", flush=True)
    subprocess.run([sys.executable, "-m", "sosdesk", "demo", "--db", str(DB), "--today", TODAY], check=True)


def timed(label: str, fn: object) -> object:
    t0 = time.perf_counter()
    out = fn()  # type: ignore[operator]
    print(f"{label:<38} {1000 * (time.perf_counter() - t0):8.1f} ms", flush=True)
    return out


def main() -> None:
    build()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{WORK}{suffix}").unlink(missing_ok=True)
    shutil.copy(DB, WORK)
    from sosdesk.store import Store, open_store
    from sosdesk.store import ops_meetings as ops
    from sosdesk.store.changes import Changes
    from sosdesk.store.ops_meetings import week_meeting
    from sosdesk.store.week import week_meeting_rows
    from sosdesk.usecases.undo import EditStep, UndoStack

    store = open_store(WORK)
    store.set_user("")
    stack = UndoStack(store)
    with store.session() as s:
        planned = [r.id for r in week_meeting_rows(s, WEEK) if r.status == "planned"]
        mid = planned[0]
        week, mt = week_meeting(s, mid)
    changes = timed("edit one meeting's note (edit)", lambda: stack.push(EditStep("Note", lambda st: ops.update_meetings(
        st, week, [mt], "Note", notes={mid: "note du banc d'essai"}))))
    print(f"  change-log entries: {len(changes.log)}")  # type: ignore[attr-defined]
    timed("  undo", stack.undo)
    timed("  redo", stack.redo)

    holder: list[int] = []

    def copy(st: Store) -> Changes:
        report, ch = ops.copy_week_to_next(st, WEEK)
        holder.append(len(report.created))
        return ch
    changes = timed("copy a week to the next (edit)", lambda: stack.push(EditStep("Copier", copy)))
    print(f"  meetings created: {holder[0]}, change-log entries: {len(changes.log)}")  # type: ignore[attr-defined]
    timed("  undo (tombstones)", stack.undo)
    timed("  redo (revivals)", stack.redo)
    timed("  undo again", stack.undo)
    store.close()


if __name__ == "__main__":
    main()
