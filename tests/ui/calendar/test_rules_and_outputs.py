"""Broken rules already in the week (red blocks, toolbar count that cycles), closed days, the
remembered view, and the documents of the calendar (schedule PDF, attendance sheet, iCal, scanned
day sheet) — against a real SQLite file, with real PDF/iCalendar output."""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from sosdesk.store import Store
from sosdesk.ui.bus import ChangeBus
from sosdesk.ui.calendar.dialogs import SiteDayDialog
from sosdesk.ui.calendar.layout import BENEFICIARY, CLOSED, PROFESSIONAL, PROFESSIONALS, SITE, UNAVAILABLE
from sosdesk.ui.calendar.page import PlanningPage
from tests.proof_samples import pdf_bytes
from tests.store.calendar_office import WEEK, add_meeting

NOW = datetime(2026, 11, 25, 11, 0, tzinfo=UTC)  # Wednesday of 2026-W48


def drag(page: PlanningPage, mid: str, day: int, pro: str, minute: int) -> None:
    """Drag the meeting's block so that it starts at (day, pro, minute)."""
    scene = page.scene()
    item = scene.item_for(mid)
    target = scene.layout.column_of(day, pro)
    assert item is not None and target is not None and page.view.controller is not None
    scene.select_ids([mid])
    c = page.view.controller
    c.begin_move([item], scene.layout.columns[int(item.data(0))], item.cal.meeting.start)
    c.drag_to(target, minute)
    page.view.finish(c.drop())


@pytest.fixture
def clash(store: Store) -> Store:
    """M5: Anne (P1) booked twice on Tuesday 10:00, as if it came from a sync (H2)."""
    add_meeting(store, "M5", pros=("P1",), bens=("B5",))
    return store


def new_page(qtbot: QtBot, store: Store, settings: QSettings | None = None) -> PlanningPage:
    bus = ChangeBus()
    page = PlanningPage(store, bus, week=WEEK, now=lambda: NOW, settings=settings)
    page._bus_keepalive = bus  # type: ignore[attr-defined]
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.data.checked)  # the whole-week check runs right after the first paint
    return page


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def test_rules_broken_in_loaded_week_are_marked(qtbot: QtBot, clash: Store) -> None:
    page = new_page(qtbot, clash)
    page.set_view(PROFESSIONALS, ("P1", "P2"))
    assert page.rules_button.count == 1 and page.rules_button.text() == "1 règle non respectée"
    for mid in ("M1", "M5"):
        item = page.scene().item_for(mid)
        assert item is not None and item.violations()
        assert "Règles non respectées" in item.toolTip() and "Anne Martin" in item.toolTip()
    assert not page.scene().item_for("M2").violations()  # type: ignore[union-attr]
    page.rules_button.click()
    assert page.selected_ids() == ["M1", "M5"]
    assert page.banner.text().startswith("Règle 1/1 : ")
    drag(page, "M5", 2, "P2", 16 * 60)  # moving one of them away clears both marks
    assert page.rules_button.count == 0 and page.rules_button.text() == "Règles respectées"
    assert not page.scene().item_for("M1").violations()  # type: ignore[union-attr]
    assert "Règles non respectées" not in page.scene().item_for("M1").toolTip()  # type: ignore[union-attr]
    page.undo_stack.undo()
    assert page.rules_button.count == 1


def test_cycling_switches_to_a_view_showing_the_rule(qtbot: QtBot, clash: Store) -> None:
    add_meeting(clash, "M6", day=3, start=9 * 60, pros=("P2",), bens=("B4",))  # B4 twice Wed 9:00 (H1)
    page = new_page(qtbot, clash)
    page.show_site("S2")  # shows none of them
    assert page.rules_button.count == 2
    page.rules_button.next()
    first = set(page.selected_ids())
    assert first and page.mode == PROFESSIONALS and set(page.scene().items_by_id) >= first
    page.rules_button.next()
    second = set(page.selected_ids())
    assert second and second != first
    page.rules_button.next()  # wraps around
    assert set(page.selected_ids()) == first


def test_closed_and_unavailable_days(qtbot: QtBot, store: Store) -> None:
    page = new_page(qtbot, store)
    page.sunday.setChecked(True)
    page.show_site("S1")  # open Monday–Saturday
    scene = page.scene()
    sunday = scene.layout.column_of(7, "S1")
    assert sunday is not None and scene.closure[sunday.index] == CLOSED
    assert ("dim. 29/11" in [t for _r, t, _ in scene.header_labels()]
            and "fermé" in [t for _r, t, _ in scene.header_labels()])
    page.set_view(PROFESSIONALS, ("P1", "P2"))  # working Monday–Friday
    scene = page.scene()
    saturday = scene.layout.column_of(6, "P1")
    monday = scene.layout.column_of(1, "P1")
    assert saturday is not None and monday is not None
    assert scene.closure[saturday.index] == UNAVAILABLE and saturday.width < monday.width
    assert scene.layout.width <= page.view.maximumViewportSize().width() + 0.5  # no horizontal scrolling
    page.show_beneficiary("B3")  # day parole: Tuesday afternoon only
    scene = page.scene()
    assert {scene.closure.get(c.index) for c in scene.layout.columns if c.day != 2} == {UNAVAILABLE}


