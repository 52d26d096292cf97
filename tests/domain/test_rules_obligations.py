"""obligations(): each beneficiary's planned vs required minutes, as `sosdesk check` prints them."""

from __future__ import annotations

from sosdesk.domain.model import ObligationStatus
from sosdesk.domain.rules import obligations
from tests.domain.rules_world import Week


def test_planned_minutes_sum_fixed_and_held_meetings_but_not_cancelled(week: Week) -> None:
    week.bens = {b: week.bens[b] for b in ("B1", "B2", "B3")}
    fixed = week.meeting("F1", fixed=True)
    week.fixed.append(fixed)
    meetings = [
        fixed,
        week.meeting("M1", day=3, minutes=45, status="held"),
        week.meeting("M2", day=4, status="cancelled"),
        week.col("M3", bens=("B1", "B2", "B3"), day=5),
    ]
    assert obligations(week.problem(), meetings) == [
        ObligationStatus("B1", "COL", 120, 240),
        ObligationStatus("B1", "IND", 105, 120),
        ObligationStatus("B2", "COL", 120, 240),
        ObligationStatus("B2", "IND", 0, 120),
        ObligationStatus("B3", "COL", 120, 240),
        ObligationStatus("B3", "IND", 0, 120),
    ]


def test_planned_without_requirement_is_listed_with_zero_required(week: Week) -> None:
    week.bens = {"B1": week.bens["B1"]}
    week.need("B1", IND=60)
    law = week.meeting("C1", type="LAW", site="COURT", pros=(), bens=("B1",), day=1)
    result = obligations(week.problem(), [law, week.meeting("M1")])
    assert [s.to_json() for s in result] == [
        {"beneficiary": "B1", "type": "IND", "planned_minutes": 60, "required_minutes": 60},
        {"beneficiary": "B1", "type": "LAW", "planned_minutes": 60, "required_minutes": 0},
    ]


def test_empty_week_lists_every_requirement_unplanned(week: Week) -> None:
    week.bens = {b: week.bens[b] for b in ("B2", "B1")}
    assert [(s.beneficiary, s.type, s.planned_minutes) for s in obligations(week.problem(), [])] == [
        ("B1", "COL", 0), ("B1", "IND", 0), ("B2", "COL", 0), ("B2", "IND", 0)]
