"""Invoice exports of pricing.md §8: json, csv (French Excel), pdf and Factur-X (PDF/A-3 + CII XML)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from sosdesk.domain.errors import InputError
from sosdesk.domain.pricing import (
    CATEGORY_LABELS,
    LINE_KIND_LABELS,
    OUTCOME_LABELS,
    UNIT_LABELS,
    annex_outcome,
    travel_stops,
)
from sosdesk.domain.vocabulary import day_text
from sosdesk.invoicing.document import invoice_json
from sosdesk.invoicing.drafts import get_invoice
from sosdesk.invoicing.facturx_xml import cii_xml, embed_facturx, printed_mentions
from sosdesk.invoicing.month_inputs import settings_data
from sosdesk.invoicing.proofs import hash_rows, invoice_proofs
from sosdesk.invoicing.queries import scope_label
from sosdesk.printing.invoice_pdf import render_invoice_pdf
from sosdesk.store.csv_export import safe_text
from sosdesk.store.engine import Store
from sosdesk.store.invoice_models import Invoice

FORMATS = ("json", "csv", "pdf", "facturx", "proofs")


def print_document(s: Session, inv: Invoice) -> dict[str, Any]:
    """The §8 document plus what printing needs (kind, issue date, VAT, names)."""
    doc = invoice_json(inv)
    credited = s.get(Invoice, inv.credited_invoice_id) if inv.credited_invoice_id else None
    doc.update({"kind": inv.kind, "issued_at": inv.issued_at.isoformat() if inv.issued_at else None,
                "vat_rate": inv.vat_rate, "vat_mention": inv.vat_mention, "scope_label": scope_label(s, inv.scope),
                "credited_number": credited.number if credited else None,
                "credited_issued_at": credited.issued_at.isoformat() if credited and credited.issued_at else None,
                "generated_at": inv.generated_at.isoformat() if inv.generated_at else None})
    doc["mentions"] = printed_mentions(doc, settings_data(s))
    return doc


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


def _label(labels: dict[str, str], code: str | None) -> str:
    return labels.get(code, code) if code else ""


def write_csv(doc: dict[str, Any], annex: list[dict[str, Any]], path: Path) -> list[Path]:
    """Lines to ``path`` and one row per billed meeting, travel day or expense to ``F-annexe.csv``;
    French labels for Excel users (the JSON export keeps the codes), same columns on every row."""
    type_labels = {r["type"]: r["type_label"] for r in annex if r["kind"] == "meeting" and r.get("type_label")}
    rows: list[list[Any]] = [["Libellé", "Nature", "Type", "Résultat", "Catégorie", "Quantité", "Unité",
                              "Prix unitaire (€)", "Montant HT (€)", "Nombre d'éléments"]]
    for line in doc["lines"]:
        rows.append([line["label"], _label(LINE_KIND_LABELS, line["kind"]), _label(type_labels, line.get("type")),
                     _label(OUTCOME_LABELS, line.get("outcome")), _label(CATEGORY_LABELS, line.get("category")),
                     _fr(line["quantity"]), _label(UNIT_LABELS, line["unit"]),
                     _money(line["unit_price_cents"]), _money(line["amount_cents"]), len(line["items"])])
    rows += [[], ["Total HT", "", "", "", "", "", "", "", _money(doc["total_ht_cents"]), ""],
             ["TVA", "", "", "", "", "", "", "", _money(doc["vat_cents"]), ""],
             ["Total TTC", "", "", "", "", "", "", "", _money(doc["total_ttc_cents"]), ""]]
    _write_csv(path, rows)
    detail: list[list[Any]] = [["Nature", "Référence", "Région", "Date", "Heure", "Durée (min)", "Type", "Lieu",
                                "Professionnels", "Bénéficiaires", "Résultat", "Montant (€)"]]
    for r in annex:
        day = day_text(date.fromisoformat(r["date"]))
        if r["kind"] == "meeting":
            detail.append([LINE_KIND_LABELS["meeting"], r["id"], r.get("region", ""), day, r["time"], r["minutes"], r["type_label"],
                           r["site_name"], ", ".join(r["professionals"]), ", ".join(r["beneficiaries"]),
                           annex_outcome(r), _money(r["amount_cents"])])
        elif r["kind"] == "travel":
            detail.append([LINE_KIND_LABELS["travel"], r["id"], r.get("region", ""), day, "", r["minutes"], "",
                           " → ".join(travel_stops(r["sites"])), r["professional"], "", "", _money(r["amount_cents"])])
        else:
            detail.append([LINE_KIND_LABELS["expense"], r["id"], r.get("region", ""), day, "", "",
                           _label(CATEGORY_LABELS, r["category"]),
                           r["label"], "", "", "", _money(r["amount_cents"])])
    target = annex_path(path)
    _write_csv(target, detail)
    return [path, target]


def export_invoice(store: Store, invoice_id: str, fmt: str, out: Path) -> list[Path]:
    """Write one export of an invoice; returns the files written."""
    if fmt not in FORMATS:
        raise InputError(f"format inconnu « {fmt} » (json, csv, pdf, facturx ou proofs)", "format")
    if fmt == "proofs":  # the proof bundle (issue 14): cover, index, every scan
        from sosdesk.invoicing.proofs import bundle_data
        from sosdesk.printing.proof_bundle import render_proof_bundle

        cover, entries, scans = bundle_data(store, invoice_id)
        out.parent.mkdir(parents=True, exist_ok=True)
        pdf = io.BytesIO()
        render_proof_bundle(cover, entries, scans, pdf)
        out.write_bytes(pdf.getvalue())
        return [out]
    with store.session() as s:
        inv = get_invoice(s, invoice_id)
        settings = settings_data(s)
        doc = print_document(s, inv)
        annex = list(inv.annex)
        hashes = hash_rows(invoice_proofs(s, inv))
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "json":
        out.write_text(json.dumps(invoice_json_only(doc), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return [out]
    if fmt == "csv":
        return write_csv(doc, annex, out)
    if fmt == "facturx":
        out.write_bytes(facturx_bytes(store, invoice_id)[0])
        return [out]
    pdf = io.BytesIO()
    render_invoice_pdf(doc, annex, settings, pdf, hashes)
    out.write_bytes(pdf.getvalue())
    return [out]


def facturx_bytes(store: Store, invoice_id: str) -> tuple[bytes, dict[str, Any]]:
    """The Factur-X (PDF/A-3 + CII) of an invoice, as deposited to Chorus Pro, and its document."""
    with store.session() as s:
        inv = get_invoice(s, invoice_id)
        settings = settings_data(s)
        doc = print_document(s, inv)
        annex = list(inv.annex)
        hashes = hash_rows(invoice_proofs(s, inv))
    xml = cii_xml(doc, settings)  # refuses a line-less invoice or missing settings before the PDF is drawn
    pdf = io.BytesIO()
    render_invoice_pdf(doc, annex, settings, pdf, hashes)
    return embed_facturx(pdf.getvalue(), xml, doc), doc


def invoice_json_only(doc: dict[str, Any]) -> dict[str, Any]:
    keys = ("format", "id", "number", "scope", "month", "status", "lines", "total_ht_cents", "vat_cents",
            "total_ttc_cents", "missing_proof")
    return {k: doc[k] for k in keys}
