"""Obligations panel rebuild on a week switch (issue 13: it was 80 % of a 0.7 s switch on the
2,000-beneficiary demo). Times, per week switch: the coverage computation + the panel refresh (model
reset, sort, filter, summary) + the paint of the visible rows.

Build the demo once, then run (optionally against the old panel to compare):

    .venv/bin/sosdesk demo --db .scratch/demo2000.sosdesk --beneficiaries 2000 --weeks 8 --today 2026-11-25
    .venv/bin/python tests/benchmarks/bench_obligations_panel.py --db .scratch/demo2000.sosdesk \\
        [--before .scratch/obligations_before.py]   # git show <old>:sosdesk/ui/calendar/obligations.py
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import time
from pathlib import Path
from types import ModuleType

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def load_module(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("obligations_before", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=".scratch/demo2000.sosdesk")
    parser.add_argument("--weeks", default="2026-W45,2026-W46,2026-W47,2026-W48")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--before", help="an older obligations.py to time the same way")
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from sosdesk.store import open_store
    from sosdesk.ui.calendar import obligations as current
    from sosdesk.usecases.calendar_week import WeekData

    app = QApplication.instance() or QApplication([])
    store = open_store(args.db, create=False)
    weeks = args.weeks.split(",")
    first = WeekData.load(store, weeks[0])
    datas = [first] + [WeekData.load(store, w, first.problem) for w in weeks[1:]]
    print(f"{len(first.problem.beneficiaries)} beneficiaries; weeks {', '.join(weeks)}: "
          + ", ".join(str(len(d.meetings)) for d in datas) + " meetings")

    variants: list[tuple[str, ModuleType]] = [("after (model reset, model-side sort)", current)]
    if args.before:
        variants.insert(0, ("before (proxy sort, in-place updates)", load_module(Path(args.before))))
    for label, module in variants:
        panel = module.ObligationsPanel()
        panel.resize(420, 700)
        panel.show()
        app.processEvents()
        times: list[float] = []
        rows_shown = 0
        for _ in range(args.rounds):
            for data in datas:
                t = time.perf_counter()
                if module is current:
                    rows = data.obligations()
                    panel.set_rows(rows, data.ben_name, data.type_label, data.summary(rows),
                                   data.shown_beneficiaries("professionals", ()))
                else:
                    panel.model.set_rows(data.planned_obligations(), data.ben_name, data.type_label)
                app.processEvents()  # the one paint the reset schedules
                times.append(time.perf_counter() - t)
                rows_shown = panel.model.rowCount()
        print(f"{label}: median {statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms "
              f"over {len(times)} week switches ({rows_shown} rows)")
        panel.close()
    store.close()


if __name__ == "__main__":
    main()
