"""Report periods: a week, month, quarter, year or custom range of local dates, and the ISO weeks
and months it spans. ``parse_period`` reads the CLI's short forms (« 2026-W48 », « 2026-11 »,
« 2026-Q4 », « 2026 »); every error is a French ``ValueError``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from sosdesk.domain.timegrid import week_monday, week_of
from sosdesk.domain.vocabulary import day_text, month_label

KINDS = ("week", "month", "quarter", "year", "custom")
_WEEK = re.compile(r"(\d{4})-W(\d{2})\Z")
_MONTH = re.compile(r"(\d{4})-(\d{2})\Z")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])\Z")
_YEAR = re.compile(r"(\d{4})\Z")
MAX_DAYS = 366 * 3  # a report over more than three years is a typing mistake


@dataclass(frozen=True, slots=True)
class Period:
    """Local dates ``first`` .. ``last`` (both included); ``kind`` says how it was chosen."""

    first: date
    last: date
    kind: str = "custom"

    @property
    def end(self) -> date:
        """The day after ``last`` (half-open bounds for queries)."""
        return self.last + timedelta(days=1)

    @property
    def days(self) -> int:
        return (self.end - self.first).days

    def weeks(self) -> list[str]:
        """ISO weeks (« 2026-W48 ») touching the period, in order."""
        out: list[str] = []
        day = self.first - timedelta(days=self.first.weekday())
        while day <= self.last:
            out.append(week_of(day))
            day += timedelta(days=7)
        return out

    def months(self) -> list[str]:
        """Months (« 2026-11 ») touching the period, in order."""
        out: list[str] = []
        y, m = self.first.year, self.first.month
        while (y, m) <= (self.last.year, self.last.month):
            out.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out

    def label(self) -> str:
        """« semaine 2026-W48 », « novembre 2026 », « 4e trimestre 2026 », « année 2026 », « du … au … »."""
        if self.kind == "week":
            return f"semaine {week_of(self.first)}"
        if self.kind == "month":
            return month_label(f"{self.first.year:04d}-{self.first.month:02d}")
        if self.kind == "quarter":
            q = (self.first.month - 1) // 3 + 1
            return f"{'1er' if q == 1 else f'{q}e'} trimestre {self.first.year}"
        if self.kind == "year":
            return f"année {self.first.year}"
        return f"du {day_text(self.first)} au {day_text(self.last)}"


def _month_end(y: int, m: int) -> date:
    return (date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)) - timedelta(days=1)


def period_of(kind: str, day: date) -> Period:
    """The week, month, quarter or year containing ``day``."""
    if kind == "week":
        monday = day - timedelta(days=day.weekday())
        return Period(monday, monday + timedelta(days=6), "week")
    if kind == "month":
        return Period(day.replace(day=1), _month_end(day.year, day.month), "month")
    if kind == "quarter":
        q0 = (day.month - 1) // 3 * 3 + 1
        return Period(date(day.year, q0, 1), _month_end(day.year, q0 + 2), "quarter")
    if kind == "year":
        return Period(date(day.year, 1, 1), date(day.year, 12, 31), "year")
    raise ValueError(f"type de période inconnu : {kind} (week, month, quarter, year)")


def shift(period: Period, delta: int) -> Period:
    """The previous (-1) or next (+1) period of the same kind; a custom range moves by its length."""
    if period.kind == "week":
        return period_of("week", period.first + timedelta(days=7 * delta))
    if period.kind in ("month", "quarter", "year"):
        step = {"month": 1, "quarter": 3, "year": 12}[period.kind]
        index = period.first.year * 12 + period.first.month - 1 + step * delta
        return period_of(period.kind, date(index // 12, index % 12 + 1, 1))
    span = timedelta(days=period.days * delta)
    return Period(period.first + span, period.last + span, "custom")


def custom(first: date, last: date) -> Period:
    if last < first:
        raise ValueError(f"la fin de période ({day_text(last)}) précède son début ({day_text(first)})")
    if (last - first).days >= MAX_DAYS:
        raise ValueError("période trop longue : trois ans au plus")
    return Period(first, last, "custom")


def parse_day(text: str) -> date:
    """AAAA-MM-JJ (or JJ/MM/AAAA) as a date; French error otherwise."""
    text = text.strip()
    try:
        if "/" in text:
            d, m, y = text.split("/")
            return date(int(y), int(m), int(d))
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"date invalide : « {text} » (attendu AAAA-MM-JJ, par ex. 2026-11-02)") from None


def parse_period(text: str) -> Period:
    """« 2026-W48 », « 2026-11 », « 2026-Q4 » or « 2026 »."""
    text = text.strip().upper()
    try:
        if match := _WEEK.match(text):
            monday = week_monday(text)
            return Period(monday, monday + timedelta(days=6), "week")
        if match := _MONTH.match(text):
            return period_of("month", date(int(match[1]), int(match[2]), 1))
        if match := _QUARTER.match(text):
            return period_of("quarter", date(int(match[1]), (int(match[2]) - 1) * 3 + 1, 1))
        if match := _YEAR.match(text):
            return period_of("year", date(int(match[1]), 1, 1))
    except ValueError:
        pass
    raise ValueError(f"période invalide : « {text} » (attendu 2026-W48, 2026-11, 2026-Q4 ou 2026)")
