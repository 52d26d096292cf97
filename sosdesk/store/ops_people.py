"""Create, update and archive beneficiaries, professionals and sites: one transaction each, every
field checked first (all problems named at once, nothing written on error), ``Changes`` returned.

Input dicts use the interchange field names (interchange.md): ``region``, ``referent``,
``home_site``, windows as ``{"day", "from", "to"}``. Dates may be ``AAAA-MM-JJ`` or ``JJ/MM/AAAA``.
Archiving sets the tombstone (never a delete) and is refused while future planned meetings remain.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sosdesk.domain.errors import InputError, ProblemList
from sosdesk.domain.model import SITE_KINDS
from sosdesk.domain.permissions import Actor, require
from sosdesk.domain.timegrid import now_utc
from sosdesk.domain.vocabulary import RECORD_KIND_LABELS, count
from sosdesk.store import models as m
from sosdesk.store import validate as v
from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store
from sosdesk.store.naming import meeting_label
from sosdesk.store.people_rows import MODELS, record

KIND_LABELS = RECORD_KIND_LABELS

# field → (validator, column attribute); references are checked separately against live rows
_COMMON: dict[str, Callable[..., Any]] = {"region": v.check_id}
_FIELDS: dict[str, dict[str, Callable[..., Any]]] = {
    "beneficiaries": {
        "first_name": v.check_str, "last_name": v.check_str, "birth_date": lambda *a: _date(*a),
        "measure": v.check_str, "measure_start": lambda *a: _date(*a),
        "measure_end": lambda *a: _date(*a), "phone": v.normalize_phone, "email": v.check_email,
        "sms_consent": v.check_bool, "email_consent": v.check_bool,
        "requirements": v.list_of(lambda *a: _requirement(*a)), "available": v.check_windows,
        "unavailable": v.check_windows, "sites": v.list_of(v.check_id, unique=True),
        "forbidden_with": v.list_of(v.check_id, unique=True), "referent": v.nullable(v.check_id),
        "max_meetings_per_day": v.check_positive_int,
    },
    "professionals": {
        "first_name": v.check_str, "last_name": v.check_str,
        "skills": v.list_of(v.check_nonempty_str, unique=True), "home_site": v.nullable(v.check_id),
        "sites": v.list_of(v.check_id, unique=True), "email": v.check_email,
        "phone": v.normalize_phone, "max_minutes_per_week": v.nullable(v.check_positive_int),
        "available": v.check_windows,
    },
    "sites": {
        "name": v.check_nonempty_str, "kind": v.one_of(SITE_KINDS), "address": v.check_str,
        "capacity": v.check_positive_int, "rate_coefficient": lambda *a: _coefficient(*a),
        "open": v.check_windows,
        # Public holidays (issue 12): the site's calendar and whether it opens on them.
        "holiday_calendar": lambda *a: _calendar(*a), "open_on_holidays": v.check_bool,
    },
}
_COLUMNS = {"region": "region_id", "referent": "referent_id", "home_site": "home_site_id"}
_DEFAULTS: dict[str, dict[str, Any]] = {
    "beneficiaries": {"first_name": "", "last_name": "", "birth_date": None, "measure": "",
                      "measure_start": None, "measure_end": None, "phone": "", "email": "",
                      "sms_consent": False, "email_consent": False, "requirements": [],
                      "available": [], "unavailable": [], "sites": [], "forbidden_with": [],
                      "referent": None, "max_meetings_per_day": 2},
    "professionals": {"first_name": "", "last_name": "", "skills": [], "home_site": None, "sites": [],
                      "email": "", "phone": "", "max_minutes_per_week": None, "available": []},
    "sites": {"name": "", "kind": "office", "address": "", "capacity": 1, "rate_coefficient": "1.00",
              "open": [], "holiday_calendar": "", "open_on_holidays": False},
}


def _calendar(value: Any, path: str, problems: ProblemList) -> Any:
    from sosdesk.store.interchange_schema import check_calendar

    return check_calendar("" if value is None else value, path, problems)


def _date(value: Any, path: str, problems: ProblemList) -> Any:
    """A date, ``AAAA-MM-JJ`` or ``JJ/MM/AAAA``; empty means none."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str) and "/" in value:
        try:
            return datetime.strptime(value.strip(), "%d/%m/%Y").date()
        except ValueError:
            problems.add(path, f"date invalide « {value} » (attendu JJ/MM/AAAA)")
            return v.INVALID
    return v.check_date(value.strip() if isinstance(value, str) else value, path, problems)


def _coefficient(value: Any, path: str, problems: ProblemList) -> Any:
    if isinstance(value, str):
        value = value.strip().replace(",", ".")
    return v.positive_decimal(value, path, problems)


