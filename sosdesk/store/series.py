"""Weekly series of meetings (issue 12): the occurrences of a series and series-wide moves.

A series is the meetings sharing a ``series_id`` (made by « Répéter chaque semaine »). An
occurrence moved, changed or cancelled on its own stays in the series and becomes an *exception*:
it no longer looks like the occurrence a series-wide edit starts from, so that edit leaves it alone,
and extending the series never brings a cancelled one back (``ops_meetings.series_weeks``). No
extra field is stored: the exception is what differs (docs/planning-calendar.md « Séries »).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from sosdesk.domain import model as dm
from sosdesk.domain.rules import WeekIndex
from sosdesk.domain.timegrid import local_day_minute, week_monday, week_of
from sosdesk.store import models as m
from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store
from sosdesk.store.ops_meetings import (
    CopyReport,
    EditRefused,
    Skipped,
    _place,
    _require,
    _row,
)
from sosdesk.store.week import load_week


@dataclass(frozen=True)
class Occurrence:
    """One meeting of a series as the calendar lists it."""

    meeting_id: str
    week: str
    day: date
    start_minute: int
    status: str
    exception: bool  # differs from the occurrence the question was asked about (moved, changed, cancelled)


def _pattern(row: m.Meeting) -> tuple[object, ...]:
    """What makes two occurrences « the same » : weekday, local time, duration, place, type, people."""
    day, minute = local_day_minute(row.start)
    return (day.isoweekday(), minute, row.minutes, row.site_id, row.type_id, tuple(row.professionals),
            tuple(row.beneficiaries))


def series_rows(session: Session, series_id: str) -> list[m.Meeting]:
    return list(session.scalars(select(m.Meeting).where(m.Meeting.series_id == series_id,
                                                        m.Meeting.deleted.is_(False))
                                .order_by(m.Meeting.start, m.Meeting.id)))


def occurrences(session: Session, meeting_id: str) -> list[Occurrence]:
    """Every occurrence of the meeting's series (just itself when it has none), each flagged as an
    exception when it is cancelled or differs from this one."""
    row = _row(session, meeting_id)
    rows = series_rows(session, row.series_id) if row.series_id else [row]
    ref = _pattern(row)
    out = []
    for r in rows:
        day, minute = local_day_minute(r.start)
        out.append(Occurrence(r.id, week_of(day), day, minute, r.status,
                              r.status == "cancelled" or _pattern(r) != ref))
    return out


def following(session: Session, meeting_id: str, include_exceptions: bool = False) -> list[m.Meeting]:
    """This occurrence and the later planned ones of its series that look like it (all later planned
    ones with ``include_exceptions``)."""
    row = _row(session, meeting_id)
    if not row.series_id:
        return [row] if row.status == "planned" else []
    ref = _pattern(row)
    return [r for r in series_rows(session, row.series_id)
            if r.start >= row.start and r.status == "planned"
            and (r.id == row.id or include_exceptions or _pattern(r) == ref)]


def series_placements(session: Session, meeting_id: str, edited: dm.Meeting) -> list[tuple[str, dm.Meeting]]:
    """Where each following occurrence goes when ``edited`` (the new form of ``meeting_id``, in its
    own week) is applied to the whole series: same weekday shift, time, place, type and people."""
    row = _row(session, meeting_id)
    src_day = local_day_minute(row.start)[0]
    shift = edited.day - src_day.isoweekday()
    out = []
    for r in following(session, meeting_id):
        day = local_day_minute(r.start)[0] + timedelta(days=shift)
        week = week_of(day)
        out.append((week, replace(edited, id=r.id, day=day.isoweekday(), fixed=r.fixed,
                                  buffer_minutes=r.buffer_minutes, status="planned")))
    return out


def move_series(store: Store, placements: Sequence[tuple[str, dm.Meeting]], label: str,
                first_id: str, reason: str = "") -> tuple[CopyReport, Changes]:
    """Write a series-wide edit: ``first_id`` (the occurrence being edited) must fit or nothing is
    written; each later occurrence that would break a rule there (a holiday, a closure, a leave…)
    stays where it is and is listed in ``report.skipped``."""
    report = CopyReport()
    with store.transaction(label, reason=reason) as (session, changes):
        _require(store, "plan", session)
        by_week: dict[str, list[dm.Meeting]] = {}
        for week, mt in placements:
            by_week.setdefault(week, []).append(mt)
        for week, items in by_week.items():
            problem, meetings = load_week(session, week)
            index = WeekIndex(problem, meetings)
            for mt in items:
                row = _row(session, mt.id)
                found = index.check_candidate(mt)
                if found:
                    messages = list(dict.fromkeys(v.message for v in found))
                    if mt.id == first_id:
                        raise EditRefused(found)
                    report.skipped.append(Skipped(mt.id, week, messages,
                                                  week_monday(week) + timedelta(days=mt.day - 1)))
                    continue
                _place(row, week, mt)
                index.replace(mt)
                report.created.append(mt.id)
    return report, changes
