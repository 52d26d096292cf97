"""The proof bundle (issue 14): ``export --format proofs`` writes one PDF — cover, index by day /
meeting / expense, then every scan page in index order — whose SHA-256s are those of the invoice PDF
annex, the Factur-X annex and the sosdesk-data/1 export; missing proofs are listed, not skipped."""

from __future__ import annotations

import hashlib
import io
import json
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from sosdesk.cli import main
from sosdesk.invoicing.day_sheets import attach_day_sheet
from sosdesk.invoicing.drafts import actor_for, regional_draft
from sosdesk.invoicing.exports import export_invoice
from sosdesk.invoicing.proofs import proofs_of
from sosdesk.store import Store
from sosdesk.store.ops_expenses import attach_receipt
from sosdesk.store.ops_meetings import attach_proof
from tests.invoicing.invoicing_world import NOW, PROOF_SHA, add_expense, add_meeting
from tests.proof_samples import image_bytes, pdf_bytes

SHA = re.compile(r"\b[0-9a-f]{64}\b")


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


@pytest.fixture
def month(world: Store) -> tuple[str, dict[str, bytes]]:
    """Five billed meetings and two expenses: own scans (3-page PDF, 2-page TIFF), a day sheet (PNG)
    proving two meetings, the world's 1-page PDF on one, a JPEG receipt, and one of each missing."""
    add_meeting(world, "M1", "2026-10-05T09:00:00+02:00", proof=False)
    add_meeting(world, "M2", "2026-10-05T11:00:00+02:00", proof=False)
    add_meeting(world, "M3", "2026-10-06T09:00:00+02:00", site="S2", proof=False)
    add_meeting(world, "M4", "2026-10-07T10:00:00+02:00")  # the world's PROOF (1 page)
    add_meeting(world, "M5", "2026-10-08T10:00:00+02:00", proof=False)  # missing
    add_meeting(world, "M6", "2026-10-08T14:00:00+02:00", status="cancelled", proof=False,
                cancelled_at="2026-10-08T09:00:00+02:00")  # late cancellation: billed, nothing to sign
    add_expense(world, "E1", "2026-10-03", "room_rental", 12000, receipt=False)
    add_expense(world, "E2", "2026-10-09", "materials", 3000, receipt=False)  # missing
    files = {"pdf3": pdf_bytes(3, "Émargement CMP"), "tiff2": image_bytes("TIFF", "feuille", frames=2),
             "png": image_bytes("PNG", "feuille du jour"), "jpeg": image_bytes("JPEG", "reçu salle")}
    attach_day_sheet(world, "S1", date(2026, 10, 5), "jour-05.png", files["png"])
    attach_proof(world, ["M3"], "m3.tif", files["tiff2"])
    attach_receipt(world, "E1", "recu-salle.jpg", files["jpeg"])
    inv, _ = regional_draft(world, actor_for(world), "IDF", "2026-10", now=NOW)
    return inv, files


