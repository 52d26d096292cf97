"""One invoice line (pricing.md §6), free custom lines, the overflow guard and the totals
(HT, VAT rounded half-up once, TTC). Pure values."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sosdesk.domain.errors import InputError, ProblemList
from sosdesk.domain.rate_tables import MAX_CENTS, round_cents


@dataclass(frozen=True, slots=True)
class Line:
    """One invoice line (pricing.md §6) with the ids it sums: the proof annex."""

    kind: str  # meeting | travel | expense | custom
    label: str
    quantity: Decimal
    unit: str  # hour | item
    unit_price_cents: Decimal | None
    amount_cents: int
    items: tuple[str, ...] = ()
    type: str | None = None
    outcome: str | None = None
    category: str | None = None
    justification: str = ""

def custom_line(label: str, quantity: Decimal, unit_price_cents: Decimal, justification: str = "",
                unit: str = "item") -> Line:
    """A free line (pricing.md §6.4): amount = quantity × unit price, rounded half-up once."""
    problems = ProblemList()
    if not label.strip():
        problems.add("label", "le libellé de la ligne est obligatoire")
    if abs(quantity * unit_price_cents) >= MAX_CENTS:
        problems.add("amount", "montant hors limites")
    problems.raise_if_any()
    return Line("custom", label.strip(), quantity, unit, unit_price_cents,
                round_cents(quantity * unit_price_cents), (), justification=justification.strip())


def check_amounts(lines: Sequence[Line]) -> None:
    """Refuse amounts no real invoice reaches (overflow guard), naming the line."""
    problems = ProblemList()
    total = 0
    for i, line in enumerate(lines):
        total += line.amount_cents
        if abs(line.amount_cents) >= MAX_CENTS:
            problems.add(f"lines[{i}]", f"montant hors limites pour « {line.label} »")
    if abs(total) >= MAX_CENTS and not problems:
        problems.add("total_ht_cents", "total hors limites")
    problems.raise_if_any()


@dataclass(frozen=True, slots=True)
class Totals:
    ht_cents: int
    vat_cents: int
    ttc_cents: int


def totals(lines: Iterable[Line], vat_rate: Decimal) -> Totals:
    """total_ht = Σ line amounts; vat = round_half_up(total_ht × rate); ttc = ht + vat (pricing.md §6)."""
    ht = sum(line.amount_cents for line in lines)
    vat = round_cents(Decimal(ht) * vat_rate)
    if abs(ht) + abs(vat) >= MAX_CENTS:
        raise InputError("total hors limites", "total_ht_cents")
    return Totals(ht, vat, ht + vat)
