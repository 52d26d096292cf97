"""One-click consequences of a new leave, absence or closure (issue 12): for a planned meeting that
became impossible, propose the nearest slot where it fits — same people, same type and duration, at
its site or another site of its region — judged by the same live check as a drag
(``WeekIndex.check_candidate``, H1–H14 with dated windows), then move or cancel it through the one
protection gate (``usecases.meeting_edits``). Reminders follow on their own: the outbox sends an
update for a moved meeting and a cancellation for a cancelled one (docs/reminders.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from sosdesk.domain import model as dm
from sosdesk.domain.rules import WeekIndex
from sosdesk.domain.timegrid import format_hhmm, local_day_minute, week_of, week_slot_to_utc
from sosdesk.domain.vocabulary import long_day
from sosdesk.store import models as m
from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store
from sosdesk.store.ops_meetings import EditRefused
from sosdesk.store.week import load_week
from sosdesk.usecases import meeting_edits as gate

HORIZON_DAYS = 14           # look this many days before and after the meeting's day
FIRST_MINUTE = 7 * 60       # earliest start tried (the sites' open windows narrow it further)
LAST_MINUTE = 21 * 60       # latest end tried
STEP = 15                   # the time grid (planning.md: slot_minutes)


@dataclass(frozen=True)
class MoveProposal:
    """Where a meeting can go: ``meeting`` in ``week``'s coordinates, ``text`` in French
    (« mardi 22 décembre à 10:00, Antenne Lyon 3 »); ``meeting`` is None with ``text`` saying why."""

    meeting_id: str
    week: str
    meeting: dm.Meeting | None
    start: datetime | None
    site: str
    text: str

    def to_json(self) -> dict[str, object]:
        return {"meeting": self.meeting_id, "start": self.start.isoformat() if self.start else None,
                "site": self.site or None, "proposal": self.text}


def _days(origin: date, today: date) -> Iterator[date]:
    """The meeting's day, then alternately later and earlier days; never before ``today``."""
    yield from (d for d in [origin] if d >= today)
    for n in range(1, HORIZON_DAYS + 1):
        for d in (origin + timedelta(days=n), origin - timedelta(days=n)):
            if d >= today:
                yield d


def _minutes(origin: int, length: int) -> list[int]:
    """Grid start times of the day, nearest to the meeting's own time first (earlier on a tie)."""
    starts = range(FIRST_MINUTE, LAST_MINUTE - length + 1, STEP)
    return sorted(starts, key=lambda t: (abs(t - origin), t))


def _sites(s: Session, row: m.Meeting) -> list[str]:
    """The meeting's site, then the other sites of its region, nearest by travel time first."""
    others = s.execute(select(m.Site.id, m.Site.name).where(m.Site.region_id == row.region_id,
                                                           m.Site.deleted.is_(False),
                                                           m.Site.id != row.site_id)).all()
    travel = {t.to_site: t.minutes for t in s.scalars(select(m.TravelTime).where(
        m.TravelTime.from_site == row.site_id, m.TravelTime.deleted.is_(False)))}
    ordered = sorted(others, key=lambda o: (travel.get(o.id, 10_000), o.name or "", o.id))
    return [row.site_id, *(o.id for o in ordered)]


def _site_name(s: Session, site_id: str) -> str:
    site = s.get(m.Site, site_id)
    return site.name if site is not None and site.name else site_id


def propose_move(store: Store, meeting_id: str, now: datetime | None = None) -> MoveProposal:
    """The nearest slot where the meeting fits every rule (no proposal: ``meeting`` is None)."""
    at = (now or datetime.now(UTC)).astimezone(UTC)
    with store.session() as s:
        row = s.get(m.Meeting, meeting_id)
        if row is None or row.deleted or row.status != "planned":
            return MoveProposal(meeting_id, "", None, None, "", "ce rendez-vous n'est plus prévu")
        if row.fixed:
            return MoveProposal(meeting_id, "", None, None, "",
                                "rendez-vous fixe (convocation, séance récurrente) : à convenir avec "
                                "l'organisateur, ou à annuler")
        origin_day, origin_minute = local_day_minute(row.start)
        today, now_minute = local_day_minute(at)
        sites = _sites(s, row)
        times = _minutes(origin_minute, row.minutes)
        indexes: dict[str, WeekIndex] = {}
        for day in _days(origin_day, today):
            week = week_of(day)
            if week not in indexes:
                problem, meetings = load_week(s, week)
                indexes[week] = WeekIndex(problem, meetings)
            index = indexes[week]
            for site in sites:
                for minute in times:
                    if day == today and minute <= now_minute:
                        continue
                    if day == origin_day and minute == origin_minute and site == row.site_id:
                        continue
                    cand = dm.Meeting(row.id, row.type_id, day.isoweekday(), minute, row.minutes, site,
                                      tuple(row.professionals), tuple(row.beneficiaries),
                                      fixed=False, buffer_minutes=row.buffer_minutes)
                    if not index.check_candidate(cand):
                        text = f"{long_day(day)} à {format_hhmm(minute)}, {_site_name(s, site)}"
                        return MoveProposal(meeting_id, week, cand, week_slot_to_utc(week, cand.day, minute),
                                            site, text)
        return MoveProposal(meeting_id, "", None, None, "",
                            f"aucun créneau libre pour les mêmes personnes à {HORIZON_DAYS} jours autour : "
                            "à annuler ou à replanifier plus tard")


def move_to(store: Store, proposal: MoveProposal, *, confirmed: bool = False, reason: str = "",
            now: datetime | None = None) -> Changes:
    """Move the meeting to its proposal through the protection gate (``ConfirmationRequired`` when
    it is billed in a draft, ``EditRefused`` if the slot was taken meanwhile: nothing written)."""
    if proposal.meeting is None:
        raise EditRefused(message=proposal.text)
    return gate.update_meetings(store, proposal.week, [proposal.meeting], "Déplacer un rendez-vous impossible",
                                confirmed=confirmed, reason=reason, now=now)


def cancel(store: Store, meeting_ids: list[str], *, confirmed: bool = False, reason: str = "",
           now: datetime | None = None) -> Changes:
    """Cancel meetings made impossible (the gate's ``cancel_meetings``; reminders send a cancellation)."""
    return gate.cancel_meetings(store, meeting_ids, now, confirmed=confirmed, reason=reason, now=now)
