"""Read side of the Personnes page: list rows of beneficiaries, professionals and sites, and a row's
history from the change log. Lists never carry birth date or measure (justice data: detail only)."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, load_only

from sosdesk.domain import vocabulary
from sosdesk.domain.timegrid import utc_to_local
from sosdesk.domain.vocabulary import WEEKDAYS, WEEKDAYS_SHORT, day_time_text, format_decimal, phone_text
from sosdesk.store import models as m

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
KINDS = ("beneficiaries", "professionals", "sites")
MODELS: dict[str, Any] = {"beneficiaries": m.Beneficiary, "professionals": m.Professional,
                          "sites": m.Site}

DAY_SHORT = WEEKDAYS_SHORT
DAY_NAMES = WEEKDAYS
SITE_KIND_LABELS = vocabulary.SITE_KIND_LABELS

FIELD_LABELS: dict[str, str] = {
    "id": "identifiant", "region": "région", "region_id": "région", "first_name": "prénom",
    "last_name": "nom", "birth_date": "date de naissance", "measure": "mesure",
    "measure_start": "début de mesure", "measure_end": "fin de mesure", "phone": "téléphone",
    "email": "e-mail", "sms_consent": "accord SMS", "email_consent": "accord e-mail",
    "requirements": "obligations", "available": "disponibilités", "unavailable": "indisponibilités",
    "sites": "sites", "forbidden_with": "contacts interdits", "referent": "référent",
    "referent_id": "référent", "max_meetings_per_day": "rendez-vous max. par jour",
    "skills": "compétences", "home_site": "site de rattachement", "home_site_id": "site de rattachement",
    "max_minutes_per_week": "plafond hebdomadaire (minutes)", "name": "nom", "kind": "type",
    "address": "adresse", "capacity": "capacité", "rate_coefficient": "coefficient tarifaire",
    "open": "horaires d'ouverture", "deleted": "archivé",
}

ACTION_LABELS = {"insert": "création", "update": "modification", "delete": "archivage"}


def field_label(path: str) -> str:
    """French label of a field path (``available[2].from`` → « disponibilités »)."""
    head = path.split("[", 1)[0].split(".", 1)[0]
    return FIELD_LABELS.get(head, head)


@dataclass(frozen=True, slots=True)
class PersonRow:
    """One list row: display cells, sort keys and the folded text the filter searches."""

    id: str
    region: str
    cells: tuple[str, ...]
    sort_keys: tuple[Any, ...]
    refs: frozenset[str] = frozenset()  # ids of rows whose names it shows (referent, sites)


HEADERS: dict[str, tuple[str, ...]] = {
    "beneficiaries": ("Nom", "Prénom", "Région", "Téléphone", "E-mail", "Référent", "Obligations",
                      "Sites"),
    "professionals": ("Nom", "Prénom", "Région", "Compétences", "Site de rattachement", "Téléphone",
                      "E-mail", "Plafond (h/sem.)"),
    "sites": ("Nom", "Région", "Type", "Adresse", "Capacité", "Coefficient", "Ouverture"),
}


format_minutes = vocabulary.duration


def windows_summary(windows: Iterable[dict[str, Any]]) -> str:
    return ", ".join(f"{DAY_SHORT[int(w['day']) - 1]} {w['from']}–{w['to']}" for w in windows
                     if 1 <= int(w.get("day", 0)) <= 7)


def scope_region(user: m.User | None) -> str | None:
    """The region a user may see (None = all): regional roles only see their own region."""
    if user is None or user.role == "national_coordinator":
        return None
    return user.region_id


def _names(session: Session, model: Any, ids: Collection[str]) -> dict[str, str]:
    if not ids:
        return {}
    rows = session.scalars(select(model).where(model.id.in_(list(ids))))
    return {r.id: getattr(r, "display_name", None) or getattr(r, "name", r.id) for r in rows}


def _beneficiary_rows(session: Session, rows: list[m.Beneficiary]) -> list[PersonRow]:
    referents = _names(session, m.Professional, {i for i in (r.referent_id for r in rows) if i})
    site_names = _names(session, m.Site, {s for r in rows for s in r.sites})
    labels = {t.id: t.label or t.id for t in session.scalars(select(m.MeetingType))}
    out = []
    for r in rows:
        req = ", ".join(f"{labels.get(q['type'], q['type'])} {format_minutes(q['minutes'])}" for q in r.requirements)
        referent = referents.get(r.referent_id, r.referent_id or "") if r.referent_id else ""
        sites = ", ".join(site_names.get(str(s), str(s)) for s in r.sites)
        cells = (r.last_name, r.first_name, r.region_id, phone_text(r.phone), r.email, referent, req, sites)
        total = sum(int(q["minutes"]) for q in r.requirements)
        out.append(PersonRow(r.id, r.region_id, cells, (*cells[:6], total, sites),
                             frozenset({*r.sites, *([r.referent_id] if r.referent_id else [])})))
    return out


def _professional_rows(session: Session, rows: list[m.Professional]) -> list[PersonRow]:
    site_names = _names(session, m.Site, {i for i in (r.home_site_id for r in rows) if i})
    out = []
    for r in rows:
        cap = r.max_minutes_per_week
        home = site_names.get(r.home_site_id, r.home_site_id) if r.home_site_id else ""
        cells = (r.last_name, r.first_name, r.region_id, vocabulary.skills_text(r.skills) if r.skills else "", home,
                 phone_text(r.phone), r.email,
                 "" if cap is None else format_minutes(cap))
        out.append(PersonRow(r.id, r.region_id, cells, (*cells[:7], -1 if cap is None else cap),
                             frozenset([r.home_site_id] if r.home_site_id else [])))
    return out


def _site_rows(rows: list[m.Site]) -> list[PersonRow]:
    out = []
    for r in rows:
        cells = (r.name, r.region_id, SITE_KIND_LABELS.get(r.kind, r.kind), r.address, str(r.capacity),
                 format_decimal(r.rate_coefficient or "1"), windows_summary(r.open))
        out.append(PersonRow(r.id, r.region_id, cells,
                             (*cells[:4], r.capacity, r.rate_coefficient, cells[6])))
    return out


LIST_COLUMNS = {
    "beneficiaries": ("id", "region_id", "last_name", "first_name", "phone", "email", "referent_id",
                      "requirements", "sites"),
    "professionals": ("id", "region_id", "last_name", "first_name", "skills", "home_site_id", "phone",
                      "email", "max_minutes_per_week"),
}


def list_rows(session: Session, kind: str, region: str | None,
              ids: Collection[str] | None = None) -> list[PersonRow]:
    """Live (not archived) rows of ``kind`` in ``region`` (all when None), only ``ids`` if given."""
    model = MODELS[kind]
    q = select(model).where(model.deleted.is_(False))
    if kind in LIST_COLUMNS:  # the lists' columns only: decoding every JSON field cost ~½ s at 2,000 rows
        q = q.options(load_only(*(getattr(model, c) for c in LIST_COLUMNS[kind])))
    if region is not None:
        q = q.where(model.region_id == region)
    if ids is not None:
        if not ids:
            return []
        q = q.where(model.id.in_(list(ids)))
    rows = list(session.scalars(q.order_by(model.id)))
    if kind == "beneficiaries":
        return _beneficiary_rows(session, rows)
    if kind == "professionals":
        return _professional_rows(session, rows)
    return _site_rows(rows)


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One changed field of one change-log entry, ready to show."""

    at: str
    user: str
    action: str
    field: str
    old: str
    new: str


