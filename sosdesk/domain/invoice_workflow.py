"""The invoice workflow of pricing.md §7 as a pure state machine: which step is allowed from which
status for which role, the gapless yearly numbering and the content hash that freezes an invoice."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sosdesk.domain.errors import UserError
from sosdesk.domain.permissions import Actor, PermissionDenied, require
from sosdesk.domain.vocabulary import (  # noqa: F401  (kept importable here)
    INVOICE_KIND_LABELS,
    INVOICE_KIND_SHORT_LABELS,
    INVOICE_STATUS_LABELS,
    MONTHS,
    month_label,
)

STATUS_LABELS = INVOICE_STATUS_LABELS
KIND_LABELS = INVOICE_KIND_LABELS
KIND_SHORT_LABELS = INVOICE_KIND_SHORT_LABELS
FROZEN_STATUSES = frozenset({"validated", "paid"})
# What each recorded step (InvoiceEvent.action) is called in the history.
EVENT_LABELS = {"draft": "brouillon créé", "regenerate": "brouillon régénéré", "submit": "soumise",
                "approve": "approuvée", "reject": "rejetée", "validate": "validée", "paid": "marquée payée",
                "add_line": "ligne libre ajoutée", "remove_line": "ligne libre retirée", "credit_note": "avoir créé",
                "chorus": "Chorus Pro"}


def invoice_title(kind: str, scope_label: str = "") -> str:
    """What an invoice is called everywhere: « Facture régionale — Auvergne-Rhône-Alpes »,
    « Facture nationale », « Avoir » (``scope_label``: the region's name, used for regional ones)."""
    if kind == "regional":
        return f"Facture régionale — {scope_label}" if scope_label else "Facture régionale"
    return {"national": "Facture nationale", "credit_note": "Avoir"}.get(kind, "Facture")




class WorkflowError(UserError):
    """A step that the invoice's status does not allow; the message is French (exit 2)."""


@dataclass(frozen=True, slots=True)
class Step:
    action: str  # permission action of sosdesk.domain.permissions
    label: str
    kinds: frozenset[str]
    from_statuses: frozenset[str]
    to_status: str
    needs_comment: bool = False


STEPS: dict[str, Step] = {
    "submit": Step("invoice_submit", "soumettre", frozenset({"regional", "national", "credit_note"}),
                   frozenset({"draft"}), "submitted"),
    "approve": Step("invoice_approve", "approuver", frozenset({"regional"}), frozenset({"submitted"}),
                    "approved"),
    # A rejected regional invoice goes back to draft so it can be fixed (pricing.md §7 diagram).
    "reject": Step("invoice_reject", "rejeter", frozenset({"regional"}), frozenset({"submitted"}), "draft",
                   needs_comment=True),
    "validate": Step("invoice_validate", "valider", frozenset({"national", "credit_note"}),
                     frozenset({"submitted"}), "validated"),
    "paid": Step("invoice_mark_paid", "marquer payée", frozenset({"national"}), frozenset({"validated"}),
                 "paid"),
}


def check_step(actor: Actor, step_name: str, kind: str, status: str, region: str | None,
               comment: str = "") -> str:
    """The status after ``step_name`` or WorkflowError / PermissionDenied saying why not."""
    step = STEPS.get(step_name)
    if step is None:
        raise WorkflowError(f"étape inconnue : {step_name}")
    if kind not in step.kinds:
        raise WorkflowError(f"on ne peut pas {step.label} une {KIND_LABELS.get(kind, kind)}")
    if step_name == "submit":
        # The regional admin submits their region's draft; the national coordinator the national ones.
        require(actor, "invoice_draft" if kind == "regional" else "invoice_national",
                region if kind == "regional" else None)
    else:
        require(actor, step.action, region if kind == "regional" else None)
    if status not in step.from_statuses:
        if step_name == "validate" and status in FROZEN_STATUSES:
            raise WorkflowError("cette facture est déjà validée : une seconde validation est impossible")
        allowed = ", ".join(STATUS_LABELS[s] for s in sorted(step.from_statuses))
        raise WorkflowError(f"impossible de {step.label} une facture {STATUS_LABELS.get(status, status)} "
                            f"(statut requis : {allowed})")
    if step.needs_comment and not comment.strip():
        raise WorkflowError(f"un commentaire est obligatoire pour {step.label}")
    return step.to_status


def allowed_steps(actor: Actor, kind: str, status: str, region: str | None) -> list[str]:
    """Steps the actor may take now (the UI shows only these)."""
    result = []
    for name in STEPS:
        try:
            check_step(actor, name, kind, status, region, comment="x")
        except (WorkflowError, PermissionDenied):
            continue
        result.append(name)
    return result


def ensure_editable(kind: str, status: str) -> None:
    """Only a draft can be edited or regenerated (pricing.md §7)."""
    if status != "draft":
        raise WorkflowError(f"cette {KIND_LABELS.get(kind, kind)} est {STATUS_LABELS.get(status, status)} : "
                            "seul un brouillon peut être modifié ou régénéré")


# --- numbering -----------------------------------------------------------------------------

_NUMBER = re.compile(r"^(?P<prefix>.+)-(?P<year>\d{4})-(?P<seq>\d{6})$")


def format_number(prefix: str, year: int, seq: int) -> str:
    """``{prefix}-{YYYY}-{NNNNNN}`` (pricing.md §7)."""
    if not 1 <= seq <= 999_999:
        raise WorkflowError(f"numéro de facture hors limites pour {year}")
    return f"{prefix}-{year:04d}-{seq:06d}"


def next_number(prefix: str, year: int, issued: Iterable[str]) -> str:
    """The next number of ``year``: one more than the highest issued that year, so none is skipped."""
    top = 0
    for number in issued:
        m = _NUMBER.match(number or "")
        if m and m.group("prefix") == prefix and int(m.group("year")) == year:
            top = max(top, int(m.group("seq")))
    return format_number(prefix, year, top + 1)


# --- freezing ------------------------------------------------------------------------------


def content_hash(document: dict[str, Any]) -> str:
    """SHA-256 of the invoice's canonical JSON, status and missing-proof list left out."""
    frozen = {k: v for k, v in document.items() if k not in ("status", "missing_proof")}
    text = json.dumps(frozen, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
