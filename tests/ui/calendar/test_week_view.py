"""The week view: drag to create, move, resize, Ctrl-copy, refused drops, undo/redo, multi-move,
keyboard moves, cancel, attendance — against a real SQLite file."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from sosdesk.domain.timegrid import local_day_minute
from sosdesk.store import Store
from sosdesk.ui.calendar.attendance import AttendanceDialog
from sosdesk.ui.calendar.dialogs import MeetingDialog
from sosdesk.ui.calendar.page import PlanningPage
from tests.proof_samples import pdf_bytes
from tests.store.calendar_office import meeting


def place(store: Store, mid: str) -> tuple[date, int, int]:
    row = meeting(store, mid)
    d, minute = local_day_minute(row.start)
    return d, minute, row.minutes


def column(page: PlanningPage, day: int, pro: str):  # type: ignore[no-untyped-def]
    col = page.scene().layout.column_of(day, pro)
    assert col is not None
    return col


def drag(page: PlanningPage, mid: str, day: int, pro: str, minute: int, copy: bool = False) -> None:
    """Drag the meeting's item (in its first column) so that it starts at (day, pro, minute)."""
    scene = page.scene()
    item = scene.item_for(mid)
    assert item is not None
    scene.clearSelection()
    item.setSelected(True)
    c = page.view.controller
    assert c is not None
    c.begin_move(scene.selected_meetings(), scene.layout.columns[int(item.data(0))], item.cal.meeting.start,
                 copy=copy)
    c.drag_to(column(page, day, pro), minute)
    page.view.finish(c.drop())


def test_drag_create_with_real_mouse_events(qtbot: QtBot, page: PlanningPage, store: Store) -> None:
    view = page.view
    lay = page.scene().layout
    col = column(page, 4, "P2")  # Thursday, Bruno
    start = view.mapFromScene(QPointF(col.x + col.width / 2, lay.y_of(14 * 60) + 3))
    end = view.mapFromScene(QPointF(col.x + col.width / 2, lay.y_of(14 * 60 + 45) + 3))

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, MeetingDialog)
        mt = dialog.meeting()
        assert (mt.day, mt.start, mt.minutes, mt.professionals, mt.site) == (4, 840, 60, ("P2",), "S1")
        for i in range(dialog.bens.count()):
            if dialog.bens.item(i).data(Qt.ItemDataRole.UserRole) == "B5":
                dialog.bens.item(i).setCheckState(Qt.CheckState.Checked)
        assert dialog.check() == []
        return True

    page.run_dialog = fill
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), end)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    created = [c for c in page.data.meetings.values() if c.meeting.beneficiaries == ("B5",)]
    assert len(created) == 1
    assert place(store, created[0].id) == (date(2026, 11, 26), 14 * 60, 60)
    assert page.scene().item_for(created[0].id) is not None
    page.undo_stack.undo()
    assert created[0].id not in page.data.meetings


def test_move_to_other_professional_then_undo_redo(page: PlanningPage, store: Store) -> None:
    drag(page, "M1", 5, "P2", 11 * 60)
    row = meeting(store, "M1")
    assert row.professionals == ["P2"] and place(store, "M1")[:2] == (date(2026, 11, 27), 660)
    assert page.scene().item_for("M1").resource == "P2"  # type: ignore[union-attr]
    assert page.undo_stack.undoText() == "Déplacer le rendez-vous"
    page.undo_stack.undo()
    assert meeting(store, "M1").professionals == ["P1"]
    assert place(store, "M1")[:2] == (date(2026, 11, 24), 600)
    assert page.data.meetings["M1"].meeting.day == 2
    page.undo_stack.redo()
    assert place(store, "M1")[:2] == (date(2026, 11, 27), 660)


def test_resize_on_the_grid(page: PlanningPage, store: Store) -> None:
    scene = page.scene()
    item = scene.item_for("M4")
    assert item is not None
    bottom = item.mapToScene(item.boundingRect().bottomLeft()) + QPointF(4, -2)
    assert item.on_resize_edge(bottom)
    c = page.view.controller
    assert c is not None
    c.begin_resize(item)
    page.view.drag_to_scene(QPointF(bottom.x(), scene.layout.y_of(10 * 60 + 30) + 2))
    page.view.finish(c.drop())
    assert place(store, "M4")[2] == 90
    page.undo_stack.undo()
    assert place(store, "M4")[2] == 60


def test_ctrl_drag_copies(page: PlanningPage, store: Store) -> None:
    drag(page, "M4", 4, "P1", 9 * 60, copy=True)
    copies = [c for c in page.data.meetings.values() if c.meeting.beneficiaries == ("B4",) and c.id != "M4"]
    assert len(copies) == 1 and copies[0].meeting.day == 4
    assert place(store, "M4")[0] == date(2026, 11, 25)
    page.undo_stack.undo()
    assert all(c.id == "M4" for c in page.data.meetings.values() if c.meeting.beneficiaries == ("B4",))