def _show(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, list):
        if value and isinstance(value[0], dict) and "day" in value[0]:
            return windows_summary(value)
        if value and isinstance(value[0], dict) and "type" in value[0]:
            return ", ".join(f"{q['type']} {q.get('minutes', '')} min" for q in value)
        return ", ".join(str(v) for v in value) or "—"
    if isinstance(value, str) and _ISO_DATE.match(value):
        return f"{value[8:10]}/{value[5:7]}/{value[:4]}"
    return str(value) if value != "" else "—"


def history(session: Session, table: str, row_id: str) -> list[HistoryEntry]:
    """Change log of one row, newest first: who, when (Paris), field, old → new."""
    logs = list(session.scalars(select(m.ChangeLog).where(
        m.ChangeLog.table_name == table, m.ChangeLog.row_id == row_id).order_by(m.ChangeLog.seq.desc())))
    users = _names(session, m.User, {c.user_id for c in logs if c.user_id})
    out = []
    for c in logs:
        at = day_time_text(utc_to_local(c.at))
        who = users.get(c.user_id, c.user_id) or "—"
        action = ACTION_LABELS.get(c.action, c.action)
        items = sorted(c.changes.items())
        if c.action == "insert":
            items = [(k, v) for k, v in items if v[-1] not in (None, "", [], {}, False)]
        if c.action == "delete":
            items = [("deleted", [False, True])]
        if not items:
            out.append(HistoryEntry(at, who, action, "", "", ""))
        for key, pair in items:
            old, new = [*pair, None, None][:2] if isinstance(pair, list) else (None, pair)
            out.append(HistoryEntry(at, who, action, field_label(key), _show(old), _show(new)))
    return out


