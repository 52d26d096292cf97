"""Held and billed meetings in the calendar (issue 13), with real mouse and keyboard events: a drag of
a held meeting asks with the consequence and a reason (accepted → moved and recorded; « Ne rien
changer » → nothing), Suppr on a held meeting is refused, a submitted month refuses every change."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from sosdesk.domain.timegrid import local_day_minute
from sosdesk.store import Store
from sosdesk.ui.calendar.dialogs import ProtectedEditDialog
from sosdesk.ui.calendar.page import PlanningPage
from sosdesk.usecases.meeting_edits import reason_of
from tests.store.calendar_office import WEEK, meeting
from tests.store.protected_office import NOW, build_protected, draft_total, open_draft, set_invoice_status


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = build_protected(tmp_path / "office.db")
    yield s
    s.close()


@pytest.fixture
def page(qtbot: QtBot, store: Store) -> PlanningPage:
    from sosdesk.ui.bus import ChangeBus
    from sosdesk.ui.calendar.layout import PROFESSIONALS

    bus = ChangeBus()
    p = PlanningPage(store, bus, week=WEEK, now=lambda: NOW)
    qtbot.addWidget(p)
    p.resize(1300, 800)
    p.show()
    qtbot.waitExposed(p)
    p.set_view(PROFESSIONALS, ("P1", "P2"))
    p._bus_keepalive = bus  # type: ignore[attr-defined]
    return p


def start_of(store: Store, mid: str) -> tuple[date, int]:
    return local_day_minute(meeting(store, mid).start)


def mouse_drag(qtbot: QtBot, page: PlanningPage, mid: str, day: int, pro: str, minute: int) -> None:
    """Press on the meeting's block, move to (day, pro, minute), release — real mouse events."""
    scene, view = page.scene(), page.view
    item = scene.items_by_id[mid][0]
    grab_scene = item.mapToScene(QPointF(item.boundingRect().center().x(), item.boundingRect().top() + 4))
    grab = view.mapFromScene(grab_scene)
    col = scene.layout.column_of(day, pro)
    assert col is not None
    target = view.mapFromScene(QPointF(col.x + 10, scene.layout.y_of(minute) + 4))
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(view.viewport(), view.mapFromScene(grab_scene + QPointF(0, 30)))
    qtbot.mouseMove(view.viewport(), target)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=target)


class DialogSpy:
    """Stands in for ``exec``: shows the dialog, types the reason and clicks a button for real."""

    def __init__(self, qtbot: QtBot, reason: str, accept: bool) -> None:
        self.qtbot, self.reason, self.accept = qtbot, reason, accept
        self.texts: list[str] = []

    def __call__(self, dialog: QDialog) -> bool:
        assert isinstance(dialog, ProtectedEditDialog)
        self.texts.append(dialog.text.text())
        dialog.show()
        assert not dialog.ok_button.isEnabled()  # no reason, no confirmation
        self.qtbot.keyClicks(dialog.reason_edit, self.reason)
        button = dialog.ok_button if self.accept else dialog.cancel_button
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted


def test_drag_held_meeting_confirmed_with_reason(qtbot: QtBot, page: PlanningPage, store: Store) -> None:
    before = draft_total(store)
    page.run_dialog = spy = DialogSpy(qtbot, "salle fermee", accept=True)
    mouse_drag(qtbot, page, "M1", 2, "P1", 11 * 60)
    assert len(spy.texts) == 1
    assert "a eu lieu" in spy.texts[0] and "brouillon de novembre 2026" in spy.texts[0]
    assert "Prénom1 Nom1" in spy.texts[0] and "M1" not in spy.texts[0]
    assert start_of(store, "M1") == (date(2026, 11, 24), 11 * 60)
    assert reason_of(store, "M1") == "salle fermee"
    assert meeting(store, "M1").status == "held"
    assert draft_total(store) == before  # same day, same length: the bill does not move
    page.undo_stack.undo()
    assert start_of(store, "M1") == (date(2026, 11, 24), 10 * 60)


def test_drag_held_meeting_cancelled_changes_nothing(qtbot: QtBot, page: PlanningPage, store: Store) -> None:
    page.run_dialog = spy = DialogSpy(qtbot, "pas sur", accept=False)
    mouse_drag(qtbot, page, "M1", 2, "P1", 11 * 60)
    assert len(spy.texts) == 1
    assert start_of(store, "M1") == (date(2026, 11, 24), 10 * 60)
    assert reason_of(store, "M1") == ""
    assert not page.undo_stack.canUndo()
    assert "Rien n'a été modifié" in page.banner.text()


def test_resize_billed_meeting_shows_the_new_total(qtbot: QtBot, page: PlanningPage, store: Store) -> None:
    open_draft(store)
    page.run_dialog = spy = DialogSpy(qtbot, "duree reelle", accept=True)
    scene, view = page.scene(), page.view
    item = scene.items_by_id["M1"][0]
    bottom = item.mapToScene(QPointF(item.boundingRect().center().x(), item.boundingRect().bottom() - 2))
    assert item.on_resize_edge(bottom)
    target = view.mapFromScene(QPointF(bottom.x(), scene.layout.y_of(12 * 60)))
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(bottom))
    qtbot.mouseMove(view.viewport(), view.mapFromScene(bottom + QPointF(0, 20)))
    qtbot.mouseMove(view.viewport(), target)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert meeting(store, "M1").minutes == 120
    assert spy.texts and "son montant passera de 65,00\u00a0€ à 130,00\u00a0€" in spy.texts[0]
    assert draft_total(store) == 13000


