"""The first fit's guided order (round 9 of issue 18): the start-indexed LP's plan of each group of
sites orders the first fit's candidates; its cost is charged to the search's work budget, so a run
stays reproducible; a group whose LP would not fit its share goes unguided; a clock cut is named."""

from __future__ import annotations

import time

import pytest

from sosdesk.planning import solver
from sosdesk.planning.bound import missing_minutes, site_groups
from sosdesk.planning.bound_slots import Usable, slot_guide
from sosdesk.planning.candidates import Availability, generate
from sosdesk.planning.greedy import best_first_fit
from sosdesk.planning.instance import parse_instance
from sosdesk.planning.plan_eval import coverage_of
from tests.benchmarks.planner_suite import week
from tests.planning.independent_check import new_breaches


def _required(problem):  # type: ignore[no-untyped-def]
    return {(b.id, r.type): r.minutes for b in problem.beneficiaries.values() for r in b.requirements}


def test_the_guide_puts_meetings_only_where_a_meeting_can_lie_and_never_more_than_required() -> None:
    problem = parse_instance(week("S", "parole", 5))
    av = Availability(problem)
    cands = generate(problem, solver._first_fit_options(problem), av)
    need = {k: v for k, v in missing_minutes(av, cands).items() if v > 0}
    usable = Usable(av)
    total: dict[tuple[str, str], float] = {}
    guided = 0
    for group in site_groups(av):
        part = {k: v for k, v in need.items() if av.ben_sites(k[0])[0] in group}
        if not part:
            continue
        got = slot_guide(av, part, group, time.monotonic() + 60, 30, usable=usable)
        assert got is not None
        values, columns = got
        assert columns >= len(values) > 0
        for key, value in values.items():
            assert value > 0
            if len(key) == 5:  # an individual meeting: inside the beneficiary's free time there, on the grid
                b, type_id, site, day, start = key
                minutes = problem.meeting_types[type_id].minutes
                assert any(lo <= start and start + minutes <= hi for lo, hi in usable.individual(b, type_id, site, day))
                total[(b, type_id)] = total.get((b, type_id), 0.0) + value * minutes
                guided += 1
            else:
                type_id, site, day, start = key
                assert site in group and start % 30 == 0
    assert guided
    for key, minutes in total.items():  # never a meeting more than what is missing needs (H13)
        per = problem.meeting_types[key[1]].minutes
        assert minutes <= -(-need[key] // per) * per + 1e-6


def test_the_guided_order_is_one_of_the_first_fit_orders_and_its_plan_keeps_the_rules() -> None:
    problem = parse_instance(week("M", "parole", 103))
    av = Availability(problem)
    required = _required(problem)
    cands = generate(problem, solver._first_fit_options(problem), av)
    guide, columns, cut = solver._guide(av, cands, 25.0, time.monotonic() + 60)
    assert guide and columns > 0 and cut is False
    plain, _ = best_first_fit(av, cands, required)
    steered, _ = best_first_fit(av, cands, required, guide=guide)
    assert new_breaches(problem, steered) == []

    def covered(plan):  # type: ignore[no-untyped-def]
        return sum(min(v, required[k]) for k, v in coverage_of(problem, [*problem.fixed, *plan]).items()
                   if k in required)
    # On this week (tight day-parole windows) the LP's order starts the search well above every fixed order.
    assert covered(steered) > covered(plain)


def test_a_group_whose_lp_would_not_fit_its_share_goes_unguided_and_is_charged(monkeypatch: pytest.MonkeyPatch) -> None:
    problem = parse_instance(week("M", "parole", 103))
    av = Availability(problem)
    cands = generate(problem, solver._first_fit_options(problem), av)
    monkeypatch.setattr(solver, "GUIDE_SHARE", 1e-4)
    guide, columns, cut = solver._guide(av, cands, 25.0, time.monotonic() + 60)
    assert guide is None and cut is False
    assert columns == int(25.0 * 1e-4 / solver.GUIDE_SECONDS_PER_COLUMN)  # deterministic, whatever the clock


def test_a_guide_past_its_deadline_is_a_cut_not_an_error() -> None:
    problem = parse_instance(week("M", "parole", 103))
    av = Availability(problem)
    cands = generate(problem, solver._first_fit_options(problem), av)
    guide, _columns, cut = solver._guide(av, cands, 25.0, time.monotonic() - 1)
    assert guide is None and cut is True


def test_guided_runs_are_reproducible_and_say_they_were_guided(monkeypatch: pytest.MonkeyPatch) -> None:
    problem = parse_instance(week("M", "fragmented", 2))
    monkeypatch.setattr(solver, "EXACT_MAX_BENEFICIARIES", 0)
    one = solver.solve(problem, time_limit=6, seed=3, workers=1)
    two = solver.solve(problem, time_limit=6, seed=3, workers=1)
    assert one.stats["first_fit_guided"] is True and one.stats["first_fit_guide_columns"] > 0
    assert new_breaches(problem, one.meetings) == []
    if not one.stats["cut_phases"] and not two.stats["cut_phases"]:
        assert [(m.type, m.day, m.start, m.site, m.professionals, m.beneficiaries) for m in one.meetings] == \
            [(m.type, m.day, m.start, m.site, m.professionals, m.beneficiaries) for m in two.meetings]
    else:  # a loaded machine cut a phase: still valid plans
        assert new_breaches(problem, two.meetings) == []
