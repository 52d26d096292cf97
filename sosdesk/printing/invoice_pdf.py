"""The printable invoice (pricing.md §8 pdf): organisation and buyer blocks, references, lines, totals,
VAT mention, then the proof annex (every billed meeting, travel day and expense).

Inputs are plain dicts (the sosdesk-invoice/1 document, its annex rows, the settings) so printing
needs no database. Beneficiaries appear in the annex as initials + id only.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from sosdesk.domain.timegrid import PARIS
from sosdesk.printing.style import build_doc, paragraph, styles, table, table_style

KIND_TITLES = {"regional": "Facture régionale", "national": "Facture", "credit_note": "Avoir"}
STATUS_TITLES = {"draft": "BROUILLON", "submitted": "SOUMISE", "approved": "APPROUVÉE",
                 "validated": "", "paid": "PAYÉE"}
OUTCOMES = {"held": "réalisé", "no_show": "absence non excusée"}
CATEGORIES = {"room_rental": "location de salle", "materials": "matériel", "transport": "transport",
              "other": "autres frais"}
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")


def euros(cents: int | Decimal | str | None) -> str:
    """French money: 1 234,50 € (narrow no-break space as thousands separator)."""
    if cents is None:
        return "—"
    value = Decimal(str(cents)) / 100
    text = f"{value:,.2f}".replace(",", " ").replace(".", ",")
    return f"{text} €"


def decimal_fr(text: str | Decimal) -> str:
    return str(text).replace(".", ",")


def month_label(month: str) -> str:
    year, mon = month.split("-")
    return f"{MONTHS[int(mon) - 1]} {year}"


def _date_fr(iso: str) -> str:
    return date.fromisoformat(iso).strftime("%d/%m/%Y")


def _p(text: Any, style: str = "cell") -> Flowable:
    return paragraph(escape(str(text)), style)


def _party(title: str, lines: list[str]) -> list[Flowable]:
    return [paragraph(f"<b>{escape(title)}</b>", "small")] + [_p(x, "small") for x in lines if x]


def _head(invoice: dict[str, Any], settings: dict[str, Any]) -> list[Flowable]:
    buyer = settings.get("buyer") or {}
    seller = _party("Émetteur", [settings.get("organisation", ""), settings.get("address", ""),
                                 f"SIRET : {settings.get('siret', '')}"])
    client = _party("Destinataire", [buyer.get("name", ""), buyer.get("address", ""),
                                     f"SIRET : {buyer.get('siret', '')}",
                                     f"Code service : {buyer.get('service_code', '')}",
                                     f"N° d'engagement : {buyer.get('commitment_number', '')}"])
    parties = Table([[seller, client]], colWidths=[90 * mm, 90 * mm])
    parties.setStyle(table_style(header_rows=0, zebra=False))
    title = KIND_TITLES.get(invoice.get("kind", ""), "Facture")
    number = invoice.get("number") or "(non numérotée)"
    status = STATUS_TITLES.get(invoice.get("status", ""), "")
    issued = invoice.get("issued_at")
    issued_text = datetime.fromisoformat(issued).astimezone(PARIS).strftime("%d/%m/%Y") if issued else "—"
    scope = invoice.get("scope_label") or invoice.get("scope", "")
    refs = [f"Période : {month_label(invoice['month'])}", f"Périmètre : {scope}", f"Date d'émission : {issued_text}"]
    if invoice.get("credited_number"):
        refs.append(f"Avoir sur la facture n° {invoice['credited_number']}")
    out: list[Flowable] = [paragraph(f"{escape(title)} n° {escape(number)}"
                                     + (f" — {status}" if status else ""), "title"),
                           _p(" · ".join(refs), "body"), Spacer(1, 4 * mm), parties, Spacer(1, 5 * mm)]
    return out


def _lines(invoice: dict[str, Any]) -> list[Flowable]:
    rows: list[list[Any]] = [["Désignation", "Quantité", "Unité", "Prix unitaire", "Montant HT"]]
    for line in invoice["lines"]:
        label = line["label"]
        if line.get("justification"):
            label += f" — justification : {line['justification']}"
        count = len(line.get("items", []))
        detail = f"{count} élément(s) en annexe" if count else ""
        unit = {"hour": "heure", "item": "unité"}.get(line["unit"], line["unit"])
        rows.append([[_p(label), _p(detail, "cell") if detail else Spacer(0, 0)],
                     decimal_fr(line["quantity"]), unit,
                     euros(line["unit_price_cents"]) if line["unit_price_cents"] is not None else "—",
                     euros(line["amount_cents"])])
    lines = table(rows, col_widths=[92 * mm, 20 * mm, 16 * mm, 26 * mm, 26 * mm], right_cols=(1, 3, 4))
    totals = Table([["Total HT", euros(invoice["total_ht_cents"])],
                    [f"TVA ({decimal_fr(Decimal(invoice.get('vat_rate', '0')) * 100)} %)",
                     euros(invoice["vat_cents"])],
                    ["Total TTC", euros(invoice["total_ttc_cents"])]], colWidths=[40 * mm, 30 * mm], hAlign="RIGHT")
    style = table_style(header_rows=0, zebra=False, right_cols=(1,))
    style.add("FONT", (0, 2), (-1, 2), styles()["cell_bold"].fontName, 9)
    style.add("LINEABOVE", (0, 2), (-1, 2), 0.8, styles()["body"].textColor)
    totals.setStyle(style)
    out: list[Flowable] = [lines, Spacer(1, 3 * mm), KeepTogether([totals])]
    if invoice.get("vat_mention") and Decimal(invoice.get("vat_rate", "0")) == 0:
        out += [Spacer(1, 2 * mm), _p(invoice["vat_mention"], "small")]
    if invoice.get("missing_proof"):
        out += [Spacer(1, 3 * mm), paragraph("<b>Justificatifs manquants</b>", "body")]
        out += [_p(f"{p['kind']} {p['id']} : {p['reason']}", "small") for p in invoice["missing_proof"]]
    return out


def _annex(annex: list[dict[str, Any]]) -> list[Flowable]:
    meetings = [r for r in annex if r["kind"] == "meeting"]
    out: list[Flowable] = [PageBreak(), paragraph("Annexe — justificatifs des lignes", "title")]
    if meetings:
        rows: list[list[Any]] = [["Date", "Durée", "Type", "Lieu", "Intervenants", "Bénéf.", "Résultat",
                                  "Montant", "Réf."]]
        for r in meetings:
            result = OUTCOMES.get(r["outcome"], r["outcome"]) + (" (annulée)" if r["status"] == "cancelled" else "")
            rows.append([_p(f"{_date_fr(r['date'])} {r['time']}"), f"{r['minutes']} min", _p(r["type_label"]),
                         _p(r["site_name"]), _p(", ".join(r["professionals"])),
                         _p(", ".join(r["beneficiaries"])), _p(result), euros(r["amount_cents"]),
                         _p(r["id"], "small")])
        out += [paragraph(f"Réunions facturées ({len(meetings)})", "heading"),
                table(rows, col_widths=[21 * mm, 13 * mm, 29 * mm, 27 * mm, 25 * mm, 21 * mm, 19 * mm,
                                        16 * mm, 9 * mm], right_cols=(7,))]
    travel = [r for r in annex if r["kind"] == "travel"]
    if travel:
        rows = [["Date", "Professionnel", "Lieux", "Trajet", "Facturé", "Montant"]]
        for r in travel:
            rows.append([_date_fr(r["date"]), _p(r["professional"]), _p(" → ".join(r["sites"])),
                         f"{r['raw_minutes']} min", f"{r['minutes']} min", euros(r["amount_cents"])])
        out += [paragraph(f"Déplacements ({len(travel)})", "heading"),
                table(rows, col_widths=[18 * mm, 36 * mm, 70 * mm, 18 * mm, 18 * mm, 20 * mm], right_cols=(3, 4, 5))]
    expenses = [r for r in annex if r["kind"] == "expense"]
    if expenses:
        rows = [["Date", "Catégorie", "Libellé", "Réf.", "Montant TTC"]]
        for r in expenses:
            rows.append([_date_fr(r["date"]), CATEGORIES.get(r["category"], r["category"]), _p(r["label"]),
                         _p(r["id"], "small"), euros(r["amount_cents"])])
        out += [paragraph(f"Frais ({len(expenses)})", "heading"),
                table(rows, col_widths=[18 * mm, 30 * mm, 90 * mm, 22 * mm, 20 * mm], right_cols=(4,))]
    if not annex:
        out.append(_p("Aucun élément facturé ce mois-ci.", "body"))
    return out


def render_invoice_pdf(invoice: dict[str, Any], annex: list[dict[str, Any]], settings: dict[str, Any],
                       out: str | Path | BytesIO) -> None:
    """Write the invoice then its annex to ``out`` (A4 portrait, embedded fonts, page x / y)."""
    title = f"{KIND_TITLES.get(invoice.get('kind', ''), 'Facture')} {invoice.get('number') or invoice['id']}"
    story = [*_head(invoice, settings), *_lines(invoice), *_annex(annex)]
    build_doc(out, story, title=f"{settings.get('organisation', 'sosdesk')} — {title}",
              author=str(settings.get("organisation", "sosdesk")))
