"""A tighter coverage bound: the LP relaxation of a start-indexed model of the spec's problem.

Columns are whole meetings at a grid start (``x[b, t, s, d, start]`` for individual meetings,
``z[t, s, d, start]`` for a collective session with ``x[b, session] ≤ z`` participants), so unlike
the minute-pooling relaxation of ``bound`` a meeting keeps its length and its start on the grid,
and a session needs ``min_participants`` people free at the same minutes. Every plan that keeps
H1–H14 is a feasible point (several sites a day allowed; rooms counted with every meeting), so the
LP optimum bounds the spec's problem, not only the planner's restricted model.

Rows, per grid slot: a beneficiary is in at most one meeting (H1); a site holds at most its
capacity (dated reductions included) minus the fixed meetings held there (H5); the professionals a
skill needs at a site are at most the skilled professionals free there then, each counted once a
slot over every skill and site (H2, H4, H6, H10). Per day: meetings a day (H11). Per week: each
professional's cap (H12) and each requirement's count and minutes (H13, coverage cap). Dated
closures, leave and holidays remove the slots through the free spans of ``Availability``.
Relaxed: fractional meetings, the same professional over a whole meeting (kept by the larger
``per_professional`` variant), forbidden pairs (H8) and travel between planned meetings (H9).

The value returned does not trust the LP solver's tolerances: it is the Lagrangian bound
``b·y + Σ u_j · max(0, c_j − (Aᵀy)_j)`` of the solver's row duals ``y`` clipped at zero, valid for
any ``y ≥ 0`` (every column has a finite upper bound ``u``). A first-order solver (PDLP) stopped
by the clock thus still gives a proven, only looser, bound.
"""

from __future__ import annotations

import math
import os
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from google.protobuf import text_format
from ortools.linear_solver import linear_solver_pb2, pywraplp
from ortools.pdlp import solve_log_pb2, solvers_pb2
from ortools.pdlp.python import pdlp

from sosdesk.planning import spans as sp
from sosdesk.planning.candidates import DAYS, Availability, is_grouped
from sosdesk.planning.spans import Span

# Above this many columns the LP is not built (the minute-pooling bound is used instead).
MAX_COLUMNS = 150_000
# GLOP (simplex) solves small LPs exactly; PDLP (first order) is several times faster on large ones.
SIMPLEX_MAX_COLUMNS = 4_000
# The rounding inequality of each requirement's coverage (whole meetings; docs/planning.md, round 15)
# in the bound's LPs, and in the first fit's guide LP.
ROUNDING_CUTS = True
GUIDE_ROUNDING = True
PDLP_PARAMETERS = ("termination_criteria { simple_optimality_criteria { eps_optimal_relative: 1e-3 "
                   "eps_optimal_absolute: 1e-3 } }")

# PDLP stops this long before its deadline: the time to price its duals and send the bound.
PDLP_MARGIN_SECONDS = 0.3
# ``LagrangianLp.solve_anytime`` makes a first short run only on LPs larger than this.
ANYTIME_MIN_COLUMNS = 40_000

Terms = list[tuple[int, float]]


@dataclass(frozen=True, slots=True)
class Primal:
    """The simplex's point: optimal, or where the iteration cap (not the clock) stopped it
    (``capped``; the primal simplex's point is feasible and the same on every run); None when the
    clock stopped it, or the cap came before the simplex reached a feasible point. Its iterations."""
    values: list[float] | None
    iterations: int
    capped: bool


@dataclass(frozen=True, slots=True)
class SlotGuide:
    """``slot_guide``'s answer: the LP's positive values by key (where the simplex stood when its
    iteration cap stopped it: ``capped``; None when the cap came before any feasible point), its
    column count and its simplex iterations."""
    values: dict[tuple[object, ...], float] | None
    columns: int
    iterations: int
    capped: bool = False


