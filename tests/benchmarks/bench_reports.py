"""Times the four reports over time (build + view) over 8 weeks, and their PDF / XLSX exports, on the
2,000-beneficiary demo. The demo is expensive: build it once and pass its path.

    .venv/bin/sosdesk demo --db .scratch/big.db --beneficiaries 2000 --weeks 8 --today 2026-11-27
    .venv/bin/python tests/benchmarks/bench_reports.py .scratch/big.db
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from sosdesk.domain.periods import custom
from sosdesk.printing.report_pdf import render_report_pdf
from sosdesk.printing.report_xlsx import write_xlsx
from sosdesk.store import open_store
from sosdesk.usecases.reports import service
from sosdesk.usecases.reports.views import view

TODAY = date(2026, 11, 27)
PERIOD = custom(date(2026, 10, 5), date(2026, 11, 29))  # 8 ISO weeks: W41 … W48


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(".scratch/big.db")
    if not path.exists():
        sys.exit(f"demo file not found: {path} (see the docstring)")
    store = open_store(path, None)
    print(f"period {PERIOD.label()} ({len(PERIOD.weeks())} weeks), {path}")
    with tempfile.TemporaryDirectory() as tmp:
        for kind in ("staffing", "obligations", "activity", "finance"):
            runs = []
            report = None
            for _ in range(3):
                start = time.perf_counter()
                report = service.build(store, kind, PERIOD, None, today=TODAY)
                shown = view(report)
                runs.append(time.perf_counter() - start)
            rows = sum(len(t.rows) for t in shown.tables)
            start = time.perf_counter()
            render_report_pdf(shown, Path(tmp) / f"{kind}.pdf")
            pdf = time.perf_counter() - start
            start = time.perf_counter()
            write_xlsx(shown, Path(tmp) / f"{kind}.xlsx")
            xlsx = time.perf_counter() - start
            print(f"{kind:<12} build+view median {1000 * statistics.median(runs):7.0f} ms  "
                  f"(min {1000 * min(runs):6.0f})  rows {rows:6d}  pdf {1000 * pdf:6.0f} ms  xlsx {1000 * xlsx:6.0f} ms")
    store.close()


if __name__ == "__main__":
    main()
