"""Greedy placement of a demo week's meetings: every candidate is accepted only when the rules
engine (``WeekIndex.check_candidate``) finds no hard-rule violation, so the demo history is clean."""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import replace

from sosdesk.domain import model as dm
from sosdesk.domain.rules import WeekIndex

Interval = tuple[int, int]
FULL_DAY: list[Interval] = [(0, 24 * 60)]
SLOT = 15
COLLECTIVE_SITES = ("LYON3", "VILLEU", "STET")
LAW_SITE = "TJLYON"
LAW_TYPE = "LAW_ENF"
LAW_BUFFER = 30


def day_intervals(windows: Iterable[dm.Window], day: int, empty_means_all: bool = True) -> list[Interval]:
    found = sorted((w.start, w.end) for w in windows if w.day == day)
    if not found and empty_means_all and not any(True for _ in windows):
        return list(FULL_DAY)
    return found


def intersect(a: Sequence[Interval], b: Sequence[Interval]) -> list[Interval]:
    out = []
    for s1, e1 in a:
        for s2, e2 in b:
            s, e = max(s1, s2), min(e1, e2)
            if s < e:
                out.append((s, e))
    return out


def subtract(a: Sequence[Interval], b: Sequence[Interval]) -> list[Interval]:
    out = list(a)
    for s2, e2 in b:
        nxt = []
        for s1, e1 in out:
            if e2 <= s1 or e1 <= s2:
                nxt.append((s1, e1))
                continue
            if s1 < s2:
                nxt.append((s1, s2))
            if e2 < e1:
                nxt.append((e2, e1))
        out = nxt
    return out


