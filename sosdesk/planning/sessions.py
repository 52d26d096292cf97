"""The first fit's sessions chosen together (docs/planning.md, « Round 20 »).

A collective session needs its minimum of people free together, at one site, with its facilitators:
taken one at a time in the first fit's order (earliest or most guided first, each filled with whoever
is free), the first sessions hold the people and facilitators that two later ones needed, and the
local search rarely builds a new session afterwards (it needs several people to move at once).
Here the sessions of the first fit are chosen at once by CP-SAT: the most session minutes the
candidates allow, each person in at most one session at a time and at one site a day, their weekly
meeting count (H13) and daily count (H11, fixed meetings included), facilitators once at a time, at
one site a day and within their week (H12), rooms (H5, fixed meetings included), and no two people
forbidden to meet (H8) in one session. The individual meetings are then placed around them by the
first fit's orders (``greedy.best_first_fit``).

The model takes every session candidate when there are at most ``MAX_ITEMS`` of them (since round
21), and only the sessions the first fit's guide LP holds otherwise (a few hundred on M weeks,
solved to optimality in about a second); when every candidate is weighed and CP-SAT finds no
choice at all within its time (540 candidates on a week planned from its Wednesday), the guide's
are solved instead, both charged. The planner makes the choice only with a guide:
over every session candidate it lowered the first fit's start (docs/planning.md, « Round 20 »).
One CP-SAT worker, a deterministic time limit and a fixed seed: the same sessions on every run (the
clock is only a slow machine's safety net)."""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass

from ortools.sat.python import cp_model

from sosdesk.planning.candidates import Availability, Candidates, Item
from sosdesk.planning.greedy import GUIDE_EPSILON, Guide, grid_slots, guide_value

# At most this many session candidates go to CP-SAT (more: the first fit's own order decides).
MAX_ITEMS = 600
# Every session candidate when there are at most ``MAX_ITEMS`` of them, the guide's only otherwise
# (round 21: where sessions need their minimum of people, the LP holds fractional sessions and its
# candidates miss whole ones — M `one_group` 305: 6 sessions over the guide's 25, 9 over all 126).
ALL_WHEN_FEW = True
# CP-SAT's deterministic time for the choice (about as many seconds on the reference machine).
DTIME = 1.0
# The objective: session minutes first, then the guide LP's share of each participant (ties only).
COVERAGE_WEIGHT = 10_000
LP_WEIGHT = 10


@dataclass(frozen=True, slots=True)
class SessionChoice:
    """Chosen session candidates (item index → participants), None when nothing was chosen (no
    session candidate, too many of them, or no solution in time); the candidates modelled, CP-SAT's
    deterministic time, its status and whether the clock stopped it."""

    chosen: dict[int, tuple[str, ...]] | None
    items: int
    dtime: float
    status: str
    cut: bool = False


def choose_sessions(av: Availability, cands: Candidates, need: dict[tuple[str, str], int], guide: Guide | None,
                    deadline: float, dtime: float = DTIME, max_items: int = MAX_ITEMS) -> SessionChoice:
    """The sessions of the first fit (see the module's docstring). ``need``: the minutes still
    missing per (beneficiary, type) once fixed meetings are counted."""
    items = [it for it in cands.items if it.grouped and any(need.get((b, it.type), 0) > 0 for b in it.bens)]
    guided = items if guide is None else [it for it in items if guide_value(it, guide) > GUIDE_EPSILON]
    if guide is not None and (not ALL_WHEN_FEW or len(items) > max_items):
        items = guided
    if not items or len(items) > max_items:
        return SessionChoice(None, len(items), 0.0, "SKIPPED")
    first = _choose(av, cands, need, guide, items, deadline, dtime)
    if first.chosen is not None or first.cut or not guided or len(guided) >= len(items):
        return first
    # Every candidate weighed and no solution at all within the deterministic time (M `one_group` 402
    # planned from a Wednesday afternoon: 540 candidates, where the guide's 74 are solved to
    # optimality in 0.2 units): the guide's candidates then, as before round 21.
    second = _choose(av, cands, need, guide, guided, deadline, dtime)
    return SessionChoice(second.chosen, len(items), first.dtime + second.dtime, second.status, second.cut)


