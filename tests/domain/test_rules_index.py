"""WeekIndex: the calendar's live drag check agrees with check_week on the same week."""

from __future__ import annotations

import time
from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sosdesk.domain.model import (
    Beneficiary,
    Meeting,
    MeetingType,
    PlanningProblem,
    Professional,
    Requirement,
    Site,
    TravelMatrix,
    Violation,
    Window,
)
from sosdesk.domain.rules import WeekIndex, check_week
from tests.domain.rules_world import Week, rule_ids


def involving(verdict: list[Violation], meeting_id: str) -> list[Violation]:
    return [v for v in verdict if meeting_id in v.meetings]


def test_dragging_onto_a_busy_slot_is_refused_and_a_free_slot_accepted(week: Week) -> None:
    m1, m2 = week.meeting("M1"), week.meeting("M2", day=3, bens=("B2",))
    index = WeekIndex(week.problem(), [m1, m2])
    dragged = replace(m2, day=2, start=10 * 60 + 30)
    verdict = index.check_candidate(dragged)
    assert rule_ids(verdict) == ["H2"] and verdict[0].meetings == ("M1", "M2")
    assert index.check_candidate(replace(m2, day=2, start=11 * 60)) == []


def test_moving_several_meetings_ignores_the_others_being_moved(week: Week) -> None:
    m1, m2 = week.meeting("M1"), week.meeting("M2", day=3, bens=("B2",))
    index = WeekIndex(week.problem(), [m1, m2])
    dragged = replace(m2, day=2, start=10 * 60)
    assert rule_ids(index.check_candidate(dragged)) == ["H2"]
    assert index.check_candidate(dragged, ignore={"M1"}) == []


def test_replace_and_remove_keep_the_index_in_step(week: Week) -> None:
    m1, m2 = week.meeting("M1"), week.meeting("M2", day=3, bens=("B2",))
    index = WeekIndex(week.problem(), [m1, m2])
    moved = replace(m2, day=2, start=10 * 60 + 30)
    index.replace(moved)
    assert rule_ids(index.violations()) == ["H2"]
    assert rule_ids(index.check_candidate(week.meeting("M3", start="10:15", pros=("P1",), bens=("B3",)))) == [
        "H2", "H2", "H5"]
    index.remove("M1")
    assert index.violations() == [] and sorted(m.id for m in index.meetings()) == ["M2"]
    index.replace(replace(moved, status="cancelled"))
    assert index.meetings() == []
    index.remove("unknown")


def test_cancelling_a_fixed_meeting_is_reported(week: Week) -> None:
    fixed = week.meeting("F1", fixed=True)
    week.fixed.append(fixed)
    index = WeekIndex(week.problem(), [fixed])
    assert rule_ids(index.check_candidate(replace(fixed, status="cancelled"))) == ["H14"]
    assert index.check_candidate(week.meeting("M9", status="cancelled")) == []


def test_candidate_with_unknown_everything_does_not_crash(week: Week) -> None:
    index = WeekIndex(week.problem(), [week.meeting("M1")])
    odd = Meeting("X", "??", 9, -30, 0, "S?", ("P?",), ("B?", "B1"))
    assert {v.rule for v in index.check_candidate(odd)} == {"H5", "H6"}


# -- property: the candidate check is the week's verdict restricted to that meeting ------------

SITES = ("S1", "S2", "S3", "COURT")
PROS = ("P1", "P2", "P3", "P4")
BENS = ("B1", "B2", "B3", "B4", "B5", "B6")
TYPES = ("IND", "COL", "LAW")

windows = st.lists(
    st.builds(lambda d, s, n: Window(d, s * 30, s * 30 + n * 30),
              st.integers(1, 3), st.integers(14, 30), st.integers(1, 12)),
    max_size=3,
).map(tuple)


