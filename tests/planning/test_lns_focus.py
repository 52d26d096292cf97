"""The search aims its moves at short requirements some plan could still raise (issue 18): the
per-requirement reach it uses is an upper bound of what any valid plan gives that requirement."""

from __future__ import annotations

import dataclasses
import time
from typing import Any

import pytest

from sosdesk.domain.model import Meeting
from sosdesk.planning import lns as lns_module
from sosdesk.planning.candidates import Availability, Options, generate
from sosdesk.planning.greedy import best_first_fit
from sosdesk.planning.instance import parse_instance
from sosdesk.planning.lns import Lns
from sosdesk.planning.parallel import local_ids
from sosdesk.planning.plan_eval import coverage_of
from sosdesk.planning.solver import solve
from tests.benchmarks.planner_suite import week
from tests.planning.conftest import window
from tests.planning.independent_check import new_breaches


def _lns(doc: dict[str, Any]) -> Lns:
    problem = parse_instance(doc)
    required = {(b.id, r.type): r.minutes for b in problem.beneficiaries.values() for r in b.requirements}
    return Lns(problem, Availability(problem), [], required, 0, local_ids("t"))


def test_reach_follows_free_time_and_meetings_a_day(base: dict[str, Any]) -> None:
    assert _lns(base)._reachable(("B1", "IND")) == 120  # 09:00-12:00, two meetings a day
    base["beneficiaries"][0]["max_meetings_per_day"] = 1
    assert _lns(base)._reachable(("B1", "IND")) == 60
    base["beneficiaries"][0]["max_meetings_per_day"] = 2
    base["professionals"][0]["available"] = [window(1, "09:00", "09:45")]
    assert _lns(base)._reachable(("B1", "IND")) == 0  # never a free hour with the psychologist
    lns = _lns(base)
    lns._short()
    assert lns._hopeless(("B1", "IND"))


def test_session_reach_needs_partners(base: dict[str, Any]) -> None:
    base["beneficiaries"] = [
        {"id": "B1", "requirements": [{"type": "COL", "minutes": 60}], "available": [window(1, "09:00", "10:00")]},
        {"id": "B2", "requirements": [{"type": "COL", "minutes": 60}], "available": [window(1, "10:00", "11:00")]}]
    assert _lns(base)._reachable(("B1", "COL")) == 0
    base["beneficiaries"][1]["available"] = [window(1, "09:00", "11:00")]
    assert _lns(base)._reachable(("B1", "COL")) == 60


def test_no_plan_beats_the_reach_on_suite_weeks() -> None:
    for structure in ("collective", "fragmented", "law_rooms"):
        problem = parse_instance(week("S", structure, 21))
        result = solve(problem, time_limit=3, workers=1)
        required = {(b.id, r.type): r.minutes for b in problem.beneficiaries.values() for r in b.requirements}
        lns = Lns(problem, Availability(problem), [], required, 0, local_ids("t"))
        for key, minutes in coverage_of(problem, result.meetings).items():
            if key in required and problem.meeting_types[key[1]].kind != "law_enforcement":
                assert minutes <= lns._reachable(key), (structure, key)


def test_moves_free_only_professionals_who_could_meet_the_beneficiary(base: dict[str, Any]) -> None:
    """Nearby selection: a move aimed at B1 frees professionals free with B1 for a whole meeting."""
    base["sites"][0]["capacity"] = 2
    base["professionals"] = [
        {"id": "P1", "skills": ["psy"], "home_site": "S1", "sites": ["S1"], "available": [window(1, "09:00", "10:00")]},
        {"id": "P2", "skills": ["psy"], "home_site": "S1", "sites": ["S1"], "available": [window(1, "10:30", "12:00")]},
        {"id": "P3", "skills": ["psy"], "home_site": "S1", "sites": ["S1"], "available": [window(1, "10:00", "11:00")]}]
    base["beneficiaries"][0]["available"] = [window(1, "10:15", "12:00")]
    lns = _lns(base)
    assert lns._pros_for("B1", "IND", 1) == ["P2"]  # P1 never overlaps; P3 only 10:15-11:00 (45 min)
    assert lns._pros_for("B1", "IND", 2) == []  # the site is closed on Tuesday
    moves = [found for found in (lns._neighbourhood() for _ in range(10)) if found is not None]
    assert moves  # nothing planned yet: every move found is aimed at B1
    assert all(days == (1,) and pros == {"P2"} and "B1" in bens and focused for days, pros, bens, focused in moves)


