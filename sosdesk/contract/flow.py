"""The invoice flow as one table of moves, shared by the desktop and the central service.

Derived from :data:`sosdesk.domain.invoice_workflow.STEPS` (the steps a person takes) plus the
moves the desktop makes as a consequence of another step (a validated credit note reopens the
approved regional invoices of the invoice it cancels). Each move says which status of which kind of
invoice goes to which status, and which role may make it; ``region`` moves are limited to the
invoice's own region. The service checks every pushed status change against this table.
"""

from __future__ import annotations

from dataclasses import dataclass

from sosdesk.domain.invoice_workflow import FROZEN_STATUSES, STEPS
from sosdesk.domain.permissions import ACTIONS

NATIONAL_ROLE = "national_coordinator"
KINDS = frozenset({"regional", "national", "credit_note"})
STATUSES = frozenset({"draft", "submitted", "approved", "validated", "paid"})


@dataclass(frozen=True, slots=True)
class Move:
    step: str             # the domain step name (or "reopen" for a credit note's consequence)
    kind: str
    from_status: str
    to_status: str
    roles: frozenset[str]


def _roles_for(step: str, kind: str) -> frozenset[str]:
    if step == "submit":
        # The regional admin submits their region's draft; the national coordinator the national ones.
        return ACTIONS["invoice_draft" if kind == "regional" else "invoice_national"]
    return ACTIONS[STEPS[step].action]


def _moves() -> tuple[Move, ...]:
    out: list[Move] = []
    for name, step in STEPS.items():
        for kind in sorted(step.kinds):
            for source in sorted(step.from_statuses):
                out.append(Move(name, kind, source, step.to_status, _roles_for(name, kind)))
    # sosdesk.invoicing.workflow._cancel: validating a credit note reopens the approved regional
    # invoices the cancelled national invoice consolidated, so they can be corrected and billed again.
    out.append(Move("reopen", "regional", "approved", "draft", ACTIONS["invoice_credit_note"]))
    return tuple(out)


MOVES: tuple[Move, ...] = _moves()
_BY_KEY: dict[tuple[str, str, str], Move] = {(mv.kind, mv.from_status, mv.to_status): mv for mv in MOVES}


def move_for(kind: str, from_status: str, to_status: str) -> Move | None:
    return _BY_KEY.get((kind, from_status, to_status))


def check_move(role: str, actor_region: str | None, kind: str, invoice_region: str | None,
               from_status: str, to_status: str) -> str | None:
    """None when ``role`` (of ``actor_region``) may move an invoice so; else a reason code."""
    if from_status == to_status:
        return None
    mv = move_for(kind, from_status, to_status)
    if mv is None:
        return "status_transition"
    if role == NATIONAL_ROLE:
        # The national office's file holds the steps of every person (its own users of every role,
        # merged region files); the device check is the flow itself. Who made each step is proved
        # per person (docs/security.md), not by the device.
        return None
    if role not in mv.roles:
        return "status_role"
    if role != NATIONAL_ROLE and kind == "regional" and invoice_region != actor_region:
        return "forbidden"
    return None


def may_create(role: str, kind: str, status: str) -> str | None:
    """An invoice is created as a draft: a regional one by the region's admin, the others by the
    national coordinator (the national role also brings in rows it made offline)."""
    if role == NATIONAL_ROLE:
        return None if kind in KINDS else "invalid_value:kind"
    if kind != "regional":
        return "status_role"
    if status != "draft":
        return "status_server_only"
    return None


def is_frozen(status: str | None) -> bool:
    return status in FROZEN_STATUSES
