"""What every report reads: the scope the acting person may see, the period's meetings, names."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sosdesk.domain.errors import InputError
from sosdesk.domain.periods import Period
from sosdesk.domain.timegrid import local_to_utc, utc_to_local, week_of
from sosdesk.store import models as m
from sosdesk.store.engine import Store
from sosdesk.store.people_rows import scope_region

NO_SITE = "—"


@dataclass(frozen=True, slots=True)
class Scope:
    """The region the report covers (None = every region) and its French name."""

    region: str | None
    label: str


def resolve_scope(store: Store, requested: str | None) -> Scope:
    """A regional user sees their own region; the national coordinator every region or one.
    An unknown region or another region than one's own is an ``InputError`` (CLI exit 2)."""
    allowed = scope_region(store.current_user())
    with store.session() as s:
        regions = {r.id: r.name for r in s.scalars(select(m.Region).where(m.Region.deleted.is_(False)))}
    if requested:
        match = requested if requested in regions else next(
            (rid for rid, name in regions.items() if name.casefold() == requested.casefold()), None)
        if match is None:
            known = ", ".join(f"{rid} ({name})" for rid, name in sorted(regions.items())) or "aucune"
            raise InputError(f"région inconnue : « {requested} » (régions : {known})", "--region")
        if allowed is not None and match != allowed:
            raise InputError(f"vous ne pouvez voir que la région {regions.get(allowed, allowed)}", "--region")
        return Scope(match, regions[match])
    if allowed is not None:
        return Scope(allowed, regions.get(allowed, allowed))
    return Scope(None, "toutes les régions")


@contextmanager
def reading(store: Store) -> Iterator[Session]:
    with store.session() as s:
        yield s


def utc_bounds(period: Period) -> tuple[datetime, datetime]:
    return local_to_utc(period.first, 0), local_to_utc(period.end, 0)


@dataclass(frozen=True, slots=True)
class MeetingRow:
    """The fields of a meeting the reports read (a plain row: thousands load without ORM overhead)."""

    id: str
    region_id: str
    type_id: str
    start: datetime
    minutes: int
    site_id: str
    professionals: list[str]
    beneficiaries: list[str]
    status: str
    cancelled_at: datetime | None
    attendance: dict[str, str]
    professionals_present: list[str] | None

    def present_professionals(self) -> list[str]:
        """Same rule as ``Meeting.present_professionals`` (None = the listed ones once held)."""
        if self.professionals_present is not None:
            return list(self.professionals_present)
        return list(self.professionals) if self.status == "held" else []


_COLUMNS = (m.Meeting.id, m.Meeting.region_id, m.Meeting.type_id, m.Meeting.start, m.Meeting.minutes,
            m.Meeting.site_id, m.Meeting.professionals, m.Meeting.beneficiaries, m.Meeting.status,
            m.Meeting.cancelled_at, m.Meeting.attendance, m.Meeting.professionals_present)


def meetings(s: Session, period: Period, region: str | None) -> list[MeetingRow]:
    """Live meetings whose local start day is inside the period (by start, id)."""
    start, end = utc_bounds(period)
    q = select(*_COLUMNS).where(m.Meeting.deleted.is_(False), m.Meeting.start >= start, m.Meeting.start < end)
    if region is not None:
        q = q.where(m.Meeting.region_id == region)
    return [MeetingRow(r[0], r[1], r[2], r[3], r[4], r[5], list(r[6] or []), list(r[7] or []), r[8], r[9],
                       dict(r[10] or {}), None if r[11] is None else list(r[11]))
            for r in s.execute(q.order_by(m.Meeting.start, m.Meeting.id))]


def local_day(instant: datetime) -> date:
    return utc_to_local(instant).date()


def meeting_week(meeting: MeetingRow) -> str:
    return week_of(local_day(meeting.start))


def meeting_month(meeting: MeetingRow) -> str:
    d = local_day(meeting.start)
    return f"{d.year:04d}-{d.month:02d}"


def people(s: Session, model: Any, region: str | None) -> list[Any]:
    q = select(model)
    if region is not None:
        q = q.where(model.region_id == region)
    return list(s.scalars(q))


def types_by_id(s: Session) -> dict[str, m.MeetingType]:
    return {t.id: t for t in s.scalars(select(m.MeetingType))}


def site_names(s: Session) -> dict[str, str]:
    return {x.id: x.name for x in s.scalars(select(m.Site))}


def region_names(s: Session) -> dict[str, str]:
    return {x.id: x.name for x in s.scalars(select(m.Region))}


def skill_label(skill: str) -> str:
    from sosdesk.domain.vocabulary import SKILL_LABELS

    label = SKILL_LABELS.get(skill, skill) if skill else "sans compétence"
    return label[:1].upper() + label[1:]  # a table cell or a chart label starts with a capital
