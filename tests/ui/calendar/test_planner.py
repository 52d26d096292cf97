"""'Planifier la semaine': solver off the GUI thread, proposal shown as ghosts, accept = one undo step."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from pytestqt.qtbot import QtBot

from sosdesk.domain.timegrid import PARIS, week_monday
from sosdesk.ui.calendar.page import PlanningPage
from sosdesk.ui.calendar.planner import PlannerDialog


def test_plan_proposal_accept_and_undo(qtbot: QtBot, page: PlanningPage) -> None:
    before = len(page.data.active())
    dialog = PlannerDialog(page.data, time_limit=3.0, parent=page, now=page.now())
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


def test_plan_proposes_nothing_in_the_weeks_past(qtbot: QtBot, page: PlanningPage) -> None:
    # Wednesday 14:00 of the shown week (Europe/Paris): Monday to Wednesday 14:00 are gone.
    wednesday = datetime.combine(week_monday(page.week) + timedelta(days=2), time(14, 0), tzinfo=PARIS)
    dialog = PlannerDialog(page.data, time_limit=3.0, parent=page, now=wednesday.astimezone(UTC))
    with qtbot.waitSignal(dialog.worker.done, timeout=60_000):
        dialog.start()
    proposed = [m for m in dialog.result.meetings if not m.fixed]
    assert proposed, "the rest of the week still has room"
    assert all((m.day, m.start) >= (3, 14 * 60) for m in proposed)
