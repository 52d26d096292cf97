"""Rate tables of pricing.md §1–§2 and one meeting's amount: effective-dated versions, billed minutes
and quantity, half-up rounding to the cent. Pure values; ``pricing`` builds the month on top."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sosdesk.domain.vocabulary import EXPENSE_CATEGORY_LABELS

UNITS = ("professional_hour", "session_hour", "flat")
CATEGORY_LABELS = EXPENSE_CATEGORY_LABELS
# Larger amounts are refused: far beyond any real invoice, and safe in a 64-bit integer column.
MAX_CENTS = 10**13


def round_cents(value: Decimal) -> int:
    """Half-up to the cent, once (pricing.md §2)."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def cents_or_decimal(value: Decimal | None) -> int | str | None:
    """Unit price for exports: an int when whole, a decimal string otherwise (pricing.md §8)."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else format(value.normalize(), "f")


# --- rate tables ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TypeRate:
    unit: str
    price_cents: Decimal
    min_billed_minutes: int = 0
    rounding_minutes: int = 1
    max_professionals_billed: int | None = None


@dataclass(frozen=True, slots=True)
class TravelRate:
    price_cents_per_hour: Decimal = Decimal(0)
    rounding_minutes: int = 1
    max_minutes_per_day: int | None = None
    billable_site_kinds: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class RateTable:
    """One version of the rates (pricing.md §1), valid from its date until the next version."""

    valid_from: date
    meeting_types: Mapping[str, TypeRate]
    travel: TravelRate = field(default_factory=TravelRate)
    no_show_ratio: Decimal = Decimal("0.5")
    notice_hours: int = 24
    vat_rate: Decimal = Decimal(0)
    vat_mention: str = ""


@dataclass(frozen=True, slots=True)
class RateSchedule:
    """Every rate table version; the latest ``valid_from`` on or before a local date applies."""

    tables: tuple[RateTable, ...]

    @staticmethod
    def of(tables: Iterable[RateTable]) -> RateSchedule:
        return RateSchedule(tuple(sorted(tables, key=lambda t: t.valid_from)))

    def table_for(self, day: date) -> RateTable | None:
        wanted = version_in_force((t.valid_from for t in self.tables), day)
        return next((t for t in self.tables if t.valid_from == wanted), None)


def version_in_force(valid_froms: Iterable[date], day: date) -> date | None:
    """The rule of rate versions: the latest ``valid_from`` on or before ``day`` (None: none yet)."""
    return max((v for v in valid_froms if v <= day), default=None)


# --- inputs --------------------------------------------------------------------------------


# --- one meeting ---------------------------------------------------------------------------


def billed_minutes(rate: TypeRate, minutes: int) -> int:
    """max(min_billed_minutes, ceil(d / rounding) × rounding) (pricing.md §2)."""
    step = max(rate.rounding_minutes, 1)
    return max(rate.min_billed_minutes, math.ceil(minutes / step) * step)


def professionals_billed(rate: TypeRate, k: int) -> int:
    return k if rate.max_professionals_billed is None else min(k, rate.max_professionals_billed)


def billed_quantity(rate: TypeRate, minutes: int, k: int) -> Decimal:
    """Billed units: hours × professionals billed, hours, or 1 (pricing.md §6)."""
    if rate.unit == "flat":
        return Decimal(1)
    hours = Decimal(billed_minutes(rate, minutes)) / Decimal(60)
    return hours * professionals_billed(rate, k) if rate.unit == "professional_hour" else hours


def meeting_amount(rate: TypeRate, minutes: int, k: int, coefficient: Decimal,
                   ratio: Decimal = Decimal(1)) -> Decimal:
    """The exact (unrounded) amount in cents of one meeting; callers round once."""
    return rate.price_cents * billed_quantity(rate, minutes, k) * coefficient * ratio
