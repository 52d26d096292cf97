"""Type check on attach (issue 14): PDF/JPEG/PNG/TIFF recognised by content and parsed for real,
multi-page scans accepted, a size cap, and a French refusal naming the file; nothing stored on refusal."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from sqlalchemy import func, select

from sosdesk.cli import main
from sosdesk.domain.errors import InputError
from sosdesk.domain.proof_files import MAX_PROOF_BYTES, ProofRefused, check_proof
from sosdesk.invoicing.day_sheets import attach_day_sheet
from sosdesk.store import Store
from sosdesk.store import models as m
from sosdesk.store.ops_expenses import attach_receipt
from sosdesk.store.ops_meetings import attach_proof
from tests.invoicing.invoicing_world import add_expense, add_meeting
from tests.proof_samples import image_bytes, pdf_bytes

EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + bytes(range(256)) * 8


@pytest.mark.parametrize(("content", "kind", "media", "pages"), [
    (pdf_bytes(1), "pdf", "application/pdf", 1),
    (pdf_bytes(4), "pdf", "application/pdf", 4),
    (image_bytes("PNG"), "png", "image/png", 1),
    (image_bytes("JPEG"), "jpeg", "image/jpeg", 1),
    (image_bytes("TIFF"), "tiff", "image/tiff", 1),
    (image_bytes("TIFF", frames=3), "tiff", "image/tiff", 3),
])
def test_real_scans_are_recognised_by_content(content: bytes, kind: str, media: str, pages: int) -> None:
    # The name says nothing: the content decides (a PNG named .pdf is a PNG).
    found = check_proof("scan.pdf", content)
    assert (found.kind, found.media_type, found.pages, found.size) == (kind, media, pages, len(content))


def _encrypted_pdf() -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes())))
    writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(("name", "content", "why"), [
    ("facture.pdf", EXE, "ni un PDF ni une image JPEG, PNG ou TIFF (contenu : programme Windows (.exe))"),
    ("photo.jpg", b"bonjour, ceci est un texte", "(contenu : texte)"),
    ("scan.pdf", b"%PDF-1.4 pas vraiment un pdf", "abîmé ou incomplet (PDF impossible à afficher)"),
    ("scan.pdf", pdf_bytes()[:400], "abîmé ou incomplet"),
    ("photo.png", image_bytes("PNG")[:300], "abîmé ou incomplet (image PNG impossible à afficher)"),
    ("photo.jpg", image_bytes("JPEG")[:500], "abîmé ou incomplet (image JPEG"),
    ("pages.tif", image_bytes("TIFF", frames=2)[:4000], "abîmé ou incomplet (image TIFF"),
    ("secret.pdf", _encrypted_pdf(), "protégé par un mot de passe"),
    ("vide.pdf", b"", "le fichier est vide"),
    ("archive.zip", b"PK\x03\x04" + bytes(200), "archive ZIP"),
])
def test_anything_else_is_refused_naming_the_file_and_why(name: str, content: bytes, why: str) -> None:
    with pytest.raises(ProofRefused) as refused:
        check_proof(name, content)
    message = str(refused.value)
    assert message.startswith(f"« {name} » refusé : ") and why in message, message
    assert isinstance(refused.value, InputError)  # shown like every user error, never a traceback


def test_size_cap_is_20_mo_and_says_so() -> None:
    assert MAX_PROOF_BYTES == 20 * 1024 * 1024
    big = pdf_bytes() + b"%" + b"0" * MAX_PROOF_BYTES
    with pytest.raises(ProofRefused, match=r"« gros.pdf » refusé : 20,0 Mo, plus que les 20,0 Mo permis"):
        check_proof("gros.pdf", big)
    assert check_proof("petit.pdf", pdf_bytes(), max_bytes=10_000).pages == 1
    with pytest.raises(ProofRefused, match="plus que les 2 ko permis"):
        check_proof("petit.pdf", pdf_bytes(3), max_bytes=2048)


def _attachments(store: Store) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(m.Attachment)) or 0)


def test_every_attach_path_refuses_before_storing_anything(world: Store) -> None:
    add_meeting(world, "M1", "2026-10-05T08:00:00+00:00", proof=False)
    add_expense(world, "E1", "2026-10-06", "room_rental", 12000, receipt=False)
    before = _attachments(world)
    for attach in (lambda: attach_proof(world, ["M1"], "virus.pdf", EXE),
                   lambda: attach_receipt(world, "E1", "virus.pdf", EXE),
                   lambda: attach_day_sheet(world, "S1", date(2026, 10, 5), "virus.pdf", EXE)):
        with pytest.raises(ProofRefused, match=r"« virus\.pdf » refusé"):
            attach()
    assert _attachments(world) == before
    with world.session() as s:
        assert s.get(m.Meeting, "M1").proof is None and s.get(m.Expense, "E1").receipt is None
    # A real multi-page TIFF named .pdf is kept with the media type of what it is.
    sha, _ = attach_receipt(world, "E1", "recu.pdf", image_bytes("TIFF", frames=2), "application/pdf")
    with world.session() as s:
        assert s.get(m.Attachment, sha).media_type == "image/tiff"


def test_cli_expense_attach_refuses_a_renamed_exe(world: Store, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    add_expense(world, "E1", "2026-10-06", "room_rental", 12000, receipt=False)
    fake = tmp_path / "recu.pdf"
    fake.write_bytes(EXE)
    db = str(world.path)
    world.close()
    assert main(["expense", "attach", "--db", db, "E1", str(fake)]) == 2
    assert "« recu.pdf » refusé : ce n'est ni un PDF ni une image" in capsys.readouterr().err
    good = tmp_path / "recu.png"
    good.write_bytes(image_bytes("PNG"))
    assert main(["expense", "attach", "--db", db, "E1", str(good)]) == 0
