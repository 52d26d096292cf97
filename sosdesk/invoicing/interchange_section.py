"""The ``invoices`` key of sosdesk-data/1 (interchange.md): each invoice in the sosdesk-invoice/1 shape
plus what a migration needs to rebuild it (history, annex, hash). Loaded only into a database that
holds no invoice yet, never over existing ones."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sosdesk.domain.errors import ProblemList
from sosdesk.domain.invoice_document import FORMAT, invoice_json
from sosdesk.invoicing.document import build_document
from sosdesk.invoicing.workflow import verify
from sosdesk.store.invoice_models import Invoice, InvoiceEvent

SECTION = "invoices"
KINDS = ("regional", "national", "credit_note")
STATUSES = ("draft", "submitted", "approved", "validated", "paid")


def _instant(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def dump_invoices(session: Session) -> list[dict[str, Any]]:
    rows = session.scalars(select(Invoice).where(Invoice.deleted.is_(False))
                           .order_by(Invoice.month, Invoice.kind, Invoice.scope, Invoice.edition))
    out = []
    for inv in rows:
        events = session.scalars(select(InvoiceEvent).where(InvoiceEvent.invoice_id == inv.id)
                                 .order_by(InvoiceEvent.at, InvoiceEvent.id))
        doc = invoice_json(build_document(inv))
        doc.update({
            "kind": inv.kind, "edition": inv.edition, "issued_at": _instant(inv.issued_at),
            "generated_at": _instant(inv.generated_at), "content_hash": inv.content_hash,
            "credited_invoice": inv.credited_invoice_id, "sources": list(inv.sources),
            "missing_regions": list(inv.missing_regions), "rate_versions": list(inv.rate_versions),
            "vat_rate": inv.vat_rate, "vat_mention": inv.vat_mention, "custom_lines": list(inv.custom_lines),
            "annex": list(inv.annex),
            "history": [{"id": e.id, "at": e.at.isoformat(), "user": e.user_id, "user_name": e.user_name,
                         "action": e.action, "from": e.from_status, "to": e.to_status, "comment": e.comment,
                         **({"content_hash": e.content_hash, "signature": e.signature} if e.signature else {})}
                        for e in events]})
        out.append(doc)
    return out


def _dt(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def load_invoices(session: Session, items: list[dict[str, Any]], problems: ProblemList) -> None:
    """Recreate dumped invoices; refused when the database already holds invoices."""
    if session.scalar(select(Invoice.id).limit(1)) is not None:
        problems.add(SECTION, "la base contient déjà des factures : les factures ne se chargent que dans "
                              "une base vide (migration), jamais par-dessus")
        return
    for i, doc in enumerate(items):
        path = f"{SECTION}[{i}]"
        try:
            if doc.get("format") != FORMAT:
                problems.add(f"{path}.format", f"« {FORMAT} » attendu")
                continue
            if doc.get("kind") not in KINDS or doc.get("status") not in STATUSES:
                problems.add(path, "type ou statut de facture inconnu")
                continue
            inv = Invoice(
                id=str(doc["id"]), kind=doc["kind"], scope=str(doc["scope"]), month=str(doc["month"]),
                edition=int(doc.get("edition", 1)), status=doc["status"], number=doc.get("number"),
                issued_at=_dt(doc.get("issued_at")), lines=list(doc["lines"]),
                custom_lines=list(doc.get("custom_lines", [])), missing_proof=list(doc.get("missing_proof", [])),
                annex=list(doc.get("annex", [])), total_ht_cents=int(doc["total_ht_cents"]),
                vat_cents=int(doc["vat_cents"]), total_ttc_cents=int(doc["total_ttc_cents"]),
                vat_rate=str(doc.get("vat_rate", "0")), vat_mention=str(doc.get("vat_mention", "")),
                rate_versions=list(doc.get("rate_versions", [])), sources=list(doc.get("sources", [])),
                missing_regions=list(doc.get("missing_regions", [])),
                credited_invoice_id=doc.get("credited_invoice"), content_hash=doc.get("content_hash"),
                generated_at=_dt(doc.get("generated_at")) or _dt(doc.get("issued_at")))
        except (KeyError, TypeError, ValueError) as exc:
            problems.add(path, f"facture mal formée ({exc})")
            continue
        if inv.status in ("validated", "paid") and not verify(inv):
            problems.add(f"{path}.content_hash", "l'empreinte ne correspond pas au contenu de la facture validée")
            continue
        session.add(inv)
        for j, e in enumerate(doc.get("history", [])):
            try:
                session.add(InvoiceEvent(id=str(e["id"]), invoice_id=inv.id, at=_dt(e["at"]),
                                         user_id=str(e.get("user", "")), user_name=str(e.get("user_name", "")),
                                         action=str(e["action"]), from_status=str(e.get("from", "")),
                                         to_status=str(e.get("to", "")), comment=str(e.get("comment", "")),
                                         content_hash=e.get("content_hash") or None,
                                         signature=e.get("signature") or None))
            except (KeyError, TypeError, ValueError) as exc:
                problems.add(f"{path}.history[{j}]", f"étape mal formée ({exc})")


def register() -> None:
    """Add the invoices and attendance sheets sections to sosdesk-data/1 (idempotent)."""
    from sosdesk.store import interchange

    if SECTION not in interchange.extra_sections():
        interchange.register_section(SECTION, dump_invoices, load_invoices)
    from sosdesk.invoicing import day_sheets

    if day_sheets.SECTION not in interchange.extra_sections():
        interchange.register_section(day_sheets.SECTION, day_sheets.dump_sheets, day_sheets.load_sheets)
