"""A report as an Excel workbook: a summary sheet, then one sheet per table (openpyxl)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from io import BytesIO
from pathlib import Path

from sosdesk.domain.report_view import ReportView

_BAD = re.compile(r"[\[\]:*?/\\]")
FORMULA_START = ("=", "+", "-", "@")


def _sheet_name(title: str, used: set[str]) -> str:
    base = _BAD.sub(" ", title)[:28].strip() or "Tableau"
    name, n = base, 2
    while name.casefold() in used:
        name, n = f"{base[:26]} {n}", n + 1
    used.add(name.casefold())
    return name


def _cell(value: object) -> object:
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value  # never a formula (CSV injection rule, store/csv_export.py)
    return value


def write_xlsx(report: ReportView, out: str | Path | BytesIO) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    summary = wb.active
    summary.title = "Synthèse"
    summary.append([report.title])
    summary["A1"].font = Font(bold=True, size=14)
    summary.append([f"{report.period} — {report.scope}"])
    summary.append([])
    for label, value in report.highlights:
        summary.append([label, _cell(value)])
    summary.append([])
    for note in report.notes:
        summary.append([note])
    summary.column_dimensions["A"].width = 48
    summary.column_dimensions["B"].width = 40
    used = {"synthèse"}
    header_fill = PatternFill("solid", fgColor="E8ECEF")
    for t in report.tables:
        ws = wb.create_sheet(_sheet_name(t.title, used))
        ws.append([_cell(h) for h in t.headers])
        for c in ws[1]:
            c.font = Font(bold=True)
            c.fill = header_fill
            c.alignment = Alignment(wrap_text=True, vertical="top")
        for row in t.rows:
            ws.append([_cell(v) for v in row])
        for i, header in enumerate(t.headers, start=1):
            letter = get_column_letter(i)
            longest = max([len(str(header))] + [len(str(r[i - 1])) for r in t.rows[:200]])
            ws.column_dimensions[letter].width = min(max(10, longest + 2), 50)
            if i - 1 in t.numeric:
                for cell in ws[letter][1:]:
                    if isinstance(cell.value, float):
                        cell.number_format = "#,##0.00"
            elif any(isinstance(r[i - 1], date) for r in t.rows[:50]):
                for cell in ws[letter][1:]:
                    cell.number_format = "DD/MM/YYYY"
        ws.freeze_panes = "A2"
    target = str(out) if isinstance(out, Path) else out
    wb.save(target)
