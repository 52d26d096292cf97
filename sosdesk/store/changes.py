"""Change capture: every flush of a synced row writes the change log and, for local edits, the
outbox, in the same transaction (sync.md: no edit path may bypass it). Also gathers what changed so
an operation can return it (DESIGN: operations return what changed)."""

from __future__ import annotations

import base64
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import LargeBinary, event, inspect
from sqlalchemy.orm import ColumnProperty, Session

from sosdesk.store import search_index
from sosdesk.store.base import SYNC_COLUMNS, Synced, utcnow
from sosdesk.store.models import ChangeLog, OutboxOp

# session.info keys
ORIGIN = "sosdesk.origin"        # "local" (default) | "sync": pulled changes do not enter the outbox
USER = "sosdesk.user"            # user id recorded in updated_by and the change log
LABEL = "sosdesk.label"          # human label of the operation ("Déplacer M12")
REASON = "sosdesk.reason"        # why a protected change was confirmed (typed by the user)
CHANGES = "sosdesk.changes"      # Changes collected during the transaction
# LocalState key: the last outbox op written by `sosdesk demo` (demo rows are shown apart from the
# user's own pending changes on the Synchronisation page).
DEMO_OUTBOX = "demo.outbox_upto"
SEARCH = "sosdesk.search"        # rows to re-index after the flush (store/search_index.py)
RENAMED = "sosdesk.renamed"      # people renamed in this flush: their meetings are re-indexed
LOGGED = "sosdesk.logged"        # change-log rows of this flush: their seqs go into Changes.log
# Columns local to this file (password hashes): kept out of the change log, the outbox and sync.
LOCAL_FIELDS = frozenset({"password_hash", "sealed_key"})


@dataclass
class Changes:
    """What an operation changed: table name → row ids, per action."""

    inserted: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    updated: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    deleted: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # The change-log entries (seq) written for these changes: what undo reads back (store/undo.py).
    log: list[int] = field(default_factory=list)

    def add(self, action: str, table: str, row_id: str) -> None:
        {"insert": self.inserted, "update": self.updated, "delete": self.deleted}[action][table].add(row_id)

    def ids(self, table: str) -> set[str]:
        return set(self.inserted.get(table, ())) | set(self.updated.get(table, ())) | set(
            self.deleted.get(table, ()))

    def tables(self) -> set[str]:
        return {t for d in (self.inserted, self.updated, self.deleted) for t, ids in d.items() if ids}

    def merge(self, other: Changes) -> None:
        for src, dst in ((other.inserted, self.inserted), (other.updated, self.updated),
                         (other.deleted, self.deleted)):
            for table, ids in src.items():
                dst[table] |= ids
        seen = set(self.log)
        self.log.extend(seq for seq in other.log if seq not in seen)

    def __bool__(self) -> bool:
        return bool(self.tables())


def to_jsonable(value: Any) -> Any:
    """A column value in JSON form (datetimes ISO UTC, dates ISO, Decimal as string, bytes base64)."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    return value


_COLUMNS: dict[type, tuple[tuple[str, ...], frozenset[str]]] = {}


def _recorded_columns(cls: type) -> tuple[tuple[str, ...], frozenset[str]]:
    """A model's columns that the change log and outbox record, and which of them hold file bytes.

    Derived once per class: the listener runs for every flushed row.
    """
    if cls not in _COLUMNS:
        attrs: list[ColumnProperty[Any]] = list(inspect(cls).column_attrs)
        recorded = tuple(a.key for a in attrs
                         if a.key not in SYNC_COLUMNS and a.key != "id" and a.key not in LOCAL_FIELDS)
        binary = frozenset(a.key for a in attrs if isinstance(a.columns[0].type, LargeBinary))
        _COLUMNS[cls] = (recorded, binary)
    return _COLUMNS[cls]


def _apply_default(obj: Synced, key: str) -> Any:
    """Fill a column's Python-side default before flush so the outbox sees the real value."""
    column = inspect(type(obj)).columns[key]
    default = column.default
    if default is None or (not getattr(default, "is_scalar", False) and not getattr(
            default, "is_callable", False)):
        return None
    value = default.arg(None) if default.is_callable else default.arg
    setattr(obj, key, value)
    return value


