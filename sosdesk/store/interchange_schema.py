"""The sections of sosdesk-data/1: which JSON field maps to which column, how it is checked, which
section it references and how it is written back (interchange.md; extensions in docs/interchange.md).
The field specs and checks they are built from live in ``interchange_fields``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sosdesk.domain.model import (
    EXPENSE_CATEGORIES,
    MEETING_STATUSES,
    ROLES,
    SITE_KINDS,
    TYPE_KINDS,
)
from sosdesk.store import dates_models
from sosdesk.store import models as m
from sosdesk.store.interchange_fields import (  # noqa: F401  (fields and checks, re-exported)
    BUYER_FIELDS,
    RATE_FIELDS,
    RATE_UNITS,
    SETTINGS_FIELDS,
    FieldSpec,
    Refs,
    SectionSpec,
    base64_text,
    check_attendance,
    check_calendar,
    check_hhmm,
    check_requirement,
    cross_check_attachment,
    cross_check_beneficiary,
    cross_check_meeting,
    cross_check_type,
    cross_check_unavailability,
    id_list,
    instant_text,
    iso_date,
    ref_each,
    ref_requirements,
    window_list,
)
from sosdesk.store.validate import (
    check_amount_cents,
    check_base64,
    check_bool,
    check_date,
    check_email,
    check_id,
    check_instant,
    check_nonempty_str,
    check_nonneg_int,
    check_positive_int,
    check_sha256,
    check_str,
    list_of,
    normalize_phone,
    nullable,
    one_of,
    positive_decimal,
)

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
        F("open", "open", window_list, default=_list),
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
        cross_check=cross_check_type),
    SectionSpec("professionals", m.Professional, (
        F("id", "id", check_id, required=True), _region,
        F("first_name", "first_name", check_str, default=""),
        F("last_name", "last_name", check_str, default=""),
        F("skills", "skills", list_of(check_nonempty_str, unique=True), default=_list),
        F("home_site", "home_site_id", nullable(check_id), ref="sites"),
        F("sites", "sites", id_list, default=_list, ref="sites", refs=ref_each),
        F("email", "email", check_email, default=""),
        F("phone", "phone", normalize_phone, default=""),
        F("max_minutes_per_week", "max_minutes_per_week", nullable(check_nonneg_int)),
        F("available", "available", window_list, default=_list))),
    SectionSpec("beneficiaries", m.Beneficiary, (
        F("id", "id", check_id, required=True), _region,
        F("first_name", "first_name", check_str, default=""),
        F("last_name", "last_name", check_str, default=""),
        F("birth_date", "birth_date", nullable(check_date), to_json=iso_date),
        F("measure", "measure", check_str, default=""),
        F("measure_start", "measure_start", nullable(check_date), to_json=iso_date),
        F("measure_end", "measure_end", nullable(check_date), to_json=iso_date),
        F("phone", "phone", normalize_phone, default=""),
        F("email", "email", check_email, default=""),
        F("sms_consent", "sms_consent", check_bool, default=False),
        F("email_consent", "email_consent", check_bool, default=False),
        F("requirements", "requirements", list_of(check_requirement), default=_list,
          ref="meeting_types", refs=ref_requirements),
        F("available", "available", window_list, default=_list),
        F("unavailable", "unavailable", window_list, default=_list),
        F("sites", "sites", id_list, default=_list, ref="sites", refs=ref_each),
        F("forbidden_with", "forbidden_with", id_list, default=_list, ref="beneficiaries", refs=ref_each),
        F("referent", "referent_id", nullable(check_id), ref="professionals"),
        F("max_meetings_per_day", "max_meetings_per_day", check_positive_int, default=2)),
        cross_check=cross_check_beneficiary),
    SectionSpec("rate_tables", m.RateTable, RATE_FIELDS, key_fields=("valid_from",),
                row_id=lambda item: item["valid_from"].isoformat()),
    SectionSpec("meetings", m.Meeting, (
        F("id", "id", check_id, required=True),
        F("type", "type_id", check_id, required=True, ref="meeting_types"),
        F("start", "start", check_instant, required=True, to_json=instant_text),
        F("minutes", "minutes", check_positive_int, required=True),
        F("site", "site_id", check_id, required=True, ref="sites"),
        F("professionals", "professionals", id_list, default=_list, ref="professionals", refs=ref_each),
        F("beneficiaries", "beneficiaries", id_list, default=_list, ref="beneficiaries", refs=ref_each),
        F("status", "status", one_of(MEETING_STATUSES), default="planned"),
        F("cancelled_at", "cancelled_at", nullable(check_instant), to_json=instant_text),
        F("attendance", "attendance", check_attendance, default=dict),
        F("professionals_present", "professionals_present", nullable(id_list), ref="professionals",
          refs=ref_each),
        F("proof", "proof", nullable(check_sha256), ref="attachments"),
        F("note", "note", check_str, default=""),
        F("fixed", "fixed", check_bool, default=False, extension=True),
        F("buffer_minutes", "buffer_minutes", check_nonneg_int, default=0, extension=True),
        F("series_id", "series_id", nullable(check_id), extension=True),
        F("color", "color", nullable(check_str), extension=True)),
        cross_check=cross_check_meeting),
    SectionSpec("expenses", m.Expense, (
        F("id", "id", check_id, required=True), _region,
        F("date", "date", check_date, required=True, to_json=iso_date),
        F("category", "category", one_of(EXPENSE_CATEGORIES), required=True),
        F("amount_cents", "amount_cents", check_amount_cents, required=True),
        F("label", "label", check_str, default=""),
        F("receipt", "receipt", nullable(check_sha256), ref="attachments"),
        F("meeting", "meeting_id", nullable(check_id), ref="meetings"))),
    SectionSpec("attachments", m.Attachment, (
        F("sha256", "id", check_sha256, required=True),
        F("filename", "filename", check_str, default=""),
        F("media_type", "media_type", check_str, default="application/octet-stream"),
        F("content_base64", "content", check_base64, required=True, to_json=base64_text)),
        key_fields=("sha256",), row_id=lambda item: str(item["sha256"]), cross_check=cross_check_attachment),
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
        F("first", "first_date", check_date, required=True, to_json=iso_date),
        F("last", "last_date", check_date, required=True, to_json=iso_date),
        F("from", "start_time", nullable(check_hhmm), extension=True),
        F("to", "end_time", nullable(check_hhmm), extension=True),
        F("capacity", "capacity", nullable(check_nonneg_int), extension=True),
        F("reason", "reason", check_str, default="", extension=True)),
        cross_check=cross_check_unavailability),
    SectionSpec("closed_days", dates_models.ClosedDay, (
        F("id", "id", check_id, required=True),
        F("region", "region_id", nullable(check_id), ref="regions", extension=True),
        F("date", "date", check_date, required=True, to_json=iso_date),
        F("label", "label", check_str, default="", extension=True))),
)
# Sections written only when they hold something, so older files and dumps stay as they were.
OPTIONAL_SECTIONS = frozenset({"users", "unavailabilities", "closed_days"})

SECTION_BY_NAME: dict[str, SectionSpec] = {s.name: s for s in SECTIONS}
FORMAT = "sosdesk-data/1"
