"""Creating or regenerating the regional and national drafts (pricing.md §6–§7), custom lines.

Each operation runs in one transaction: on any error (missing rate, unknown travel time, overflow,
status that forbids it) nothing is written. There is one invoice per kind, scope, month and edition:
asking again regenerates it, keeping its custom lines.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sosdesk.domain import pricing as pr
from sosdesk.domain.errors import InputError
from sosdesk.domain.invoice_document import document_hash, line_from_json, line_json, with_label
from sosdesk.domain.invoice_workflow import (
    FROZEN_STATUSES,
    KIND_LABELS,
    WorkflowError,
    ensure_editable,
)
from sosdesk.domain.permissions import Actor, PermissionDenied, require
from sosdesk.domain.timegrid import month_bounds, now_utc, parse_month
from sosdesk.invoicing.document import build_document
from sosdesk.invoicing.month_inputs import annex_rows, load_month, price_inputs
from sosdesk.invoicing.rates import load_schedule
from sosdesk.store import models as m
from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store
from sosdesk.store.invoice_models import Invoice, InvoiceEvent

NATIONAL = "national"


def actor_for(store: Store, user_id: str | None = None) -> Actor:
    """The acting user (``--user`` or the configured one) as a permissions Actor."""
    with store.session() as s:
        uid = user_id or store.user_id
        user = s.get(m.User, uid) if uid else None
    if user is None or user.deleted:
        raise PermissionDenied("aucun utilisateur configuré : choisissez un utilisateur (--user ID)"
                               if not uid else f"utilisateur inconnu : {uid}")
    return Actor(user.id, user.role, user.region_id)


def record(s: Session, actor: Actor, invoice: Invoice, action: str, before: str, comment: str = "",
           key: Any | None = None) -> None:
    """Append one workflow step (who, when, what, comment), signed by ``key`` (the person's unlocked
    Ed25519 key, docs/security.md) when given for a step a person answers for."""
    from sosdesk.contract import proof

    user = s.get(m.User, actor.user_id)
    event = InvoiceEvent(id=str(uuid.uuid4()), invoice_id=invoice.id, at=now_utc(),
                         user_id=actor.user_id, user_name=user.name if user else actor.user_id, action=action,
                         from_status=before, to_status=invoice.status, comment=comment)
    if key is not None and action in proof.SIGNED_ACTIONS:
        event.content_hash = invoice.content_hash or document_hash(build_document(invoice), frozen=False)
        event.signature = proof.sign_step(proof.step_of(event.step_fields()), key)
    s.add(event)


def current_invoice(s: Session, kind: str, scope: str, month: str) -> Invoice | None:
    """The latest edition of an invoice period (a credit note opens a new edition)."""
    return s.scalars(select(Invoice).where(
        Invoice.kind == kind, Invoice.scope == scope, Invoice.month == month, Invoice.deleted.is_(False))
        .order_by(Invoice.edition.desc())).first()


def _vat(schedule: pr.RateSchedule, month: str) -> tuple[Decimal, str]:
    """VAT of the table valid on the month's last day (pricing.md §6)."""
    table = schedule.table_for(month_bounds(month)[1] - timedelta(days=1))
    return (table.vat_rate, table.vat_mention) if table else (Decimal(0), "")


def _store_lines(inv: Invoice, lines: list[pr.Line], vat: tuple[Decimal, str]) -> None:
    pr.check_amounts(lines)
    tot = pr.totals(lines, vat[0])
    inv.lines = [line_json(line) for line in lines]
    inv.total_ht_cents, inv.vat_cents, inv.total_ttc_cents = tot.ht_cents, tot.vat_cents, tot.ttc_cents
    inv.vat_rate, inv.vat_mention = str(vat[0]), vat[1]


def _open_period(s: Session, kind: str, scope: str, month: str) -> tuple[Invoice, bool]:
    """The draft to (re)generate, or a new one; refuses a period whose invoice left the draft state.

    A validated invoice cancelled by a validated credit note opens the next edition of its period."""
    inv = current_invoice(s, kind, scope, month)
    if inv is None or (inv.status in FROZEN_STATUSES and _credited(s, inv)):
        edition = 1 if inv is None else inv.edition + 1
        return Invoice(id=str(uuid.uuid4()), kind=kind, scope=scope, month=month, edition=edition,
                       status="draft", lines=[], custom_lines=[]), True
    ensure_editable(inv.kind, inv.status)
    return inv, False


def _credited(s: Session, inv: Invoice) -> bool:
    return s.scalar(select(Invoice.id).where(
        Invoice.kind == "credit_note", Invoice.credited_invoice_id == inv.id,
        Invoice.status.in_(("validated", "paid")))) is not None


def _regenerate_regional(s: Session, inv: Invoice, now: datetime) -> None:
    inputs = load_month(s, inv.scope, inv.month)
    schedule = load_schedule(s)
    result = price_inputs(inputs, schedule, now)
    custom = [line_from_json(x) for x in inv.custom_lines]
    _store_lines(inv, [*result.lines, *custom], _vat(schedule, inv.month))
    inv.missing_proof = [p.to_json() for p in result.missing_proof]
    inv.annex = [row.to_json() for row in annex_rows(inputs, result)]
    inv.rate_versions = [d.isoformat() for d in result.rate_versions]
    inv.generated_at = now


def regional_draft(store: Store, actor: Actor, region: str, month: str,
                   now: datetime | None = None) -> tuple[str, Changes]:
    """Create or regenerate the draft of ``region`` for ``month``; returns its id."""
    _check_month(month)
    require(actor, "invoice_draft", region)
    at = now or now_utc()

    def apply(s: Session) -> str:
        if s.get(m.Region, region) is None:
            raise InputError(f"région inconnue : {region}", "region")
        inv, new = _open_period(s, "regional", region, month)
        if new:
            s.add(inv)
        _regenerate_regional(s, inv, at)
        record(s, actor, inv, "draft" if new else "regenerate", "" if new else inv.status)
        return inv.id

    return store.edit(apply, f"Brouillon de facture {region} {month}")


