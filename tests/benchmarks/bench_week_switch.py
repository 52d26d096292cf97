"""Week switch on the large demo (2,000 beneficiaries, 8 weeks), in the real planning page offscreen:
median and p95 of « semaine suivante / précédente » until the week is painted, with and without the
obligations panel. Target: median < 150 ms (issue 13).

The demo file is built once into ``.scratch/bench_week_switch.db`` and reused.

    .venv/bin/python tests/benchmarks/bench_week_switch.py [--rounds 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
DB = ROOT / ".scratch" / "bench_week_switch.db"
TODAY = "2026-11-26"
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)


def build() -> None:
    if DB.exists():
        return
    DB.parent.mkdir(exist_ok=True)
    print(f"building {DB} (sosdesk demo --beneficiaries 2000 --weeks 8)…", flush=True)
    subprocess.run([sys.executable, "-m", "sosdesk", "demo", "--db", str(DB), "--beneficiaries", "2000",
                    "--weeks", "8", "--today", TODAY], check=True)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    build()
    from PySide6.QtWidgets import QApplication

    from sosdesk.domain.timegrid import shift_week, week_of
    from sosdesk.store import open_store
    from sosdesk.ui.bus import ChangeBus
    from sosdesk.ui.calendar.page import PlanningPage

    app = QApplication.instance() or QApplication([])
    store = open_store(DB, create=False)
    week = week_of(NOW.date())
    page = PlanningPage(store, ChangeBus(), week=week, now=lambda: NOW)
    page.resize(1600, 940)
    page.show()
    app.processEvents()
    print(f"{len(page.data.problem.professionals)} professionals, {len(page.data.meetings)} meetings in {week}")

    def run(label: str) -> None:
        times: list[float] = []
        cpu: list[float] = []
        marked: list[float] = []
        for i in range(args.rounds):
            target = shift_week(week, -1 if i % 2 == 0 else 0)
            t, c = time.perf_counter(), time.thread_time()
            page.set_week(target)
            app.processEvents()
            page.repaint()  # the week is shown and the window answers again
            times.append(time.perf_counter() - t)
            cpu.append(time.thread_time() - c)
            while not page.data.checked:  # the whole-week rule check runs in the background
                app.processEvents()
                time.sleep(0.002)
            app.processEvents()
            marked.append(time.perf_counter() - t)
        print(f"{label}: median {statistics.median(times) * 1000:.0f} ms, "
              f"p95 {percentile(times, 0.95) * 1000:.0f} ms (GUI thread CPU: median "
              f"{statistics.median(cpu) * 1000:.0f} ms, p95 {percentile(cpu, 0.95) * 1000:.0f} ms); "
              f"broken rules marked after median {statistics.median(marked) * 1000:.0f} ms "
              f"({args.rounds} switches)")

    print(f"machine load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
          "(wall times grow with it; the GUI thread's CPU time does not)")
    for kind in ("week", "workweek", "timeline"):
        page.set_view_kind(kind)
        page.side_panel_visible(True)
        run(f"{kind} view, with the obligations panel")
        page.side_panel_visible(False)
        run(f"{kind} view, without the obligations panel")
    page.close()
    store.close()


if __name__ == "__main__":
    main()
