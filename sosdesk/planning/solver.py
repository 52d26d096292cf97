"""The automatic planner: candidates → CP-SAT per independent component → verified plan.

Every plan is checked by ``sosdesk.domain.rules.check_week`` before it is returned; a planned
meeting that breaks a hard rule is dropped (and counted in ``stats``), never shown.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
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
from sosdesk.planning import budget as budget_module
from sosdesk.planning.bound import coverage_bound, missing_minutes, needs_by_group, site_groups, trivial_bound
from sosdesk.planning.bound_slots import Usable, slot_guide
from sosdesk.planning.budget import Budget
from sosdesk.planning.candidates import Availability, Candidates, Item, Options, generate, requirement_room
from sosdesk.planning.cpmodel import ComponentOutcome, SolveControl, solve_component
from sosdesk.planning.greedy import Guide, best_first_fit
from sosdesk.planning.instance import meeting_to_json, problem_to_json
from sosdesk.planning.parallel import BoundJob, Part, run_searches
from sosdesk.planning.plan_eval import coverage_of, covered_minutes, score, travel_minutes
from sosdesk.planning.sessions import DTIME as SESSIONS_MAX_DTIME
from sosdesk.planning.sessions import SessionChoice, choose_sessions
from sosdesk.planning.unmet import Unmet, explain_unmet

PLAN_FORMAT = "sosdesk-plan/1"
# Weeks this small (and with at most this many 15-minute candidates) are solved exactly.
EXACT_MAX_BENEFICIARIES = 25
EXACT_MAX_ITEMS = 2500
# Share of the search time the LP bound may take at most when it runs in this process.
BOUND_SHARE = 0.2
# Time kept for verification (never cut) and, at least, for the unmet analysis after the search.
VERIFY_BASE_SECONDS = 0.2
VERIFY_SECONDS_PER_MEETING = 0.0018
UNMET_SHARE = 0.08
UNMET_BASE_SECONDS = 0.5
UNMET_SECONDS_PER_PERSON = 0.01
# Share of the search time the first fit may take (its orders after the first are skipped beyond).
FIRST_FIT_SHARE = 0.4
# LNS work (reference CPU seconds, see ``lns.ITERATION_WORK``) per second of search time: each
# search has a core of its own on the 2-core reference machine, but measured with two searches
# side by side, each got 0.6–0.9 of a core (the bound's child and the main process share the
# machine) and its moves took 0.8–1.3 of the CPU seconds the move model predicts (docs/planning.md,
# « Round 11 »); 0.7 then. Round 16 measured the M suite's runs ending at 16–25 s of their 30 s and
# L's at 77–89 s of 120 with 14 % more work (this and ``LNS_SHARE``), no run cut by the clock
# (« Round 16 »). On a loaded machine the wall deadline stops the search first (then ``cut_phases``
# names « search » and the run is no longer reproducible).
WORK_PER_SECOND = 0.75
# Share of the search time left to the LNS once the bound and the first fit are done (nominal;
# 0.85 until round 16).
LNS_SHARE = 0.9
# Above this many beneficiaries the first fit uses a coarser candidate grid (``_first_fit_options``).
LARGE_BENEFICIARIES = 800
# Two seeded searches of the same week when it is one group of sites (see ``_solve_lns``): a
# portfolio (the better plan kept), or since round 21 (``SPLIT``) one plan improved by both, the
# week's days dealt between them round after round (``Lns.run_split``).
PORTFOLIO = True
SPLIT = True
# Searches run in parallel processes only when the limit pays for starting them.
PARALLEL_MIN_SECONDS = 8.0
SPAWN_SECONDS = 1.5
# Weeks of several groups of sites compute the bound in a child process too from this search time
# (the tighter LP of ``bound_slots`` takes seconds); one-group weeks from ``PARALLEL_MIN_SECONDS``.
BOUND_CHILD_MIN_SECONDS = 8.0
BOUND_CHILD_START_SECONDS = 0.7
# Seconds of one first-fit order per candidate (generation counts as 1.5 orders), on the reference
# machine: measured 2.0–3.1 µs on the M and L weeks (round 10), 4.2 µs on the office-scale demo week.
FIRST_FIT_SECONDS_PER_ITEM = 3e-6
# The first fit's guided order (``greedy``): the start-indexed LP of each group of sites, starts
# every ``GUIDE_STEP`` minutes, solved by the simplex before the first fit within ``GUIDE_SHARE`` of
# the search time, counted in reference seconds by ``guide_work`` (columns built and loaded,
# simplex iterations: fitted on 68 LPs of the suite's M and L weeks, docs/planning.md, « Round 10 »);
# an LP of more columns than ``GUIDE_SECONDS_PER_COLUMN2`` × columns² allows is not built. That
# time is taken from the search's work budget; the clock only cuts the LP at ``GUIDE_CLOCK_SLACK``
# times its allowance. Not at office scale (the LP would not fit).
GUIDE = True
GUIDE_STEP = 30
GUIDE_SHARE = 0.35
GUIDE_SECONDS_PER_COLUMN = 4e-5
GUIDE_SECONDS_PER_ITERATION2 = 2.2e-8
GUIDE_SECONDS_PER_ITERATION_COLUMN = 5.3e-9
GUIDE_SECONDS_PER_COLUMN2 = 2.7e-9
GUIDE_CLOCK_SLACK = 2.0
# The first fit's sessions chosen together by CP-SAT (``sessions.choose_sessions``, round 20):
# deterministic time at most ``sessions.DTIME``, and ``SESSIONS_SHARE`` of the search time at short
# limits, charged ``SESSIONS_SECONDS_PER_DTIME`` reference seconds per unit to the search's work
# budget (measured 2.1–2.6 s of wall time per unit, model built, on M weeks of 145–261 session
# candidates); the clock stops it only at ``SESSIONS_CLOCK_SLACK`` units' worth of seconds.
SESSIONS = True
SESSIONS_SHARE = 0.05
SESSIONS_SECONDS_PER_DTIME = 2.2
SESSIONS_CLOCK_SLACK = 6.0


@dataclass(frozen=True, slots=True)
class PlanProgress:
    """Best coverage found so far (minutes, fixed meetings included) and the time spent."""

    covered_minutes: int
    required_minutes: int
    elapsed_seconds: float
    phase: str = "search"  # see ``budget.PHASES``


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
          cancel: threading.Event | None = None, not_before: tuple[int, int] | None = None,
          started: float | None = None) -> PlanResult:
    """Plan the week: maximise coverage, then travel, continuity, fairness, compactness.

    ``not_before`` (ISO day, minute; see ``sosdesk.planning.horizon``) keeps every new meeting at or
    after "now" on the current week; the meetings already there stay fixed wherever they are.
    ``started`` (``time.monotonic()``) is when the caller began reading the week: the time limit
    counts from there.

    Small weeks are solved exactly on the 15-minute grid; larger ones start from a first-fit plan
    improved by large neighbourhood search. Every phase is budgeted against one deadline (see
    ``budget``): a verified plan (the best so far) is returned by the limit, and ``stats`` names the
    phases that were cut. ``stats["coverage_bound_minutes"]`` is a proven upper bound (see ``bound``).
    """
    best = [0]
    required = {(b.id, r.type): r.minutes for b in problem.beneficiaries.values() for r in b.requirements}
    required_total = sum(required.values())

    def on_phase(name: str) -> None:
        if progress is not None:
            progress(PlanProgress(best[0], required_total, budget.elapsed(), name))

    budget = Budget(time_limit, started, on_phase, cancel)
    av = Availability(problem, not_before)
    fixed = [m for m in problem.fixed if m.status != "cancelled"]
    room = Candidates()
    requirement_room(problem, room)
    fixed_cov = sum(min(room.fixed_minutes.get(k, 0), r) for k, r in required.items())
    best[0] = fixed_cov
    # Verification is never cut: its time (and a floor for the unmet analysis) is kept aside.
    n_meetings = len(fixed) + len(problem.beneficiaries)
    verify_reserve = VERIFY_BASE_SECONDS + VERIFY_SECONDS_PER_MEETING * n_meetings
    unmet_reserve = min(UNMET_SHARE * time_limit, UNMET_BASE_SECONDS + UNMET_SECONDS_PER_PERSON * len(
        problem.beneficiaries))
    search_deadline = budget.deadline - verify_reserve - unmet_reserve
    # The nominal search time derives from the limit and the week's size only (reproducible runs).
    search_seconds = max(time_limit - min(1.5, 0.03 * time_limit) - verify_reserve - unmet_reserve
                         - budget.seconds.get("read", 0.0), 0.1)

    def relay(covered: int, _bound: int) -> None:
        best[0] = max(best[0], covered)
        if progress is not None:
            progress(PlanProgress(covered, required_total, budget.elapsed(), "search"))

    ctl = SolveControl(seed, workers, cancel, relay)
    new_id = _id_factory(problem, seed)
    cands = None
    if len(problem.beneficiaries) <= EXACT_MAX_BENEFICIARIES:
        cands = generate(problem, Options(problem.slot_minutes, problem.slot_minutes), av)
        if len(cands.items) > EXACT_MAX_ITEMS:
            cands = None
    extra: dict[str, Any] = {}
    bound_job: BoundJob | None = None
    # At office scale even the quick LP takes seconds: all of the bound then goes to the child.
    quick_in_child = len(problem.beneficiaries) > LARGE_BENEFICIARIES
    if cands is None and workers >= 2 and search_seconds >= PARALLEL_MIN_SECONDS and (
            search_seconds >= BOUND_CHILD_MIN_SECONDS or quick_in_child or len(_buckets(av, required, workers)) == 1):
        # The bound runs in a child process while this one builds and improves the plan (the LNS
        # stops on its work budget, mostly before the limit; the child's larger last LP only takes
        # the CPU the searches leave, see ``worker.CONTINUITY_NICE``).
        # The child starts its clock after its imports: it is given that much less.
        bound_job = BoundJob.start(problem, not_before,
                                   max(search_deadline - time.monotonic() - BOUND_CHILD_START_SECONDS, 0.1))
    lp_bound: int | None = None
    if bound_job is None or not quick_in_child:
        # The quick bound here (about a second on M weeks, never starved by a busy machine); the
        # tighter one too unless the child computes it.
        with budget.phase("bound"):
            bound_seconds = max(min(search_seconds * BOUND_SHARE, budget.left(search_deadline)), 0.05)
            new_bound, complete = coverage_bound(av, room, bound_seconds, tight=bound_job is None)
            lp_bound = fixed_cov + new_bound
            if not complete:
                budget.mark_cut("bound")
    if cands is not None:
        with budget.phase("search"):
            chosen, status, cp_bound = _solve_exact(av, cands, required, ctl, search_deadline, fixed_cov, relay)
        assert lp_bound is not None
        # CP-SAT's bound is one of the planner's model (one site a day besides fixed meetings): it
        # bounds the spec's problem only when nobody could go to two sites anyway.
        bound = min(lp_bound, cp_bound) if _one_site_each(av) else lp_bound
        if status == "OPTIMAL" and not _one_site_each(av):
            status = "FEASIBLE"  # optimal for the planner's model; proven below only if it meets the LP bound
        planned_meetings = [Meeting(new_id(), it.type, it.day, it.start, it.end - it.start, it.site, it.pros, who)
                            for it, who in chosen]
        extra["candidates"] = len(cands.items)
        if time.monotonic() > search_deadline:
            budget.mark_cut("search")
    else:
        planned_meetings, status, lns_stats = _solve_lns(problem, av, required, seed, new_id, search_deadline,
                                                         search_seconds, ctl, relay, budget)
        extra.update(lns_stats)
        if bound_job is not None:
            with budget.phase("bound"):
                # After a Stop the user waits for nothing: the bound proven so far is kept.
                wait = 0.0 if ctl.cancelled() else max(search_deadline - time.monotonic(), 0.0)
                found = bound_job.result(wait, ctl.cancelled)
            if lp_bound is None and (found is None or not found[1]):
                budget.mark_cut("bound")
            if found is not None:
                lp_bound = fixed_cov + found[0] if lp_bound is None else min(lp_bound, fixed_cov + found[0])
            elif lp_bound is None:
                lp_bound = fixed_cov + trivial_bound(av, room)
        assert lp_bound is not None
        bound = lp_bound
    meetings = [Meeting(m.id, m.type, m.day, m.start, m.minutes, m.site, m.professionals, m.beneficiaries,
                        fixed=True, buffer_minutes=m.buffer_minutes) for m in fixed]
    meetings += planned_meetings
    with budget.phase("verify"):
        meetings, dropped, fixed_violations = _verified(problem, meetings)
    planned = coverage_of(problem, meetings)
    covered = covered_minutes(required, planned)
    best[0] = covered
    if status == "FEASIBLE" and covered >= bound:
        status = "OPTIMAL"  # the plan meets the proven bound
    with budget.phase("unmet"):
        # After a Stop the analysis gets a second at most: the user asked for the plan now.
        unmet_deadline = min(budget.deadline, time.monotonic() + 1.0) if budget.cancelled() else budget.cut_off()
        unmet, complete = explain_unmet(problem, meetings, required, planned, not_before, deadline=unmet_deadline)
        if not complete:
            budget.mark_cut("unmet")
    if cancel is not None and cancel.is_set():
        budget.mark_cut("cancelled")
    stats: dict[str, Any] = {
        "required_minutes": required_total, "covered_minutes": covered,
        "travel_minutes": travel_minutes(problem, meetings), "status": status,
        "solve_seconds": round(budget.elapsed(), 3),
        "coverage_bound_minutes": max(bound, covered), "planned_meetings": len(meetings) - len(fixed),
        "dropped_by_verification": dropped, "fixed_violations": len(fixed_violations),
        "fixed_problems": [{"rule": v.rule, "meetings": list(v.meetings), "message": v.message}
                           for v in fixed_violations], **extra, **budget.stats(),
    }
    return PlanResult(meetings, unmet, stats)


def _first_fit_options(problem: PlanningProblem) -> Options:
    """The first fit's candidate grid: 30-minute starts and six professional tuples per site; at
    office scale (hundreds of beneficiaries) hourly starts and each beneficiary's three best
    professionals (referent first), so the first plan is built in seconds and the search refines it
    on the 15-minute grid with every professional."""
    slot = problem.slot_minutes
    if len(problem.beneficiaries) > LARGE_BENEFICIARIES:
        return Options(max(slot, 30), max(slot, 60), 3, 6, spread=True)
    return Options(max(slot, 30), max(slot, 60), 1000, 6)


def _one_site_each(av: Availability) -> bool:
    """Nobody may go to two sites: the planner's « one site a day » restriction then costs nothing."""
    return all(len(av.ben_sites(b)) == 1 for b in av.p.beneficiaries) and \
        all(len(av.pro_sites(x)) == 1 for x in av.p.professionals)


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
               relay: Callable[[int, int], None], clock: Budget) -> tuple[list[Meeting], str, dict[str, Any]]:
    """First fit on a 30-minute grid, then large neighbourhood search on the 15-minute grid.

    Independent groups of sites (no shared person) are searched by up to ``workers`` processes, one
    seeded search per fixed bucket of groups: the result does not depend on process timing."""
    t0 = time.monotonic()
    with clock.phase("first_fit"):
        # A Stop ends the first fit at its next clock check (budget.Deadline): its plan so far is kept.
        ff_deadline = clock.cut_off(min(t0 + search_seconds * FIRST_FIT_SHARE + budget_module.CLOCK_SLACK, deadline))
        start = generate(problem, _first_fit_options(problem), av, deadline=ff_deadline)
        run, guide_seconds = GuideRun(None, 0, 0, 0.0, False), 0.0
        orders_deadline = ff_deadline
        if GUIDE and len(problem.beneficiaries) <= LARGE_BENEFICIARIES and not start.cut:
            g0 = time.monotonic()
            # The LP is stopped by its deterministic allowance; the clock only at twice that, a
            # slow machine's safety net (then ``first_fit`` is named a cut phase).
            guide_deadline = clock.cut_off(min(g0 + search_seconds * GUIDE_SHARE * GUIDE_CLOCK_SLACK + budget_module.CLOCK_SLACK,
                                                 deadline))
            run = _guide(av, start, search_seconds, guide_deadline)
            guide_seconds = round(time.monotonic() - g0, 3)
            # The orders keep their own share of the clock after the LP (their count is deterministic:
            # they are planned to take half of it on the reference machine).
            orders_deadline = clock.cut_off(min(max(ff_deadline, time.monotonic() + search_seconds * FIRST_FIT_SHARE
                                                    + budget_module.CLOCK_SLACK),
                                                deadline))
        guide = run.guide
        # The first fit's sessions chosen together (``sessions``), charged by CP-SAT's deterministic
        # time (reproducible); the clock only stops it on a slow machine.
        choice = SessionChoice(None, 0, 0.0, "SKIPPED")
        if SESSIONS and guide is not None and not start.cut and not run.cut:
            dtime = min(SESSIONS_MAX_DTIME, search_seconds * SESSIONS_SHARE)
            sessions_deadline = clock.cut_off(min(time.monotonic() + dtime * SESSIONS_CLOCK_SLACK
                                                  + budget_module.CLOCK_SLACK, deadline))
            choice = choose_sessions(av, start, missing_minutes(av, start), guide, sessions_deadline, dtime)
        # How many first-fit orders fit derives from the candidate count (reproducible); the clock
        # deadline only stops a pass that runs late on a loaded machine.
        orders = max(1, min(7 if choice.chosen else 4, int(search_seconds * FIRST_FIT_SHARE * 0.5 / max(
            FIRST_FIT_SECONDS_PER_ITEM * len(start.items), 1e-6))))
        planned, ff_complete = best_first_fit(av, start, required, max_orders=orders, deadline=orders_deadline,
                                              hard_deadline=clock.cut_off(deadline), guide=guide,
                                              sessions=choice.chosen)
        if start.cut or not ff_complete or run.cut or choice.cut:
            clock.mark_cut("first_fit")
    first_fit_seconds = round(time.monotonic() - t0, 3)
    relay(covered_minutes(required, coverage_of(problem, [*problem.fixed, *planned])), 0)
    buckets = _buckets(av, required, ctl.workers if search_seconds >= PARALLEL_MIN_SECONDS else 1)
    parts = [Part([m for m in planned if m.site in sites], {k: v for k, v in required.items() if k[0] in bens},
                  seed + 7919 * i) for i, (sites, bens) in enumerate(buckets)]
    # One connected group of sites and a second core: a portfolio of two searches from the same
    # start with different seeds, the better one kept (the cores no longer idle on one-group weeks).
    second = len(parts) == 1 and ctl.workers >= 2 and search_seconds >= PARALLEL_MIN_SECONDS \
        and len(problem.beneficiaries) <= LARGE_BENEFICIARIES
    split = SPLIT and second
    portfolio = PORTFOLIO and second and not split
    if portfolio or split:
        parts.append(Part(parts[0].planned, parts[0].required, seed + 104729))
    # The work budget derives from the time limit and the week's size only (never from measured
    # time), so a run is reproducible; the clock deadline is only a safety net on a slow machine.
    ff_estimate = FIRST_FIT_SECONDS_PER_ITEM * len(start.items) * (orders + 1.5) + run.work \
        + SESSIONS_SECONDS_PER_DTIME * choice.dtime
    budget = max((search_seconds - ff_estimate) * LNS_SHARE - (SPAWN_SECONDS if len(parts) > 1 else 0.0),
                 0.0) * WORK_PER_SECOND
    with clock.phase("search"):
        results, stats, start_cov = run_searches(problem, av, parts, budget, deadline, ctl.cancelled,
                                                 lambda total: relay(total, 0), portfolio=portfolio, split=split)
    if any(x.stopped_by_clock for x in stats):
        clock.mark_cut("search")
    greedy_cov = sum(start_cov)
    if portfolio:
        fixed = [m for m in problem.fixed if m.status != "cancelled"]
        keys = [score(problem, required, [*fixed, *plan]).key() for plan in results]
        results = [results[keys.index(max(keys))]]  # ties: the first search
        greedy_cov = start_cov[0]
    greedy_travel = travel_minutes(problem, [*problem.fixed, *planned])
    merged = sorted((m for part in results for m in part),
                    key=lambda m: (m.day, m.start, m.site, m.type, m.professionals, m.beneficiaries))
    planned = [dataclasses.replace(m, id=new_id()) for m in merged]
    status = "FEASIBLE" if planned or not ctl.cancelled() else "UNKNOWN"
    return planned, status, {
        "greedy_covered_minutes": greedy_cov, "greedy_travel_minutes": greedy_travel,
        "first_fit_seconds": first_fit_seconds, "first_fit_orders": orders, "first_fit_candidates": len(start.items),
        "lns_processes": len(parts), "lns_portfolio": portfolio, "lns_split": split,
        "lns_split_rounds": sum(x.split_rounds for x in stats),
        "lns_split_replayed": sum(x.split_replayed for x in stats),
        "lns_split_dropped": sum(x.split_dropped for x in stats),
        "lns_path_work": round(sum(x.path_work for x in stats), 2),
        "lns_iterations": sum(x.iterations for x in stats), "lns_accepted": sum(x.accepted for x in stats),
        "lns_skipped": sum(x.skipped for x in stats), "lns_work": round(sum(x.work for x in stats), 2),
        "lns_stopped_by_clock": any(x.stopped_by_clock for x in stats),
        "lns_cpu_seconds": round(sum(x.cpu_seconds for x in stats), 2),
        "lns_scale": [x.scale for x in stats], "lns_week_moves": sum(x.week_moves for x in stats),
        "first_fit_guide_columns": run.columns, "first_fit_guide_iterations": run.iterations,
        "first_fit_guide_work": round(run.work, 3), "first_fit_guided": guide is not None,
        "first_fit_guide_capped": run.capped,
        "first_fit_guide_seconds": guide_seconds,
        "first_fit_sessions": len(choice.chosen or {}), "first_fit_session_candidates": choice.items,
        "first_fit_sessions_status": choice.status, "first_fit_sessions_dtime": round(choice.dtime, 3)}


