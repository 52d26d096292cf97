"""Staffing over a period: hours planned and held per professional and per skill each ISO week,
unmet demand by skill and site, and the hires needed per skill (docs/reports.md § Effectifs).

- *Planned* = minutes of non-cancelled meetings × professionals listed; *held* = minutes of held
  meetings × professionals present. A meeting counts for its type's skill.
- *Demand* of a skill in a week = Σ over beneficiaries of their weekly requirement for types of that
  skill × days of the week inside both the period and the measure ÷ 7 × the type's professionals ÷
  its maximum participants (a collective session serves several people at once). Weekly averages
  (demand, planned) are period totals × 7 ÷ days of the period.
- *Unmet* (beneficiary-hours) = Σ max(0, weekly requirement (prorated as above) − minutes planned of that type for that
  beneficiary that week), placed at the beneficiary's first allowed site.
- *Available* of a skill = Σ weekly caps of the professionals having it, a cap shared evenly between a
  professional's skills (no cap: 35 h). Hires = ceil((weekly demand − available) / average weekly
  cap of a professional of that skill) — ``domain.report_math.hires_needed``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sosdesk.domain.periods import Period
from sosdesk.domain.report_math import DEFAULT_WEEKLY_MINUTES, hires_needed
from sosdesk.domain.timegrid import week_monday
from sosdesk.store import models as m
from sosdesk.store.engine import Store
from sosdesk.usecases.reports.common import (
    NO_SITE,
    Scope,
    meeting_week,
    meetings,
    people,
    resolve_scope,
    site_names,
    types_by_id,
)


@dataclass(frozen=True, slots=True)
class ProfessionalWeeks:
    professional: str
    name: str
    region: str
    skills: tuple[str, ...]
    cap_minutes: int | None
    planned: tuple[int, ...]  # minutes per week of ``StaffingReport.weeks``
    held: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class SkillWeeks:
    skill: str
    planned: tuple[int, ...]  # professional-minutes per week
    held: tuple[int, ...]
    demand: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class UnmetDemand:
    skill: str
    site: str
    site_name: str
    beneficiaries: int
    unmet_minutes: int  # beneficiary-minutes over the period


@dataclass(frozen=True, slots=True)
class HiringNeed:
    skill: str
    professionals: int
    available_minutes: int  # per week
    demand_minutes: int     # weekly average over the period
    planned_minutes: int    # weekly average over the period
    average_minutes: int    # weekly cap of one professional of this skill
    hires: int


@dataclass(frozen=True, slots=True)
class StaffingReport:
    period: Period
    scope: Scope
    weeks: tuple[str, ...]
    professionals: tuple[ProfessionalWeeks, ...]
    skills: tuple[SkillWeeks, ...]
    unmet: tuple[UnmetDemand, ...]
    hiring: tuple[HiringNeed, ...]


def days_covered(b: m.Beneficiary, monday: date, period: Period) -> int:
    """Days of the week ``monday`` inside both the period and the beneficiary's measure."""
    lo = max(monday, period.first, b.measure_start or monday)
    hi = min(monday + timedelta(days=7), period.end,
             b.measure_end + timedelta(days=1) if b.measure_end else period.end)
    return max(0, (hi - lo).days)