def _requirement(value: Any, path: str, problems: ProblemList) -> Any:
    obj = v.check_object(value, path, problems, {"type": v.check_id, "minutes": v.check_positive_int},
                         required=("type", "minutes"))
    return v.INVALID if obj is None else {"type": obj["type"], "minutes": obj["minutes"]}


def _actor(store: Store) -> Actor | None:
    user = store.current_user()
    return None if user is None else Actor(user.id, user.role, user.region_id)


def _live(session: Session, model: Any, ids: list[str]) -> dict[str, Any]:
    if not ids:
        return {}
    rows = session.scalars(select(model).where(model.id.in_(ids), model.deleted.is_(False)))
    return {r.id: r for r in rows}


def _check_refs(session: Session, kind: str, row_id: str, data: dict[str, Any], problems: ProblemList) -> None:
    """References must name live rows: region, sites, referent, forbidden contacts, types."""
    region = data["region"]
    if region is not v.INVALID and not _live(session, m.Region, [region]):
        problems.add("region", f"région inconnue « {region} »")

    def refs(field: str, model: Any, ids: list[str], what: str) -> None:
        found = _live(session, model, ids)
        for i, rid in enumerate(ids):
            path = field if isinstance(data[field], str) else f"{field}[{i}]"
            if rid not in found:
                problems.add(path, f"{what} inconnu ou archivé « {rid} »")
            elif region is not v.INVALID and getattr(found[rid], "region_id", region) != region:
                problems.add(path, f"{what} « {rid} » d'une autre région ({found[rid].region_id})")

    if kind in ("beneficiaries", "professionals") and data["sites"] is not v.INVALID:
        refs("sites", m.Site, data["sites"], "site")
    if kind == "professionals" and data["home_site"] not in (None, v.INVALID):
        refs("home_site", m.Site, [data["home_site"]], "site")
    if kind != "beneficiaries":
        return
    if data["referent"] not in (None, v.INVALID):
        refs("referent", m.Professional, [data["referent"]], "professionnel")
    if data["forbidden_with"] is not v.INVALID:
        if row_id in data["forbidden_with"]:
            problems.add("forbidden_with", "un bénéficiaire ne peut pas être interdit avec lui-même")
        else:
            refs("forbidden_with", m.Beneficiary, data["forbidden_with"], "bénéficiaire")
    if data["requirements"] is not v.INVALID:
        types = _live(session, m.MeetingType, [r["type"] for r in data["requirements"]])
        seen: set[str] = set()
        for i, req in enumerate(data["requirements"]):
            if req["type"] not in types:
                problems.add(f"requirements[{i}].type", f"type de rendez-vous inconnu « {req['type']} »")
            if req["type"] in seen:
                problems.add(f"requirements[{i}].type", f"type « {req['type']} » indiqué deux fois")
            seen.add(req["type"])
    start, end = data["measure_start"], data["measure_end"]
    if isinstance(start, date) and isinstance(end, date) and end < start:
        problems.add("measure_end", "la fin de mesure précède son début")


def _validate(session: Session, kind: str, row_id: str, merged: dict[str, Any]) -> dict[str, Any]:
    problems = ProblemList()
    fields = {**_COMMON, **_FIELDS[kind]}
    for key in merged:
        if key not in fields:
            problems.add(key, "champ inconnu")
    data = {key: check(merged.get(key), key, problems) for key, check in fields.items()}
    if kind != "sites" and isinstance(data["last_name"], str) and isinstance(data["first_name"], str) \
            and not (data["first_name"].strip() or data["last_name"].strip()):
        problems.add("last_name", "indiquez au moins un nom ou un prénom")
    _check_refs(session, kind, row_id, data, problems)
    problems.raise_if_any()
    return {k: val.strip() if k in ("first_name", "last_name", "name", "measure", "address")
            and isinstance(val, str) else val for k, val in data.items()}


def _write(row: Any, data: dict[str, Any]) -> None:
    for key, value in data.items():
        attr = _COLUMNS.get(key, key)
        new = list(value) if isinstance(value, list) else value  # JSON columns: assign a new list
        if getattr(row, attr) != new:
            setattr(row, attr, new)


def create(store: Store, kind: str, data: dict[str, Any]) -> tuple[str, Changes]:
    """Add a beneficiary / professional / site; ``data["id"]`` optional (a UUID otherwise)."""
    data = dict(data)
    row_id = data.pop("id", None) or str(uuid.uuid4())
    actor = _actor(store)
    if actor is not None:
        require(actor, "edit_people", data.get("region"))
    label = f"Créer {KIND_LABELS[kind]}"
    with store.transaction(label) as (session, changes):
        if session.get(MODELS[kind], row_id) is not None:
            raise InputError(f"l'identifiant « {row_id} » existe déjà", "id")
        clean = _validate(session, kind, row_id, {**_DEFAULTS[kind], **data})
        row = MODELS[kind](id=row_id)
        _write(row, clean)
        session.add(row)
    return row_id, changes