class LagrangianLp:
    """Rows ``Σ a·x ≤ b`` and bounded columns, kept on the side to compute the Lagrangian bound."""

    def __init__(self) -> None:
        self.ub: list[float] = []
        self.gain: list[float] = []
        self.vars: list[pywraplp.Variable] = []
        self.row_ub: list[float] = []
        self.rows: list[Terms] = []
        self.stopped_early = False  # the last ``solve``'s PDLP stopped before converging (its deadline)
        self._qp: pdlp.QuadraticProgram | None = None  # PDLP's copy, built once
        self._arrays: tuple[np.ndarray, ...] | None = None  # ``_matrix``, built once

    def var(self, ub: float, gain: float = 0.0) -> int:
        self.ub.append(ub)
        self.gain.append(gain)
        return len(self.ub) - 1

    def at_most(self, terms: Terms, ub: float) -> None:
        self.rows.append(terms)
        self.row_ub.append(ub)

    def primal(self, deadline: float, max_iterations: int | None = None) -> Primal:
        """An optimal point of the LP (the simplex: the same point, after the same number of
        iterations, on every run); when ``max_iterations`` (deterministic) stopped it first, the
        point it had reached (``capped``: on M `one_group` 301, 13,304 of the 14,837 iterations reach
        27,562 of the optimum's 27,675 — a guide still, docs/planning.md, « Round 20 »); no point
        when ``deadline`` (the clock) stopped it."""
        solver = pywraplp.Solver.CreateSolver("GLOP")
        left = deadline - time.monotonic()
        if solver is None or left <= 0.05:  # pragma: no cover - GLOP ships with OR-Tools
            return Primal(None, 0, False)
        if max_iterations is not None:
            solver.SetSolverSpecificParametersAsString(f"max_number_of_iterations: {max(int(max_iterations), 1)}")
        xs, _cons = self._load(solver)
        solver.SetTimeLimit(max(int(left * 1000), 50))
        status = solver.Solve()
        iterations = int(solver.iterations())
        if status != pywraplp.Solver.OPTIMAL:
            capped = max_iterations is not None and iterations >= max_iterations
            # A cap reached before the simplex found a feasible point (GLOP then answers NOT_SOLVED)
            # leaves no point: reading one would log an error per column on stderr and give zeros.
            point = capped and status == pywraplp.Solver.FEASIBLE
            return Primal([x.solution_value() for x in xs] if point else None, iterations, capped)
        return Primal([x.solution_value() for x in xs], iterations, False)

    def _load(self, solver: pywraplp.Solver) -> tuple[list[pywraplp.Variable], list[pywraplp.Constraint]]:
        inf = solver.infinity()
        xs = [solver.NumVar(0, u, "") for u in self.ub]
        objective = solver.Objective()
        for x, g in zip(xs, self.gain, strict=True):
            if g:
                objective.SetCoefficient(x, g)
        objective.SetMaximization()
        cons = []
        for terms, ub in zip(self.rows, self.row_ub, strict=True):
            row = solver.Constraint(-inf, ub)
            for j, a in terms:
                row.SetCoefficient(xs[j], a)
            cons.append(row)
        return xs, cons

    def solve(self, deadline: float, simplex_max_columns: int = SIMPLEX_MAX_COLUMNS) -> int | None:
        """The proven bound (rounded down to whole minutes), or None when nothing was solved.

        GLOP (the simplex) answers only when done. PDLP (first order) is run through its own API
        with ``deadline`` as its time limit: the duals of its last iterate give a proven bound
        whether it converged or was stopped first (``stopped_early`` then says so: the clock, or an
        iteration cap in ``SOSDESK_PDLP_PRM``) —
        1.0 s of PDLP takes M `one_group` 300 from its quick bound 25,477 to 25,363, 10 s to 25,152,
        22 s (converged) to 25,096 (docs/planning.md, « Round 18 »)."""
        self.stopped_early = False
        name = self._solver_name(simplex_max_columns)
        if name == "PDLP":
            got = self._pdlp_duals(deadline)
            return None if got is None else self._lagrangian(got)
        solver = pywraplp.Solver.CreateSolver(name)
        if solver is None:  # pragma: no cover - GLOP ships with OR-Tools
            return None
        _xs, cons = self._load(solver)
        left = deadline - time.monotonic()
        if left <= 0.05:
            return None
        solver.SetTimeLimit(max(int(left * 1000), 50))
        status = solver.Solve()
        if status not in (pywraplp.Solver.OPTIMAL, pywraplp.Solver.FEASIBLE):
            return None
        return self._lagrangian(np.array([c.dual_value() for c in cons], dtype=float))

    def solve_anytime(self, deadline: float, on_value: Callable[[int], None], first: float = 1.0) -> int | None:
        """``solve`` for a caller that may be stopped at any moment: on a large LP a PDLP run of
        ``first`` seconds (its bound sent at once: on M `one_group` 300 one second of PDLP proves
        25,363 where the LP's optimum is 25,095), then one run to ``deadline``, from scratch (a
        warm-started run converged slower than a fresh one there); ``on_value`` gets each tighter
        bound as it is proven. Runs too short to start (PDLP keeps a margin) are lengthened,
        doubling."""
        best: int | None = None
        # A smaller LP is solved in one run: niced beside two searches, the bound's child gets a
        # sliver of CPU, and a first run of a second of wall time proves little and costs the run
        # that converges its CPU (M `fragmented` 301: 15,357 instead of round 17's 15,267).
        limit = first if len(self.ub) > ANYTIME_MIN_COLUMNS else math.inf
        first_order = self._solver_name(SIMPLEX_MAX_COLUMNS) == "PDLP"
        if first_order and self._proto() is None:  # built once, outside the runs' time
            return None
        self._matrix()
        while time.monotonic() < deadline:
            value = self.solve(min(deadline, time.monotonic() + limit))
            if value is not None and (best is None or value < best):
                best = value
                on_value(value)
            if not first_order or (value is not None and not self.stopped_early):
                break  # the simplex answers once; PDLP converged
            limit = math.inf if value is not None else limit * 2
        return best

    def _solver_name(self, simplex_max_columns: int) -> str:
        return os.environ.get("SOSDESK_BOUND_LP") or ("GLOP" if len(self.ub) <= simplex_max_columns else "PDLP")

    def _proto(self) -> pdlp.QuadraticProgram | None:
        """PDLP's copy of the LP, built once (seconds on the largest LPs)."""
        if self._qp is None:
            solver = pywraplp.Solver.CreateSolver("GLOP")  # only to build the model's proto
            if solver is None:  # pragma: no cover - GLOP ships with OR-Tools
                return None
            self._load(solver)
            proto = linear_solver_pb2.MPModelProto()
            solver.ExportModelToProto(proto)
            self._qp = pdlp.qp_from_mpmodel_proto(proto, relax_integer_variables=True)
        return self._qp

    def _pdlp_duals(self, deadline: float) -> np.ndarray | None:
        """PDLP's row duals at convergence or at ``deadline`` (its last iterate), or None when not
        even started in time."""
        qp = self._proto()
        if qp is None:  # pragma: no cover - GLOP ships with OR-Tools
            return None
        self._matrix()  # before the clock starts for PDLP: its margin is for pricing only
        params = solvers_pb2.PrimalDualHybridGradientParams()
        text_format.Parse(os.environ.get("SOSDESK_PDLP_PRM", PDLP_PARAMETERS), params)
        # What is left, less the time to price the duals and hand the bound over.
        left = deadline - time.monotonic() - PDLP_MARGIN_SECONDS
        if left <= 0.05:
            return None
        params.termination_criteria.time_sec_limit = left
        result = pdlp.primal_dual_hybrid_gradient(qp, params)
        duals = np.asarray(result.dual_solution, dtype=float)
        if duals.shape != (len(self.rows),) or not np.all(np.isfinite(duals)):
            return None
        self.stopped_early = result.solve_log.termination_reason != solve_log_pb2.TERMINATION_REASON_OPTIMAL
        return duals

    def _matrix(self) -> tuple[np.ndarray, ...]:
        """The LP as arrays (row and column of each term, its coefficient; gains, column bounds, row
        bounds), built once: 0.4 s on M `one_group`'s grid LP, 1.4 s on L's, more than PDLP's margin."""
        if self._arrays is None:
            rows = np.repeat(np.arange(len(self.rows)), [len(t) for t in self.rows])
            cols = np.fromiter((j for t in self.rows for j, _ in t), dtype=np.int64, count=len(rows))
            coef = np.fromiter((a for t in self.rows for _, a in t), dtype=float, count=len(rows))
            self._arrays = (rows, cols, coef, np.array(self.gain), np.array(self.ub), np.array(self.row_ub))
        return self._arrays

    def _lagrangian(self, duals: np.ndarray) -> int:
        """``b·y + Σ u·max(0, c − Aᵀy)`` for ``y`` the duals clipped at zero, under either sign
        convention (the smaller): a bound whatever the duals are worth."""
        n = len(self.ub)
        rows, cols, coef, gains, uppers, limits = self._matrix()
        best = math.inf
        for sign in (1.0, -1.0):  # the sign convention of the solver's duals
            y = np.maximum(sign * duals, 0.0)
            reduced = gains - np.bincount(cols, weights=coef * y[rows], minlength=n)
            best = min(best, float(limits @ y + uppers @ np.maximum(reduced, 0.0)))
        return math.floor(best + 1e-6)


