"""Candidate meetings the CP-SAT model chooses from, already filtered by the static rules.

Windows (H3, H4, H5 open hours, and the dated leave, closures and public holidays of issue 12), sites (H10), skills and head counts (H6), fixed meetings with
their buffers and travel (H9, H14) and forbidden partners' fixed meetings (H8) are applied here,
so the model only has to arbitrate between candidates.
"""

from __future__ import annotations

import hashlib
import time
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from itertools import combinations

from sosdesk.domain.model import DatedWindow, Meeting, MeetingType, PlanningProblem
from sosdesk.domain.names import Names
from sosdesk.planning import spans as sp
from sosdesk.planning.spans import Span

DAYS = range(1, 8)
UNREACHABLE_HOME_MINUTES = 240


@dataclass(frozen=True, slots=True)
class Options:
    """How finely candidates are enumerated (coarser at scale)."""

    step: int = 15
    session_step: int = 15
    max_pros: int = 1000
    max_tuples: int = 1000
    days: tuple[int, ...] = tuple(DAYS)
    # Office scale: each beneficiary gets their own ``max_pros`` professional tuples per site (the
    # referent first, then a stable per-beneficiary order), instead of the same few for everybody.
    spread: bool = False


@dataclass(frozen=True, slots=True)
class Item:
    """One candidate: an individual meeting (``bens`` has one id) or a collective session
    (``bens`` lists who could join it)."""

    index: int
    type: str
    pros: tuple[str, ...]
    site: str
    day: int
    start: int
    end: int
    bens: tuple[str, ...]
    grouped: bool


@dataclass
class Candidates:
    items: list[Item] = field(default_factory=list)
    # (ben, type) -> how many more meetings H13 allows, and the minutes already fixed
    max_new: dict[tuple[str, str], int] = field(default_factory=dict)
    fixed_minutes: dict[tuple[str, str], int] = field(default_factory=dict)
    # True when the enumeration stopped at its deadline (the items are then a subset)
    cut: bool = False


def is_grouped(t: MeetingType) -> bool:
    return t.max_participants > 1 or t.min_participants > 1


