"""Undo/redo in every page that edits (issue 10): an edit made with real mouse and keyboard events,
then Ctrl+Z in the main window puts the old values back and Ctrl+Shift+Z re-applies them; the
database agrees each time and the Édition menu names the step."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from sosdesk.store import Store, ops_expenses
from sosdesk.store import models as m
from sosdesk.ui.bus import ChangeBus
from sosdesk.ui.main_window import MainWindow
from tests.store.people_world import build

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = build(tmp_path / "office.db", user="admin")
    yield s
    s.close()


@pytest.fixture
def window(qtbot: QtBot, store: Store, tmp_path: Path) -> MainWindow:
    w = MainWindow(store, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    return w


def press(qtbot: QtBot, window: MainWindow, redo: bool = False) -> None:
    """Ctrl+Z (or Ctrl+Shift+Z) as typed on the keyboard, in the window's current page."""
    key(qtbot, window.stack.currentWidget(), redo)


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def beneficiary(store: Store, bid: str) -> m.Beneficiary:
    with store.session() as s:
        row = s.get(m.Beneficiary, bid)
        assert row is not None
        s.expunge(row)
        return row


def test_people_edit_undo_redo(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    window.show_page("people")
    page = window.page("people")
    tab = page.tab("beneficiaries")  # type: ignore[attr-defined]
    assert tab.pick("B1")
    click(qtbot, tab.open_button)
    dialog = tab.dialog
    dialog.last_name.selectAll()
    qtbot.keyClicks(dialog.last_name, "Durand")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert beneficiary(store, "B1").last_name == "Durand"
    assert window.undo_action.text() == "Annuler « Modifier Hélène Durand »"

    press(qtbot, window)
    assert beneficiary(store, "B1").last_name == "Dupré"
    assert window.redo_action.text() == "Rétablir « Modifier Hélène Durand »"
    row = tab.model.row_of("B1")
    assert "Dupré" in [tab.model.data(tab.model.index(row, c)) for c in range(2)]  # the list follows
    press(qtbot, window, redo=True)
    assert beneficiary(store, "B1").last_name == "Durand"
    with store.session() as s:
        labels = [e.label for e in s.query(m.ChangeLog).filter(m.ChangeLog.row_id == "B1").order_by(m.ChangeLog.seq)]
    assert labels[-2:] == ["Annuler : Modifier Hélène Durand", "Rétablir : Modifier Hélène Durand"]


def host(qtbot: QtBot, page: QWidget) -> QWidget:
    """A page shown alone with the main window's shortcuts on its own undo stack (Ctrl+Z,
    Ctrl+Shift+Z), for pages that need a pinned date the main window does not pass."""
    stack = page.undo_stack  # type: ignore[attr-defined]
    for action, keys in ((stack.createUndoAction(page), "Ctrl+Z"), (stack.createRedoAction(page), "Ctrl+Shift+Z")):
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        page.addAction(action)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.setFocus()
    return page


def key(qtbot: QtBot, page: QWidget, redo: bool = False) -> None:
    mods = Qt.KeyboardModifier.ControlModifier | (Qt.KeyboardModifier.ShiftModifier if redo
                                                 else Qt.KeyboardModifier.NoModifier)
    page.activateWindow()  # the closed dialog leaves no active window offscreen
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page.window(), timeout=2000)
    qtbot.keyClick(page.focusWidget() or page, Qt.Key.Key_Z, mods)


TODAY = date(2026, 10, 20)


def expense(store: Store, eid: str) -> m.Expense:
    with store.session() as s:
        row = s.get(m.Expense, eid)
        assert row is not None
        s.expunge(row)
        return row


