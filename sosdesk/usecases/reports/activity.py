"""Activity over a period: held, no-show and late-cancellation rates per meeting type and site, month
by month, and the reminders' effect (docs/reports.md § Activité).

One outcome per meeting: *held* (held, someone present), *no-show* (held, attendance recorded for
everyone, nobody present), *late cancellation* (cancelled less than the rate table's notice hours
before its start — the rule billing applies, pricing.md §3), *cancelled in time*, *to record*
(held with some attendance missing). Rates are over *due* meetings = held + no-show + late
cancellation. A meeting is *reminded* when some reminder for it was sent before its start.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select

from sosdesk.domain.attendance import held_incomplete
from sosdesk.domain.periods import Period
from sosdesk.domain.report_math import rate
from sosdesk.invoicing.rates import load_schedule
from sosdesk.store.engine import Store
from sosdesk.store.notify_models import ReminderMessage
from sosdesk.usecases.reports.common import (
    MeetingRow,
    Scope,
    local_day,
    meeting_month,
    meetings,
    resolve_scope,
    site_names,
    types_by_id,
)

OUTCOMES = ("held", "no_show", "late_cancel", "cancelled", "to_record")
SENT_STATES = ("sent",)


@dataclass(frozen=True, slots=True)
class Counts:
    held: int = 0
    no_show: int = 0
    late_cancel: int = 0
    cancelled: int = 0
    to_record: int = 0

    @property
    def due(self) -> int:
        return self.held + self.no_show + self.late_cancel

    @property
    def held_rate(self) -> Decimal | None:
        return rate(self.held, self.due)

    @property
    def no_show_rate(self) -> Decimal | None:
        return rate(self.no_show, self.due)

    @property
    def late_cancel_rate(self) -> Decimal | None:
        return rate(self.late_cancel, self.due)

    @property
    def missed_rate(self) -> Decimal | None:
        """No-shows and late cancellations together: what a reminder is meant to prevent."""
        return rate(self.no_show + self.late_cancel, self.due)


@dataclass(frozen=True, slots=True)
class ActivityRow:
    month: str
    type: str
    type_label: str
    site: str
    site_name: str
    counts: Counts


@dataclass(frozen=True, slots=True)
class ReminderEffect:
    month: str
    reminded: Counts
    not_reminded: Counts


@dataclass(frozen=True, slots=True)
class ActivityReport:
    period: Period
    scope: Scope
    months: tuple[str, ...]
    rows: tuple[ActivityRow, ...]
    by_month: tuple[tuple[str, Counts], ...]
    reminders: tuple[ReminderEffect, ...]
    total: Counts


def outcome_of(mt: MeetingRow, notice_hours: int) -> str | None:
    """The meeting's outcome for the activity report (None: still planned)."""
    if mt.status == "cancelled":
        if mt.cancelled_at is not None and mt.start - mt.cancelled_at < timedelta(hours=notice_hours):
            return "late_cancel"
        return "cancelled"
    if mt.status != "held":
        return None
    if held_incomplete(mt.status, mt.beneficiaries, mt.attendance or {}):
        return "to_record"
    return "held" if any(v == "present" for v in (mt.attendance or {}).values()) else "no_show"


def build(store: Store, period: Period, region: str | None = None) -> ActivityReport:
    scope = resolve_scope(store, region)
    months = tuple(period.months())
    with store.session() as s:
        types = types_by_id(s)
        sites = site_names(s)
        rows = meetings(s, period, scope.region)
        schedule = load_schedule(s)
        ids = [r.id for r in rows]
        reminded: set[str] = set()
        starts = {r.id: r.start for r in rows}
        for chunk in range(0, len(ids), 900):
            part = ids[chunk:chunk + 900]
            for mid, sent_at in s.execute(select(ReminderMessage.meeting_id, ReminderMessage.sent_at).where(
                    ReminderMessage.meeting_id.in_(part), ReminderMessage.state.in_(SENT_STATES))):
                if sent_at is None or sent_at <= starts[mid]:
                    reminded.add(mid)
    notice: dict[date, int] = {}
    cells: dict[tuple[str, str, str], dict[str, int]] = defaultdict(lambda: dict.fromkeys(OUTCOMES, 0))
    months_acc: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(OUTCOMES, 0))
    effect: dict[tuple[str, bool], dict[str, int]] = defaultdict(lambda: dict.fromkeys(OUTCOMES, 0))
    totals = dict.fromkeys(OUTCOMES, 0)
    for mt in rows:
        day = local_day(mt.start)
        if day not in notice:
            table = schedule.table_for(day)
            notice[day] = table.notice_hours if table is not None else 24
        result = outcome_of(mt, notice[day])
        if result is None:
            continue
        month = meeting_month(mt)
        key = (month, mt.type_id, mt.site_id)
        for acc in (cells[key], months_acc[month], effect[(month, mt.id in reminded)], totals):
            acc[result] += 1
    out = tuple(ActivityRow(month, tid, (types[tid].label if tid in types else tid) or tid, site,
                            sites.get(site, site), Counts(**c)) for (month, tid, site), c in sorted(
        cells.items(), key=lambda kv: (kv[0][0], kv[0][1], sites.get(kv[0][2], kv[0][2]))))
    empty = dict.fromkeys(OUTCOMES, 0)
    return ActivityReport(period, scope, months, out,
                          tuple((mo, Counts(**months_acc.get(mo, empty))) for mo in months),
                          tuple(ReminderEffect(mo, Counts(**effect.get((mo, True), empty)),
                                               Counts(**effect.get((mo, False), empty))) for mo in months),
                          Counts(**totals))
