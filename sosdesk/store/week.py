"""Reading a week of the database as a planning problem; the row a planned meeting is written as
(the write itself goes through the gate: ``sosdesk.usecases.plans.apply_plan``)."""

from __future__ import annotations

import uuid
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from sosdesk.domain import model as dm
from sosdesk.domain.timegrid import (
    local_day_minute,
    week_bounds_utc,
    week_monday,
    week_slot_to_utc,
)
from sosdesk.store import convert
from sosdesk.store import models as m
from sosdesk.store.dates import dated_windows

T = TypeVar("T")


def _scoped(session: Session, model: type[T], region: str | None) -> list[T]:
    q = select(model).where(model.deleted.is_(False))  # type: ignore[attr-defined]
    if region is not None and hasattr(model, "region_id"):
        q = q.where(model.region_id == region)  # type: ignore[attr-defined]
    return list(session.scalars(q))


def load_reference(session: Session, region: str | None = None, week: str = "") -> dm.PlanningProblem:
    """Sites, types, people and travel of a region (all regions when None), without meetings."""
    sites = {r.id: convert.site(r) for r in _scoped(session, m.Site, region)}
    types = {r.id: convert.meeting_type(r) for r in _scoped(session, m.MeetingType, None)}
    pros = {r.id: convert.professional(r) for r in _scoped(session, m.Professional, region)}
    bens = {r.id: convert.beneficiary(r) for r in _scoped(session, m.Beneficiary, region)}
    travel_rows = [t for t in _scoped(session, m.TravelTime, None)
                   if t.from_site in sites or t.to_site in sites]
    dated = dated_windows(session, week, sites) if week else ()
    return dm.PlanningProblem(week=week, sites=sites, meeting_types=types, professionals=pros,
                              beneficiaries=bens, travel=convert.travel(travel_rows), dated=dated)


def week_meeting_rows(session: Session, week: str, region: str | None = None,
                      include_cancelled: bool = False) -> list[m.Meeting]:
    start, end = week_bounds_utc(week)
    q = select(m.Meeting).where(m.Meeting.deleted.is_(False), m.Meeting.start >= start,
                                m.Meeting.start < end)
    if region is not None:
        q = q.where(m.Meeting.region_id == region)
    if not include_cancelled:
        q = q.where(m.Meeting.status != "cancelled")
    return list(session.scalars(q.order_by(m.Meeting.start, m.Meeting.id)))


def to_week_meeting(row: m.Meeting, week: str) -> dm.Meeting:
    """A stored meeting in week-local coordinates (ISO weekday, minute of the local day)."""
    local_date, minute = local_day_minute(row.start)
    day = (local_date - week_monday(week)).days + 1
    return dm.Meeting(id=row.id, type=row.type_id, day=day, start=minute, minutes=row.minutes,
                      site=row.site_id, professionals=tuple(row.professionals),
                      beneficiaries=tuple(row.beneficiaries), fixed=row.fixed,
                      buffer_minutes=row.buffer_minutes, status=row.status)


def load_week(session: Session, week: str, region: str | None = None
              ) -> tuple[dm.PlanningProblem, list[dm.Meeting]]:
    """The week as the rules see it: reference data plus the week's non-cancelled meetings.

    Meetings stored as ``fixed`` are also the problem's fixed meetings (H14).
    """
    problem = load_reference(session, region, week)
    meetings = [to_week_meeting(r, week) for r in week_meeting_rows(session, week, region)]
    fixed = tuple(mt for mt in meetings if mt.fixed)
    problem = dm.PlanningProblem(week=week, sites=problem.sites, meeting_types=problem.meeting_types,
                                 professionals=problem.professionals,
                                 beneficiaries=problem.beneficiaries, travel=problem.travel,
                                 fixed=fixed, dated=problem.dated)
    return problem, meetings


def region_of_site(session: Session, site_id: str) -> str:
    site = session.get(m.Site, site_id)
    if site is None:
        raise KeyError(site_id)
    return site.region_id


def new_meeting_row(session: Session, week: str, meeting: dm.Meeting, meeting_id: str | None = None
                    ) -> m.Meeting:
    """Build (and add) a planned meeting row from week-local coordinates."""
    row = m.Meeting(
        id=meeting_id or str(uuid.uuid4()), region_id=region_of_site(session, meeting.site),
        type_id=meeting.type, start=week_slot_to_utc(week, meeting.day, meeting.start),
        minutes=meeting.minutes, site_id=meeting.site, professionals=list(meeting.professionals),
        beneficiaries=list(meeting.beneficiaries), status="planned", attendance={},
        fixed=meeting.fixed, buffer_minutes=meeting.buffer_minutes)
    session.add(row)
    return row
