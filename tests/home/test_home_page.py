"""Each role's Accueil page on the hand-counted world: it opens first, shows the right counts, and
the keyboard (Tab, Entrée) or a click opens the work; a change on the bus refreshes it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sosdesk.store import Store
from sosdesk.store import models as m
from sosdesk.ui.home.page import HomePage
from sosdesk.ui.main_window import MainWindow
from tests.home.home_world import NOW, build_home_world

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "This plugin does not support")


@pytest.fixture
def world(tmp_path: Path) -> Iterator[Store]:
    store = build_home_world(tmp_path / "office.db")
    yield store
    store.close()


def open_window(qtbot: QtBot, store: Store, tmp_path: Path, user: str) -> MainWindow:
    store.set_user(user)
    window = MainWindow(store, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), now=lambda: NOW)
    qtbot.addWidget(window)
    window.resize(1600, 940)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def home_of(window: MainWindow) -> HomePage:
    page = window.page("home")
    assert isinstance(page, HomePage)
    return page


def counts(page: HomePage) -> dict[str, str]:
    return {key: card.count_label.text() for key, card in page.cards.items()}


def test_administrator_home_opens_first_with_its_counts(qtbot: QtBot, world: Store, tmp_path: Path) -> None:
    window = open_window(qtbot, world, tmp_path, "admin-IDF")
    assert window.current_key() == "home"
    page = home_of(window)
    assert counts(page) == {"attendance": "2", "proofs": "2", "obligations": "1", "reminders": "1",
                            "conflicts": "1"}
    assert page.title.text() == "Bonjour Admin IDF"
    assert not page.empty_label.isVisible()
    window.grab().save(str(tmp_path / "home_admin.png"))


def test_tab_then_enter_opens_the_meeting_in_the_planning(qtbot: QtBot, world: Store, tmp_path: Path) -> None:
    window = open_window(qtbot, world, tmp_path, "admin-IDF")
    card = home_of(window).cards["attendance"]
    card.open_button.setFocus()
    qtbot.keyClick(card.open_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is card.list
    qtbot.keyClick(card.list, Qt.Key.Key_Down)        # second item: M4
    qtbot.keyClick(card.list, Qt.Key.Key_Return)
    assert window.current_key() == "planning"
    assert window.page("planning").selected_ids() == ["M4"]  # type: ignore[attr-defined]


def test_enter_on_an_obligation_shows_the_beneficiary_and_click_opens_reminders(
        qtbot: QtBot, world: Store, tmp_path: Path) -> None:
    window = open_window(qtbot, world, tmp_path, "admin-IDF")
    page = home_of(window)
    obligations = page.cards["obligations"].list
    obligations.setFocus()
    qtbot.keyClick(obligations, Qt.Key.Key_Return)
    assert window.current_key() == "planning"
    window.show_page("home")
    qtbot.mouseClick(page.cards["reminders"].open_button, Qt.MouseButton.LeftButton)
    assert window.current_key() == "reminders"


def test_a_change_on_the_bus_refreshes_the_counts(qtbot: QtBot, world: Store, tmp_path: Path) -> None:
    window = open_window(qtbot, world, tmp_path, "admin-IDF")
    page = home_of(window)

    def record(s: object) -> None:
        row = s.get(m.Meeting, "M4")  # type: ignore[attr-defined]
        row.attendance = {"B3": "present", "B4": "present"}

    _, changes = world.edit(record, "Présences")
    window.bus.changed.emit(changes)
    qtbot.waitUntil(lambda: page.cards["attendance"].count_label.text() == "1")


def test_validator_home_and_enter_opens_the_invoice(qtbot: QtBot, world: Store, tmp_path: Path) -> None:
    window = open_window(qtbot, world, tmp_path, "valid-IDF")
    page = home_of(window)
    assert counts(page) == {"to_approve": "1"}
    invoices = page.cards["to_approve"].list
    assert "rejetée : « il manque l'atelier du 12 »" in invoices.item(0).toolTip()
    invoices.setFocus()
    qtbot.keyClick(invoices, Qt.Key.Key_Return)
    assert window.current_key() == "invoices"
    assert window.page("invoices").selected_cell() == ("IDF", "2026-10")  # type: ignore[attr-defined]


def test_validator_with_nothing_to_do_sees_the_empty_state(qtbot: QtBot, world: Store, tmp_path: Path) -> None:
    with world.transaction("valideur ARA") as (s, _):
        s.add(m.User(id="valid-ARA-2", name="Valérie", role="regional_validator", region_id="ARA"))
    window = open_window(qtbot, world, tmp_path, "valid-ARA-2")
    page = home_of(window)
    assert counts(page) == {"to_approve": "0"}
    assert page.empty_label.isVisible() and page.empty_label.text() == "✓ Rien à faire aujourd'hui"


def test_national_board_and_enter_on_a_cell(qtbot: QtBot, world: Store, tmp_path: Path) -> None:
    window = open_window(qtbot, world, tmp_path, "nat")
    page = home_of(window)
    assert counts(page) == {"late": "2", "queue": "0"}
    assert page.board is not None
    table = page.board.table
    assert table.columnCount() == 4 and table.rowCount() == 4  # 2 regions, national, total
    idf_row = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())].index("Île-de-France")
    assert table.item(idf_row, 3).text() == "soumise · 200,00\u00a0€"
    assert table.item(3, 3).text() == "200,00\u00a0€"
    table.setFocus()
    table.setCurrentCell(idf_row, 3)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.current_key() == "invoices"
    assert window.page("invoices").selected_cell() == ("IDF", "2026-10")  # type: ignore[attr-defined]


def test_switching_user_rebuilds_the_home(qtbot: QtBot, world: Store, tmp_path: Path) -> None:
    window = open_window(qtbot, world, tmp_path, "admin-IDF")
    window.switch_user("nat")
    assert set(counts(home_of(window))) == {"late", "queue"}


def test_the_proofs_card_opens_the_month_on_the_invoice_board(qtbot: QtBot, world: Store, tmp_path: Path) -> None:
    window = open_window(qtbot, world, tmp_path, "admin-IDF")
    button = home_of(window).cards["proofs"].open_button
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert window.current_key() == "invoices"
    assert window.page("invoices").selected_cell() == ("IDF", "2026-11")  # type: ignore[attr-defined]
