"""Undo and redo read back from the change log (DESIGN: every change is recorded, old → new).

An edit's transaction returns the seqs of the change-log entries it wrote (``Changes.log``). Undo
writes the entries' old values back, redo their new values, in ONE transaction through the ORM, so
the change capture writes the change log, the outbox and the search index as for any edit. An insert
is undone as a tombstone and redone by reviving it; a delete is undone by reviving the row.

Before writing, each row must still be as the step left it: if a later entry (a sync, another
window) changed a field and that change still stands, the whole step is refused with
``UndoConflict`` naming the row and who changed it — nothing is half undone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import LargeBinary, inspect, select
from sqlalchemy.orm import Session

from sosdesk.contract import tables
from sosdesk.domain.errors import UserError
from sosdesk.store import models as m
from sosdesk.store.changes import Changes, to_jsonable
from sosdesk.store.engine import Store
from sosdesk.store.naming import meeting_label

# History that is never rewritten (the service refuses any change to a stored invoice event:
# ``append_only``): an undo leaves these entries as they are.
APPEND_ONLY = frozenset({"invoice_events"})

class UndoConflict(UserError):
    """A row changed since the step being undone/redone (e.g. by a sync): nothing was written."""


@dataclass(frozen=True)
class Entry:
    """One change-log entry as undo reads it."""

    seq: int
    table: str
    row_id: str
    action: str
    fields: dict[str, list[Any]]
    user_id: str = ""
    origin: str = "local"


@dataclass
class RowState:
    """What one row should become (``values``, JSON form) and what it must still hold (``expect``)."""

    table: str
    row_id: str
    values: dict[str, Any] = field(default_factory=dict)
    expect: dict[str, Any] = field(default_factory=dict)
    last_seq: int = 0  # the step's last entry on this row: later entries are « meanwhile »


def read_entries(session: Session, seqs: Iterable[int]) -> list[Entry]:
    """The change-log entries with these seqs, oldest first."""
    wanted = sorted(set(seqs))
    out: list[Entry] = []
    for chunk in range(0, len(wanted), 500):
        rows = session.scalars(select(m.ChangeLog).where(m.ChangeLog.seq.in_(wanted[chunk:chunk + 500])))
        out += [Entry(r.seq, r.table_name, r.row_id, r.action, dict(r.changes or {}), r.user_id, r.origin)
                for r in rows]
    return sorted(out, key=lambda e: e.seq)


@cache
def _binary(table: str) -> frozenset[str]:
    model = tables.model_for(table)
    if model is None:
        return frozenset()
    return frozenset(a.key for a in inspect(model).column_attrs if isinstance(a.columns[0].type, LargeBinary))


def plan(entries: Sequence[Entry]) -> list[RowState]:
    """Reverting ``entries``: per touched row (last touched first), its values before them and the
    values they left (which the row must still hold). Redo is the revert of the undo's entries.

    File contents are kept out of the change log (a size note): they are never written back, a
    revived row keeps the bytes it had."""
    rows: dict[tuple[str, str], list[Entry]] = {}
    for e in entries:
        if e.table in APPEND_ONLY or tables.model_for(e.table) is None:
            continue
        rows.setdefault((e.table, e.row_id), []).append(e)
    out: list[RowState] = []
    for (table, row_id), items in rows.items():
        binary = _binary(table)
        created = items[0].action == "insert"
        before: dict[str, Any] = {"deleted": True} if created else {}
        after: dict[str, Any] = {}
        for e in items:
            for key, (old, new) in e.fields.items():
                if key in binary:
                    continue
                if not created:
                    before.setdefault(key, old)
                after[key] = new
        after.setdefault("deleted", False)
        out.append(RowState(table, row_id, values=before, expect=after, last_seq=items[-1].seq))
    return out[::-1]


def _norm(table: str, key: str, value: Any) -> Any:
    """A JSON value in comparable form (instants compared as instants, whatever their offset)."""
    if key == "deleted":
        return bool(value)
    return tables.from_json(table, key, to_jsonable(value))


def _current(row: Any, key: str) -> Any:
    return bool(row.deleted) if key == "deleted" else getattr(row, key)


def row_name(session: Session, table: str, row_id: str) -> str:
    """The row as a person reads it (« Alice Martin », « le rendez-vous … », « la dépense « Taxi » »)."""
    model = tables.model_for(table)
    row = session.get(model, row_id) if model is not None else None
    if row is None:
        return "l'élément"
    if table == "meetings":
        return meeting_label(session, row)
    if table in ("beneficiaries", "professionals"):
        return str(row.display_name)
    if table == "expenses":
        return f"la dépense « {row.label} »" if row.label else "la dépense"
    if table == "invoices":
        return "la facture"
    if table == "unavailabilities":
        return "l'absence"
    if table == "closed_days":
        return "le jour de fermeture"
    name = getattr(row, "name", "") or getattr(row, "label", "")
    return f"« {name} »" if name else "l'élément"


def _by(session: Session, entry: m.ChangeLog) -> str:
    """« par la synchronisation », « par Claire Martin », or nothing when no one is named."""
    if entry.origin == "sync":
        return " par la synchronisation"
    user = session.get(m.User, entry.user_id) if entry.user_id else None
    return f" par {user.name}" if user is not None and user.name else ""


def check(session: Session, states: Sequence[RowState]) -> None:
    """Refuse (``UndoConflict``) unless every row is still as the step left it."""
    for st in states:
        model = tables.model_for(st.table)
        row = session.get(model, st.row_id) if model is not None else None
        if row is None:
            raise UndoConflict(f"{row_name(session, st.table, st.row_id)} n'existe plus : "
                               "l'action ne peut être ni annulée ni rétablie")
        later = session.scalars(select(m.ChangeLog).where(
            m.ChangeLog.table_name == st.table, m.ChangeLog.row_id == st.row_id,
            m.ChangeLog.seq > st.last_seq).order_by(m.ChangeLog.seq)).all()
        then: dict[str, Any] = {}
        by: dict[str, m.ChangeLog] = {}
        for entry in later:
            for key, (old, _new) in (entry.changes or {}).items():
                then.setdefault(key, old)
                by[key] = entry
        binary = _binary(st.table)
        for key, value in then.items():
            if key in binary or not hasattr(row, key):
                continue
            if _norm(st.table, key, value) != _norm(st.table, key, _current(row, key)):
                name = row_name(session, st.table, st.row_id)
                raise UndoConflict(f"{name[0].upper()}{name[1:]} a été modifié depuis{_by(session, by[key])} : "
                                   "l'action ne peut être ni annulée ni rétablie")
        for key, value in st.expect.items():
            if hasattr(row, key) and _norm(st.table, key, value) != _norm(st.table, key, _current(row, key)):
                name = row_name(session, st.table, st.row_id)
                raise UndoConflict(f"{name[0].upper()}{name[1:]} a été modifié depuis : "
                                   "l'action ne peut être ni annulée ni rétablie")


def write(session: Session, states: Sequence[RowState]) -> None:
    """Put each row to its target values (column types restored from their JSON form); one flush,
    so the change capture and the billed-rows guard see the whole step at once."""
    with session.no_autoflush:
        for st in states:
            model = tables.model_for(st.table)
            row = session.get(model, st.row_id) if model is not None else None
            if row is None:
                continue  # ``check`` refused a missing row already
            for key, value in st.values.items():
                if key == "deleted":
                    row.deleted = bool(value)
                elif hasattr(row, key):
                    setattr(row, key, tables.from_json(st.table, key, value))
    session.flush()


def revert(store: Store, seqs: Sequence[int], label: str, reason: str = "") -> Changes:
    """Revert the entries ``seqs`` in one transaction (undo; redo reverts the undo's entries); the
    returned ``Changes.log`` holds the new entries (the seqs to revert next time)."""
    with store.transaction(label, reason=reason) as (session, changes):
        states = plan(read_entries(session, seqs))
        check(session, states)
        write(session, states)
    return changes


def planned(store: Store, seqs: Sequence[int]) -> list[RowState]:
    """What a revert would write (read only): the use case judges permissions and protection on it."""
    with store.session() as session:
        return plan(read_entries(session, seqs))
