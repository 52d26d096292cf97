"""« Planifier la semaine » on the large demo (2,000 beneficiaries), in the real dialog offscreen:
how long a run takes against its time limit, how soon « Arrêter (garder le meilleur) » hands back
the best plan, and how long « Rejeter » holds the GUI thread (it must not wait for the worker).

Reuses the demo file of bench_week_switch.py (built there once).

    .venv/bin/python tests/benchmarks/bench_planner_stop.py [--limit 20]
"""

from __future__ import annotations

import argparse
import os
import time
from datetime import UTC, datetime

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_week_switch import DB, build

NOW = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)  # Monday morning: the whole week is ahead


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=float, default=20.0)
    parser.add_argument("--full-only", action="store_true")
    args = parser.parse_args()
    build()
    from PySide6.QtWidgets import QApplication

    from sosdesk.store import open_store
    from sosdesk.ui import operations
    from sosdesk.ui.calendar.planner import PlannerDialog
    from sosdesk.usecases.calendar_week import WeekData

    app = QApplication.instance() or QApplication([])
    store = open_store(DB, create=False)
    data = WeekData.load(store, "2026-W48")

    def wait(cond, seconds: float) -> bool:  # type: ignore[no-untyped-def]
        end = time.monotonic() + seconds
        while not cond() and time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)
        return bool(cond())

    # 1. a whole run against its limit
    dialog = PlannerDialog(data, time_limit=args.limit, now=NOW)
    t = time.monotonic()
    dialog.start()
    wait(lambda: dialog.result is not None, args.limit * 4 + 60)
    stats = dialog.result.stats if dialog.result else {}
    print(f"full run, limit {args.limit:.0f} s: result after {time.monotonic() - t:.1f} s "
          f"({dialog.list.count()} meetings proposed; cut phases {stats.get('cut_phases')}, "
          f"phase seconds {stats.get('phase_seconds')})")
    if args.full_only:
        return
    dialog.close()
    # 2. Stop a few seconds into the search
    dialog = PlannerDialog(data, time_limit=args.limit, now=NOW)
    dialog.start()
    wait(lambda: dialog.bar.maximum() > 0, 60)
    wait(lambda: False, 3.0)
    t = time.monotonic()
    dialog.stop.click()
    wait(lambda: dialog.result is not None, 120)
    print(f"Arrêter: best plan shown {time.monotonic() - t:.2f} s after the click "
          f"(cut phases: {dialog.result.stats.get('cut_phases') if dialog.result else '—'})")
    dialog.close()
    # 3. Reject while searching: the GUI thread is back at once; the worker ends on its own
    dialog = PlannerDialog(data, time_limit=args.limit, now=NOW)
    dialog.start()
    wait(lambda: dialog.bar.maximum() > 0, 60)
    wait(lambda: False, 3.0)
    t = time.perf_counter()
    dialog.reject()
    held = time.perf_counter() - t
    t2 = time.monotonic()
    wait(lambda: not operations.RUNNING, 120)
    print(f"Rejeter: GUI thread held {held * 1000:.1f} ms; the worker finished "
          f"{time.monotonic() - t2:.2f} s later in the background")
    store.close()


if __name__ == "__main__":
    main()
