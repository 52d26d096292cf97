"""CSV for French Excel (DESIGN: `;` separator, UTF-8 with BOM, decimal comma)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

Cell = str | int | Decimal | date | None


def format_cell(value: Cell) -> str:
    """One value as French Excel reads it: decimal comma, dates JJ/MM/AAAA, empty for None."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, Decimal):
        return format(value, "f").replace(".", ",")
    if isinstance(value, float):
        return repr(value).replace(".", ",")
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def csv_text(headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> str:
    """The CSV body (without BOM); quoting only where needed."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(headers)
    for row in rows:
        writer.writerow([format_cell(v) for v in row])
    return out.getvalue()


def write_csv(path: str | Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> Path:
    """Write a CSV file French Excel opens directly (BOM so it detects UTF-8)."""
    path = Path(path)
    path.write_text(csv_text(headers, rows), encoding="utf-8-sig", newline="")
    return path
