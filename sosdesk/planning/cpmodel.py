"""The CP-SAT model over candidates of one independent component of the week.

Phase 1 maximises coverage; phase 2 keeps that coverage as a hard floor and minimises, with
nested weights so a lower level never trades against a higher one: travel, then continuity with
the referent, then fairness, then compactness (planning spec § Objective).
A person works at one site per day besides fixed meetings, which makes H9 exact and cheap.
"""

from __future__ import annotations

import os
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ortools.sat.python import cp_model

from sosdesk.domain.model import PlanningProblem
from sosdesk.planning.candidates import UNREACHABLE_HOME_MINUTES, Availability, Candidates, Item
from sosdesk.planning.greedy import first_fit

Lit = cp_model.IntVar
DTIME_PER_SECOND = 0.5


@dataclass(frozen=True, slots=True)
class Entry:
    """One way a person can be busy: a literal true when they are in that candidate."""

    lit: Lit
    item: Item


@dataclass
class ComponentOutcome:
    chosen: list[tuple[Item, tuple[str, ...]]] = field(default_factory=list)
    coverage: int = 0
    bound: int = 0
    status: str = "UNKNOWN"
    dtime_used: float = 0.0
    clock_cut: bool = False  # a phase was stopped by its wall-clock limit before its deterministic one


class SolveControl:
    """Time budget, progress relay and cancellation shared by every component's solve."""

    def __init__(self, seed: int, workers: int, cancel: threading.Event | None,
                 on_coverage: Callable[[int, int], None] | None,
                 interrupter: Interrupter | None = None) -> None:
        self.seed = seed
        self.workers = workers
        self.cancel = cancel
        self.on_coverage = on_coverage
        self.interrupter = interrupter  # the search's Stop, read inside a move too

    def cancelled(self) -> bool:
        return (self.cancel is not None and self.cancel.is_set()) or (
            self.interrupter is not None and self.interrupter.stopped)


class Interrupter:
    """Reads a Stop every 50 ms in one thread and stops the CP-SAT solve under way: an LNS runs
    thousands of short solves, one watcher thread each would cost more than some of them (measured
    on M `fragmented`: 8 % of the search's wall time). ``close`` when the search ends."""

    def __init__(self, stop: Callable[[], bool]) -> None:
        self._stop = stop
        self._solver: cp_model.CpSolver | None = None
        self._lock = threading.Lock()
        self._done = threading.Event()
        self.stopped = False
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def attach(self, solver: cp_model.CpSolver | None) -> None:
        with self._lock:
            self._solver = solver

    def _watch(self) -> None:
        while not self._done.wait(0.05):
            if self.stopped or self._stop():
                self.stopped = True
                with self._lock:  # every 50 ms while stopped: a solve that began after the Stop too
                    if self._solver is not None:
                        self._solver.stop_search()

    def close(self) -> None:
        self._done.set()
        self._thread.join()


class _Callback(cp_model.CpSolverSolutionCallback):
    def __init__(self, report: Callable[[int, int], None] | None) -> None:
        super().__init__()
        self.report = report

    def on_solution_callback(self) -> None:
        if self.report is not None:
            self.report(round(self.objective_value), round(self.best_objective_bound))


def _run(model: cp_model.CpModel, ctl: SolveControl, seconds: float,
         report: Callable[[int, int], None] | None, dtime: float | None = None) -> tuple[cp_model.CpSolver, Any]:
    solver = cp_model.CpSolver()
    prm = solver.parameters
    prm.num_workers = max(1, ctl.workers)
    prm.random_seed = ctl.seed
    # The deterministic-time limit (about half the wall clock on a 2-core machine) normally stops the
    # search first, which keeps runs reproducible; the wall-clock limit is the user's promise.
    prm.max_deterministic_time = max(seconds * DTIME_PER_SECOND if dtime is None else dtime, 0.05)
    prm.max_time_in_seconds = max(seconds, 0.1)
    prm.log_search_progress = bool(os.environ.get("SOSDESK_CPSAT_LOG"))
    if dtime is not None:
        # LNS sub-problems are small and start from a complete hint: presolve would eat the budget
        # before the search even reads the hint (measured: a third of the moves found nothing).
        prm.cp_model_presolve = False
    # A Stop ends the solve within 50 ms (its best solution so far is kept): the search's watcher,
    # or one for this solve when only the caller's cancel event is given (the exact path).
    own = Interrupter(ctl.cancel.is_set) if ctl.cancel is not None and ctl.interrupter is None else None
    watcher = own or ctl.interrupter
    if watcher is not None:
        watcher.attach(solver)
    try:
        status = solver.solve(model, _Callback(report))
    finally:
        if watcher is not None:
            watcher.attach(None)
        if own is not None:
            own.close()
    return solver, status


