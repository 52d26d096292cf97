"""A site's month (issue 12: « calendrier par site »): by day, its public holiday or closed day, its
closures and room-works capacity reductions (with hours), its capacity and how many meetings it
holds; and closing chosen days in one step, listing the planned meetings that become impossible."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from sosdesk.domain import closures
from sosdesk.domain.errors import InputError
from sosdesk.domain.model import DatedWindow
from sosdesk.domain.timegrid import MINUTES_PER_DAY, local_day_minute, local_to_utc, week_of
from sosdesk.store import convert
from sosdesk.store import dates as ops
from sosdesk.store import models as m
from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store


@dataclass(frozen=True)
class SiteDay:
    """One cell of the site's month."""

    day: date
    in_month: bool
    bands: tuple[str, ...]       # « Férié : Noël », « Fermé : travaux 13:00–19:00 », « Capacité 1 : travaux »
    closed: bool                 # closed the whole day (holiday, closed day, closure)
    reduced: int | None          # lowest reduced capacity that day, if any
    open: bool                   # the site has opening hours that weekday
    meetings: int                # planned and held meetings that day


@dataclass(frozen=True)
class SiteMonth:
    site_id: str
    site_name: str
    month: str                   # YYYY-MM
    capacity: int
    days: tuple[SiteDay, ...]    # whole weeks, Monday first


def sites(store: Store) -> list[tuple[str, str]]:
    """(id, name) of the sites, by name."""
    with store.session() as s:
        rows = s.execute(select(m.Site.id, m.Site.name).where(m.Site.deleted.is_(False))).all()
    return sorted(((r.id, r.name or r.id) for r in rows), key=lambda r: (r[1].casefold(), r[0]))


def people_names(store: Store, ids: Iterable[str]) -> list[str]:
    """Display names of beneficiaries and professionals, in the given order."""
    with store.session() as s:
        out = []
        for pid in ids:
            row = s.get(m.Beneficiary, pid) or s.get(m.Professional, pid)
            out.append(row.display_name if row is not None else pid)
        return out


def _band(w: DatedWindow) -> str:
    hours = closures.hours_text(w).replace(" de ", " ").replace(" à ", "–")
    return closures.label(w) + hours


def site_month(store: Store, site_id: str, month: str) -> SiteMonth:
    """The site's month as whole weeks (Monday to Sunday)."""
    year, mon = (int(x) for x in month.split("-"))
    first = date(year, mon, 1)
    last = (date(year + mon // 12, mon % 12 + 1, 1)) - timedelta(days=1)
    start = first - timedelta(days=first.weekday())
    end = last + timedelta(days=6 - last.weekday())
    with store.session() as s:
        row = s.get(m.Site, site_id)
        if row is None or row.deleted:
            raise InputError(f"site inconnu « {site_id} »", "site")
        site = convert.site(row)
        counts: dict[date, int] = {}
        q = select(m.Meeting.start, func.count()).where(
            m.Meeting.site_id == site_id, m.Meeting.deleted.is_(False), m.Meeting.status != "cancelled",
            m.Meeting.start >= local_to_utc(start, 0), m.Meeting.start < local_to_utc(end + timedelta(days=1), 0)
        ).group_by(m.Meeting.start)
        for when, n in s.execute(q):
            d = local_day_minute(when)[0]
            counts[d] = counts.get(d, 0) + n
        windows: dict[date, list[DatedWindow]] = {}
        d = start
        while d <= end:
            for w in ops.dated_windows(s, week_of(d), {site_id: site}):
                if w.subject == "site" and w.who == site_id:
                    windows.setdefault(w.date, []).append(w)
            d += timedelta(days=7)
    open_days = {w.day for w in site.open}
    days = []
    d = start
    while d <= end:
        ws = windows.get(d, [])
        whole = [w for w in ws if w.capacity is None and w.start == 0 and w.end == MINUTES_PER_DAY]
        reduced = [w.capacity for w in ws if w.capacity]
        days.append(SiteDay(d, d.month == mon, tuple(dict.fromkeys(_band(w) for w in ws)), bool(whole),
                            min(reduced) if reduced else None, not site.open or d.isoweekday() in open_days,
                            counts.get(d, 0)))
        d += timedelta(days=1)
    return SiteMonth(site_id, row.name or site_id, month, site.capacity, tuple(days))


def month_impacts(store: Store, site_id: str, month: str) -> list[ops.Impact]:
    """Planned meetings at the site during the month that a holiday, closure or anyone's leave
    makes impossible (whoever recorded it, wherever)."""
    year, mon = (int(x) for x in month.split("-"))
    first = date(year, mon, 1)
    last = date(year + mon // 12, mon % 12 + 1, 1) - timedelta(days=1)
    with store.session() as s:
        row = s.get(m.Site, site_id)
        region = row.region_id if row is not None else None
        return [i for i in ops.impacted_meetings(s, first, last, region) if i.site == site_id]


def _runs(days: Iterable[date]) -> list[tuple[date, date]]:
    """Consecutive days grouped into periods (one recorded closure each)."""
    out: list[tuple[date, date]] = []
    for d in sorted(set(days)):
        if out and out[-1][1] + timedelta(days=1) == d:
            out[-1] = (out[-1][0], d)
        else:
            out.append((d, d))
    return out


def close_days(store: Store, site_id: str, days: Iterable[date], reason: str = "",
               capacity: int | None = None, start: str | None = None, end: str | None = None
               ) -> tuple[list[str], Changes, list[ops.Impact]]:
    """Record a closure (or a reduced capacity) of the site on the chosen days, one period per run
    of consecutive days; returns the new ids, what changed and the meetings made impossible."""
    runs = _runs(days)
    if not runs:
        raise InputError("choisissez au moins un jour", "days")
    ids: list[str] = []
    changes = Changes()
    for first, last in runs:
        uid, ch = ops.add_absence(store, ops.AbsenceInput("site", site_id, first, last, start, end, reason, capacity))
        ids.append(uid)
        changes.merge(ch)
    with store.session() as s:
        impacts = ops.impacted_meetings(s, runs[0][0], runs[-1][1], only=[site_id])
    return ids, changes, impacts
