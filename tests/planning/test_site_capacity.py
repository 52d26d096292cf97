"""H5 counts every meeting held at a site (planning.md): law-enforcement and fixed meetings included.

Each plan is re-checked by an independent checker written from the spec, not only by ``check_week``."""

from __future__ import annotations

from typing import Any

from sosdesk.domain.rules import check_week
from sosdesk.planning.instance import parse_instance
from sosdesk.planning.solver import solve
from tests.planning.independent_check import hard_rule_breaches, new_breaches


def window(day: int, start: str, end: str) -> dict[str, Any]:
    return {"day": day, "from": start, "to": end}


def _office(base: dict[str, Any], n_bens: int) -> dict[str, Any]:
    """A two-room office open Monday 10:00–11:00, three psychologists, ``n_bens`` needing one hour."""
    base["sites"][0].update(capacity=2, open=[window(1, "10:00", "11:00")])
    base["professionals"] = [{"id": f"P{i}", "skills": ["psy"], "home_site": "S1"} for i in (1, 2, 3)]
    base["beneficiaries"] = [{"id": f"B{i}", "requirements": [{"type": "IND", "minutes": 60}]}
                             for i in range(1, n_bens + 1)]
    return base


def test_law_enforcement_meeting_in_an_office_room_takes_its_place(base: dict[str, Any]) -> None:
    doc = _office(base, 3)
    doc["beneficiaries"].append({"id": "B9", "requirements": []})
    doc["fixed"] = [{"id": "F1", "type": "LAW", "day": 1, "start": "10:00", "minutes": 60, "site": "S1",
                     "professionals": [], "beneficiaries": ["B9"]}]
    problem = parse_instance(doc)
    for workers in (1, 2):
        result = solve(problem, time_limit=3, workers=workers)
        planned = [m for m in result.meetings if not m.fixed]
        # Two rooms, one taken by the police appointment: one more meeting fits, not two.
        assert len(planned) == 1
        assert result.stats["covered_minutes"] == 60
        assert result.stats["coverage_bound_minutes"] == 60  # the bound counts the hearing's room too
        assert check_week(problem, result.meetings) == []
        assert hard_rule_breaches(problem, result.meetings) == []


def test_law_enforcement_meetings_count_in_the_bound_of_a_large_week(base: dict[str, Any]) -> None:
    """Above the exact size the LNS path and its LP bound must count the hearing's room as well."""
    doc = _office(base, 30)
    doc["sites"][0]["open"] = [window(d, "10:00", "11:00") for d in (1, 2)]
    doc["beneficiaries"].append({"id": "B99", "requirements": []})
    doc["fixed"] = [{"id": f"F{d}", "type": "LAW", "day": d, "start": "10:00", "minutes": 60, "site": "S1",
                     "professionals": [], "beneficiaries": ["B99"]} for d in (1, 2)]
    problem = parse_instance(doc)
    result = solve(problem, time_limit=4, workers=1)
    assert result.stats["covered_minutes"] == 120  # one free room an hour, two days
    assert result.stats["coverage_bound_minutes"] == 120
    assert hard_rule_breaches(problem, result.meetings) == []


def test_overload_by_fixed_meetings_is_reported_never_added_to(base: dict[str, Any]) -> None:
    doc = _office(base, 4)
    doc["sites"][0]["open"] = [window(1, "10:00", "12:00")]
    doc["fixed"] = [
        {"id": "F1", "type": "LAW", "day": 1, "start": "10:00", "minutes": 60, "site": "S1",
         "professionals": [], "beneficiaries": ["B1"]},
        {"id": "F2", "type": "IND", "day": 1, "start": "10:00", "minutes": 60, "site": "S1",
         "professionals": ["P1"], "beneficiaries": ["B2"]},
        {"id": "F3", "type": "IND", "day": 1, "start": "10:00", "minutes": 60, "site": "S1",
         "professionals": ["P2"], "beneficiaries": ["B3"]},
    ]
    problem = parse_instance(doc)
    result = solve(problem, time_limit=3, workers=1)
    planned = [m for m in result.meetings if not m.fixed]
    assert planned and all(m.start >= 11 * 60 for m in planned)  # nothing beside the overload
    assert new_breaches(problem, result.meetings) == []
    assert [v.rule for v in check_week(problem, result.meetings)] == ["H5"]  # the fixed overload only
    (problem_found,) = result.stats["fixed_problems"]
    assert problem_found["rule"] == "H5" and set(problem_found["meetings"]) == {"F1", "F2", "F3"}
    assert result.stats["fixed_violations"] == 1


def test_overlapping_windows_are_read_as_the_rules_engine_reads_them(base: dict[str, Any]) -> None:
    """A meeting must lie inside ONE available window (rules engine): the planner never proposes one
    straddling two overlapping windows, so verification has nothing to drop."""
    base["sites"][0]["open"] = [window(1, "09:00", "18:00")]
    base["professionals"][0]["available"] = [window(1, "09:00", "10:30"), window(1, "10:00", "11:30")]
    base["beneficiaries"][0].update(requirements=[{"type": "IND", "minutes": 120}], max_meetings_per_day=2)
    problem = parse_instance(base)
    result = solve(problem, time_limit=3, workers=1)
    assert result.stats["dropped_by_verification"] == 0
    assert check_week(problem, result.meetings) == []
    assert hard_rule_breaches(problem, result.meetings) == []
    assert result.stats["covered_minutes"] == 120  # 09:00–10:00 and 10:30–11:30 still fit


def test_a_meeting_inside_the_second_of_two_overlapping_windows_is_proposed(base: dict[str, Any]) -> None:
    """Availability 09:00–10:30 and 09:30–11:00: 10:00–11:00 lies inside the second window, so it
    is a valid place (the planner used to cut the second window at 10:30 and find nothing)."""
    base["sites"][0]["open"] = [window(d, "08:00", "18:00") for d in (1, 2)]
    base["professionals"][0]["available"] = [window(1, "09:00", "10:30"), window(1, "09:30", "11:00")]
    base["beneficiaries"][0].update(requirements=[{"type": "IND", "minutes": 60}],
                                    available=[window(1, "10:00", "11:00")])
    problem = parse_instance(base)
    result = solve(problem, time_limit=3, workers=1)
    (meeting,) = [m for m in result.meetings if not m.fixed]
    assert (meeting.day, meeting.start) == (1, 10 * 60)
    assert check_week(problem, result.meetings) == []
    assert hard_rule_breaches(problem, result.meetings) == []
    assert result.stats["covered_minutes"] == 60


def test_straddling_two_touching_windows_is_never_proposed(base: dict[str, Any]) -> None:
    """09:00–10:00 and 10:00–11:00 are two windows: the rules engine refuses a meeting across
    10:00, so with the beneficiary free 09:30–10:30 only, nothing is planned and the bound says so."""
    base["sites"][0]["open"] = [window(1, "08:00", "18:00")]
    base["professionals"][0]["available"] = [window(1, "09:00", "10:00"), window(1, "10:00", "11:00")]
    base["beneficiaries"][0].update(requirements=[{"type": "IND", "minutes": 60}],
                                    available=[window(1, "09:30", "10:30")])
    problem = parse_instance(base)
    result = solve(problem, time_limit=3, workers=1)
    assert [m for m in result.meetings if not m.fixed] == []
    assert result.stats["covered_minutes"] == 0
