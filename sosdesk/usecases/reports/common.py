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


def meetings(s: Session, period: Period, region: str | None) -> list[m.Meeting]:
    """Live meetings whose local start day is inside the period (by start, id)."""
    start, end = utc_bounds(period)
    q = select(m.Meeting).where(m.Meeting.deleted.is_(False), m.Meeting.start >= start, m.Meeting.start < end)
    if region is not None:
        q = q.where(m.Meeting.region_id == region)
    return list(s.scalars(q.order_by(m.Meeting.start, m.Meeting.id)))


def local_day(instant: datetime) -> date:
    return utc_to_local(instant).date()


def meeting_week(meeting: m.Meeting) -> str:
    return week_of(local_day(meeting.start))


def meeting_month(meeting: m.Meeting) -> str:
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

    return SKILL_LABELS.get(skill, skill) if skill else "sans compétence"
