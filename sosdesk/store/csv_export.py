"""CSV for French Excel (DESIGN: `;` separator, UTF-8 with BOM, decimal comma)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sosdesk.domain.vocabulary import day_text, day_time_text

Cell = str | int | Decimal | date | None

# OWASP « CSV injection »: a cell starting with one of these is read as a formula by spreadsheets.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?\d[\d \u00a0\u202f]*(?:[.,]\d+)?\Z")


def safe_text(text: str) -> str:
    """``text`` as a spreadsheet shows it but never runs it: a leading ``'`` before a formula start
    (OWASP rule). Plain numbers such as ``-12,50`` (a credit note) stay numbers."""
    if text.startswith(FORMULA_START) and not _PLAIN_NUMBER.match(text):
        return "'" + text
    return text


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
        return day_time_text(value)
    if isinstance(value, date):
        return day_text(value)
    return str(value)


def csv_text(headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> str:
    """The CSV body (without BOM); quoting only where needed; text cells neutralised (safe_text)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([safe_text(h) for h in headers])
    for row in rows:
        writer.writerow([safe_text(v) if isinstance(v, str) else format_cell(v) for v in row])
    return out.getvalue()


def write_csv(path: str | Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> Path:
    """Write a CSV file French Excel opens directly (BOM so it detects UTF-8)."""
    path = Path(path)
    path.write_text(csv_text(headers, rows), encoding="utf-8-sig", newline="")
    return path
