"""Dates that matter (issue 12): public holidays per site, organisation closed days, and dated
unavailability of people and sites turned into the week-local ``DatedWindow``s the rules and the
planner read; plus the French wording of each.

Public holidays come from the maintained ``holidays`` package: metropolitan France, Alsace and
Moselle (Good Friday, 26 December), the overseas regions (abolition of slavery, etc.).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

import holidays as holidays_lib

from sosdesk.domain.model import DatedWindow, Site
from sosdesk.domain.timegrid import MINUTES_PER_DAY, week_dates
from sosdesk.domain.vocabulary import WEEKDAYS_SHORT, clock, day_month_text, of

# Calendar code (stored on the site) → French label. "" is metropolitan France.
HOLIDAY_CALENDARS: dict[str, str] = {
    "": "France métropolitaine",
    "57": "Moselle",
    "6AE": "Alsace (Bas-Rhin, Haut-Rhin)",
    "971": "Guadeloupe",
    "972": "Martinique",
    "973": "Guyane",
    "974": "La Réunion",
    "976": "Mayotte",
}
# Codes a user may type for the same calendars (départements of Alsace, "FR" for the default).
CALENDAR_ALIASES: dict[str, str] = {"67": "6AE", "68": "6AE", "FR": "", "metropole": "",
                                    "alsace-moselle": "57"}


def calendar_code(text: str | None) -> str | None:
    """A calendar code from what a user typed (None when it is not one we know)."""
    value = (text or "").strip()
    value = CALENDAR_ALIASES.get(value, value)
    return value if value in HOLIDAY_CALENDARS else None


@cache
def _year_holidays(calendar: str, year: int) -> dict[date, str]:
    subdiv = calendar or None
    table = holidays_lib.country_holidays("FR", subdiv=subdiv, years=year, language="fr")
    return {d: str(name) for d, name in sorted(table.items())}


def public_holidays(calendar: str, first: date, last: date) -> dict[date, str]:
    """Public holidays (date → French name) of a calendar between two dates, both included."""
    out: dict[date, str] = {}
    for year in range(first.year, last.year + 1):
        for d, name in _year_holidays(calendar, year).items():
            if first <= d <= last:
                out[d] = name
    return out


def holiday_name(calendar: str, d: date) -> str | None:
    return _year_holidays(calendar, d.year).get(d)


@dataclass(frozen=True, slots=True)
class Absence:
    """A dated unavailability as stored: who, from ``first`` to ``last`` (both included),
    optionally only between ``start`` and ``end`` (minutes of the local day) each day."""

    id: str
    subject: str  # "professional" | "beneficiary" | "site"
    who: str
    first: date
    last: date
    start: int | None = None
    end: int | None = None
    capacity: int | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class ClosedDay:
    """A day the organisation (``region`` None) or one region closes its sites."""

    date: date
    label: str = ""
    region: str | None = None


def week_windows(week: str, sites: Mapping[str, Site], absences: Iterable[Absence] = (),
                 closed_days: Iterable[ClosedDay] = ()) -> tuple[DatedWindow, ...]:
    """Everything dated that falls in ``week``: absences cut to the week's days, public holidays
    of each site that closes on them, and closed days of each site's region (or all)."""
    days = week_dates(week)
    monday, sunday = days[0], days[-1]
    out: list[DatedWindow] = []
    for a in absences:
        if a.last < monday or a.first > sunday:
            continue
        start = 0 if a.start is None else a.start
        end = MINUTES_PER_DAY if a.end is None else a.end
        for i, d in enumerate(days):
            if a.first <= d <= a.last:
                out.append(DatedWindow(a.subject, a.who, i + 1, start, end, d, a.first, a.last,
                                       a.reason, "absence", a.capacity))
    closed = list(closed_days)
    for site in sites.values():
        if not site.open_on_holidays:
            for d, name in public_holidays(site.holiday_calendar, monday, sunday).items():
                day = (d - monday).days + 1
                out.append(DatedWindow("site", site.id, day, 0, MINUTES_PER_DAY, d, d, d, name, "holiday"))
        for c in closed:
            if monday <= c.date <= sunday and (c.region is None or c.region == site.region):
                day = (c.date - monday).days + 1
                out.append(DatedWindow("site", site.id, day, 0, MINUTES_PER_DAY, c.date, c.date, c.date,
                                       c.label, "closed_day"))
    return tuple(sorted(out, key=lambda w: (w.subject, w.who, w.day, w.start, w.end, w.kind, w.reason)))


