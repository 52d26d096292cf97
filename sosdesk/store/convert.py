"""ORM rows → the plain domain values the rules, planner and pricing work on."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from sosdesk.domain import model as dm
from sosdesk.domain.timegrid import format_hhmm, parse_hhmm
from sosdesk.store import models as m


def windows_from_json(items: Iterable[dict[str, Any]]) -> tuple[dm.Window, ...]:
    return tuple(dm.Window(int(w["day"]), parse_hhmm(w["from"]), parse_hhmm(w["to"])) for w in items)


def windows_to_json(windows: Iterable[dm.Window]) -> list[dict[str, Any]]:
    return [{"day": w.day, "from": format_hhmm(w.start), "to": format_hhmm(w.end)} for w in windows]


def site(row: m.Site) -> dm.Site:
    return dm.Site(id=row.id, capacity=row.capacity, open=windows_from_json(row.open), kind=row.kind,
                   name=row.name, region=row.region_id, address=row.address,
                   rate_coefficient=Decimal(row.rate_coefficient or "1"),
                   holiday_calendar=row.holiday_calendar or "", open_on_holidays=bool(row.open_on_holidays))


def meeting_type(row: m.MeetingType) -> dm.MeetingType:
    return dm.MeetingType(id=row.id, kind=row.kind, minutes=row.minutes, skill=row.skill,
                          professionals=row.professionals, min_participants=row.min_participants,
                          max_participants=row.max_participants, label=row.label)


def professional(row: m.Professional) -> dm.Professional:
    return dm.Professional(id=row.id, skills=tuple(row.skills), home_site=row.home_site_id,
                           sites=tuple(row.sites), max_minutes_per_week=row.max_minutes_per_week,
                           available=windows_from_json(row.available), region=row.region_id,
                           first_name=row.first_name, last_name=row.last_name)


def beneficiary(row: m.Beneficiary) -> dm.Beneficiary:
    return dm.Beneficiary(
        id=row.id,
        requirements=tuple(dm.Requirement(r["type"], int(r["minutes"])) for r in row.requirements),
        available=windows_from_json(row.available), unavailable=windows_from_json(row.unavailable),
        sites=tuple(row.sites), forbidden_with=tuple(row.forbidden_with), referent=row.referent_id,
        max_meetings_per_day=row.max_meetings_per_day, region=row.region_id,
        first_name=row.first_name, last_name=row.last_name)


def travel(rows: Iterable[m.TravelTime]) -> dm.TravelMatrix:
    return dm.TravelMatrix.build((r.from_site, r.to_site, r.minutes) for r in rows)
