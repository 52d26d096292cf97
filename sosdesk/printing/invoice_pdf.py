"""The printable invoice (pricing.md §8 pdf): organisation and buyer blocks, references, lines, totals,
VAT mention, then the proof annex (every billed meeting, travel day and expense).

The input is the typed invoice document (``sosdesk.domain.invoice_document``, built once by
``sosdesk.invoicing.document``) so printing needs no database. Beneficiaries appear in the annex as
initials + id only.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from io import BytesIO
from itertools import accumulate
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from sosdesk.domain.invoice_document import AnnexTravel, InvoiceDocument, ProofRef
from sosdesk.domain.pricing import Line, missing_text
from sosdesk.domain.timegrid import PARIS
from sosdesk.domain.vocabulary import (
    UNIT_LABELS,
    day_text,
    euros,
    expense_category_label,
    format_decimal,
    invoice_status_label,
    month_label,
)
from sosdesk.printing.style import FONT_REGULAR, build_doc, paragraph, styles, table, table_style


def _p(text: Any, style: str = "cell") -> Flowable:
    # reportlab wraps paragraphs at U+202F (French thousands separator) but not at U+00A0: keep amounts whole
    return paragraph(escape(str(text)).replace("\u202f", "\u00a0"), style)


def _party(title: str, lines: list[str]) -> list[Flowable]:
    return [paragraph(f"<b>{escape(title)}</b>", "small")] + [_p(x, "small") for x in lines if x]


def _head(doc: InvoiceDocument) -> list[Flowable]:
    h, seller, buyer = doc.header, doc.seller, doc.buyer
    sender = _party("Émetteur", [seller.name, seller.address, f"SIRET : {seller.siret}"])
    client = _party("Destinataire", [buyer.name, buyer.address, f"SIRET : {buyer.siret}",
                                     f"Code service : {buyer.service_code}",
                                     f"N° d'engagement : {buyer.commitment_number}"])
    parties = Table([[sender, client]], colWidths=[90 * mm, 90 * mm])
    parties.setStyle(table_style(header_rows=0, zebra=False))
    status = _status_title(h.status)
    if not h.number and h.kind != "regional":  # national invoices and credit notes get one
        status += " — non numérotée" if status else "non numérotée"
    issued_text = day_text(h.issued_at.astimezone(PARIS)) if h.issued_at else "—"
    refs = [f"Période : {month_label(h.month)}", f"Périmètre : {h.place}", f"Date d'émission : {issued_text}"]
    if h.credited_number:
        refs.append(f"Avoir sur la facture n° {h.credited_number}")
    out: list[Flowable] = [paragraph(escape(h.title), "title")]
    if status:
        out.append(paragraph(escape(status), "heading"))
    out += [_p(" · ".join(refs), "body"), Spacer(1, 4 * mm), parties, Spacer(1, 5 * mm)]
    return out


def _status_title(status: str) -> str:
    """« BROUILLON », « SOUMISE »…: the status under the title; nothing once validated (the number says it)."""
    return "" if status in ("validated", "") else invoice_status_label(status).upper()


def _annex_note(line: Line, travel: list[AnnexTravel]) -> str:
    """What of the annex proves a line: « 12 rendez-vous », « 3 journée(s) de déplacement », « 2 frais »."""
    if line.kind == "travel":  # its items are the meetings; the annex lists professional-days
        ids = set(line.items)
        days = sum(1 for r in travel if ids.intersection(r.meetings))
        return f"{days} journée(s) de déplacement en annexe" if days else ""
    if not line.items:
        return ""
    return f"{len(line.items)} {'frais' if line.kind == 'expense' else 'rendez-vous'} en annexe"


def _lines(doc: InvoiceDocument) -> list[Flowable]:
    rows: list[list[Any]] = [["Désignation", "Quantité", "Unité", "Prix unitaire", "Montant HT"]]
    travel = doc.travel()
    for line in doc.lines:
        label = line.label
        if line.justification:
            label += f" — justification : {line.justification}"
        detail = _annex_note(line, travel)
        unit = UNIT_LABELS.get(line.unit, line.unit)
        rows.append([[_p(label), _p(detail, "cell") if detail else Spacer(0, 0)],
                     format_decimal(line.quantity), unit, euros(line.unit_price_cents),
                     euros(line.amount_cents)])
    lines = table(rows, col_widths=[92 * mm, 20 * mm, 16 * mm, 26 * mm, 26 * mm], right_cols=(1, 3, 4))
    totals = Table([["Total HT", euros(doc.totals.ht_cents)],
                    [f"TVA ({format_decimal(doc.vat.rate_decimal * 100)} %)", euros(doc.totals.vat_cents)],
                    ["Total TTC", euros(doc.totals.ttc_cents)]], colWidths=[40 * mm, 30 * mm], hAlign="RIGHT")
    style = table_style(header_rows=0, zebra=False, right_cols=(1,))
    style.add("FONT", (0, 2), (-1, 2), styles()["cell_bold"].fontName, 9)
    style.add("LINEABOVE", (0, 2), (-1, 2), 0.8, styles()["body"].textColor)
    totals.setStyle(style)
    out: list[Flowable] = [lines, Spacer(1, 3 * mm), KeepTogether([totals])]
    if doc.mentions:  # VAT treatment, payment terms, legal notes: as in the Factur-X XML
        out += [Spacer(1, 2 * mm)] + [_p(text, "small") for text in doc.mentions]
    elif doc.vat.mention and doc.vat.rate_decimal == 0:
        out += [Spacer(1, 2 * mm), _p(doc.vat.mention, "small")]
    if doc.missing_proof:
        out += [Spacer(1, 3 * mm), paragraph("<b>Justificatifs manquants</b>", "body")]
        out += [_p(missing_text(p), "small") for p in doc.missing_proof]
    return out


# -- annex: thousands of rows, so plain pre-wrapped strings in page-sized tables ------------------------

CELL_PAD = 3.0  # points, left and right, in annex cells
LEADING = 10.0  # 8 pt text
ROW_PAD = 4.0   # TOPPADDING + BOTTOMPADDING of table_style


@lru_cache(maxsize=65536)
def _wrap(text: str, width: float, size: float = 8) -> str:
    """``text`` broken into lines no wider than ``width`` points ("\n"-joined): at spaces, then after
    hyphens, then anywhere for a word still too long (ids). Cached: names repeat on every page."""
    font = FONT_REGULAR
    if "\n" in text:
        return "\n".join(_wrap(part, width, size) for part in text.split("\n"))
    if stringWidth(text, font, size) <= width:
        return text
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if stringWidth(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = ""
        for piece in re.findall(r"[^-]*-|[^-]+", word):
            if current and stringWidth(current + piece, font, size) > width:
                lines.append(current)
                current = ""
            for char in piece:
                if current and stringWidth(current + char, font, size) > width:
                    lines.append(current)
                    current = ""
                current += char
    if current:
        lines.append(current)
    return "\n".join(lines)


class _PagedRows(Flowable):
    """A long table laid out as one small Table per page: splitting a 2,000-row Table page after page
    rebuilds and re-measures every remaining row each time, this measures each row once."""

    def __init__(self, header: list[str], rows: list[list[str]], widths: list[float],
                 right_cols: tuple[int, ...], small_cols: tuple[int, ...] = (),
                 start: int = 0, tops: list[float] | None = None) -> None:
        super().__init__()
        self.header, self.rows, self.widths, self.start = header, rows, widths, start
        self.right_cols, self.small_cols = right_cols, small_cols
        self.hAlign = "CENTER"
        if tops is None:  # tops[n]: height of rows[:n] (string cells: lines × leading + padding)
            heights = [ROW_PAD + LEADING * (max(cell.count("\n") for cell in row) + 1) for row in rows]
            tops = list(accumulate(heights, initial=0.0))
        self.tops = tops
        self.header_height = ROW_PAD + LEADING

    def _table(self, end: int) -> Table:
        t = Table([self.header, *self.rows[self.start:end]], colWidths=self.widths, repeatRows=1)
        style = table_style(header_rows=1, right_cols=self.right_cols)
        style.add("LEADING", (0, 0), (-1, -1), LEADING)
        style.add("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD)
        style.add("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD)
        for col in self.small_cols:
            style.add("FONT", (col, 1), (col, -1), FONT_REGULAR, 7, LEADING)
        t.setStyle(style)
        return t

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = sum(self.widths)
        self.height = self.header_height + self.tops[-1] - self.tops[self.start]
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        room = availHeight - self.header_height - 0.01
        end = bisect_right(self.tops, self.tops[self.start] + room) - 1
        if end <= self.start:
            # not even one row here: next page (a single row taller than a page goes alone)
            if availHeight < 600 or self.start >= len(self.rows):
                return []
            end = self.start + 1
        if end >= len(self.rows):
            return [self._table(len(self.rows))]
        rest = _PagedRows(self.header, self.rows, self.widths, self.right_cols, self.small_cols, end, self.tops)
        return [self._table(end), rest]

    def draw(self) -> None:
        t = self._table(len(self.rows))
        t.wrapOn(self.canv, self.width, self.height)
        t.drawOn(self.canv, 0, 0)


def _cells(values: list[str], widths: list[float], small_cols: tuple[int, ...] = ()) -> list[str]:
    return [_wrap(v, w - 2 * CELL_PAD, 7 if i in small_cols else 8) for i, (v, w) in enumerate(zip(values, widths,
                                                                                                   strict=True))]


def _annex(doc: InvoiceDocument) -> list[Flowable]:
    meetings = doc.meetings()
    out: list[Flowable] = [PageBreak(), paragraph("Annexe — justificatifs des lignes", "title")]
    if meetings:
        widths = [19 * mm, 13 * mm, 24 * mm, 23 * mm, 22 * mm, 24 * mm, 20 * mm, 17 * mm, 17 * mm]
        rows = [_cells([f"{day_text(r.date)}\n{r.time}", f"{r.minutes} min", r.type_label, r.site_name,
                        ", ".join(r.professionals), ", ".join(b.replace(" ", "\u00a0") for b in r.beneficiaries),
                        r.outcome_text, euros(r.amount_cents), r.id], widths, (8,)) for r in meetings]
        out += [paragraph(f"Réunions facturées ({len(meetings)})", "heading"),
                _PagedRows(["Date", "Durée", "Type", "Lieu", "Intervenants", "Bénéf.", "Résultat", "Montant",
                            "Réf."], rows, widths, right_cols=(7,), small_cols=(8,))]
    travel = doc.travel()
    if travel:
        widths = [19 * mm, 36 * mm, 69 * mm, 18 * mm, 18 * mm, 20 * mm]
        rows = [_cells([day_text(r.date), r.professional, " → ".join(r.stops), f"{r.raw_minutes} min",
                        f"{r.minutes} min", euros(r.amount_cents)], widths) for r in travel]
        out += [paragraph(f"Déplacements ({len(travel)})", "heading"),
                _PagedRows(["Date", "Professionnel", "Lieux", "Trajet", "Facturé", "Montant"], rows, widths,
                           right_cols=(3, 4, 5))]
    expenses = doc.expenses()
    if expenses:
        widths = [19 * mm, 30 * mm, 89 * mm, 22 * mm, 20 * mm]
        rows = [_cells([day_text(r.date), expense_category_label(r.category), r.label, r.id,
                        euros(r.amount_cents)], widths, (3,)) for r in expenses]
        out += [paragraph(f"Frais ({len(expenses)})", "heading"),
                _PagedRows(["Date", "Catégorie", "Libellé", "Réf.", "Montant TTC"], rows, widths,
                           right_cols=(4,), small_cols=(3,))]
    if not doc.annex:
        out.append(_p("Aucun élément facturé ce mois-ci.", "body"))
    return out


def _hashes(proofs: tuple[ProofRef, ...]) -> list[Flowable]:
    """Each scanned proof once with its SHA-256: the same as in the proof bundle and the data export."""
    if not proofs:
        return []
    widths = [52 * mm, 20 * mm, 108 * mm]
    rows = [_cells([r.filename, str(r.items), r.sha256], widths, (2,)) for r in proofs]
    return [paragraph(f"Justificatifs numérisés ({len(proofs)}) — empreintes SHA-256", "heading"),
            _PagedRows(["Fichier", "Éléments", "SHA-256"], rows, widths, right_cols=(1,), small_cols=(2,))]


def render_invoice_pdf(doc: InvoiceDocument, out: str | Path | BytesIO) -> None:
    """Write the invoice then its annex to ``out`` (A4 portrait, embedded fonts, page x / y), ending with
    the distinct scanned proofs (file, items proved, SHA-256) when the document carries them."""
    story = [*_head(doc), *_lines(doc), *_annex(doc), *_hashes(doc.proofs)]
    organisation = doc.seller.name or "sosdesk"
    build_doc(out, story, title=f"{organisation} — {doc.header.long_title}", author=organisation)