def pick_start(rng: random.Random, intervals: Sequence[Interval], minutes: int) -> int | None:
    """A random grid start so that [start, start + minutes) fits in one interval."""
    fitting = [(s, e) for s, e in intervals if e - s >= minutes]
    if not fitting:
        return None
    s, e = rng.choice(fitting)
    first = -(-s // SLOT) * SLOT
    last = (e - minutes) // SLOT * SLOT
    if last < first:
        return None
    return first + SLOT * rng.randrange((last - first) // SLOT + 1)


class WeekPlacer:
    """Places one week: law-enforcement appointments, collective sessions, then individual meetings."""

    def __init__(self, rng: random.Random, problem: dm.PlanningProblem, week_key: str) -> None:
        self.rng = rng
        self.p = problem
        self.index = WeekIndex(problem, [])
        self.week_key = week_key
        self.placed: list[dm.Meeting] = []
        self.by_skill: dict[str, list[dm.Professional]] = {}
        for pro in sorted(problem.professionals.values(), key=lambda x: x.id):
            for skill in pro.skills:
                self.by_skill.setdefault(skill, []).append(pro)

    def _next_id(self) -> str:
        return f"M{self.week_key}-{len(self.placed) + 1:04d}"

    def _accept(self, meeting: dm.Meeting) -> bool:
        if self.index.check_candidate(meeting):
            return False
        self.index.replace(meeting)
        self.placed.append(meeting)
        return True

    def _ben_free(self, ben: dm.Beneficiary, day: int) -> list[Interval]:
        free = day_intervals(ben.available, day)
        return subtract(free, day_intervals(ben.unavailable, day, empty_means_all=False))

    # -- law enforcement ---------------------------------------------------------------------

    def place_law(self, count: int, days: Sequence[int]) -> None:
        candidates = [b for b in self.p.beneficiaries.values() if "CORBAS" not in b.sites]
        mtype = self.p.meeting_types[LAW_TYPE]
        for _ in range(count):
            for _attempt in range(10):
                ben = self.rng.choice(candidates)
                day = self.rng.choice(list(days))
                start = pick_start(self.rng, [(9 * 60, 16 * 60 + 30)], mtype.minutes)
                assert start is not None
                meeting = dm.Meeting(id=self._next_id(), type=LAW_TYPE, day=day, start=start,
                                     minutes=mtype.minutes, site=LAW_SITE, beneficiaries=(ben.id,),
                                     fixed=True, buffer_minutes=LAW_BUFFER)
                if self._accept(meeting):
                    break

    # -- collective sessions -----------------------------------------------------------------

    def place_collective(self, type_id: str, demand: list[dm.Beneficiary]) -> bool:
        mtype = self.p.meeting_types[type_id]
        site_id = self.rng.choice(COLLECTIVE_SITES)
        site = self.p.sites[site_id]
        day = self.rng.randrange(1, 7)
        staff = [p for p in self.by_skill.get(mtype.skill, []) if not p.sites or site_id in p.sites]
        if len(staff) < mtype.professionals:
            return False
        pros = self.rng.sample(staff, mtype.professionals)
        free = day_intervals(site.open, day, empty_means_all=False)
        for pro in pros:
            free = intersect(free, day_intervals(pro.available, day))
        start = pick_start(self.rng, free, mtype.minutes)
        if start is None:
            return False
        end = start + mtype.minutes
        meeting = dm.Meeting(id=self._next_id(), type=type_id, day=day, start=start, minutes=mtype.minutes,
                             site=site_id, professionals=tuple(sorted(p.id for p in pros)))
        chosen: list[str] = []
        for ben in demand:
            if len(chosen) >= mtype.max_participants:
                break
            if ben.sites and site_id not in ben.sites:
                continue
            if not any(s <= start and end <= e for s, e in self._ben_free(ben, day)):
                continue
            trial = replace(meeting, beneficiaries=(*chosen, ben.id))
            if all(v.rule == "H7" for v in self.index.check_candidate(trial)):
                chosen.append(ben.id)
        if len(chosen) < mtype.min_participants:
            return False
        return self._accept(replace(meeting, beneficiaries=tuple(chosen)))

    # -- individual meetings -----------------------------------------------------------------

    def place_individual(self, ben: dm.Beneficiary, type_id: str, attempts: int = 8) -> bool:
        mtype = self.p.meeting_types[type_id]
        staff = self.by_skill.get(mtype.skill, [])
        sites = [s for s in (ben.sites or COLLECTIVE_SITES)]
        for _ in range(attempts):
            site_id = self.rng.choice(sites)
            allowed = [p for p in staff if not p.sites or site_id in p.sites]
            if not allowed:
                continue
            referent = next((p for p in allowed if p.id == ben.referent), None)
            pro = referent if referent is not None and self.rng.random() < 0.7 else self.rng.choice(allowed)
            day = self.rng.randrange(1, 7)
            free = intersect(day_intervals(self.p.sites[site_id].open, day, empty_means_all=False),
                             day_intervals(pro.available, day))
            free = intersect(free, self._ben_free(ben, day))
            start = pick_start(self.rng, free, mtype.minutes)
            if start is None:
                continue
            meeting = dm.Meeting(id=self._next_id(), type=type_id, day=day, start=start, minutes=mtype.minutes,
                                 site=site_id, professionals=(pro.id,), beneficiaries=(ben.id,))
            if self._accept(meeting):
                return True
        return False


def plan_week(rng: random.Random, problem: dm.PlanningProblem, target: int, law_count: int,
              law_days: Sequence[int]) -> list[dm.Meeting]:
    """About ``target`` meetings for the week, none breaking a hard rule."""
    placer = WeekPlacer(rng, problem, problem.week.replace("-", ""))
    placer.place_law(law_count, law_days)
    bens = sorted(problem.beneficiaries.values(), key=lambda b: b.id)
    needs: dict[str, list[dm.Beneficiary]] = {}
    individual: list[tuple[dm.Beneficiary, str]] = []
    for ben in bens:
        for req in ben.requirements:
            kind = problem.meeting_types[req.type].kind
            if kind == "collective":
                needs.setdefault(req.type, []).append(ben)
            elif kind == "individual":
                # One placement per meeting the obligation needs; H13 stops any over-planning.
                count = -(-req.minutes // problem.meeting_types[req.type].minutes)
                individual.extend([(ben, req.type)] * count)
    sessions = max(2, target // 12)
    done = 0
    for _ in range(sessions * 3):
        if done >= sessions:
            break
        type_id = "COL_TALK" if done % 3 == 1 else "COL_WORK"
        demand = list(needs.get(type_id, []))
        rng.shuffle(demand)
        done += placer.place_collective(type_id, demand)
    rng.shuffle(individual)
    for ben, type_id in individual:
        if len(placer.placed) >= target:
            break
        placer.place_individual(ben, type_id)
    return placer.placed
