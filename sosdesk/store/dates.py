"""Dates that matter (issue 12) in the office file: read the dated windows of a week, record and
remove leave, absences, closures and closed days, and list the meetings they make impossible.

Every write is one recorded transaction returning its ``Changes``; every bad value is refused with
a French message naming the field (nothing written).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sosdesk.domain import model as dm
from sosdesk.domain.closures import Absence, ClosedDay, describe, period_text, week_windows
from sosdesk.domain.errors import InputError, ProblemList
from sosdesk.domain.permissions import Actor, require
from sosdesk.domain.timegrid import format_hhmm, parse_hhmm, week_dates, week_monday, week_of
from sosdesk.domain.vocabulary import day_text
from sosdesk.store import models as m
from sosdesk.store.changes import Changes
from sosdesk.store.dates_models import ClosedDay as ClosedDayRow
from sosdesk.store.dates_models import Unavailability
from sosdesk.store.engine import Store

SUBJECTS: dict[str, tuple[type[Any], str, str]] = {
    # subject → (model, column of Unavailability, French noun)
    "professional": (m.Professional, "professional_id", "professionnel"),
    "beneficiary": (m.Beneficiary, "beneficiary_id", "bénéficiaire"),
    "site": (m.Site, "site_id", "site"),
}
# Reasons offered in the dialogs (free text is accepted too).
REASONS: dict[str, tuple[str, ...]] = {
    "professional": ("congé", "formation", "arrêt maladie", "récupération"),
    "beneficiary": ("hospitalisation", "audience", "changement d'horaires de travail", "absence"),
    "site": ("fermeture", "travaux", "inventaire"),
}
MAX_DAYS = 366


def to_absence(row: Unavailability) -> Absence:
    subject, who = row.subject
    return Absence(row.id, subject, who, row.first_date, row.last_date,
                   None if row.start_time is None else parse_hhmm(row.start_time),
                   None if row.end_time is None else parse_hhmm(row.end_time), row.capacity, row.reason)


def absences_between(session: Session, first: date, last: date) -> list[Unavailability]:
    q = select(Unavailability).where(Unavailability.deleted.is_(False), Unavailability.first_date <= last,
                                     Unavailability.last_date >= first)
    return list(session.scalars(q.order_by(Unavailability.first_date, Unavailability.id)))


def closed_days_between(session: Session, first: date, last: date) -> list[ClosedDayRow]:
    q = select(ClosedDayRow).where(ClosedDayRow.deleted.is_(False), ClosedDayRow.date >= first,
                                   ClosedDayRow.date <= last)
    return list(session.scalars(q.order_by(ClosedDayRow.date, ClosedDayRow.id)))


def dated_windows(session: Session, week: str, sites: Mapping[str, dm.Site]) -> tuple[dm.DatedWindow, ...]:
    """The week's dated windows: leave and absences of people, site closures and reduced
    capacity, public holidays of sites that close on them, closed days."""
    days = week_dates(week)
    absences = [to_absence(r) for r in absences_between(session, days[0], days[-1])]
    closed = [ClosedDay(r.date, r.label, r.region_id) for r in closed_days_between(session, days[0], days[-1])]
    return week_windows(week, sites, absences, closed)


# -- writes --------------------------------------------------------------------------------------


def _actor_check(store: Store, session: Session, region: str | None) -> None:
    uid = store.user_id
    user = session.get(m.User, uid) if uid else None
    if user is not None:
        require(Actor(user.id, user.role, user.region_id), "plan", region)


def _date(value: Any, path: str, problems: ProblemList) -> date | None:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    text = str(value or "").strip()
    for parse in (date.fromisoformat, lambda t: datetime.strptime(t, "%d/%m/%Y").date()):
        try:
            return parse(text)
        except ValueError:
            continue
    problems.add(path, f"date invalide « {text} » (attendu JJ/MM/AAAA)" if text else "date manquante")
    return None


def _time(value: Any, path: str, problems: ProblemList) -> int | None:
    if value in (None, ""):
        return None
    try:
        minutes = parse_hhmm(str(value).strip())
    except ValueError as exc:
        problems.add(path, str(exc))
        return None
    if minutes % 15:
        problems.add(path, f"« {value} » hors de la grille de 15 minutes")
        return None
    return minutes


@dataclass(frozen=True)
class AbsenceInput:
    """What the dialog, the CLI and the import give: checked by ``validate_absence``."""

    subject: str
    who: str
    first: Any
    last: Any = None
    start: Any = None
    end: Any = None
    reason: str = ""
    capacity: Any = None


def validate_absence(session: Session, data: AbsenceInput) -> dict[str, Any]:
    """The row's columns, or InputError naming every bad field in French."""
    problems = ProblemList()
    if data.subject not in SUBJECTS:
        raise InputError(f"sujet inconnu « {data.subject} » (professional, beneficiary ou site)", "subject")
    model, column, noun = SUBJECTS[data.subject]
    row = session.get(model, data.who)
    if row is None or row.deleted:
        problems.add(data.subject, f"{noun} inconnu « {data.who} »")
    first = _date(data.first, "first", problems)
    last = first if data.last in (None, "") else _date(data.last, "last", problems)
    if first is not None and last is not None:
        if last < first:
            problems.add("last", f"fin ({day_text(last)}) avant le début ({day_text(first)})")
        elif (last - first).days >= MAX_DAYS:
            problems.add("last", f"période de plus de {MAX_DAYS} jours : saisissez-la en plusieurs fois")
    start = _time(data.start, "from", problems)
    end = _time(data.end, "to", problems)
    if (start is None) != (end is None):
        problems.add("to" if end is None else "from", "donnez l'heure de début et l'heure de fin, ou aucune")
    elif start is not None and end is not None and start >= end:
        problems.add("to", f"fin {format_hhmm(end)} pas après le début {format_hhmm(start)}")
    capacity = None
    if data.capacity not in (None, ""):
        if data.subject != "site":
            problems.add("capacity", "une capacité réduite ne concerne qu'un site")
        try:
            capacity = int(data.capacity)
            if capacity < 0:
                raise ValueError
        except (TypeError, ValueError):
            problems.add("capacity", f"capacité invalide « {data.capacity} » (nombre entier ≥ 0)")
            capacity = None
    reason = (data.reason or "").strip()
    if len(reason) > 200:
        problems.add("reason", "motif trop long (200 caractères au plus)")
    problems.raise_if_any()
    assert row is not None
    return {column: data.who, "region_id": row.region_id, "first_date": first, "last_date": last,
            "start_time": None if start is None else format_hhmm(start),
            "end_time": None if end is None else format_hhmm(end), "capacity": capacity or None,
            "reason": reason}