def regenerate(s: Session, actor: Actor, inv: Invoice, now: datetime) -> None:
    """Refresh a draft from the current data (used before submitting)."""
    ensure_editable(inv.kind, inv.status)
    if inv.kind == "regional":
        _regenerate_regional(s, inv, now)
    elif inv.kind == NATIONAL:
        _consolidate(s, inv, now)


def _consolidate(s: Session, inv: Invoice, now: datetime) -> None:
    regions = list(s.scalars(select(m.Region).where(m.Region.deleted.is_(False)).order_by(m.Region.id)))
    lines: list[pr.Line] = []
    sources: list[str] = []
    missing: list[str] = []
    annex: list[dict[str, Any]] = []
    versions: set[str] = set()
    for region in regions:
        reg = current_invoice(s, "regional", region.id, inv.month)
        if reg is None or reg.status != "approved":
            missing.append(region.id)
            continue
        sources.append(reg.id)
        lines += [with_label(line, f"{region.name or region.id} — {line.label}")
                  for line in build_document(reg).lines]
        annex.extend(reg.annex)
        versions.update(reg.rate_versions)
    custom = [line_from_json(x) for x in inv.custom_lines]
    schedule = load_schedule(s)
    _store_lines(inv, [*lines, *custom], _vat(schedule, inv.month))
    inv.sources, inv.missing_regions, inv.annex = sources, missing, annex
    inv.rate_versions = sorted(versions)
    inv.missing_proof = [{"kind": "region", "id": r, "reason": "facture régionale non approuvée pour ce mois"}
                         for r in missing]
    inv.generated_at = now


def national_draft(store: Store, actor: Actor, month: str, now: datetime | None = None) -> tuple[str, Changes]:
    """Create or regenerate the national draft from the approved regional invoices of ``month``."""
    _check_month(month)
    require(actor, "invoice_national")
    at = now or now_utc()

    def apply(s: Session) -> str:
        inv, new = _open_period(s, NATIONAL, NATIONAL, month)
        if new:
            s.add(inv)
        _consolidate(s, inv, at)
        record(s, actor, inv, "draft" if new else "regenerate", "" if new else inv.status)
        return inv.id

    return store.edit(apply, f"Brouillon de facture nationale {month}")


def _check_month(month: str) -> None:
    try:
        parse_month(month)
    except ValueError as exc:
        raise InputError(str(exc), "month") from None


def parse_amount(text: str, path: str) -> Decimal:
    try:
        value = Decimal(text.replace(",", ".").replace(" ", ""))
    except (InvalidOperation, AttributeError):
        raise InputError(f"nombre invalide « {text} »", path) from None
    if not value.is_finite():
        raise InputError(f"nombre invalide « {text} »", path)
    return value


def add_custom_line(store: Store, actor: Actor, invoice_id: str, label: str, quantity: Decimal,
                    unit_price_cents: Decimal, justification: str = "") -> Changes:
    """Add a free line: national drafts, or regional drafts with a mandatory justification."""

    def apply(s: Session) -> None:
        inv = get_invoice(s, invoice_id)
        ensure_editable(inv.kind, inv.status)
        if inv.kind == "regional":
            require(actor, "invoice_draft", inv.scope)
            if not justification.strip():
                raise InputError("une ligne libre sur une facture régionale doit être justifiée", "justification")
        elif inv.kind == NATIONAL:
            require(actor, "invoice_national")
        else:
            raise WorkflowError(f"on n'ajoute pas de ligne libre à un {KIND_LABELS[inv.kind]}")
        line = pr.custom_line(label, quantity, unit_price_cents, justification)
        before = inv.status
        inv.custom_lines = [*inv.custom_lines, line_json(line)]
        _store_lines(inv, [*(line_from_json(x) for x in inv.lines), line], (Decimal(inv.vat_rate), inv.vat_mention))
        record(s, actor, inv, "add_line", before, f"{line.label} : {pr.euros(line.amount_cents)}")

    return store.edit(apply, "Ligne libre")[1]


def remove_custom_line(store: Store, actor: Actor, invoice_id: str, index: int) -> Changes:
    """Remove line ``index`` of a draft if it is one of the invoice's own custom lines."""

    def apply(s: Session) -> None:
        inv = get_invoice(s, invoice_id)
        ensure_editable(inv.kind, inv.status)
        require(actor, "invoice_draft" if inv.kind == "regional" else "invoice_national",
                inv.scope if inv.kind == "regional" else None)
        own = len(inv.lines) - len(inv.custom_lines)
        if not own <= index < len(inv.lines):
            raise InputError("seules les lignes libres de cette facture peuvent être retirées", "line")
        kept = [line_from_json(x) for i, x in enumerate(inv.lines) if i != index]
        label = inv.lines[index]["label"]
        inv.custom_lines = [x for i, x in enumerate(inv.custom_lines) if i != index - own]
        _store_lines(inv, kept, (Decimal(inv.vat_rate), inv.vat_mention))
        record(s, actor, inv, "remove_line", inv.status, label)

    return store.edit(apply, "Retrait de ligne libre")[1]


def get_invoice(s: Session, invoice_id: str) -> Invoice:
    inv = s.get(Invoice, invoice_id)
    if inv is None or inv.deleted:
        raise InputError(f"facture inconnue : {invoice_id}", "invoice")
    return inv

