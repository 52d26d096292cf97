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
    with qtbot.waitSignal(dialog.planned, timeout=60_000):
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
    with qtbot.waitSignal(dialog.planned, timeout=60_000):
        dialog.start()
    proposed = [m for m in dialog.result.meetings if not m.fixed]
    assert proposed, "the rest of the week still has room"
    assert all((m.day, m.start) >= (3, 14 * 60) for m in proposed)


def test_reject_while_planning_does_not_wait_for_the_search(qtbot: QtBot, page: PlanningPage) -> None:
    from sosdesk.ui import operations

    dialog = PlannerDialog(page.data, time_limit=120.0, parent=page, now=page.now())
    phases: list[str] = []
    dialog.phase_changed.connect(phases.append)
    with qtbot.waitSignal(dialog.progressed, timeout=60_000):
        dialog.start()
    op = dialog.op
    assert op is not None
    dialog.reject()  # returns at once: the search is told to stop and finishes on its own
    assert op.cancel_event.is_set() and op.detached
    assert op.running() and op in operations.RUNNING
    qtbot.waitUntil(lambda: op not in operations.RUNNING, timeout=60_000)
    assert dialog.result is None  # what the search returned after the reject is ignored
    assert phases and phases[0] in ("bound", "first_fit", "search")


def test_stop_keeps_the_best_plan_and_shows_it(qtbot: QtBot, page: PlanningPage) -> None:
    dialog = PlannerDialog(page.data, time_limit=120.0, parent=page, now=page.now())
    with qtbot.waitSignal(dialog.progressed, timeout=60_000):
        dialog.start()
    with qtbot.waitSignal(dialog.planned, timeout=60_000):
        dialog.stop.click()
        assert not dialog.stop.isEnabled()
    assert dialog.result is not None and "cancelled" in dialog.result.stats["cut_phases"]
    assert dialog.list.count() == dialog.result.stats["planned_meetings"]
