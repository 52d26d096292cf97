"""What a proof file may be (issue 14): a scanned sheet or receipt is a PDF, JPEG, PNG or TIFF,
recognised by its content (magic bytes, then a real parse: pypdf opens every page, Pillow decodes
every frame), at most ``MAX_PROOF_BYTES``. One check for every way in: the calendar, the day
sheet, the expense receipt (window and ``sosdesk expense attach``) and the service's mobile page.

Pure: bytes in, a :class:`ProofFile` or a French refusal out; nothing is stored by the caller on a
refusal. pypdf and Pillow are imported on use (the service ships Pillow and pypdf, the desktop both).
"""

from __future__ import annotations

import io
import logging
import warnings
from dataclasses import dataclass
from typing import Any

from sosdesk.domain.errors import InputError

MAX_PROOF_BYTES = 20 * 1024 * 1024  # 20 Mo: a 30-page scan at 300 dpi, far above a phone photo
MEDIA_TYPES = {"pdf": "application/pdf", "jpeg": "image/jpeg", "png": "image/png", "tiff": "image/tiff"}
KIND_LABELS = {"pdf": "PDF", "jpeg": "image JPEG", "png": "image PNG", "tiff": "image TIFF"}
EXTENSIONS = {"pdf": ".pdf", "jpeg": ".jpg", "png": ".png", "tiff": ".tif"}
# What some refused files are, to say it plainly (« exécutable Windows ») rather than « inconnu ».
_OTHER_MAGIC = (
    (b"MZ", "programme Windows (.exe)"),
    (b"\x7fELF", "programme"),
    (b"PK\x03\x04", "archive ZIP ou document Office"),
    (b"GIF8", "image GIF"),
    (b"BM", "image BMP"),
    (b"RIFF", "image WebP ou fichier audio/vidéo"),
    (b"\xd0\xcf\x11\xe0", "document Office ancien (.doc, .xls)"),
    (b"{\\rtf", "document RTF"),
)


class ProofRefused(InputError):
    """A file refused as proof: the message names the file and why (French)."""


@dataclass(frozen=True, slots=True)
class ProofFile:
    """A proof file that passed the check: its kind by content, media type and page count."""

    kind: str  # pdf | jpeg | png | tiff
    media_type: str
    pages: int
    size: int

    @property
    def label(self) -> str:
        return KIND_LABELS[self.kind]


def size_text(size: int) -> str:
    """« 1,4 Mo », « 820 ko » (French units)."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} Mo".replace(".", ",")
    return f"{max(1, round(size / 1024))} ko"


def sniff(content: bytes) -> str | None:
    """The proof kind the first bytes announce (pdf, jpeg, png, tiff), None for anything else."""
    head = content[:1024]
    if b"%PDF-" in head:  # the PDF header may follow a few bytes of garbage (ISO 32000 §7.5.2)
        return "pdf"
    if content.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if content.startswith((b"II*\x00", b"MM\x00*")):
        return "tiff"
    return None


def _other(content: bytes) -> str:
    for magic, what in _OTHER_MAGIC:
        if content.startswith(magic):
            return what
    try:
        content[:2048].decode("utf-8")
    except UnicodeDecodeError:
        return "format inconnu"
    return "texte"


def _pdf_pages(content: bytes) -> int:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    quiet = logging.getLogger("pypdf")
    level = quiet.level
    quiet.setLevel(logging.ERROR)  # a broken file is refused in French; pypdf's own warnings are noise
    try:
        reader = PdfReader(io.BytesIO(content), strict=False)
        if reader.is_encrypted:
            raise ValueError("chiffré")
        count = len(reader.pages)
        for page in reader.pages:  # every page must have a real page box (not only a header)
            _ = page.mediabox.width
    except ValueError as exc:
        if str(exc) == "chiffré":
            raise
        raise ValueError("illisible") from None
    except (PyPdfError, OSError, KeyError, TypeError, AttributeError, IndexError, RecursionError):
        raise ValueError("illisible") from None
    finally:
        quiet.setLevel(level)
    if count < 1:
        raise ValueError("sans page")
    return count


def _image_frames(content: bytes, kind: str) -> int:
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():  # damaged EXIF of a phone photo warns; only a failed decode refuses
            warnings.simplefilter("ignore")
            frames = _decode_all(Image.open(io.BytesIO(content)), kind)
    except (UnidentifiedImageError, OSError, SyntaxError, EOFError, ValueError, Image.DecompressionBombError):
        raise ValueError("illisible") from None
    return frames


def _decode_all(opened: Any, kind: str) -> int:
    """Decode every frame (every page of a multi-page TIFF); the frame count."""
    with opened as img:
        if (img.format or "").lower() != kind:
            raise ValueError("illisible")
        frames = int(getattr(img, "n_frames", 1))
        for frame in range(frames):
            img.seek(frame)
            img.load()
    return frames


def check_proof(filename: str, content: bytes, max_bytes: int = MAX_PROOF_BYTES) -> ProofFile:
    """The file's kind and pages when it is a readable PDF, JPEG, PNG or TIFF within the size cap;
    :class:`ProofRefused` naming the file and the reason otherwise."""
    name = filename or "sans nom"
    if not content:
        raise ProofRefused(f"« {name} » refusé : le fichier est vide.")
    if len(content) > max_bytes:
        raise ProofRefused(f"« {name} » refusé : {size_text(len(content))}, plus que les "
                           f"{size_text(max_bytes)} permis pour un justificatif ; numérisez-le en "
                           "noir et blanc ou à 200 dpi.")
    kind = sniff(content)
    if kind is None:
        raise ProofRefused(f"« {name} » refusé : ce n'est ni un PDF ni une image JPEG, PNG ou TIFF "
                           f"(contenu : {_other(content)}), quelle que soit son extension.")
    try:
        pages = _pdf_pages(content) if kind == "pdf" else _image_frames(content, kind)
    except ValueError as exc:
        why = {"chiffré": "le PDF est protégé par un mot de passe",
               "sans page": "le PDF n'a aucune page"}.get(str(exc), f"le fichier est abîmé ou incomplet ({KIND_LABELS[kind]} "
                                                                    "impossible à afficher)")
        raise ProofRefused(f"« {name} » refusé : {why}.") from None
    return ProofFile(kind, MEDIA_TYPES[kind], pages, len(content))
