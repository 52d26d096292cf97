"""Field types and validators of the synced tables: what a pushed value may be.

Each synced column is described once (:class:`FieldSpec`, read from the declarative models' column
types — types only, no session) and every value that crosses the wire is checked here, by the
central service before it stores an op and by the office when it applies a pulled row. A refusal
is a short reason code ``invalid_value:<field>`` (or ``unknown_field:…``, ``missing_field:…``,
``too_long:…``) that :mod:`sosdesk.contract.reasons` turns into French.
"""

from __future__ import annotations

import base64
import binascii
import math
import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Float, Integer, LargeBinary, Numeric, String, Text

from sosdesk.contract import tables
from sosdesk.store.base import UTCDateTime

# Bounds of the wire (DESIGN: limits before work). Amounts are cents: ±10 billion euros.
MAX_INT = 2**53
MAX_TEXT = 20_000           # an unbounded Text column (notes, comments)
MAX_JSON = 200_000          # characters of a JSON column once serialised (roughly)
MAX_LIST = 5_000            # items of a list column
MAX_BINARY = 25 * 1024 * 1024
# Attachment files travel apart from the push (``PUT /v1/attachments/{sha256}``): a row may come
# without its bytes, which are fetched by their SHA-256 (the row id). Inline bytes stay accepted up
# to INLINE_MAX (docs/sync.md).
SEPARATE_CONTENT = {"attachments": "content"}
INLINE_MAX = 4 * 1024 * 1024
ID_MAX = 64
_ID = re.compile(r"^[^\x00-\x1f\x7f]{1,64}$")

# JSON columns that hold lists of ids of another synced table (checked like foreign keys).
ID_LISTS: dict[tuple[str, str], str] = {
    ("meetings", "professionals"): "professionals",
    ("meetings", "beneficiaries"): "beneficiaries",
    ("professionals", "sites"): "sites",
    ("beneficiaries", "sites"): "sites",
    ("beneficiaries", "forbidden_with"): "beneficiaries",
}


class Invalid(ValueError):
    """A value the contract refuses: ``code`` is the reason carried back to the office."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True, slots=True)
class FieldSpec:
    name: str
    kind: str               # str, int, float, bool, date, datetime, list, dict, json, bytes
    nullable: bool
    required: bool          # must be given (not null) when the row is created
    max_len: int | None = None
    ref: str | None = None  # foreign key: table whose id this field (or list) holds
    default: Any = None     # JSON value a new row gets when the op leaves the field out


def _kind(column: Any) -> tuple[str, int | None]:
    t = column.type
    if isinstance(t, UTCDateTime):
        return "datetime", None
    if isinstance(t, Date):
        return "date", None
    if isinstance(t, Boolean):
        return "bool", None
    if isinstance(t, Integer):
        return "int", None
    if isinstance(t, Float | Numeric):
        return "float", None
    if isinstance(t, LargeBinary):
        return "bytes", None
    if isinstance(t, JSON):
        default = column.default.arg if column.default is not None else None
        name = getattr(getattr(default, "__wrapped__", default), "__name__", "")
        return ({"list": "list", "dict": "dict"}.get(name, "json")), None
    if isinstance(t, String | Text):
        return "str", (t.length or MAX_TEXT)
    return "json", None


SYNC_FIELDS = ("updated_at", "updated_by")


def _default(column: Any) -> Any:
    """The JSON form of a column's Python default (lists and dicts fresh; callables like now → None)."""
    if column.default is None:
        return None
    arg = getattr(column.default.arg, "__wrapped__", column.default.arg)
    if arg is list:
        return []
    if arg is dict:
        return {}
    if callable(arg):
        return None
    return arg if isinstance(arg, str | int | float | bool) else None


@cache
def blank_row(table: str) -> dict[str, Any]:
    """The data of a row before an insert's fields land: every column at its default."""
    return {name: spec.default for name, spec in specs(table).items()}


