"""Obligations coverage over a period: per beneficiary and meeting type and per measure, month by
month, and chronic under-coverage (docs/reports.md § Obligations).

- *Required* in a span of days = weekly requirement × days of the span inside the period and the
  measure (``measure_start``..``measure_end``) ÷ 7, rounded half-up to the minute.
- *Planned* = non-cancelled meetings of that type listing the beneficiary; *held* = held meetings
  where the beneficiary's attendance is ``present``. Coverage = held ÷ required.
- *Chronic under-coverage*: held below 50 % of the required (all types together) for 3 consecutive
  finished ISO weeks (weeks that ended before ``today``) — ``domain.report_math``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sosdesk.domain.periods import Period
from sosdesk.domain.report_math import CHRONIC_WEEKS, longest_run_below, rate
from sosdesk.domain.timegrid import week_monday
from sosdesk.store import models as m
from sosdesk.store.engine import Store
from sosdesk.usecases.reports.common import (
    Scope,
    meeting_month,
    meeting_week,
    meetings,
    people,
    resolve_scope,
    types_by_id,
)


@dataclass(frozen=True, slots=True)
class CoverageRow:
    beneficiary: str
    name: str
    region: str
    measure: str
    type: str
    type_label: str
    month: str
    required_minutes: int
    planned_minutes: int
    held_minutes: int

    @property
    def coverage(self) -> Decimal | None:
        return rate(self.held_minutes, self.required_minutes)


@dataclass(frozen=True, slots=True)
class MeasureMonth:
    measure: str
    month: str
    beneficiaries: int
    required_minutes: int
    held_minutes: int

    @property
    def coverage(self) -> Decimal | None:
        return rate(self.held_minutes, self.required_minutes)


@dataclass(frozen=True, slots=True)
class ChronicCase:
    beneficiary: str
    name: str
    region: str
    measure: str
    weeks_below: int  # longest run of consecutive finished weeks under the threshold
    weekly: tuple[Decimal | None, ...]  # coverage % per week of ``ObligationsReport.weeks``


@dataclass(frozen=True, slots=True)
class ObligationsReport:
    period: Period
    scope: Scope
    months: tuple[str, ...]
    weeks: tuple[str, ...]
    finished_weeks: int  # how many of ``weeks`` ended before today
    rows: tuple[CoverageRow, ...]
    measures: tuple[MeasureMonth, ...]
    weekly_coverage: tuple[Decimal | None, ...]  # all beneficiaries together, per week
    chronic: tuple[ChronicCase, ...]
    required_to_date: int  # required from the period's start to today (the headline's base)
    held_minutes: int

    @property
    def coverage_to_date(self) -> Decimal | None:
        return rate(self.held_minutes, self.required_to_date)


def _overlap(a0: date, a1: date, b0: date | None, b1: date | None) -> tuple[date, date]:
    """Half-open [a0, a1) clipped to the measure [b0, b1] (inclusive end)."""
    lo = max(a0, b0) if b0 else a0
    hi = min(a1, b1 + timedelta(days=1)) if b1 else a1
    return lo, hi


def prorated(weekly_minutes: int, days: int) -> int:
    """weekly × days ÷ 7, half-up to the minute."""
    return int((Decimal(weekly_minutes) * days / 7).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _required(b: m.Beneficiary, lo: date, hi: date) -> dict[str, int]:
    lo, hi = _overlap(lo, hi, b.measure_start, b.measure_end)
    days = max(0, (hi - lo).days)
    return {str(r["type"]): prorated(int(r["minutes"]), days) for r in b.requirements} if days else {}


def build(store: Store, period: Period, region: str | None = None, today: date | None = None) -> ObligationsReport:
    scope = resolve_scope(store, region)
    today = today or date.today()
    months, weeks = tuple(period.months()), tuple(period.weeks())
    with store.session() as s:
        types = types_by_id(s)
        rows = meetings(s, period, scope.region)
        bens = people(s, m.Beneficiary, scope.region)
    planned: dict[tuple[str, str, str], int] = defaultdict(int)
    held: dict[tuple[str, str, str], int] = defaultdict(int)
    held_week: dict[tuple[str, str], int] = defaultdict(int)
    for mt in rows:
        if mt.status == "cancelled":
            continue
        month, week = meeting_month(mt), meeting_week(mt)
        for bid in set(mt.beneficiaries):
            planned[(bid, mt.type_id, month)] += mt.minutes
            if mt.status == "held" and (mt.attendance or {}).get(bid) == "present":
                held[(bid, mt.type_id, month)] += mt.minutes
                held_week[(bid, week)] += mt.minutes
    seen = {bid for bid, _, _ in planned}
    planned_types: dict[tuple[str, str], set[str]] = defaultdict(set)
    for bid, tid, month in planned:
        planned_types[(bid, month)].add(tid)
    out: list[CoverageRow] = []
    per_measure: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    measure_people: dict[tuple[str, str], set[str]] = defaultdict(set)
    finished = [w for w in weeks if week_monday(w) + timedelta(days=7) <= today]
    total_req = [0] * len(finished)
    total_held = [0] * len(finished)
    chronic: list[ChronicCase] = []
    to_date = 0
    elapsed_end = min(period.end, today + timedelta(days=1))
    for b in bens:
        if b.deleted and b.id not in seen:
            continue
        measure = b.measure or "sans mesure"
        if elapsed_end > period.first:
            to_date += sum(_required(b, period.first, elapsed_end).values())
        for month in months:
            y, mo = int(month[:4]), int(month[5:7])
            first = max(period.first, date(y, mo, 1))
            nxt = min(period.end, date(y + 1, 1, 1) if mo == 12 else date(y, mo + 1, 1))
            required = _required(b, first, nxt)
            kinds = set(required) | planned_types.get((b.id, month), set())
            for tid in sorted(kinds):
                req = required.get(tid, 0)
                pl, hd = planned.get((b.id, tid, month), 0), held.get((b.id, tid, month), 0)
                if not (req or pl):
                    continue
                label = types[tid].label if tid in types else tid
                out.append(CoverageRow(b.id, b.display_name, b.region_id, measure, tid, label or tid, month,
                                       req, pl, hd))
                acc = per_measure[(measure, month)]
                acc[0] += req
                acc[1] += hd
                measure_people[(measure, month)].add(b.id)
        weekly: list[Decimal | None] = []
        for i, w in enumerate(finished):
            monday = week_monday(w)
            req = sum(_required(b, max(monday, period.first), min(monday + timedelta(days=7), period.end)).values())
            got = held_week.get((b.id, w), 0)
            total_req[i] += req
            total_held[i] += got
            weekly.append(rate(got, req))
        run = longest_run_below(weekly)
        if run >= CHRONIC_WEEKS:
            chronic.append(ChronicCase(b.id, b.display_name, b.region_id, measure, run, tuple(weekly)))
    out.sort(key=lambda r: (r.name.casefold(), r.beneficiary, r.month, r.type))
    measures = tuple(MeasureMonth(k[0], k[1], len(measure_people[k]), v[0], v[1])
                     for k, v in sorted(per_measure.items()))
    chronic.sort(key=lambda c: (-c.weeks_below, c.name.casefold()))
    overall = tuple(rate(h, r) for h, r in zip(total_held, total_req, strict=True))
    return ObligationsReport(period, scope, months, tuple(finished), len(finished), tuple(out), measures,
                             overall, tuple(chronic), to_date, sum(x.held_minutes for x in out))
