"""The first fit's sessions chosen together (round 20 of issue 18, ``planning/sessions.py``): taken
one at a time, the first session holds the people a second one needed; chosen together, both are
held. The choice keeps the rules, never puts two people forbidden to meet in one session and is the
same on every run."""

from __future__ import annotations

import time
from typing import Any

from sosdesk.domain.rules_base import required_minutes
from sosdesk.planning import sessions, solver
from sosdesk.planning.bound import missing_minutes
from sosdesk.planning.candidates import Availability, generate
from sosdesk.planning.greedy import best_first_fit
from sosdesk.planning.instance import parse_instance
from sosdesk.planning.plan_eval import coverage_of, covered_minutes
from sosdesk.planning.sessions import choose_sessions
from tests.benchmarks.planner_suite import week
from tests.planning.independent_check import new_breaches


def _w(day: int, start: int, end: int) -> dict[str, Any]:
    return {"day": day, "from": f"{start // 60:02d}:{start % 60:02d}", "to": f"{end // 60:02d}:{end % 60:02d}"}


def _two_sessions_week(forbidden: bool = False) -> dict[str, Any]:
    """A, B, C are free 9–10, D 9–11, E and F 10–11: a group talk at 9 with all four free then
    leaves E and F alone at 10 (three are needed); A, B, C at 9 and D, E, F at 10 hold six."""
    windows = {"A": (9, 10), "B": (9, 10), "C": (9, 10), "D": (9, 11), "E": (10, 11), "F": (10, 11), "G": (9, 11)}
    people = "ABCDEFG" if forbidden else "ABCDEF"
    bens = [{"id": b, "sites": ["S1"], "requirements": [{"type": "TALK", "minutes": 60}],
             "available": [_w(1, windows[b][0] * 60, windows[b][1] * 60)]} for b in people]
    if forbidden:  # D may not meet E: D's place at 10 goes to G
        bens[3]["forbidden_with"] = ["E"]
    return {"format": "sosdesk-planning/1", "week": "2026-W48", "timezone": "Europe/Paris", "slot_minutes": 15,
            "sites": [{"id": "S1", "name": "Site 1", "kind": "office", "capacity": 2, "open": [_w(1, 8 * 60, 18 * 60)]}],
            "travel_minutes": [],
            "meeting_types": [{"id": "TALK", "kind": "collective", "minutes": 60, "skill": "facilitator",
                               "professionals": 1, "min_participants": 3, "max_participants": 6}],
            "professionals": [{"id": "P1", "skills": ["facilitator"], "home_site": "S1", "sites": ["S1"],
                               "available": [_w(1, 9 * 60, 17 * 60)]}],
            "beneficiaries": bens, "fixed": []}


def _start(problem: Any, cands: Any, sessions: dict[int, tuple[str, ...]] | None) -> tuple[list[Any], int]:
    av = Availability(problem)
    required = required_minutes(problem)
    plan, complete = best_first_fit(av, cands, required, sessions=sessions)
    assert complete
    return plan, covered_minutes(required, coverage_of(problem, [*problem.fixed, *plan]))


def test_sessions_chosen_together_hold_the_two_talks_a_first_fit_order_misses() -> None:
    problem, av, cands = _first_fit_of(_two_sessions_week())
    _plain, plain_cov = _start(problem, cands, None)
    assert plain_cov == 240  # the talk at 9 took D: E and F are two at 10

    choice = choose_sessions(av, cands, missing_minutes(av, cands), None, time.monotonic() + 30)
    assert choice.status == "OPTIMAL" and choice.chosen is not None and not choice.cut
    held = sorted((cands.items[i].start, sorted(who)) for i, who in choice.chosen.items())
    assert held == [(9 * 60, ["A", "B", "C"]), (10 * 60, ["D", "E", "F"])]
    plan, cov = _start(problem, cands, choice.chosen)
    assert cov == 360
    assert new_breaches(problem, plan) == []


def test_two_people_forbidden_to_meet_are_never_chosen_for_one_session() -> None:
    problem, av, cands = _first_fit_of(_two_sessions_week(forbidden=True))
    choice = choose_sessions(av, cands, missing_minutes(av, cands), None, time.monotonic() + 30)
    assert choice.chosen is not None
    for who in choice.chosen.values():
        assert not ({"D", "E"} <= set(who))
    plan, cov = _start(problem, cands, choice.chosen)
    assert cov == 420  # A, B, C at 9; E, F, G at 10; D with A, B, C at 9 too
    assert new_breaches(problem, plan) == []


