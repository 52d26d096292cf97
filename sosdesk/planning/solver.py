"""The automatic planner: candidates → CP-SAT per independent component → verified plan.

Every plan is checked by ``sosdesk.domain.rules.check_week`` before it is returned; a planned
meeting that breaks a hard rule is dropped (and counted in ``stats``), never shown.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import random
import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sosdesk.domain.model import Meeting, PlanningProblem, Violation
from sosdesk.domain.rules import check_week
from sosdesk.planning.bound import coverage_bound, site_groups
from sosdesk.planning.candidates import Availability, Candidates, Item, Options, generate, requirement_room
from sosdesk.planning.cpmodel import ComponentOutcome, SolveControl, solve_component
from sosdesk.planning.greedy import best_first_fit
from sosdesk.planning.instance import meeting_to_json, problem_to_json
from sosdesk.planning.parallel import Part, run_searches
from sosdesk.planning.plan_eval import coverage_of, covered_minutes, travel_minutes
from sosdesk.planning.unmet import Unmet, explain_unmet

PLAN_FORMAT = "sosdesk-plan/1"
# Weeks this small (and with at most this many 15-minute candidates) are solved exactly.
EXACT_MAX_BENEFICIARIES = 25
EXACT_MAX_ITEMS = 2500
# Share of the time limit the LP bound may take at most.
BOUND_SHARE = 0.2
# Time kept for verification and the unmet analysis after the search.
POST_BASE_SECONDS = 0.3
POST_SECONDS_PER_PERSON = 0.012
# LNS deterministic work units per second of wall clock (calibrated on the 2-core reference machine).
WORK_PER_SECOND = 1.35
# Share of the search time left to the LNS once the bound and the first fit are done (nominal).
LNS_SHARE = 0.85
# Searches run in parallel processes only when the limit pays for starting them.
PARALLEL_MIN_SECONDS = 8.0
SPAWN_SECONDS = 1.5


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


def _id_factory(problem: PlanningProblem, seed: int) -> Callable[[], str]:
    """UUID4-shaped ids drawn from the instance and seed, so a run is reproducible."""
    digest = hashlib.sha256(json.dumps(problem_to_json(problem), sort_keys=True).encode())
    digest.update(str(seed).encode())
    rng = random.Random(digest.digest())
    return lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _verified(problem: PlanningProblem, meetings: list[Meeting]) -> tuple[list[Meeting], int, list[Violation]]:
    """Drop planned meetings the rules engine rejects until none is left in a violation; what is
    left are the fixed meetings' own violations (e.g. a site they already overload, H5)."""
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
            return meetings, dropped, violations
        dropped += len(bad)
        meetings = [m for m in meetings if m.id not in bad]


