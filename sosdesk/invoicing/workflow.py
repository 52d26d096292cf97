"""Workflow steps on stored invoices (pricing.md §7): submit, approve, reject, validate (numbering and
freezing), paid, credit notes. Each step is one transaction recording who, when and the comment."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sosdesk.domain.invoice_document import document_hash, line_json, negated
from sosdesk.domain.invoice_workflow import (
    FROZEN_STATUSES,
    WorkflowError,
    check_step,
    next_number,
)
from sosdesk.domain.permissions import Actor, require
from sosdesk.domain.timegrid import PARIS, now_utc
from sosdesk.domain.vocabulary import count
from sosdesk.invoicing.document import build_document
from sosdesk.invoicing.drafts import get_invoice, record, regenerate
from sosdesk.invoicing.month_inputs import settings_data
from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store
from sosdesk.store.invoice_models import Invoice, release_items
from sosdesk.store.number_source import given_number


class MissingProofError(WorkflowError):
    """Submission refused while proof is missing; carries the list (pricing.md §7)."""

    def __init__(self, items: list[dict[str, Any]]) -> None:
        super().__init__(f"soumission refusée : {count(len(items), 'justificatif manquant', 'justificatifs manquants')}")
        self.items = items


def frozen_hash(inv: Invoice) -> str:
    """The content hash of ``inv`` as stored at validation (pricing.md §7)."""
    return document_hash(build_document(inv))


def verify(inv: Invoice) -> bool:
    """True when a validated invoice still matches the hash stored when it was frozen."""
    return inv.content_hash is not None and inv.content_hash == frozen_hash(inv)


def _prefix(s: Session) -> str:
    return str(settings_data(s).get("invoice_prefix") or "SOS")


def _given(store: Store, actor: Actor, invoice_id: str, at: datetime) -> str | None:
    """The number the central service gives this invoice (an enrolled national desktop), asked
    before the validation's transaction; None: numbered here (no service, no network)."""
    with store.session() as s:
        inv = get_invoice(s, invoice_id)
        check_step(actor, "validate", inv.kind, inv.status, inv.scope if inv.kind == "regional" else None, "")
        prefix = _prefix(s)
    return given_number(store, invoice_id, prefix, at.astimezone(PARIS).year)


def _validate(s: Session, inv: Invoice, at: datetime, given: str | None = None) -> None:
    prefix = _prefix(s)
    year = at.astimezone(PARIS).year
    issued = s.scalars(select(Invoice.number).where(Invoice.number.like(f"{prefix}-{year}-%")))
    local = next_number(prefix, year, [n for n in issued if n])
    # The service's number (under its lock) when it gave one for this year, else the file's next.
    inv.number = given if given and given.startswith(f"{prefix}-{year}-") else local
    inv.issued_at = at
    inv.content_hash = frozen_hash(inv)
    if inv.kind == "credit_note" and inv.credited_invoice_id:
        _cancel(s, inv.credited_invoice_id)


def _cancel(s: Session, original_id: str) -> None:
    """A validated credit note releases what the original billed and reopens its regional drafts."""
    original = s.get(Invoice, original_id)
    if original is None:
        return
    s.flush()
    release_items(s, original.id)
    for source_id in original.sources:
        regional = s.get(Invoice, source_id)
        if regional is not None and regional.status == "approved":
            regional.status = "draft"


def _key(store: Store, actor: Actor) -> Any | None:
    """The acting person's unlocked signing key, when they signed in with their password here."""
    signer = store.signer
    return signer[1] if signer is not None and signer[0] == actor.user_id else None


def apply_step(store: Store, actor: Actor, invoice_id: str, step: str, comment: str = "",
               now: datetime | None = None) -> tuple[Invoice, Changes]:
    """Run one workflow step; raises WorkflowError, MissingProofError or PermissionDenied (French)."""
    at = now or now_utc()
    given = _given(store, actor, invoice_id, at) if step == "validate" else None

    def apply(s: Session) -> Invoice:
        inv = get_invoice(s, invoice_id)
        before = inv.status
        target = check_step(actor, step, inv.kind, inv.status, inv.scope if inv.kind == "regional" else None,
                            comment)
        if step == "submit":
            regenerate(s, actor, inv, at)  # judge the current data, not a stale draft
            if inv.missing_proof:
                raise MissingProofError([dict(p) for p in inv.missing_proof])
        with s.no_autoflush:  # number, hash and status land in one flush (the freeze guard sees them)
            inv.status = target
            if step == "validate":
                _validate(s, inv, at, given)
        record(s, actor, inv, step, before, comment, key=_key(store, actor))
        s.flush()
        return inv

    return store.edit(apply, f"Facture : {step}")


def credit_note(store: Store, actor: Actor, invoice_id: str, comment: str = "",
                now: datetime | None = None) -> tuple[str, Changes]:
    """A draft credit note cancelling a validated invoice in full; validate it to issue its number."""
    require(actor, "invoice_credit_note")
    at = now or now_utc()

    def apply(s: Session) -> str:
        original = get_invoice(s, invoice_id)
        if original.status not in FROZEN_STATUSES or original.kind == "credit_note":
            raise WorkflowError("un avoir ne peut porter que sur une facture validée")
        existing = s.scalar(select(Invoice.id).where(Invoice.kind == "credit_note",
                                                     Invoice.credited_invoice_id == original.id,
                                                     Invoice.deleted.is_(False)))
        if existing:
            raise WorkflowError(f"un avoir existe déjà pour la facture {original.number} ({existing})")
        note = Invoice(id=str(uuid.uuid4()), kind="credit_note", scope=original.scope, month=original.month,
                       edition=original.edition, status="draft",
                       lines=[line_json(negated(x)) for x in build_document(original).lines], custom_lines=[],
                       missing_proof=[],
                       annex=list(original.annex), total_ht_cents=-original.total_ht_cents,
                       vat_cents=-original.vat_cents, total_ttc_cents=-original.total_ttc_cents,
                       vat_rate=original.vat_rate, vat_mention=original.vat_mention,
                       rate_versions=[], sources=[], missing_regions=[], credited_invoice_id=original.id,
                       generated_at=at)
        s.add(note)
        record(s, actor, note, "credit_note", "", comment or f"avoir de la facture {original.number}",
               key=_key(store, actor))
        return note.id

    return store.edit(apply, "Avoir")
