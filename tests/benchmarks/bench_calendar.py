"""Calendar figures on a week of ~500 meetings (demo region, 2,000 beneficiaries): opening the week
view, switching resource, one drag-move step (rule check + ghost + repaint). Targets: week open
< 300 ms, mouse-move feedback < 16 ms.

    .venv/bin/python tests/benchmarks/bench_calendar.py [--beneficiaries 2000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--beneficiaries", type=int, default=2000)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from sosdesk.domain.timegrid import week_of
    from sosdesk.store import open_store
    from sosdesk.store.demo import build_demo
    from sosdesk.store.week import week_meeting_rows
    from sosdesk.ui.bus import ChangeBus
    from sosdesk.ui.calendar.layout import PROFESSIONAL, PROFESSIONALS
    from sosdesk.ui.calendar.page import PlanningPage

    app = QApplication.instance() or QApplication([])
    tmp = Path(tempfile.mkdtemp())
    store = open_store(tmp / "bench.db")
    t0 = time.perf_counter()
    build_demo(store, beneficiaries=args.beneficiaries, weeks=1)
    print(f"demo build ({args.beneficiaries} beneficiaries): {time.perf_counter() - t0:.1f} s")
    week = week_of(date.today())  # the demo fills the weeks up to the current one
    with store.session() as s:
        count = len(week_meeting_rows(s, week, include_cancelled=True))
    print(f"week {week}: {count} meetings")
    bus = ChangeBus()
    page = PlanningPage(store, bus, week=week)
    page.resize(1600, 900)
    page.show()
    app.processEvents()

    t = time.perf_counter()
    cold = PlanningPage(store, bus, week=week)
    cold.resize(1600, 900)
    cold.show()
    cold.view.viewport().repaint()
    print(f"first open (reference data of {args.beneficiaries} beneficiaries + week + paint): "
          f"{ms(time.perf_counter() - t)}")
    cold.close()
    opens, checks = [], []
    for _ in range(7):
        t = time.perf_counter()
        page.set_week(week)
        page.view.viewport().repaint()
        opens.append(time.perf_counter() - t)
        t = time.perf_counter()
        page.check_rules()  # runs from the event loop right after the paint
        page.view.viewport().repaint()
        checks.append(time.perf_counter() - t)
    print(f"open a week (meetings + rule index + scene + paint): median {ms(statistics.median(opens))}, max {ms(max(opens))}")
    print(f"then whole-week rule check + red marks ({len(page.data.violations)} broken): "
          f"median {ms(statistics.median(checks))}, max {ms(max(checks))}")

    pros = sorted(page.data.problem.professionals)
    switches = []
    for pid in pros[:10]:
        t = time.perf_counter()
        page.set_view(PROFESSIONAL, (pid,))
        page.view.viewport().repaint()
        switches.append(time.perf_counter() - t)
    print(f"switch resource: median {ms(statistics.median(switches))}, max {ms(max(switches))}")

    page.set_view(PROFESSIONALS, tuple(pros[:4]))
    scene = page.scene()
    items = [its[0] for its in scene.items_by_id.values() if its[0].cal.status != "cancelled"]
    controller = page.view.controller
    assert controller is not None and items
    moves: list[float] = []
    full: list[float] = []
    for item in items[:50]:
        col = scene.layout.columns[int(item.data(0))]
        controller.begin_move([item], col, item.cal.meeting.start)
        for step in range(10):
            target = scene.layout.columns[(col.index + step) % len(scene.layout.columns)]
            t = time.perf_counter()
            controller.drag_to(target, 8 * 60 + 15 * step)
            app.processEvents()  # the view repaints what changed (ghost, message)
            moves.append(time.perf_counter() - t)
            t = time.perf_counter()
            page.view.viewport().repaint()
            full.append(time.perf_counter() - t)
        controller.cancel()
    moves.sort()
    p95 = moves[int(len(moves) * 0.95)]
    print(f"drag-move step (rule check + ghost + repaint), {len(moves)} steps: "
          f"median {ms(statistics.median(moves))}, p95 {ms(p95)}, max {ms(moves[-1])}")
    print(f"full viewport repaint (worst case, not needed per move): median {ms(statistics.median(full))}")
    store.close()


if __name__ == "__main__":
    main()
