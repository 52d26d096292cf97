"""Read-only views of invoices for the workbench: the month × region board, one invoice in detail."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sosdesk.domain.invoice_document import AnnexRow, InvoiceDocument
from sosdesk.domain.invoice_workflow import EVENT_LABELS, STATUS_LABELS
from sosdesk.domain.timegrid import utc_to_local
from sosdesk.domain.vocabulary import day_time_text
from sosdesk.invoicing.document import build_document
from sosdesk.store import models as m
from sosdesk.store.engine import Store
from sosdesk.store.invoice_models import Invoice, InvoiceEvent


def recent_months(today: date, count: int = 6) -> list[str]:
    """The ``count`` months ending with the previous month, oldest first (bills come after the month)."""
    year, month = today.year, today.month
    out = []
    for _ in range(count):
        month -= 1
        if month == 0:
            year, month = year - 1, 12
        out.append(f"{year:04d}-{month:02d}")
    return list(reversed(out))


def board(store: Store, months: list[str]) -> tuple[list[tuple[str, str]], dict[tuple[str, str], dict[str, Any]]]:
    """Scopes (regions then national) and, per (scope, month), the latest invoice's summary."""
    with store.session() as s:
        regions = [(r.id, r.name or r.id) for r in s.scalars(
            select(m.Region).where(m.Region.deleted.is_(False)).order_by(m.Region.id))]
        rows = s.scalars(select(Invoice).where(Invoice.deleted.is_(False), Invoice.month.in_(months),
                                               Invoice.kind != "credit_note").order_by(Invoice.edition))
        cells = {(r.scope, r.month): {"id": r.id, "status": r.status, "number": r.number,
                                      "total": r.total_ttc_cents, "missing": len(r.missing_proof)} for r in rows}
        chorus = _chorus_labels(s)
        for cell in cells.values():
            if cell["id"] in chorus:
                cell["chorus"] = chorus[cell["id"]]
    return [*regions, ("national", "National")], cells


def _chorus_labels(s: Session) -> dict[str, str]:
    from sosdesk.invoicing.chorus_deposit import deposit_labels  # imports the exports, which import us

    return deposit_labels(s)


@dataclass
class InvoiceDetail:
    id: str
    kind: str
    scope: str
    month: str
    status: str
    number: str | None
    document: InvoiceDocument
    annex: dict[str, AnnexRow]
    history: list[str] = field(default_factory=list)
    credit_notes: list[str] = field(default_factory=list)
    # The invoice's own free lines are the last ``custom_count`` of the document's lines.
    custom_count: int = 0
    scope_label: str = ""
    chorus: str = ""  # « Chorus Pro : déposée » once sent


def history_line(e: InvoiceEvent, signing_key: str | None = None) -> str:
    """« 01/11/2026 00:30 — Valideur IDF : rejetée (soumise → brouillon) — « comment » — signée ✓ »
    (Paris time; the mark says whether the person's signature verifies against their key)."""
    moved = f" ({STATUS_LABELS.get(e.from_status, e.from_status)} → {STATUS_LABELS.get(e.to_status, e.to_status)})"
    return (f"{day_time_text(utc_to_local(e.at))} — {e.user_name or e.user_id} : "
            f"{EVENT_LABELS.get(e.action, e.action)}" + (moved if e.from_status and e.from_status != e.to_status else "")
            + (f" — « {e.comment} »" if e.comment else "") + _proof_mark(e, signing_key))


def _proof_mark(e: InvoiceEvent, signing_key: str | None) -> str:
    """Per-person proof of the step (docs/security.md)."""
    from sosdesk.contract import proof

    if not e.signature:
        return ""
    if not signing_key:
        return " — signée (clé de la personne inconnue ici)"
    ok = proof.verify_step(proof.step_of(e.step_fields()), e.signature, signing_key)
    return " — signée ✓" if ok else " — SIGNATURE INVALIDE"


def detail(store: Store, invoice_id: str) -> InvoiceDetail | None:
    with store.session() as s:
        inv = s.get(Invoice, invoice_id)
        if inv is None:
            return None
        events = s.scalars(select(InvoiceEvent).where(InvoiceEvent.invoice_id == inv.id)
                           .order_by(InvoiceEvent.at, InvoiceEvent.id))
        keys = {uid: key for uid, key in s.execute(select(m.User.id, m.User.signing_key))}
        history = [history_line(e, keys.get(e.user_id)) for e in events]
        notes = list(s.scalars(select(Invoice.id).where(Invoice.credited_invoice_id == inv.id)))
        doc = build_document(inv, s)
        return InvoiceDetail(inv.id, inv.kind, inv.scope, inv.month, inv.status, inv.number, doc,
                             {r.id: r for r in doc.annex}, history, notes, doc.custom_count,
                             doc.header.place, _chorus_labels(s).get(inv.id, ""))
