"""What changed in an invoice's lines between two versions (the validator's « depuis le rejet »):
lines added, removed, or with another quantity or amount, and the total's difference. Pure."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sosdesk.domain.vocabulary import euros


def _key(line: Mapping[str, Any]) -> tuple[str, str]:
    return str(line.get("kind", "")), str(line.get("label", ""))


def _amount(line: Mapping[str, Any]) -> int:
    return int(line.get("amount_cents") or 0)


def lines_diff(before: Sequence[Mapping[str, Any]], after: Sequence[Mapping[str, Any]]) -> list[str]:
    """French sentences, one per changed line, then the total's change (empty: nothing changed)."""
    old = {_key(line): line for line in before}
    new = {_key(line): line for line in after}
    out: list[str] = []
    for key, line in new.items():
        if key not in old:
            out.append(f"ligne ajoutée : {key[1]} ({euros(_amount(line))})")
    for key, line in old.items():
        if key not in new:
            out.append(f"ligne retirée : {key[1]} ({euros(_amount(line))})")
    for key, line in new.items():
        was = old.get(key)
        if was is None:
            continue
        quantity, old_quantity = line.get("quantity"), was.get("quantity")
        if _amount(was) != _amount(line) or quantity != old_quantity:
            what = f"{key[1]} : {euros(_amount(was))} → {euros(_amount(line))}"
            if quantity != old_quantity:
                what += f" (quantité {old_quantity} → {quantity})"
            out.append(what)
    delta = sum(_amount(line) for line in after) - sum(_amount(line) for line in before)
    if delta:
        out.append(f"total HT {'+' if delta > 0 else ''}{euros(delta)}")
    return out