class Usable:
    """Where a meeting can lie at all, per person, day and site (cached; shared by both bounds).

    An individual meeting lies inside the beneficiary's free time AND one skilled professional's
    free time at that site, over its whole length; a session lies where at least
    ``min_participants`` of the people who need it are free together and its professionals are.
    Free time is kept as ``spans.of_available`` gives it, one span per window (spans may overlap):
    a meeting straddling two windows is no valid meeting (H3/H4/H5, ``domain.rules``), so the
    bounds do not count it either (docs/planning.md, « Round 12 »). Where only minutes are summed,
    the callers merge them (``spans.normalise``)."""

    def __init__(self, av: Availability) -> None:
        self.av = av
        self._pro: dict[tuple[str, int, str], list[Span]] = {}
        self._ben: dict[tuple[str, int, str], list[Span]] = {}
        self._skilled: dict[tuple[str, str], list[str]] = {}
        self._sessions: dict[tuple[str, str, int], list[tuple[int, list[str]]]] = {}

    def pro_spans(self, pro: str, day: int, site: str) -> list[Span]:
        key = (pro, day, site)
        if key not in self._pro:
            self._pro[key] = sp.maximal(self.av.pro_free(pro, day, site))
        return self._pro[key]

    def ben_free(self, b: str, day: int, site: str) -> list[Span]:
        key = (b, day, site)
        if key not in self._ben:
            self._ben[key] = sp.maximal(self.av.ben_free(b, day, site))
        return self._ben[key]

    def pros_of(self, skill: str, site: str) -> list[str]:
        if (skill, site) not in self._skilled:
            self._skilled[(skill, site)] = [x for x in self.av.skilled(skill) if site in self.av.pro_sites(x)]
        return self._skilled[(skill, site)]

    def staffed(self, skill: str, count: int, site: str, day: int, lo: int, hi: int) -> bool:
        """Enough skilled professionals free over the whole meeting."""
        if count == 0:
            return True
        n = 0
        for pro in self.pros_of(skill, site):
            if sp.covers(self.pro_spans(pro, day, site), lo, hi):
                n += 1
                if n >= count:
                    return True
        return False

    def individual(self, b: str, type_id: str, site: str, day: int) -> list[Span]:
        """The beneficiary's free time where one skilled professional is free long enough too: each
        span inside one window of each (they may overlap; a meeting lies inside one of them)."""
        t = self.av.p.meeting_types[type_id]
        free = self.ben_free(b, day, site)
        if t.professionals == 0:
            return [s for s in free if s[1] - s[0] >= t.minutes]
        pieces: list[Span] = []
        for pro in self.pros_of(t.skill, site):
            pieces.extend(s for s in sp.intersect(free, self.pro_spans(pro, day, site)) if s[1] - s[0] >= t.minutes)
        return sp.maximal(pieces)

    def sessions(self, type_id: str, site: str, day: int, here: list[str]) -> list[tuple[int, list[str]]]:
        """Grid starts of a possible session there and who of ``here`` could join each."""
        key = (type_id, site, day)
        if key not in self._sessions:
            t = self.av.p.meeting_types[type_id]
            low = max(t.min_participants, 1)
            slot = self.av.p.slot_minutes
            out: list[tuple[int, list[str]]] = []
            spans = sp.normalise(s for b in here for s in self.ben_free(b, day, site))
            for start in sp.starts(spans, t.minutes, slot, slot):
                end = start + t.minutes
                who = [b for b in here if sp.covers(self.ben_free(b, day, site), start, end)]
                if len(who) >= low and self.staffed(t.skill, t.professionals, site, day, start, end):
                    out.append((start, who))
            self._sessions[key] = out
        return self._sessions[key]

    def meeting_spans(self, b: str, type_id: str, site: str, day: int, here: list[str]) -> list[Span]:
        """Where one of ``b``'s meetings of that type can lie that day there (``joinable`` for a
        session, ``individual`` otherwise), merged: for summing the minutes whole meetings fill,
        as the bounds' buckets and the search's « hopeless » test do; never to place one meeting."""
        if is_grouped(self.av.p.meeting_types[type_id]):
            return self.joinable(b, type_id, site, day, here)
        return sp.normalise(self.individual(b, type_id, site, day))

    def joinable(self, b: str, type_id: str, site: str, day: int, here: list[str]) -> list[Span]:
        """The union of the possible sessions ``b`` could join that day there."""
        minutes = self.av.p.meeting_types[type_id].minutes
        return sp.normalise((start, start + minutes) for start, who in self.sessions(type_id, site, day, here)
                            if b in who)


