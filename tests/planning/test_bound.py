"""The coverage bound (``stats.coverage_bound_minutes``): a bound of the spec's problem, never below
a valid plan, and tight where the minute-pooling relaxation was loose (issue 18)."""

from __future__ import annotations

import copy
import time
from typing import Any

import pytest

from sosdesk.domain.model import Meeting
from sosdesk.domain.rules import check_week
from sosdesk.planning import bound_slots
from sosdesk.planning.bound import coverage_bound, missing_minutes, needs_by_group, site_groups
from sosdesk.planning.bound_slots import slot_bound
from sosdesk.planning.candidates import Availability, Candidates, requirement_room
from sosdesk.planning.instance import parse_instance
from sosdesk.planning.solver import solve
from sosdesk.planning.worker import larger_at_once
from tests.benchmarks.planner_suite import week
from tests.planning.conftest import window
from tests.planning.independent_check import new_breaches

MONDAY = "2026-11-23"  # 2026-W48


def _bound(doc: dict[str, Any], continuity: bool = False) -> int:
    problem = parse_instance(doc)
    cands = Candidates()
    requirement_room(problem, cands)
    value, complete = coverage_bound(Availability(problem), cands, 30.0, continuity=continuity)
    assert complete
    return value


def test_meeting_needs_one_professional_free_the_whole_hour(base: dict[str, Any]) -> None:
    # B1 free 09:00-10:00, P1 free 09:30-10:30, P2 free 08:30-09:30: never one hour together
    base["sites"][0]["open"] = [window(1, "08:00", "12:00")]
    base["professionals"] = [
        {"id": "P1", "skills": ["psy"], "home_site": "S1", "available": [window(1, "09:30", "10:30")]},
        {"id": "P2", "skills": ["psy"], "home_site": "S1", "available": [window(1, "08:30", "09:30")]}]
    base["beneficiaries"][0]["available"] = [window(1, "09:00", "10:00")]
    assert _bound(base) == 0
    base["professionals"][1]["available"] = [window(1, "08:30", "10:00")]
    assert _bound(base) == 60


def test_a_meeting_straddling_two_windows_is_not_counted(base: dict[str, Any]) -> None:
    # B1 gave two windows, 09:00-10:00 and 10:00-11:00; P1 is free 09:30-10:30 only. The one hour
    # they share straddles B1's windows, which H3 does not allow (inside ONE window, domain.rules):
    # no plan holds it, so the bound must not count it either.
    base["professionals"][0]["available"] = [window(1, "09:30", "10:30")]
    base["beneficiaries"][0]["available"] = [window(1, "09:00", "10:00"), window(1, "10:00", "11:00")]
    straddling = Meeting("M1", "IND", 1, 9 * 60 + 30, 60, "S1", ("P1",), ("B1",))
    assert [v.rule for v in check_week(parse_instance(base), [straddling])] == ["H3"]
    assert _bound(base) == 0
    assert _bound(base, continuity=True) == 0
    result = solve(parse_instance(base), time_limit=5, workers=1)
    assert result.stats["covered_minutes"] == 0 and result.stats["status"] == "OPTIMAL"
    # overlapping windows: the hour lies in their union, inside neither
    base["beneficiaries"][0]["available"] = [window(1, "09:00", "10:15"), window(1, "09:45", "11:00")]
    assert _bound(base) == 0
    # a third window that holds it whole: the hour counts
    base["beneficiaries"][0]["available"].append(window(1, "09:15", "10:45"))
    assert check_week(parse_instance(base), [straddling]) == []
    assert _bound(base) == 60
    assert solve(parse_instance(base), time_limit=5, workers=1).stats["covered_minutes"] == 60


def test_one_professional_holds_the_whole_meeting(base: dict[str, Any]) -> None:
    # B1 free 09:00-10:00, B2 09:30-10:30: only P1 (free 09:00-10:30) can hold a whole hour with
    # either; P2 (09:15-10:15) is free in the middle, so counting professionals slot by slot lets
    # both meetings happen, one professional per meeting from start to end lets only one.
    base["sites"][0].update(capacity=2, open=[window(1, "08:00", "12:00")])
    base["professionals"] = [
        {"id": "P1", "skills": ["psy"], "home_site": "S1", "available": [window(1, "09:00", "10:30")]},
        {"id": "P2", "skills": ["psy"], "home_site": "S1", "available": [window(1, "09:15", "10:15")]}]
    base["beneficiaries"] = [
        {"id": "B1", "requirements": [{"type": "IND", "minutes": 60}], "available": [window(1, "09:00", "10:00")]},
        {"id": "B2", "requirements": [{"type": "IND", "minutes": 60}], "available": [window(1, "09:30", "10:30")]}]
    assert _bound(base) == 120
    assert _bound(base, continuity=True) == 60
    assert solve(parse_instance(base), time_limit=5, workers=1).stats["covered_minutes"] == 60