def test_a_professional_at_the_weekly_cap_gets_week_moves(base: dict[str, Any]) -> None:
    """Relax what blocks a short requirement: its only professional is at the weekly cap (H12)
    with a meeting on Monday, so a move aimed at it frees that professional's whole week."""
    base["sites"][0]["open"] = [window(1, "09:00", "12:00"), window(2, "09:00", "12:00")]
    base["professionals"][0]["max_minutes_per_week"] = 60
    base["beneficiaries"][0]["available"] = [window(2, "09:00", "12:00")]
    base["beneficiaries"].append({"id": "B2", "requirements": [{"type": "IND", "minutes": 60}]})
    problem = parse_instance(base)
    required = {(b.id, r.type): r.minutes for b in problem.beneficiaries.values() for r in b.requirements}
    monday = Meeting("m1", "IND", 1, 9 * 60, 60, "S1", ("P1",), ("B2",))
    lns = Lns(problem, Availability(problem), [monday], required, 0, local_ids("t"))
    assert lns._at_cap("P1", 60)
    moves = [found for found in (lns._neighbourhood() for _ in range(40)) if found is not None and found[3]]
    assert any(days == (1, 2, 3, 4, 5, 6, 7) for days, _p, _b, _f in moves)
    assert all(days in ((2,), (1, 2, 3, 4, 5, 6, 7)) for days, _p, _b, _f in moves)
    lns.planned = []
    # nothing planned: P1 is free again
    assert not lns._at_cap("P1", 60)


def _session_week(base: dict[str, Any]) -> tuple[Any, dict[tuple[str, str], int], Meeting]:
    """B1, B2, B3 can only meet together Monday 13:00–15:00 for a three-person session, but B3 (one
    meeting a day) already sees the psychologist P1 then; Tuesday afternoon is free for B3."""
    base["sites"][0].update(capacity=2, open=[window(1, "09:00", "17:00"), window(2, "09:00", "17:00")])
    base["meeting_types"].append({"id": "GRP", "kind": "collective", "minutes": 120, "skill": "fac",
                                  "professionals": 1, "min_participants": 3, "max_participants": 3})
    base["professionals"].append({"id": "F1", "skills": ["fac"], "home_site": "S1", "sites": ["S1"]})
    monday = [window(1, "13:00", "15:00")]
    base["beneficiaries"] = [
        {"id": "B1", "requirements": [{"type": "GRP", "minutes": 120}], "available": monday},
        {"id": "B2", "requirements": [{"type": "GRP", "minutes": 120}], "available": monday},
        {"id": "B3", "requirements": [{"type": "GRP", "minutes": 120}, {"type": "IND", "minutes": 60}],
         "available": [*monday, window(2, "13:00", "15:00")], "max_meetings_per_day": 1}]
    problem = parse_instance(base)
    required = {(b.id, r.type): r.minutes for b in problem.beneficiaries.values() for r in b.requirements}
    return problem, required, Meeting("m1", "IND", 1, 13 * 60, 60, "S1", ("P1",), ("B3",))


def test_a_session_move_brings_the_partners_and_frees_what_holds_them(base: dict[str, Any]) -> None:
    """Nearby selection for sessions: a move aimed at B1's session takes along B2 and B3, who could
    join it, and frees B3's Monday meeting (its professional P1), so one move can hold the session."""
    problem, required, monday = _session_week(base)
    lns = Lns(problem, Availability(problem), [monday], required, 0, local_ids("t"))
    moves = [found for found in (lns._neighbourhood() for _ in range(60)) if found is not None and found[3]]
    monday_moves = [(days, pros, bens) for days, pros, bens, _f in moves if 1 in days and "F1" in pros]
    assert monday_moves
    assert all({"B1", "B2", "B3"} <= bens and "P1" in pros for _d, pros, bens in monday_moves)
    assert any(days == (1, 2) for days, _p, _b in monday_moves)  # room for displaced work on Tuesday
    lns.run(2.0, time.monotonic() + 30, lambda: False)
    # The session (3 × 120 min) and B3's psychologist hour moved to Tuesday.
    assert lns.score.coverage == 420
    assert new_breaches(problem, lns.planned) == []


