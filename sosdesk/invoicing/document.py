"""An invoice as the ``sosdesk-invoice/1`` JSON of pricing.md §8, and stored lines ↔ domain lines."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sosdesk.domain.pricing import Line, cents_or_decimal
from sosdesk.store.invoice_models import Invoice

FORMAT = "sosdesk-invoice/1"


def quantity_text(value: Decimal) -> str:
    """A decimal string without exponent or useless zeros ("12.5", "2", "0.25")."""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def line_json(line: Line) -> dict[str, Any]:
    """A line in the §8 shape: type/outcome on meeting lines, category on expense lines."""
    out: dict[str, Any] = {"label": line.label, "kind": line.kind}
    if line.kind == "meeting":
        out["type"] = line.type
        out["outcome"] = line.outcome
    if line.kind == "expense":
        out["category"] = line.category
    out.update({"quantity": quantity_text(line.quantity), "unit": line.unit,
                "unit_price_cents": cents_or_decimal(line.unit_price_cents),
                "amount_cents": line.amount_cents, "items": list(line.items)})
    if line.kind == "custom":
        out["justification"] = line.justification
    return out


def line_from_json(data: dict[str, Any]) -> Line:
    price = data.get("unit_price_cents")
    return Line(kind=data["kind"], label=data["label"], quantity=Decimal(str(data["quantity"])),
                unit=data.get("unit", "item"), unit_price_cents=None if price is None else Decimal(str(price)),
                amount_cents=int(data["amount_cents"]), items=tuple(data.get("items", ())),
                type=data.get("type"), outcome=data.get("outcome"), category=data.get("category"),
                justification=data.get("justification", ""))


def invoice_json(inv: Invoice) -> dict[str, Any]:
    """The §8 export: exactly its keys, in its order."""
    return {"format": FORMAT, "id": inv.id, "number": inv.number, "scope": inv.scope, "month": inv.month,
            "status": inv.status, "lines": [dict(line) for line in inv.lines],
            "total_ht_cents": inv.total_ht_cents, "vat_cents": inv.vat_cents,
            "total_ttc_cents": inv.total_ttc_cents, "missing_proof": [dict(p) for p in inv.missing_proof]}


def negated(line: dict[str, Any]) -> dict[str, Any]:
    """The credit-note counterpart of a line: same items, opposite quantity and amount."""
    out = dict(line)
    out["quantity"] = quantity_text(-Decimal(str(line["quantity"])))
    out["amount_cents"] = -int(line["amount_cents"])
    out["label"] = f"Avoir — {line['label']}"
    return out
