"""The objective of a whole week (planning spec § Objective), to compare two plans exactly."""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass

from sosdesk.domain.model import Meeting, PlanningProblem


@dataclass(frozen=True, slots=True)
class Score:
    """Coverage ≫ travel ≫ continuity: ``key()`` grows as the plan gets better."""

    coverage: int
    travel: int
    off_referent: int

    def key(self) -> tuple[int, int, int]:
        return (self.coverage, -self.travel, -self.off_referent)


def coverage_of(problem: PlanningProblem, meetings: list[Meeting]) -> dict[tuple[str, str], int]:
    """Planned minutes per (beneficiary, type) over non-cancelled meetings."""
    planned: dict[tuple[str, str], int] = defaultdict(int)
    for m in meetings:
        if m.status != "cancelled":
            for b in set(m.beneficiaries):
                planned[(b, m.type)] += m.minutes
    return planned


def covered_minutes(required: dict[tuple[str, str], int], planned: dict[tuple[str, str], int]) -> int:
    return sum(min(planned.get(k, 0), r) for k, r in required.items())


def travel_minutes(problem: PlanningProblem, meetings: list[Meeting]) -> int:
    """Per professional and day: home → each meeting's site in order → home (spec objective 2)."""
    days: dict[tuple[str, int], list[Meeting]] = defaultdict(list)
    for m in meetings:
        if m.status != "cancelled":
            for p in m.professionals:
                days[(p, m.day)].append(m)
    total = 0
    for (pro, _day), ms in days.items():
        home = problem.professionals[pro].home_site if pro in problem.professionals else None
        route = [m.site for m in sorted(ms, key=lambda x: (x.start, x.end))]
        if home:
            route = [home, *route, home]
        total += sum(problem.travel.minutes(a, b) or 0 for a, b in itertools.pairwise(route))
    return total


def off_referent(problem: PlanningProblem, meetings: list[Meeting]) -> int:
    """Planned individual meetings not held by the beneficiary's skilled referent (objective 3)."""
    n = 0
    for m in meetings:
        t = problem.meeting_types.get(m.type)
        if m.fixed or t is None or len(m.beneficiaries) != 1 or t.max_participants > 1:
            continue
        b = problem.beneficiaries.get(m.beneficiaries[0])
        ref = b.referent if b else None
        if ref and ref in problem.professionals and t.skill in problem.professionals[ref].skills \
                and ref not in m.professionals:
            n += 1
    return n


def score(problem: PlanningProblem, required: dict[tuple[str, str], int], meetings: list[Meeting]) -> Score:
    return Score(covered_minutes(required, coverage_of(problem, meetings)), travel_minutes(problem, meetings),
                 off_referent(problem, meetings))
