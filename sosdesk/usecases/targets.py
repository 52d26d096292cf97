"""Where a piece of work is done: the page and the row a home item or a search hit opens."""

from __future__ import annotations

from dataclasses import dataclass

from sosdesk.store import models as m
from sosdesk.store.engine import Store
from sosdesk.store.invoice_models import Invoice


@dataclass(frozen=True, slots=True)
class Target:
    """``page`` is a main-window page key; ``kind``/``id`` the row to select there (meeting,
    beneficiary, professional, invoice, expense, week, cell); invoices and expenses also carry the
    ``scope``/``month`` their page shows."""

    page: str
    kind: str = ""
    id: str = ""
    scope: str = ""
    month: str = ""


def target_of(store: Store, kind: str, row_id: str) -> Target:
    """The target of a search hit of ``kind`` (beneficiary, professional, measure, meeting, invoice,
    expense)."""
    if kind in ("beneficiary", "measure"):
        return Target("people", "beneficiary", row_id)
    if kind == "professional":
        return Target("people", "professional", row_id)
    if kind == "meeting":
        return Target("planning", "meeting", row_id)
    with store.session() as s:
        if kind == "invoice":
            inv = s.get(Invoice, row_id)
            return Target("invoices", "invoice", row_id, inv.scope if inv else "", inv.month if inv else "")
        if kind == "expense":
            exp = s.get(m.Expense, row_id)
            return Target("expenses", "expense", row_id, exp.region_id if exp else "",
                          f"{exp.date:%Y-%m}" if exp else "")
    return Target("home")