def test_view_is_remembered_between_sessions(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "view.ini"), QSettings.Format.IniFormat)
    page = new_page(qtbot, store, settings)
    page.show_site("S2")
    page.sunday.setChecked(True)
    again = new_page(qtbot, store, settings)
    assert (again.mode, again.resources, again.show_sunday) == (SITE, ("S2",), True)
    assert again.resource_combo.currentData() == "S2" and again.sunday.isChecked()
    again.set_view(PROFESSIONALS, ("P3", "P1"))
    assert new_page(qtbot, store, settings).resources == ("P3", "P1")
    settings.setValue("planning/mode", BENEFICIARY)
    settings.setValue("planning/resources", "GONE")  # deleted since: the default person instead
    third = new_page(qtbot, store, settings)
    assert third.mode == BENEFICIARY and third.resources == ("B1",)


def _finish(qtbot: QtBot, page: PlanningPage, opened: list[Path]) -> Path:
    assert page.outputs.runner.wait()
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    return opened[-1]


def test_print_schedule_of_shown_professionals(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    page = new_page(qtbot, store)
    page.set_view(PROFESSIONALS, ("P1", "P2"))
    opened: list[Path] = []
    asked: list[str] = []
    page.open_file = opened.append
    page.ask_save = lambda _t, name, _f: asked.append(name) or str(tmp_path / "semaine")  # type: ignore[func-returns-value]
    assert page.outputs.print_action.text() == "Imprimer / PDF…"
    page.outputs.print_action.trigger()
    out = _finish(qtbot, page, opened)
    assert asked == [f"planning_{WEEK}_professionnels.pdf"] and out == tmp_path / "semaine.pdf"
    text = pdf_text(out)
    assert "Anne Martin" in text and "Bruno Martin" in text and "NOM1 Prénom1" in text and "NOM2" in text
    assert "Planning PDF" in page.banner.text()


def test_attendance_sheet_for_site_and_day(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    page = new_page(qtbot, store)
    opened: list[Path] = []
    page.open_file = opened.append
    page.ask_save = lambda _t, _n, _f: str(tmp_path / "emargement.pdf")

    def choose(dialog: QDialog) -> bool:
        assert isinstance(dialog, SiteDayDialog)
        dialog.day.setCurrentIndex(dialog.day.findData(2))
        return True

    page.run_dialog = choose
    page.outputs.sheet_action.trigger()
    text = pdf_text(_finish(qtbot, page, opened))
    assert "NOM1" in text and "NOM2" in text and "NOM3" in text and "NOM4" not in text  # M4 is Wednesday


def test_ical_export_of_shown_professional(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    page = new_page(qtbot, store)
    page.set_view(PROFESSIONAL, ("P1",))
    opened: list[Path] = []
    page.open_file = opened.append
    page.ask_save = lambda _t, name, _f: str(tmp_path / name)
    page.outputs.ics_action.trigger()
    out = _finish(qtbot, page, opened)
    assert out.name == "Anne_Martin.ics"
    assert out.read_text(encoding="utf-8").count("BEGIN:VEVENT") == 3  # M1, M3, M4


def test_failed_export_is_reported(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    page = new_page(qtbot, store)
    page.set_view(PROFESSIONAL, ("P1",))
    page.open_file = lambda _p: pytest.fail("nothing to open")
    page.ask_save = lambda _t, _n, _f: str(tmp_path / "absent" / "dossier" / "x.ics")
    page.outputs.ics_action.trigger()
    assert page.outputs.runner.wait()
    qtbot.waitUntil(lambda: "impossible" in page.banner.text(), timeout=10000)


def test_attach_scanned_day_sheet_from_day_view(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    from sosdesk.invoicing.day_sheets import day_sheets

    scan = tmp_path / "feuille_mardi.pdf"
    scan.write_bytes(pdf_bytes(text="scan signé"))  # a real PDF: proofs are checked by content
    page = new_page(qtbot, store)
    page.ask_open = lambda _t, _f: str(scan)
    seen: list[list[str]] = []

    def run(dialog: QDialog) -> bool:
        if isinstance(dialog, SiteDayDialog):
            assert dialog.choice() == ("S1", 2)
            return True
        dialog.attach_sheet.emit()  # type: ignore[attr-defined]
        seen.append(dialog.sheets_label.text())  # type: ignore[attr-defined]
        return False

    page.run_dialog = run
    page.actions_.day_view(2)
    with store.session() as s:
        sheets = day_sheets(s, date(2026, 11, 24))
        assert [(x.site_id, x.date) for x in sheets] == [("S1", date(2026, 11, 24))]
    assert seen and "Antenne Lyon 3 — feuille_mardi.pdf" in seen[0]
    assert "jointe" in page.banner.text()
