"""Each role's home counts, checked against the hand-counted world of ``home_world``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sosdesk.domain.invoice_diff import lines_diff
from sosdesk.domain.permissions import Actor
from sosdesk.store import Store
from sosdesk.store import models as m
from sosdesk.usecases import home as uc
from sosdesk.usecases.targets import Target
from tests.home.home_world import NOW, build_home_world

ADMIN = Actor("admin-IDF", "regional_admin", "IDF")
VALIDATOR = Actor("valid-IDF", "regional_validator", "IDF")
NAT = Actor("nat", "national_coordinator", None)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[Store]:
    store = build_home_world(tmp_path / "office.db")
    yield store
    store.close()


def counts(page: uc.Home) -> dict[str, int]:
    return {s.key: s.count for s in page.sections}


def test_administrator_counts_and_targets(world: Store) -> None:
    page = uc.home(world, NOW, ADMIN)
    assert page.role == "regional_admin" and page.region_name == "Île-de-France"
    assert counts(page) == {"attendance": 2, "proofs": 2, "obligations": 1, "reminders": 1, "conflicts": 1}
    assert [i.target.id for i in page.section("attendance").items] == ["M2", "M4"]
    assert {(i.target.kind, i.target.id) for i in page.section("proofs").items} == {("meeting", "M3"),
                                                                                    ("expense", "E2")}
    obligation = page.section("obligations").items[0]
    assert obligation.label == "Jérôme2 Çelik" and obligation.target == Target("planning", "beneficiary", "B2")
    assert "1 h prévues sur 2 h" in obligation.detail
    reminder = page.section("reminders").items[0]
    assert reminder.label == "SMS à Jérôme2 Çelik" and "numéro invalide" in reminder.detail
    assert page.section("conflicts").items[0].label == "Bénéficiaire : Jérôme1 Çelik"
    assert not page.nothing_to_do


def test_recording_attendance_clears_the_item(world: Store) -> None:
    with world.transaction("Présences") as (s, _):
        row = s.get(m.Meeting, "M4")
        assert row is not None
        row.attendance = {"B3": "present", "B4": "absent_excused"}
    assert counts(uc.home(world, NOW, ADMIN))["attendance"] == 1


def test_validator_sees_the_invoice_its_proofs_and_what_changed_since_the_rejection(world: Store) -> None:
    page = uc.home(world, NOW, VALIDATOR)
    assert counts(page) == {"to_approve": 1}
    item = page.section("to_approve").items[0]
    assert item.label == "Facture régionale — Île-de-France, octobre 2026"
    assert "justificatifs complets" in item.detail
    assert item.target.page == "invoices" and item.target.month == "2026-10" and item.target.scope == "IDF"
    assert item.notes[0] == "rejetée : « il manque l'atelier du 12 »"
    assert any(n.startswith("depuis : ligne ajoutée : ") for n in item.notes)
    assert any(n.startswith("depuis : total HT +") for n in item.notes)


def test_validator_of_another_region_has_nothing(world: Store) -> None:
    page = uc.home(world, NOW, Actor("valid-ARA", "regional_validator", "ARA"))
    assert counts(page) == {"to_approve": 0} and page.nothing_to_do


def test_national_board_regions_late_and_queue(world: Store) -> None:
    page = uc.home(world, NOW, NAT)
    assert page.board is not None
    assert page.board.months == ["2026-07", "2026-08", "2026-09", "2026-10"]
    cell = page.board.cells[("IDF", "2026-10")]
    assert cell.status == "submitted" and cell.label == "soumise"
    assert page.board.month_total("2026-10") == cell.total_cents > 0
    late = page.section("late").items
    assert [i.label for i in late] == ["Auvergne-Rhône-Alpes", "Île-de-France"]
    assert late[0].detail == "octobre 2026 : aucune facture"
    assert counts(page)["queue"] == 0


def test_the_file_user_is_the_default(world: Store) -> None:
    world.set_user("valid-IDF")
    assert uc.home(world, NOW).role == "regional_validator"


def test_lines_diff() -> None:
    before = [{"kind": "meeting", "label": "Entretien", "quantity": "2", "amount_cents": 13000},
              {"kind": "expense", "label": "Taxi", "quantity": "1", "amount_cents": 2000}]
    after = [{"kind": "meeting", "label": "Entretien", "quantity": "3", "amount_cents": 19500},
             {"kind": "meeting", "label": "Atelier", "quantity": "1", "amount_cents": 9000}]
    assert lines_diff(before, after) == [
        "ligne ajoutée : Atelier (90,00\u00a0€)", "ligne retirée : Taxi (20,00\u00a0€)",
        "Entretien : 130,00\u00a0€ → 195,00\u00a0€ (quantité 2 → 3)", "total HT +135,00\u00a0€"]
    assert lines_diff(before, before) == []