def _first_fit_of(instance: dict[str, Any]) -> tuple[Any, Availability, Any]:
    """The week, its availability and the first fit's candidates."""
    problem = parse_instance(instance)
    av = Availability(problem)
    return problem, av, generate(problem, solver._first_fit_options(problem), av)


def test_on_a_suite_week_the_guided_choice_keeps_the_rules_is_reproducible_and_starts_higher() -> None:
    problem, av, cands = _first_fit_of(week("M", "fragmented", 301))
    required = required_minutes(problem)
    run = solver._guide(av, cands, 28.0, time.monotonic() + 120)
    need = missing_minutes(av, cands)
    assert run.guide and need
    first = choose_sessions(av, cands, need, run.guide, time.monotonic() + 60)
    again = choose_sessions(av, cands, need, run.guide, time.monotonic() + 60)
    assert first.chosen and first.chosen == again.chosen and first.dtime == again.dtime
    # every session candidate when they are few (round 21), only those the guide's LP holds otherwise
    total = sum(1 for it in cands.items if it.grouped and any(need.get((b, it.type), 0) > 0 for b in it.bens))
    assert first.items == total <= sessions.MAX_ITEMS
    assert 0 < choose_sessions(av, cands, need, run.guide, time.monotonic() + 60, max_items=total - 1).items < total
    plain, _ = best_first_fit(av, cands, required, guide=run.guide)
    together, _ = best_first_fit(av, cands, required, guide=run.guide, sessions=first.chosen)
    assert new_breaches(problem, together) == []
    # Measured (docs/planning.md, « Round 20 »): 13,155 → 13,755 minutes on this week (guide's only).
    assert covered_minutes(required, coverage_of(problem, [*problem.fixed, *together])) > \
        covered_minutes(required, coverage_of(problem, [*problem.fixed, *plain])) + 300


def test_where_the_lp_holds_fractional_sessions_every_candidate_is_weighed() -> None:
    """M `one_group` 305: talks need three people; the guide's LP spreads fractions of sessions over
    people who can never meet three at a time, so its 25 candidates hold 6 sessions where the 126
    of the week hold 9 (docs/planning.md, « Round 21 »)."""
    problem, av, cands = _first_fit_of(week("M", "one_group", 305))
    run = solver._guide(av, cands, 28.0, time.monotonic() + 120)
    need = missing_minutes(av, cands)
    assert run.guide

    def person_minutes(choice: sessions.SessionChoice) -> int:
        assert choice.chosen
        return sum(len(who) * problem.meeting_types[cands.items[i].type].minutes for i, who in choice.chosen.items())

    every = choose_sessions(av, cands, need, run.guide, time.monotonic() + 60)
    guided = choose_sessions(av, cands, need, run.guide, time.monotonic() + 60, max_items=every.items - 1)
    assert guided.items < every.items
    assert person_minutes(every) > person_minutes(guided)


def test_when_every_candidate_is_too_many_to_solve_in_time_the_guides_are_chosen() -> None:
    """M `one_group` 402 planned from Wednesday 13:20: 540 session candidates, where CP-SAT finds no
    choice at all within its deterministic time; the guide's 74 are solved to optimality. The first
    fit then still starts from sessions chosen together (it had none: 17,970 min, now 18,720)."""
    problem = parse_instance(week("M", "one_group", 402))
    av = Availability(problem, (3, 13 * 60 + 20))
    cands = generate(problem, solver._first_fit_options(problem), av)
    run = solver._guide(av, cands, 25.0, time.monotonic() + 120)
    need = missing_minutes(av, cands)
    assert run.guide
    choice = choose_sessions(av, cands, need, run.guide, time.monotonic() + 60)
    assert choice.items > 500 and choice.chosen and choice.status == "OPTIMAL"
    assert choice.dtime > sessions.DTIME  # the unanswered model's time is charged too
    for i, who in choice.chosen.items():
        item = cands.items[i]
        assert item.day >= 3 and len(who) >= problem.meeting_types[item.type].min_participants
        assert all(need[(b, item.type)] > 0 for b in who)
    again = choose_sessions(av, cands, need, run.guide, time.monotonic() + 60)
    assert again.chosen == choice.chosen
