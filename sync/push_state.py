"""The rows a push batch reads and writes (``Batch``, ``RowState``): loaded with one ``IN`` query per
table and chunk, kept in memory until the batch is flushed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from sync.models import rows

CHUNK = 400
@dataclass
class RowState:
    region: str | None
    version: int
    deleted: bool
    data: dict[str, Any]
    in_db: bool
    dirty: bool = False
    seq: int = 0


@dataclass
class Batch:
    """What a batch writes, flushed with a few executemany at the end."""

    states: dict[tuple[str, str], RowState] = field(default_factory=dict)
    log: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    results: list[dict[str, Any]] = field(default_factory=list)
    encoded: list[str] = field(default_factory=list)  # each result as JSON text, serialised once
    absent: set[tuple[str, str]] = field(default_factory=set)  # looked up, not on the server
    # Workflow steps (invoice_events inserts) carried by this push, by invoice: a status move is
    # proven by its person's signed step wherever it lies in the push (docs/security.md).
    steps: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    erased: list[tuple[str, int]] = field(default_factory=list)  # (beneficiary, seq) erased now
    inline_max: int | None = None  # largest file carried inline in an op (bytes), None: no cap

def load_rows(conn: Connection, keys: set[tuple[str, str]], batch: Batch) -> None:
    """Current rows of ``keys`` with one ``IN`` query per table (and chunk); absent ones noted."""
    todo: dict[str, list[str]] = {}
    for key in keys:
        if key not in batch.states and key not in batch.absent:
            todo.setdefault(key[0], []).append(key[1])
    for table, ids in todo.items():
        for i in range(0, len(ids), CHUNK):
            q = select(rows.c.row_id, rows.c.region_id, rows.c.row_version, rows.c.deleted, rows.c.data
                       ).where(rows.c.table_name == table, rows.c.row_id.in_(ids[i:i + CHUNK]))
            for r in conn.execute(q):
                batch.states[(table, r.row_id)] = RowState(
                    r.region_id, r.row_version, bool(r.deleted), dict(r.data), True)
        batch.absent.update((table, r) for r in ids if (table, r) not in batch.states)


def row_state(conn: Connection, batch: Batch, table: str, row_id: str) -> RowState | None:
    key = (table, row_id)
    st = batch.states.get(key)
    if st is None and key not in batch.absent:
        load_rows(conn, {key}, batch)
        st = batch.states.get(key)
    return st