def test_bundle_is_cover_index_then_every_scan_with_matching_hashes(
        world: Store, month: tuple[str, dict[str, bytes]], tmp_path: Path) -> None:
    inv, files = month
    (path,) = export_invoice(world, inv, "proofs", tmp_path / "justificatifs.pdf")
    reader = PdfReader(path)
    # Scans: jour-05.png (1) for M1+M2, m3.tif (2), emargement.pdf (1) for M4, recu-salle.jpg (1).
    scan_pages = 1 + 2 + 1 + 1
    text = _text(path)
    assert "Justificatifs de la facture" in reader.pages[0].extract_text()
    index_pages = [i for i, p in enumerate(reader.pages) if "Index des justificatifs" in (p.extract_text() or "")]
    assert index_pages == [1]
    assert len(reader.pages) == 1 + len(index_pages) + scan_pages
    # The scans follow in index order: the expense of the 3rd, then the meetings of the 5th...
    expected = [hashlib.sha256(files["jpeg"]).hexdigest(), hashlib.sha256(files["png"]).hexdigest(),
                hashlib.sha256(files["tiff2"]).hexdigest(), PROOF_SHA]
    stamped = [SHA.search(reader.pages[i].extract_text() or "") for i in range(2, len(reader.pages))]
    assert [x.group(0) if x else None for x in stamped] == [expected[0], expected[1], expected[2], expected[2],
                                                            expected[3]]
    index = reader.pages[1].extract_text() or ""
    assert [m.group(0) for m in SHA.finditer(index)] == [expected[0], expected[1], expected[1], expected[2],
                                                         expected[3]]
    assert index.count("justificatif manquant") == 2 and "Durand" in index and "feuille du jour" in index
    assert "annulation tardive : pas de feuille à signer" in index
    # The same hashes in the invoice PDF annex, in its Factur-X and in the sosdesk-data/1 export.
    (pdf,) = export_invoice(world, inv, "pdf", tmp_path / "facture.pdf")
    assert set(SHA.findall(_text(pdf))) == set(expected)
    (fx,) = export_invoice(world, inv, "facturx", tmp_path / "facturx.pdf")
    assert set(SHA.findall(_text(fx))) == set(expected)
    main(["dump", "--db", str(world.path), "--out", str(tmp_path / "data.json")])
    dumped = json.loads((tmp_path / "data.json").read_text(encoding="utf-8"))
    assert set(expected) <= {a["sha256"] for a in dumped["attachments"]}
    assert "5 page(s)" in text and "Justificatifs manquants" in text


def test_scans_keep_their_pages_and_images_become_pages(world: Store, month: tuple[str, dict[str, bytes]],
                                                        tmp_path: Path) -> None:
    inv, files = month
    attach_proof(world, ["M5"], "m5.pdf", files["pdf3"])
    regional_draft(world, actor_for(world), "IDF", "2026-10", now=NOW)
    (path,) = export_invoice(world, inv, "proofs", tmp_path / "j.pdf")
    reader = PdfReader(path)
    assert len(reader.pages) == 1 + 1 + 5 + 3
    pages = [p.extract_text() or "" for p in reader.pages]
    assert [i for i, t in enumerate(pages) if "Émargement CMP" in t] == [7, 8, 9]
    assert "page 10 / 10" in pages[-1] and "p. 3/3" in pages[-1]
    assert proofs_of(world, inv).missing()[0].item_id == "E2"


def test_cli_export_proofs(world: Store, month: tuple[str, dict[str, bytes]], tmp_path: Path,
                           capsys: pytest.CaptureFixture[str]) -> None:
    inv, _ = month
    out = tmp_path / "dossier.pdf"
    db = str(world.path)
    world.close()
    assert main(["invoice", "export", "--db", db, "--invoice", inv, "--format", "proofs", "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text().startswith("Justificatifs")


def test_a_stored_file_that_does_not_read_gets_a_page_saying_so(world: Store, tmp_path: Path) -> None:
    """A receipt stored before the attach check existed (or by an old region file) never stops the bundle."""
    from sosdesk.store import models as m

    garbage = b"not a scan at all"
    sha = hashlib.sha256(garbage).hexdigest()
    with world.transaction("legacy") as (s, _):
        s.add(m.Attachment(id=sha, filename="ancien.pdf", media_type="application/pdf", content=garbage))
    add_expense(world, "E1", "2026-10-03", "room_rental", 12000, receipt=False)
    with world.transaction("legacy receipt") as (s, _):
        s.get(m.Expense, "E1").receipt = sha
    inv, _ = regional_draft(world, actor_for(world), "IDF", "2026-10", now=NOW)
    (path,) = export_invoice(world, inv, "proofs", tmp_path / "j.pdf")
    reader = PdfReader(path)
    last = reader.pages[-1].extract_text() or ""
    assert len(reader.pages) == 3 and "Justificatif illisible" in last and sha in last
    assert "« ancien.pdf » refusé" in last
