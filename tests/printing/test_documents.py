"""Printed documents: text extracted with pypdf (accents, names, privacy), pages, headers, images."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageChops
from pypdf import PdfReader

from sosdesk.domain.errors import InputError
from sosdesk.printing.attendance import render_attendance
from sosdesk.printing.listings import render_beneficiary_listing, render_meeting_listing
from sosdesk.printing.schedule import render_schedule
from sosdesk.store import Store
from tests.printing.print_world import PRINTED, WEEK, pdf_pages, pdf_text, to_png


def embedded_fonts(path: Path) -> set[str]:
    names = set()
    for page in PdfReader(str(path)).pages:
        resources: Any = page["/Resources"]
        for font in resources["/Font"].values():
            font = font.get_object()
            for desc in font.get("/DescendantFonts", [font]):
                fd = desc.get_object().get("/FontDescriptor")
                if fd is not None and "/FontFile2" in fd.get_object():
                    names.add(str(font["/BaseFont"]))
    return names


def test_professional_schedule_lists_the_week_with_accents_and_footer(week_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "pro.pdf"
    render_schedule(week_store, WEEK, "professional", "P1", out, printed_at=PRINTED)
    text = pdf_text(out)
    for part in ("Planning de la semaine 2026-W48", "Hélène Moreau", "du lundi 23 novembre au dimanche 29 novembre 2026",
                 "LEFÈVRE-1 Anaïs", "Atelier collectif « citoyenneté »", "Maison d'arrêt de Villefranche",
                 "14:30–15:30", "Imprimé le 20/11/2026 17:45", "page 1 / 1"):
        assert part in text, part
    assert "Éric Lâm" in text          # the collective session's second professional
    assert "LEFÈVRE-3 Zoé" in text     # a professional's copy names every participant
    assert "16:00" not in text         # P2's cancelled meeting is not P1's
    assert embedded_fonts(out), "fonts must be embedded"


def test_beneficiary_copy_never_names_another_beneficiary(week_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "b1.pdf"
    render_schedule(week_store, WEEK, "beneficiary", "B1", out, printed_at=PRINTED)
    text = pdf_text(out)
    assert "LEFÈVRE-1 Anaïs" in text and "et 3 autres participants" in text
    with week_store.session() as s:
        from sosdesk.store import models as m
        others = [b for b in s.query(m.Beneficiary) if b.id != "B1"]
    for b in others:
        assert b.last_name not in text and b.last_name.upper() not in text, b.last_name
    assert "Obligations de la semaine" in text
    assert "Entretien individuel 1 h 2 h manque 1 h" in text


def test_site_schedule_shows_a_cancelled_meeting_as_such_and_weekend_when_used(
        week_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "site.pdf"
    render_schedule(week_store, WEEK, "site", "S1", out, printed_at=PRINTED)
    text = pdf_text(out)
    assert "ANNULÉ" in text and "Samedi 28 novembre" in text and "Dimanche" not in text.split("—")[-1]


def test_unknown_subject_is_a_clear_error(week_store: Store, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="bénéficiaire inconnu"):
        render_schedule(week_store, WEEK, "beneficiary", "B999", tmp_path / "x.pdf")
    with pytest.raises(ValueError, match="semaine invalide"):
        render_schedule(week_store, "2026-48", "site", "S1", tmp_path / "x.pdf")


def test_attendance_sheets_one_page_per_meeting_with_signature_rows(week_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "att.pdf"
    pages = render_attendance(week_store, WEEK, out, site="S1", printed_at=PRINTED)
    assert pages == pdf_pages(out) == 4     # M1, M5, M3, M6 — not the cancelled M4
    reader = PdfReader(str(out))
    collective = " ".join(next(p.extract_text() for p in reader.pages if "M3" in p.extract_text()).split())
    for name in ("LEFÈVRE-1 Anaïs", "LEFÈVRE-3 Zoé", "LEFÈVRE-4 Noël", "LEFÈVRE-5 Hélène", "Hélène Moreau",
                 "Éric Lâm", "Signature", "Feuille d'émargement", "mercredi 25 novembre 2026, 10:00–12:00"):
        assert name in collective, name
    assert "M4" not in pdf_text(out)


def test_attendance_for_one_day_or_one_session(week_store: Store, tmp_path: Path) -> None:
    assert render_attendance(week_store, WEEK, tmp_path / "d.pdf", site="S1", day=date(2026, 11, 24)) == 1
    assert "Entretien individuel — mardi 24 novembre 2026" in pdf_text(tmp_path / "d.pdf")
    assert render_attendance(week_store, WEEK, tmp_path / "s.pdf", meeting="M3") == 1
    with pytest.raises(InputError, match="pas dans la semaine"):
        render_attendance(week_store, WEEK, tmp_path / "e.pdf", site="S1", day=date(2026, 12, 24))
    with pytest.raises(InputError, match="lieu inconnu"):
        render_attendance(week_store, WEEK, tmp_path / "e.pdf", site="S9")


def test_long_listing_continues_across_pages_with_repeated_header(week_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "bens.pdf"
    assert render_beneficiary_listing(week_store, WEEK, out, printed_at=PRINTED) == 60
    reader = PdfReader(str(out))
    assert len(reader.pages) >= 3
    for i, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert "Bénéficiaire" in text and "Mesure" in text, f"header missing on page {i}"
        assert f"page {i} / {len(reader.pages)}" in text
    text = pdf_text(out)
    assert "Sursis probatoire avec obligation de soins" in text and "05/01/2026 → 04/07/2027" in text
    assert "Entretien individuel : 1 h / 2 h" in text and "ÇELIK-51 Anaïs" in text


def test_month_listing_gives_outcomes(week_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "month.pdf"
    assert render_meeting_listing(week_store, "2026-11", out, printed_at=PRINTED) == 6
    text = pdf_text(out)
    assert "Rendez-vous de novembre 2026" in text
    assert "6 rendez-vous : 1 réalisé, 4 prévus, 1 annulé" in text
    assert "LEFÈVRE-2 Jérôme : présent(e)" in text
    assert render_meeting_listing(week_store, "2026-10", tmp_path / "oct.pdf") == 0


def test_pages_render_to_images_with_content(week_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "pro.pdf"
    render_schedule(week_store, WEEK, "professional", "P1", out)
    [png] = to_png(out, tmp_path / "pro")
    with Image.open(png) as img:
        width, height = img.size
        assert width > height                 # landscape
        blank = Image.new(img.mode, img.size, "white")
        box = ImageChops.difference(img, blank).getbbox()
        assert box is not None
        # Nothing printed in the outer 5 mm that office printers cut (60 dpi: 5 mm ≈ 12 px).
        assert box[0] >= 12 and box[1] >= 12 and box[2] <= width - 12 and box[3] <= height - 12


def test_busy_site_week_continues_on_several_pages_with_day_header(week_store: Store, tmp_path: Path) -> None:
    from sosdesk.store import models as m
    from tests.printing.print_world import at

    def add(s: Any) -> None:
        for i in range(14):
            s.add(m.Meeting(id=f"X{i}", region_id="R1", type_id="COL", start=at(2, 11, (i % 4) * 15), minutes=60,
                            site_id="S1", professionals=["P1", "P2"],
                            beneficiaries=[f"B{j}" for j in range(10, 18)]))
    week_store.edit(add, "séances")
    out = tmp_path / "busy.pdf"
    render_schedule(week_store, WEEK, "site", "S1", out)
    reader = PdfReader(str(out))
    assert len(reader.pages) >= 2
    for page in reader.pages:
        assert "Mardi 24 novembre" in page.extract_text()
    assert pdf_text(out).count("11:00–12:00") >= 4
