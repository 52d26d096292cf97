"""Weekly obligation coverage as the planning page shows it (issue 13), and the week's capacity.

A meeting covers a beneficiary's obligation only while it can still count (docs/obligations.md):
held with that beneficiary present, or not yet held (planned — attendance still to come). A no-show,
an excused absence or a cancellation covers nothing, so « absent lundi, présent mardi » shows the
Tuesday only. ``rules.obligations`` (planned minutes, used by the planner and the printed schedule)
is left as it is: it answers « what is scheduled », this answers « what will count ».

Capacity: the minutes the region's professionals can work that week — each one's weekly
availability windows, minus their dated unavailability (leave, absences) of that week — compared
with the required minutes of every obligation. It is an order of magnitude (a collective meeting
covers several beneficiaries with one professional's time), shown so an impossible week is visible.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sosdesk.domain.model import Meeting, ObligationStatus, PlanningProblem
from sosdesk.domain.rules_base import required_minutes

PRESENT = "present"


def counts_for(status: str, attendance: Mapping[str, str], beneficiary: str) -> bool:
    """Whether a meeting still counts for ``beneficiary``'s obligation."""
    if status == "cancelled":
        return False
    if status == "held":
        return attendance.get(beneficiary, PRESENT) == PRESENT  # not recorded yet: still to come
    return True


def coverage(problem: PlanningProblem, items: Iterable[tuple[Meeting, Mapping[str, str]]],
             required: Mapping[tuple[str, str], int] | None = None) -> list[ObligationStatus]:
    """Covered vs required minutes per (beneficiary, type); ``items`` are (meeting, attendance)
    with the meeting's status on it. Pairs covered but not required are listed with required 0.
    ``required``: ``required_minutes(problem)`` when the caller already has it (same people)."""
    if required is None:
        required = required_minutes(problem)
    covered = covered_minutes(items)
    keys = set(required) | {k for k, v in covered.items() if v}
    return [ObligationStatus(bid, tid, covered.get((bid, tid), 0), required.get((bid, tid), 0))
            for bid, tid in sorted(keys)]


def covered_minutes(items: Iterable[tuple[Meeting, Mapping[str, str]]]) -> dict[tuple[str, str], int]:
    """Minutes that still count per (beneficiary, type) — the numerator of ``coverage``."""
    covered: dict[tuple[str, str], int] = defaultdict(int)
    for mt, attendance in items:
        for bid in set(mt.beneficiaries):
            if counts_for(mt.status, attendance, bid):
                covered[(bid, mt.type)] += mt.minutes
    return covered


def coverage_over(uncovered: Iterable[tuple[tuple[str, str], ObligationStatus]],
                  covered: Mapping[tuple[str, str], int]) -> list[ObligationStatus]:
    """``coverage`` from a precomputed, key-sorted list of every required obligation at 0 minutes
    (reused from week to week: most rows of a large region are not covered) and ``covered``."""
    rows: list[ObligationStatus] = []
    extra = {k: v for k, v in covered.items() if v}
    for key, zero in uncovered:
        minutes = extra.pop(key, 0)
        rows.append(ObligationStatus(key[0], key[1], minutes, zero.required_minutes) if minutes else zero)
    if extra:  # covered but not required: listed with required 0
        rows.extend(ObligationStatus(b, t, v, 0) for (b, t), v in extra.items())
        rows.sort(key=lambda r: (r.beneficiary, r.type))
    return rows


@dataclass(frozen=True)
class WeekSummary:
    """« 4 067 obligations sur 4 980 sous 50 % ; capacité de la semaine 1 927 h pour 8 181 h requises »."""

    rows: int
    under_half: int
    capacity_minutes: int
    required_minutes: int


def capacity_minutes(problem: PlanningProblem) -> int:
    """Available working minutes of every professional in the week, minus their dated leave."""
    total = 0
    away: dict[tuple[str, int], list[tuple[int, int]]] = defaultdict(list)
    for w in problem.dated:
        if w.subject == "professional" and w.closes:
            away[(w.who, w.day)].append((w.start, w.end))
    for pro in problem.professionals.values():
        for win in pro.available:
            minutes = win.end - win.start
            for start, end in away.get((pro.id, win.day), ()):
                minutes -= max(0, min(end, win.end) - max(start, win.start))
            total += max(0, minutes)
    return total


def summarize(problem: PlanningProblem, rows: Iterable[ObligationStatus]) -> WeekSummary:
    listed = [r for r in rows if r.required_minutes]
    under = sum(1 for r in listed if r.planned_minutes * 2 < r.required_minutes)
    return WeekSummary(len(listed), under, capacity_minutes(problem), sum(r.required_minutes for r in listed))