@st.composite
def problems(draw: st.DrawFn) -> PlanningProblem:
    sites = {s: Site(s, capacity=draw(st.integers(1, 2)), open=draw(windows)) for s in SITES}
    types = {
        "IND": MeetingType("IND", "individual", 60, "psy"),
        "COL": MeetingType("COL", "collective", 120, "fac", professionals=2, min_participants=2,
                           max_participants=4),
        "LAW": MeetingType("LAW", "law_enforcement", 60, "judge", professionals=0),
    }
    pros = {p: Professional(p, skills=tuple(draw(st.sets(st.sampled_from(("psy", "fac")), max_size=2))),
                            sites=tuple(draw(st.sets(st.sampled_from(SITES), max_size=2))),
                            max_minutes_per_week=draw(st.none() | st.integers(60, 300)),
                            available=draw(windows))
            for p in PROS}
    bens = {b: Beneficiary(b, requirements=tuple(Requirement(t, draw(st.sampled_from((0, 60, 120, 180))))
                                                  for t in draw(st.sets(st.sampled_from(TYPES), max_size=3))),
                           available=draw(windows), unavailable=draw(windows),
                           sites=tuple(draw(st.sets(st.sampled_from(SITES), max_size=2))),
                           forbidden_with=tuple(draw(st.sets(st.sampled_from(BENS), max_size=2))),
                           max_meetings_per_day=draw(st.integers(1, 3)))
            for b in BENS}
    pairs = draw(st.lists(st.tuples(st.sampled_from(SITES), st.sampled_from(SITES),
                                    st.sampled_from((0, 15, 30, 60))), max_size=6))
    return PlanningProblem("2026-W44", sites, types, pros, bens, TravelMatrix.build(pairs))


def meetings_of(draw: st.DrawFn, count: int, prefix: str = "M") -> list[Meeting]:
    out = []
    for i in range(count):
        out.append(Meeting(
            f"{prefix}{i}",
            draw(st.sampled_from((*TYPES, "IND", "COL", "XX"))),
            draw(st.integers(1, 3)),
            draw(st.integers(16, 32)) * 30,
            draw(st.sampled_from((30, 60, 60, 90, 120))),
            draw(st.sampled_from((*SITES, "S1", "S9"))),
            tuple(sorted(draw(st.sets(st.sampled_from((*PROS, "P9")), max_size=2)))),
            tuple(sorted(draw(st.sets(st.sampled_from((*BENS, "B9")), max_size=4)))),
            buffer_minutes=draw(st.sampled_from((0, 0, 30, 60))),
            status=draw(st.sampled_from(("planned", "planned", "planned", "held", "cancelled"))),
        ))
    return out


@st.composite
def weeks(draw: st.DrawFn) -> tuple[PlanningProblem, list[Meeting]]:
    problem = draw(problems())
    meetings = meetings_of(draw, draw(st.integers(0, 14)))
    fixed = [replace(m, status="planned", fixed=True) for m in meetings if draw(st.booleans())]
    fixed += [replace(m, fixed=True) for m in meetings_of(draw, draw(st.integers(0, 2)), prefix="F")]
    # a fixed meeting may appear as given, moved, or not at all in the week
    for k, f in enumerate(fixed):
        if f.id.startswith("M") and draw(st.booleans()):
            fixed[k] = replace(f, start=f.start + 30)
    return replace(problem, fixed=tuple(fixed)), meetings


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(weeks())
def test_candidate_check_equals_week_verdict_restricted_to_it(week: tuple[PlanningProblem, list[Meeting]]) -> None:
    problem, meetings = week
    verdict = check_week(problem, meetings)
    index = WeekIndex(problem, meetings)
    assert index.violations() == verdict
    for m in meetings:
        if m.status != "cancelled":
            assert index.check_candidate(m) == involving(verdict, m.id)
    assert len(set(verdict)) == len(verdict)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(weeks(), st.data())
def test_candidate_move_with_ignore_equals_week_after_the_move(
    week: tuple[PlanningProblem, list[Meeting]], data: st.DataObject
) -> None:
    problem, meetings = week
    live = [m for m in meetings if m.status != "cancelled"]
    if not live:
        return
    moving = data.draw(st.sampled_from(live))
    moved = replace(moving, day=data.draw(st.integers(1, 3)), start=data.draw(st.integers(16, 32)) * 30,
                    site=data.draw(st.sampled_from(SITES)))
    ignored = {m.id for m in live if m.id != moving.id and data.draw(st.booleans())}
    after = [m for m in meetings if m.id != moving.id and m.id not in ignored] + [moved]
    index = WeekIndex(problem, meetings)
    assert index.check_candidate(moved, ignore=ignored) == involving(check_week(problem, after), moved.id)
    index.replace(moved)
    for gone in ignored:
        index.remove(gone)
    assert index.violations() == check_week(problem, after)


def test_same_candidate_fast_enough_for_a_live_drag(week: Week) -> None:
    """A loose guard (the benchmark measures properly): 200 checks on a small week in well under 1 s."""
    meetings = [week.meeting(f"M{d}{h}", day=d, start=f"{h:02d}:00", bens=(f"B{h - 7}",),
                             pros=("P1" if h % 2 else "P2",)) for d in range(1, 6) for h in range(8, 18)]
    index = WeekIndex(week.problem(), meetings)
    began = time.perf_counter()
    for m in meetings * 4:
        index.check_candidate(replace(m, start=m.start + 30))
    assert time.perf_counter() - began < 1.0
