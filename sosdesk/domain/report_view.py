"""A built report as every output shows it (window, PDF, CSV, XLSX, terminal): titled tables of plain
cells and charts as named series. Pure values: the report use cases fill them, the outputs draw them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

Cell = str | int | Decimal | date | None


@dataclass(frozen=True, slots=True)
class ReportTable:
    """French headers and rows; ``numeric`` holds the indexes of right-aligned number columns."""

    key: str
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    numeric: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class Series:
    name: str
    values: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class Chart:
    """``kind``: ``bar`` (grouped), ``stacked`` (stacked bars) or ``line``; one value per category."""

    title: str
    kind: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    unit: str = ""


@dataclass(frozen=True, slots=True)
class ReportView:
    key: str
    title: str
    period: str
    scope: str
    notes: tuple[str, ...] = ()
    highlights: tuple[tuple[str, str], ...] = ()  # (label, value) shown as cards / a summary line
    charts: tuple[Chart, ...] = ()
    tables: tuple[ReportTable, ...] = field(default_factory=tuple)


def cell_text(value: Cell) -> str:
    """A cell as people read it: « 1 234,50 » (the places the value carries), dates JJ/MM/AAAA, « — »."""
    from sosdesk.domain.vocabulary import day_text, format_decimal

    if value is None:
        return "—"
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, Decimal):
        exponent = value.as_tuple().exponent
        return format_decimal(value, -exponent if isinstance(exponent, int) and exponent < 0 else None)
    if isinstance(value, int):
        return format_decimal(value)
    if isinstance(value, date):
        return day_text(value)
    return str(value)
