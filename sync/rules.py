"""What the service enforces on every pushed op before it is stored (sosdesk.contract): well-formed
values, who may write which table, the invoice flow, billed rows frozen, invoice numbers unique.

Each check answers ``None`` (fine) or a reason code of :mod:`sosdesk.contract.reasons`.
"""

from __future__ import annotations

import re
from typing import Any

from sosdesk.contract import flow, proof
from sosdesk.contract.fields import specs
from sosdesk.store.invoice_models import EXPENSE_FREE_FIELDS, MEETING_FREE_FIELDS
from sync.auth import Device

# What each office role may write (the national coordinator writes everything). A regional
# validator approves or rejects invoices: it writes their status and the history only.
OFFICE_WRITES: dict[str, frozenset[str] | None] = {
    "regional_admin": None,  # every regional table (reference tables aside)
    "regional_validator": frozenset({"invoices", "invoice_events"}),
    # The professionals' mobile page (sync/field): the service builds these ops itself (attendance,
    # own presence and the sheet's proof of the professional's own meetings), never a client.
    "field_professional": frozenset({"meetings", "attachments"}),
}
VALIDATOR_INVOICE_FIELDS = frozenset({"status"})
# Fields of a regional invoice an office may change while it is a draft (its content); after that
# only the flow moves it.
NUMBER = re.compile(r"^[A-Za-z0-9_.]{1,40}-\d{4}-\d{6}$")
# History steps (InvoiceEvent.action) and who may record them.
_EVENT_ROLES: dict[str, frozenset[str]] = {}
for _mv in flow.MOVES:
    _EVENT_ROLES[_mv.step] = _EVENT_ROLES.get(_mv.step, frozenset()) | _mv.roles
_EDITORS = frozenset({"regional_admin", "national_coordinator"})
for _name in ("draft", "regenerate", "add_line", "remove_line"):
    _EVENT_ROLES[_name] = _EDITORS
_EVENT_ROLES["credit_note"] = frozenset({"national_coordinator"})
FROZEN_FREE = {"meetings": MEETING_FREE_FIELDS, "expenses": EXPENSE_FREE_FIELDS}


def table_allowed(device: Device, table: str) -> str | None:
    if device.national:
        return None
    allowed = OFFICE_WRITES.get(device.role, frozenset())
    if allowed is not None and table not in allowed:
        return "status_role" if table.startswith("invoice") else "forbidden"
    return None


def user_rule(device: Device, values: dict[str, Any], current: dict[str, Any] | None) -> str | None:
    """Offices create and edit the users of their own region, never a national role; a person's
    signing key, once registered, is pinned (docs/security.md): only the national side replaces it."""
    if device.national:
        return None
    pinned = (current or {}).get("signing_key")
    if "signing_key" in values and pinned and values["signing_key"] != pinned:
        return "key_pinned"
    if device.role != "regional_admin":
        return "forbidden"
    role = values.get("role", (current or {}).get("role"))
    if role == flow.NATIONAL_ROLE or (current or {}).get("role") == flow.NATIONAL_ROLE:
        return "role_scope"
    return None


def invoice_rule(device: Device, values: dict[str, Any], current: dict[str, Any] | None,
                 invoice_region: str | None) -> str | None:
    """The invoice flow of the contract, the frozen state of validated invoices, the number."""
    status_now = (current or {}).get("status") or "draft"
    new_status = values.get("status", status_now)
    kind = (current or {}).get("kind") or values.get("kind") or "regional"
    if current is not None and "kind" in values and values["kind"] != current.get("kind"):
        return "invalid_value:kind"
    if kind not in flow.KINDS:
        return "invalid_value:kind"
    if new_status not in flow.STATUSES:
        return "invalid_value:status"
    if current is None:
        reason = flow.may_create(device.role, kind, new_status)
        if reason:
            return reason
    else:
        if flow.is_frozen(status_now):
            only_paid = set(values) <= {"status"} and (new_status == status_now or
                                                       (status_now == "validated" and new_status == "paid"))
            if not only_paid:
                return "validated_immutable"
        reason = flow.check_move(device.role, device.region, kind, invoice_region, status_now, new_status)
        if reason:
            return reason
        if not device.national:
            content = set(values) - {"status"}
            if device.role == "regional_validator" and content:
                return "status_role"
            if content and status_now != "draft":
                return "status_transition"
    if "number" in values and values["number"] != (current or {}).get("number"):
        if not device.national:
            return "status_server_only"
        if values["number"] is not None and not NUMBER.match(str(values["number"])):
            return "invalid_value:number"
    return None


def event_rule(device: Device, values: dict[str, Any]) -> str | None:
    """An office records only the history steps its role may take."""
    if device.national:
        return None
    action = values.get("action")
    roles = _EVENT_ROLES.get(str(action))
    if roles is None or device.role not in roles:
        return "status_role"
    return None


def step_proof_rule(values: dict[str, Any], person: dict[str, Any] | None, event_region: str | None,
                    require_signed: bool) -> str | None:
    """A workflow step a person answers for (submit, approve, reject, validate, credit note) carries
    their signature, verified against their registered key, and that person holds a role allowed to
    take the step for the invoice's region — whichever device carries it (docs/security.md).

    Steps of a person with no registered key stay accepted on the device's authority unless the
    service requires signed steps (``SOSDESK_SYNC_REQUIRE_SIGNED_STEPS=1``)."""
    action = str(values.get("action") or "")
    if action not in proof.SIGNED_ACTIONS:
        return None
    signature = values.get("signature")
    key = (person or {}).get("signing_key")
    if not signature:
        return "unsigned_step" if key or require_signed else None
    if not key:
        return "unsigned_step"  # nobody's registered key can vouch for it
    try:
        step = proof.step_of(values)
    except proof.ProofError:
        return "bad_signature"
    if not proof.verify_step(step, str(signature), str(key)):
        return "bad_signature"
    role = str((person or {}).get("role") or "")
    if role not in _EVENT_ROLES.get(action, frozenset()):
        return "status_role"
    if role != flow.NATIONAL_ROLE and (person or {}).get("region_id") != event_region:
        return "status_role"
    return None


def frozen_changed(table: str, values: dict[str, Any], current: dict[str, Any]) -> bool:
    """True when ``values`` change a billed field of a meeting or expense."""
    free = FROZEN_FREE.get(table)
    if free is None:
        return False
    return any(k not in free and current.get(k) != v for k, v in values.items())


def billed_items(data: dict[str, Any]) -> set[tuple[str, str]]:
    """Items a validated invoice bills (same reading as the desktop's frozen index)."""
    items: set[tuple[str, str]] = set()
    for line in data.get("lines") or []:
        if not isinstance(line, dict) or line.get("kind") == "custom":
            continue
        kind = "expense" if line.get("kind") == "expense" else "meeting"
        for item in line.get("items") or []:
            if isinstance(item, str):
                items.add((kind, item))
    for version in data.get("rate_versions") or []:
        if isinstance(version, str):
            items.add(("rate_table", version))
    return items


def known_fields(table: str) -> frozenset[str]:
    return frozenset(specs(table))
