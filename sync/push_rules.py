"""What the service checks on each pushed op beyond its shape (sync.md, docs/security.md): references
in the device's region, frozen billed fields, gapless invoice numbers, status moves proven by a
signed step, the contract's per-table rules. Returns a refusal reason or None."""

from __future__ import annotations

import os
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from sosdesk.contract.fields import references
from sync import numbering, rules
from sync.auth import Device
from sync.models import frozen_items, rows
from sync.push_state import Batch, RowState, row_state

REGION_FIELDS = frozenset({"region_id", "scope", "from_site", "invoice_id"})


def _references_ok(conn: Connection, batch: Batch, device: Device, table: str,
                   values: dict[str, Any]) -> str | None:
    """Every row a foreign key points to exists on the service and lies in the caller's scope. Ids
    in lists (a meeting's people, a beneficiary's exclusions) have no foreign key in the office
    files and may name a row of a later push: one the service does not hold is accepted, one of
    another region is not."""
    for name, value in values.items():
        for ref in references(table, {name: value}):
            other = row_state(conn, batch, *ref)
            if other is None and isinstance(value, list):
                continue
            if other is None or not (device.national or other.region in (device.region, None)):
                return f"missing_reference:{name}"
    return None


def _frozen(conn: Connection, kind: str, item_id: str) -> bool:
    q = select(frozen_items.c.invoice_id).where(frozen_items.c.item_kind == kind,
                                                frozen_items.c.item_id == item_id).limit(1)
    return conn.execute(q).first() is not None


def _number_taken(conn: Connection, batch: Batch, row_id: str, number: str) -> bool:
    """True unless ``number`` is the next of its prefix and year on the service: numbers are
    unique and gapless (pricing.md §7), checked under the push lock so no two devices or service
    processes can issue the same one."""
    prefix, year, seq = number.rsplit("-", 2)
    stem = f"{prefix}-{year}-"
    issued = {str(s.data.get("number")) for (t, r), s in batch.states.items()
              if t == "invoices" and r != row_id and s.dirty and str(s.data.get("number") or "").startswith(stem)}
    issued |= numbering.issued(conn, stem, exclude=row_id)
    if number in issued or numbering.held_by_other(conn, number, row_id):
        return True
    top = max((int(n.rsplit("-", 1)[1]) for n in issued if n.rsplit("-", 1)[1].isdigit()), default=0)
    return int(seq) != top + 1


def stored_steps(conn: Connection, invoice_id: str) -> list[dict[str, Any]]:
    """The workflow steps (``invoice_events`` rows) stored for an invoice."""
    q = select(rows.c.data).where(rows.c.table_name == "invoice_events",
                                  rows.c.data["invoice_id"].as_string() == invoice_id)
    return [dict(r.data) for r in conn.execute(q)]


def _move_proven(conn: Connection, batch: Batch, device: Device, op: dict[str, Any],
                 current: dict[str, Any] | None, values: dict[str, Any], region: str | None) -> str | None:
    """An invoice's status moves only with the signed step of a person allowed to make it
    (docs/security.md): required when the person named as the mover (``updated_by``) has a registered
    key, or for every move when the service requires signed steps. The step may come earlier or
    later in the same push, or be stored already."""
    if current is None or "status" not in values:
        return None
    before, after = str(current.get("status") or "draft"), str(values["status"])
    if before == after or after == "paid":
        return None  # « paid » is recorded from Chorus Pro's answer, not by a person
    if after == "draft" and before == "approved" and device.national:
        return None  # a validated credit note reopens the regional invoices it cancels
    mover = row_state(conn, batch, "users", str(op.get("updated_by") or ""))
    if not (_require_signed() or (mover is not None and mover.data.get("signing_key"))):
        return None
    invoice_id = str(op["row_id"])
    for step in [*batch.steps.get(invoice_id, []), *stored_steps(conn, invoice_id)]:
        if step.get("from_status") != before or step.get("to_status") != after or not step.get("signature"):
            continue
        person = row_state(conn, batch, "users", str(step.get("user_id") or ""))
        if person is not None and not person.deleted and \
                rules.step_proof_rule(step, person.data, region, True) is None:
            return None
    return "unsigned_step"


def _require_signed() -> bool:
    """``SOSDESK_SYNC_REQUIRE_SIGNED_STEPS=1``: every person's workflow step must be signed."""
    return os.environ.get("SOSDESK_SYNC_REQUIRE_SIGNED_STEPS", "") in ("1", "true", "oui", "yes")


def contract_rule(conn: Connection, batch: Batch, device: Device, table: str, op: dict[str, Any],
                   st: RowState | None, values: dict[str, Any], region: str | None) -> str | None:
    current = st.data if st is not None else None
    if table == "users":
        reason = rules.user_rule(device, values, current)
    elif table == "invoices":
        reason = rules.invoice_rule(device, values, current, region)
        if reason is None:
            reason = _move_proven(conn, batch, device, op, current, values, region)
        number = values.get("number")
        if reason is None and number and number != (current or {}).get("number"):
            if _number_taken(conn, batch, op["row_id"], str(number)):
                reason = "number"
            else:
                numbering.consume(conn, op["row_id"])  # the number the service reserved is now issued
    elif table == "invoice_events":
        reason = "append_only" if st is not None else rules.event_rule(device, values)
        if reason is None:
            person = row_state(conn, batch, "users", str(values.get("user_id") or ""))
            reason = rules.step_proof_rule(values, person.data if person is not None and not person.deleted
                                           else None, region, _require_signed())
    elif st is not None and rules.frozen_changed(table, values, st.data):
        kind = "meeting" if table == "meetings" else "expense"
        reason = "billed" if _frozen(conn, kind, op["row_id"]) else None
    else:
        reason = None
    return reason or _references_ok(conn, batch, device, table, values)