def test_session_needs_its_minimum_free_together(base: dict[str, Any]) -> None:
    # COL needs 2 participants: B1 is free in the morning only, B2 in the afternoon only
    base["sites"][0]["open"] = [window(1, "08:00", "18:00")]
    base["beneficiaries"] = [
        {"id": "B1", "requirements": [{"type": "COL", "minutes": 60}], "available": [window(1, "08:00", "12:00")]},
        {"id": "B2", "requirements": [{"type": "COL", "minutes": 60}], "available": [window(1, "13:00", "18:00")]}]
    assert _bound(base) == 0
    base["beneficiaries"][1]["available"] = [window(1, "11:00", "18:00")]
    assert _bound(base) == 120


def test_dated_closure_and_reduced_capacity_count(base: dict[str, Any]) -> None:
    base["sites"][0]["capacity"] = 2
    base["professionals"].append({"id": "P2", "skills": ["psy"], "home_site": "S1"})
    base["beneficiaries"] = [
        {"id": f"B{i}", "requirements": [{"type": "IND", "minutes": 60}], "available": [window(1, "09:00", "10:00")]}
        for i in (1, 2)]
    assert _bound(base) == 120
    reduced = copy.deepcopy(base)
    reduced["sites"][0]["reduced"] = [{"date": MONDAY, "capacity": 1, "reason": "travaux"}]
    assert _bound(reduced) == 60  # one room left: one of the two hours only
    closed = copy.deepcopy(base)
    closed["sites"][0]["closed"] = [{"date": MONDAY, "reason": "fermeture"}]
    assert _bound(closed) == 0


