"""A long ``load`` / ``import`` that does not hold the office file's write lock while it works.

The document is written into a **staging copy** of the file (a consistent ``VACUUM INTO`` snapshot,
encrypted like it) where nobody else writes: checks, ORM, change log and outbox run there for as
long as they need, while the window keeps reading and writing the office file. The result is then
copied into the office file in **one short write transaction** (``BEGIN IMMEDIATE``, busy timeout):
the loaded rows, their change-log entries and outbox ops, and their search-index entries. Either
that transaction commits whole or nothing was written; if someone changed one of the loaded rows
meanwhile, the load is refused (nothing written) rather than overwriting their change.
docs/data-protection.md, « Deux programmes sur un fichier ».
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from sosdesk.store import cipher, search_index
from sosdesk.store.changes import Changes
from sosdesk.store.engine import WRITE, Store, StoreError

STAGE_ENV = "SOSDESK_LOAD_STAGE_ROWS"
STAGE_ROWS = 5000  # documents with at least this many items are loaded through a staging copy
PEOPLE = ("beneficiaries", "professionals")

Progress = Callable[[str], None]
LoadInto = Callable[[Store], Changes]


def stage_threshold() -> int:
    """How many items make a load « long » (``SOSDESK_LOAD_STAGE_ROWS``, default 5,000)."""
    try:
        return max(1, int(os.environ.get(STAGE_ENV, STAGE_ROWS)))
    except ValueError:
        return STAGE_ROWS


def _chunks(ids: list[str], size: int = 500) -> Iterable[list[str]]:
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def _columns(con: Any, table: str) -> list[str]:
    return [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]


def _read_rows(con: Any, table: str, ids: set[str]) -> tuple[list[str], list[tuple[Any, ...]]]:
    cols = _columns(con, table)
    names = ", ".join(f'"{c}"' for c in cols)
    rows: list[tuple[Any, ...]] = []
    for chunk in _chunks(sorted(ids)):
        marks = ", ".join("?" * len(chunk))
        rows += con.execute(f'SELECT {names} FROM "{table}" WHERE id IN ({marks})', chunk).fetchall()
    return cols, rows


def _read_after(con: Any, table: str, key: str, after: int) -> tuple[list[str], list[tuple[Any, ...]]]:
    cols = [c for c in _columns(con, table) if c != key]
    names = ", ".join(f'"{c}"' for c in cols)
    rows = con.execute(f'SELECT {names} FROM "{table}" WHERE "{key}" > ? ORDER BY "{key}"', (after,)).fetchall()
    return cols, rows


def _high_marks(con: Any) -> tuple[int, int]:
    seq = con.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0]
    op = con.execute("SELECT coalesce(max(op_id), 0) FROM outbox").fetchone()[0]
    return int(seq), int(op)


def load_staged(store: Store, load_into: LoadInto, progress: Progress | None = None) -> Changes:
    """Run ``load_into`` (one transaction) on a staging copy of ``store``'s file, then copy what it
    wrote into the file in one short transaction. Raises what ``load_into`` raises (nothing
    written) or StoreError when a loaded row was changed by someone else meanwhile."""
    from sosdesk.store.backup import copy_database
    from sosdesk.store.engine import open_store

    say = progress or (lambda _message: None)
    stage = store.path.with_name(f".{store.path.name}.{os.getpid()}.chargement")
    try:
        say("copie de travail du fichier")
        copy_database(store.path, stage)
        staged = open_store(stage, user_id=store.user_id, create=False)
        try:
            with staged.engine.connect() as conn:
                seq0, op0 = _high_marks(conn.connection.dbapi_connection)
            say("vérification et écriture dans la copie de travail")
            changes = load_into(staged)
        finally:
            staged.close()
        if not changes:
            return changes
        say("recopie dans le fichier de données")
        _merge(store, stage, changes, seq0, op0)
        return changes
    finally:
        for side in (stage, Path(f"{stage}-wal"), Path(f"{stage}-shm"), Path(f"{stage}-journal")):
            if side.exists():
                cipher.wipe(side)


def _merge(store: Store, stage: Path, changes: Changes, seq0: int, op0: int) -> None:
    src = cipher.open_file(stage, read_only=True)
    try:
        tables = [(t, *_read_rows(src, t, changes.ids(t))) for t in sorted(changes.tables())]
        log_cols, log_rows = _read_after(src, "change_log", "seq", seq0)
        out_cols, out_rows = _read_after(src, "outbox", "op_id", op0)
    finally:
        src.close()
    loaded = {(t, i) for t in changes.tables() for i in changes.ids(t)}
    with store.engine.connect().execution_options(**{WRITE: True}) as conn, conn.begin():
        raw = conn.connection.dbapi_connection
        assert raw is not None
        meanwhile = raw.execute("SELECT table_name, row_id FROM change_log WHERE seq > ?", (seq0,)).fetchall()
        clash = sorted({(t, i) for t, i in meanwhile} & loaded)
        if clash:
            raise StoreError(f"{len(clash)} fiche(s) du fichier chargé ont été modifiées dans sosdesk pendant le "
                             "chargement : rien n'a été écrit ; relancez le chargement.")
        raw.execute("PRAGMA defer_foreign_keys = ON")  # parents and children arrive in one go
        for table, cols, rows in tables:
            names = ", ".join(f'"{c}"' for c in cols)
            sets = ", ".join(f'"{c}" = excluded."{c}"' for c in cols if c != "id")
            raw.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(cols))}) '
                            f"ON CONFLICT(id) DO UPDATE SET {sets}", rows)
        for table, cols, rows in (("change_log", log_cols, log_rows), ("outbox", out_cols, out_rows)):
            names = ", ".join(f'"{c}"' for c in cols)
            raw.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(cols))})', rows)
        indexed = {t: changes.ids(t) for t in changes.tables()
                   if t in search_index.TABLE_KINDS or t in search_index.DEPENDENTS}
        if indexed and search_index.exists(conn):
            # People updated (not new) may have been renamed: their meetings are re-indexed too.
            renamed = {t: set(changes.updated.get(t, ())) for t in PEOPLE if changes.updated.get(t)}
            search_index.refresh(conn, indexed, renamed)