@cache
def specs(table: str) -> dict[str, FieldSpec]:
    """Field name → spec of every data column of ``table`` (the sync columns are the op's own)."""
    model = tables.model_for(table)
    if model is None:
        return {}
    out: dict[str, FieldSpec] = {}
    columns = model.__table__.columns
    for name in tables.data_columns(table):
        column = columns[name]
        kind, length = _kind(column)
        has_default = column.default is not None or column.server_default is not None
        ref = next((fk.column.table.name for fk in column.foreign_keys), None)
        ref = ID_LISTS.get((table, name), ref)
        out[name] = FieldSpec(name, kind, bool(column.nullable),
                              not column.nullable and not has_default and name not in SYNC_FIELDS,
                              length, ref, _default(column))
    return out


def _text(value: Any, spec: FieldSpec) -> str:
    if not isinstance(value, str):
        raise Invalid(f"invalid_value:{spec.name}")
    if "\x00" in value:
        raise Invalid(f"invalid_value:{spec.name}")
    if spec.max_len is not None and len(value) > spec.max_len:
        raise Invalid(f"too_long:{spec.name}")
    return value


def _json_size(value: Any, budget: list[int], name: str, depth: int = 0) -> None:
    """Walk a JSON value: only JSON types, no NUL, bounded depth and size."""
    if depth > 20:
        raise Invalid(f"invalid_value:{name}")
    budget[0] -= 1
    if budget[0] < 0:
        raise Invalid(f"too_long:{name}")
    if isinstance(value, str):
        if "\x00" in value:
            raise Invalid(f"invalid_value:{name}")
        budget[0] -= len(value) // 16
    elif isinstance(value, bool) or value is None:
        return
    elif isinstance(value, int):
        if abs(value) > MAX_INT:
            raise Invalid(f"invalid_value:{name}")
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise Invalid(f"invalid_value:{name}")
    elif isinstance(value, list):
        if len(value) > MAX_LIST:
            raise Invalid(f"too_long:{name}")
        for item in value:
            _json_size(item, budget, name, depth + 1)
    elif isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str) or "\x00" in key:
                raise Invalid(f"invalid_value:{name}")
            _json_size(item, budget, name, depth + 1)
    else:
        raise Invalid(f"invalid_value:{name}")


def check_value(spec: FieldSpec, value: Any) -> None:
    """Raise :class:`Invalid` unless ``value`` is a valid wire value of the field."""
    if value is None:
        if spec.nullable:
            return
        raise Invalid(f"invalid_value:{spec.name}")
    kind = spec.kind
    if kind == "str":
        _text(value, spec)
        if spec.ref is not None and not _ID.match(value):
            raise Invalid(f"invalid_value:{spec.name}")
    elif kind == "int":
        if isinstance(value, bool) or not isinstance(value, int) or abs(value) > MAX_INT:
            raise Invalid(f"invalid_value:{spec.name}")
    elif kind == "float":
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise Invalid(f"invalid_value:{spec.name}")
    elif kind == "bool":
        if not isinstance(value, bool):
            raise Invalid(f"invalid_value:{spec.name}")
    elif kind == "date":
        check_date(value, spec.name)
    elif kind == "datetime":
        check_datetime(value, spec.name)
    elif kind == "bytes":
        if not isinstance(value, str) or len(value) > MAX_BINARY * 4 // 3 + 4:
            raise Invalid(f"too_long:{spec.name}" if isinstance(value, str) else f"invalid_value:{spec.name}")
        try:
            base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            raise Invalid(f"invalid_value:{spec.name}") from None
    else:
        if kind == "list" and not isinstance(value, list):
            raise Invalid(f"invalid_value:{spec.name}")
        if kind == "dict" and not isinstance(value, dict):
            raise Invalid(f"invalid_value:{spec.name}")
        _json_size(value, [MAX_JSON], spec.name)
        if spec.ref is not None and not all(isinstance(v, str) and _ID.match(v) for v in value):
            raise Invalid(f"invalid_value:{spec.name}")


