"""The planner on small instances with a hand-checked optimum."""

from __future__ import annotations

import copy
import threading
from typing import Any

from sosdesk.domain.rules import check_week
from sosdesk.planning.instance import parse_instance
from sosdesk.planning.solver import PlanProgress, plan_to_json, solve


def window(day: int, start: str, end: str) -> dict[str, Any]:
    return {"day": day, "from": start, "to": end}


def run(doc: dict[str, Any], **kw: Any) -> Any:
    problem = parse_instance(doc)
    result = solve(problem, time_limit=kw.pop("time_limit", 3), workers=kw.pop("workers", 1), **kw)
    assert check_week(problem, result.meetings) == [] or all(
        all(m in {f.id for f in problem.fixed} for m in v.meetings) for v in check_week(problem, result.meetings))
    return result


def planned(result: Any) -> list[Any]:
    return sorted((m for m in result.meetings if not m.fixed), key=lambda m: (m.day, m.start))


def test_two_hours_fit_the_morning(base: dict[str, Any]) -> None:
    result = run(base)
    assert result.stats["covered_minutes"] == 120 == result.stats["required_minutes"]
    assert result.unmet == []
    assert len(planned(result)) == 2 and result.stats["status"] == "OPTIMAL"


def test_three_hours_window_holds_only_three_meetings(base: dict[str, Any]) -> None:
    base["beneficiaries"].append({"id": "B2", "requirements": [{"type": "IND", "minutes": 120}]})
    result = run(base)
    assert result.stats["covered_minutes"] == 180  # the site and P1 hold three hours
    assert [u.minutes for u in result.unmet] == [60]


def test_capacity_h5_not_broken_to_cover_more(base: dict[str, Any]) -> None:
    base["professionals"].append({"id": "P2", "skills": ["psy"], "home_site": "S1"})
    base["beneficiaries"].append({"id": "B2", "requirements": [{"type": "IND", "minutes": 180}]})
    result = run(base)
    assert result.stats["covered_minutes"] == 180  # two psychologists, but one room


def test_forbidden_pair_h8_never_in_one_session(base: dict[str, Any]) -> None:
    base["sites"][0]["capacity"] = 2
    base["beneficiaries"] = [
        {"id": "B1", "requirements": [{"type": "COL", "minutes": 60}], "forbidden_with": ["B2"]},
        {"id": "B2", "requirements": [{"type": "COL", "minutes": 60}]}]
    result = run(base)
    assert planned(result) == []
    assert {u.beneficiary for u in result.unmet} == {"B1", "B2"}
    assert "interdit avec" in result.unmet[0].reason


def test_collective_session_groups_compatible_people(base: dict[str, Any]) -> None:
    base["beneficiaries"] = [{"id": f"B{i}", "requirements": [{"type": "COL", "minutes": 60}]} for i in range(3)]
    result = run(base)
    sessions = planned(result)
    assert len(sessions) == 1 and len(sessions[0].beneficiaries) == 3


def test_weekly_cap_h12_and_unmet_reason(base: dict[str, Any]) -> None:
    base["professionals"][0]["max_minutes_per_week"] = 60
    result = run(base)
    assert result.stats["covered_minutes"] == 60
    assert "plafond hebdomadaire atteint pour P1" in result.unmet[0].reason


def test_no_skill_reason(base: dict[str, Any]) -> None:
    base["professionals"][0]["skills"] = ["social"]
    result = run(base)
    assert "compétence « psy »" in result.unmet[0].reason


def test_no_common_time_reason(base: dict[str, Any]) -> None:
    base["beneficiaries"][0]["available"] = [window(2, "13:00", "18:00")]
    result = run(base)
    assert result.unmet[0].minutes == 120
    assert "mar. 13 h 00–18 h 00" in result.unmet[0].reason


def test_over_planning_h13_and_daily_max_h11(base: dict[str, Any]) -> None:
    base["sites"][0]["open"] = [window(d, "09:00", "12:00") for d in (1, 2)]
    base["beneficiaries"][0]["requirements"] = [{"type": "IND", "minutes": 90}]
    base["beneficiaries"][0]["max_meetings_per_day"] = 1
    result = run(base)
    days = [m.day for m in planned(result)]
    assert result.stats["covered_minutes"] == 90 and sorted(days) == [1, 2]


def test_fixed_meeting_untouched_and_buffer_h14(base: dict[str, Any]) -> None:
    base["sites"].append({"id": "C1", "kind": "external", "capacity": 5, "open": [window(1, "08:00", "18:00")]})
    base["travel_minutes"] = [{"from": "S1", "to": "C1", "minutes": 0}]
    base["fixed"] = [{"id": "F1", "type": "LAW", "day": 1, "start": "10:00", "minutes": 60, "site": "C1",
                      "professionals": [], "beneficiaries": ["B1"], "buffer_minutes": 60}]
    result = run(base)
    fixed = [m for m in result.meetings if m.fixed]
    assert [(m.id, m.start, m.site) for m in fixed] == [("F1", 600, "C1")]
    assert planned(result) == []  # 09:00–10:00 and 11:00–12:00 are inside the 60-minute buffer
    assert "rendez-vous fixes de B1 (le rendez-vous du lundi 23/11 à 10 h 00)" in result.unmet[0].reason


def test_travel_h9_between_sites(base: dict[str, Any]) -> None:
    base["sites"].append({"id": "S2", "capacity": 1, "open": [window(1, "09:00", "12:00")]})
    base["travel_minutes"] = [{"from": "S1", "to": "S2", "minutes": 30}]
    base["professionals"][0]["sites"] = ["S1", "S2"]
    base["fixed"] = [{"id": "F1", "type": "IND", "day": 1, "start": "09:00", "minutes": 60, "site": "S2",
                      "professionals": ["P1"], "beneficiaries": ["B1"]}]
    base["beneficiaries"][0]["sites"] = ["S1"]
    result = run(base)
    (m,) = planned(result)
    assert m.site == "S1" and m.start >= 10 * 60 + 30


def test_dst_week_plans_sixty_minute_meetings(base: dict[str, Any]) -> None:
    base["week"] = "2026-W44"
    base["sites"][0]["open"] = [window(7, "09:00", "12:00")]  # Sunday 25 October: clocks go back
    result = run(base)
    assert result.stats["covered_minutes"] == 120
    assert all(m.minutes == 60 and m.day == 7 for m in planned(result))


def test_deterministic_and_json(base: dict[str, Any]) -> None:
    base["beneficiaries"].append({"id": "B2", "requirements": [{"type": "IND", "minutes": 60}]})
    a = plan_to_json(run(copy.deepcopy(base), seed=3), "2026-W48")
    b = plan_to_json(run(copy.deepcopy(base), seed=3), "2026-W48")
    for doc in (a, b):  # durations are the only figures that differ between two runs
        doc["stats"].pop("solve_seconds"), doc["stats"].pop("phase_seconds")
    assert a == b and a["format"] == "sosdesk-plan/1"


def test_progress_and_cancel(base: dict[str, Any]) -> None:
    seen: list[PlanProgress] = []
    cancel = threading.Event()
    cancel.set()
    result = run(base, progress=seen.append, cancel=cancel)
    assert result.stats["covered_minutes"] == 0
    result = run(base, progress=seen.append)
    assert seen and seen[-1].covered_minutes == 120
