"""The planner and the sosdesk-planning/1 format with dates that matter (issue 12): nothing on a
public holiday, someone else when a professional is on leave, reasons naming the leave."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sosdesk.domain.closures import Absence, week_windows
from sosdesk.domain.model import (
    Beneficiary,
    MeetingType,
    PlanningProblem,
    Professional,
    Requirement,
    Site,
    Window,
)
from sosdesk.domain.rules import check_week
from sosdesk.planning.instance import parse_instance, problem_to_json
from sosdesk.planning.solver import solve

WEEK = "2026-W52"
WEEKDAYS = tuple(Window(d, 480, 1140) for d in range(1, 6))


def _problem(absences: list[Absence], bens: int = 8, pros: tuple[str, ...] = ("P3", "P4")) -> PlanningProblem:
    sites = {"S1": Site("S1", capacity=3, open=WEEKDAYS)}
    return PlanningProblem(
        week=WEEK, sites=sites,
        meeting_types={"IND": MeetingType("IND", "individual", 60, "psy")},
        professionals={p: Professional(p, ("psy",), home_site="S1") for p in pros},
        beneficiaries={f"B{i}": Beneficiary(f"B{i}", (Requirement("IND", 120),), referent="P3")
                       for i in range(bens)},
        dated=week_windows(WEEK, sites, absences))


def test_christmas_week_is_planned_with_nothing_on_the_25th() -> None:
    result = solve(_problem([], bens=10), time_limit=5, workers=1)
    days = {m.day for m in result.meetings}
    assert result.meetings and 5 not in days
    assert check_week(_problem([], bens=10), result.meetings) == []


def test_a_professionals_leave_makes_the_planner_use_someone_else() -> None:
    leave = Absence("A1", "professional", "P3", date(2026, 12, 21), date(2026, 12, 31), reason="congé")
    problem = _problem([leave], bens=4)
    result = solve(problem, time_limit=5, workers=1)
    assert result.meetings
    assert all(m.professionals == ("P4",) for m in result.meetings)  # P3 is everyone's referent
    assert not result.unmet
    assert check_week(problem, result.meetings) == []


def test_unmet_reason_names_the_leave() -> None:
    leave = Absence("A1", "professional", "P3", date(2026, 12, 21), date(2026, 12, 31), reason="congé")
    result = solve(_problem([leave], bens=1, pros=("P3",)), time_limit=3, workers=1)
    assert not result.meetings
    assert len(result.unmet) == 1
    reason = result.unmet[0].reason
    assert "congé de P3 du 21/12 au 31/12" in reason
    assert "le 25/12 est férié (Noël)" in reason


def test_instance_carries_dated_windows_and_old_files_stay_valid(tmp_path: Path) -> None:
    leave = Absence("A1", "professional", "P3", date(2026, 12, 21), date(2026, 12, 31), reason="congé")
    hearing = Absence("A2", "beneficiary", "B0", date(2026, 12, 22), date(2026, 12, 22), 540, 720, reason="audience")
    works = Absence("A3", "site", "S1", date(2026, 12, 23), date(2026, 12, 23), 780, 1140, capacity=1, reason="travaux")
    problem = _problem([leave, hearing, works], bens=2)
    doc = problem_to_json(problem)
    site = doc["sites"][0]
    assert site["closed"] == [{"date": "2026-12-25", "reason": "Noël", "kind": "holiday"}]
    assert site["reduced"] == [{"date": "2026-12-23", "from": "13:00", "to": "19:00", "reason": "travaux",
                                "capacity": 1}]
    p3 = next(p for p in doc["professionals"] if p["id"] == "P3")
    assert p3["unavailable_dates"][0] == {"date": "2026-12-21", "reason": "congé", "first": "2026-12-21",
                                          "last": "2026-12-31"}
    assert len(p3["unavailable_dates"]) == 7
    b0 = next(b for b in doc["beneficiaries"] if b["id"] == "B0")
    assert b0["unavailable_dates"] == [{"date": "2026-12-22", "from": "09:00", "to": "12:00", "reason": "audience"}]
    again = parse_instance(json.loads(json.dumps(doc)))
    assert sorted(again.dated, key=repr) == sorted(problem.dated, key=repr)
    assert problem_to_json(again) == doc
    # an old file (no dated keys) still reads, with no dated windows
    old = {k: v for k, v in doc.items()}
    old["sites"] = [{k: v for k, v in s.items() if k not in ("closed", "reduced")} for s in doc["sites"]]
    old["professionals"] = [{k: v for k, v in p.items() if k != "unavailable_dates"} for p in doc["professionals"]]
    old["beneficiaries"] = [{k: v for k, v in b.items() if k != "unavailable_dates"} for b in doc["beneficiaries"]]
    assert parse_instance(old).dated == ()


def test_dated_entries_outside_the_week_or_malformed_are_refused_by_path() -> None:
    doc = problem_to_json(_problem([], bens=1))
    doc["professionals"][0]["unavailable_dates"] = [{"date": "2027-01-04"}, {"date": "25/12/2026"},
                                                    {"date": "2026-12-22", "from": "12:00", "to": "09:00"}]
    doc["sites"][0]["closed"] = [{"date": "2026-12-25", "kind": "vacances"}]
    try:
        parse_instance(doc)
    except Exception as exc:  # InputError
        text = str(exc)
    else:
        raise AssertionError("refusal expected")
    assert "professionals[P3].unavailable_dates[0].date" in text and "hors de la semaine" in text
    assert "professionals[P3].unavailable_dates[1].date" in text
    assert "professionals[P3].unavailable_dates[2]" in text
    assert "sites[S1].closed[0].kind" in text
