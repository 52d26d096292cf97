"""The automatic planner: candidates → CP-SAT per independent component → verified plan.

Every plan is checked by ``sosdesk.domain.rules.check_week`` before it is returned; a planned
meeting that breaks a hard rule is dropped (and counted in ``stats``), never shown.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import random
import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sosdesk.domain.model import Meeting, PlanningProblem
from sosdesk.domain.rules import check_week
from sosdesk.planning.candidates import Availability, Candidates, Item, Options, generate
from sosdesk.planning.cpmodel import ComponentOutcome, SolveControl, solve_component
from sosdesk.planning.greedy import first_fit
from sosdesk.planning.instance import meeting_to_json, problem_to_json
from sosdesk.planning.unmet import Unmet, explain_unmet

PLAN_FORMAT = "sosdesk-plan/1"
# Above this many candidates the grid is coarsened (see _candidates).
CANDIDATE_BUDGET_PER_BENEFICIARY = 150


@dataclass(frozen=True, slots=True)
class PlanProgress:
    """Best coverage found so far (minutes, fixed meetings included) and the time spent."""

    covered_minutes: int
    required_minutes: int
    elapsed_seconds: float


@dataclass
class PlanResult:
    meetings: list[Meeting]
    unmet: list[Unmet]
    stats: dict[str, Any] = field(default_factory=dict)


def _components(items: list[Item], av: Availability) -> list[list[Item]]:
    """Items that share no person, site or forbidden pair can be solved separately."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    bens: set[str] = set()
    for it in items:
        root = f"s:{it.site}"
        for p in it.pros:
            union(root, f"p:{p}")
        for b in it.bens:
            union(root, f"b:{b}")
            bens.add(b)
    for b in bens:
        for o in av.forbidden(b):
            if o in bens:
                union(f"b:{b}", f"b:{o}")
    groups: dict[str, list[Item]] = defaultdict(list)
    for it in items:
        groups[find(f"s:{it.site}")].append(it)
    return [groups[k] for k in sorted(groups)]


def _candidates(problem: PlanningProblem, av: Availability) -> tuple[Candidates, Options]:
    """The finest candidate grid that fits the budget (exact 15-minute grid on small weeks)."""
    slot = problem.slot_minutes
    levels = [Options(slot, slot), Options(max(slot, 30), max(slot, 60), 4, 6),
              Options(max(slot, 60), max(slot, 60), 3, 4), Options(max(slot, 60), max(slot, 120), 2, 2)]
    budget = CANDIDATE_BUDGET_PER_BENEFICIARY * max(len(problem.beneficiaries), 20)
    if len(problem.beneficiaries) > 100:
        levels = levels[2:]
    cands = Candidates()
    for opts in levels:
        cands = generate(problem, opts, av)
        if len(cands.items) <= budget:
            return cands, opts
    return cands, levels[-1]


def _id_factory(problem: PlanningProblem, seed: int) -> Callable[[], str]:
    """UUID4-shaped ids drawn from the instance and seed, so a run is reproducible."""
    digest = hashlib.sha256(json.dumps(problem_to_json(problem), sort_keys=True).encode())
    digest.update(str(seed).encode())
    rng = random.Random(digest.digest())
    return lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4))


def coverage_of(problem: PlanningProblem, meetings: list[Meeting]) -> dict[tuple[str, str], int]:
    """Planned minutes per (beneficiary, type) over non-cancelled meetings."""
    planned: dict[tuple[str, str], int] = defaultdict(int)
    for m in meetings:
        if m.status != "cancelled":
            for b in set(m.beneficiaries):
                planned[(b, m.type)] += m.minutes
    return planned


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


def _verified(problem: PlanningProblem, meetings: list[Meeting]) -> tuple[list[Meeting], int, int]:
    """Drop planned meetings the rules engine rejects until none is left in a violation."""
    dropped = 0
    while True:
        violations = check_week(problem, meetings)
        planned = {m.id for m in meetings if not m.fixed}
        bad: set[str] = set()
        for v in violations:
            culprits = [mid for mid in v.meetings if mid in planned]
            if culprits and not bad.intersection(culprits):
                bad.add(culprits[-1])
        if not bad:
            return meetings, dropped, len(violations)
        dropped += len(bad)
        meetings = [m for m in meetings if m.id not in bad]