def add_absence(store: Store, data: AbsenceInput) -> tuple[str, Changes]:
    """Record a leave, an absence, a closure or a reduced capacity; returns its id."""
    with store.transaction("Nouvelle indisponibilité") as (session, changes):
        values = validate_absence(session, data)
        _actor_check(store, session, values["region_id"])
        row_id = str(uuid.uuid4())
        session.add(Unavailability(id=row_id, **values))
    return row_id, changes


def remove_absence(store: Store, absence_id: str) -> Changes:
    with store.transaction("Supprimer une indisponibilité") as (session, changes):
        row = session.get(Unavailability, absence_id)
        if row is None or row.deleted:
            raise InputError(f"indisponibilité introuvable : {absence_id}", "id")
        _actor_check(store, session, row.region_id)
        row.deleted = True
    return changes


def list_absences(session: Session, subject: str | None = None, who: str | None = None,
                  since: date | None = None) -> list[Unavailability]:
    q = select(Unavailability).where(Unavailability.deleted.is_(False))
    if subject is not None and who is not None:
        q = q.where(getattr(Unavailability, SUBJECTS[subject][1]) == who)
    if since is not None:
        q = q.where(Unavailability.last_date >= since)
    return list(session.scalars(q.order_by(Unavailability.first_date, Unavailability.id)))