def solve(problem: PlanningProblem, time_limit: float = 30, seed: int = 0, workers: int = 2,
          progress: Callable[[PlanProgress], None] | None = None,
          cancel: threading.Event | None = None, not_before: tuple[int, int] | None = None) -> PlanResult:
    """Plan the week: maximise coverage, then travel, continuity, fairness, compactness.

    ``not_before`` (ISO day, minute; see ``sosdesk.planning.horizon``) keeps every new meeting at or
    after "now" on the current week; the meetings already there stay fixed wherever they are.

    Small weeks are solved exactly on the 15-minute grid; larger ones start from a first-fit plan
    improved by large neighbourhood search. Verification and the unmet analysis are kept inside
    ``time_limit``; ``stats["coverage_bound_minutes"]`` is a proven upper bound (see ``bound``).
    """
    started = time.monotonic()
    av = Availability(problem, not_before)
    fixed = [m for m in problem.fixed if m.status != "cancelled"]
    required = {(b.id, r.type): r.minutes for b in problem.beneficiaries.values() for r in b.requirements}
    required_total = sum(required.values())
    room = Candidates()
    requirement_room(problem, room)
    fixed_cov = sum(min(room.fixed_minutes.get(k, 0), r) for k, r in required.items())
    post_reserve = POST_BASE_SECONDS + POST_SECONDS_PER_PERSON * (
        len(problem.beneficiaries) + len(problem.professionals))
    search_seconds = max(time_limit - post_reserve, time_limit * 0.5)
    deadline = started + search_seconds

    def relay(covered: int, _bound: int) -> None:
        if progress is not None:
            progress(PlanProgress(covered, required_total, time.monotonic() - started))

    ctl = SolveControl(seed, workers, cancel, relay)
    new_id = _id_factory(problem, seed)
    cands = None
    if len(problem.beneficiaries) <= EXACT_MAX_BENEFICIARIES:
        cands = generate(problem, Options(problem.slot_minutes, problem.slot_minutes), av)
        if len(cands.items) > EXACT_MAX_ITEMS:
            cands = None
    lp_bound = fixed_cov + coverage_bound(av, room, max(time_limit * BOUND_SHARE, 1.0))
    extra: dict[str, Any] = {}
    if cands is not None:
        chosen, status, cp_bound = _solve_exact(av, cands, required, ctl, deadline, fixed_cov, relay)
        bound = min(lp_bound, cp_bound)
        planned_meetings = [Meeting(new_id(), it.type, it.day, it.start, it.end - it.start, it.site, it.pros, who)
                            for it, who in chosen]
        extra["candidates"] = len(cands.items)
    else:
        planned_meetings, status, lns_stats = _solve_lns(problem, av, required, seed, new_id, deadline,
                                                                search_seconds, ctl, relay)
        bound = lp_bound
        extra.update(lns_stats)
    meetings = [Meeting(m.id, m.type, m.day, m.start, m.minutes, m.site, m.professionals, m.beneficiaries,
                        fixed=True, buffer_minutes=m.buffer_minutes) for m in fixed]
    meetings += planned_meetings
    meetings, dropped, fixed_violations = _verified(problem, meetings)
    planned = coverage_of(problem, meetings)
    covered = covered_minutes(required, planned)
    if status == "FEASIBLE" and covered >= bound:
        status = "OPTIMAL"  # the plan meets the proven bound
    unmet = explain_unmet(problem, meetings, required, planned, not_before)
    stats: dict[str, Any] = {
        "required_minutes": required_total, "covered_minutes": covered,
        "travel_minutes": travel_minutes(problem, meetings), "status": status,
        "solve_seconds": round(time.monotonic() - started, 3),
        "coverage_bound_minutes": max(bound, covered), "planned_meetings": len(meetings) - len(fixed),
        "dropped_by_verification": dropped, "fixed_violations": len(fixed_violations),
        "fixed_problems": [{"rule": v.rule, "meetings": list(v.meetings), "message": v.message}
                           for v in fixed_violations], **extra,
    }
    return PlanResult(meetings, unmet, stats)


def _solve_exact(av: Availability, cands: Candidates, required: dict[tuple[str, str], int], ctl: SolveControl,
                 deadline: float, fixed_cov: int, relay: Callable[[int, int], None]) -> tuple[list[tuple[Item, tuple[str, ...]]], str, int]:
    """CP-SAT over every 15-minute candidate, one independent component at a time."""
    components = _components(cands.items, av)
    banked = fixed_cov
    outcomes: list[ComponentOutcome] = []
    weights = [len(c) for c in components]
    for i, comp in enumerate(components):
        if ctl.cancelled():
            break
        remaining = max(deadline - time.monotonic(), 0.1)
        share = remaining * weights[i] / max(sum(weights[i:]), 1)
        out = solve_component(av, cands, comp, ctl, share, banked)
        banked += out.coverage
        outcomes.append(out)
        relay(banked, 0)
    statuses = {o.status for o in outcomes}
    if len(outcomes) < len(components) or "UNKNOWN" in statuses or "MODEL_INVALID" in statuses:
        status = "FEASIBLE" if any(o.chosen for o in outcomes) else "UNKNOWN"
    elif statuses <= {"OPTIMAL"}:
        status = "OPTIMAL"
    else:
        status = "FEASIBLE"
    bound = fixed_cov + sum(o.bound for o in outcomes) + sum(
        max(required[k] - cands.fixed_minutes.get(k, 0), 0) for k in _unsolved_requirements(components, outcomes))
    chosen = [c for out in outcomes for c in sorted(out.chosen, key=lambda c: (c[0].day, c[0].start, c[0].site,
                                                                               c[0].index))]
    return chosen, status, bound


