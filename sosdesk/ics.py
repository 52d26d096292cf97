"""iCalendar (RFC 5545) feed of a professional's meetings, for their phone or agenda.

UIDs are ``<meeting id>@sosdesk`` (stable); SEQUENCE counts the change-log updates that moved or
changed the meeting (start, duration, site, type, status, participants), so agendas replace the old
version; cancelled (or deleted) meetings stay in the feed as STATUS:CANCELLED so they disappear
from agendas. Times carry TZID Europe/Paris with its VTIMEZONE. Beneficiaries appear by initials
only: no surname ever leaves in the feed.

The rendering (``FeedMeeting`` → ``render_calendar``) is shared by ``sosdesk ics`` (office file)
and the central service's subscribable feeds (``sync/feeds.py``, rows of the service).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event
from sqlalchemy import select

from sosdesk.domain.errors import InputError
from sosdesk.domain.timegrid import PARIS, utc_to_local
from sosdesk.store import models as m
from sosdesk.store.engine import Store

UID_DOMAIN = "sosdesk"
# Fields whose change makes a new version of the event for an agenda.
VERSION_FIELDS = frozenset({"start", "minutes", "site_id", "type_id", "status", "professionals",
                            "beneficiaries", "deleted"})


def initials(first_name: str, last_name: str, fallback: str) -> str:
    """« A.L. »: what a feed or the mobile page shows of a beneficiary (never a surname)."""
    return "".join(p[:1].upper() + "." for p in (first_name, last_name) if p) or fallback


@dataclass(frozen=True, slots=True)
class FeedMeeting:
    """One meeting as an agenda sees it (already reduced to what may leave the office)."""

    id: str
    start: datetime            # aware UTC
    minutes: int
    type_label: str
    site_name: str | None
    site_address: str
    initials: tuple[str, ...]
    others: tuple[str, ...]    # the other professionals, by name
    cancelled: bool
    updated_at: datetime
    sequence: int


def render_calendar(calendar_name: str, meetings: Iterable[FeedMeeting]) -> bytes:
    """The VCALENDAR bytes of ``meetings`` (same input, same bytes)."""
    cal = Calendar()
    cal.add("prodid", "-//sosdesk//Planning du suivi socio-judiciaire//FR")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", f"sosdesk — {calendar_name}")
    cal.add("x-wr-timezone", "Europe/Paris")
    for row in meetings:
        event = Event()
        event.add("uid", f"{row.id}@{UID_DOMAIN}")
        event.add("dtstamp", row.updated_at)
        event.add("last-modified", row.updated_at)
        event.add("sequence", row.sequence)
        event.add("dtstart", utc_to_local(row.start, PARIS))
        event.add("duration", timedelta(minutes=row.minutes))
        names = ", ".join(row.initials)
        event.add("summary", f"{row.type_label} — {names}" if names else row.type_label)
        if row.site_name is not None:
            event.add("location", f"{row.site_name}, {row.site_address}" if row.site_address else row.site_name)
        lines = [f"Participants : {names or '—'}"]
        if row.others:
            lines.append(f"Avec : {', '.join(row.others)}")
        lines.append(f"Référence : {row.id}")
        event.add("description", "\n".join(lines))
        event.add("status", "CANCELLED" if row.cancelled else "CONFIRMED")
        event.add("transp", "TRANSPARENT" if row.cancelled else "OPAQUE")
        cal.add_component(event)
    cal.add_missing_timezones()
    return bytes(cal.to_ical())


def counts_as_version(action: str, changes: Iterable[str]) -> bool:
    """Whether one logged change of a meeting makes a new SEQUENCE for agendas."""
    return action == "delete" or bool(VERSION_FIELDS & set(changes))


def _sequences(store: Store, ids: list[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    with store.session() as s:
        q = select(m.ChangeLog.row_id, m.ChangeLog.action, m.ChangeLog.changes).where(
            m.ChangeLog.table_name == "meetings", m.ChangeLog.action.in_(("update", "delete")),
            m.ChangeLog.row_id.in_(ids))
        for row_id, _action, changes in s.execute(q):
            if counts_as_version("update", changes or {}):
                counts[row_id] += 1
    return counts


def professional_calendar(store: Store, professional_id: str, since: datetime | None = None) -> bytes:
    """The VCALENDAR of every meeting of ``professional_id`` (starting at ``since`` if given)."""
    with store.session() as s:
        pro = s.get(m.Professional, professional_id)
        if pro is None or pro.deleted:
            raise InputError(f"professionnel(le) inconnu(e) : {professional_id}")
        q = select(m.Meeting).order_by(m.Meeting.start, m.Meeting.id)
        if since is not None:
            q = q.where(m.Meeting.start >= since)
        rows = [r for r in s.scalars(q) if professional_id in r.professionals]
        sites = {r.id: r for r in s.scalars(select(m.Site))}
        types = {r.id: r for r in s.scalars(select(m.MeetingType))}
        bens = {r.id: r for r in s.scalars(select(m.Beneficiary))}
        pros = {r.id: r for r in s.scalars(select(m.Professional))}
        pro_name = pro.display_name
        sequences = _sequences(store, [r.id for r in rows])
        feed = []
        for row in rows:
            mtype = types.get(row.type_id)
            site = sites.get(row.site_id)
            feed.append(FeedMeeting(
                id=row.id, start=row.start, minutes=row.minutes,
                type_label=(mtype.label or mtype.id) if mtype else row.type_id,
                site_name=site.name if site else None, site_address=site.address if site else "",
                initials=tuple(initials(bens[b].first_name, bens[b].last_name, b) if b in bens else b
                               for b in row.beneficiaries),
                others=tuple(pros[p].display_name if p in pros else p
                             for p in row.professionals if p != professional_id),
                cancelled=row.status == "cancelled" or row.deleted,
                updated_at=row.updated_at, sequence=sequences.get(row.id, 0)))
    return render_calendar(pro_name, feed)


def write_ics(store: Store, professional_id: str, out_path: str | Path, since: datetime | None = None) -> int:
    """Write the feed to ``out_path``; returns the number of events (menu action and CLI)."""
    data = professional_calendar(store, professional_id, since)
    Path(out_path).write_bytes(data)
    return data.count(b"BEGIN:VEVENT")
