"""One rule "attendance missing" (sosdesk.domain.attendance): a held meeting where 1 of its 2
beneficiaries has attendance recorded is missing attendance for the calendar marker, the week's
check (``ops_meetings.missing_attendance``), the activity report and billing alike."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from sosdesk.domain import pricing as pr
from sosdesk.domain.attendance import HELD_INCOMPLETE, missing_reason
from sosdesk.invoicing.month_inputs import load_month
from sosdesk.store import models as m
from sosdesk.store import ops_meetings as ops
from sosdesk.store import reports as rp
from sosdesk.usecases.calendar_week import WeekData
from tests.store.calendar_office import WEEK, add_meeting, build_office

NOW = datetime(2026, 12, 10, 9, 0, tzinfo=UTC)  # two weeks after 2026-W48


def test_one_of_two_recorded_is_missing_everywhere(tmp_path: Path) -> None:
    store = build_office(tmp_path / "office.db")
    add_meeting(store, "C1", type_id="COL", minutes=120, pros=("P3", "P4"), bens=("B4", "B5"))
    with store.transaction("fixture") as (s, _):
        row = s.get(m.Meeting, "C1")
        assert row is not None
        row.status = "held"
        row.attendance = {"B4": "present"}  # B5's attendance was never recorded

    # calendar marker
    week = WeekData.load(store, WEEK)
    assert week.meetings["C1"].attendance_missing(NOW)
    assert [c.id for c in week.missing_attendance(NOW)] == ["C1"]
    # the week's check
    with store.session() as s:
        assert [r.id for r in ops.missing_attendance(s, WEEK, NOW)] == ["C1"]
        # the activity report: neither held nor no-show until both are recorded
        (act,) = rp.activity(s, "2026-11")
        inputs = load_month(s, "R1", "2026-11")
    assert (act.held_count, act.no_show_count, act.missing_count, act.missing_minutes) == (0, 0, 1, 120)
    # billing
    (billable,) = inputs.meetings
    assert pr.outcome(billable, None, NOW) == (None, HELD_INCOMPLETE)

    # Recording the second attendance clears it everywhere.
    with store.transaction("fixture") as (s, _):
        row = s.get(m.Meeting, "C1")
        assert row is not None
        row.attendance = {"B4": "present", "B5": "absent_excused"}
    assert not WeekData.load(store, WEEK).meetings["C1"].attendance_missing(NOW)
    with store.session() as s:
        assert ops.missing_attendance(s, WEEK, NOW) == []
        (act,) = rp.activity(s, "2026-11")
        (billable,) = load_month(s, "R1", "2026-11").meetings
    assert (act.held_count, act.missing_count) == (1, 0)
    assert pr.outcome(billable, None, NOW) == ("held", "")


@pytest.mark.parametrize(("status", "attendance", "ended", "missing"), [
    ("planned", {}, True, True),
    ("planned", {}, False, False),          # still running: nothing to record yet
    ("held", {}, True, True),
    ("held", {"B1": "present"}, True, True),  # 1 of 2
    ("held", {"B1": "present", "B2": "absent_unexcused"}, True, False),
    ("cancelled", {}, True, False),
])
def test_the_rule(status: str, attendance: dict[str, str], ended: bool, missing: bool) -> None:
    start = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    now = start.replace(hour=12) if ended else start.replace(hour=10)
    assert bool(missing_reason(status, ("B1", "B2"), attendance, start, 120, now)) is missing
