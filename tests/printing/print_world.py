"""Printing tests: a week (2026-W48) with individual meetings, a collective session, a cancelled
meeting, accented names and enough beneficiaries for a listing of several pages."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from sosdesk.store import Store, open_store
from sosdesk.store import models as m

WEEK = "2026-W48"   # Monday 23 → Sunday 29 November 2026 (UTC+1)
PRINTED = datetime(2026, 11, 20, 16, 45, tzinfo=UTC)

FIRST = ["Anaïs", "Jérôme", "Zoé", "Noël", "Hélène", "François", "Maëlle", "Loïc", "Céline", "Raphaël"]
LAST = ["Lefèvre", "Dupré", "Bernard", "Gaëtan", "Ménard", "Çelik", "Pérez", "Rousseau", "Béranger", "Août"]


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """Local Paris time of week 48 (winter: UTC+1) → UTC."""
    return datetime(2026, 11, 22 + day, hour - 1, minute, tzinfo=UTC)


def build_week(path: Path) -> Store:
    store = open_store(path)

    def fill(s: Any) -> None:
        s.add(m.Region(id="R1", name="Rhône"))
        s.add(m.Site(id="S1", region_id="R1", name="Antenne de Lyon", address="12 rue Garibaldi, 69003 Lyon",
                     capacity=4))
        s.add(m.Site(id="S2", region_id="R1", name="Maison d'arrêt de Villefranche",
                     address="Chemin de la Sâone, 69400 Villefranche-sur-Saône", kind="detention"))
        s.add(m.MeetingType(id="IND", label="Entretien individuel", kind="individual", minutes=60, skill="psy"))
        s.add(m.MeetingType(id="COL", label="Atelier collectif « citoyenneté »", kind="collective",
                            minutes=120, skill="edu", max_participants=8))
        s.add(m.Professional(id="P1", region_id="R1", first_name="Hélène", last_name="Moreau"))
        s.add(m.Professional(id="P2", region_id="R1", first_name="Éric", last_name="Lâm"))
        for i in range(60):
            s.add(m.Beneficiary(
                id=f"B{i + 1}", region_id="R1", first_name=FIRST[i % 10], last_name=f"{LAST[i // 10 % 10]}-{i + 1}",
                measure="Sursis probatoire avec obligation de soins", measure_start=date(2026, 1, 5),
                measure_end=date(2027, 7, 4), referent_id="P1",
                requirements=[{"type": "IND", "minutes": 120}] if i < 5 else []))
        s.add(m.Meeting(id="M1", region_id="R1", type_id="IND", start=at(1, 9), minutes=60, site_id="S1",
                        professionals=["P1"], beneficiaries=["B1"]))
        s.add(m.Meeting(id="M2", region_id="R1", type_id="IND", start=at(2, 14, 30), minutes=60, site_id="S2",
                        professionals=["P1"], beneficiaries=["B2"]))
        s.add(m.Meeting(id="M3", region_id="R1", type_id="COL", start=at(3, 10), minutes=120, site_id="S1",
                        professionals=["P1", "P2"], beneficiaries=["B1", "B3", "B4", "B5"]))
        s.add(m.Meeting(id="M4", region_id="R1", type_id="IND", start=at(4, 16), minutes=60, site_id="S1",
                        professionals=["P2"], beneficiaries=["B3"], status="cancelled"))
        s.add(m.Meeting(id="M5", region_id="R1", type_id="IND", start=at(2, 9), minutes=60, site_id="S1",
                        professionals=["P1"], beneficiaries=["B2"], status="held",
                        attendance={"B2": "present"}))
        s.add(m.Meeting(id="M6", region_id="R1", type_id="IND", start=at(6, 10), minutes=60, site_id="S1",
                        professionals=["P2"], beneficiaries=["B4"]))

    store.edit(fill, "fixture")
    return store


@pytest.fixture
def week_store(db_path: Path) -> Iterator[Store]:
    store = build_week(db_path)
    yield store
    store.close()


def pdf_text(path: Path) -> str:
    """All pages' text, whitespace collapsed (table cells wrap lines anywhere)."""
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages).split())


def pdf_pages(path: Path) -> int:
    return len(PdfReader(str(path)).pages)


def to_png(pdf: Path, out_prefix: Path) -> list[Path]:
    """Render with poppler (as a person would look at it); returns the page images."""
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(out_prefix)], check=True, timeout=60)
    return sorted(out_prefix.parent.glob(out_prefix.name + "*.png"))
