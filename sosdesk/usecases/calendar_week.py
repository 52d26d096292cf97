"""Read use case of the planning page — the week the calendar shows: the planning problem, its meetings (cancelled ones too), the rule
index for live checks, and display facts (colours, names). Refreshed per changed meeting id."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import String, select, type_coerce

from sosdesk.domain import model as dm
from sosdesk.domain.attendance import missing_reason
from sosdesk.domain.coverage import WeekSummary, coverage_over, covered_minutes, summarize
from sosdesk.domain.rules import WeekIndex, obligations
from sosdesk.domain.rules_base import required_minutes
from sosdesk.domain.timegrid import local_day_minute, week_bounds_utc, week_monday
from sosdesk.store import Store
from sosdesk.store import models as m
from sosdesk.store.dates import dated_windows
from sosdesk.store.week import load_reference, to_week_meeting

DEFAULT_COLORS = ("#4e79a7", "#59a14f", "#e15759", "#f28e2b", "#76b7b2", "#edc948", "#b07aa1", "#9c755f")


@dataclass
class CalMeeting:
    """One meeting as drawn: week-local placement plus status, attendance and proof."""

    meeting: dm.Meeting
    status: str
    attendance: dict[str, str]
    proof: str | None
    note: str
    end_utc: datetime
    series_id: str | None = None

    @property
    def id(self) -> str:
        return self.meeting.id

    def ended(self, now: datetime) -> bool:
        return self.end_utc <= now

    def attendance_missing(self, now: datetime) -> bool:
        """The one rule of ``domain.attendance`` (the same as billing's missing proof)."""
        mt = self.meeting
        start = self.end_utc - timedelta(minutes=mt.minutes)
        return bool(missing_reason(self.status, mt.beneficiaries, self.attendance, start, mt.minutes, now))

    def no_show(self) -> bool:
        return (self.status == "held" and bool(self.attendance)
                and not any(v == "present" for v in self.attendance.values()))


WEEK_COLUMNS = (m.Meeting.id, m.Meeting.type_id, m.Meeting.start, m.Meeting.minutes, m.Meeting.site_id,
                m.Meeting.professionals, m.Meeting.beneficiaries, m.Meeting.fixed, m.Meeting.buffer_minutes,
                m.Meeting.status, m.Meeting.attendance, m.Meeting.proof, m.Meeting.note, m.Meeting.series_id)


def _cal(row: Any, week: str) -> CalMeeting:
    """A meeting row (ORM object or plain row with the same names) as the calendar draws it."""
    return CalMeeting(to_week_meeting(row, week), row.status, dict(row.attendance or {}), row.proof,
                      row.note, row.start + timedelta(minutes=row.minutes), row.series_id)


# The same columns with the JSON lists and the start instant left as stored text: a week of a large
# region is ~1,700 rows sharing few start instants and professional lists, so each distinct text is
# decoded once per load instead of once per row (issue 13: week switch < 150 ms).
_RAW_COLUMNS = tuple(type_coerce(c, String).label(c.key) if c.key in ("start", "professionals", "beneficiaries",
                                                                        "attendance") else c
                     for c in WEEK_COLUMNS)


def _decoder() -> tuple[Callable[[str | None], Any], Callable[[str, str], tuple[int, int, datetime]]]:
    """Memoised decoders for one load: JSON text → value (lists as tuples), stored start →
    (day of the week, minute of the local day, UTC instant)."""
    values: dict[str | None, Any] = {}
    places: dict[str, tuple[int, int, datetime]] = {}

    def value(text: str | None) -> Any:
        try:
            return values[text]
        except KeyError:
            v = json.loads(text) if text else None
            v = values[text] = tuple(v) if isinstance(v, list) else v
            return v

    def place(text: str, week: str) -> tuple[int, int, datetime]:
        try:
            return places[text]
        except KeyError:
            instant = datetime.fromisoformat(text)
            instant = instant.replace(tzinfo=UTC) if instant.tzinfo is None else instant.astimezone(UTC)
            local_date, minute = local_day_minute(instant)
            p = places[text] = ((local_date - week_monday(week)).days + 1, minute, instant)
            return p

    return value, place


def _cal_raw(row: Any, week: str, value: Callable[[str | None], Any],
             place: Callable[[str, str], tuple[int, int, datetime]]) -> CalMeeting:
    """``_cal`` for a row of ``_RAW_COLUMNS`` (unpacked by position: a row's attribute lookups
    by name were a third of a large week's read)."""
    (mid, type_id, start_text, minutes, site_id, pros, bens, fixed, buffer_minutes, status, attendance, proof, note,
     series_id) = row
    day, minute, start = place(start_text, week)
    meeting = dm.Meeting(mid, type_id, day, minute, minutes, site_id, value(pros) or (), value(bens) or (), fixed,
                         buffer_minutes, status)
    return CalMeeting(meeting, status, dict(value(attendance) or {}), proof, note, start + timedelta(minutes=minutes),
                      series_id)


Uncovered = list[tuple[tuple[str, str], dm.ObligationStatus]]
_REQUIRED: dict[int, tuple[object, Uncovered]] = {}


def _uncovered(problem: dm.PlanningProblem) -> Uncovered:
    """Every required (beneficiary, type) at 0 minutes, sorted, computed once per set of
    beneficiaries (the reference data is shared by every week the page shows)."""
    key = id(problem.beneficiaries)
    hit = _REQUIRED.get(key)
    if hit is None or hit[0] is not problem.beneficiaries:
        _REQUIRED.clear()
        required = required_minutes(problem)
        hit = _REQUIRED[key] = (problem.beneficiaries, [((b, t), dm.ObligationStatus(b, t, 0, required[(b, t)]))
                                                        for b, t in sorted(required)])
    return hit[1]


@dataclass
class WeekData:
    week: str
    problem: dm.PlanningProblem
    meetings: dict[str, CalMeeting]
    index_: WeekIndex | None = None  # built on first use (a drag, an edit, a check): see ``index``
    colors: dict[str, str] = field(default_factory=dict)
    violations: list[dm.Violation] = field(default_factory=list)
    violations_by_meeting: dict[str, list[dm.Violation]] = field(default_factory=dict)
    checked: bool = False  # the whole-week check runs just after the week is shown (see recheck)
    # A French meeting-type label → as the window shows it (its language); the CLI keeps French.
    label_of: Callable[[str], str] = field(default=str)

    @property
    def index(self) -> WeekIndex:
        """The rule index of the week, built when first needed: showing a week does not need it."""
        if self.index_ is None:
            self.index_ = WeekIndex(self.problem, self.active())
        return self.index_

    def recheck(self) -> set[str]:
        """Judge the whole week again (H1–H14, cancelled meetings ignored); return the meeting ids
        whose broken rules changed, so only their blocks are repainted."""
        return self.apply_violations(self.index.violations())

    @staticmethod
    def judge(problem: dm.PlanningProblem, meetings: list[dm.Meeting]) -> list[dm.Violation]:
        """The whole-week check on its own copy of the week (safe to run off the GUI thread)."""
        return WeekIndex(problem, meetings).violations()

    def apply_violations(self, found: list[dm.Violation]) -> set[str]:
        """Take the week's broken rules; return the meeting ids whose broken rules changed."""
        self.checked = True
        by_meeting: dict[str, list[dm.Violation]] = {}
        for v in found:
            for mid in dict.fromkeys(v.meetings):
                by_meeting.setdefault(mid, []).append(v)
        old = self.violations_by_meeting
        changed = {mid for mid in old.keys() | by_meeting.keys() if old.get(mid) != by_meeting.get(mid)}
        self.violations, self.violations_by_meeting = found, by_meeting
        return changed

    def violations_of(self, meeting_id: str) -> list[dm.Violation]:
        return self.violations_by_meeting.get(meeting_id, [])

    @classmethod
    def load(cls, store: Store, week: str, reference: dm.PlanningProblem | None = None,
             label_of: Callable[[str], str] = str) -> WeekData:
        """Read the week; ``reference`` (sites, types, people of an earlier load) is reused when
        given, since only meetings differ from one week to the next."""
        start, end = week_bounds_utc(week)
        with store.session() as s:
            if reference is None:
                reference = load_reference(s, None, week)
            # Plain rows, not ORM objects: a week of a large region is ~1,500 meetings (issue 13).
            rows = s.execute(select(*_RAW_COLUMNS).where(
                m.Meeting.deleted.is_(False), m.Meeting.start >= start, m.Meeting.start < end))
            value, place = _decoder()
            meetings = {r.id: _cal_raw(r, week, value, place) for r in rows}
            fixed = tuple(c.meeting for c in meetings.values() if c.meeting.fixed and c.status != "cancelled")
            # Leave, closures and holidays differ from week to week (issue 12): always read them.
            problem = replace(reference, week=week, fixed=fixed, dated=dated_windows(s, week, reference.sites))
            type_rows = s.scalars(select(m.MeetingType).where(m.MeetingType.deleted.is_(False))
                                  .order_by(m.MeetingType.id))
            colors = {t.id: t.color or DEFAULT_COLORS[i % len(DEFAULT_COLORS)]
                      for i, t in enumerate(type_rows)}
        return cls(week, problem, meetings, None, colors, label_of=label_of)

    def refresh(self, store: Store, ids: Iterable[str]) -> set[str]:
        """Re-read these meetings (gone, moved out of the week, or changed); return the ids touched."""
        start, end = week_bounds_utc(self.week)
        touched: set[str] = set()
        with store.session() as s:
            for mid in ids:
                row = s.get(m.Meeting, mid)
                if row is None or row.deleted or not start <= row.start < end:
                    if self.meetings.pop(mid, None) is not None:
                        touched.add(mid)
                    if self.index_ is not None:
                        self.index_.remove(mid)
                    continue
                cal = _cal(row, self.week)
                self.meetings[mid] = cal
                if self.index_ is not None:
                    self.index_.replace(cal.meeting)
                touched.add(mid)
        return touched

    def active(self) -> list[dm.Meeting]:
        return [c.meeting for c in self.meetings.values() if c.status != "cancelled"]

    def obligations(self) -> list[dm.ObligationStatus]:
        """Coverage of each obligation by what can still count (``domain.coverage``): a no-show or
        an excused absence covers nothing."""
        return coverage_over(_uncovered(self.problem),
                             covered_minutes((c.meeting, c.attendance) for c in self.meetings.values()))

    def planned_obligations(self) -> list[dm.ObligationStatus]:
        """Scheduled minutes whatever the attendance (``rules.obligations``)."""
        return obligations(self.problem, self.active())

    def summary(self, rows: list[dm.ObligationStatus]) -> WeekSummary:
        return summarize(self.problem, rows)

    def shown_beneficiaries(self, mode: str, resources: tuple[str, ...]) -> frozenset[str]:
        """The beneficiaries the calendar shows: the chosen ones, or those met this week by (or
        followed by) the shown professionals, or those met at the shown site."""
        shown = set(resources)
        if mode == "beneficiary":
            return frozenset(shown)
        out: set[str] = set()
        for c in self.meetings.values():
            if c.status == "cancelled":
                continue
            mt = c.meeting
            if (mode == "site" and mt.site in shown) or (mode != "site" and shown & set(mt.professionals)):
                out.update(mt.beneficiaries)
        if mode != "site":
            out.update(b.id for b in self.problem.beneficiaries.values() if b.referent in shown)
        return frozenset(out)

    # -- names ---------------------------------------------------------------------------------
    def ben_name(self, bid: str, short: bool = False) -> str:
        b = self.problem.beneficiaries.get(bid)
        if b is None:
            return bid
        if short:
            return "".join(p[:1].upper() + "." for p in (b.first_name, b.last_name) if p) or bid
        return f"{b.first_name} {b.last_name}".strip() or bid

    def pro_name(self, pid: str, short: bool = False) -> str:
        p = self.problem.professionals.get(pid)
        if p is None:
            return pid
        if short:
            return "".join(x[:1].upper() + "." for x in (p.first_name, p.last_name) if x) or pid
        return f"{p.first_name} {p.last_name}".strip() or pid

    def site_name(self, sid: str) -> str:
        site = self.problem.sites.get(sid)
        return (site.name or sid) if site else sid

    def type_label(self, tid: str) -> str:
        t = self.problem.meeting_types.get(tid)
        return self.label_of(t.label) if t and t.label else tid

    def missing_attendance(self, now: datetime | None = None) -> list[CalMeeting]:
        instant = now or datetime.now(UTC)
        return sorted((c for c in self.meetings.values() if c.attendance_missing(instant)),
                      key=lambda c: (c.meeting.day, c.meeting.start, c.id))