def _clock_cut(solver: cp_model.CpSolver, status: Any) -> bool:
    """Whether the wall clock (not the deterministic-time limit, not a proof) ended the solve: its
    result then depends on the machine's speed."""
    return status not in (cp_model.OPTIMAL, cp_model.INFEASIBLE, cp_model.MODEL_INVALID) and \
        solver.deterministic_time < solver.parameters.max_deterministic_time


def _clique_points(model: cp_model.CpModel, entries: list[Entry]) -> None:
    """At every start point, at most one of the entries covering it (H1, H2, H8)."""
    entries = sorted(entries, key=lambda e: (e.item.start, e.item.end))
    points = sorted({e.item.start for e in entries})
    # A sweep: the entries begun by ``t`` and not yet ended, in the sorted order (the same rows, in
    # the same order, as filtering every entry at every point, without the quadratic cost).
    active: list[Entry] = []
    i = 0
    for t in points:
        while i < len(entries) and entries[i].item.start <= t:
            active.append(entries[i])
            i += 1
        active = [e for e in active if e.item.end > t]
        if len(active) > 1:
            model.add_at_most_one([e.lit for e in active])


def _load(expr: Any, solver: cp_model.CpSolver) -> int:
    return int(solver.value(expr))


def _coverage_of(p: PlanningProblem, cands: Candidates, items: list[Item],
                 chosen: dict[int, tuple[str, ...]]) -> int:
    planned: dict[tuple[str, str], int] = defaultdict(int)
    for it in items:
        for b in chosen.get(it.index, ()):
            planned[(b, it.type)] += it.end - it.start
    total = 0
    for (b, t), minutes in planned.items():
        req = next(r.minutes for r in p.beneficiaries[b].requirements if r.type == t)
        total += min(minutes, max(req - cands.fixed_minutes[(b, t)], 0))
    return total