def _solve_lns(problem: PlanningProblem, av: Availability, required: dict[tuple[str, str], int], seed: int,
               new_id: Callable[[], str], deadline: float, search_seconds: float, ctl: SolveControl,
               relay: Callable[[int, int], None]) -> tuple[list[Meeting], str, dict[str, Any]]:
    """First fit on a 30-minute grid, then large neighbourhood search on the 15-minute grid.

    Independent groups of sites (no shared person) are searched by up to ``workers`` processes, one
    seeded search per fixed bucket of groups: the result does not depend on process timing."""
    t0 = time.monotonic()
    start = generate(problem, Options(max(problem.slot_minutes, 30), max(problem.slot_minutes, 60), 1000, 6), av)
    planned = best_first_fit(av, start, required)
    first_fit_seconds = round(time.monotonic() - t0, 3)
    buckets = _buckets(av, required, ctl.workers if search_seconds >= PARALLEL_MIN_SECONDS else 1)
    parts = [Part([m for m in planned if m.site in sites], {k: v for k, v in required.items() if k[0] in bens},
                  seed + 7919 * i) for i, (sites, bens) in enumerate(buckets)]
    # The work budget derives from the time limit only (never from measured time), so a run is
    # reproducible; the clock deadline is only a safety net on a slow or busy machine.
    budget = max(search_seconds * LNS_SHARE - (SPAWN_SECONDS if len(parts) > 1 else 0.0), 0.0) * WORK_PER_SECOND
    results, stats, start_cov = run_searches(problem, av, parts, budget, deadline, ctl.cancelled,
                                             lambda total: relay(total, 0))
    greedy_cov = sum(start_cov)
    greedy_travel = travel_minutes(problem, [*problem.fixed, *planned])
    merged = sorted((m for part in results for m in part),
                    key=lambda m: (m.day, m.start, m.site, m.type, m.professionals, m.beneficiaries))
    planned = [dataclasses.replace(m, id=new_id()) for m in merged]
    status = "FEASIBLE" if planned or not ctl.cancelled() else "UNKNOWN"
    return planned, status, {
        "greedy_covered_minutes": greedy_cov, "greedy_travel_minutes": greedy_travel,
        "first_fit_seconds": first_fit_seconds, "lns_processes": len(parts),
        "lns_iterations": sum(x.iterations for x in stats), "lns_accepted": sum(x.accepted for x in stats),
        "lns_skipped": sum(x.skipped for x in stats), "lns_work": round(sum(x.work for x in stats), 2),
        "lns_stopped_by_clock": any(x.stopped_by_clock for x in stats)}


def _buckets(av: Availability, required: dict[tuple[str, str], int],
             workers: int) -> list[tuple[set[str], set[str]]]:
    """Groups of sites no person links, dealt to at most ``workers`` buckets (largest first):
    (sites, beneficiaries) of each bucket."""
    groups = site_groups(av)
    site_group = {s: i for i, g in enumerate(groups) for s in g}
    bens_of: list[set[str]] = [set() for _ in groups]
    load = [0] * len(groups)
    for b in av.p.beneficiaries:
        g = site_group[av.ben_sites(b)[0]]
        bens_of[g].add(b)
    for (b, _t), minutes in required.items():
        load[site_group[av.ben_sites(b)[0]]] += minutes
    n = max(1, min(workers, sum(1 for x in load if x > 0)))  # a group nobody needs gets no process
    out: list[tuple[set[str], set[str]]] = [(set(), set()) for _ in range(n)]
    totals = [0] * n
    for g in sorted(range(len(groups)), key=lambda g: (-load[g], g)):
        k = min(range(n), key=lambda k: (totals[k], k))
        out[k][0].update(groups[g])
        out[k][1].update(bens_of[g])
        totals[k] += load[g]
    return out


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
