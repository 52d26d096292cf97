"""Large neighbourhood search: improve a whole-week plan one small CP-SAT sub-problem at a time.

A neighbourhood is one day (sometimes two) and a few professionals of one skill, chosen around a
requirement still short (then the short beneficiary's own meetings those days are freed too, so a
full day (H11) or a busy slot can open up) or at random for travel and continuity: their planned
meetings those days are freed, every other planned meeting becomes a fixed meeting of a
sub-problem, and the sub-problem is solved on the exact 15-minute grid by ``solve_component``
with the current meetings as a complete hint. The move is kept when the week is lexicographically
no worse (coverage, then travel, then continuity): equal moves let the search drift across plateaus.
Everything is seeded and each sub-solve has a deterministic-time budget; the search stops on a
budget of deterministic work (reference CPU seconds, ``ITERATION_WORK``), so a run is reproducible
as long as the wall-clock safety deadline is not what stops it. Moves aimed at a short requirement
draw their day and professionals among those who could meet the beneficiary (``_pros_for``).
When the week is one group of sites, ``run_split`` shares it with a second search in another
process: round after round the days are dealt between them, each moves on its own days only, and
the partner's kept moves are replayed here.
"""

from __future__ import annotations

import dataclasses
import itertools
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from sosdesk.domain.model import Meeting, PlanningProblem
from sosdesk.planning import spans as sp
from sosdesk.planning.bound_slots import Usable
from sosdesk.planning.candidates import DAYS, Availability, Item, Options, generate, is_grouped
from sosdesk.planning.cpmodel import Interrupter, SolveControl, solve_component
from sosdesk.planning.plan_eval import Score, coverage_of, score

MAX_ITEMS = 3000
SUB_DTIME = 0.4
# Week moves (a share of the moves aimed at a short requirement whose professional is at the
# weekly cap, H12): the chosen professionals' whole week freed, with a larger candidate cap and
# deterministic time; dropped for the rest of the search once that many were too large.
WEEK_MOVES = 0.5
MAX_WEEK_ITEMS = 9000
WEEK_DTIME = 4.0
WEEK_OVERSIZED_STOP = 3
# Week moves never take more than this share of the work done so far (they cost ten day moves).
WEEK_SHARE = 0.1
# A move's work in reference CPU seconds, deterministic (never measured): per move, per meeting
# of the current plan (finding the short requirements, choosing the neighbourhood and scoring walk
# the whole plan), per candidate and per unit of CP-SAT deterministic time (model building
# included). Fitted on 5,500 moves of the seven M weeks and three L weeks (CPU time per move, one
# search each; each week weighted alike): predicted / measured CPU 0.79–1.28 per week, where the
# round-5 fit without the plan's size gave 0.87–1.42 on M and 0.57–0.92 on L (docs/planning.md,
# « Calibration », « Round 11 »).
ITERATION_WORK = 0.0033
PLANNED_WORK = 2.6e-5
ITEM_WORK = 3.6e-5
DTIME_WORK = 1.2
# Work of generating one candidate of a move then left unsolved (more candidates than its cap): the
# CPU time measured, 3–6 µs a candidate on M weeks, where ``ITEM_WORK`` also counts the CP-SAT
# model built on it. Such moves were charged ``ITEM_WORK`` until round 17: on new M `one_group`
# weeks a quarter of a search's budget went to moves never solved (docs/planning.md, « Round 17 »).
GENERATE_WORK = 6e-6
# Draws of a short requirement before a move falls back to a random one (hopeless ones skipped).
FOCUS_DRAWS = 8
# Adaptive neighbourhood size (as CP-SAT's own LNS does): a factor on the professionals, days and
# beneficiaries freed, raised when a sub-problem is solved to optimality without a gain (too small
# to find anything), lowered when it runs out of its deterministic time or has too many candidates.
SCALE_MIN = 0.5
SCALE_MAX = 4.0
SCALE_UP = 1.15
SCALE_DOWN = 1.25
ADAPTIVE = False  # measured on the suite (docs/planning.md): no better than the fixed size
# A move aimed at a short session requirement brings along the others still short who could join a
# session with it that day, their meetings that day and professionals free for it (« nearby
# selection » for sessions); half of those moves (within a ``WEEK_SHARE`` of the work of their own)
# also free two more days, where the professionals' displaced work can go (docs/planning.md, round 7).
SESSION_PARTNERS = 1.0
SESSION_DAYS = 0.5
SESSION_EXTRA_DAYS = 2
# Share of the moves aimed at a short requirement that also free a colleague of each other skill
# the freed professionals' meetings need (``Lns._substitutes``).
SUBSTITUTES = 0.0  # measured (docs/planning.md): bigger moves, M law_rooms worse; off
# Share of the moves aimed at a short individual requirement that free what blocks its cheapest
# placement (``Lns._directed``, round 14): the planned meetings in the way of one whole meeting
# with a skilled professional, rather than professionals drawn among those free with the
# beneficiary. A placement that needs a professional at the weekly cap (H12) is left to week moves.
DIRECTED = 0.5
# Work of weighing one placement (reference CPU seconds, deterministic; measured 4.4–12.8 µs on M
# `collective`, `parole` and `law_rooms`, the index of the plan included).
PLACEMENT_WORK = 5e-6
# A professional at the weekly cap counts as this many meetings in the way.
CAPPED_COST = 2


