"""One entry point for the window and the CLI: build a report of a kind over a period for a region."""

from __future__ import annotations

from datetime import date, datetime

from sosdesk.domain.errors import InputError
from sosdesk.domain.periods import Period
from sosdesk.domain.report_view import ReportView
from sosdesk.store.engine import Store
from sosdesk.usecases.reports import activity, finance, obligations, staffing
from sosdesk.usecases.reports.views import KINDS, Report, view


def build(store: Store, kind: str, period: Period, region: str | None = None, today: date | None = None,
          now: datetime | None = None) -> Report:
    """The typed report (raises ``InputError`` in French for an unknown kind or region)."""
    if kind == "staffing":
        return staffing.build(store, period, region)
    if kind == "obligations":
        return obligations.build(store, period, region, today=today)
    if kind == "activity":
        return activity.build(store, period, region)
    if kind == "finance":
        return finance.build(store, period, region, today=today, now=now)
    raise InputError(f"rapport inconnu : {kind} ({', '.join(KINDS)})", "report")


def build_view(store: Store, kind: str, period: Period, region: str | None = None, today: date | None = None,
               now: datetime | None = None) -> ReportView:
    return view(build(store, kind, period, region, today, now))


def region_choices(store: Store) -> tuple[str | None, list[tuple[str, str]]]:
    """(the region the current user is limited to or None, every ``(id, name)`` they may pick)."""
    from sqlalchemy import select

    from sosdesk.store import models as m
    from sosdesk.store.people_rows import scope_region

    allowed = scope_region(store.current_user())
    with store.session() as s:
        q = select(m.Region).where(m.Region.deleted.is_(False)).order_by(m.Region.name)
        rows = [(r.id, r.name) for r in s.scalars(q) if allowed is None or r.id == allowed]
    return allowed, rows
