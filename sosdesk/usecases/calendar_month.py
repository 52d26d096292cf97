"""Read use case of the calendar's month view: the meetings of a span of days (one indexed query on
their start), placed on local dates, light enough for six weeks of a large region."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from sosdesk.domain.timegrid import local_day_minute, local_to_utc
from sosdesk.store import Store
from sosdesk.store import models as m


@dataclass(frozen=True, slots=True)
class DayMeeting:
    """One meeting as the month view lists it."""

    id: str
    day: date
    start: int          # minute of the local day
    minutes: int
    type: str
    status: str
    site: str
    professionals: tuple[str, ...]
    beneficiaries: tuple[str, ...]
    no_show: bool

    @property
    def end(self) -> int:
        return self.start + self.minutes


def month_meetings(store: Store, first: date, last: date) -> dict[date, list[DayMeeting]]:
    """Meetings from ``first`` to ``last`` (included, local dates), by day, in start order."""
    begin, end = local_to_utc(first, 0), local_to_utc(last + timedelta(days=1), 0)
    out: dict[date, list[DayMeeting]] = defaultdict(list)
    with store.session() as s:
        rows = s.execute(select(m.Meeting.id, m.Meeting.start, m.Meeting.minutes, m.Meeting.type_id,
                                m.Meeting.status, m.Meeting.site_id, m.Meeting.professionals,
                                m.Meeting.beneficiaries, m.Meeting.attendance)
                         .where(m.Meeting.deleted.is_(False), m.Meeting.start >= begin, m.Meeting.start < end)
                         .order_by(m.Meeting.start))
        for mid, start, minutes, type_id, status, site, pros, bens, attendance in rows:
            day, minute = local_day_minute(start)
            no_show = status == "held" and bool(attendance) and not any(
                v == "present" for v in (attendance or {}).values())
            out[day].append(DayMeeting(mid, day, minute, minutes, type_id, status, site, tuple(pros or ()),
                                       tuple(bens or ()), no_show))
    return dict(out)
