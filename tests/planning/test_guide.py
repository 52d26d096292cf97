"""The first fit's guided order (round 9 of issue 18): the start-indexed LP's plan of each group of
sites orders the first fit's candidates; its cost is charged to the search's work budget, so a run
stays reproducible; a group whose LP would not fit its share goes unguided; a clock cut is named."""

from __future__ import annotations

import time

import pytest

from sosdesk.domain.rules_base import required_minutes
from sosdesk.planning import solver
from sosdesk.planning import spans as sp
from sosdesk.planning.bound import missing_minutes, needs_by_group
from sosdesk.planning.bound_slots import LagrangianLp, Usable, slot_guide
from sosdesk.planning.candidates import Availability, Candidates, generate, is_grouped
from sosdesk.planning.greedy import _orders, best_first_fit, first_fit
from sosdesk.planning.instance import parse_instance
from sosdesk.planning.plan_eval import coverage_of, covered_minutes
from tests.benchmarks.planner_suite import week
from tests.planning.independent_check import new_breaches


def test_the_guide_puts_meetings_only_where_a_meeting_can_lie_and_never_more_than_required() -> None:
    problem = parse_instance(week("S", "parole", 5))
    av = Availability(problem)
    cands = generate(problem, solver._first_fit_options(problem), av)
    need = {k: v for k, v in missing_minutes(av, cands).items() if v > 0}
    usable = Usable(av)
    total: dict[tuple[str, str], float] = {}
    guided = 0
    for group, part in needs_by_group(av, need):
        got = slot_guide(av, part, group, time.monotonic() + 60, 30, usable=usable)
        assert got is not None and got.values is not None and got.iterations > 0
        values = got.values
        assert got.columns >= len(values) > 0
        for key, value in values.items():
            assert value > 0
            if len(key) == 5:  # a beneficiary in a meeting: inside their free time there
                b, type_id, site, day, start = key
                t = problem.meeting_types[type_id]
                if is_grouped(t):  # in a session: free over all of it
                    assert sp.covers(usable.ben_free(b, day, site), start, start + t.minutes)
                else:  # an individual meeting: a skilled professional is free too
                    assert sp.covers(usable.individual(b, type_id, site, day), start, start + t.minutes)
                total[(b, type_id)] = total.get((b, type_id), 0.0) + value * t.minutes
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
    required = required_minutes(problem)
    cands = generate(problem, solver._first_fit_options(problem), av)
    run = solver._guide(av, cands, 25.0, time.monotonic() + 60)
    guide = run.guide
    assert guide and run.columns > 0 and run.cut is False
    plain, _ = best_first_fit(av, cands, required)
    steered, _ = best_first_fit(av, cands, required, guide=guide)
    assert new_breaches(problem, steered) == []
    # On this week (tight day-parole windows) the LP's order starts the search well above every fixed order.
    assert covered_minutes(required, coverage_of(problem, [*problem.fixed, *steered])) > \
        covered_minutes(required, coverage_of(problem, [*problem.fixed, *plain]))


def test_a_group_whose_lp_would_not_fit_its_share_goes_unguided_and_is_charged(monkeypatch: pytest.MonkeyPatch) -> None:
    problem = parse_instance(week("M", "parole", 103))
    av = Availability(problem)
    cands = generate(problem, solver._first_fit_options(problem), av)
    monkeypatch.setattr(solver, "GUIDE_SHARE", 1e-4)
    run = solver._guide(av, cands, 25.0, time.monotonic() + 60)
    assert run.guide is None and run.cut is False and run.columns == 0
    # Charged the columns it could build (then nothing is left for the other group), whatever the clock.
    allowance = 25.0 * 1e-4
    could = int(min(allowance / solver.GUIDE_SECONDS_PER_COLUMN, (allowance / solver.GUIDE_SECONDS_PER_COLUMN2) ** 0.5))
    assert could > 0 and run.work == pytest.approx(could * solver.GUIDE_SECONDS_PER_COLUMN)


def test_an_lp_past_its_iterations_guides_with_its_point_so_far_and_spends_its_allowance(
        monkeypatch: pytest.MonkeyPatch) -> None:
    problem = parse_instance(week("M", "parole", 103))
    av = Availability(problem)
    cands = generate(problem, solver._first_fit_options(problem), av)
    full = solver._guide(av, cands, 25.0, time.monotonic() + 60)
    assert full.guide and full.iterations > 1000 and not full.cut
    assert full.work == pytest.approx(sum(solver.guide_work(c, i) for c, i in _groups(av, cands)))
    # The same LPs with each iteration ten thousand times dearer: the simplex is stopped by its
    # iteration cap (deterministic), not by the clock, and the allowance is spent; where the
    # simplex stood then still guides the first fit (the same point on every run).
    monkeypatch.setattr(solver, "GUIDE_SECONDS_PER_ITERATION2", solver.GUIDE_SECONDS_PER_ITERATION2 * 1e2)
    monkeypatch.setattr(solver, "GUIDE_SECONDS_PER_ITERATION_COLUMN", solver.GUIDE_SECONDS_PER_ITERATION_COLUMN * 1e2)
    one = solver._guide(av, cands, 25.0, time.monotonic() + 60)
    two = solver._guide(av, cands, 25.0, time.monotonic() + 60)
    assert one.capped and one.cut is False and 0 < one.iterations < full.iterations
    assert one.work == pytest.approx(25.0 * solver.GUIDE_SHARE)
    assert (one.iterations, one.columns) == (two.iterations, two.columns)
    assert one.guide and one.guide == two.guide and one.guide != full.guide
    assert not full.capped
    required = required_minutes(problem)
    steered, _ = best_first_fit(av, cands, required, guide=one.guide)
    assert new_breaches(problem, steered) == []