# --- wording -----------------------------------------------------------------------------------


ddmm = day_month_text  # « 25/12 » (the vocabulary's)


def period_text(first: date, last: date) -> str:
    """'le 25/12' or 'du 21/12 au 31/12'."""
    return f"le {ddmm(first)}" if first == last else f"du {ddmm(first)} au {ddmm(last)}"


def hours_text(w: DatedWindow) -> str:
    if w.start == 0 and w.end == MINUTES_PER_DAY:
        return ""
    return f" de {clock(w.start)} à {clock(w.end)}"


def describe(w: DatedWindow, who: str | None = None) -> str:
    """French words for a dated window, naming ``who`` (defaults to the id):
    « congé de P3 du 21/12 au 31/12 », « le 25/12 est férié (Noël) : le site S1 est fermé »."""
    name = who or w.who
    if w.kind == "holiday":
        return f"le {ddmm(w.date)} est férié ({w.reason}) : le site {name} est fermé"
    if w.kind == "closed_day":
        label = f" ({w.reason})" if w.reason else ""
        return f"le {ddmm(w.date)} est un jour de fermeture{label} : le site {name} est fermé"
    when = f"{period_text(w.first, w.last)}{hours_text(w)}"
    reason = f" ({w.reason})" if w.reason else ""
    if w.subject == "site":
        if w.capacity:
            return f"capacité du site {name} réduite à {w.capacity} {when}{reason}"
        return f"le site {name} est fermé {when}{reason}"
    return f"{w.reason or 'indisponibilité'} {of(name)} {when}"


def label(w: DatedWindow) -> str:
    """Short label for a shaded band in the calendar: 'Férié : Noël', 'Congé', 'Fermé : travaux'."""
    if w.kind == "holiday":
        return f"Férié : {w.reason}"
    if w.kind == "closed_day":
        return f"Fermeture : {w.reason}" if w.reason else "Fermeture"
    if w.subject == "site":
        head = f"Capacité {w.capacity}" if w.capacity else "Fermé"
        return f"{head} : {w.reason}" if w.reason else head
    return (w.reason or "Indisponible")[:1].upper() + (w.reason or "Indisponible")[1:]


def absence_dates(a: Absence) -> list[date]:
    return [a.first + timedelta(days=i) for i in range((a.last - a.first).days + 1)]


def closed_days_note(week_dated: Iterable[DatedWindow]) -> str:
    """For the obligations panel: weekly requirements stay whole in a week with public holidays or
    closed days, so say how many working days were left (« 4 jours ouvrés sur 5 : ven. 25/12 férié
    (Noël) »); empty when the week has none."""
    days: dict[date, str] = {}
    for w in week_dated:
        if w.subject == "site" and w.kind in ("holiday", "closed_day") and w.date.isoweekday() <= 5:
            days.setdefault(w.date, w.reason if w.kind == "holiday" else f"fermeture : {w.reason}".rstrip(" :"))
    if not days:
        return ""
    parts = [f"{WEEKDAYS_SHORT[d.weekday()]} {ddmm(d)} ({name})" for d, name in sorted(days.items())]
    return (f"{5 - len(days)} jours ouvrés sur 5 ({', '.join(parts)}) : "
            "les obligations hebdomadaires restent entières")
