"""The proof bundle of an invoice (issue 14, ``sosdesk invoice export --format proofs``): one PDF with
a cover (invoice, region, month, totals, counts), an index by day / meeting / expense (date, people,
type, page, SHA-256 of the scan or « justificatif manquant »), then every scan in index order —
PDF scans appended page by page with pypdf, images (multi-page TIFF included) drawn one frame a page.
Every page is stamped with « page x / N » and, on scans, the file name and its SHA-256.

The input is a ``ProofBundle`` of values (built by ``invoicing.proofs.bundle_data``): the invoice's typed
document, its proof list and the scans' bytes — printing needs no database.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter, Transformation
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer, Table

from sosdesk.domain.invoice_document import InvoiceDocument
from sosdesk.domain.invoice_proofs import MISSING, InvoiceProofs, ProofEntry, ProofScan
from sosdesk.domain.pricing import missing_text
from sosdesk.domain.timegrid import PARIS
from sosdesk.domain.vocabulary import (
    INVOICE_STATUS_LABELS,
    day_time_text,
    duration,
    euros,
    month_label,
    weekday_day_text,
)
from sosdesk.printing.fonts import register_fonts
from sosdesk.printing.style import FONT_BOLD, FONT_REGULAR, GRID, INK, MARGIN, MUTED, paragraph, table_style

NOT_NEEDED = "annulation tardive : pas de feuille à signer"


def _p(text: Any, style: str = "cell") -> Flowable:
    return paragraph(escape(str(text)).replace("\u202f", "\u00a0"), style)


@dataclass(frozen=True, slots=True)
class BundleScan:
    """A distinct scan with its bytes, its page count and why it cannot be shown (empty when it can)."""

    scan: ProofScan
    content: bytes
    pages: int = 0
    problem: str = ""


@dataclass(frozen=True, slots=True)
class ProofBundle:
    document: InvoiceDocument  # header (title, period, region, status), totals, missing proofs
    proofs: InvoiceProofs
    scans: tuple[BundleScan, ...] = ()

    @property
    def title(self) -> str:
        return self.document.header.title

    @property
    def month(self) -> str:
        return month_label(self.document.header.month)

    def other_missing(self) -> list[str]:
        """Missing-proof entries not about a billed item (attendance not recorded, region not approved)."""
        listed = {(e.kind, e.item_id) for e in self.proofs.entries}
        return [missing_text(p) for p in self.document.missing_proof if (p.kind, p.id) not in listed]


def _cover(bundle: ProofBundle, scans: int, pages: int, printed: str) -> list[Flowable]:
    doc, entries = bundle.document, bundle.proofs.entries
    facts = [["Facture", bundle.title], ["Période", bundle.month], ["Périmètre", doc.header.place],
             ["État", INVOICE_STATUS_LABELS.get(doc.header.status, doc.header.status)],
             ["Total HT", euros(doc.totals.ht_cents)], ["TVA", euros(doc.totals.vat_cents)],
             ["Total TTC", euros(doc.totals.ttc_cents)],
             ["Rendez-vous facturés", str(sum(1 for e in entries if e.kind == "meeting"))],
             ["Frais facturés", str(sum(1 for e in entries if e.kind == "expense"))],
             ["Justificatifs joints", f"{scans} fichier(s), {pages} page(s)"],
             ["Justificatifs manquants", str(len(bundle.proofs.missing()))]]
    t = Table([[_p(k, "cell_bold"), _p(v, "body")] for k, v in facts], colWidths=[55 * mm, 110 * mm])
    t.setStyle(table_style(header_rows=0, zebra=True))
    out: list[Flowable] = [paragraph("Justificatifs de la facture", "title"), _p(bundle.title, "heading"),
                           _p(f"{bundle.month} — {doc.header.place}", "body"), Spacer(1, 8 * mm), t,
                           Spacer(1, 8 * mm),
                           _p("Ce dossier contient, après l'index, chaque justificatif numérisé dans l'ordre "
                              "de l'index. L'empreinte SHA-256 imprimée pour chaque fichier est celle de "
                              "l'annexe de la facture (PDF et Factur-X) et de l'export des données : "
                              "elle permet de vérifier que le fichier n'a pas été modifié.", "body")]
    other = bundle.other_missing()
    if other:
        out += [Spacer(1, 5 * mm), paragraph("<b>Autres justificatifs manquants</b>", "body")]
        out += [_p(text, "small") for text in other]
    out += [Spacer(1, 8 * mm), _p(f"Dossier établi le {printed}.", "muted")]
    return out


INDEX_WIDTHS = [24 * mm, 44 * mm, 47 * mm, 37 * mm, 11 * mm, 104 * mm]
INDEX_HEADER = ["Date", "Élément", "Lieu et personnes", "Justificatif", "Page", "Empreinte SHA-256"]


def _index(entries: Sequence[ProofEntry], first_page: dict[str, int], names: dict[str, str]) -> list[Flowable]:
    """Thousands of rows on the large demo: pre-wrapped strings laid out page by page (the invoice
    annex's fast table), not a Paragraph per cell."""
    from sosdesk.printing.invoice_pdf import _cells, _PagedRows

    out: list[Flowable] = [paragraph("Index des justificatifs", "title"),
                           _p("Par jour, les rendez-vous puis les frais ; « page » renvoie à la page du dossier "
                              "où commence le justificatif.", "muted"), Spacer(1, 3 * mm)]
    rows: list[list[str]] = []
    for e in entries:
        when = f"{weekday_day_text(e.day)}\n{e.time or 'frais'}"
        what = e.title + (f" ({duration(e.minutes)})" if e.minutes else "") + f" — {euros(e.amount_cents)}"
        where = " — ".join(x for x in (e.place, e.people) if x)
        shas = [x.sha256 for x in e.scans]
        if shas:
            files = "\n".join(f"{e.source_label} : {names.get(sha, '')}" for sha in shas)
            pages = "\n".join(str(first_page.get(sha, "")) for sha in shas)
            hashes = "\n".join(shas)
        elif not e.needed:
            files, pages, hashes = "sans objet", "—", NOT_NEEDED
        else:
            files, pages, hashes = "MANQUANT", "—", MISSING + (f" : {e.reason}" if e.reason else "")
        rows.append(_cells([when, what, where, files, pages, hashes], INDEX_WIDTHS, (5,)))
    if not entries:
        out.append(_p("Aucun rendez-vous ni frais facturé.", "body"))
        return out
    out.append(_PagedRows(INDEX_HEADER, rows, INDEX_WIDTHS, right_cols=(4,), small_cols=(5,)))
    return out


def _build(flowables: list[Flowable], pagesize: tuple[float, float], title: str) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN + 4 * mm, title=title, author="sosdesk", creator="sosdesk",
                            lang="fr-FR")
    doc.build(flowables)
    return buf.getvalue()


