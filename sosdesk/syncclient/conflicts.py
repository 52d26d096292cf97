"""A person's decision on a conflicted row: keep mine, keep theirs, or pick field by field.

The decision becomes one ordinary local edit based on the service's version, so it syncs like
any other edit; ops of that row that waited behind the conflict are folded into it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from sosdesk.contract import tables
from sosdesk.domain.errors import InputError
from sosdesk.store.changes import ORIGIN, Changes
from sosdesk.store.engine import Store
from sosdesk.store.models import OutboxOp
from sosdesk.store.sync_apply import full_data, set_fields
from sosdesk.store.sync_models import SyncConflict, SyncRejected

MINE, THEIRS = "mine", "theirs"


def differing_fields(c: SyncConflict) -> list[str]:
    """Fields whose two versions differ (the ones a person may have to pick)."""
    keys = sorted(set(c.mine) | set(c.theirs))
    return [k for k in keys if k not in ("updated_at", "updated_by") and c.mine.get(k) != c.theirs.get(k)]


def default_choice(c: SyncConflict, key: str) -> str:
    """Fields this office changed default to mine, the others to theirs."""
    return MINE if key in c.my_fields else THEIRS


def resolve(store: Store, conflict_id: int, choice: str | dict[str, str]) -> Changes:
    """Apply ``choice`` ("mine", "theirs" or {field: "mine"|"theirs"}) to an open conflict."""
    with store.transaction("Résoudre un conflit de synchronisation", origin="sync") as (s, changes):
        c = s.get(SyncConflict, conflict_id)
        if c is None or c.resolved:
            raise InputError("conflit inconnu ou déjà résolu", "conflit")
        model = tables.model_for(c.table_name)
        assert model is not None
        obj = s.get(model, c.row_id)
        assert obj is not None
        mine = full_data(obj)  # the office's current values (later edits included)
        c.mine = mine
        picks = {k: (choice if isinstance(choice, str) else choice.get(k, default_choice(c, k)))
                 for k in differing_fields(c)}
        # 1. Become the service's version (not an edit of this office)...
        set_fields(obj, c.table_name, c.theirs)
        obj.deleted = bool(c.theirs.get("deleted"))
        obj.row_version = c.theirs_version
        s.flush()
        # 2. ...then the chosen values as one local edit on top of it (outbox, base = theirs).
        s.info[ORIGIN] = "local"
        before = s.scalar(select(func.max(OutboxOp.op_id))) or 0
        chosen = {k: mine.get(k) for k, v in picks.items() if v == MINE}
        set_fields(obj, c.table_name, {k: v for k, v in chosen.items() if k != "deleted"})
        undelete = "deleted" in chosen and not chosen["deleted"] and obj.deleted
        if "deleted" in chosen:
            obj.deleted = bool(chosen["deleted"])
        s.flush()
        waiting = list(s.scalars(select(OutboxOp).where(
            OutboxOp.state == "pending", OutboxOp.table_name == c.table_name, OutboxOp.row_id == c.row_id)
            .order_by(OutboxOp.op_id)))
        newest = waiting[-1] if waiting and waiting[-1].op_id > before else None
        for op in waiting:
            if op is not newest:
                op.state = "superseded"
        if undelete:
            # Bringing a deleted row back is itself a change the service must see.
            if newest is None:
                newest = OutboxOp(table_name=c.table_name, row_id=c.row_id, action="update",
                                  fields={}, base_version=c.theirs_version)
                s.add(newest)
            newest.fields = {**newest.fields, "deleted": [True, False]}
        c.resolved = True
        c.resolution = choice if isinstance(choice, str) else "merge"
    return changes


def open_list(store: Store) -> list[SyncConflict]:
    with store.session() as s:
        return list(s.scalars(select(SyncConflict).where(SyncConflict.resolved.is_(False))
                              .order_by(SyncConflict.id)))


def rejected_list(store: Store) -> list[SyncRejected]:
    with store.session() as s:
        return list(s.scalars(select(SyncRejected).where(SyncRejected.dismissed.is_(False))
                              .order_by(SyncRejected.id)))


def dismiss(store: Store, rejected_id: int) -> None:
    with store.session() as s, s.begin():
        row = s.get(SyncRejected, rejected_id)
        if row is not None:
            row.dismissed = True


def describe(c: SyncConflict) -> dict[str, Any]:
    return {"id": c.id, "table": c.table_name, "row_id": c.row_id, "fields": differing_fields(c),
            "mine": {k: c.mine.get(k) for k in differing_fields(c)},
            "theirs": {k: c.theirs.get(k) for k in differing_fields(c)}}