def test_delete_key_on_held_meeting_is_refused(qtbot: QtBot, page: PlanningPage, store: Store) -> None:
    asked: list[str] = []
    page.confirm = lambda text: asked.append(text) or True  # type: ignore[func-returns-value]
    page.run_dialog = lambda d: pytest.fail("no confirmation for a refused cancellation")  # type: ignore[assignment]
    scene, view = page.scene(), page.view
    item = scene.items_by_id["M1"][0]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.mapFromScene(item.mapToScene(item.boundingRect().center())))
    assert scene.selected_meetings()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    row = meeting(store, "M1")
    assert row.status == "held" and row.attendance == {"B1": "present"}
    assert not asked and "ne peut pas être annulé" in page.banner.text()
    assert not page.undo_stack.canUndo()


def test_delete_key_on_future_meeting_still_asks_the_plain_question(qtbot: QtBot, page: PlanningPage,
                                                                    store: Store) -> None:
    asked: list[str] = []
    page.confirm = lambda text: asked.append(text) or True  # type: ignore[func-returns-value]
    page.scene().select_ids(["M5"])
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert asked and meeting(store, "M5").status == "cancelled"


def test_submitted_month_refuses_drag_and_delete(qtbot: QtBot, page: PlanningPage, store: Store) -> None:
    open_draft(store)
    set_invoice_status(store, "submitted")
    page.run_dialog = lambda d: pytest.fail("a locked month is refused, not confirmed")  # type: ignore[assignment]
    page.confirm = lambda text: pytest.fail("a locked month is refused, not asked")  # type: ignore[assignment]
    mouse_drag(qtbot, page, "M5", 5, "P1", 11 * 60)
    assert start_of(store, "M5") == (date(2026, 11, 27), 10 * 60)
    assert "soumise" in page.banner.text() and "novembre 2026" in page.banner.text()
    page.scene().select_ids(["M5"])
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert meeting(store, "M5").status == "planned"
    assert not page.undo_stack.canUndo()


def test_meeting_dialog_on_a_held_meeting_asks_too(qtbot: QtBot, page: PlanningPage, store: Store) -> None:
    """Double-click opens the meeting dialog; a longer duration then asks with the draft's totals."""
    from sosdesk.ui.calendar.dialogs import MeetingDialog

    open_draft(store)
    seen: list[str] = []

    def run(dialog: QDialog) -> bool:
        if isinstance(dialog, MeetingDialog):
            seen.append("meeting")
            dialog.show()
            dialog.minutes.setValue(90)
            return True
        assert isinstance(dialog, ProtectedEditDialog)
        seen.append(dialog.text.text())
        dialog.show()
        qtbot.keyClicks(dialog.reason_edit, "oubli")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted
    page.run_dialog = run
    scene, view = page.scene(), page.view
    item = scene.items_by_id["M1"][0]
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      pos=view.mapFromScene(item.mapToScene(item.boundingRect().center())))
    assert seen[0] == "meeting" and len(seen) == 2
    assert "son montant passera de 65,00\u00a0€ à 97,50\u00a0€" in seen[1]
    assert meeting(store, "M1").minutes == 90 and reason_of(store, "M1") == "oubli"


def test_attendance_refused_in_a_submitted_month(qtbot: QtBot, page: PlanningPage, store: Store) -> None:
    open_draft(store)
    set_invoice_status(store, "submitted")
    page.run_dialog = lambda d: pytest.fail("no attendance dialog in a locked month")  # type: ignore[assignment]
    page.actions_.edit_attendance("M2")
    assert "soumise" in page.banner.text()
    page.actions_.mark_held(["M2"])
    assert meeting(store, "M2").status == "planned" and not page.undo_stack.canUndo()


def click_whole_day(qtbot: QtBot) -> Callable[[QDialog], bool]:
    """Stands in for ``exec`` of the day's attendance dialog: clicks « Marquer toute la journée
    comme tenue » for real."""
    from PySide6.QtWidgets import QPushButton

    def run(dialog: QDialog) -> bool:
        dialog.show()
        button = next(b for b in dialog.findChildren(QPushButton) if "toute la journée" in b.text())
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        return True
    return run


def test_whole_day_held_refused_in_a_locked_month(qtbot: QtBot, page: PlanningPage, store: Store) -> None:
    open_draft(store)
    set_invoice_status(store, "submitted")
    page.run_dialog = click_whole_day(qtbot)
    page.actions_.day_view(2)  # Tuesday 24/11: M2 is still planned
    assert meeting(store, "M2").status == "planned" and not page.undo_stack.canUndo()
    assert "soumise" in page.banner.text() and "Prénom2 Nom2" in page.banner.text()
    set_invoice_status(store, "draft")
    page.actions_.day_view(2)
    assert meeting(store, "M2").status == "held" and page.undo_stack.canUndo()
