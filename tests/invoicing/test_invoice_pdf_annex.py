"""The printed proof annex: every billed row on some page, the column header on each page, long
references (UUIDs) and names wrapped inside their column."""

from __future__ import annotations

import io
import uuid
from dataclasses import replace
from typing import Any

import pypdf
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from sosdesk.domain.invoice_document import (
    Header,
    InvoiceDocument,
    Party,
    Vat,
    annex_from_json,
    line_from_json,
)
from sosdesk.domain.pricing import Totals, euros
from sosdesk.printing.invoice_pdf import _wrap, render_invoice_pdf
from sosdesk.printing.style import FONT_REGULAR, styles

DOC = InvoiceDocument(Header("inv-1", "regional", "IDF", "2026-10", "draft"), (), Totals(0, 0, 0),
                      Vat("0", "TVA non applicable"), seller=Party("Association Été"))


def meeting_row(i: int) -> dict[str, Any]:
    collective = i % 7 == 0
    return {"kind": "meeting", "id": str(uuid.UUID(int=i)), "region": "IDF", "date": "2026-10-05",
            "time": "09:00", "minutes": 120 if collective else 60, "type": "IND_PSY",
            "type_label": "Atelier collectif" if collective else "Entretien psychologique",
            "site": "S1", "site_name": "Maison des associations de Saint-Étienne",
            "professionals": ["Hélène Durand", "Loïc Bérard"] if collective else ["Hélène Durand"],
            "beneficiaries": [f"J.Ç. (B{i}{k})" for k in range(8 if collective else 1)],
            "status": "held", "outcome": "held", "quantity": "1", "amount_cents": 10_000 + i}


def test_every_annex_row_is_printed_under_a_repeated_header() -> None:
    annex = [meeting_row(i) for i in range(300)]
    annex.append({"kind": "expense", "id": str(uuid.uuid4()), "region": "IDF", "date": "2026-10-06",
                  "category": "room_rental", "label": "Location salle — été", "receipt": True,
                  "amount_cents": 27_000})
    out = io.BytesIO()
    render_invoice_pdf(replace(DOC, annex=tuple(annex_from_json(r) for r in annex)), out)
    pages = [page.extract_text() for page in pypdf.PdfReader(out).pages]
    text = "\n".join(pages)
    missing = [i for i in range(300) if euros(10_000 + i).replace("\u00a0", " ") not in text]  # nbsp read as " "
    assert missing == []
    annex_pages = [p for p in pages[1:] if "Location salle" not in p]
    assert len(annex_pages) > 5
    assert all("Intervenants" in p and "Réf." in p for p in annex_pages)
    assert "Frais (1)" in pages[-1] and "270,00 €" in pages[-1]


def test_wrapped_cells_stay_inside_their_column() -> None:
    styles()  # registers the fonts
    width = 17 * mm - 6
    ref = "cd0d354a-9856-4bdf-a049-ecf4e8dc8c0c"
    lines = _wrap(ref, width, 7).split("\n")
    assert "".join(lines) == ref and len(lines) > 1
    assert all(stringWidth(x, FONT_REGULAR, 7) <= width for x in lines)
    assert lines[0].endswith("-")  # broken after a hyphen, not in the middle of a group
    site = "Maison des associations de Saint-Étienne"
    wrapped = _wrap(site, 25 * mm - 6).split("\n")
    assert " ".join(wrapped) == site
    assert all(stringWidth(x, FONT_REGULAR, 8) <= 25 * mm - 6 for x in wrapped)
    assert _wrap("05/10/2026\n09:00", 19 * mm - 6) == "05/10/2026\n09:00"


def test_first_page_amounts_and_quantities_in_french() -> None:
    line = {"label": "Entretien psychologique — réalisé (65,00\u00a0€)", "kind": "meeting", "type": "IND_PSY",
            "outcome": "held", "quantity": "1474.75", "unit": "hour", "unit_price_cents": 6500,
            "amount_cents": 9585875, "items": []}
    doc = replace(DOC, lines=(line_from_json(line),), totals=Totals(9585875, 0, 9585875))
    out = io.BytesIO()
    render_invoice_pdf(doc, out)
    text = pypdf.PdfReader(out).pages[0].extract_text()
    assert "1\u202f474,75" in text and "95\u202f858,75 €" in text  # (the no-break space before € reads as " ")
    assert "1474.75" not in text and "95858" not in text