def test_a_move_is_charged_for_the_plan_it_walks(monkeypatch: pytest.MonkeyPatch) -> None:
    """The search's work budget counts each move's walk over the whole plan (finding what is short,
    choosing the neighbourhood, scoring: round 11), so a week of a large plan stops on its budget
    instead of running into the clock: the same move costs ``PLANNED_WORK`` a planned meeting more."""
    problem = parse_instance(week("S", "law_rooms", 21))
    required = {(b.id, r.type): r.minutes for b in problem.beneficiaries.values() for r in b.requirements}
    # The first fit's plan, not a timed solve's: the same plan however busy the machine (a plan cut
    # short by a loaded machine's clock made the two runs below diverge once).
    av = Availability(problem)
    planned, _complete = best_first_fit(av, generate(problem, Options(30, 60, 1000, 6), av), required)
    assert len(planned) > 20
    per_meeting = lns_module.PLANNED_WORK

    def first_moves() -> tuple[float, int]:
        lns = Lns(problem, Availability(problem), list(planned), required, 3, local_ids("t"))
        calls = iter(range(4))
        lns.run(1e9, time.monotonic() + 60, lambda: next(calls) >= 3)  # three moves, the same each time
        assert lns.stats.iterations == 3
        return lns.stats.work, lns.stats.accepted

    charged, accepted = first_moves()
    monkeypatch.setattr(lns_module, "PLANNED_WORK", 0.0)
    without, again = first_moves()
    assert again == accepted
    walk = 3 * per_meeting * len(planned)
    # Exactly the walk when no move changed the plan's size; about it otherwise.
    assert charged - without == pytest.approx(walk, rel=1e-9 if accepted == 0 else 0.2)


def _blocked_week(base: dict[str, Any]) -> tuple[Any, dict[tuple[str, str], int], Meeting]:
    """B1 is free only Monday 09:00–10:00; the one-room site then holds B2's hour with P2, which could
    as well be at 10:00. Two psychologists are free with B1: the blocker is the room, not them."""
    base["professionals"].append({"id": "P2", "skills": ["psy"], "home_site": "S1", "sites": ["S1"]})
    base["beneficiaries"] = [
        {"id": "B1", "requirements": [{"type": "IND", "minutes": 60}], "available": [window(1, "09:00", "10:00")]},
        {"id": "B2", "requirements": [{"type": "IND", "minutes": 60}]}]
    problem = parse_instance(base)
    required = {(b.id, r.type): r.minutes for b in problem.beneficiaries.values() for r in b.requirements}
    return problem, required, Meeting("m1", "IND", 1, 9 * 60, 60, "S1", ("P2",), ("B2",))