def solve(problem: PlanningProblem, time_limit: float = 30, seed: int = 0, workers: int = 2,
          progress: Callable[[PlanProgress], None] | None = None,
          cancel: threading.Event | None = None) -> PlanResult:
    """Plan the week: maximise coverage, then travel, continuity, fairness, compactness."""
    started = time.monotonic()
    av = Availability(problem)
    cands, opts = _candidates(problem, av)
    fixed = [m for m in problem.fixed if m.status != "cancelled"]
    required = {(b.id, r.type): r.minutes for b in problem.beneficiaries.values() for r in b.requirements}
    required_total = sum(required.values())
    fixed_cov = sum(min(cands.fixed_minutes.get(k, 0), r) for k, r in required.items())
    components = _components(cands.items, av)
    banked = fixed_cov

    def relay(covered: int, _bound: int) -> None:
        if progress is not None:
            progress(PlanProgress(covered, required_total, time.monotonic() - started))

    ctl = SolveControl(seed, workers, cancel, relay)
    outcomes: list[ComponentOutcome] = []
    weights = [len(c) for c in components]
    for i, comp in enumerate(components):
        if ctl.cancelled():
            break
        remaining = max(time_limit - (time.monotonic() - started), 0.1)
        share = remaining * weights[i] / max(sum(weights[i:]), 1)
        out = solve_component(av, cands, comp, ctl, share, banked)
        banked += out.coverage
        outcomes.append(out)
        relay(banked, 0)

    new_id = _id_factory(problem, seed)
    meetings = [Meeting(m.id, m.type, m.day, m.start, m.minutes, m.site, m.professionals, m.beneficiaries,
                        fixed=True, buffer_minutes=m.buffer_minutes) for m in fixed]
    for out in outcomes:
        for it, who in sorted(out.chosen, key=lambda c: (c[0].day, c[0].start, c[0].site, c[0].index)):
            meetings.append(Meeting(new_id(), it.type, it.day, it.start, it.end - it.start, it.site,
                                    it.pros, who))
    meetings, dropped, fixed_violations = _verified(problem, meetings)
    planned = coverage_of(problem, meetings)
    covered = sum(min(planned.get(k, 0), r) for k, r in required.items())
    if opts.step > 30 and not ctl.cancelled():
        # On a coarse grid the finer first-fit can cover more: keep whichever verified plan does.
        fine = generate(problem, Options(30, 60, 1000, 6), av)
        chosen = first_fit(av, fine, fine.items)
        alt = meetings[: len(fixed)] + [
            Meeting(new_id(), it.type, it.day, it.start, it.end - it.start, it.site, it.pros, chosen[it.index])
            for it in fine.items if it.index in chosen]
        alt, alt_dropped, _ = _verified(problem, alt)
        alt_planned = coverage_of(problem, alt)
        alt_covered = sum(min(alt_planned.get(k, 0), r) for k, r in required.items())
        if alt_covered > covered:
            meetings, planned, covered, dropped = alt, alt_planned, alt_covered, alt_dropped
    unmet = explain_unmet(problem, meetings, required, planned)
    statuses = {o.status for o in outcomes}
    if len(outcomes) < len(components) or "UNKNOWN" in statuses or "MODEL_INVALID" in statuses:
        status = "FEASIBLE" if any(o.chosen for o in outcomes) else "UNKNOWN"
    elif statuses <= {"OPTIMAL"}:
        status = "OPTIMAL"
    else:
        status = "FEASIBLE"
    bound = fixed_cov + sum(o.bound for o in outcomes) + sum(
        max(required[k] - cands.fixed_minutes.get(k, 0), 0) for k in _unsolved_requirements(components,
                                                                                             outcomes))
    stats: dict[str, Any] = {
        "required_minutes": required_total, "covered_minutes": covered,
        "travel_minutes": travel_minutes(problem, meetings), "status": status,
        "solve_seconds": round(time.monotonic() - started, 3),
        "coverage_bound_minutes": max(bound, covered), "planned_meetings": len(meetings) - len(fixed),
        "candidates": len(cands.items), "components": len(components), "grid_step": opts.step,
        "dropped_by_verification": dropped, "fixed_violations": fixed_violations,
    }
    return PlanResult(meetings, unmet, stats)


def _unsolved_requirements(components: list[list[Item]], outcomes: list[ComponentOutcome]) -> set[
        tuple[str, str]]:
    """Requirements of components skipped after a cancel: their bound is the full need."""
    out: set[tuple[str, str]] = set()
    for comp in components[len(outcomes):]:
        for it in comp:
            out.update((b, it.type) for b in it.bens)
    return out


def plan_to_json(result: PlanResult, week: str) -> dict[str, Any]:
    """The ``sosdesk-plan/1`` document."""
    return {
        "format": PLAN_FORMAT, "week": week,
        "meetings": [{**meeting_to_json(m), "fixed": m.fixed} for m in result.meetings],
        "unmet": [u.to_json() for u in result.unmet],
        "stats": result.stats,
    }