def record(session: Session, kind: str, row_id: str) -> dict[str, Any] | None:
    """One row's editable fields in the interchange shape (the ops' input), or None if missing."""
    row = session.get(MODELS[kind], row_id)
    if row is None:
        return None
    if kind == "beneficiaries":
        b: m.Beneficiary = row
        return {"id": b.id, "region": b.region_id, "first_name": b.first_name, "last_name": b.last_name,
                "birth_date": b.birth_date, "measure": b.measure, "measure_start": b.measure_start,
                "measure_end": b.measure_end, "phone": b.phone, "email": b.email,
                "sms_consent": b.sms_consent, "email_consent": b.email_consent,
                "requirements": list(b.requirements), "available": list(b.available),
                "unavailable": list(b.unavailable), "sites": list(b.sites),
                "forbidden_with": list(b.forbidden_with), "referent": b.referent_id,
                "max_meetings_per_day": b.max_meetings_per_day, "deleted": b.deleted}
    if kind == "professionals":
        p: m.Professional = row
        return {"id": p.id, "region": p.region_id, "first_name": p.first_name, "last_name": p.last_name,
                "skills": list(p.skills), "home_site": p.home_site_id, "sites": list(p.sites),
                "email": p.email, "phone": p.phone, "max_minutes_per_week": p.max_minutes_per_week,
                "available": list(p.available), "deleted": p.deleted}
    s: m.Site = row
    return {"id": s.id, "region": s.region_id, "name": s.name, "kind": s.kind, "address": s.address,
            "capacity": s.capacity, "rate_coefficient": s.rate_coefficient, "open": list(s.open),
            "holiday_calendar": s.holiday_calendar or "", "open_on_holidays": bool(s.open_on_holidays),
            "deleted": s.deleted}


@dataclass(frozen=True, slots=True)
class Choices:
    """What an edit dialog offers to pick from: (id, label) pairs, in display order."""

    regions: tuple[tuple[str, str], ...]
    sites: tuple[tuple[str, str], ...]
    professionals: tuple[tuple[str, str], ...]
    beneficiaries: tuple[tuple[str, str], ...]
    meeting_types: tuple[tuple[str, str], ...]
    skills: tuple[str, ...]


def choices(session: Session, region: str | None) -> Choices:
    """Pickable regions, sites, people and types of ``region`` (all when None); archived left out."""
    def live(model: Any, scoped: bool = True) -> list[Any]:
        q = select(model).where(model.deleted.is_(False))
        if scoped and region is not None and hasattr(model, "region_id"):
            q = q.where(model.region_id == region)
        return list(session.scalars(q))

    regions = live(m.Region, False)
    if region is not None:
        regions = [r for r in regions if r.id == region]
    types = sorted(live(m.MeetingType, False), key=lambda t: t.id)
    people = sorted(live(m.Professional), key=lambda p: (p.last_name.casefold(), p.first_name, p.id))
    bens = sorted(live(m.Beneficiary), key=lambda b: (b.last_name.casefold(), b.first_name, b.id))
    skills = sorted({t.skill for t in types if t.skill} | {s for p in live(m.Professional, False)
                                                           for s in p.skills})
    return Choices(
        regions=tuple((r.id, f"{r.name} ({r.id})") for r in sorted(regions, key=lambda r: r.id)),
        sites=tuple((s.id, s.name or s.id) for s in sorted(live(m.Site), key=lambda s: (s.name, s.id))),
        professionals=tuple((p.id, f"{p.last_name} {p.first_name}".strip() or p.id) for p in people),
        beneficiaries=tuple((b.id, f"{b.last_name} {b.first_name}".strip() or b.id) for b in bens),
        meeting_types=tuple((t.id, t.label or t.id) for t in types),
        skills=tuple(skills))
