"""The one builder of the typed invoice document (``sosdesk.domain.invoice_document``) from a stored
invoice: its lines, totals and annex as types, and — given a session — the scope's name, the credited
invoice, the parties, VAT treatment, payment terms and printed mentions from the billing settings, and
the scanned proofs. Every export (JSON, CSV, PDF, Factur-X), the frozen hash and the workbench read it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from sosdesk.domain.invoice_document import (
    LEGAL_NOTES,
    Header,
    InvoiceDocument,
    Party,
    Payment,
    ProofRef,
    Vat,
    VatTreatment,
    annex_from_json,
    line_from_json,
    missing_from_json,
)
from sosdesk.domain.pricing import Totals
from sosdesk.domain.timegrid import PARIS
from sosdesk.domain.vocabulary import day_text
from sosdesk.invoicing.billing_settings import (
    DEFAULT_EXEMPTION_REASON,
    DEFAULT_PAYMENT_DAYS,
    PAYMENT_MEANS,
    facturx_problems,
)
from sosdesk.invoicing.month_inputs import settings_data
from sosdesk.store import models as m
from sosdesk.store.invoice_models import Invoice


def scope_label(s: Session, scope: str) -> str:
    """The region's name (its id when it has none); « France entière » for the national scope."""
    if scope == "national":
        return "France entière"
    region = s.get(m.Region, scope)
    return region.name if region is not None and region.name else scope


def vat_treatment(vat_rate: Decimal, mention: str, settings: dict[str, Any]) -> VatTreatment:
    """S with its percent when a rate applies; otherwise E (exempt, article 261-7-1° du CGI) or O (« hors
    champ ») as the settings say, with the exemption reason (BT-120)."""
    if vat_rate:
        return VatTreatment("S", format((vat_rate * 100).normalize(), "f"), "")
    reason = str(settings.get("vat_exemption_reason") or mention or DEFAULT_EXEMPTION_REASON)
    if settings.get("vat_regime") == "outside_scope":
        return VatTreatment("O", None, reason)
    return VatTreatment("E", "0", reason)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _issue_date(issued_at: datetime | None, generated_at: datetime | None) -> date:
    """The validation day (Paris) of an issued invoice; for a draft, the day it was generated."""
    stamp = issued_at or generated_at
    return stamp.astimezone(PARIS).date() if stamp else datetime.now(PARIS).date()


def _payment(settings: dict[str, Any], issued: date) -> Payment:
    payment = settings.get("payment") or {}
    means = str(payment.get("means") or "30")
    days = int(payment.get("days", DEFAULT_PAYMENT_DAYS))
    terms = str(payment.get("terms") or f"Paiement à {days} jours par {PAYMENT_MEANS.get(means, 'virement')}")
    return Payment(terms, issued + timedelta(days=days), means, _text(payment.get("iban")),
                   _text(payment.get("bic")))


def _mentions(vat: VatTreatment, seller: Party, payment: Payment, numbered: bool) -> tuple[str, ...]:
    """What the printed invoice states under its totals: VAT treatment, payment, legal notes (as the XML)."""
    out = [vat.reason] if vat.reason else []
    if seller.vat_id and vat.category != "O":
        out.append(f"N° de TVA intracommunautaire : {seller.vat_id}")
    elif seller.tax_registration_id:
        out.append(f"Identifiant fiscal : {seller.tax_registration_id}")
    if numbered and payment.due is not None:  # a draft has no due date yet
        out.append(f"{payment.terms} — échéance le {day_text(payment.due)}")
    if payment.iban:
        out.append(f"IBAN : {payment.iban}" + (f" — BIC : {payment.bic}" if payment.bic else ""))
    return (*out, *(text for _, text in LEGAL_NOTES))


def with_settings(doc: InvoiceDocument, settings: dict[str, Any]) -> InvoiceDocument:
    """``doc`` with its parties, VAT treatment, payment terms and printed mentions under the billing
    ``settings`` (the synced ``settings`` object), and what a Factur-X still needs from them."""
    buyer = settings.get("buyer") or {}
    seller = Party(_text(settings.get("organisation")), _text(settings.get("siret")),
                   _text(settings.get("address")), _text(settings.get("vat_id")),
                   _text(settings.get("tax_registration_id")))
    treatment = vat_treatment(doc.vat.rate_decimal, doc.vat.mention, settings)
    vat = replace(doc.vat, treatment=treatment)
    issued = _issue_date(doc.header.issued_at, doc.header.generated_at)
    payment = _payment(settings, issued)
    return replace(
        doc, vat=vat, seller=seller, issue_date=issued, payment=payment,
        buyer=Party(_text(buyer.get("name")), _text(buyer.get("siret")), _text(buyer.get("address")),
                    service_code=_text(buyer.get("service_code")),
                    commitment_number=_text(buyer.get("commitment_number"))),
        mentions=_mentions(treatment, seller, payment, bool(doc.header.number)),
        einvoice_problems=tuple(facturx_problems(settings, vat_rate_zero=vat.rate_decimal == 0)))


def build_document(inv: Invoice, s: Session | None = None, proofs: bool = False) -> InvoiceDocument:
    """The typed document of ``inv``. Without a session: what the row holds (enough for the JSON and
    the hash); with one: also names, parties, payment, mentions; ``proofs``: the scanned proofs too."""
    doc = InvoiceDocument(
        Header(inv.id, inv.kind, inv.scope, inv.month, inv.status, inv.number, inv.issued_at, inv.generated_at),
        tuple(line_from_json(x) for x in inv.lines), Totals(inv.total_ht_cents, inv.vat_cents, inv.total_ttc_cents),
        Vat(inv.vat_rate, inv.vat_mention), tuple(missing_from_json(p) for p in inv.missing_proof),
        len(inv.custom_lines), tuple(annex_from_json(r) for r in inv.annex))
    if s is None:
        return doc
    credited = s.get(Invoice, inv.credited_invoice_id) if inv.credited_invoice_id else None
    header = replace(doc.header, scope_label=scope_label(s, inv.scope),
                     credited_number=credited.number if credited else None,
                     credited_issued_at=credited.issued_at if credited else None)
    refs: tuple[ProofRef, ...] = ()
    if proofs:
        from sosdesk.invoicing.proofs import invoice_proofs, proof_refs  # proofs read invoices through drafts

        refs = proof_refs(invoice_proofs(s, inv))
    return with_settings(replace(doc, header=header, proofs=refs), settings_data(s))