@dataclass(frozen=True, slots=True)
class GuideRun:
    """What ``_guide`` found: the guide (None when no group was guided), the LP's columns and
    simplex iterations, the reference seconds charged to the search's work budget for them
    (deterministic) and whether the clock cut it."""
    guide: Guide | None
    columns: int
    iterations: int
    work: float
    cut: bool
    capped: bool = False  # the simplex's iteration cap stopped a group's LP: its point so far guides


def _guide(av: Availability, cands: Candidates, search_seconds: float, deadline: float) -> GuideRun:
    """The LP's plan of every group of sites for the first fit's guided order, within ``GUIDE_SHARE``
    of the search time in reference seconds: each group's LP is charged ``guide_work`` of its
    columns and simplex iterations, both deterministic, so a run stays reproducible. A group whose
    LP would have more columns than what is left of the allowance allows goes unguided (charged the
    columns built); one whose simplex needs more iterations than that is stopped by GLOP's
    iteration cap, spends the allowance and guides with the point the simplex had reached (since
    round 20; it went unguided before). When the clock cuts it (``deadline``), only the groups
    solved by then guide (the run is no longer reproducible, ``cut_phases`` says so)."""
    need = {k: v for k, v in missing_minutes(av, cands).items() if v > 0}
    allowance = search_seconds * GUIDE_SHARE
    guide: Guide = {}
    columns = iterations = 0
    work = 0.0
    capped = False
    usable = Usable(av)
    for group, part in needs_by_group(av, need):
        left = allowance - work
        # A typical simplex does an iteration every four columns: a larger LP is not even built.
        max_columns = int(min(left / GUIDE_SECONDS_PER_COLUMN, math.sqrt(left / GUIDE_SECONDS_PER_COLUMN2)))
        if max_columns <= 0:
            break

        def cap(n: int, left: float = left) -> int:
            return _guide_iterations(n, left - GUIDE_SECONDS_PER_COLUMN * n)

        try:
            got = slot_guide(av, part, group, deadline, GUIDE_STEP, max_columns=max_columns, usable=usable,
                             max_iterations=cap)
        except TimeoutError:  # the groups solved so far still guide the first fit
            return GuideRun(guide or None, columns, iterations, allowance, True, capped)
        if got is None:  # too large: the columns built are charged, the group goes unguided
            work += GUIDE_SECONDS_PER_COLUMN * max_columns
            continue
        if got.capped or got.values is None:  # too slow: the iterations made spent the allowance
            if got.values:  # where the simplex stood still guides (round 20)
                guide.update(got.values)
            columns += got.columns
            iterations += got.iterations
            work, capped = allowance, True
            break
        guide.update(got.values)
        columns += got.columns
        iterations += got.iterations
        work += guide_work(got.columns, got.iterations)
    return GuideRun(guide or None, columns, iterations, min(work, allowance), False, capped)


def guide_work(columns: int, iterations: int) -> float:
    """Reference seconds of one group's guide LP: building and loading its columns, and the simplex's
    iterations (each costs more as the basis fills: ``it²`` and ``it × columns`` terms)."""
    return (GUIDE_SECONDS_PER_COLUMN * columns + GUIDE_SECONDS_PER_ITERATION2 * iterations ** 2
            + GUIDE_SECONDS_PER_ITERATION_COLUMN * iterations * columns)


def _guide_iterations(columns: int, seconds: float) -> int:
    """The most simplex iterations an LP of ``columns`` columns may take in ``seconds`` (``guide_work``)."""
    if seconds <= 0:
        return 1
    a, b = GUIDE_SECONDS_PER_ITERATION2, GUIDE_SECONDS_PER_ITERATION_COLUMN * columns
    return max(int((-b + math.sqrt(b * b + 4 * a * seconds)) / (2 * a)), 1)


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
