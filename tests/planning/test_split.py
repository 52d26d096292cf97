"""One group of sites searched by both processes: the week's days dealt between them round after
round (``Lns.run_split``), the partner's moves replayed under the rules that span days."""

from __future__ import annotations

from typing import Any

import pytest

from sosdesk.domain.model import Meeting
from sosdesk.domain.rules import check_week
from sosdesk.planning.candidates import Availability
from sosdesk.planning.instance import parse_instance
from sosdesk.planning.lns import Lns
from sosdesk.planning.parallel import Part, SplitPartner, local_ids
from sosdesk.planning.plan_eval import score
from sosdesk.planning.solver import solve
from tests.planning.independent_check import new_breaches
from tests.planning.test_search import two_areas, window


def one_area(seed: int) -> dict[str, Any]:
    """One area of ``two_areas``, busier: every site and person linked, so one group of sites."""
    doc = two_areas(seed=seed, per_area=12)
    doc["sites"] = [s for s in doc["sites"] if s["id"] == "S1"]
    doc["professionals"] = [p for p in doc["professionals"] if p["sites"] == ["S1"]]
    doc["beneficiaries"] = [b for b in doc["beneficiaries"] if b["sites"] == ["S1"]]
    return doc


@pytest.mark.usefixtures("lns_everywhere")
def test_one_group_is_split_between_two_processes_reproducibly() -> None:
    problem = parse_instance(one_area(seed=3))
    first = solve(problem, time_limit=5, seed=1, workers=2)
    again = solve(problem, time_limit=5, seed=1, workers=2)
    s = first.stats
    assert s["lns_split"] and not s["lns_portfolio"] and s["lns_processes"] == 2
    assert s["lns_split_rounds"] >= 2
    assert check_week(problem, first.meetings) == [] and new_breaches(problem, first.meetings) == []
    assert s["greedy_covered_minutes"] <= s["covered_minutes"] <= s["coverage_bound_minutes"]
    assert s["lns_work"] > s["lns_path_work"] > 0  # both processes worked: the budget counts the longer side
    assert s["lns_accepted"] <= s["lns_iterations"]  # a replayed move is counted once, by its side
    if not (s["lns_stopped_by_clock"] or again.stats["lns_stopped_by_clock"]):
        assert s["lns_work"] == again.stats["lns_work"]
        assert [(m.day, m.start, m.site, m.professionals, m.beneficiaries) for m in first.meetings] == \
            [(m.day, m.start, m.site, m.professionals, m.beneficiaries) for m in again.meetings]


def capped_week() -> dict[str, Any]:
    """Two days; P1 may work 120 minutes a week, P2 is free; B1 needs one hour, B2 and B3 two."""
    return {
        "format": "sosdesk-planning/1", "week": "2026-W48", "timezone": "Europe/Paris", "slot_minutes": 15,
        "sites": [{"id": "S1", "capacity": 3, "open": [window(d, "09:00", "13:00") for d in (1, 2)]}],
        "travel_minutes": [],
        "meeting_types": [{"id": "IND", "kind": "individual", "minutes": 60, "skill": "psy", "professionals": 1,
                           "min_participants": 1, "max_participants": 1}],
        "professionals": [{"id": "P1", "skills": ["psy"], "home_site": "S1", "sites": ["S1"], "max_minutes_per_week": 120},
                          {"id": "P2", "skills": ["psy"], "home_site": "S1", "sites": ["S1"]}],
        "beneficiaries": [{"id": "B1", "requirements": [{"type": "IND", "minutes": 60}]},
                          {"id": "B2", "requirements": [{"type": "IND", "minutes": 120}]},
                          {"id": "B3", "requirements": [{"type": "IND", "minutes": 120}]}],
        "fixed": [],
    }


def meeting(mid: str, day: int, start: int, pro: str, ben: str) -> Meeting:
    return Meeting(mid, "IND", day, start, 60, "S1", (pro,), (ben,))


def test_a_partner_move_is_replayed_only_if_the_week_long_rules_still_hold() -> None:
    """Each side saw the other's days as they were: a move of the partner that over-plans a
    requirement (H13) or takes a professional past the weekly cap (H12) together with this side's
    moves is dropped; one that keeps both is kept."""
    problem = parse_instance(capped_week())
    required = {(b.id, r.type): r.minutes for b in problem.beneficiaries.values() for r in b.requirements}
    planned = [meeting("a", 1, 540, "P1", "B1"), meeting("b", 1, 600, "P1", "B2")]
    search = Lns(problem, Availability(problem), planned, required, 0, local_ids("t-"))
    start = search.score
    # B1 already has its hour: a second one is over-planning (H13)
    assert not search._try(frozenset(), [meeting("p1", 2, 540, "P2", "B1")], replay=True)
    # P1 already works 120 minutes this week (H12)
    assert not search._try(frozenset(), [meeting("p2", 2, 540, "P1", "B3")], replay=True)
    assert search.planned == planned and search.score == start
    assert search._try(frozenset(), [meeting("p3", 2, 540, "P2", "B3")], replay=True)
    assert search.score.coverage == start.coverage + 60
    assert check_week(problem, search.planned) == []
    assert search.score == score(problem, required, search.planned)


def test_a_split_search_whose_partner_died_goes_on_alone() -> None:
    problem = parse_instance(one_area(seed=4))
    required = {(b.id, r.type): r.minutes for b in problem.beneficiaries.values() for r in b.requirements}
    av = Availability(problem)
    search = Lns(problem, av, [], required, 0, local_ids("lns0-"))
    partner = SplitPartner.start(problem, None, Part([], required, 1), "lns1-")
    assert partner.proc is not None
    partner.proc.kill()
    partner.proc.wait()
    try:
        plan = search.run_split(partner, 2.0, float("inf"), lambda: False)
    finally:
        partner.close()
    assert not partner.alive
    assert search.stats.split_rounds >= 1 and search.stats.split_replayed == 0
    assert search.score.coverage > 0  # it planned alone, every day open to its moves
    assert check_week(problem, plan) == [] and new_breaches(problem, plan) == []