def _stable_rank(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


class Availability:
    """Free spans per (person, day, site) once windows and fixed meetings are accounted for.

    ``not_before`` (ISO day, minute) is "now": nothing new is proposed before it (the past of the
    current week), while the meetings already there stay as they are."""

    def __init__(self, problem: PlanningProblem, not_before: tuple[int, int] | None = None) -> None:
        self.p = problem
        self.not_before = not_before
        self.names = Names.from_problem(problem)  # messages name people, sites and types (issue 13)
        self.fixed_by_person: dict[str, list[Meeting]] = defaultdict(list)
        self.fixed_by_site: dict[tuple[str, int], list[Meeting]] = defaultdict(list)
        self.tuple_cache: dict[tuple[str, str, int], list[tuple[str, ...]]] = {}
        for m in problem.fixed:
            if m.status == "cancelled":
                continue
            for who in (*m.beneficiaries, *m.professionals):
                self.fixed_by_person[who].append(m)
            self.fixed_by_site[(m.site, m.day)].append(m)
        # Dated unavailability (issue 12): leave, absences, closures, holidays, reduced capacity.
        self.dated: dict[tuple[str, str, int], list[DatedWindow]] = defaultdict(list)
        for w in problem.dated:
            self.dated[(w.subject, w.who, w.day)].append(w)

    def dated_off(self, subject: str, who: str, day: int) -> list[Span]:
        """Spans of ``day`` when ``who`` is away or the site closed (reduced capacity excluded)."""
        return sp.normalise((w.start, w.end) for w in self.dated.get((subject, who, day), ()) if w.closes)

    def fixed_meetings(self, ben: str, day: int) -> int:
        """How many fixed meetings ``ben`` attends that day (they count toward H11)."""
        return sum(1 for f in self.fixed_by_person.get(ben, ()) if f.day == day and ben in f.beneficiaries)

    def fixed_minutes(self, pro: str) -> int:
        """Minutes ``pro`` holds in fixed meetings this week (they count toward H12)."""
        return sum(f.minutes for f in self.fixed_by_person.get(pro, ()) if pro in f.professionals)

    def capacity(self, site: str, day: int, minute: int) -> int:
        """The site's capacity at that minute: a dated reduction (room works) lowers it."""
        cap = self.p.sites[site].capacity
        for w in self.dated.get(("site", site, day), ()):
            if w.capacity and w.start <= minute < w.end:
                cap = min(cap, w.capacity)
        return cap

    def rooms_left(self, site: str, day: int, minute: int, slot: int) -> int:
        """Rooms still free over the grid slot starting at ``minute`` (``slot`` minutes long): the
        capacity there less the fixed meetings touching it (H5: every meeting held there counts)."""
        used = sum(1 for f in self.fixed_by_site.get((site, day), []) if f.start < minute + slot and minute < f.end)
        return max(self.capacity(site, day, minute) - used, 0)

    def capacity_changes(self, site: str, day: int) -> list[int]:
        """Minutes at which a dated reduction starts (points where capacity must be checked)."""
        return [w.start for w in self.dated.get(("site", site, day), ()) if w.capacity]

    @cache  # noqa: B019 - one Availability per solve, dropped with it
    def site_free(self, site: str, day: int) -> list[Span]:
        s = self.p.sites[site]
        # empty ``open`` means no limit (rules engine's reading of H5)
        open_spans = sp.of_available(s.open, day) if s.open else list(sp.WHOLE_DAY)
        open_spans = sp.intersect(open_spans, self.horizon(day))
        open_spans = sp.subtract(open_spans, self.dated_off("site", site, day))
        fixed = self.fixed_by_site.get((site, day), [])  # H5: every meeting held there counts
        if len(fixed) < s.capacity:
            return open_spans
        points = sorted({m.start for m in fixed})
        full = [(t, min(m.end for m in fixed if m.start <= t < m.end)) for t in points
                if sum(1 for m in fixed if m.start <= t < m.end) >= s.capacity]
        return sp.subtract(open_spans, full)

    def horizon(self, day: int) -> list[Span]:
        """The part of ``day`` still open to planning (all of it without ``not_before``)."""
        if self.not_before is None:
            return list(sp.WHOLE_DAY)
        nb_day, nb_minute = self.not_before
        if day < nb_day:
            return []
        return [(nb_minute, sp.WHOLE_DAY[0][1])] if day == nb_day else list(sp.WHOLE_DAY)

    def is_law(self, m: Meeting) -> bool:
        """A court or police appointment: attended, never planned (it still takes a place, H5)."""
        t = self.p.meeting_types.get(m.type)
        return t is not None and t.kind == "law_enforcement"

    def _blocked(self, who: str, day: int, site: str, buffer_applies: bool) -> list[Span]:
        out: list[Span] = []
        for m in self.fixed_by_person.get(who, []):
            if m.day != day:
                continue
            before = self.p.travel.minutes(site, m.site)
            after = self.p.travel.minutes(m.site, site)
            if before is None or after is None:
                return [(0, 24 * 60)]  # H9: the two sites are not reachable the same day
            buf = m.buffer_minutes if buffer_applies else 0
            out.append((m.start - max(before, buf), m.end + max(after, buf)))
        return out

    @cache  # noqa: B019
    def ben_free(self, ben: str, day: int, site: str) -> list[Span]:
        b = self.p.beneficiaries[ben]
        base = sp.of_available(b.available, day) if b.available else list(sp.WHOLE_DAY)
        base = sp.subtract(base, sp.of_windows(b.unavailable, day))
        base = sp.subtract(base, self.dated_off("beneficiary", ben, day))
        blocked = self._blocked(ben, day, site, buffer_applies=True)
        # H8: never at the same site as a forbidden partner's fixed meeting
        for m in self.fixed_by_site.get((site, day), []):
            if any(o in m.beneficiaries for o in self.forbidden(ben)):
                blocked.append((m.start, m.end))
        return sp.subtract(sp.intersect(base, self.site_free(site, day)), blocked)

    @cache  # noqa: B019
    def pro_free(self, pro: str, day: int, site: str) -> list[Span]:
        p = self.p.professionals[pro]
        base = sp.of_available(p.available, day) if p.available else list(sp.WHOLE_DAY)
        base = sp.subtract(base, self.dated_off("professional", pro, day))
        blocked = self._blocked(pro, day, site, buffer_applies=False)
        return sp.subtract(sp.intersect(base, self.site_free(site, day)), blocked)

    @cache  # noqa: B019
    def forbidden(self, ben: str) -> frozenset[str]:
        """H8 is symmetric: either side listing the other suffices."""
        own = set(self.p.beneficiaries[ben].forbidden_with)
        own.update(o.id for o in self.p.beneficiaries.values() if ben in o.forbidden_with)
        return frozenset(own)

    def ben_sites(self, ben: str) -> list[str]:
        b = self.p.beneficiaries[ben]
        return sorted(b.sites) if b.sites else sorted(self.p.sites)

    def pro_sites(self, pro: str) -> set[str]:
        p = self.p.professionals[pro]
        return set(p.sites) if p.sites else set(self.p.sites)

    def skilled(self, skill: str) -> list[str]:
        return sorted(p.id for p in self.p.professionals.values() if skill in p.skills)


def requirement_room(problem: PlanningProblem, cands: Candidates) -> None:
    """H13: how many meetings of each requirement may still be planned beyond the fixed ones."""
    for b in problem.beneficiaries.values():
        for req in b.requirements:
            cands.fixed_minutes[(b.id, req.type)] = 0
    for m in problem.fixed:
        if m.status == "cancelled":
            continue
        for ben in m.beneficiaries:
            key = (ben, m.type)
            if key in cands.fixed_minutes:
                cands.fixed_minutes[key] += m.minutes
    for b in problem.beneficiaries.values():
        for req in b.requirements:
            t = problem.meeting_types[req.type]
            done = cands.fixed_minutes[(b.id, req.type)]
            room = 0 if done >= req.minutes else (req.minutes + t.minutes - 1 - done) // t.minutes
            cands.max_new[(b.id, req.type)] = max(room, 0)


def _tuples(av: Availability, type_id: str, site: str, limit: int) -> list[tuple[str, ...]]:
    key = (type_id, site, limit)
    if key not in av.tuple_cache:
        av.tuple_cache[key] = _all_tuples(av, type_id, site)[:limit]
    return av.tuple_cache[key]


def _all_tuples(av: Availability, type_id: str, site: str) -> list[tuple[str, ...]]:
    t = av.p.meeting_types[type_id]
    pros = [p for p in av.skilled(t.skill) if site in av.pro_sites(p)]
    if t.professionals == 0:
        return [()]
    if len(pros) < t.professionals:
        return []
    tuples = list(combinations(pros, t.professionals))
    tuples.sort(key=lambda tup: _stable_rank(site, t.id, *tup))
    return tuples


def pro_tuples(av: Availability, t: MeetingType, site: str, limit: int) -> list[tuple[str, ...]]:
    """The first ``limit`` tuples of skilled professionals going to ``site`` (stable order; cached)."""
    return _tuples(av, t.id, site, limit)


def pair_free(av: Availability, pros: tuple[str, ...], day: int, site: str) -> list[Span]:
    free = av.site_free(site, day)
    for p in pros:
        free = sp.intersect(free, av.pro_free(p, day, site))
    return free


def _spread(av: Availability, ben: str, t: MeetingType, site: str, opts: Options,
            per_pros: dict[tuple[str, ...], list[tuple[str, int, int]]]) -> None:
    """``opts.max_pros`` tuples with a free slot for ``ben`` at ``site``: referent first, then in a
    stable order of this beneficiary's own."""
    referent = av.p.beneficiaries[ben].referent
    ranked = sorted(_tuples(av, t.id, site, 10_000), key=lambda tup: (referent not in tup, _stable_rank(ben, *tup)))
    found = 0
    for pros in ranked:
        starts = [(site, day, start) for day in opts.days
                  for start in sp.starts(sp.intersect(av.ben_free(ben, day, site), pair_free(av, pros, day, site)),
                                         t.minutes, opts.step, av.p.slot_minutes)]
        if starts:
            per_pros[pros].extend(starts)
            found += 1
            if found >= opts.max_pros:
                return


def generate(problem: PlanningProblem, opts: Options, av: Availability | None = None,
             deadline: float | None = None) -> Candidates:
    """Enumerate every candidate allowed by the static rules, within ``opts``'s budget.

    Past ``deadline`` (``time.monotonic()``) the enumeration stops where it is and ``cut`` is set:
    sessions are enumerated first, then individual meetings one beneficiary at a time."""
    av = av or Availability(problem)
    cands = Candidates()
    requirement_room(problem, cands)
    slot = problem.slot_minutes
    items: list[Item] = []

    def add(t: str, pros: tuple[str, ...], site: str, day: int, start: int, minutes: int,
            bens: tuple[str, ...], grouped: bool) -> None:
        items.append(Item(len(items), t, pros, site, day, start, start + minutes, bens, grouped))

    demand: dict[str, list[str]] = defaultdict(list)
    for b in sorted(problem.beneficiaries.values(), key=lambda x: x.id):
        for req in b.requirements:
            t = problem.meeting_types[req.type]
            if t.kind != "law_enforcement" and cands.max_new[(b.id, t.id)] > 0 and is_grouped(t):
                demand[t.id].append(b.id)

    def late() -> bool:
        if deadline is not None and time.monotonic() > deadline:
            cands.cut = True
        return cands.cut

    for type_id in sorted(demand):
        t = problem.meeting_types[type_id]
        for site in sorted(problem.sites):
            if late():
                break
            bens_here = [b for b in demand[type_id] if site in av.ben_sites(b)]
            if len(bens_here) < max(t.min_participants, 1):
                continue
            for pros in pro_tuples(av, t, site, opts.max_tuples):
                for day in opts.days:
                    free = pair_free(av, pros, day, site)
                    ben_spans = {b: av.ben_free(b, day, site) for b in bens_here}
                    for start in sp.starts(free, t.minutes, opts.session_step, slot):
                        end = start + t.minutes
                        who = tuple(b for b in bens_here if sp.covers(ben_spans[b], start, end))
                        if len(who) >= max(t.min_participants, 1):
                            add(t.id, pros, site, day, start, t.minutes, who, True)
    for b in sorted(problem.beneficiaries.values(), key=lambda x: x.id):
        if b.requirements and late():
            break
        for req in b.requirements:
            t = problem.meeting_types[req.type]
            if t.kind == "law_enforcement" or cands.max_new[(b.id, t.id)] == 0:
                continue
            if is_grouped(t):
                continue
            per_pros: dict[tuple[str, ...], list[tuple[str, int, int]]] = defaultdict(list)
            for site in av.ben_sites(b.id):
                if opts.spread:
                    _spread(av, b.id, t, site, opts, per_pros)
                    continue
                for pros in pro_tuples(av, t, site, opts.max_tuples):
                    for day in opts.days:
                        free = sp.intersect(av.ben_free(b.id, day, site), pair_free(av, pros, day, site))
                        for start in sp.starts(free, t.minutes, opts.step, slot):
                            per_pros[pros].append((site, day, start))
            ranked = sorted(per_pros, key=lambda tup: (b.referent not in tup, -len(per_pros[tup]),
                                                       _stable_rank(b.id, *tup)))
            for pros in ranked[: opts.max_pros]:
                for site, day, start in per_pros[pros]:
                    add(t.id, pros, site, day, start, t.minutes, (b.id,), False)

    cands.items = items
    return cands
