"""A report as CSV for French Excel (store/csv_export: `;`, decimal comma, formula-safe cells)."""

from __future__ import annotations

from pathlib import Path

from sosdesk.domain.errors import InputError
from sosdesk.domain.report_view import ReportView
from sosdesk.store.csv_export import csv_text


def report_csv_text(report: ReportView, table_key: str | None = None) -> str:
    """One table as plain CSV, or every table, each after its title line and an empty line between."""
    tables = report.tables
    if table_key:
        tables = tuple(t for t in tables if t.key == table_key)
        if not tables:
            keys = ", ".join(t.key for t in report.tables)
            raise InputError(f"tableau inconnu : {table_key} (tableaux : {keys})", "--table")
    if len(tables) == 1:
        return csv_text(tables[0].headers, tables[0].rows)
    return "\r\n".join(csv_text([t.title], []) + csv_text(t.headers, t.rows) for t in tables)


def write_report_csv(report: ReportView, path: str | Path, table_key: str | None = None) -> Path:
    path = Path(path)
    path.write_text(report_csv_text(report, table_key), encoding="utf-8-sig", newline="")  # BOM: Excel reads UTF-8
    return path
