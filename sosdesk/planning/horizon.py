""""Now" on the planned week: the planner only fills the rest of the current week, never its past.

``not_before(week, now)`` is what ``solve(..., not_before=...)`` and ``explain_unmet`` take: the ISO day
and minute (Europe/Paris, rounded up to the grid) before which nothing new may start.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sosdesk.domain.timegrid import (
    MINUTES_PER_DAY,
    PARIS,
    local_day_minute,
    now_utc,
    week_monday,
)
from sosdesk.domain.vocabulary import clock, short_day, week_text

# A week entirely in the past: no day is at or after this one.
PAST_WEEK = (8, 0)


def not_before(week: str, now: datetime, slot_minutes: int = 15) -> tuple[int, int] | None:
    """(day, minute) of the first grid slot not yet begun at ``now`` in ``week``; None when the week
    has not started yet, ``PAST_WEEK`` when it is over."""
    today, minute = local_day_minute(now, PARIS)
    if now.second or now.microsecond:
        minute += 1  # 10:00:30 — the 10:00 slot has begun
    monday = week_monday(week)
    if today < monday:
        return None
    if today >= monday + timedelta(days=7):
        return PAST_WEEK
    day = (today - monday).days + 1
    minute = -(-minute // slot_minutes) * slot_minutes
    if minute >= MINUTES_PER_DAY:
        return (day + 1, 0)
    return None if (day, minute) == (1, 0) else (day, minute)


def from_now(week: str, slot_minutes: int = 15) -> tuple[int, int] | None:
    """``not_before`` at the wall clock's present instant (the calendar's "Planifier la semaine")."""
    return not_before(week, now_utc(), slot_minutes)


def describe(week: str, horizon: tuple[int, int] | None) -> str | None:
    """A French note for the user when part of the week is left out, else None."""
    if horizon is None:
        return None
    if horizon >= PAST_WEEK:
        return (f"la {week_text(week)} est passée : le planificateur ne propose rien dans le passé "
                "(choisissez une semaine à venir, ou reprenez ses créneaux avec « Copier → semaine suivante »)")
    day, minute = horizon
    when = short_day(week_monday(week) + timedelta(days=day - 1))
    return f"semaine en cours : rendez-vous proposés à partir du {when} à {clock(minute)}"
