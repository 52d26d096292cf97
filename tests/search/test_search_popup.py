"""Ctrl+K in the window: type, ↑/↓ over the grouped results, Entrée opens the person, the meeting's
week with the meeting selected, the invoice or the expense; Échap closes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sosdesk.store import Store
from sosdesk.ui.main_window import MainWindow
from sosdesk.ui.search.popup import SearchPopup
from tests.home.home_world import NOW, build_home_world

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "This plugin does not support")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    store: Store = build_home_world(tmp_path / "office.db")
    store.set_user("admin-IDF")
    win = MainWindow(store, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), now=lambda: NOW)
    qtbot.addWidget(win)
    win.resize(1600, 940)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    yield win
    if win.search_popup is not None:
        win.search_popup.close()
    store.close()


def ctrl_k(qtbot: QtBot, window: MainWindow) -> SearchPopup:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    popup = window.search_popup
    assert popup is not None and popup.isVisible()
    return popup


def shown(popup: SearchPopup) -> list[str]:
    return [popup.results.item(i).text() for i in range(popup.results.count())]


def test_ctrl_k_type_and_enter_opens_the_person(qtbot: QtBot, window: MainWindow) -> None:
    popup = ctrl_k(qtbot, window)
    qtbot.keyClicks(popup.box, "jerome2 CEL")
    assert shown(popup)[:2] == ["Bénéficiaires (1)", "Jérôme2 Çelik"]
    assert popup.current_hit() is not None and popup.current_hit().id == "B2"  # type: ignore[union-attr]
    qtbot.keyClick(popup.box, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert window.current_key() == "people"
    tab = window.page("people").tab("beneficiaries")  # type: ignore[attr-defined]
    assert tab.selected_id() == "B2"
    assert tab.dialog is not None and tab.dialog.isVisible()
    tab.dialog.reject()


def test_arrows_then_enter_jump_to_the_meeting_week_and_select_it(qtbot: QtBot, window: MainWindow) -> None:
    popup = ctrl_k(qtbot, window)
    qtbot.keyClicks(popup.box, "celik 2 novembre")
    assert [h.id for h in popup.hits] == ["M3"]
    popup.box.clear()
    qtbot.keyClicks(popup.box, "2026-11-0")           # the 2nd … 6th of November, IDF only
    assert {h.id for h in popup.hits} == {"M2", "M3", "M4", "M5", "E1", "E2"}  # expenses are dated too
    for _ in range(4):
        if popup.current_hit().id == "M3":  # type: ignore[union-attr]
            break
        qtbot.keyClick(popup.box, Qt.Key.Key_Down)
    assert popup.current_hit().id == "M3"  # type: ignore[union-attr]
    qtbot.keyClick(popup.box, Qt.Key.Key_Return)
    planning = window.page("planning")
    assert window.current_key() == "planning"
    assert planning.week == "2026-W45" and planning.selected_ids() == ["M3"]  # type: ignore[attr-defined]


def test_down_and_up_skip_the_group_headers(qtbot: QtBot, window: MainWindow) -> None:
    popup = ctrl_k(qtbot, window)
    qtbot.keyClicks(popup.box, "jerome3")
    kinds = [h.kind for h in popup.hits]
    assert kinds[0] == "beneficiary" and "meeting" in kinds
    assert popup.current_hit().kind == "beneficiary"  # type: ignore[union-attr]
    qtbot.keyClick(popup.box, Qt.Key.Key_Down)
    assert popup.current_hit().kind == "meeting"  # type: ignore[union-attr]  # header skipped
    qtbot.keyClick(popup.box, Qt.Key.Key_Up)
    assert popup.current_hit().kind == "beneficiary"  # type: ignore[union-attr]
    qtbot.keyClick(popup.box, Qt.Key.Key_Up)            # stays on the first hit
    assert popup.current_hit().kind == "beneficiary"  # type: ignore[union-attr]


def test_enter_opens_the_expense_and_the_invoice(qtbot: QtBot, window: MainWindow) -> None:
    popup = ctrl_k(qtbot, window)
    qtbot.keyClicks(popup.box, "location de salle")
    assert popup.current_hit().kind == "expense"  # type: ignore[union-attr]
    qtbot.keyClick(popup.box, Qt.Key.Key_Enter)
    expenses = window.page("expenses")
    assert window.current_key() == "expenses"
    assert expenses.month == "2026-11" and expenses.selected_id() == "E2"  # type: ignore[attr-defined]
    popup = ctrl_k(qtbot, window)
    popup.box.clear()
    qtbot.keyClicks(popup.box, "facture octobre")
    assert popup.current_hit().kind == "invoice"  # type: ignore[union-attr]
    qtbot.keyClick(popup.box, Qt.Key.Key_Return)
    assert window.current_key() == "invoices"
    assert window.page("invoices").selected_cell() == ("IDF", "2026-10")  # type: ignore[attr-defined]


def test_no_hit_says_so_and_escape_closes(qtbot: QtBot, window: MainWindow) -> None:
    popup = ctrl_k(qtbot, window)
    qtbot.keyClicks(popup.box, "xylophone")
    assert popup.results.count() == 0 and popup.hint.text() == "Aucun résultat pour « xylophone »."
    qtbot.keyClick(popup.box, Qt.Key.Key_Return)      # nothing to open: nothing happens
    assert window.current_key() == "home"
    qtbot.keyClick(popup.box, Qt.Key.Key_Escape)
    assert not popup.isVisible()


def test_another_region_is_not_found(qtbot: QtBot, window: MainWindow) -> None:
    popup = ctrl_k(qtbot, window)
    qtbot.keyClicks(popup.box, "ines lyonnaise")  # B9 lives in ARA; the user is IDF's administrator
    assert popup.hits == []


def test_ctrl_k_again_keeps_the_text_selected(qtbot: QtBot, window: MainWindow) -> None:
    popup = ctrl_k(qtbot, window)
    qtbot.keyClicks(popup.box, "celik")
    qtbot.keyClick(popup.box, Qt.Key.Key_Escape)
    popup = ctrl_k(qtbot, window)
    assert popup.box.text() == "celik" and popup.box.selectedText() == "celik"  # type over it
    assert popup.current_hit() is not None
    qtbot.keyClicks(popup.box, "ines")
    assert popup.box.text() == "ines" and popup.hits == []  # Inès lives in another region