def test_a_directed_move_frees_what_is_in_the_way(base: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    """Round 14: a move aimed at a short individual requirement can free exactly the planned meetings
    in the way of its cheapest placement — here B2's hour holding the only room when B1 is free —
    with their professional, so the search moves B2 later and fits B1 at 09:00."""
    monkeypatch.setattr(lns_module, "DIRECTED", 1.0)
    problem, required, held = _blocked_week(base)
    lns = Lns(problem, Availability(problem), [held], required, 0, local_ids("t"))
    assert lns._directed("B1", "IND") is not None
    moves = [found for found in (lns._neighbourhood() for _ in range(20)) if found is not None and found[3]]
    assert moves
    assert all(days == (1,) and "P2" in pros and {"B1", "B2"} <= bens for days, pros, bens, _f in moves)
    lns.run(1.0, time.monotonic() + 30, lambda: False)
    assert lns.score.coverage == 120
    (first, second) = sorted(lns.planned, key=lambda m: m.start)
    assert (first.start, first.beneficiaries, second.beneficiaries) == (9 * 60, ("B1",), ("B2",))
    assert second.start >= 10 * 60
    assert new_breaches(problem, lns.planned) == []


def test_a_directed_move_leaves_a_capped_professional_to_week_moves(base: dict[str, Any],
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the only placement needs a professional at the weekly cap (H12), what is in the way lies
    on other days: the directed move gives way to the week moves (``_directed`` is None)."""
    monkeypatch.setattr(lns_module, "DIRECTED", 1.0)
    problem, required, held = _blocked_week(base)
    problem.professionals["P1"] = dataclasses.replace(problem.professionals["P1"], max_minutes_per_week=0)
    problem.professionals["P2"] = dataclasses.replace(problem.professionals["P2"], max_minutes_per_week=60)
    lns = Lns(problem, Availability(problem), [held], required, 0, local_ids("t"))
    assert lns._directed("B1", "IND") is None
    # Without the cap the same requirement gets its directed move.
    problem.professionals["P2"] = dataclasses.replace(problem.professionals["P2"], max_minutes_per_week=None)
    lns = Lns(problem, Availability(problem), [held], required, 0, local_ids("t"))
    assert lns._directed("B1", "IND") is not None


def test_a_full_day_frees_another_day_of_the_beneficiary(base: dict[str, Any]) -> None:
    """One meeting a day (H11): B1's Monday holds its job hour, so the directed move for its
    psychologist hour frees that meeting's professional and one more day of B1's, where the job hour
    can go."""
    base["sites"][0]["open"] = [window(1, "09:00", "12:00"), window(2, "09:00", "12:00")]
    base["sites"][0]["capacity"] = 2
    base["meeting_types"].append({"id": "JOB", "kind": "individual", "minutes": 60, "skill": "job",
                                  "professionals": 1, "min_participants": 1, "max_participants": 1})
    base["professionals"][0]["available"] = [window(1, "09:00", "12:00")]
    base["professionals"].append({"id": "J1", "skills": ["job"], "home_site": "S1", "sites": ["S1"]})
    base["beneficiaries"][0].update(requirements=[{"type": "IND", "minutes": 60}, {"type": "JOB", "minutes": 60}],
                                    max_meetings_per_day=1)
    problem = parse_instance(base)
    required = {(b.id, r.type): r.minutes for b in problem.beneficiaries.values() for r in b.requirements}
    job_monday = Meeting("m1", "JOB", 1, 9 * 60, 60, "S1", ("J1",), ("B1",))
    job_tuesday = Meeting("m2", "JOB", 2, 9 * 60, 60, "S1", ("J1",), ("B1",))
    lns = Lns(problem, Availability(problem), [job_monday], required, 0, local_ids("t"))
    assert lns._directed("B1", "IND") == ((1,), {"P1", "J1"}, {"B1"})  # no other day of B1's planned yet
    lns = Lns(problem, Availability(problem), [job_monday, dataclasses.replace(job_tuesday, id="m3", day=3)],
              required, 0, local_ids("t"))
    days, pros, bens = lns._directed("B1", "IND") or ((), set(), set())
    assert days == (1, 3) and pros == {"P1", "J1"} and bens == {"B1"}


def test_a_move_too_large_to_solve_is_charged_what_it_costs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A move whose neighbourhood has more candidates than a move may solve is skipped; its work is
    the walk and the candidates' generation (``GENERATE_WORK``), not the model CP-SAT would have been
    given (``ITEM_WORK``, six times more): on M weeks of one connected group a quarter of a search's
    budget went to such moves (round 17)."""
    problem = parse_instance(week("S", "one_group", 5))
    required = {(b.id, r.type): r.minutes for b in problem.beneficiaries.values() for r in b.requirements}
    av = Availability(problem)
    planned, _complete = best_first_fit(av, generate(problem, Options(30, 60, 1000, 6), av), required)
    generated: list[int] = []
    real_generate = lns_module.generate

    def counting(*args: Any, **kwargs: Any) -> Any:
        out = real_generate(*args, **kwargs)
        generated.append(len(out.items))
        return out

    monkeypatch.setattr(lns_module, "generate", counting)
    monkeypatch.setattr(lns_module, "MAX_ITEMS", 1)  # every day move too large
    monkeypatch.setattr(lns_module, "MAX_WEEK_ITEMS", 1)
    lns = Lns(problem, Availability(problem), list(planned), required, 3, local_ids("t"))
    calls = iter(range(11))
    lns.run(1e9, time.monotonic() + 60, lambda: next(calls) >= 10)
    assert lns.stats.iterations == 10 and lns.stats.accepted == 0 and lns.planned == planned
    assert sum(generated) > 10 * 2  # every move generated its candidates, none was solved
    walk = lns_module.ITERATION_WORK + lns_module.PLANNED_WORK * len(planned)
    assert lns.stats.work == pytest.approx(10 * walk + lns_module.GENERATE_WORK * sum(generated), rel=1e-9)
    assert lns.stats.work < 10 * walk + lns_module.ITEM_WORK * sum(generated) / 3
