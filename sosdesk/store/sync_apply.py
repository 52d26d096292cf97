"""Writing server rows into the office file (origin "sync": no outbox) without ever overwriting a
row that still has a pending op or an open conflict (sync.md)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sosdesk.contract import tables
from sosdesk.contract.fields import SEPARATE_CONTENT, Invalid, check_row
from sosdesk.store.models import OutboxOp
from sosdesk.store.purge import erase_local_traces, is_purged
from sosdesk.store.sync_models import SyncConflict

PENDING = "pending"
CONFLICT_KEYS = 400


def set_fields(obj: Any, table: str, data: dict[str, Any], skip: set[str] | frozenset[str] = frozenset()) -> None:
    """Copy JSON ``data`` onto an ORM row, converting to column types."""
    for key, value in data.items():
        if key in skip or key in tables.NOT_DATA:
            continue
        if key in ("updated_at", "updated_by") and value is None:
            continue
        if value is None and SEPARATE_CONTENT.get(table) == key:
            continue  # a file that travels apart (sync.md): this office already holds it
        if key not in tables.data_columns(table):
            continue
        setattr(obj, key, tables.from_json(table, key, value))


def full_data(obj: Any) -> dict[str, Any]:
    """A row's data plus its tombstone flag (the two sides of a conflict are kept this way)."""
    return {**tables.row_data(obj), "deleted": bool(obj.deleted)}


def pending_fields(s: Session, keys: set[tuple[str, str]]) -> dict[tuple[str, str], set[str]]:
    """Fields touched by pending ops, per (table, row id) among ``keys``."""
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    ids = sorted({r for _, r in keys})
    for i in range(0, len(ids), CONFLICT_KEYS):
        q = select(OutboxOp.table_name, OutboxOp.row_id, OutboxOp.fields).where(
            OutboxOp.state == PENDING, OutboxOp.row_id.in_(ids[i:i + CONFLICT_KEYS]))
        for table, row_id, fields in s.execute(q):
            if (table, row_id) in keys:
                out[(table, row_id)].update(fields)
    return out


def open_conflicts(s: Session, keys: set[tuple[str, str]] | None = None) -> dict[tuple[str, str], SyncConflict]:
    q = select(SyncConflict).where(SyncConflict.resolved.is_(False))
    found = {(c.table_name, c.row_id): c for c in s.scalars(q)}
    return found if keys is None else {k: c for k, c in found.items() if k in keys}


def readable(changes: list[dict[str, Any]], skipped: list[str] | None) -> list[dict[str, Any]]:
    """The rows that fit the contract; the others are left out and named in ``skipped``
    (table, row id and the refused field: never the value)."""
    out = []
    for ch in changes:
        if not ch.get("deleted"):
            try:
                check_row(ch["table"], ch["data"])
            except Invalid as exc:
                if skipped is not None:
                    skipped.append(f"{ch['table']} {ch['row_id']} ({exc.code})")
                continue
        out.append(ch)
    return out


def apply_rows(s: Session, changes: list[dict[str, Any]], force: bool = False,
               skipped: list[str] | None = None) -> int:
    """Apply pulled/snapshot rows; returns how many local rows were written. ``force``: take the
    service's version even when this file holds a higher (provisional, region file) one. A row
    that does not fit the contract (stored by an older service) is skipped and named in ``skipped``."""
    changes = readable(changes, skipped)
    keys = {(c["table"], c["row_id"]) for c in changes}
    pending = pending_fields(s, keys)
    conflicts = open_conflicts(s, keys)
    by_table: dict[str, list[str]] = defaultdict(list)
    for table, row_id in keys:
        by_table[table].append(row_id)
    existing: dict[tuple[str, str], Any] = {}
    for table, ids in by_table.items():
        model = tables.model_for(table)
        if model is None:
            continue
        for i in range(0, len(ids), CONFLICT_KEYS):
            q = select(model).where(model.id.in_(ids[i:i + CONFLICT_KEYS]))
            for obj in s.scalars(q):
                existing[(table, obj.id)] = obj
    written = 0
    purged: set[str] = set()
    for ch in changes:
        table, row_id = ch["table"], ch["row_id"]
        model = tables.model_for(table)
        if model is None:
            continue
        key = (table, row_id)
        conflict = conflicts.get(key)
        if conflict is not None:
            # Keep the person's decision open; just show them the newest server version.
            conflict.theirs = {**ch["data"], "deleted": ch["deleted"]}
            conflict.theirs_version = ch["row_version"]
            continue
        obj = existing.get(key)
        if key in pending:
            if obj is not None:
                set_fields(obj, table, ch["data"], skip=pending[key])
                if force:
                    obj.row_version = ch["row_version"]
                written += 1
            continue
        if obj is not None and obj.row_version >= ch["row_version"] and not force:
            continue
        if obj is None:
            obj = model(id=row_id)
            s.add(obj)
            existing[key] = obj
        set_fields(obj, table, ch["data"])
        obj.row_version = ch["row_version"]
        obj.deleted = ch["deleted"]
        written += 1
        if table == "beneficiaries" and ch["data"].get("purged_at"):
            purged.add(row_id)
        elif table == "unavailabilities" and ch["data"].get("beneficiary_id"):
            purged.add(str(ch["data"]["beneficiary_id"]))
    s.flush()
    for row_id in sorted(purged):
        # An erasure made elsewhere: what this file kept of the person goes too (issue 16).
        if is_purged(s, row_id):
            erase_local_traces(s, row_id)
    return written