def slot_bound(av: Availability, need: dict[tuple[str, str], int], group: set[str], deadline: float,
               max_columns: int = MAX_COLUMNS, usable: Usable | None = None, per_professional: bool = False,
               columns: list[int] | None = None, on_value: Callable[[int], None] | None = None) -> int | None:
    """A proven bound of the new coverage over ``need`` (missing minutes of each requirement of this
    group of sites), or None when the LP is too large or nothing was solved by ``deadline``.

    ``per_professional``: each meeting names the professionals who hold it over its whole length
    (a column per professional for individual meetings, an assignment ``w[session, pro] ≤ z`` for
    sessions) instead of counting skilled professionals free slot by slot. Tighter where
    availability is fragmented (a meeting can no longer be held by one professional for its first
    half and another for its second), and two to four times larger. ``columns`` gets the LP's
    column count (its cost) when it was built. ``on_value``: the caller may be stopped before
    ``deadline`` and gets each tighter bound as it is proven (``LagrangianLp.solve_anytime``)."""
    lp = _slot_lp(av, need, group, deadline, max_columns, usable, per_professional, None, None)
    if lp is not None and columns is not None:
        columns.append(len(lp.ub))
    if lp is None:
        return None
    return lp.solve(deadline) if on_value is None else lp.solve_anytime(deadline, on_value)


