"""Preview of a new rate version: how it would change a region's monthly draft (pure comparison)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sosdesk.domain import pricing as pr
from sosdesk.domain.invoice_workflow import month_label
from sosdesk.domain.timegrid import now_utc
from sosdesk.invoicing.document import scope_label
from sosdesk.invoicing.month_inputs import load_month, price_inputs
from sosdesk.invoicing.rates import load_schedule, parse_rate_table
from sosdesk.store.engine import Store


@dataclass(frozen=True)
class RatePreview:
    region: str
    month: str
    before_cents: int
    after_cents: int
    region_label: str = ""

    @property
    def delta_cents(self) -> int:
        return self.after_cents - self.before_cents

    def sentence(self) -> str:
        sign = "+" if self.delta_cents >= 0 else ""  # euros() writes the minus sign
        month = month_label(self.month)
        of = "d'" if month[0] in "aeiouéh" else "de "  # d'octobre, d'avril, de mars
        return (f"cette version changerait le brouillon {of}{month} pour la région "
                f"{self.region_label or self.region} de {sign}{pr.euros(self.delta_cents)}")


def compare_schedules(inputs_price: Any, before: pr.RateSchedule, after: pr.RateSchedule) -> tuple[int, int]:
    """Month totals (cents) under two schedules; ``inputs_price(schedule)`` prices the same month."""
    a: pr.MonthPricing = inputs_price(before)
    b: pr.MonthPricing = inputs_price(after)
    return sum(x.amount_cents for x in a.lines), sum(x.amount_cents for x in b.lines)


def preview_rate_version(store: Store, region: str, month: str, valid_from: date, content: dict[str, Any],
                         now: datetime | None = None) -> RatePreview:
    """Draft total of ``region``/``month`` with the current tables vs with the new version added."""
    at = now or now_utc()
    table = parse_rate_table({k: v for k, v in content.items() if k != "valid_from"}, valid_from)
    with store.session() as s:
        inputs = load_month(s, region, month)
        current = load_schedule(s)
        label = scope_label(s, region)
    proposed = pr.RateSchedule.of([t for t in current.tables if t.valid_from != valid_from] + [table])
    before, after = compare_schedules(lambda sch: price_inputs(inputs, sch, at), current, proposed)
    return RatePreview(region, month, before, after, label)
