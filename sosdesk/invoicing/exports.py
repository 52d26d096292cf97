"""Invoice exports of pricing.md §8: json, csv (French Excel), pdf and Factur-X (PDF/A-3 + CII XML)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

from sosdesk.domain.errors import InputError
from sosdesk.domain.invoice_document import (
    AnnexMeeting,
    AnnexTravel,
    InvoiceDocument,
    invoice_json,
    quantity_text,
)
from sosdesk.domain.vocabulary import (
    EXPENSE_CATEGORY_LABELS,
    LINE_KIND_LABELS,
    OUTCOME_LABELS,
    UNIT_LABELS,
    day_text,
)
from sosdesk.invoicing.document import build_document
from sosdesk.invoicing.drafts import get_invoice
from sosdesk.invoicing.facturx_xml import cii_xml, embed_facturx
from sosdesk.printing.invoice_pdf import render_invoice_pdf
from sosdesk.store.csv_export import safe_text
from sosdesk.store.engine import Store

FORMATS = ("json", "csv", "pdf", "facturx", "proofs")


def _fr(value: Any) -> str:
    """Decimal comma for Excel in French."""
    return str(value).replace(".", ",")


def _money(cents: Any) -> str:
    """Cents → euros with a decimal comma; two decimals unless a unit price needs more."""
    if cents is None:
        return ""
    value = Decimal(str(cents)) / 100
    rounded = value.quantize(Decimal("0.01"))
    return _fr(rounded if rounded == value else format(value.normalize(), "f"))


def _write_csv(path: Path, rows: list[list[Any]]) -> None:
    """Every text cell neutralised against formulas (labels, site and people names come from users)."""
    buf = io.StringIO()
    csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows(
        [[safe_text(v) if isinstance(v, str) else v for v in row] for row in rows])
    path.write_text(buf.getvalue(), encoding="utf-8-sig")


def annex_path(path: Path) -> Path:
    return path.with_name(f"{path.stem}-annexe{path.suffix or '.csv'}")


def _label(labels: Mapping[str, str], code: str | None) -> str:
    return labels.get(code, code) if code else ""


def write_csv(doc: InvoiceDocument, path: Path) -> list[Path]:
    """Lines to ``path`` and one row per billed meeting, travel day or expense to ``F-annexe.csv``;
    French labels for Excel users (the JSON export keeps the codes), same columns on every row."""
    type_labels = {r.type: r.type_label for r in doc.meetings() if r.type_label}
    rows: list[list[Any]] = [["Libellé", "Nature", "Type", "Résultat", "Catégorie", "Quantité", "Unité",
                              "Prix unitaire (€)", "Montant HT (€)", "Nombre d'éléments"]]
    for line in doc.lines:
        rows.append([line.label, _label(LINE_KIND_LABELS, line.kind), _label(type_labels, line.type),
                     _label(OUTCOME_LABELS, line.outcome), _label(EXPENSE_CATEGORY_LABELS, line.category),
                     _fr(quantity_text(line.quantity)), _label(UNIT_LABELS, line.unit),
                     _money(line.unit_price_cents), _money(line.amount_cents), len(line.items)])
    rows += [[], ["Total HT", "", "", "", "", "", "", "", _money(doc.totals.ht_cents), ""],
             ["TVA", "", "", "", "", "", "", "", _money(doc.totals.vat_cents), ""],
             ["Total TTC", "", "", "", "", "", "", "", _money(doc.totals.ttc_cents), ""]]
    _write_csv(path, rows)
    detail: list[list[Any]] = [["Nature", "Référence", "Région", "Date", "Heure", "Durée (min)", "Type", "Lieu",
                                "Professionnels", "Bénéficiaires", "Résultat", "Montant (€)"]]
    for r in doc.annex:
        day = day_text(r.date)
        if isinstance(r, AnnexMeeting):
            detail.append([LINE_KIND_LABELS["meeting"], r.id, r.region, day, r.time, r.minutes, r.type_label,
                           r.site_name, ", ".join(r.professionals), ", ".join(r.beneficiaries),
                           r.outcome_text, _money(r.amount_cents)])
        elif isinstance(r, AnnexTravel):
            detail.append([LINE_KIND_LABELS["travel"], r.id, r.region, day, "", r.minutes, "",
                           " → ".join(r.stops), r.professional, "", "", _money(r.amount_cents)])
        else:
            detail.append([LINE_KIND_LABELS["expense"], r.id, r.region, day, "", "",
                           _label(EXPENSE_CATEGORY_LABELS, r.category), r.label, "", "", "", _money(r.amount_cents)])
    target = annex_path(path)
    _write_csv(target, detail)
    return [path, target]


def export_document(store: Store, invoice_id: str, proofs: bool = True) -> InvoiceDocument:
    """The document every export renders: built once, with names, parties, payment and (``proofs``, for
    the printed ones) the scanned proofs."""
    with store.session() as s:
        return build_document(get_invoice(s, invoice_id), s, proofs=proofs)


def export_invoice(store: Store, invoice_id: str, fmt: str, out: Path) -> list[Path]:
    """Write one export of an invoice; returns the files written."""
    if fmt not in FORMATS:
        raise InputError(f"format inconnu « {fmt} » (json, csv, pdf, facturx ou proofs)", "format")
    if fmt == "proofs":  # the proof bundle (issue 14): cover, index, every scan
        from sosdesk.invoicing.proofs import bundle_data
        from sosdesk.printing.proof_bundle import render_proof_bundle

        bundle = bundle_data(store, invoice_id)
        out.parent.mkdir(parents=True, exist_ok=True)
        pdf = io.BytesIO()
        render_proof_bundle(bundle, pdf)
        out.write_bytes(pdf.getvalue())
        return [out]
    doc = export_document(store, invoice_id, proofs=fmt in ("pdf", "facturx"))
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "json":
        out.write_text(json.dumps(invoice_json(doc), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return [out]
    if fmt == "csv":
        return write_csv(doc, out)
    if fmt == "facturx":
        out.write_bytes(facturx_pdf(doc))
        return [out]
    pdf = io.BytesIO()
    render_invoice_pdf(doc, pdf)
    out.write_bytes(pdf.getvalue())
    return [out]


def facturx_pdf(doc: InvoiceDocument) -> bytes:
    """The Factur-X (PDF/A-3 + CII) of a document, as deposited to Chorus Pro."""
    xml = cii_xml(doc)  # refuses a line-less invoice or missing settings before the PDF is drawn
    pdf = io.BytesIO()
    render_invoice_pdf(doc, pdf)
    return embed_facturx(pdf.getvalue(), xml, doc)


def facturx_bytes(store: Store, invoice_id: str) -> tuple[bytes, InvoiceDocument]:
    """The Factur-X of an invoice and the document it renders."""
    doc = export_document(store, invoice_id)
    return facturx_pdf(doc), doc
