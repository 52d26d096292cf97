"""The synced tables as seen by sync: model lookup, JSON form of a row, region of a row.

Shared by the office client and the central service so both read rows the same way.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Date, LargeBinary, inspect

import sosdesk.store.all_models  # noqa: F401  (registers every model)
from sosdesk.store.base import SYNC_COLUMNS, Base, Synced, UTCDateTime
from sosdesk.store.changes import LOCAL_FIELDS, to_jsonable

# Written by the national role only; offices receive them read-only (sync.md conflict policy).
REFERENCE_TABLES = frozenset({"settings", "regions", "meeting_types", "rate_tables", "users"})
# Rows without a region of their own that are visible to every office.
GLOBAL_TABLES = frozenset({"settings", "meeting_types", "rate_tables"})
# Region of rows that belong to the national office alone (never sent to a region).
NATIONAL = "__national__"
# FK-safe order for the first download (parents before children).
SNAPSHOT_ORDER = ("settings", "regions", "users", "meeting_types", "rate_tables", "sites",
                  "travel_minutes", "professionals", "beneficiaries", "unavailabilities", "closed_days",
                  "meetings", "expenses",
                  "attachments", "invoices", "invoice_events")
# Fields that name an attachment (its SHA-256 id): the attachment follows the region of the row
# that references it, so an office receives the proofs of its own meetings wherever they were loaded.
ATTACHMENT_REFS = {("meetings", "proof"), ("expenses", "receipt"), ("attendance_sheets", "attachment_id")}
NOT_DATA = frozenset({"id", "row_version", "deleted"}) | LOCAL_FIELDS  # password hashes stay local


@cache
def synced_models() -> dict[str, type[Any]]:
    """Table name → model for every synced model (core and teammates' modules)."""
    out: dict[str, type[Any]] = {}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if isinstance(cls, type) and issubclass(cls, Synced) and hasattr(cls, "__tablename__"):
            out[cls.__tablename__] = cls
    return out


def table_order() -> list[str]:
    """Every synced table, parents first."""
    names = list(synced_models())
    return [t for t in SNAPSHOT_ORDER if t in names] + sorted(t for t in names if t not in SNAPSHOT_ORDER)


def model_for(table: str) -> type[Any] | None:
    return synced_models().get(table)


def sensitive_fields(table: str) -> frozenset[str]:
    model = model_for(table)
    return frozenset(getattr(model, "__sensitive_fields__", ())) if model else frozenset()


@cache
def data_columns(table: str) -> tuple[str, ...]:
    """Column keys carried in a row's JSON data (everything but id, row_version, deleted)."""
    model = model_for(table)
    assert model is not None
    return tuple(a.key for a in inspect(model).column_attrs if a.key not in NOT_DATA)


def _identity(v: Any) -> Any:
    return v


def _to_date(v: Any) -> Any:
    return date.fromisoformat(v) if isinstance(v, str) else v


def _to_datetime(v: Any) -> Any:
    return datetime.fromisoformat(v) if isinstance(v, str) else v


def _to_bytes(v: Any) -> Any:
    return base64.b64decode(v) if isinstance(v, str) else v


@cache
def _converters(table: str) -> dict[str, Callable[[Any], Any]]:
    model = model_for(table)
    assert model is not None
    out: dict[str, Callable[[Any], Any]] = {}
    for key, column in inspect(model).columns.items():
        if isinstance(column.type, UTCDateTime):
            out[key] = _to_datetime
        elif isinstance(column.type, Date):
            out[key] = _to_date
        elif isinstance(column.type, LargeBinary):
            out[key] = _to_bytes
        else:
            out[key] = _identity
    return out


def from_json(table: str, key: str, value: Any) -> Any:
    """A JSON field value back to the column's Python type."""
    if value is None:
        return None
    return _converters(table).get(key, _identity)(value)


def row_data(obj: Any) -> dict[str, Any]:
    """The JSON data of a row as sync carries it."""
    return {k: to_jsonable(getattr(obj, k)) for k in data_columns(obj.__tablename__)}


def table_hash(pairs: list[tuple[str, int, bool]]) -> str:
    """Hash of (row id, version, deleted) of a table, sorted: the same on client and service."""
    h = hashlib.sha256()
    for row_id, version, deleted in sorted(pairs):
        h.update(f"{row_id}:{version}:{int(deleted)}\n".encode())
    return h.hexdigest()


def sync_columns() -> tuple[str, ...]:
    return SYNC_COLUMNS


def region_of(table: str, data: dict[str, Any], row_id: str,
              lookup: Callable[[str, str], str | None], device_region: str | None) -> str | None:
    """The region a row belongs to (None: reference data visible to every office).

    ``lookup(table, id)`` gives the region of another row (travel → its from-site, invoice events
    → their invoice).
    """
    if table in GLOBAL_TABLES:
        return None
    if table == "regions":
        return row_id
    if table == "users":
        return data.get("region_id")
    if table == "closed_days":
        return data.get("region_id") or None  # organisation-wide: every office sees it
    if table == "travel_minutes":
        return lookup("sites", str(data.get("from_site", "")))
    if table == "invoices":
        scope = data.get("scope")
        return NATIONAL if not scope or scope == "national" else str(scope)
    if table == "invoice_events":
        return lookup("invoices", str(data.get("invoice_id", ""))) or NATIONAL
    if "region_id" in data:
        return data.get("region_id") or NATIONAL
    if table == "attachments" or model_for(table) is not None:
        return device_region or NATIONAL
    return NATIONAL