def _shown(store: Store, kind: str, row_id: str) -> str:
    """The record's name for the undo history (« Modifier bénéficiaire Alice Martin »)."""
    with store.session() as session:
        row = session.get(MODELS[kind], row_id)
        if row is None:
            return row_id
        return str(row.name if kind == "sites" else row.display_name) or row_id


def update(store: Store, kind: str, row_id: str, data: dict[str, Any]) -> Changes:
    """Change the given fields of a live row (others kept); all fields are re-checked together."""
    data = {k: val for k, val in data.items() if k != "id"}
    actor = _actor(store)
    with store.transaction(f"Modifier {KIND_LABELS[kind]} {_shown(store, kind, row_id)}") as (session, changes):
        current = record(session, kind, row_id)
        if current is None or current.pop("deleted"):
            raise InputError(f"{KIND_LABELS[kind]} « {row_id} » introuvable ou archivé", "id")
        current.pop("id")
        if actor is not None:
            require(actor, "edit_people", current["region"])
            require(actor, "edit_people", data.get("region", current["region"]))
        clean = _validate(session, kind, row_id, {**current, **data})
        _write(session.get(MODELS[kind], row_id), clean)
    return changes


def future_meetings(session: Session, kind: str, row_id: str, now: datetime | None = None
                    ) -> list[m.Meeting]:
    """Planned, not yet started meetings that involve the person or take place at the site."""
    q = select(m.Meeting).where(m.Meeting.deleted.is_(False), m.Meeting.status == "planned",
                                m.Meeting.start >= (now or now_utc()))
    if kind == "sites":
        q = q.where(m.Meeting.site_id == row_id)
    rows = list(session.scalars(q.order_by(m.Meeting.start, m.Meeting.id)))
    if kind == "beneficiaries":
        rows = [r for r in rows if row_id in r.beneficiaries]
    elif kind == "professionals":
        rows = [r for r in rows if row_id in r.professionals]
    return rows


def _meeting_text(session: Session, row: m.Meeting) -> str:
    return meeting_label(session, row, with_people=True)


def archive(store: Store, kind: str, row_id: str, now: datetime | None = None) -> Changes:
    """Tombstone a row; refused (naming them) while it has future planned meetings."""
    actor = _actor(store)
    with store.transaction(f"Archiver {KIND_LABELS[kind]} {_shown(store, kind, row_id)}") as (session, changes):
        row = session.get(MODELS[kind], row_id)
        if row is None or row.deleted:
            raise InputError(f"{KIND_LABELS[kind]} « {row_id} » introuvable ou déjà archivé", "id")
        if actor is not None:
            require(actor, "edit_people", row.region_id)
        pending = future_meetings(session, kind, row_id, now)
        if pending:
            shown = ", ".join(_meeting_text(session, r) for r in pending[:5])
            more = f" et {count(len(pending) - 5, 'autre')}" if len(pending) > 5 else ""
            raise InputError(
                f"archivage refusé : {len(pending)} rendez-vous {'planifié' if len(pending) < 2 else 'planifiés'} à venir "
                f"({shown}{more}) ; déplacez-les ou annulez-les d'abord")
        row.deleted = True
    return changes


def create_beneficiary(store: Store, data: dict[str, Any]) -> tuple[str, Changes]:
    return create(store, "beneficiaries", data)


def update_beneficiary(store: Store, row_id: str, data: dict[str, Any]) -> Changes:
    return update(store, "beneficiaries", row_id, data)


def archive_beneficiary(store: Store, row_id: str, now: datetime | None = None) -> Changes:
    return archive(store, "beneficiaries", row_id, now)


def create_professional(store: Store, data: dict[str, Any]) -> tuple[str, Changes]:
    return create(store, "professionals", data)


def update_professional(store: Store, row_id: str, data: dict[str, Any]) -> Changes:
    return update(store, "professionals", row_id, data)


def archive_professional(store: Store, row_id: str, now: datetime | None = None) -> Changes:
    return archive(store, "professionals", row_id, now)


def create_site(store: Store, data: dict[str, Any]) -> tuple[str, Changes]:
    return create(store, "sites", data)


def update_site(store: Store, row_id: str, data: dict[str, Any]) -> Changes:
    return update(store, "sites", row_id, data)


def archive_site(store: Store, row_id: str, now: datetime | None = None) -> Changes:
    return archive(store, "sites", row_id, now)
