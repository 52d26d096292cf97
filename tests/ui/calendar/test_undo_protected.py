"""Undo/redo in the planning page with real events (issues 10 and 13): attendance entered in its
dialog is undone by Ctrl+Z and re-applied by Ctrl+Shift+Z; a move of a held meeting confirmed
through « Rendez-vous protégé » asks again on undo with its consequence (declined: nothing changes
and the step stays), and is refused once the month's invoice is submitted."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from sosdesk.domain.timegrid import local_day_minute
from sosdesk.store import Store
from sosdesk.ui.calendar.attendance import AttendanceDialog
from sosdesk.ui.calendar.dialogs import ProtectedEditDialog
from sosdesk.ui.calendar.page import PlanningPage
from sosdesk.usecases.meeting_edits import reason_of
from tests.store.calendar_office import WEEK, meeting
from tests.store.protected_office import NOW, build_protected, open_draft, set_invoice_status
from tests.ui.calendar.test_protected_edits import mouse_drag


def shortcuts(page: QWidget) -> None:
    """The main window's Ctrl+Z / Ctrl+Shift+Z, on the page's own stack (the page shown alone)."""
    stack = page.undo_stack  # type: ignore[attr-defined]
    for action, keys in ((stack.createUndoAction(page), "Ctrl+Z"), (stack.createRedoAction(page), "Ctrl+Shift+Z")):
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        page.addAction(action)


def key(qtbot: QtBot, page: QWidget, redo: bool = False) -> None:
    mods = Qt.KeyboardModifier.ControlModifier | (Qt.KeyboardModifier.ShiftModifier if redo
                                                 else Qt.KeyboardModifier.NoModifier)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page.window(), timeout=2000)
    qtbot.keyClick(page.focusWidget() or page, Qt.Key.Key_Z, mods)


def test_attendance_entry_undo_redo(qtbot: QtBot, page: PlanningPage, store: Store) -> None:
    shortcuts(page)

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, AttendanceDialog)
        dialog.show()
        combo = dialog.combos["B1"]
        combo.setFocus()
        while combo.currentData() != "absent_excused":
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted

    page.run_dialog = fill
    page.actions_.edit_attendance("M1")
    assert (meeting(store, "M1").status, meeting(store, "M1").attendance) == ("held", {"B1": "absent_excused"})
    key(qtbot, page)
    row = meeting(store, "M1")
    assert row.status == "planned" and not row.attendance
    assert page.data.meetings["M1"].status == "planned"  # the calendar follows
    key(qtbot, page, redo=True)
    assert (meeting(store, "M1").status, meeting(store, "M1").attendance) == ("held", {"B1": "absent_excused"})


class Answers:
    """Stands in for ``exec`` of « Rendez-vous protégé »: types the reason and clicks for real, one
    answer per question (True: confirm)."""

    def __init__(self, qtbot: QtBot, answers: list[bool]) -> None:
        self.qtbot, self.answers = qtbot, answers
        self.texts: list[str] = []

    def __call__(self, dialog: QDialog) -> bool:
        assert isinstance(dialog, ProtectedEditDialog)
        self.texts.append(dialog.text.text())
        dialog.show()
        self.qtbot.keyClicks(dialog.reason_edit, f"motif {len(self.texts)}")
        accept = self.answers.pop(0)
        self.qtbot.mouseClick(dialog.ok_button if accept else dialog.cancel_button, Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted


@pytest.fixture
def protected(qtbot: QtBot, tmp_path: Path) -> Iterator[PlanningPage]:
    from sosdesk.ui.bus import ChangeBus
    from sosdesk.ui.calendar.layout import PROFESSIONALS

    store = build_protected(tmp_path / "protected.db")
    bus = ChangeBus()
    p = PlanningPage(store, bus, week=WEEK, now=lambda: NOW)
    qtbot.addWidget(p)
    p.resize(1300, 800)
    p.show()
    qtbot.waitExposed(p)
    p.set_view(PROFESSIONALS, ("P1", "P2"))
    p._bus_keepalive = bus  # type: ignore[attr-defined]
    shortcuts(p)
    yield p
    store.close()


def start_of(store: Store, mid: str) -> tuple[date, int]:
    return local_day_minute(meeting(store, mid).start)


def test_undo_of_a_confirmed_move_asks_again_then_billed_month_refuses(qtbot: QtBot,
                                                                       protected: PlanningPage) -> None:
    page, store = protected, protected.store
    open_draft(store)
    page.run_dialog = spy = Answers(qtbot, [True, False, True])
    mouse_drag(qtbot, page, "M1", 2, "P1", 11 * 60)
    assert start_of(store, "M1") == (date(2026, 11, 24), 11 * 60)

    key(qtbot, page)  # asked again, declined: nothing written, the step stays to undo
    assert len(spy.texts) == 2
    assert "a eu lieu" in spy.texts[1] and "brouillon de novembre 2026" in spy.texts[1]
    assert "Prénom1 Nom1" in spy.texts[1]
    qtbot.waitUntil(lambda: page.undo_stack.index() == 1)
    assert start_of(store, "M1") == (date(2026, 11, 24), 11 * 60)
    assert page.undo_stack.canUndo() and not page.undo_stack.canRedo()

    key(qtbot, page)  # asked again, confirmed with a reason: undone, the reason recorded
    assert len(spy.texts) == 3
    assert start_of(store, "M1") == (date(2026, 11, 24), 10 * 60)
    assert reason_of(store, "M1") == "motif 3"

    set_invoice_status(store, "submitted")
    page.run_dialog = lambda d: pytest.fail("a refused redo asks nothing")  # type: ignore[assignment]
    key(qtbot, page, redo=True)
    assert start_of(store, "M1") == (date(2026, 11, 24), 10 * 60)
    assert "soumise" in page.banner.text()