def slot_guide(av: Availability, need: dict[tuple[str, str], int], group: set[str], deadline: float, step: int,
               max_columns: int = MAX_COLUMNS, usable: Usable | None = None,
               max_iterations: Callable[[int], int] | None = None) -> SlotGuide | None:
    """Where the start-indexed LP puts the meetings of ``need`` (starts every ``step`` minutes):
    ``(b, type, site, day, start)`` of an individual meeting or of ``b``'s place in a session, and
    ``(type, site, day, start)`` of a session → its LP value (only the positive ones), with the LP's
    column count and simplex iterations; where the simplex stood when ``max_iterations`` (of the
    column count) stopped it (``capped``), None when the LP would have more than ``max_columns``
    columns (both deterministic). ``TimeoutError`` when it is not solved by ``deadline`` (a clock
    effect). The first fit's guided orders (``greedy._orders``) take candidates where it puts meetings
    (docs/planning.md, rounds 9–10)."""
    keys: dict[int, tuple[object, ...]] = {}
    lp = _slot_lp(av, need, group, deadline, max_columns, usable, False, step, keys)
    if lp is None and time.monotonic() > deadline:
        raise TimeoutError("start-indexed LP not built in time")
    if lp is None:
        return None
    got = lp.primal(deadline, None if max_iterations is None else max_iterations(len(lp.ub)))
    if got.values is None and got.capped:  # the cap came before any feasible point: nothing guides
        return SlotGuide(None, len(lp.ub), got.iterations, True)
    if got.values is None:
        raise TimeoutError("start-indexed LP not solved in time")
    out: dict[tuple[object, ...], float] = defaultdict(float)
    for j, key in keys.items():
        if got.values[j] > 1e-6:
            out[key] += got.values[j]
    return SlotGuide(dict(out), len(lp.ub), got.iterations, got.capped)


