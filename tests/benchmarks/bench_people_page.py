"""Times opening the Personnes page (all three lists, first paint) on an existing office file, e.g.
the large demo: `sosdesk demo --db .scratch/big.db --beneficiaries 2000 --weeks 8`.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_people_page.py FILE [runs]
Target (issue 13): < 300 ms on 2,000 beneficiaries."""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from sosdesk.store import open_store
    from sosdesk.ui.bus import ChangeBus
    from sosdesk.ui.people.page import PeoplePage

    source, runs = Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 5
    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / source.name
        shutil.copy(source, db)
        store = open_store(db)
        admins = [u for u in store.users() if u.role == "regional_admin"]
        store.set_user(admins[0].id)
        times, painted, cpu = [], [], []
        for _ in range(runs):
            start, cpu_start = time.perf_counter(), time.process_time()
            page = PeoplePage(store, ChangeBus())
            built = time.perf_counter()
            page.resize(1600, 900)
            page.show()
            app.processEvents()
            done = time.perf_counter()
            cpu.append(1000 * (time.process_time() - cpu_start))
            times.append(1000 * (built - start))
            painted.append(1000 * (done - start))
            page.close()
            page.deleteLater()
            app.processEvents()
        rows = page.tab("beneficiaries").model.rowCount()
        print(f"Personnes page, {rows} beneficiaries: built median {statistics.median(times):.0f} ms "
              f"(min {min(times):.0f}), shown median {statistics.median(painted):.0f} ms "
              f"(min {min(painted):.0f}, max {max(painted):.0f}); CPU median {statistics.median(cpu):.0f} ms "
              f"(min {min(cpu):.0f}) over {runs} runs")
        store.close()


if __name__ == "__main__":
    main()