def check_date(value: Any, name: str) -> None:
    if not isinstance(value, str) or len(value) != 10:
        raise Invalid(f"invalid_value:{name}")
    try:
        date.fromisoformat(value)
    except ValueError:
        raise Invalid(f"invalid_value:{name}") from None


def check_datetime(value: Any, name: str) -> None:
    """An ISO instant with its offset (the desktop writes aware UTC instants)."""
    if not isinstance(value, str) or not 16 <= len(value) <= 40:
        raise Invalid(f"invalid_value:{name}")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise Invalid(f"invalid_value:{name}") from None
    if parsed.tzinfo is None:
        raise Invalid(f"invalid_value:{name}")


def check_op(table: str, action: str, fields: dict[str, list[Any]], creating: bool,
             updated_at: Any = None, updated_by: Any = None, stored_apart: bool = False) -> None:
    """Raise :class:`Invalid` unless the op is well formed for ``table``: known fields, ``[old, new]``
    pairs, valid new values, every required field on creation. ``stored_apart``: the row's file
    bytes were uploaded separately (its content field may be left out)."""
    known = specs(table)
    if not known:
        raise Invalid("unknown_table")
    for name, pair in fields.items():
        if name == "deleted":
            if len(pair) != 2 or not isinstance(pair[1], bool):
                raise Invalid("invalid_value:deleted")
            continue
        spec = known.get(name)
        if spec is None:
            raise Invalid(f"unknown_field:{name[:40]}")
        if len(pair) != 2:
            raise Invalid(f"invalid_value:{name}")
        check_value(spec, pair[1])
    if table == "attachments" and fields.get("content", [None, None])[1] is not None:
        _check_proof_content(fields["content"][1])
    if updated_at is not None:
        check_datetime(updated_at, "updated_at")
    if updated_by is not None and (not isinstance(updated_by, str) or len(updated_by) > ID_MAX
                                   or "\x00" in updated_by):
        raise Invalid("invalid_value:updated_by")
    if creating and action != "delete":
        apart = SEPARATE_CONTENT.get(table) if stored_apart else None
        for spec in known.values():
            if spec.name == apart and spec.name not in fields:
                continue
            if spec.required and (spec.name not in fields or fields[spec.name][1] is None):
                raise Invalid(f"missing_field:{spec.name}")


def _check_proof_content(value: str) -> None:
    """A synced scan is a PDF/JPEG/PNG/TIFF that reads, within the size cap: the same check as every
    attach on the desktop (``domain.proof_files``), made again by the service (DESIGN: trust)."""
    from sosdesk.domain.proof_files import ProofRefused, check_proof

    try:
        check_proof("", base64.b64decode(value, validate=True))
    except (ProofRefused, binascii.Error, ValueError):
        raise Invalid("not_a_proof:content") from None


def check_row(table: str, data: Any) -> None:
    """A stored row as pulled: raise :class:`Invalid` if a field would not load (the office skips it)."""
    known = specs(table)
    if not known:
        raise Invalid("unknown_table")
    if not isinstance(data, dict):
        raise Invalid("invalid_value:data")
    for name, value in data.items():
        spec = known.get(name)
        if spec is not None and not (value is None and (name in SYNC_FIELDS or SEPARATE_CONTENT.get(table) == name)):
            check_value(spec, value)
    for spec in known.values():
        if not spec.nullable and data.get(spec.name) is None and spec.name not in SYNC_FIELDS and \
                SEPARATE_CONTENT.get(table) != spec.name:
            raise Invalid(f"missing_field:{spec.name}")


def references(table: str, values: dict[str, Any]) -> set[tuple[str, str]]:
    """Rows of other synced tables that ``values`` point to (foreign keys and id lists)."""
    out: set[tuple[str, str]] = set()
    known = specs(table)
    for name, value in values.items():
        spec = known.get(name)
        if spec is None or spec.ref is None or value is None or tables.model_for(spec.ref) is None:
            continue
        if isinstance(value, list):
            out.update((spec.ref, v) for v in value if isinstance(v, str))
        elif isinstance(value, str) and value:
            out.add((spec.ref, value))
    return out
