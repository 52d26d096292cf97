"""« Copier → semaine suivante » from a held week copies its slots as planned meetings, and the planner
on a past week says why it proposes nothing — in the window and in ``sosdesk plan`` (issue 13)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sosdesk.cli import main
from sosdesk.domain.timegrid import shift_week, week_bounds_utc
from sosdesk.store import Store
from sosdesk.store import models as m
from sosdesk.store.ops_meetings import copy_week_to_next
from sosdesk.ui.calendar.page import PlanningPage
from sosdesk.ui.calendar.planner import PlannerDialog
from tests.store.calendar_office import WEEK, add_meeting, build_office

AFTER = datetime(2026, 12, 10, 9, 0, tzinfo=UTC)  # the week 2026-W48 is over


def hold_week(store: Store) -> None:
    """M1, M2 held (M2 a no-show), M3 cancelled, M4 planned."""
    with store.transaction("fixture") as (s, _):
        for mid, att in (("M1", "present"), ("M2", "absent_unexcused")):
            row = s.get(m.Meeting, mid)
            assert row is not None
            row.status, row.attendance = "held", {b: att for b in row.beneficiaries}
        row = s.get(m.Meeting, "M3")
        assert row is not None
        row.status, row.cancelled_at = "cancelled", AFTER


def next_week_rows(store: Store) -> list[m.Meeting]:
    start, end = week_bounds_utc(shift_week(WEEK, 1))
    with store.session() as s:
        return list(s.scalars(select(m.Meeting).where(m.Meeting.start >= start, m.Meeting.start < end,
                                                    m.Meeting.deleted.is_(False))))


def test_copy_week_of_a_held_week_copies_its_slots(store: Store) -> None:
    hold_week(store)
    report, _ = copy_week_to_next(store, WEEK)
    assert len(report.created) == 3 and not report.skipped  # M1, M2 (held) and M4 (planned); not M3
    rows = next_week_rows(store)
    assert len(rows) == 3
    assert all(r.status == "planned" and r.attendance == {} and r.proof is None for r in rows)


def test_copy_week_button_on_a_held_week(qtbot: QtBot, page: PlanningPage, store: Store) -> None:
    hold_week(store)
    page.set_week(WEEK)
    page.copy_week_action.trigger()
    assert len(next_week_rows(store)) == 3
    assert page.banner.text().startswith("3 rendez-vous créés")
    page.undo_stack.undo()
    assert next_week_rows(store) == []


def test_planner_on_a_past_week_says_why(qtbot: QtBot, page: PlanningPage) -> None:
    dialog = PlannerDialog(page.data, time_limit=3.0, parent=page, now=AFTER)
    qtbot.addWidget(dialog)
    dialog.start()
    assert "est passée" in dialog.status.text() and "Copier → semaine suivante" in dialog.status.text()
    assert dialog.op is None and not dialog.runner.busy()
    assert not dialog.accept_all.isEnabled() and not dialog.stop.isEnabled()


def test_plan_command_on_a_past_week_says_why(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = build_office(tmp_path / "office.db")
    add_meeting(store, "M1")
    store.close()
    main(["plan", "--db", str(tmp_path / "office.db"), "--week", WEEK, "--now", AFTER.isoformat(),
          "--time-limit", "5", "--workers", "1"])
    err = capsys.readouterr().err
    assert "la semaine du 23 au 29 novembre 2026 est passée : le planificateur ne propose rien dans le passé" in err
    assert "0 rendez-vous proposés" in err