def test_a_simplex_capped_before_any_feasible_point_guides_with_nothing_and_says_nothing(
        capfd: pytest.CaptureFixture[str]) -> None:
    # Rows « at least one of these » leave the origin infeasible: one iteration of the primal
    # simplex stops it in its first phase, where GLOP has no point (it answers NOT_SOLVED and logs an
    # error per column read — 1,887 lines on the stderr of a random week at a 0.5-s limit).
    lp = LagrangianLp()
    for j in range(60):
        lp.var(1.0, 1.0 + j % 7)
    for r in range(40):
        lp.at_most([(j, 1.0) for j in range(r, r + 12)], 2.0)
        lp.at_most([(j, -1.0) for j in range(r, r + 6)], -1.0)  # at least one of six
    full = lp.primal(time.monotonic() + 30)
    assert full.values is not None and not full.capped and full.iterations > 1
    capped = lp.primal(time.monotonic() + 30, max_iterations=1)
    assert capped.capped and capped.values is None and capped.iterations == 1
    assert "No solution exists" not in capfd.readouterr().err


def _groups(av: Availability, cands: Candidates) -> list[tuple[int, int]]:
    """(columns, simplex iterations) of each group's guide LP, solved without a cap."""
    need = {k: v for k, v in missing_minutes(av, cands).items() if v > 0}
    out = []
    for group, part in needs_by_group(av, need):
        got = slot_guide(av, part, group, time.monotonic() + 60, solver.GUIDE_STEP)
        assert got is not None
        out.append((got.columns, got.iterations))
    return out


def test_a_guide_past_its_deadline_is_a_cut_not_an_error() -> None:
    problem = parse_instance(week("M", "parole", 103))
    av = Availability(problem)
    cands = generate(problem, solver._first_fit_options(problem), av)
    run = solver._guide(av, cands, 25.0, time.monotonic() - 1)
    assert run.guide is None and run.cut is True


def test_guided_runs_are_reproducible_and_say_they_were_guided(monkeypatch: pytest.MonkeyPatch) -> None:
    problem = parse_instance(week("M", "fragmented", 2))
    monkeypatch.setattr(solver, "EXACT_MAX_BENEFICIARIES", 0)
    one = solver.solve(problem, time_limit=6, seed=3, workers=1)
    two = solver.solve(problem, time_limit=6, seed=3, workers=1)
    assert one.stats["first_fit_guided"] is True and one.stats["first_fit_guide_columns"] > 0
    assert one.stats["first_fit_guide_iterations"] > 0 and one.stats["first_fit_guide_work"] > 0
    assert new_breaches(problem, one.meetings) == []
    if not one.stats["cut_phases"] and not two.stats["cut_phases"]:
        assert [(m.type, m.day, m.start, m.site, m.professionals, m.beneficiaries) for m in one.meetings] == \
            [(m.type, m.day, m.start, m.site, m.professionals, m.beneficiaries) for m in two.meetings]
    else:  # a loaded machine cut a phase: still valid plans
        assert new_breaches(problem, two.meetings) == []


def test_a_session_asks_whom_the_lp_puts_in_it_first() -> None:
    problem = parse_instance(week("S", "collective", 2))
    av = Availability(problem)
    cands = generate(problem, solver._first_fit_options(problem), av)
    item = next(it for it in cands.items if it.grouped and len(it.bens) > problem.meeting_types[it.type].max_participants)
    cap = problem.meeting_types[item.type].max_participants

    def in_order(chosen: tuple[str, ...], asked: tuple[str, ...]) -> bool:  # asked in turn (some may be unable)
        rest = iter(asked)
        return all(b in rest for b in chosen)

    by_order = first_fit(av, cands, [item])[item.index]
    assert len(by_order) == cap and in_order(by_order, item.bens)  # without a guide: the candidate's order
    preferred = tuple(reversed(item.bens))
    steered = first_fit(av, cands, [item], joiners=lambda it: preferred)[item.index]
    assert len(steered) == cap and in_order(steered, preferred) and steered != by_order
    # The guide's second order lets nobody else in when the LP names some: here the last two.
    guide = {(b, item.type, item.site, item.day, item.start): 1.0 for b in item.bens[-2:]}
    (_key, lp_first), (_key2, lp_only) = _orders(av, [item], guide)[:2]
    assert lp_first is not None and lp_only is not None
    assert lp_first(item)[:2] == item.bens[-2:] and set(lp_first(item)) == set(item.bens)
    assert lp_only(item) == item.bens[-2:]


def test_a_guide_cut_between_groups_keeps_the_groups_already_solved(monkeypatch: pytest.MonkeyPatch) -> None:
    problem = parse_instance(week("M", "parole", 103))  # two groups of sites
    av = Availability(problem)
    cands = generate(problem, solver._first_fit_options(problem), av)
    calls: list[int] = []
    real = solver.slot_guide

    def late_second(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 2:
            raise TimeoutError("start-indexed LP not solved in time")
        return real(*args, **kwargs)

    monkeypatch.setattr(solver, "slot_guide", late_second)
    run = solver._guide(av, cands, 25.0, time.monotonic() + 60)
    guide = run.guide
    assert run.cut is True and guide and run.columns > 0
    first_group = needs_by_group(av, required_minutes(problem))[0][0]
    assert {key[2] if len(key) == 5 else key[1] for key in guide} <= first_group  # only the first group's sites
