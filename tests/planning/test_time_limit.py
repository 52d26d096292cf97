"""The time limit is a promise (issue 18): every phase is budgeted against one deadline, a verified
plan is always returned, and ``stats`` says which phases were cut. No wall-clock asserts: the
deadlines below are already past, or the limit is too short for any phase to finish."""

from __future__ import annotations

import time

from sosdesk.domain.rules import check_week
from sosdesk.planning.candidates import Availability, Options, generate
from sosdesk.planning.greedy import best_first_fit
from sosdesk.planning.instance import parse_instance
from sosdesk.planning.plan_eval import coverage_of
from sosdesk.planning.solver import solve
from sosdesk.planning.unmet import LATE_REASON, explain_unmet
from tests.benchmarks.planner_suite import week
from tests.planning.independent_check import new_breaches


def test_a_too_short_limit_still_returns_a_verified_plan_and_names_the_cut_phases() -> None:
    problem = parse_instance(week("M", "law_rooms", 1))
    result = solve(problem, time_limit=0.5, workers=2)
    s = result.stats
    assert new_breaches(problem, result.meetings) == []
    assert len(check_week(problem, result.meetings)) == s["fixed_violations"]
    assert s["cut_phases"], "half a second cannot hold the bound, the first fit, the search and the analysis"
    assert set(s["phase_seconds"]) <= {"read", "bound", "first_fit", "search", "verify", "unmet"}
    assert "verify" in s["phase_seconds"]  # verification is never skipped
    required = {(b.id, r.type): r.minutes for b in problem.beneficiaries.values() for r in b.requirements}
    planned = coverage_of(problem, result.meetings)
    short = {k for k, v in required.items() if planned.get(k, 0) < v}
    assert {(u.beneficiary, u.type) for u in result.unmet} == short  # every unmet requirement is listed
    assert s["covered_minutes"] <= s["coverage_bound_minutes"]


def test_unmet_analysis_past_its_deadline_lists_the_rest_with_a_late_reason() -> None:
    problem = parse_instance(week("S", "parole", 3))
    required = {(b.id, r.type): r.minutes for b in problem.beneficiaries.values() for r in b.requirements}
    meetings = list(problem.fixed)
    planned = coverage_of(problem, meetings)
    unmet, complete = explain_unmet(problem, meetings, required, planned, deadline=time.monotonic() - 1)
    assert not complete
    assert unmet and all(u.reason == LATE_REASON for u in unmet)
    full, complete = explain_unmet(problem, meetings, required, planned)
    assert complete and [(u.beneficiary, u.type, u.minutes) for u in full] == \
        [(u.beneficiary, u.type, u.minutes) for u in unmet]
    assert all(u.reason != LATE_REASON for u in full)


def test_first_fit_runs_one_order_past_its_soft_deadline_and_stops_at_the_hard_one() -> None:
    problem = parse_instance(week("S", "collective", 2))
    required = {(b.id, r.type): r.minutes for b in problem.beneficiaries.values() for r in b.requirements}
    av = Availability(problem)
    cands = generate(problem, Options(30, 60, 1000, 6), av)
    past = time.monotonic() - 1
    planned, complete = best_first_fit(av, cands, required, deadline=past)
    assert planned  # the first order always runs: a plan is never empty for lack of time
    assert complete is False  # ... but the other orders were skipped
    every, complete = best_first_fit(av, cands, required)
    assert every and complete is True  # all four orders ran
    stopped, complete = best_first_fit(av, cands, required, deadline=past, hard_deadline=past)
    assert stopped == [] and complete is False


def test_candidate_generation_past_its_deadline_is_marked_cut() -> None:
    problem = parse_instance(week("S", "fragmented", 4))
    cands = generate(problem, Options(30, 60, 1000, 6), deadline=time.monotonic() - 1)
    assert cands.cut and cands.items == []
    assert not generate(problem, Options(30, 60, 1000, 6)).cut
