"""The sober house style shared by every printed document: A4 page templates with a header
(title) and a footer (print date, "page x / y"), paragraph and table styles, and ``build_doc``.

Usage::

    from sosdesk.printing.style import build_doc, paragraph, styles, table
    build_doc(path, [paragraph("Planning", "title"), table(rows, header_rows=1)], title="Planning")
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as to_landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from sosdesk.domain.timegrid import PARIS
from sosdesk.domain.vocabulary import day_time_text
from sosdesk.printing.fonts import FONT_BOLD, FONT_ITALIC, FONT_REGULAR, register_fonts

__all__ = ["FONT_BOLD", "FONT_ITALIC", "FONT_REGULAR", "GRID", "HEADER_FILL", "INK", "MARGIN", "MUTED",
           "build_doc", "page_size", "paragraph", "styles", "table", "table_style"]

INK = colors.HexColor("#1f2328")
MUTED = colors.HexColor("#6a737d")
GRID = colors.HexColor("#c8ccd0")
HEADER_FILL = colors.HexColor("#e8ecef")
ZEBRA_FILL = colors.HexColor("#f6f8fa")
MARGIN = 15 * mm


def page_size(landscape: bool = False) -> tuple[float, float]:
    return to_landscape(A4) if landscape else A4


_STYLES: dict[str, ParagraphStyle] = {}


def styles() -> dict[str, ParagraphStyle]:
    """Named paragraph styles: title, heading, body, small, muted, cell, cell_right, cell_bold."""
    if _STYLES:
        return _STYLES
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT_REGULAR, fontSize=9.5, leading=12.5, textColor=INK)
    _STYLES.update({
        "body": base,
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=16, leading=20,
                                spaceAfter=6),
        "heading": ParagraphStyle("heading", parent=base, fontName=FONT_BOLD, fontSize=11.5, leading=15,
                                  spaceBefore=8, spaceAfter=4),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "muted": ParagraphStyle("muted", parent=base, fontSize=8, leading=10, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10, alignment=TA_LEFT),
        "cell_right": ParagraphStyle("cell_right", parent=base, fontSize=8, leading=10, alignment=TA_RIGHT),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=FONT_BOLD, fontSize=8, leading=10),
    })
    return _STYLES


def paragraph(text: str, style: str = "body") -> Paragraph:
    """A paragraph in a named house style; ``text`` is reportlab mini-markup (escape user text)."""
    return Paragraph(text, styles()[style])


def table_style(header_rows: int = 1, zebra: bool = True, right_cols: Sequence[int] = (),
                font_size: float = 8) -> TableStyle:
    """Thin grey grid, shaded bold header, optional zebra rows, numbers right-aligned."""
    register_fonts()
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT_REGULAR, font_size),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if header_rows:
        commands += [
            ("FONT", (0, 0), (-1, header_rows - 1), FONT_BOLD, font_size),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.6, MUTED),
        ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA_FILL]))
    for col in right_cols:
        commands.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
    return TableStyle(commands)


def table(rows: Sequence[Sequence[Any]], col_widths: Sequence[float] | None = None, header_rows: int = 1,
          right_cols: Sequence[int] = (), zebra: bool = True) -> Table:
    """A house-style table; the header repeats on each page."""
    t = Table([list(r) for r in rows], colWidths=list(col_widths) if col_widths else None,
              repeatRows=header_rows)
    t.setStyle(table_style(header_rows, zebra, right_cols))
    return t


class _NumberedCanvas(Canvas):
    """Defers page drawing until the end so the footer can say 'page x / y'."""

    doc_title = ""
    printed_at = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        width, height = self._pagesize
        self.saveState()
        self.setFillColor(MUTED)
        self.setStrokeColor(GRID)
        self.setLineWidth(0.4)
        self.setFont(FONT_REGULAR, 8)
        self.drawString(MARGIN, height - MARGIN + 4 * mm, self.doc_title)
        self.line(MARGIN, height - MARGIN + 2.5 * mm, width - MARGIN, height - MARGIN + 2.5 * mm)
        self.line(MARGIN, MARGIN - 3 * mm, width - MARGIN, MARGIN - 3 * mm)
        self.drawString(MARGIN, MARGIN - 7 * mm, f"Imprimé le {self.printed_at}")
        self.drawRightString(width - MARGIN, MARGIN - 7 * mm, f"page {self._pageNumber} / {total}")
        self.restoreState()


def build_doc(path: str | Path | BytesIO, flowables: Sequence[Flowable], title: str,
              landscape: bool = False, printed_at: datetime | None = None,
              author: str = "sosdesk") -> None:
    """Lay out ``flowables`` on A4 pages (portrait or landscape) with header and footer; write ``path``."""
    register_fonts()
    stamp = day_time_text((printed_at or datetime.now(PARIS)).astimezone(PARIS))
    target: Any = str(path) if isinstance(path, Path) else path
    doc = SimpleDocTemplate(target, pagesize=page_size(landscape), leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN + 4 * mm, bottomMargin=MARGIN + 2 * mm, title=title,
                            author=author, creator="sosdesk", lang="fr-FR")

    canvas_class = type("_DocCanvas", (_NumberedCanvas,), {"doc_title": title, "printed_at": stamp})
    doc.build(list(flowables), canvasmaker=canvas_class)