def test_expenses_edit_and_archive_undo_redo(qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from sosdesk.ui.expenses.page import ExpensesPage

    eid, _ = ops_expenses.create_expense(store, {"date": "15/10/2026", "category": "materials", "amount": "35",
                                                 "label": "Fournitures atelier"}, region="ARA", today=TODAY)
    page = host(qtbot, ExpensesPage(store, ChangeBus(), today=TODAY))
    assert page.pick(eid)
    click(qtbot, page.edit_button)
    dialog = page.dialog
    dialog.amount.selectAll()
    qtbot.keyClicks(dialog.amount, "36,10")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert expense(store, eid).amount_cents == 3610
    assert page.undo_stack.undoText() == "Modifier la dépense « Fournitures atelier »"
    key(qtbot, page)
    assert expense(store, eid).amount_cents == 3500
    assert page.model.expense(page.model.row_of(eid)).amount_cents == 3500  # the list follows
    key(qtbot, page, redo=True)
    assert expense(store, eid).amount_cents == 3610

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert page.pick(eid)
    click(qtbot, page.archive_button)
    assert expense(store, eid).deleted and page.model.row_of(eid) is None
    assert page.undo_stack.undoText() == "Archiver la dépense « Fournitures atelier »"
    key(qtbot, page)
    assert not expense(store, eid).deleted and page.model.row_of(eid) is not None
    key(qtbot, page, redo=True)
    assert expense(store, eid).deleted


def custom_lines(store: Store, month: str) -> list[str]:
    from sosdesk.store.invoice_models import Invoice

    with store.session() as s:
        inv = s.query(Invoice).filter(Invoice.month == month, Invoice.kind == "regional").one()
        return [x["label"] for x in inv.custom_lines]


def test_invoice_custom_line_undo_redo(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtCore import QTimer

    from sosdesk.ui.invoices.custom_line_dialog import CustomLineDialog
    from sosdesk.ui.invoices.page import InvoicesPage
    from tests.invoicing.invoicing_world import add_meeting, build_world

    month = "2026-10"
    store = build_world(tmp_path / "invoices.db")
    add_meeting(store, "M1", "2026-10-05T09:00:00+02:00")
    try:
        page = InvoicesPage(store, ChangeBus())
        page.months = ["2026-09", month]
        page.refresh()
        host(qtbot, page)
        page.make_regional_draft("IDF", month)
        page.pick("IDF", month)

        def fill() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, CustomLineDialog)
            qtbot.keyClicks(dialog.label, "Seance en plus")
            dialog.unit_price.selectAll()
            qtbot.keyClicks(dialog.unit_price, "25,00")
            qtbot.keyClicks(dialog.justification, "demande du SPIP")
            ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
            click(qtbot, ok)
        QTimer.singleShot(0, fill)
        click(qtbot, page.add_line_button)
        assert custom_lines(store, month) == ["Seance en plus"]
        assert page.undo_stack.undoText() == "Ajouter la ligne « Seance en plus »"
        key(qtbot, page)
        assert custom_lines(store, month) == []
        assert [line.kind for line in page.lines_model.lines].count("custom") == 0  # the page follows
        key(qtbot, page, redo=True)
        assert custom_lines(store, month) == ["Seance en plus"]
        assert [line.kind for line in page.lines_model.lines].count("custom") == 1
        from tests.store.protected_office import set_invoice_status

        set_invoice_status(store, "submitted", month)  # submitted since: the line stays, said in French
        with qtbot.waitSignal(page.bus.status_message) as said:
            key(qtbot, page)
        assert "seul un brouillon peut être modifié" in said.args[0]
        assert custom_lines(store, month) == ["Seance en plus"]
    finally:
        store.close()


def test_leave_added_in_person_dialog_undo_redo(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    from PySide6.QtCore import QDate

    from sosdesk.store.dates_models import Unavailability

    window.show_page("people")
    tab = window.page("people").tab("professionals")  # type: ignore[attr-defined]
    window.page("people").tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    assert tab.pick("P1")
    click(qtbot, tab.open_button)
    dialog = tab.dialog
    dialog.tabs.setCurrentWidget(dialog.absences)
    dialog.absences.first.setDate(QDate(2026, 12, 1))
    dialog.absences.last.setDate(QDate(2026, 12, 4))
    click(qtbot, dialog.absences.add_button)
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))

    def leave() -> list[bool]:
        with store.session() as s:
            return [u.deleted for u in s.query(Unavailability).filter(Unavailability.professional_id == "P1")]
    assert leave() == [False]
    assert window.undo_action.text() == "Annuler « Congés et absences : Élodie Martin »"
    press(qtbot, window)
    assert leave() == [True]
    press(qtbot, window, redo=True)
    assert leave() == [False]


def test_rate_version_saved_from_the_form_undo_redo(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtCore import QDate

    from sosdesk.ui.invoices.page import InvoicesPage
    from tests.invoicing.invoicing_world import build_world

    store = build_world(tmp_path / "rates.db")
    store.set_user("nat")
    try:
        page = InvoicesPage(store, ChangeBus())
        page.months = ["2026-09", "2026-10"]
        page.refresh()
        host(qtbot, page)
        page.tabs.setCurrentWidget(page.rate_form)
        form = page.rate_form
        form.valid_from.setDate(QDate(2026, 11, 1))
        price = next(r for r in form.rows if r.type_id == "IND_PSY").price
        price.selectAll()
        qtbot.keyClicks(price, "70,00")
        click(qtbot, form.save_button)

        def version() -> tuple[bool, int] | None:
            with store.session() as s:
                row = s.get(m.RateTable, "2026-11-01")
                return None if row is None else (row.deleted, row.content["meeting_types"]["IND_PSY"]["price_cents"])
        assert version() == (False, 7000)
        assert page.undo_stack.undoText() == "Enregistrer la grille tarifaire"
        key(qtbot, page)
        assert version() == (True, 7000)  # the new version is withdrawn (a tombstone)
        key(qtbot, page, redo=True)
        assert version() == (False, 7000)
    finally:
        store.close()


def test_each_editing_page_brings_its_history_to_the_edit_menu(window: MainWindow) -> None:
    for key_ in ("planning", "expenses", "people", "invoices"):
        window.show_page(key_)
        page = window.page(key_)
        assert window.undo_group.activeStack() is page.undo_stack  # type: ignore[attr-defined]