def test_drop_on_forbidden_pair_is_refused(page: PlanningPage, store: Store) -> None:
    scene = page.scene()
    item = scene.item_for("M2")
    assert item is not None
    c = page.view.controller
    assert c is not None
    c.begin_move([item], scene.layout.columns[int(item.data(0))], 14 * 60)
    result = c.drag_to(column(page, 2, "P2"), 10 * 60)  # same time and site as B1 (forbidden with B2)
    assert not result.ok and not scene.ghost.ok
    assert any("Prénom1 Nom1" in msg and "Prénom2 Nom2" in msg and "B1" not in msg for msg in result.messages)
    refused: list[str] = []
    page.view.refused.connect(refused.append)
    page.view.finish(c.drop())
    assert refused and page.banner.text().startswith("Refusé")
    assert place(store, "M2")[1] == 14 * 60
    assert not page.undo_stack.canUndo()


def test_drop_outside_day_parole_hours_is_refused(qtbot: QtBot, page: PlanningPage, store: Store) -> None:
    scene = page.scene()
    item = scene.items_by_id["M3"][0]
    view = page.view
    grab = view.mapFromScene(item.mapToScene(item.boundingRect().center()))
    col = column(page, 3, "P1")
    target = view.mapFromScene(QPointF(col.x + 10, scene.layout.y_of(15 * 60) + 20))
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(view.viewport(), target)
    assert scene.message.isVisible() and "Prénom3 Nom3" in scene.message.text and "B3" not in scene.message.text
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=target)
    assert place(store, "M3")[:2] == (date(2026, 11, 24), 15 * 60)


def test_multi_move_is_one_undo_step(page: PlanningPage, store: Store) -> None:
    scene = page.scene()
    scene.select_ids(["M1", "M4"])
    c = page.view.controller
    assert c is not None
    first = scene.item_for("M1")
    assert first is not None
    c.begin_move(scene.selected_meetings(), scene.layout.columns[int(first.data(0))], 600)
    c.drag_to(column(page, 4, "P1"), 600)  # +2 days
    page.view.finish(c.drop())
    assert place(store, "M1")[0] == date(2026, 11, 26) and place(store, "M4")[0] == date(2026, 11, 27)
    assert page.undo_stack.count() == 1
    page.undo_stack.undo()
    assert place(store, "M1")[0] == date(2026, 11, 24) and place(store, "M4")[0] == date(2026, 11, 25)


def test_keyboard_alt_arrows_and_delete(qtbot: QtBot, page: PlanningPage, store: Store) -> None:
    page.scene().select_ids(["M4"])
    qtbot.keyClick(page.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert place(store, "M4")[1] == 9 * 60 + 15
    qtbot.keyClick(page.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert place(store, "M4")[0] == date(2026, 11, 26)
    page.scene().select_ids(["M4"])
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    row = meeting(store, "M4")
    assert row.status == "cancelled" and row.cancelled_at is not None
    page.undo_stack.undo()
    assert meeting(store, "M4").status == "planned"


def test_attendance_marking_and_missing_list(page: PlanningPage, store: Store) -> None:
    assert "(4)" in page.missing_label.text()  # M1–M3 (Tuesday) and M4 (Wednesday 9:00) are past

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, AttendanceDialog)
        dialog.combos["B1"].setCurrentIndex(dialog.combos["B1"].findData("absent_unexcused"))
        return True

    page.run_dialog = fill
    page.actions_.edit_attendance("M1")
    row = meeting(store, "M1")
    assert row.status == "held" and row.attendance == {"B1": "absent_unexcused"}
    assert page.data.meetings["M1"].no_show()
    assert "(3)" in page.missing_label.text()
    page.actions_.mark_day(2)
    assert meeting(store, "M2").status == "held"
    assert "(1)" in page.missing_label.text()
    page.undo_stack.undo()
    assert meeting(store, "M2").status == "planned"


def test_attach_proof_from_dialog(page: PlanningPage, store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    scan = tmp_path / "emargement.pdf"
    scan.write_bytes(pdf_bytes(text="scan"))

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, AttendanceDialog)
        dialog.set_proof_file(scan)
        return True

    page.run_dialog = fill
    page.actions_.edit_attendance("M2")
    assert meeting(store, "M2").proof is not None


def test_beneficiary_view_shades_day_parole(page: PlanningPage) -> None:
    page.show_beneficiary("B3")
    scene = page.scene()
    tuesday = scene.layout.column_of(2, "B3")
    assert tuesday is not None
    shade = scene._shade[tuesday.index]
    assert (0, 13 * 60) in shade and (18 * 60, 24 * 60) in shade
    assert set(scene.items_by_id) == {"M3"}


def test_copy_week_lists_skipped(page: PlanningPage, store: Store) -> None:
    report = page.actions_.copy_week()
    assert report is not None and len(report.created) == 4 and not report.skipped
    page.undo_stack.undo()