def _choose(av: Availability, cands: Candidates, need: dict[tuple[str, str], int], guide: Guide | None,
            items: list[Item], deadline: float, dtime: float) -> SessionChoice:
    """The CP-SAT choice over ``items``."""
    p = av.p
    slot = p.slot_minutes

    def slots(it: Item) -> range:
        return grid_slots(it.start, it.end, slot)

    m = cp_model.CpModel()
    held = {it.index: m.new_bool_var(f"s{it.index}") for it in items}
    joins: dict[tuple[int, str], cp_model.IntVar] = {}
    at_site: dict[tuple[str, int, str], cp_model.IntVar] = {}
    person_slot: dict[tuple[str, int, int], list[cp_model.IntVar]] = defaultdict(list)
    ben_day: dict[tuple[str, int], list[cp_model.IntVar]] = defaultdict(list)
    ben_type: dict[tuple[str, str], list[cp_model.IntVar]] = defaultdict(list)
    room: dict[tuple[str, int, int], list[cp_model.IntVar]] = defaultdict(list)
    pro_week: dict[str, list[tuple[cp_model.IntVar, int]]] = defaultdict(list)

    def site_var(who: str, day: int, site: str) -> cp_model.IntVar:
        key = (who, day, site)
        if key not in at_site:
            at_site[key] = m.new_bool_var("")
        return at_site[key]

    for it in items:
        t = p.meeting_types[it.type]
        z = held[it.index]
        who = [b for b in it.bens if need.get((b, it.type), 0) > 0]
        xs = []
        for b in who:
            x = m.new_bool_var("")
            joins[(it.index, b)] = x
            xs.append(x)
            m.add_implication(x, z)
            m.add_implication(x, site_var(b, it.day, it.site))
            for k in slots(it):
                person_slot[(b, it.day, k)].append(x)
            ben_day[(b, it.day)].append(x)
            ben_type[(b, it.type)].append(x)
        for i, b in enumerate(who):  # H8 inside one session
            for o in who[i + 1:]:
                if o in av.forbidden(b):
                    m.add_bool_or([joins[(it.index, b)].negated(), joins[(it.index, o)].negated()])
        m.add(sum(xs) >= max(t.min_participants, 1) * z)
        m.add(sum(xs) <= t.max_participants * z)
        for pro in it.pros:
            m.add_implication(z, site_var(pro, it.day, it.site))
            for k in slots(it):
                person_slot[(pro, it.day, k)].append(z)
            pro_week[pro].append((z, it.end - it.start))
        for k in slots(it):
            room[(it.site, it.day, k)].append(z)
    for terms in person_slot.values():
        if len(terms) > 1:
            m.add_at_most_one(terms)
    days: dict[tuple[str, int], list[cp_model.IntVar]] = defaultdict(list)
    for (who_, day, _site), var in at_site.items():
        days[(who_, day)].append(var)
    for terms in days.values():
        if len(terms) > 1:
            m.add_at_most_one(terms)  # one site a day, as the first fit and the search plan
    for (b, day), terms in ben_day.items():
        m.add(sum(terms) <= max(p.beneficiaries[b].max_meetings_per_day - av.fixed_meetings(b, day), 0))
    for (site, day, k), terms in room.items():
        m.add(sum(terms) <= av.rooms_left(site, day, k * slot, slot))
    for pro, held_minutes in pro_week.items():
        cap = p.professionals[pro].max_minutes_per_week
        if cap is not None:
            m.add(sum(var * minutes for var, minutes in held_minutes) <= max(cap - av.fixed_minutes(pro), 0))
    covered = []
    for (b, type_id), joined in ben_type.items():
        m.add(sum(joined) <= cands.max_new.get((b, type_id), 0))  # H13
        cov = m.new_int_var(0, need[(b, type_id)], "")
        m.add(cov <= p.meeting_types[type_id].minutes * sum(joined))
        covered.append(cov)
    # Among the sessions of most minutes, those where the guide's LP puts their participants (the LP
    # weighs them against the individual meetings the first fit places around them).
    lean = [] if guide is None else [
        (x, round(LP_WEIGHT * guide.get((b, cands.items[i].type, cands.items[i].site, cands.items[i].day,
                                          cands.items[i].start), 0.0)))
        for (i, b), x in joins.items()]
    m.maximize(COVERAGE_WEIGHT * sum(covered) + sum(x * w for x, w in lean if w))

    left = deadline - time.monotonic()
    if left <= 0.05:
        return SessionChoice(None, len(items), 0.0, "UNKNOWN", True)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.random_seed = 0
    solver.parameters.max_deterministic_time = dtime
    solver.parameters.max_time_in_seconds = left
    status = solver.solve(m)
    spent = float(solver.deterministic_time)
    cut = solver.wall_time >= left - 0.01 and spent < dtime
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return SessionChoice(None, len(items), spent, solver.status_name(status), cut)
    chosen = {it.index: tuple(b for b in it.bens if (it.index, b) in joins and solver.value(joins[(it.index, b)]))
              for it in items if solver.value(held[it.index])}
    return SessionChoice(chosen, len(items), spent, solver.status_name(status), cut)