def _image_pages(content: bytes, title: str) -> bytes:
    """Each frame of an image (every page of a TIFF) on its own A4 page, fitted, orientation kept."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4, invariant=True)
    canvas.setTitle(title)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with Image.open(io.BytesIO(content)) as img:
            for frame in range(int(getattr(img, "n_frames", 1))):
                img.seek(frame)
                picture = img.convert("RGB")
                w, h = picture.size
                size = landscape(A4) if w > h else A4
                canvas.setPageSize(size)
                room_w, room_h = size[0] - 2 * MARGIN, size[1] - 2 * MARGIN - 6 * mm
                scale = min(room_w / w, room_h / h)
                dw, dh = w * scale, h * scale
                canvas.drawImage(ImageReader(picture), (size[0] - dw) / 2, MARGIN + 6 * mm + (room_h - dh) / 2,
                                 dw, dh)
                canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _stamps(pages: list[tuple[float, float, str, str, bool]]) -> list[Any]:
    """One overlay page per bundle page (a footer line; a white box under it on scans so it stays
    readable), all drawn in one PDF so the font is embedded once."""
    register_fonts()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4)
    for width, height, left, right, boxed in pages:
        c.setPageSize((width, height))
        if boxed:
            c.setFillColorRGB(1, 1, 1)
            c.setStrokeColor(GRID)
            c.rect(MARGIN - 2 * mm, 3 * mm, width - 2 * MARGIN + 4 * mm, 6.5 * mm, fill=1, stroke=1)
        c.setFillColor(INK if boxed else MUTED)
        c.setFont(FONT_REGULAR, 6.5 if boxed else 8)
        c.drawString(MARGIN, 5.5 * mm, left)
        c.setFont(FONT_BOLD if boxed else FONT_REGULAR, 7 if boxed else 8)
        c.drawRightString(width - MARGIN, 5.5 * mm, right)
        c.showPage()
    c.save()
    return list(PdfReader(io.BytesIO(buf.getvalue())).pages)


def _unreadable(scan: BundleScan) -> list[Any]:
    """One page saying the stored file cannot be shown (its hash still identifies it)."""
    text = scan.problem or f"« {scan.scan.filename} » ne peut pas être affiché."
    pdf = _build([paragraph("Justificatif illisible", "title"), _p(text, "body"),
                  _p(f"SHA-256 {scan.scan.sha256}", "small")], A4, scan.scan.filename)
    return list(PdfReader(io.BytesIO(pdf)).pages)


def _scan_pages(scan: BundleScan) -> list[Any]:
    content = scan.content
    if scan.problem:
        return _unreadable(scan)
    try:
        if content[:1024].find(b"%PDF-") >= 0:
            return list(PdfReader(io.BytesIO(content), strict=False).pages)
        return list(PdfReader(io.BytesIO(_image_pages(content, scan.scan.filename))).pages)
    except Exception:  # a file checked on attach that still fails to convert: say so, go on
        return _unreadable(scan)


def render_proof_bundle(bundle: ProofBundle, out: str | Path | io.BytesIO, printed_at: datetime | None = None) -> int:
    """Write the bundle to ``out``; returns its page count (cover + index + every scan page)."""
    register_fonts()
    printed = day_time_text((printed_at or datetime.now(PARIS)).astimezone(PARIS))
    entries = bundle.proofs.entries
    scan_pages = {s.scan.sha256: _scan_pages(s) for s in bundle.scans if s.content}
    total_scan_pages = sum(len(p) for p in scan_pages.values())
    names = {s.scan.sha256: s.scan.filename for s in bundle.scans}
    front = _build(_cover(bundle, len(scan_pages), total_scan_pages, printed), A4, bundle.title)
    front_pages = len(PdfReader(io.BytesIO(front)).pages)
    # A first guess of the index's length (about 14 rows a landscape page) saves a second layout.
    index_pages, index = max(1, -(-(len(entries) + len({e.day for e in entries})) // 14)), b""
    for _ in range(4):  # page numbers depend on the index's own length: settle it (1–2 passes)
        first_page: dict[str, int] = {}
        page = front_pages + index_pages + 1
        for sha, pages in scan_pages.items():
            first_page[sha] = page
            page += len(pages)
        index = _build(_index(entries, first_page, names), landscape(A4), bundle.title)
        count = len(PdfReader(io.BytesIO(index)).pages)
        if count == index_pages:
            break
        index_pages = count
    writer = PdfWriter()
    for part in (front, index):
        for p in PdfReader(io.BytesIO(part)).pages:
            writer.add_page(p)
    labels: list[tuple[str, bool]] = [(f"Justificatifs — {bundle.title} — {bundle.month}", False)] * len(
        writer.pages)
    for n, (sha, pages) in enumerate(scan_pages.items(), start=1):
        for k, p in enumerate(pages, start=1):
            writer.add_page(p)
            labels.append((f"Justificatif {n}/{len(scan_pages)} — {names[sha]} — p. {k}/{len(pages)} — "
                           f"SHA-256 {sha}", True))
    total = len(writer.pages)
    for sheet, (_left, boxed) in zip(writer.pages, labels, strict=True):
        if boxed:
            sheet.transfer_rotation_to_content()
    stamps = _stamps([(float(s.mediabox.width), float(s.mediabox.height), left, f"page {n} / {total}", boxed)
                      for n, (s, (left, boxed)) in enumerate(zip(writer.pages, labels, strict=True), start=1)])
    for sheet, stamp in zip(writer.pages, stamps, strict=True):
        box = sheet.mediabox
        sheet.merge_transformed_page(stamp, Transformation().translate(float(box.left), float(box.bottom)))
    writer.add_metadata({"/Title": f"Justificatifs — {bundle.title} — {bundle.month}", "/Author": "sosdesk",
                         "/Creator": "sosdesk"})
    target: Any = str(out) if isinstance(out, Path) else out
    writer.write(target)
    return total