def solve_component(av: Availability, cands: Candidates, items: list[Item], ctl: SolveControl,
                    seconds: float, base_coverage: int, hint: dict[int, tuple[str, ...]] | None = None,
                    dtime: float | None = None, only_if_better: bool = False) -> ComponentOutcome:
    """Best plan of ``items``: coverage first, then the lower objectives with coverage kept.

    ``hint`` (item index → participants) replaces the first-fit warm start; ``dtime`` gives each
    phase a deterministic-time budget (70 % / 30 %) instead of one derived from ``seconds``.
    ``only_if_better``: when phase 1 covers no more than the warm start, stop there with nothing
    chosen (an LNS move aimed at coverage that found none is not worth its second solve)."""
    p = av.p
    m = cp_model.CpModel()
    ben_entries: dict[str, list[Entry]] = defaultdict(list)
    pro_entries: dict[str, list[Entry]] = defaultdict(list)
    site_entries: dict[tuple[str, int], list[Entry]] = defaultdict(list)
    req_entries: dict[tuple[str, str], list[Lit]] = defaultdict(list)
    item_lit: dict[int, Lit] = {}
    part_lit: dict[tuple[int, str], Lit] = {}
    continuity: list[Lit] = []
    for it in items:
        t = p.meeting_types[it.type]
        z = m.new_bool_var(f"i{it.index}")
        item_lit[it.index] = z
        for pro in it.pros:
            pro_entries[pro].append(Entry(z, it))
        site_entries[(it.site, it.day)].append(Entry(z, it))
        if not it.grouped:
            b = it.bens[0]
            ben_entries[b].append(Entry(z, it))
            req_entries[(b, it.type)].append(z)
            ref = p.beneficiaries[b].referent
            if ref and ref in p.professionals and t.skill in p.professionals[ref].skills \
                    and ref not in it.pros:
                continuity.append(z)
            continue
        xs = []
        for b in it.bens:
            x = m.new_bool_var(f"x{it.index}_{b}")
            part_lit[(it.index, b)] = x
            m.add_implication(x, z)
            ben_entries[b].append(Entry(x, it))
            req_entries[(b, it.type)].append(x)
            xs.append(x)
        m.add(sum(xs) >= max(t.min_participants, 1) * z)
        m.add(sum(xs) <= t.max_participants * z)

    # H1 / H2: one meeting at a time; one site a day besides fixed meetings (makes H9 exact).
    day_site: dict[tuple[str, str, int, str], Lit] = {}
    roles = [("b", who, entries) for who, entries in ben_entries.items()]
    roles += [("p", who, entries) for who, entries in pro_entries.items()]
    for role, who, entries in roles:
        by_day: dict[int, list[Entry]] = defaultdict(list)
        for e in entries:
            by_day[e.item.day].append(e)
        for day, day_entries in by_day.items():
            _clique_points(m, day_entries)
            sites = sorted({e.item.site for e in day_entries})
            if len(sites) > 1 or role == "p":
                ys = []
                for s in sites:
                    y = m.new_bool_var(f"y{role}{who}_{day}_{s}")
                    day_site[(role, who, day, s)] = y
                    ys.append(y)
                for e in day_entries:
                    m.add_implication(e.lit, day_site[(role, who, day, e.item.site)])
                if len(ys) > 1:
                    m.add_at_most_one(ys)

    # H5: site capacity, every fixed meeting held there included (law-enforcement ones too); where
    # fixed meetings alone already fill or overload the site, nothing new goes there.
    for (site, day), entries in site_entries.items():
        fixed = av.fixed_by_site.get((site, day), [])
        points = sorted({e.item.start for e in entries} | {f.start for f in fixed}
                        | set(av.capacity_changes(site, day)))
        for t0 in points:
            cover = [e.lit for e in entries if e.item.start <= t0 < e.item.end]
            room = av.capacity(site, day, t0) - sum(1 for f in fixed if f.start <= t0 < f.end)
            if len(cover) > room:
                m.add(sum(cover) <= max(room, 0))

    # H8: forbidden partners never at the same site at overlapping times.
    seen_pairs: set[tuple[str, str]] = set()
    for b in sorted(ben_entries):
        for o in sorted(av.forbidden(b)):
            pair = (min(b, o), max(b, o))
            if o not in ben_entries or pair in seen_pairs:
                continue
            seen_pairs.add(pair)
            groups: dict[tuple[str, int], list[Entry]] = defaultdict(list)
            for e in (*ben_entries[b], *ben_entries[o]):
                groups[(e.item.site, e.item.day)].append(e)
            for entries in groups.values():
                _clique_points(m, entries)

    # H11: meetings a day per beneficiary, fixed ones included.
    compact: list[Lit] = []
    compact_of: dict[tuple[str, int], tuple[cp_model.IntVar, int]] = {}
    compact_bound = 0
    for b, entries in ben_entries.items():
        lits_by_day: dict[int, list[Lit]] = defaultdict(list)
        for e in entries:
            lits_by_day[e.item.day].append(e.lit)
        for day, lits in lits_by_day.items():
            fixed_n = av.fixed_meetings(b, day)
            room = p.beneficiaries[b].max_meetings_per_day - fixed_n
            if len(lits) > room:
                m.add(sum(lits) <= max(room, 0))
            if len(lits) > 1 and room > 1:
                w = m.new_int_var(0, room - 1, f"w{b}_{day}")
                m.add(w >= sum(lits) - 1)
                compact.append(w)
                compact_of[(b, day)] = (w, room - 1)
                compact_bound += room - 1

    # H12: weekly cap of each professional.
    loads: dict[str, tuple[cp_model.LinearExpr, int]] = {}
    for pro, entries in pro_entries.items():
        fixed_min = av.fixed_minutes(pro)
        load = sum(e.item.end - e.item.start for e in entries)
        expr = cp_model.LinearExpr.weighted_sum([e.lit for e in entries],
                                               [e.item.end - e.item.start for e in entries])
        week_cap = p.professionals[pro].max_minutes_per_week
        if week_cap is not None:
            if load + fixed_min > week_cap:
                m.add(expr <= max(week_cap - fixed_min, 0))
            if week_cap > 0:
                loads[pro] = (expr + fixed_min, week_cap)

    # H13 and coverage: new minutes beyond the fixed ones, capped at the requirement.
    coverage = []
    cov_of: dict[tuple[str, str], tuple[cp_model.IntVar, int, int]] = {}
    need_total = 0
    for (b, type_id), lits in req_entries.items():
        t = p.meeting_types[type_id]
        req = next(r.minutes for r in p.beneficiaries[b].requirements if r.type == type_id)
        room = cands.max_new[(b, type_id)]
        if len(lits) > room:
            m.add(sum(lits) <= room)
        need = max(req - cands.fixed_minutes[(b, type_id)], 0)
        need_total += need
        cov = m.new_int_var(0, need, f"c{b}_{type_id}")
        m.add(cov <= t.minutes * sum(lits))
        coverage.append(cov)
        cov_of[(b, type_id)] = (cov, need, t.minutes)

    out = ComponentOutcome()
    if not coverage:
        return out
    started = time.monotonic()
    m.maximize(sum(coverage))
    warm = first_fit(av, cands, items) if hint is None else hint
    by_index = {it.index: it for it in items}

    def hint_all(plan: dict[int, tuple[str, ...]]) -> None:
        """A complete hint (auxiliary variables too), so CP-SAT starts from a full solution."""
        m.clear_hints()
        for i, z in item_lit.items():
            m.add_hint(z, i in plan)
        for (i, b), x in part_lit.items():
            m.add_hint(x, b in plan.get(i, ()))
        used: set[tuple[str, str, int, str]] = set()
        count: dict[tuple[str, str], int] = defaultdict(int)
        per_day: dict[tuple[str, int], int] = defaultdict(int)
        for i, who in plan.items():
            it = by_index[i]
            for pro in it.pros:
                used.add(("p", pro, it.day, it.site))
            for b in who:
                used.add(("b", b, it.day, it.site))
                count[(b, it.type)] += 1
                per_day[(b, it.day)] += 1
        for ykey, y in day_site.items():
            m.add_hint(y, ykey in used)
        for ckey, (cov, need, minutes) in cov_of.items():
            m.add_hint(cov, min(need, minutes * count[ckey]))
        for wkey, (w, top) in compact_of.items():
            m.add_hint(w, min(max(per_day[wkey] - 1, 0), top))

    hint_all(warm)

    def relay(value: int, bound: int) -> None:
        if ctl.on_coverage is not None:
            ctl.on_coverage(base_coverage + value, bound)

    solver, status = _run(m, ctl, seconds * 0.7, relay, None if dtime is None else dtime * 0.7)
    out.status = solver.status_name(status)
    out.dtime_used = solver.deterministic_time
    out.clock_cut = _clock_cut(solver, status)
    solved = status in (cp_model.OPTIMAL, cp_model.FEASIBLE)
    # Without a solution CP-SAT's bound may not be proven yet: fall back on the trivial one.
    out.bound = int(solver.best_objective_bound) if solved else need_total
    if not solved:
        # Nothing found in time: fall back on the first-fit plan (still verified by the rules).
        out.coverage = _coverage_of(p, cands, items, warm)
        out.bound = max(out.bound, out.coverage)
        out.chosen = [(it, warm[it.index]) for it in items if it.index in warm]
        return out
    best = round(solver.objective_value)
    out.coverage = best
    if only_if_better and best <= _coverage_of(p, cands, items, warm):
        return out
    values = {i: solver.value(z) for i, z in item_lit.items()}
    parts = {k: solver.value(x) for k, x in part_lit.items()}
    leftover = seconds - (time.monotonic() - started)

    if not ctl.cancelled() and (leftover > 0.2 or dtime is not None):
        # Phase 2: coverage is a floor; travel ≫ continuity ≫ fairness ≫ compactness.
        m.add(sum(coverage) >= best)
        travel_terms = []
        for (role, who, _day, site), y in day_site.items():
            if role != "p":
                continue
            home = p.professionals[who].home_site
            cost = 0
            if home:
                legs = (p.travel.minutes(home, site), p.travel.minutes(site, home))
                cost = sum(UNREACHABLE_HOME_MINUTES if x is None else x for x in legs)
            if cost:
                travel_terms.append(cost * y)
        fair_terms = []
        if loads:
            u = m.new_int_var(0, 100, "utilisation")
            for expr, cap in loads.values():
                m.add(100 * expr <= cap * u)
            fair_terms.append(u)
        w_fair = compact_bound + 1
        w_cont = w_fair * 101
        w_travel = w_cont * (len(continuity) + 1)
        m.minimize(w_travel * sum(travel_terms) + w_cont * sum(continuity) + w_fair * sum(fair_terms)
                   + sum(compact))
        hint_all({it.index: tuple(b for b in it.bens if (not it.grouped or parts[(it.index, b)]))
                  for it in items if values[it.index]})
        if loads:
            m.add_hint(u, max(-(-100 * _load(expr, solver) // cap) for expr, cap in loads.values()))
        solver2, status2 = _run(m, ctl, max(leftover, 0.05), None, None if dtime is None else dtime * 0.3)
        out.dtime_used += solver2.deterministic_time
        out.clock_cut = out.clock_cut or _clock_cut(solver2, status2)
        if status2 in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            values = {i: solver2.value(z) for i, z in item_lit.items()}
            parts = {k: solver2.value(x) for k, x in part_lit.items()}
    for it in items:
        if not values[it.index]:
            continue
        people = it.bens if not it.grouped else tuple(b for b in it.bens if parts[(it.index, b)])
        out.chosen.append((it, people))
    return out