# Split rounds (``Lns.run_split``, round 21): a round's work on each side, a share of the budget
# (at least ``SPLIT_MIN_ROUND``).
SPLIT_ROUND = 0.1
SPLIT_MIN_ROUND = 0.25
# Every day of the week: what a search that is not split may free.
WEEK: tuple[int, ...] = tuple(DAYS)


@dataclass(frozen=True, slots=True)
class Neighbourhood:
    """A move: the days and professionals whose planned meetings are freed, the beneficiaries whose
    requirements its sub-problem plans, and whether it aims at a short requirement (then only a
    coverage gain is worth polishing)."""

    days: tuple[int, ...]
    pros: frozenset[str]
    bens: frozenset[str]
    focused: bool
    week: bool = False  # the professionals' whole week (of the days the search may free)


# (type, day, start, minutes, site, professionals, beneficiaries) of a meeting a move plans.
Spec = tuple[str, int, int, int, str, tuple[str, ...], tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class MoveOutcome:
    """What solving a neighbourhood gave: its candidate count, whether it was solved (not empty, not
    over its cap), CP-SAT's deterministic time, status and clock cut, the ids of the meetings it
    freed and the meetings it plans in their place (picklable: a partner process sends it back)."""

    candidates: int
    solved: bool
    dtime: float = 0.0
    status: str = "UNKNOWN"
    clock_cut: bool = False
    freed: frozenset[str] = frozenset()
    chosen: tuple[Spec, ...] = field(default_factory=tuple)


@dataclass
class RoundResult:
    """A partner's round (``Lns.run_round``): its kept moves in order (ids freed, meetings planned),
    its work and its stats for the round."""

    changes: list[tuple[frozenset[str], list[Meeting]]]
    work: float
    stats: LnsStats


class RoundPartner(Protocol):
    """Another search in a child process that runs rounds of ``Lns.run_split`` (``parallel.SplitPartner``)."""

    alive: bool

    def submit(self, plan: list[Meeting], days: tuple[int, ...], quota: float, deadline: float) -> bool: ...

    def collect(self, deadline: float) -> RoundResult | None: ...


@dataclass
class LnsStats:
    iterations: int = 0
    accepted: int = 0
    skipped: int = 0
    work: float = 0.0
    stopped_by_clock: bool = False
    cpu_seconds: float = 0.0   # process CPU time of the moves (calibration of ``WORK_PER_SECOND``)
    scale: float = 1.0         # the neighbourhood size factor at the end
    week_moves: int = 0        # moves that freed their professionals' whole week
    week_work: float = 0.0     # the work they took
    split_rounds: int = 0      # rounds of a split search (``Lns.run_split``)
    split_replayed: int = 0    # the partner's moves kept here
    split_dropped: int = 0     # the partner's moves dropped (a rule spanning days, or no longer better)
    path_work: float = 0.0     # the work on the longer side of each round (the whole work when alone)

    _SUMMED = ("iterations", "accepted", "skipped", "work", "cpu_seconds", "week_moves", "week_work")

    def merge(self, other: LnsStats) -> None:
        """Add a partner's round (``RoundResult.stats``) to these."""
        for name in self._SUMMED:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.stopped_by_clock = self.stopped_by_clock or other.stopped_by_clock

    def minus(self, before: LnsStats) -> LnsStats:
        """What was counted since ``before``."""
        out = LnsStats(stopped_by_clock=self.stopped_by_clock, scale=self.scale)
        for name in self._SUMMED:
            setattr(out, name, getattr(self, name) - getattr(before, name))
        return out


class Lns:
    """The search state: the current planned (non fixed) meetings and their score."""

    def __init__(self, problem: PlanningProblem, av: Availability, planned: list[Meeting],
                 required: dict[tuple[str, str], int], seed: int, new_id: Callable[[], str]) -> None:
        self.p = problem
        self.av = av
        self.planned = planned
        self.required = required
        self.rng = random.Random(seed)
        self.seed = seed
        self.new_id = new_id
        self.fixed = tuple(m for m in problem.fixed if m.status != "cancelled")
        self.score: Score = score(problem, required, [*self.fixed, *planned])
        self.stats = LnsStats()
        self._deadline = float("inf")
        self._interrupter: Interrupter | None = None
        self.usable = Usable(av)
        self._reach: dict[tuple[str, str], int] = {}
        self._planned_now: dict[tuple[str, str], int] = {}
        self.scale = 1.0
        self._week_moves = WEEK_MOVES > 0
        self._week_oversized = 0
        self._serve: dict[tuple[str, str, int], list[str]] = {}
        self._wanted: dict[tuple[str, str], list[str]] = {}
        self._wide = False  # the current move spans several days for a session (set by ``_neighbourhood``)
        self._week = False  # the current move frees its professionals' whole week (their days of ``_days``)
        self._days = WEEK  # the days moves may free (a split search's share)
        self._wide_work = 0.0  # work of such moves (at most ``WEEK_SHARE`` of the total, as week moves)
        self._indexed: list[Meeting] | None = None  # the plan ``_index`` was built for
        self._by_person: dict[tuple[str, int], list[Meeting]] = {}
        self._by_site: dict[tuple[str, int], list[Meeting]] = {}
        self._pro_minutes: dict[str, int] = {}
        self._changes: list[tuple[frozenset[str], list[Meeting]]] | None = None  # moves kept in a partner's round
        self._parts = SubParts(problem)

    def run(self, work_budget: float, deadline: float, should_stop: Callable[[], bool],
            on_better: Callable[[int], None] | None = None,
            interrupt: Callable[[], bool] | None = None) -> list[Meeting]:
        """Iterate until the deterministic work budget is spent (or the wall deadline / a cancel):
        ``should_stop`` is asked between moves; ``interrupt`` (a plain read of the Stop, called from
        another thread every 50 ms) also ends the move under way."""
        self._interrupter = None if interrupt is None else Interrupter(interrupt)
        try:
            plan = self._run(work_budget, deadline, should_stop, on_better)
            self.stats.path_work = round(self.stats.work, 3)
            return plan
        finally:
            if self._interrupter is not None:
                self._interrupter.close()
                self._interrupter = None

    def _run(self, work_budget: float, deadline: float, should_stop: Callable[[], bool],
             on_better: Callable[[int], None] | None) -> list[Meeting]:
        last = 0.0
        self._deadline = deadline
        cpu0 = time.process_time()
        while self.stats.work < work_budget:
            if should_stop():
                break
            began = time.monotonic()
            if began + last >= deadline:  # the next move would likely end past the deadline
                self.stats.stopped_by_clock = True
                break
            self.stats.iterations += 1
            weeks = self.stats.week_moves
            if self._step() and on_better is not None:
                on_better(self.score.coverage)
            if self.stats.week_moves == weeks:
                # A week move's length (ten day moves or more) says nothing of the next move: the
                # search once stopped 6 s early after one (M `scarce_skills`, round 16).
                last = time.monotonic() - began
        self.stats.cpu_seconds += time.process_time() - cpu0
        self.stats.scale = round(self.scale, 3)
        return self.planned

    def _adapt(self, up: bool) -> None:
        if ADAPTIVE:
            self.scale = min(SCALE_MAX, self.scale * SCALE_UP) if up else max(SCALE_MIN, self.scale / SCALE_DOWN)

    def _n(self, base: int) -> int:
        """``base`` scaled by the neighbourhood size factor."""
        return round(base * self.scale)

    # --- neighbourhoods -------------------------------------------------------------------------

    def _short(self) -> list[tuple[str, str]]:
        """Requirements still short (the unmet list); ``_hopeless`` tells those no plan could raise."""
        planned = coverage_of(self.p, [*self.fixed, *self.planned])
        self._planned_now = planned
        return [k for k, r in sorted(self.required.items())
                if planned.get(k, 0) < r and self.p.meeting_types[k[1]].kind != "law_enforcement"]

    def _hopeless(self, key: tuple[str, str]) -> bool:
        """Already at what its free time allows (worked out lazily: office weeks have thousands)."""
        return self._planned_now.get(key, 0) >= self._reachable(key)

    def _reachable(self, key: tuple[str, str]) -> int:
        """An upper bound of the minutes of requirement ``key`` any plan reaches: fixed minutes, plus
        per day the whole meetings that fit where one can lie at all (``bound_slots.Usable``), at
        most the meetings a day left (H11). Cached: it depends on fixed meetings only."""
        if key not in self._reach:
            b, type_id = key
            t = self.p.meeting_types[type_id]
            ben = self.p.beneficiaries[b]
            fixed = [f for f in self.fixed if b in f.beneficiaries]
            total = sum(f.minutes for f in fixed if f.type == type_id)
            for day in range(1, 8):
                fit = 0
                for site in self.av.ben_sites(b):
                    spans = self.usable.meeting_spans(b, type_id, site, day, self._wanting(type_id, site))
                    fit += sum((hi - lo) // t.minutes * t.minutes for lo, hi in spans)
                room = max(ben.max_meetings_per_day - sum(1 for f in fixed if f.day == day), 0)
                total += min(fit, room * t.minutes)
            self._reach[key] = total
        return self._reach[key]

    def _wanting(self, type_id: str, site: str) -> list[str]:
        """Everybody of this search who needs sessions of that type and may go to that site. Cached."""
        key = (type_id, site)
        if key not in self._wanted:
            self._wanted[key] = sorted(b for b, t in self.required if t == type_id and site in self.av.ben_sites(b))
        return self._wanted[key]

    def _pros_for(self, b: str, type_id: str, day: int) -> list[str]:
        """Professionals who could serve requirement (b, type) on ``day`` (« nearby selection »):
        skilled, and free with the beneficiary at a site both may use for a whole meeting (fixed
        meetings only: the current plan's meetings are what a move frees). Cached."""
        key = (b, type_id, day)
        if key not in self._serve:
            t = self.p.meeting_types[type_id]
            sites = set(self.av.ben_sites(b))
            out = []
            for x in self.av.skilled(t.skill):
                for s in sorted(sites & self.av.pro_sites(x)):
                    both = sp.intersect(self.av.ben_free(b, day, s), self.av.pro_free(x, day, s))
                    if any(hi - lo >= t.minutes for lo, hi in both):
                        out.append(x)
                        break
            self._serve[key] = out
        return self._serve[key]

    def _neighbourhood(self) -> tuple[tuple[int, ...], set[str], set[str], bool] | None:
        """(days, professionals, beneficiaries) to free and whether the move aims at a short
        requirement (then only a coverage gain is worth polishing), or None when nothing fits."""
        rng = self.rng
        self._wide = False
        self._week = False
        short = self._short()
        # Aimed at a short requirement that some plan could still raise (a few draws).
        focus = None
        if short and rng.random() < 0.8:
            for _ in range(FOCUS_DRAWS):
                key = short[rng.randrange(len(short))]
                if not self._hopeless(key):
                    focus = key
                    break
        if focus is not None and DIRECTED and not is_grouped(self.p.meeting_types[focus[1]]) \
                and rng.random() < DIRECTED:
            aimed = self._directed(*focus)
            if aimed is not None:
                days_t, pros, bens = aimed
                for held in self._freed(days_t, pros):
                    bens.update(held.beneficiaries)
                return days_t, pros, bens, True
        if focus is not None:
            b, type_id = focus
            t = self.p.meeting_types[type_id]
            days = [d for d in self._days if len(self._pros_for(b, type_id, d)) >= max(t.professionals, 1)]
            if not days:
                return None
            day = days[rng.randrange(len(days))]
            pool = self._pros_for(b, type_id, day)
            size = max(t.professionals, self._n(rng.choice((1, 2, 2, 3))), 1)
            if len(pool) < max(t.professionals, 1):
                return None
            pros = set(rng.sample(pool, min(size, len(pool))))
            skills = {t.skill}
            bens = {b}
            partnered = False
            if is_grouped(t) and rng.random() < SESSION_PARTNERS:
                partnered = self._session_partners(b, type_id, day, short, pros, bens)
            chosen = [day]
            # The focus beneficiary's own meetings that day (and, half the time, on a second day they
            # could move to) are freed too: a day already full (H11) or a busy slot then opens up.
            own_days = sorted({m.day for m in self.planned if b in m.beneficiaries and m.day != day and m.day in self._days})
            if own_days and rng.random() < min(0.3 * self.scale, 0.9):
                chosen.append(own_days[rng.randrange(len(own_days))])
            # A large neighbourhood (small weeks, see ``_adapt``) frees one more of the focus's days.
            more = [d for d in days if d not in chosen]
            if more and rng.random() < (self.scale - 1.0) / 3.0:
                chosen.append(more[rng.randrange(len(more))])
            for own in self.planned:
                if own.day in chosen and b in own.beneficiaries:
                    pros.update(own.professionals)
                    skills.add(self.p.meeting_types[own.type].skill)
            if partnered and SESSION_DAYS and self._wide_work <= WEEK_SHARE * self.stats.work \
                    and rng.random() < SESSION_DAYS:
                # The professionals' other work that day may have to move to another day.
                others = [d for d in self._days if d not in chosen and any(
                    self.av.pro_free(x, d, s) for x in sorted(pros) for s in sorted(self.av.pro_sites(x)))]
                chosen.extend(rng.sample(others, min(SESSION_EXTRA_DAYS, len(others))))
                self._wide = True
            days_t = tuple(sorted(chosen))
            if SUBSTITUTES and rng.random() < SUBSTITUTES:
                self._substitutes(days_t, pros, skills, t.skill)
            if self._week_moves and self.stats.week_work <= WEEK_SHARE * self.stats.work and any(self._at_cap(x, t.minutes) for x in sorted(pros)) \
                    and rng.random() < WEEK_MOVES:
                # A week move: a professional who could serve is at their weekly cap (H12), so
                # what blocks the requirement lies on other days: the same professionals (and the
                # sessions they share) are freed on every day.
                days_t = self._days
                self._week = True
            focused = True
        else:
            focused = False
            pool_m = self.planned if len(self._days) == 7 else [m for m in self.planned if m.day in self._days]
            m = pool_m[rng.randrange(len(pool_m))] if pool_m else None
            if m is None or not m.professionals:
                return None
            days_t = (m.day,)
            skill = self.p.meeting_types[m.type].skill
            pool = [x for x in self.av.skilled(skill) if x not in m.professionals
                    and self.av.pro_sites(x) & set(self.av.pro_sites(m.professionals[0]))]
            pros = set(m.professionals) | set(rng.sample(pool, min(self._n(rng.choice((0, 1, 2))), len(pool))))
            skills = {skill}
            bens = set()
        freed = self._freed(days_t, pros)
        for m in freed:
            bens.update(m.beneficiaries)
        extra = [k for k in short if k[0] not in bens and self.p.meeting_types[k[1]].skill in skills
                 and any(s in self.av.pro_sites(x) for x in pros for s in self.av.ben_sites(k[0]))]
        rng.shuffle(extra)
        bens.update(itertools.islice((k[0] for k in extra if not self._hopeless(k)), max(self._n(6), 2)))
        return days_t, pros, bens, focused

    def _index(self) -> tuple[dict[tuple[str, int], list[Meeting]], dict[tuple[str, int], list[Meeting]],
                              dict[str, int]]:
        """The current plan's meetings by (person, day) and by (site, day), and each professional's
        minutes this week (fixed meetings included); rebuilt when the plan changes."""
        if self._indexed is not self.planned:
            people: dict[tuple[str, int], list[Meeting]] = {}
            sites: dict[tuple[str, int], list[Meeting]] = {}
            minutes: dict[str, int] = {}
            for m in self.planned:
                for who in {*m.beneficiaries, *m.professionals}:
                    people.setdefault((who, m.day), []).append(m)
                sites.setdefault((m.site, m.day), []).append(m)
            for m in (*self.fixed, *self.planned):
                for x in set(m.professionals):
                    minutes[x] = minutes.get(x, 0) + m.minutes
            self._by_person, self._by_site, self._pro_minutes, self._indexed = people, sites, minutes, self.planned
        return self._by_person, self._by_site, self._pro_minutes

    def _directed(self, b: str, type_id: str) -> tuple[tuple[int, ...], set[str], set[str]] | None:
        """Free what blocks one whole meeting of requirement (b, type) where that is cheapest: over
        every placement (day, site, start on the grid, skilled professional) where the beneficiary
        and the professional are both free of fixed meetings, the planned meetings in its way — the
        beneficiary's (overlapping, at another site that day, or all of that day's when the day is
        full, H11), the professional's (overlapping or at another site that day), and the site's
        overlapping ones when it is full (H5). The placements with the fewest win (one drawn); the
        move frees the professional and the blockers' professionals that day (and, when the
        beneficiary's own meetings are in the way, one more day of theirs), so CP-SAT can shift the
        blockers and hold the meeting. None when the best placement needs a professional at the
        weekly cap (H12: week moves handle those) or none exists."""
        t = self.p.meeting_types[type_id]
        people, sites, _ = self._index()
        ben = self.p.beneficiaries[b]
        step = self.p.slot_minutes
        best: list[tuple[int, str, frozenset[str], bool]] = []
        best_cost: int | None = None
        looked = 0
        for day in self._days:
            mine = people.get((b, day), [])
            fixed_today = self.av.fixed_meetings(b, day)
            full = fixed_today + len(mine) >= ben.max_meetings_per_day
            for x in self._pros_for(b, type_id, day):
                theirs = people.get((x, day), [])
                capped = self._at_cap(x, t.minutes)
                for site in sorted(set(self.av.ben_sites(b)) & self.av.pro_sites(x)):
                    here = sites.get((site, day), [])
                    fixed_here = self.av.fixed_by_site.get((site, day), [])
                    for lo, hi in sp.intersect(self.av.ben_free(b, day, site), self.av.pro_free(x, day, site)):
                        for start in range(lo, hi - t.minutes + 1, step):
                            end = start + t.minutes
                            looked += 1
                            block = {m.id for m in theirs if m.site != site or (m.start < end and start < m.end)}
                            block.update(m.id for m in mine if full or m.site != site or (m.start < end and start < m.end))
                            inside = [m for m in here if m.start < end and start < m.end]
                            held = len(inside) + sum(1 for f in fixed_here if f.start < end and start < f.end)
                            if held >= self.av.capacity(site, day, start):
                                block.update(m.id for m in inside)
                            cost = len(block) + (CAPPED_COST if capped else 0)
                            if best_cost is None or cost < best_cost:
                                best_cost, best = cost, []
                            if cost == best_cost:
                                best.append((day, x, frozenset(block), capped))
        self.stats.work += PLACEMENT_WORK * looked
        if not best:
            return None
        day, pro, chosen, capped = best[self.rng.randrange(len(best))]
        if capped:
            return None
        pros, bens, days = {pro}, {b}, {day}
        in_way = [m for m in self.planned if m.id in chosen]
        for m in in_way:
            pros.update(m.professionals)
            bens.update(m.beneficiaries)
        if any(b in m.beneficiaries for m in in_way):
            # The beneficiary's own meeting in the way may have to go to another of their days.
            own = sorted({m.day for m in self.planned if b in m.beneficiaries and m.day != day and m.day in self._days})
            if own:
                days.add(own[self.rng.randrange(len(own))])
        return tuple(sorted(days)), pros, bens

    def _session_partners(self, b: str, type_id: str, day: int, short: list[tuple[str, str]],
                          pros: set[str], bens: set[str]) -> bool:
        """A session the focus could join that day: the others still short of that type who could
        join it too, and professionals free for it, so one move can hold it."""
        t = self.p.meeting_types[type_id]
        options = [(site, start, who) for site in self.av.ben_sites(b)
                   for start, who in self.usable.sessions(type_id, site, day, self._wanting(type_id, site))
                   if b in who]
        if not options:
            return False
        site, start, who = options[self.rng.randrange(len(options))]
        wanting = set(short)
        partners = [x for x in who if x != b and (x, type_id) in wanting]
        self.rng.shuffle(partners)
        partners = partners[: t.max_participants - 1]
        bens.update(partners)
        # Their own meetings that day are freed too (a day already full, H11, or a busy slot).
        joined = set(partners)
        for m in self.planned:
            if m.day == day and joined.intersection(m.beneficiaries):
                pros.update(m.professionals)
        able = [x for x in self.av.skilled(t.skill) if site in self.av.pro_sites(x)
                and sp.covers(self.av.pro_free(x, day, site), start, start + t.minutes)]
        if len(able) >= t.professionals:
            pros.update(self.rng.sample(able, t.professionals))
        return bool(partners)

    def _at_cap(self, pro: str, minutes: int) -> bool:
        """Whether ``pro`` could not take one more meeting of ``minutes`` this week (H12)."""
        cap = self.p.professionals[pro].max_minutes_per_week
        return cap is not None and self._index()[2].get(pro, 0) + minutes > cap

    def _substitutes(self, days: tuple[int, ...], pros: set[str], skills: set[str], aim: str) -> None:
        """Relax what blocks a short requirement: the chosen professionals' other work those days
        (a session, another skill) may go to a colleague free that day, so that the one who can
        serve the requirement gets the time (or, at their weekly cap H12, the minutes). One
        colleague per other skill the freed meetings need, drawn among those free one of the days."""
        other = sorted({self.p.meeting_types[m.type].skill for m in self.planned
                        if m.day in days and pros.intersection(m.professionals)} - {aim})
        for skill in other:
            pool = [x for x in self.av.skilled(skill) if x not in pros
                    and any(self.av.pro_free(x, d, s) for d in days for s in sorted(self.av.pro_sites(x)))]
            if pool:
                pros.add(pool[self.rng.randrange(len(pool))])
                skills.add(skill)

    def _freed(self, days: tuple[int, ...], pros: set[str]) -> list[Meeting]:
        """Meetings of ``pros`` on ``days``; a freed session brings its co-facilitators along."""
        return freed_meetings(self.planned, days, pros)

    # --- one move -------------------------------------------------------------------------------

    def _charge(self, work: float, week: bool, shares: float | None = None, wide: bool = False) -> None:
        """Count a move's work, and in the shares of week moves and wide session moves (``wide``;
        ``shares`` when they count it otherwise)."""
        self.stats.work += work
        counted = work if shares is None else shares
        if week:
            self.stats.week_work += counted
        if wide:
            self._wide_work += counted

    def _walk_work(self) -> float:
        """Work of every move, found or skipped: the move itself and its walks over the whole plan."""
        return ITERATION_WORK + PLANNED_WORK * len(self.planned)

    def _step(self) -> bool:
        found = self._neighbourhood()
        if found is None:
            self.stats.skipped += 1
            self._charge(self._walk_work(), False)
            return False
        days, pros, bens, focused = found
        walk, wide, week = self._walk_work(), self._wide, self._week
        # The CP-SAT seed is drawn only for a move that is solved (the order of the rng's draws is
        # the one of the search before round 21: the same plans).
        move = Neighbourhood(days, frozenset(pros), frozenset(bens), focused, week)
        out = solve_neighbourhood(self.p, self.av, self.fixed, self.planned, move,
                                  lambda: self.rng.randrange(1 << 30), self._deadline, self._interrupter, self._parts)
        return self._conclude(week, wide, walk, out)

    def _conclude(self, week: bool, wide: bool, walk: float, out: MoveOutcome) -> bool:
        """Count a solved (or oversized) move's work and keep its plan when the week is no worse."""
        if week:
            self.stats.week_moves += 1
        n = out.candidates
        if not out.solved:
            # The budget is charged what the move cost; the shares of week and wide moves count it as
            # before, so they are tried as often as before (round 17: charged less there too, more
            # wide session moves ran and M `collective` lost up to 420 min).
            self._charge(walk + GENERATE_WORK * n, week, shares=walk + ITEM_WORK * n, wide=wide)
            self.stats.skipped += 1
            if week and n:
                self._week_oversized += 1  # weeks too large for them: stop trying after a few
                self._week_moves = self._week_oversized < WEEK_OVERSIZED_STOP
            if n:
                self._adapt(False)
            return False
        self._charge(walk + ITEM_WORK * n, week, wide=wide)
        self._charge(DTIME_WORK * out.dtime, week, wide=wide)
        if out.clock_cut:  # the move's wall cap, not its deterministic time, ended it: not reproducible
            self.stats.stopped_by_clock = True
        before = self.score.coverage
        accepted = self._accept(out)
        # Solved to optimality with no coverage gained: the neighbourhood was too small to hold one.
        self._adapt(out.status == "OPTIMAL" and self.score.coverage <= before)
        return accepted

    def _accept(self, out: MoveOutcome) -> bool:
        if not out.chosen:
            return False
        new = [Meeting(self.new_id(), *spec) for spec in out.chosen]
        return self._try(out.freed, new)

    def _try(self, freed: frozenset[str], new: list[Meeting], replay: bool = False) -> bool:
        """Keep the plan with ``freed`` replaced by ``new`` when the week is no worse (``replay``, a
        partner's move: and the rules spanning days, H12 and H13, still hold for the people it
        touches; counted in ``split_replayed``, not again in ``accepted``)."""
        trial = [m for m in self.planned if m.id not in freed] + new
        if replay:
            pros = {x for m in new for x in m.professionals}
            bens = {b for m in new for b in m.beneficiaries}
            if not self._weekly_ok(trial, pros, bens):
                return False
        trial_score = score(self.p, self.required, [*self.fixed, *trial])
        if trial_score.key() >= self.score.key():
            self.planned, self.score = trial, trial_score
            self.stats.accepted += 0 if replay else 1
            if self._changes is not None:
                self._changes.append((freed, new))
            return True
        return False

    def _weekly_ok(self, plan: list[Meeting], pros: set[str], bens: set[str]) -> bool:
        """H12 for ``pros`` and H13 for ``bens`` in ``plan`` (the rules that span days)."""
        week = [*self.fixed, *plan]
        minutes: dict[str, int] = {}
        for m in week:
            for x in pros.intersection(m.professionals):
                minutes[x] = minutes.get(x, 0) + m.minutes
        for x, total in minutes.items():
            cap = self.p.professionals[x].max_minutes_per_week
            if cap is not None and total > cap:
                return False
        return all(total - self.required[key] < self.p.meeting_types[key[1]].minutes
                   for key, total in coverage_of(self.p, week).items() if key[0] in bens and key in self.required)

    # --- split rounds (round 21) ----------------------------------------------------------------

    def run_split(self, partner: RoundPartner, work_budget: float, deadline: float, should_stop: Callable[[], bool],
                  on_better: Callable[[int], None] | None = None,
                  interrupt: Callable[[], bool] | None = None) -> list[Meeting]:
        """``run`` on both cores of one group of sites: in rounds, the week's days are dealt between
        this search and ``partner`` (another seeded search in a child process holding a copy of the
        plan); each improves the plan with moves on its own days only, for ``SPLIT_ROUND`` of the
        budget's work, then the partner's kept moves are replayed here in order (each kept when the
        meetings it frees are still there, the rules spanning days, H12 and H13, hold for the people
        it touches, and the week is no worse). The next round deals the days anew, so a move across
        two days is possible whenever both fall on one side. Every round's work is deterministic, so
        the plan does not depend on timing. The budget counts each round's longer side."""
        self._interrupter = None if interrupt is None else Interrupter(interrupt)
        quota = max(work_budget * SPLIT_ROUND, SPLIT_MIN_ROUND)
        path = 0.0
        try:
            while path < work_budget and not should_stop() and time.monotonic() < deadline:
                mine, theirs = self._deal_days() if partner.alive else (WEEK, ())
                sent = bool(theirs) and partner.submit(self.planned, theirs, quota, deadline)
                self._days = mine if sent else WEEK
                before = self.stats.work
                self._run(before + min(quota, work_budget - path), deadline, should_stop, on_better)
                own = self.stats.work - before
                got = partner.collect(deadline) if sent else None
                other = 0.0
                if got is not None:
                    other = got.work
                    before = self.stats.work
                    for freed, new in got.changes:
                        self.stats.work += self._walk_work()  # scoring walks the whole plan
                        if freed <= {m.id for m in self.planned} and self._try(freed, new, replay=True):
                            self.stats.split_replayed += 1
                        else:
                            self.stats.split_dropped += 1
                    own += self.stats.work - before
                    self.stats.merge(got.stats)
                    if on_better is not None:
                        on_better(self.score.coverage)
                self.stats.split_rounds += 1
                path += max(own, other)
        finally:
            self._days = WEEK
            if self._interrupter is not None:
                self._interrupter.close()
                self._interrupter = None
        self.stats.path_work = round(path, 3)
        return self.planned

    def _deal_days(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """The round's days: shuffled, each to the side with fewer planned meetings so far."""
        order = list(WEEK)
        self.rng.shuffle(order)
        count = {d: 0 for d in order}
        for m in self.planned:
            count[m.day] += 1
        sides: tuple[list[int], list[int]] = ([], [])
        load = [0, 0]
        for d in order:
            k = 0 if load[0] <= load[1] else 1
            sides[k].append(d)
            load[k] += count[d] + 1
        return tuple(sorted(sides[0])), tuple(sorted(sides[1]))

    def run_round(self, plan: list[Meeting], days: tuple[int, ...], quota: float, deadline: float) -> RoundResult:
        """A partner's round (``run_split``): from ``plan``, moves on ``days`` only for ``quota`` of
        work; the kept moves (meetings freed, meetings planned) in order, the work and the stats."""
        self.planned = plan
        self.score = score(self.p, self.required, [*self.fixed, *plan])
        self._days = days
        self._changes = []
        before = dataclasses.replace(self.stats)
        self._run(self.stats.work + quota, deadline, lambda: False, None)
        changes, self._changes = self._changes, None
        self._days = WEEK
        return RoundResult(changes, self.stats.work - before.work, self.stats.minus(before))

def freed_meetings(planned: list[Meeting], days: tuple[int, ...], pros: set[str]) -> list[Meeting]:
    """Meetings of ``pros`` on ``days`` (``pros`` grows: a freed session brings its co-facilitators)."""
    while True:
        freed = [m for m in planned if m.day in days and pros.intersection(m.professionals)]
        grown = pros.union(*(m.professionals for m in freed))
        if grown == pros:
            return freed
        pros.update(grown)


class SubParts:
    """What every move's sub-problem is made of, built once per search rather than once per move
    (on L weeks the copies took about a tenth of a move's Python time): each person with nothing
    to plan (no skill, no requirement) and each kept meeting as a fixed one (by id: a meeting's id
    names one content for the whole search)."""

    def __init__(self, p: PlanningProblem) -> None:
        self.idle_pros = {k: dataclasses.replace(v, skills=()) for k, v in p.professionals.items()}
        self.idle_bens = {k: dataclasses.replace(v, requirements=()) for k, v in p.beneficiaries.items()}
        self._as_fixed: dict[str, Meeting] = {}

    def as_fixed(self, m: Meeting) -> Meeting:
        got = self._as_fixed.get(m.id)
        if got is None:
            got = self._as_fixed[m.id] = dataclasses.replace(m, fixed=True, buffer_minutes=0)
        return got


def solve_neighbourhood(p: PlanningProblem, av: Availability, fixed: tuple[Meeting, ...], planned: list[Meeting],
                        move: Neighbourhood, seed: Callable[[], int], deadline: float,
                        interrupter: Interrupter | None, parts: SubParts) -> MoveOutcome:
    """Free ``move``'s meetings, keep every other planned meeting fixed, and solve the sub-problem on
    the exact grid with the freed meetings as a complete hint (``seed`` is drawn only when it is
    solved; ``parts``, the search's, of ``p``). The same answer here and in a partner process holding
    the same plan."""
    pros = set(move.pros)
    freed = freed_meetings(planned, move.days, pros)
    freed_ids = frozenset(m.id for m in freed)
    keep = [m for m in planned if m.id not in freed_ids]
    sub = dataclasses.replace(
        p,
        professionals={k: p.professionals[k] if k in pros else v for k, v in parts.idle_pros.items()},
        beneficiaries={k: p.beneficiaries[k] if k in move.bens else v for k, v in parts.idle_bens.items()},
        fixed=(*fixed, *(parts.as_fixed(m) for m in keep)))
    sub_av = Availability(sub, av.not_before)
    slot = p.slot_minutes
    cands = generate(sub, Options(slot, slot, days=move.days), sub_av)
    week = move.week
    n = len(cands.items)
    if not n or n > (MAX_WEEK_ITEMS if week else MAX_ITEMS):
        return MoveOutcome(n, False)
    hint = _hint(cands.items, freed)
    ctl = SolveControl(seed(), 1, None, None, interrupter)
    # A move never runs past the search's deadline (CP-SAT's wall limit; a Stop ends it at once),
    # whatever its dtime; ``clock_cut`` says when that limit ended it. Until round 16 a move
    # also stopped at 10 s, the Stop's latency then: a week move (2.8 units of deterministic time
    # in its first phase) could reach that cap on a quiet machine and make the run
    # irreproducible (docs/planning.md, « Round 16 »).
    seconds = max(deadline - time.monotonic(), 0.05)
    out = solve_component(sub_av, cands, cands.items, ctl, seconds, 0, hint=hint, dtime=WEEK_DTIME if week else SUB_DTIME,
                          only_if_better=move.focused)
    chosen = tuple((it.type, it.day, it.start, it.end - it.start, it.site, it.pros, who)
                   for it, who in sorted(out.chosen, key=lambda c: (c[0].start, c[0].site, c[0].index)))
    return MoveOutcome(n, True, out.dtime_used, out.status, out.clock_cut, freed_ids, chosen)


def _hint(items: list[Item], freed: list[Meeting]) -> dict[int, tuple[str, ...]]:
    """The freed meetings as candidate indexes, so CP-SAT starts from the current plan."""
    index: dict[tuple[str, tuple[str, ...], str, int, int], list[Item]] = {}
    for it in items:
        index.setdefault((it.type, it.pros, it.site, it.day, it.start), []).append(it)
    out: dict[int, tuple[str, ...]] = {}
    for m in freed:
        for it in index.get((m.type, tuple(m.professionals), m.site, m.day, m.start), []):
            if it.index not in out and set(m.beneficiaries) <= set(it.bens) and \
                    (it.grouped or it.bens == tuple(m.beneficiaries)):
                out[it.index] = tuple(m.beneficiaries)
                break
    return out