def _slot_lp(av: Availability, need: dict[tuple[str, str], int], group: set[str], deadline: float,
             max_columns: int, usable: Usable | None, per_professional: bool, step: int | None,
             keys: dict[int, tuple[object, ...]] | None) -> LagrangianLp | None:
    """The start-indexed LP of ``slot_bound`` (starts every ``step`` minutes, the grid by default;
    ``keys`` gets each meeting column's key for ``slot_guide``), or None when too large or late."""
    p = av.p
    slot = p.slot_minutes
    lp = LagrangianLp()
    use = usable or Usable(av)
    ben_slot: dict[tuple[str, int, int], Terms] = defaultdict(list)
    ben_day: dict[tuple[str, int], Terms] = defaultdict(list)
    req_count: dict[tuple[str, str], Terms] = defaultdict(list)
    site_slot: dict[tuple[str, int, int], Terms] = defaultdict(list)
    demand: dict[tuple[str, str, int, int], Terms] = defaultdict(list)

    pro_slot: dict[tuple[str, int, int], Terms] = defaultdict(list)
    pro_week: dict[str, Terms] = defaultdict(list)

    def occupy(var: int, site: str, day: int, lo: int, hi: int, skill: str, count: int) -> None:
        for k in range(lo // slot, hi // slot):
            site_slot[(site, day, k)].append((var, 1.0))
            if count and not per_professional:
                demand[(skill, site, day, k)].append((var, float(count)))
        if count and per_professional:
            held: Terms = [(var, float(count))]
            for pro in use.pros_of(skill, site):
                if sp.covers(use.pro_spans(pro, day, site), lo, hi):
                    w = lp.var(1.0)
                    lp.at_most([(w, 1.0), (var, -1.0)], 0.0)  # a professional holds it at most once
                    held.append((w, -1.0))
                    for k in range(lo // slot, hi // slot):
                        pro_slot[(pro, day, k)].append((w, 1.0))
                    pro_week[pro].append((w, float(hi - lo)))
            lp.at_most(held, 0.0)  # as many professionals as the type needs, each over the whole meeting

    def attend(x: int, b: str, type_id: str, day: int, lo: int, hi: int) -> None:
        for k in range(lo // slot, hi // slot):
            ben_slot[(b, day, k)].append((x, 1.0))
        ben_day[(b, day)].append((x, 1.0))
        req_count[(b, type_id)].append((x, 1.0))

    sessions: dict[str, list[str]] = defaultdict(list)
    for n, (b, type_id) in enumerate(sorted(need)):
        if not n % 32 and time.monotonic() > deadline:
            return None
        t = p.meeting_types[type_id]
        if is_grouped(t):
            sessions[type_id].append(b)
            continue
        for site in av.ben_sites(b):
            for day in DAYS:
                for start in sp.starts(use.individual(b, type_id, site, day), t.minutes, step or slot, slot):
                    end = start + t.minutes
                    if use.staffed(t.skill, t.professionals, site, day, start, end):
                        x = lp.var(1.0)
                        if keys is not None:
                            keys[x] = (b, type_id, site, day, start)
                        attend(x, b, type_id, day, start, end)
                        occupy(x, site, day, start, end, t.skill, t.professionals)
        if len(lp.ub) > max_columns:
            return None
    for type_id, bens in sorted(sessions.items()):
        t = p.meeting_types[type_id]
        low = max(t.min_participants, 1)
        for site in sorted(group):
            here = [b for b in bens if site in av.ben_sites(b)]
            if len(here) < low:
                continue
            for day in DAYS:
                if time.monotonic() > deadline:
                    return None
                for start, who in use.sessions(type_id, site, day, here):
                    if step and start % step:
                        continue
                    end = start + t.minutes
                    # z sessions at once there: at most the site's capacity
                    z = lp.var(float(p.sites[site].capacity))
                    if keys is not None:
                        keys[z] = (type_id, site, day, start)
                    occupy(z, site, day, start, end, t.skill, t.professionals)
                    joined: Terms = []
                    for b in who:
                        x = lp.var(1.0)
                        if keys is not None:  # who the LP puts in that session
                            keys[x] = (b, type_id, site, day, start)
                        lp.at_most([(x, 1.0), (z, -1.0)], 0.0)
                        joined.append((x, 1.0))
                        attend(x, b, type_id, day, start, end)
                    lp.at_most([*joined, (z, -float(t.max_participants))], 0.0)  # H7
                    lp.at_most([(x, -1.0) for x, _ in joined] + [(z, float(low))], 0.0)
                if len(lp.ub) > max_columns:
                    return None

    for (b, type_id), xs in req_count.items():
        t = p.meeting_types[type_id]
        missing = need[(b, type_id)]
        cov = lp.var(float(missing), 1.0)
        lp.at_most([(cov, 1.0), *((x, -float(t.minutes)) for x, _ in xs)], 0.0)
        whole, rest = divmod(missing, t.minutes)
        if rest and (GUIDE_ROUNDING if keys is not None else ROUNDING_CUTS):
            # Meetings come whole: k of them cover min(missing, k·minutes), so the last one costs its
            # full length even where only ``rest`` minutes are missing. The LP's fractional meeting
            # (missing/minutes of them) is cut off by the rounding inequality
            # cov ≤ rest·k + whole·(minutes − rest), valid for every integer k (tight at k = whole
            # and k = whole + 1).
            lp.at_most([(cov, 1.0), *((x, -float(rest)) for x, _ in xs)], float(whole * (t.minutes - rest)))
        room = whole + (1 if rest else 0)  # H13: one meeting more would over-plan
        if len(xs) > room:
            lp.at_most(xs, room)
    for terms in ben_slot.values():
        if len(terms) > 1:
            lp.at_most(terms, 1.0)
    for (b, day), terms in ben_day.items():
        fixed_n = av.fixed_meetings(b, day)
        room = max(p.beneficiaries[b].max_meetings_per_day - fixed_n, 0)
        if len(terms) > room:
            lp.at_most(terms, room)
    for (site, day, k), terms in site_slot.items():
        lp.at_most(terms, av.rooms_left(site, day, k * slot, slot))
    if time.monotonic() > deadline:
        return None
    for (skill, site, day, k), terms in demand.items():
        lo, hi = k * slot, (k + 1) * slot
        supply: Terms = []
        for pro in use.pros_of(skill, site):
            if sp.covers(use.pro_spans(pro, day, site), lo, hi):
                y = lp.var(1.0)
                supply.append((y, -1.0))
                pro_slot[(pro, day, k)].append((y, 1.0))
                pro_week[pro].append((y, float(slot)))
        lp.at_most(terms + supply, 0.0)
        if keys is not None and len(lp.ub) > max_columns:
            return None  # the guide's cap counts the professionals' columns too (the bound's counts meetings)
    for terms in pro_slot.values():
        if len(terms) > 1:
            lp.at_most(terms, 1.0)
    for pro, terms in pro_week.items():
        cap = p.professionals[pro].max_minutes_per_week
        if cap is not None:
            fixed_min = av.fixed_minutes(pro)
            lp.at_most(terms, max(cap - fixed_min, 0))
    if time.monotonic() > deadline:
        return None
    return lp
