"""'Planifier la semaine': solver off the GUI thread, proposal shown as ghosts, accept = one undo step."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from sosdesk.ui.calendar.page import PlanningPage
from sosdesk.ui.calendar.planner import PlannerDialog


def test_plan_proposal_accept_and_undo(qtbot: QtBot, page: PlanningPage) -> None:
    before = len(page.data.active())
    dialog = PlannerDialog(page.data, time_limit=3.0, parent=page)
    dialog.proposal_changed.connect(page.scene().show_proposal)
    dialog.accepted_meetings.connect(page.actions_.accept_plan)
    with qtbot.waitSignal(dialog.worker.done, timeout=60_000):
        dialog.start()
    assert dialog.list.count() > 0 and page.scene().proposals
    dialog._accept(all_items=True)
    assert len(page.data.active()) == before + dialog.list.count()
    assert page.undo_stack.count() == 1
    page.undo_stack.undo()
    assert len(page.data.active()) == before
