"""The sections of sosdesk-data/1: which JSON field maps to which column, how it is checked, which
section it references and how it is written back (interchange.md; extensions in docs/interchange.md)."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sosdesk.domain.closures import HOLIDAY_CALENDARS, calendar_code
from sosdesk.domain.errors import ProblemList
from sosdesk.domain.model import (
    ATTENDANCE_VALUES,
    EXPENSE_CATEGORIES,
    MEETING_STATUSES,
    ROLES,
    SITE_KINDS,
    TYPE_KINDS,
)
from sosdesk.domain.timegrid import format_hhmm, format_instant, parse_hhmm
from sosdesk.store import dates_models
from sosdesk.store import models as m
from sosdesk.store.validate import (
    INVALID,
    Validator,
    check_amount_cents,
    check_base64,
    check_bool,
    check_date,
    check_email,
    check_id,
    check_instant,
    check_nonempty_str,
    check_nonneg_int,
    check_object,
    check_positive_int,
    check_sha256,
    check_str,
    check_windows,
    list_of,
    nonneg_decimal,
    normalize_phone,
    nullable,
    one_of,
    positive_decimal,
)

Refs = Callable[[Any], Iterable[tuple[str, str]]]


def _same(value: Any) -> Any:
    return value


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _b64(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


def _instant(value: datetime | None) -> str | None:
    return None if value is None else format_instant(value)


def ref_one(value: Any) -> Iterable[tuple[str, str]]:
    return [] if value is None else [("", value)]


def ref_each(value: Any) -> Iterable[tuple[str, str]]:
    return [(f"[{i}]", v) for i, v in enumerate(value or [])]


def ref_keys(value: Any) -> Iterable[tuple[str, str]]:
    return [(f".{k}", k) for k in (value or {})]


@dataclass(frozen=True)
class FieldSpec:
    """One JSON field: its column, its check, what it references, its default on insert."""

    key: str
    attr: str
    check: Validator
    required: bool = False
    default: Any = None
    ref: str | None = None
    refs: Refs = ref_one
    to_json: Callable[[Any], Any] = _same
    # Our additions to sosdesk-data/1: dumped only when they differ from the default.
    extension: bool = False

    def default_value(self) -> Any:
        return self.default() if callable(self.default) else self.default


@dataclass(frozen=True)
class SectionSpec:
    """A top-level list of sosdesk-data/1 and the synced table it fills."""

    name: str
    model: type[m.Base]
    fields: tuple[FieldSpec, ...]
    key_fields: tuple[str, ...] = ("id",)
    # row id from a validated item (travel: "FROM|TO", rate tables: valid_from, attachments: sha256)
    row_id: Callable[[dict[str, Any]], str] = field(default=lambda item: str(item["id"]))
    cross_check: Callable[[dict[str, Any], str, ProblemList], None] | None = None

    def by_key(self) -> dict[str, FieldSpec]:
        return {f.key: f for f in self.fields}


# --- nested shapes ----------------------------------------------------------------------------

def check_requirement(value: Any, path: str, problems: ProblemList) -> Any:
    obj = check_object(value, path, problems, {"type": check_id, "minutes": check_nonneg_int},
                       required=("type", "minutes"))
    return INVALID if obj is None else {"type": obj["type"], "minutes": obj["minutes"]}


def ref_requirements(value: Any) -> Iterable[tuple[str, str]]:
    return [(f"[{i}].type", r["type"]) for i, r in enumerate(value or [])]


def check_attendance(value: Any, path: str, problems: ProblemList) -> Any:
    if not isinstance(value, dict):
        problems.add(path, "objet {bénéficiaire: présence} attendu")
        return INVALID
    state = one_of(ATTENDANCE_VALUES)
    out = {k: state(v, f"{path}.{k}", problems) for k, v in value.items()}
    return INVALID if any(v is INVALID for v in out.values()) else out


def check_siret(value: Any, path: str, problems: ProblemList) -> Any:
    if check_str(value, path, problems) is INVALID:
        return INVALID
    if value and not (len(value) == 14 and value.isdigit()):
        problems.add(path, f"SIRET invalide « {value} » (14 chiffres)")
        return INVALID
    return value


_ids = list_of(check_id, unique=True)
_windows = check_windows

# --- rate tables (pricing.md §1) ----------------------------------------------------------------

RATE_UNITS = ("professional_hour", "session_hour", "flat")


def check_rate_entry(value: Any, path: str, problems: ProblemList) -> Any:
    fields: dict[str, Validator] = {
        "unit": one_of(RATE_UNITS), "price_cents": check_amount_cents,
        "min_billed_minutes": check_nonneg_int, "rounding_minutes": check_positive_int,
        "max_professionals_billed": check_positive_int}
    obj = check_object(value, path, problems, fields, required=("unit", "price_cents"))
    return INVALID if obj is None else obj


def _object_validator(fields: dict[str, Validator], required: tuple[str, ...] = ()) -> Validator:
    def check(value: Any, path: str, problems: ProblemList) -> Any:
        obj = check_object(value, path, problems, fields, required)
        return INVALID if obj is None else obj
    return check


def _map_of(inner: Validator) -> Validator:
    def check(value: Any, path: str, problems: ProblemList) -> Any:
        if not isinstance(value, dict):
            problems.add(path, "objet attendu")
            return INVALID
        out = {k: inner(v, f"{path}.{k}", problems) for k, v in value.items()}
        return INVALID if any(v is INVALID for v in out.values()) else out
    return check


RATE_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("valid_from", "valid_from", check_date, required=True, to_json=_iso),
    FieldSpec("meeting_types", "meeting_types", _map_of(check_rate_entry), required=True,
              ref="meeting_types", refs=ref_keys),
    FieldSpec("travel", "travel", _object_validator({
        "price_cents_per_hour": check_amount_cents, "rounding_minutes": check_positive_int,
        "max_minutes_per_day": check_nonneg_int,
        "billable_site_kinds": list_of(one_of(SITE_KINDS), unique=True)},
        required=("price_cents_per_hour",)), required=True),
    FieldSpec("no_show", "no_show", _object_validator(
        {"ratio": nonneg_decimal, "notice_hours": check_nonneg_int}, required=("ratio", "notice_hours")),
        required=True),
    FieldSpec("vat", "vat", _object_validator({"rate": nonneg_decimal, "mention": check_str},
                                               required=("rate",)), required=True),
)

# --- settings -----------------------------------------------------------------------------------

BUYER_FIELDS: dict[str, Validator] = {
    "name": check_str, "siret": check_siret, "service_code": check_str,
    "commitment_number": check_str, "address": check_str}
# Known keys of the settings object; other modules may add theirs (one line) before loading.
SETTINGS_FIELDS: dict[str, Validator] = {
    "organisation": check_str, "siret": check_siret, "invoice_prefix": check_nonempty_str,
    "address": check_str, "require_proof": check_bool,
    "buyer": _object_validator(BUYER_FIELDS),
    # e-invoice (Factur-X / Chorus Pro), checked in depth by sosdesk.invoicing.billing_settings
    "vat_id": check_str, "tax_registration_id": check_str, "vat_regime": check_str,
    "vat_exemption_reason": check_str,
    "payment": _object_validator({"terms": check_str, "days": check_nonneg_int, "means": check_str,
                                  "iban": check_str, "bic": check_str}),
}

# --- cross-field checks -------------------------------------------------------------------------


def _check_type(item: dict[str, Any], path: str, problems: ProblemList) -> None:
    lo, hi = item.get("min_participants", 1), item.get("max_participants", 1)
    if lo > hi:
        problems.add(f"{path}.max_participants", f"{hi} inférieur à min_participants ({lo})")


def _check_beneficiary(item: dict[str, Any], path: str, problems: ProblemList) -> None:
    start, end = item.get("measure_start"), item.get("measure_end")
    if start is not None and end is not None and start > end:
        problems.add(f"{path}.measure_end", "fin de mesure avant son début")
    if item["id"] in (item.get("forbidden_with") or []):
        problems.add(f"{path}.forbidden_with", "un bénéficiaire ne peut pas s'interdire lui-même")


def _check_meeting(item: dict[str, Any], path: str, problems: ProblemList) -> None:
    from sosdesk.domain.timegrid import local_day_minute

    _day, minute = local_day_minute(item["start"])
    if minute + item["minutes"] > 24 * 60:
        problems.add(f"{path}.minutes", "un rendez-vous ne peut pas passer minuit")
    beneficiaries = set(item.get("beneficiaries") or [])
    for bid in item.get("attendance") or {}:
        if bid not in beneficiaries:
            problems.add(f"{path}.attendance.{bid}", f"« {bid} » ne fait pas partie des bénéficiaires du rendez-vous")
    if item.get("cancelled_at") is not None and item.get("status") != "cancelled":
        problems.add(f"{path}.cancelled_at", "renseigné alors que le rendez-vous n'est pas annulé")


def _check_attachment(item: dict[str, Any], path: str, problems: ProblemList) -> None:
    actual = hashlib.sha256(item["content_base64"]).hexdigest()
    if actual != item["sha256"]:
        problems.add(f"{path}.sha256", f"ne correspond pas au contenu (SHA-256 du contenu : {actual})")


def check_calendar(value: Any, path: str, problems: ProblemList) -> Any:
    if check_str(value, path, problems) is INVALID:
        return INVALID
    code = calendar_code(value)
    if code is None:
        known = ", ".join(f"« {k} » ({v})" for k, v in HOLIDAY_CALENDARS.items() if k)
        problems.add(path, f"calendrier de jours fériés inconnu « {value} » (vide : métropole ; {known})")
        return INVALID
    return code


def check_hhmm(value: Any, path: str, problems: ProblemList) -> Any:
    try:
        minutes = parse_hhmm(value)
    except ValueError as exc:
        problems.add(path, str(exc))
        return INVALID
    if minutes % 15:
        problems.add(path, f"« {value} » hors de la grille de 15 minutes")
        return INVALID
    return format_hhmm(minutes)


def _check_unavailability(item: dict[str, Any], path: str, problems: ProblemList) -> None:
    subjects = [k for k in ("professional", "beneficiary", "site") if item.get(k) is not None]
    if len(subjects) != 1:
        problems.add(path, "indiquez exactement un de « professional », « beneficiary » ou « site »")
    if item["last"] < item["first"]:
        problems.add(f"{path}.last", "fin avant le début")
    start, end = item.get("from"), item.get("to")
    if (start is None) != (end is None):
        problems.add(path, "« from » et « to » vont ensemble (ou aucun : toute la journée)")
    elif start is not None and end is not None and parse_hhmm(start) >= parse_hhmm(end):
        problems.add(f"{path}.to", f"fin {end} pas après le début {start}")
    if item.get("capacity") is not None and subjects != ["site"]:
        problems.add(f"{path}.capacity", "une capacité réduite ne concerne qu'un site")


# --- the sections -------------------------------------------------------------------------------

F = FieldSpec
_region = F("region", "region_id", check_id, required=True, ref="regions")
_list: Callable[[], list[Any]] = list

SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec("regions", m.Region, (
        F("id", "id", check_id, required=True),
        F("name", "name", check_str, required=True))),
    SectionSpec("sites", m.Site, (
        F("id", "id", check_id, required=True), _region,
        F("name", "name", check_str, required=True),
        F("kind", "kind", one_of(SITE_KINDS), default="office"),
        F("address", "address", check_str, default=""),
        F("capacity", "capacity", check_nonneg_int, default=1),
        F("rate_coefficient", "rate_coefficient", positive_decimal, default="1.00"),
        F("open", "open", _windows, default=_list),
        F("holiday_calendar", "holiday_calendar", check_calendar, default="", extension=True),
        F("open_on_holidays", "open_on_holidays", check_bool, default=False, extension=True))),
    SectionSpec("travel_minutes", m.TravelTime, (
        F("from", "from_site", check_id, required=True, ref="sites"),
        F("to", "to_site", check_id, required=True, ref="sites"),
        F("minutes", "minutes", check_nonneg_int, required=True)),
        key_fields=("from", "to"), row_id=lambda item: f"{item['from']}|{item['to']}"),
    SectionSpec("meeting_types", m.MeetingType, (
        F("id", "id", check_id, required=True),
        F("label", "label", check_str, default=""),
        F("kind", "kind", one_of(TYPE_KINDS), required=True),
        F("minutes", "minutes", check_positive_int, required=True),
        F("skill", "skill", check_str, default=""),
        F("professionals", "professionals", check_nonneg_int, default=1),
        F("min_participants", "min_participants", check_nonneg_int, default=1),
        F("max_participants", "max_participants", check_nonneg_int, default=1),
        F("color", "color", nullable(check_str), extension=True)),
        cross_check=_check_type),
    SectionSpec("professionals", m.Professional, (
        F("id", "id", check_id, required=True), _region,
        F("first_name", "first_name", check_str, default=""),
        F("last_name", "last_name", check_str, default=""),
        F("skills", "skills", list_of(check_nonempty_str, unique=True), default=_list),
        F("home_site", "home_site_id", nullable(check_id), ref="sites"),
        F("sites", "sites", _ids, default=_list, ref="sites", refs=ref_each),
        F("email", "email", check_email, default=""),
        F("phone", "phone", normalize_phone, default=""),
        F("max_minutes_per_week", "max_minutes_per_week", nullable(check_nonneg_int)),
        F("available", "available", _windows, default=_list))),
    SectionSpec("beneficiaries", m.Beneficiary, (
        F("id", "id", check_id, required=True), _region,
        F("first_name", "first_name", check_str, default=""),
        F("last_name", "last_name", check_str, default=""),
        F("birth_date", "birth_date", nullable(check_date), to_json=_iso),
        F("measure", "measure", check_str, default=""),
        F("measure_start", "measure_start", nullable(check_date), to_json=_iso),
        F("measure_end", "measure_end", nullable(check_date), to_json=_iso),
        F("phone", "phone", normalize_phone, default=""),
        F("email", "email", check_email, default=""),
        F("sms_consent", "sms_consent", check_bool, default=False),
        F("email_consent", "email_consent", check_bool, default=False),
        F("requirements", "requirements", list_of(check_requirement), default=_list,
          ref="meeting_types", refs=ref_requirements),
        F("available", "available", _windows, default=_list),
        F("unavailable", "unavailable", _windows, default=_list),
        F("sites", "sites", _ids, default=_list, ref="sites", refs=ref_each),
        F("forbidden_with", "forbidden_with", _ids, default=_list, ref="beneficiaries", refs=ref_each),
        F("referent", "referent_id", nullable(check_id), ref="professionals"),
        F("max_meetings_per_day", "max_meetings_per_day", check_positive_int, default=2)),
        cross_check=_check_beneficiary),
    SectionSpec("rate_tables", m.RateTable, RATE_FIELDS, key_fields=("valid_from",),
                row_id=lambda item: item["valid_from"].isoformat()),
    SectionSpec("meetings", m.Meeting, (
        F("id", "id", check_id, required=True),
        F("type", "type_id", check_id, required=True, ref="meeting_types"),
        F("start", "start", check_instant, required=True, to_json=_instant),
        F("minutes", "minutes", check_positive_int, required=True),
        F("site", "site_id", check_id, required=True, ref="sites"),
        F("professionals", "professionals", _ids, default=_list, ref="professionals", refs=ref_each),
        F("beneficiaries", "beneficiaries", _ids, default=_list, ref="beneficiaries", refs=ref_each),
        F("status", "status", one_of(MEETING_STATUSES), default="planned"),
        F("cancelled_at", "cancelled_at", nullable(check_instant), to_json=_instant),
        F("attendance", "attendance", check_attendance, default=dict),
        F("professionals_present", "professionals_present", nullable(_ids), ref="professionals",
          refs=ref_each),
        F("proof", "proof", nullable(check_sha256), ref="attachments"),
        F("note", "note", check_str, default=""),
        F("fixed", "fixed", check_bool, default=False, extension=True),
        F("buffer_minutes", "buffer_minutes", check_nonneg_int, default=0, extension=True),
        F("series_id", "series_id", nullable(check_id), extension=True),
        F("color", "color", nullable(check_str), extension=True)),
        cross_check=_check_meeting),
    SectionSpec("expenses", m.Expense, (
        F("id", "id", check_id, required=True), _region,
        F("date", "date", check_date, required=True, to_json=_iso),
        F("category", "category", one_of(EXPENSE_CATEGORIES), required=True),
        F("amount_cents", "amount_cents", check_amount_cents, required=True),
        F("label", "label", check_str, default=""),
        F("receipt", "receipt", nullable(check_sha256), ref="attachments"),
        F("meeting", "meeting_id", nullable(check_id), ref="meetings"))),
    SectionSpec("attachments", m.Attachment, (
        F("sha256", "id", check_sha256, required=True),
        F("filename", "filename", check_str, default=""),
        F("media_type", "media_type", check_str, default="application/octet-stream"),
        F("content_base64", "content", check_base64, required=True, to_json=_b64)),
        key_fields=("sha256",), row_id=lambda item: str(item["sha256"]), cross_check=_check_attachment),
    # Our addition: the users of the office (roles for the invoice workflow), see docs/interchange.md.
    SectionSpec("users", m.User, (
        F("id", "id", check_id, required=True),
        F("name", "name", check_str, required=True),
        F("role", "role", one_of(ROLES), required=True),
        F("region", "region_id", nullable(check_id), ref="regions"),
        F("email", "email", check_email, default=""))),
    # Our additions (issue 12): dated unavailability and closed days, see docs/interchange.md.
    SectionSpec("unavailabilities", dates_models.Unavailability, (
        F("id", "id", check_id, required=True), _region,
        F("professional", "professional_id", nullable(check_id), ref="professionals", extension=True),
        F("beneficiary", "beneficiary_id", nullable(check_id), ref="beneficiaries", extension=True),
        F("site", "site_id", nullable(check_id), ref="sites", extension=True),
        F("first", "first_date", check_date, required=True, to_json=_iso),
        F("last", "last_date", check_date, required=True, to_json=_iso),
        F("from", "start_time", nullable(check_hhmm), extension=True),
        F("to", "end_time", nullable(check_hhmm), extension=True),
        F("capacity", "capacity", nullable(check_nonneg_int), extension=True),
        F("reason", "reason", check_str, default="", extension=True)),
        cross_check=_check_unavailability),
    SectionSpec("closed_days", dates_models.ClosedDay, (
        F("id", "id", check_id, required=True),
        F("region", "region_id", nullable(check_id), ref="regions", extension=True),
        F("date", "date", check_date, required=True, to_json=_iso),
        F("label", "label", check_str, default="", extension=True))),
)
# Sections written only when they hold something, so older files and dumps stay as they were.
OPTIONAL_SECTIONS = frozenset({"users", "unavailabilities", "closed_days"})

SECTION_BY_NAME: dict[str, SectionSpec] = {s.name: s for s in SECTIONS}
FORMAT = "sosdesk-data/1"