def build(store: Store, period: Period, region: str | None = None) -> StaffingReport:
    scope = resolve_scope(store, region)
    weeks = tuple(period.weeks())
    index = {w: i for i, w in enumerate(weeks)}
    n = len(weeks)
    with store.session() as s:
        types = types_by_id(s)
        sites = site_names(s)
        rows = meetings(s, period, scope.region)
        pros = [p for p in people(s, m.Professional, scope.region)]
        bens = [b for b in people(s, m.Beneficiary, scope.region) if not b.deleted]
    pro_planned: dict[str, list[int]] = defaultdict(lambda: [0] * n)
    pro_held: dict[str, list[int]] = defaultdict(lambda: [0] * n)
    sk_planned: dict[str, list[int]] = defaultdict(lambda: [0] * n)
    sk_held: dict[str, list[int]] = defaultdict(lambda: [0] * n)
    ben_planned: dict[tuple[str, str, int], int] = defaultdict(int)
    for mt in rows:
        if mt.status == "cancelled":
            continue
        w = index[meeting_week(mt)]
        skill = types[mt.type_id].skill if mt.type_id in types else ""
        listed = set(mt.professionals)
        for pid in listed:
            pro_planned[pid][w] += mt.minutes
        if skill:
            sk_planned[skill][w] += mt.minutes * len(listed)
        if mt.status == "held":
            present = set(mt.present_professionals())
            for pid in present:
                pro_held[pid][w] += mt.minutes
            if skill:
                sk_held[skill][w] += mt.minutes * len(present)
        for bid in set(mt.beneficiaries):
            ben_planned[(bid, mt.type_id, w)] += mt.minutes

    demand: dict[str, list[Decimal]] = defaultdict(lambda: [Decimal(0)] * n)
    unmet: dict[tuple[str, str], int] = defaultdict(int)
    unmet_people: dict[tuple[str, str], set[str]] = defaultdict(set)
    mondays = [week_monday(w) for w in weeks]
    for b in bens:
        site = str(b.sites[0]) if b.sites else NO_SITE
        needs = [(t, int(req.get("minutes", 0))) for req in b.requirements
                 if (t := types.get(str(req.get("type")))) is not None and t.skill]
        if not needs:
            continue
        bid = b.id
        for w, monday in enumerate(mondays):
            days = days_covered(b, monday, period)
            if not days:
                continue
            for mtype, weekly in needs:
                minutes = Decimal(weekly * days) / 7  # a part week asks part of it
                demand[mtype.skill][w] += minutes * max(mtype.professionals, 1) / max(mtype.max_participants, 1)
                gap = int(minutes.quantize(Decimal(1), rounding=ROUND_HALF_UP)) - ben_planned.get((bid, mtype.id, w), 0)
                if gap > 0:
                    unmet[(mtype.skill, site)] += gap
                    unmet_people[(mtype.skill, site)].add(bid)

    def whole(values: list[Decimal]) -> tuple[int, ...]:
        return tuple(int(v.quantize(Decimal(1), rounding=ROUND_HALF_UP)) for v in values)

    used = {p for p in pro_planned} | {p for p in pro_held}
    pro_rows = tuple(sorted(
        (ProfessionalWeeks(p.id, p.display_name, p.region_id, tuple(str(x) for x in p.skills), p.max_minutes_per_week,
                           tuple(pro_planned.get(p.id, [0] * n)), tuple(pro_held.get(p.id, [0] * n)))
         for p in pros if not p.deleted or p.id in used),
        key=lambda r: (r.name.casefold(), r.professional)))

    available: dict[str, Decimal] = defaultdict(Decimal)
    caps: dict[str, list[int]] = defaultdict(list)
    for p in pros:
        if p.deleted or not p.skills:
            continue
        cap = p.max_minutes_per_week or DEFAULT_WEEKLY_MINUTES
        for skill in p.skills:
            available[str(skill)] += Decimal(cap) / len(p.skills)
            caps[str(skill)].append(cap)
    skills = sorted(set(demand) | set(sk_planned) | set(available))
    skill_rows = tuple(SkillWeeks(k, tuple(sk_planned.get(k, [0] * n)), tuple(sk_held.get(k, [0] * n)),
                                  whole(demand.get(k, [Decimal(0)] * n))) for k in skills)
    hiring: list[HiringNeed] = []
    for row in skill_rows:
        weekly_demand = round(sum(row.demand) * 7 / period.days)
        weekly_planned = round(sum(row.planned) * 7 / period.days)
        avail = int(available.get(row.skill, Decimal(0)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        average = round(sum(caps[row.skill]) / len(caps[row.skill])) if caps.get(row.skill) else DEFAULT_WEEKLY_MINUTES
        hiring.append(HiringNeed(row.skill, len(caps.get(row.skill, [])), avail, weekly_demand, weekly_planned,
                                 average, hires_needed(weekly_demand, avail, average)))
    unmet_rows = tuple(sorted(
        (UnmetDemand(skill, site, sites.get(site, site), len(unmet_people[(skill, site)]), minutes)
         for (skill, site), minutes in unmet.items()),
        key=lambda r: (-r.unmet_minutes, r.skill, r.site_name)))
    return StaffingReport(period, scope, weeks, pro_rows, skill_rows, unmet_rows, tuple(hiring))
