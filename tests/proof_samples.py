"""Real proof files made in the test: PDFs drawn with reportlab, images written by Pillow (multi-page
TIFF included), so the attach check parses what an office scanner would produce."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


def pdf_bytes(pages: int = 1, text: str = "Feuille d'émargement signée") -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=True)  # invariant: same bytes, same SHA-256
    for n in range(pages):
        c.setFont("Helvetica", 14)
        c.drawString(72, 760, f"{text} — page {n + 1}/{pages}")
        c.rect(72, 400, 450, 300)
        c.showPage()
    c.save()
    return buf.getvalue()


def _image(text: str, size: tuple[int, int] = (620, 877), color: str = "white") -> Image.Image:
    img = Image.new("RGB", size, color)
    draw = ImageDraw.Draw(img)
    draw.rectangle((30, 30, size[0] - 30, size[1] - 30), outline="black", width=3)
    draw.text((50, 50), text, fill="black")
    return img


def image_bytes(fmt: str, text: str = "recu", frames: int = 1) -> bytes:
    """A PNG, JPEG or (multi-page) TIFF of a receipt-like page."""
    buf = io.BytesIO()
    images = [_image(f"{text} {n + 1}") for n in range(frames)]
    if fmt.upper() == "TIFF":
        images[0].save(buf, "TIFF", save_all=True, append_images=images[1:], compression="tiff_deflate")
    else:
        images[0].save(buf, fmt.upper())
    return buf.getvalue()