def add_closed_day(store: Store, day: Any, label: str = "", region: str | None = None) -> tuple[str, Changes]:
    """A day every site of ``region`` (of the organisation when None) closes."""
    with store.transaction("Nouveau jour de fermeture") as (session, changes):
        problems = ProblemList()
        d = _date(day, "date", problems)
        if region is not None:
            reg = session.get(m.Region, region)
            if reg is None or reg.deleted:
                problems.add("region", f"région inconnue « {region} »")
        problems.raise_if_any()
        uid = store.user_id
        user = session.get(m.User, uid) if uid else None
        if user is not None:
            require(Actor(user.id, user.role, user.region_id),
                    "plan" if region is not None else "edit_reference", region)
        row_id = str(uuid.uuid4())
        session.add(ClosedDayRow(id=row_id, date=d, label=label.strip(), region_id=region))
    return row_id, changes


def remove_closed_day(store: Store, closed_id: str) -> Changes:
    with store.transaction("Supprimer un jour de fermeture") as (session, changes):
        row = session.get(ClosedDayRow, closed_id)
        if row is None or row.deleted:
            raise InputError(f"jour de fermeture introuvable : {closed_id}", "id")
        _actor_check(store, session, row.region_id)
        row.deleted = True
    return changes


# -- consequences --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Impact:
    """A planned meeting that a dated unavailability makes impossible, and why (in French)."""

    meeting_id: str
    start: datetime
    minutes: int
    site: str
    type: str
    people: tuple[str, ...]
    reasons: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"meeting": self.meeting_id, "start": self.start.isoformat(), "minutes": self.minutes,
                "site": self.site, "type": self.type, "people": list(self.people),
                "reasons": list(self.reasons)}


def weeks_between(first: date, last: date) -> list[str]:
    out: list[str] = []
    d = first - timedelta(days=first.weekday())
    while d <= last:
        out.append(week_of(d))
        d += timedelta(days=7)
    return out


def impacted_meetings(session: Session, first: date, last: date, region: str | None = None,
                      only: Iterable[str] | None = None) -> list[Impact]:
    """Planned meetings between ``first`` and ``last`` that fall on someone's leave or absence,
    a site's closure, a public holiday of a site that closes on it, or a closed day.

    ``only`` limits to dated windows about these subjects' ids (e.g. the one just recorded)."""
    from sosdesk.domain.names import Names
    from sosdesk.domain.rules import dated_conflicts
    from sosdesk.store.week import load_week, week_meeting_rows

    keep = set(only) if only is not None else None
    out: list[Impact] = []
    for week in weeks_between(first, last):
        problem, meetings = load_week(session, week, region)
        if not problem.dated:
            continue
        rows = {r.id: r for r in week_meeting_rows(session, week, region) if r.status == "planned"}
        monday = week_monday(week)
        names = Names.from_problem(problem)
        by_meeting: dict[str, list[str]] = {}
        for mt, w in dated_conflicts(problem, [x for x in meetings if x.id in rows]):
            d = monday + timedelta(days=mt.day - 1)
            if not first <= d <= last or (keep is not None and w.who not in keep):
                continue
            by_meeting.setdefault(mt.id, []).append(
                describe(w, names.site(w.who) if w.subject == "site" else names.person(w.who)))
        for mid, reasons in by_meeting.items():
            row = rows[mid]
            out.append(Impact(mid, row.start, row.minutes, row.site_id, row.type_id,
                              tuple([*row.beneficiaries, *row.professionals]), tuple(dict.fromkeys(reasons))))
    return sorted(out, key=lambda i: (i.start, i.meeting_id))


def absence_text(row: Unavailability) -> str:
    """« congé du 21/12 au 31/12 », « fermé le 02/01 de 08:00 à 12:00 (travaux) »."""
    hours = f" de {row.start_time} à {row.end_time}" if row.start_time and row.end_time else ""
    when = f"{period_text(row.first_date, row.last_date)}{hours}"
    subject, _who = row.subject
    if subject == "site":
        head = f"capacité réduite à {row.capacity}" if row.capacity else "fermé"
        return f"{head} {when}" + (f" ({row.reason})" if row.reason else "")
    return f"{row.reason or 'indisponible'} {when}"