@pytest.mark.parametrize("lp", ["GLOP", "PDLP"])
def test_lagrangian_value_of_either_lp_solver(lp: str, monkeypatch: pytest.MonkeyPatch) -> None:
    problem = parse_instance(week("S", "collective", 102))
    av = Availability(problem)
    cands = Candidates()
    requirement_room(problem, cands)
    need = {(b.id, r.type): r.minutes for b in problem.beneficiaries.values() for r in b.requirements
            if problem.meeting_types[r.type].kind != "law_enforcement"}
    values = []
    for name in ("GLOP", lp):
        monkeypatch.setenv("SOSDESK_BOUND_LP", name)
        total = 0
        for sites in site_groups(av):
            part = {k: v for k, v in need.items() if av.ben_sites(k[0])[0] in sites}
            if part:
                got = slot_bound(av, part, sites, time.monotonic() + 60)
                assert got is not None
                total += got
        values.append(total)
    assert values[0] > 0
    # the dual-derived bound of a first-order solver stays within a minute of the simplex optimum
    assert abs(values[0] - values[1]) <= max(2, values[0] // 1000)


@pytest.mark.parametrize("structure", ["collective", "parole", "fragmented", "law_rooms"])
def test_bound_never_below_a_valid_plan(structure: str) -> None:
    problem = parse_instance(week("S", structure, 11))
    result = solve(problem, time_limit=3, workers=1)
    assert new_breaches(problem, result.meetings) == []
    cands = Candidates()
    requirement_room(problem, cands)
    bound, _complete = coverage_bound(Availability(problem), cands, 30.0)
    tighter, _complete = coverage_bound(Availability(problem), cands, 30.0, continuity=True)
    fixed_cov = sum(min(cands.fixed_minutes.get((b.id, r.type), 0), r.minutes)
                    for b in problem.beneficiaries.values() for r in b.requirements)
    assert result.stats["covered_minutes"] <= fixed_cov + tighter <= fixed_cov + bound


def test_the_larger_lp_tightens_the_cheapest_groups_first(base: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    # The one-professional-per-meeting LP only counts if done in time: groups of sites go cheapest
    # first (by their start-indexed LP's columns), so the time left tightens as many as it can.
    # Lyon: two beneficiaries free all week with three psychologists (many columns); Vienne, a
    # separate group: three beneficiaries free one hour each (few columns, more requirements).
    import sosdesk.planning.bound as bound_module

    base["sites"] = [
        {"id": "S1", "name": "Lyon", "kind": "office", "capacity": 3, "open": [window(d, "09:00", "17:00") for d in range(1, 6)]},
        {"id": "S2", "name": "Vienne", "kind": "office", "capacity": 1, "open": [window(d, "09:00", "17:00") for d in range(1, 6)]}]
    base["professionals"] = [{"id": f"P{i}", "skills": ["psy"], "home_site": "S1", "sites": ["S1"]} for i in (1, 2, 3)]
    base["professionals"].append({"id": "P4", "skills": ["psy"], "home_site": "S2", "sites": ["S2"]})
    base["beneficiaries"] = [{"id": f"B{i}", "requirements": [{"type": "IND", "minutes": 120}], "sites": ["S1"]}
                             for i in (1, 2)]
    base["beneficiaries"] += [{"id": f"B{i}", "requirements": [{"type": "IND", "minutes": 60}], "sites": ["S2"],
                               "available": [window(i - 2, "10:00", "11:00")]} for i in (3, 4, 5)]
    problem = parse_instance(base)
    first: dict[frozenset[str], int] = {}
    second: list[frozenset[str]] = []
    real = bound_module.slot_bound

    def recording(av: Availability, need: Any, group: set[str], deadline: float, **kwargs: Any) -> int | None:
        if kwargs.get("per_professional"):
            second.append(frozenset(group))
            return None  # as if not solved in time: the order is what is checked
        columns: list[int] = kwargs.pop("columns", [])
        got = real(av, need, group, deadline, **kwargs, columns=columns)
        first[frozenset(group)] = columns[0] if columns else 0
        return got

    monkeypatch.setattr(bound_module, "slot_bound", recording)
    cands = Candidates()
    requirement_room(problem, cands)
    told: list[tuple[int, int]] = []  # (columns, larger LPs started by then)
    coverage_bound(Availability(problem), cands, 30.0, continuity=True,
                   on_larger=lambda columns: told.append((columns, len(second))))
    assert first[frozenset({"S2"})] < first[frozenset({"S1"})]
    assert second == [frozenset({"S2"}), frozenset({"S1"})]
    # The bound's child is told what the larger LPs will cost before the first of them starts
    # (it decides there whether they run beside the searches or only on what they leave).
    assert told == [(first[frozenset({"S1"})] + first[frozenset({"S2"})], 0)]


def test_only_a_larger_lp_of_a_few_seconds_runs_beside_the_searches() -> None:
    # Start-indexed LP columns of suite weeks (M `fragmented` 300: 18,445, its larger LPs 6.5 s alone;
    # M `parole` 300: 35,476) and the bound child's time at a 30-s and a 10-s limit.
    assert larger_at_once(18_445, 27.0)
    assert not larger_at_once(35_476, 27.0)
    assert not larger_at_once(18_445, 8.5)  # more than a third of an S search's time
    assert larger_at_once(3_030, 8.5)  # S `fragmented` 104
    assert not larger_at_once(66_345, 110.0)  # L `fragmented` 104: tens of seconds, whatever the limit


def test_meetings_come_whole_in_the_bound(base: dict[str, Any]) -> None:
    # B1 and B2 each need 90 minutes of hour-long meetings; P1 may work 180 minutes this week: three
    # meetings, so one of them covers 60 and the other 90 minutes (150). Counting meetings as
    # fractions (one and a half each) gave 180; the rounding inequality of each requirement's
    # coverage (cov ≤ 30·meetings + 30) brings the bound down to the plan.
    base["sites"][0]["open"] = [window(1, "09:00", "12:00"), window(2, "09:00", "12:00")]
    base["professionals"][0]["max_minutes_per_week"] = 180
    base["beneficiaries"] = [{"id": b, "requirements": [{"type": "IND", "minutes": 90}]} for b in ("B1", "B2")]
    assert _bound(base) == 150
    result = solve(parse_instance(base), time_limit=5, workers=1)
    assert result.stats["covered_minutes"] == 150
    assert result.stats["coverage_bound_minutes"] == 150 and result.stats["status"] == "OPTIMAL"


def _group_needs(structure: str, seed: int) -> tuple[Availability, list[tuple[set[str], dict[tuple[str, str], int]]]]:
    problem = parse_instance(week("S", structure, seed))
    av = Availability(problem)
    cands = Candidates()
    requirement_room(problem, cands)
    need = {k: v for k, v in missing_minutes(av, cands).items() if v > 0}
    return av, needs_by_group(av, need)


def test_a_first_order_lp_stopped_early_still_gives_a_proven_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    # PDLP stopped long before it converges (an iteration cap stands in for the clock: the same
    # code path, reproducible): the duals of its last iterate still bound the LP's optimum, and
    # improve on the trivial bound (the missing minutes). Before, a stopped PDLP gave nothing.
    av, parts = _group_needs("fragmented", 300)
    for group, part in parts:
        monkeypatch.setenv("SOSDESK_BOUND_LP", "GLOP")
        exact = slot_bound(av, part, group, time.monotonic() + 60)
        monkeypatch.setenv("SOSDESK_BOUND_LP", "PDLP")
        monkeypatch.setenv("SOSDESK_PDLP_PRM", "termination_criteria { iteration_limit: 200 }")
        cut = slot_bound(av, part, group, time.monotonic() + 60)
        assert exact is not None and cut is not None
        assert exact <= cut < sum(part.values())


def _exact_and_first_order(monkeypatch: pytest.MonkeyPatch) -> tuple[int, bound_slots.LagrangianLp]:
    """The largest group of S `fragmented` 300: its grid LP's optimum (GLOP), and the LP for PDLP
    (a first short run even though it is small)."""
    av, parts = _group_needs("fragmented", 300)
    group, part = max(parts, key=lambda x: len(x[1]))
    monkeypatch.setenv("SOSDESK_BOUND_LP", "GLOP")
    exact = slot_bound(av, part, group, time.monotonic() + 60)
    assert exact is not None
    monkeypatch.setenv("SOSDESK_BOUND_LP", "PDLP")
    monkeypatch.setattr(bound_slots, "ANYTIME_MIN_COLUMNS", 0)  # a first short run on this small LP too
    lp = bound_slots._slot_lp(av, part, group, time.monotonic() + 60, bound_slots.MAX_COLUMNS, None, False, None, None)
    assert lp is not None
    return exact, lp


def test_the_anytime_bound_sends_each_tighter_value(monkeypatch: pytest.MonkeyPatch) -> None:
    # A short first run, then runs until one converges (iteration caps stand in for the clock):
    # each proven value sent is tighter than the one before, and the last one is the converged LP's.
    exact, lp = _exact_and_first_order(monkeypatch)
    sent: list[int] = []
    calls = [0]
    real = lp.solve

    def capped(deadline: float, simplex_max_columns: int = bound_slots.SIMPLEX_MAX_COLUMNS) -> int | None:
        calls[0] += 1  # each run stopped by a larger iteration cap
        monkeypatch.setenv("SOSDESK_PDLP_PRM", bound_slots.PDLP_PARAMETERS[:-2] + f" iteration_limit: {25 * 2 ** calls[0]} }}")
        return real(deadline, simplex_max_columns)

    monkeypatch.setattr(lp, "solve", capped)
    best = lp.solve_anytime(time.monotonic() + 60, sent.append)
    assert calls[0] >= 3 and len(sent) >= 2
    assert sent == sorted(sent, reverse=True) and len(set(sent)) == len(sent)
    assert best == sent[-1] and exact <= best <= exact + max(2, exact // 1000)


def test_the_anytime_bound_survives_runs_too_short_to_start(monkeypatch: pytest.MonkeyPatch) -> None:
    # The first runs are shorter than PDLP's margin (and than building its copy of the LP, done once
    # beforehand): they prove nothing, and the runs go on doubling instead of giving up — the larger
    # LP of L weeks, whose copy takes seconds to build, once sent no bound at all.
    exact, lp = _exact_and_first_order(monkeypatch)
    sent: list[int] = []
    best = lp.solve_anytime(time.monotonic() + 60, sent.append, first=1e-3)
    assert sent and best == sent[-1] and exact <= best <= exact + max(2, exact // 1000)
