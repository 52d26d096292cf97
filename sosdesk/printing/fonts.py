"""Embedded TrueType fonts for every PDF: DejaVu Sans ships inside the package (French accents,
no dependency on the fonts installed on the machine). Licence: fonts/LICENSE-DejaVu.txt."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).with_name("fonts")

FONT_REGULAR = "SosSans"
FONT_BOLD = "SosSans-Bold"
FONT_ITALIC = "SosSans-Oblique"

_FILES = {
    FONT_REGULAR: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
}


def register_fonts() -> None:
    """Register the house fonts with reportlab once (idempotent); they are embedded when used."""
    if FONT_REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / filename)))
    # <b>/<i> in paragraphs map to the bold and oblique faces.
    addMapping(FONT_REGULAR, 0, 0, FONT_REGULAR)
    addMapping(FONT_REGULAR, 1, 0, FONT_BOLD)
    addMapping(FONT_REGULAR, 0, 1, FONT_ITALIC)
    addMapping(FONT_REGULAR, 1, 1, FONT_BOLD)