def _record(session: Session, obj: Synced, action: str) -> None:
    state = inspect(obj)
    table = obj.__tablename__  # type: ignore[attr-defined]
    fields: dict[str, list[Any]] = {}
    recorded, binary = _recorded_columns(type(obj))
    for key in recorded:
        if action == "insert":
            new = getattr(obj, key)
            if new is None:
                new = _apply_default(obj, key)
            fields[key] = [None, to_jsonable(new)]
            continue
        hist = state.attrs[key].history
        if not hist.has_changes():
            continue
        old = to_jsonable(hist.deleted[0] if hist.deleted else None)
        new = to_jsonable(hist.added[0] if hist.added else None)
        if old != new:
            fields[key] = [old, new]
    deleted_hist = state.attrs["deleted"].history if action != "insert" else None
    if deleted_hist is not None and deleted_hist.has_changes() and obj.deleted:
        action = "delete"
        fields["deleted"] = [False, True]
    elif deleted_hist is not None and deleted_hist.has_changes() and deleted_hist.deleted == [True]:
        fields["deleted"] = [True, False]  # a tombstone revived (undo of a delete): an update that undeletes
    if action == "update" and not fields:
        return
    user = session.info.get(USER, "")
    origin = session.info.get(ORIGIN, "local")
    if origin == "local":
        obj.updated_at = utcnow()
        obj.updated_by = user
    label = session.info.get(LABEL, "")
    entry = ChangeLog(user_id=user, origin=origin, action=action, table_name=table,
                      row_id=obj.id, changes=_audit_view(binary, fields), label=label,
                      reason=session.info.get(REASON, ""))
    session.add(entry)
    session.info.setdefault(LOGGED, []).append(entry)
    if origin == "local":
        base = obj.row_version or 0
        if action == "insert":
            base = 0
        session.add(OutboxOp(table_name=table, row_id=obj.id, action=action, fields=fields,
                             base_version=base))
    collected: Changes | None = session.info.get(CHANGES)
    if collected is not None:
        collected.add(action, table, obj.id)
    if table in search_index.TABLE_KINDS or table in search_index.DEPENDENTS:
        session.info.setdefault(SEARCH, {}).setdefault(table, set()).add(obj.id)
        if action in ("update", "delete") and {"first_name", "last_name"} & fields.keys():
            session.info.setdefault(RENAMED, {}).setdefault(table, set()).add(obj.id)


def _audit_view(binary: frozenset[str], fields: dict[str, list[Any]]) -> dict[str, list[Any]]:
    """The change log keeps who/what/old → new, not file contents: binary columns become a size."""
    if not binary & fields.keys():
        return fields
    view = dict(fields)
    for key in binary & fields.keys():
        old, new = fields[key]
        view[key] = [_size_note(old), _size_note(new)]
    return view


def _size_note(value: Any) -> str | None:
    return None if value is None else f"<{len(base64.b64decode(value))} octets>"


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, flush_context: Any, instances: Any) -> None:
    for obj in list(session.deleted):
        if isinstance(obj, Synced):
            raise RuntimeError(
                f"{type(obj).__name__} {obj.id}: synced rows are never deleted, set deleted=True")
    for obj in list(session.new):
        if isinstance(obj, Synced):
            _record(session, obj, "insert")
    for obj in list(session.dirty):
        if isinstance(obj, Synced) and session.is_modified(obj, include_collections=False):
            _record(session, obj, "update")


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, flush_context: Any) -> None:
    """Keep the search index current, in the same transaction as the rows it describes."""
    logged: list[ChangeLog] | None = session.info.pop(LOGGED, None)
    collected: Changes | None = session.info.get(CHANGES)
    if logged and collected is not None:
        collected.log.extend(entry.seq for entry in logged)
    rows: dict[str, set[str]] | None = session.info.pop(SEARCH, None)
    renamed: dict[str, set[str]] | None = session.info.pop(RENAMED, None)
    if rows:
        search_index.refresh(session.connection(), rows, renamed)
