"""The building blocks of sosdesk-data/1 sections: a field's spec (JSON name, column, check, reference,
writer), the nested shapes, rate tables, settings and the cross-field checks of a record."""

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
    SITE_KINDS,
)
from sosdesk.domain.timegrid import format_hhmm, format_instant, parse_hhmm
from sosdesk.store import models as m
from sosdesk.store.validate import (
    INVALID,
    Validator,
    check_amount_cents,
    check_bool,
    check_date,
    check_id,
    check_nonempty_str,
    check_nonneg_int,
    check_object,
    check_positive_int,
    check_str,
    check_windows,
    list_of,
    nonneg_decimal,
    one_of,
)

Refs = Callable[[Any], Iterable[tuple[str, str]]]


def same_value(value: Any) -> Any:
    return value


def iso_date(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def base64_text(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


def instant_text(value: datetime | None) -> str | None:
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
    to_json: Callable[[Any], Any] = same_value
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


id_list = list_of(check_id, unique=True)
window_list = check_windows

# --- rate tables (pricing.md §1) ----------------------------------------------------------------

RATE_UNITS = ("professional_hour", "session_hour", "flat")


def check_rate_entry(value: Any, path: str, problems: ProblemList) -> Any:
    fields: dict[str, Validator] = {
        "unit": one_of(RATE_UNITS), "price_cents": check_amount_cents,
        "min_billed_minutes": check_nonneg_int, "rounding_minutes": check_positive_int,
        "max_professionals_billed": check_positive_int}
    obj = check_object(value, path, problems, fields, required=("unit", "price_cents"))
    return INVALID if obj is None else obj


def object_validator(fields: dict[str, Validator], required: tuple[str, ...] = ()) -> Validator:
    def check(value: Any, path: str, problems: ProblemList) -> Any:
        obj = check_object(value, path, problems, fields, required)
        return INVALID if obj is None else obj
    return check


def map_of(inner: Validator) -> Validator:
    def check(value: Any, path: str, problems: ProblemList) -> Any:
        if not isinstance(value, dict):
            problems.add(path, "objet attendu")
            return INVALID
        out = {k: inner(v, f"{path}.{k}", problems) for k, v in value.items()}
        return INVALID if any(v is INVALID for v in out.values()) else out
    return check


RATE_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("valid_from", "valid_from", check_date, required=True, to_json=iso_date),
    FieldSpec("meeting_types", "meeting_types", map_of(check_rate_entry), required=True,
              ref="meeting_types", refs=ref_keys),
    FieldSpec("travel", "travel", object_validator({
        "price_cents_per_hour": check_amount_cents, "rounding_minutes": check_positive_int,
        "max_minutes_per_day": check_nonneg_int,
        "billable_site_kinds": list_of(one_of(SITE_KINDS), unique=True)},
        required=("price_cents_per_hour",)), required=True),
    FieldSpec("no_show", "no_show", object_validator(
        {"ratio": nonneg_decimal, "notice_hours": check_nonneg_int}, required=("ratio", "notice_hours")),
        required=True),
    FieldSpec("vat", "vat", object_validator({"rate": nonneg_decimal, "mention": check_str},
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
    "buyer": object_validator(BUYER_FIELDS),
    # e-invoice (Factur-X / Chorus Pro), checked in depth by sosdesk.invoicing.billing_settings
    "vat_id": check_str, "tax_registration_id": check_str, "vat_regime": check_str,
    "vat_exemption_reason": check_str,
    "payment": object_validator({"terms": check_str, "days": check_nonneg_int, "means": check_str,
                                  "iban": check_str, "bic": check_str}),
}

# --- cross-field checks -------------------------------------------------------------------------


def cross_check_type(item: dict[str, Any], path: str, problems: ProblemList) -> None:
    lo, hi = item.get("min_participants", 1), item.get("max_participants", 1)
    if lo > hi:
        problems.add(f"{path}.max_participants", f"{hi} inférieur à min_participants ({lo})")


def cross_check_beneficiary(item: dict[str, Any], path: str, problems: ProblemList) -> None:
    start, end = item.get("measure_start"), item.get("measure_end")
    if start is not None and end is not None and start > end:
        problems.add(f"{path}.measure_end", "fin de mesure avant son début")
    if item["id"] in (item.get("forbidden_with") or []):
        problems.add(f"{path}.forbidden_with", "un bénéficiaire ne peut pas s'interdire lui-même")


def cross_check_meeting(item: dict[str, Any], path: str, problems: ProblemList) -> None:
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


def cross_check_attachment(item: dict[str, Any], path: str, problems: ProblemList) -> None:
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


def cross_check_unavailability(item: dict[str, Any], path: str, problems: ProblemList) -> None:
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
