"""The search index (issue 14): one SQLite FTS5 table over people, measures, meetings, invoices and
expenses, kept current by the change capture (``changes.py`` calls :func:`refresh` after every
flush, whatever wrote: window, CLI, import, load, sync pull).

``search_docs`` holds what a hit shows (kind, row id, region, label, detail); ``search_fts`` holds
the words, its rowid is the doc's. The tokenizer folds case and accents (« Hélène » = « helene »).
The documents themselves are built in ``search_docs``. Its ``tags`` column holds each document's kind and region as words, so a role's scope is part of
the full-text match. Written with plain SQL on the flush's own connection so that the index changes
in the same transaction as the data; migration 0010 asks for a rebuild, done by ``open_store`` once
the file has reached the head schema.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

from sosdesk.store.search_docs import TABLE_KINDS, Doc, chunks, docs_of, in_list

DDL = (
    "CREATE TABLE IF NOT EXISTS search_docs (doc INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
    "row_id TEXT NOT NULL, region_id TEXT NOT NULL DEFAULT '', label TEXT NOT NULL, "
    "detail TEXT NOT NULL DEFAULT '', happens TEXT NOT NULL DEFAULT '', UNIQUE (kind, row_id))",
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(body, tags, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
)
DROP = ("DROP TABLE IF EXISTS search_fts", "DROP TABLE IF EXISTS search_docs")

KIND_ORDER = ("beneficiary", "professional", "measure", "meeting", "invoice", "expense")
# Reference tables whose names documents carry: a rename re-indexes the documents naming them.
DEPENDENTS: dict[str, tuple[str, str]] = {"sites": ("meetings", "site_id"),
                                          "meeting_types": ("meetings", "type_id"),
                                          "regions": ("invoices", "scope")}


def create(conn: Connection) -> None:
    for ddl in DDL:
        conn.execute(text(ddl))


REBUILD_KEY = "search.rebuild"  # local_state: the index must be filled from the data (new/upgraded file)


def request_rebuild(conn: Connection) -> None:
    conn.execute(text("INSERT OR REPLACE INTO local_state (key, value) VALUES (:k, 'true')"), {"k": REBUILD_KEY})


def rebuild_if_requested(conn: Connection) -> bool:
    """Fill the index when a migration asked for it (once); True when it did."""
    if not exists(conn) or conn.execute(text("SELECT 1 FROM local_state WHERE key = :k"),
                                        {"k": REBUILD_KEY}).first() is None:
        return False
    rebuild(conn)
    conn.execute(text("DELETE FROM local_state WHERE key = :k"), {"k": REBUILD_KEY})
    return True


def exists(conn: Connection) -> bool:
    """True on an office file that has the index (migration 0010 or later)."""
    if conn.dialect.name != "sqlite":
        return False
    return conn.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'search_fts'")).first() is not None


def _cursor(conn: Connection) -> Any:
    """The DB-API cursor of the flush's own connection (same transaction): many small writes go
    through ``executemany`` instead of one SQLAlchemy statement each."""
    return conn.connection.driver_connection.cursor()  # type: ignore[union-attr]


def _remove(conn: Connection, keys: Iterable[tuple[str, str]]) -> None:
    by_kind: dict[str, set[str]] = {}
    for kind, row_id in keys:
        by_kind.setdefault(kind, set()).add(row_id)
    cur = _cursor(conn)
    for kind, ids in by_kind.items():
        for chunk in chunks(ids):
            marks = ", ".join("?" * len(chunk))
            docs = [(d,) for (d,) in cur.execute(
                f"SELECT doc FROM search_docs WHERE kind = ? AND row_id IN ({marks})", (kind, *chunk))]
            cur.executemany("DELETE FROM search_fts WHERE rowid = ?", docs)
            cur.executemany("DELETE FROM search_docs WHERE doc = ?", docs)


def _write(conn: Connection, docs: list[Doc], fresh: bool = False) -> None:
    """Replace these documents (``fresh``: the index was just emptied, nothing to remove)."""
    if not fresh:
        _remove(conn, ((d.kind, d.row_id) for d in docs))
    cur = _cursor(conn)
    first = int(cur.execute("SELECT COALESCE(MAX(doc), 0) FROM search_docs").fetchone()[0]) + 1
    cur.executemany("INSERT INTO search_docs (doc, kind, row_id, region_id, label, detail, happens) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [(first + i, d.kind, d.row_id, d.region_id or "", d.label, d.detail, d.happens)
                     for i, d in enumerate(docs)])
    cur.executemany("INSERT INTO search_fts (rowid, body, tags) VALUES (?, ?, ?)",
                    [(first + i, f"{d.label} {d.body}", tags(d.kind, d.region_id)) for i, d in enumerate(docs)])


def _meetings_of(conn: Connection, table: str, person_ids: set[str]) -> set[str]:
    """Meetings naming a renamed person (their documents carry the name)."""
    column = "beneficiaries" if table == "beneficiaries" else "professionals"
    found: set[str] = set()
    for pid in person_ids:
        found |= set(conn.execute(text(f"SELECT id FROM meetings WHERE {column} LIKE :p"),
                                  {"p": f'%"{pid}"%'}).scalars())
    return found


def compact(conn: Connection) -> None:
    """Merge the index's segments so the words of deleted documents leave the file (FTS5 keeps them
    in older segments until a merge; with ``secure_delete`` the freed pages are then zeroed). Run
    after an erasure (issue 16)."""
    if exists(conn):
        conn.execute(text("INSERT INTO search_fts(search_fts) VALUES ('optimize')"))


def refresh(conn: Connection, rows: dict[str, set[str]], renamed: dict[str, set[str]] | None = None) -> None:
    """Re-index ``rows`` (table → ids) as they now stand in the database; ``renamed`` (table →
    person ids whose name changed) also re-indexes their meetings."""
    if not exists(conn):
        return
    todo = {t: set(ids) for t, ids in rows.items() if t in TABLE_KINDS and ids}
    for table, ids in (renamed or {}).items():
        if ids:
            todo.setdefault("meetings", set()).update(_meetings_of(conn, table, ids))
    for table, (target, column) in DEPENDENTS.items():
        for chunk in chunks(rows.get(table, ())):
            marks, params = in_list(chunk)
            todo.setdefault(target, set()).update(conn.execute(
                text(f"SELECT id FROM {target} WHERE {column} IN ({marks})"), params).scalars())
    for table, ids in todo.items():
        for chunk in chunks(ids):
            docs, gone = docs_of(conn, table, chunk)
            _remove(conn, gone)
            _write(conn, docs)


def rebuild(conn: Connection) -> int:
    """Empty and rebuild the whole index from the data (migration, ``sosdesk search --rebuild``)."""
    create(conn)
    conn.execute(text("DELETE FROM search_fts"))
    conn.execute(text("DELETE FROM search_docs"))
    total = 0
    for table in TABLE_KINDS:
        ids = list(conn.execute(text(f"SELECT id FROM {table} WHERE deleted = 0")).scalars())
        for chunk in chunks(ids):
            docs, _gone = docs_of(conn, table, chunk)
            _write(conn, docs, fresh=True)
            total += len(docs)
    return total


# -- querying -------------------------------------------------------------------------------------

_WORD = re.compile(r"\w+", re.UNICODE)


def match_expression(query: str) -> str:
    """The FTS5 query for what a person typed: each word a prefix, every word required; a word
    made of several parts (« 2026-12-07 », « 07/12 ») is a phrase of those parts, adjacent; a
    number of one or two digits is matched whole."""
    phrases = []
    for word in query.split():
        parts = _WORD.findall(word)
        if not parts:
            continue
        # A day or month number (« 2 novembre ») is a whole word: « 2 » must not find 2026.
        exact = len(parts) == 1 and parts[0].isdigit() and len(parts[0]) <= 2
        phrases.append('"' + " ".join(parts) + '"' + ("" if exact else "*"))
    return " ".join(phrases)


@dataclass(frozen=True, slots=True)
class Hit:
    kind: str
    id: str
    label: str
    detail: str
    region: str
    happens: str = ""


def kind_tag(kind: str) -> str:
    return f"k{kind}"


def region_tag(region: str) -> str:
    """One token whatever the region id holds (the tokenizer would split « reg-1 »)."""
    return f"r{region.encode('utf-8').hex()}"


def tags(kind: str, region: str) -> str:
    """The ``tags`` column: kind and region as words, so that the role's scope is part of the
    full-text match (filtered by the index, not row by row)."""
    return f"{kind_tag(kind)} {region_tag(region or '')}"


# Above this many matching documents, ranking them all (bm25) costs more than it tells: each kind's
# first documents are taken instead, shared fairly between kinds (the box shows them grouped).
BROAD = 1500
_HIT_SQL = "SELECT doc, kind, row_id, label, detail, region_id, happens FROM search_docs WHERE doc IN ({})"


def _scoped(expression: str, kinds: list[str], regions: list[str] | None) -> str:
    parts = [f"body : ({expression})", "tags : (" + " OR ".join(kind_tag(k) for k in kinds) + ")"]
    if regions is not None:
        parts.append("tags : (" + " OR ".join(region_tag(r) for r in regions) + ")")
    return " AND ".join(parts)


def _hits(conn: Connection, docs: list[int]) -> dict[int, Hit]:
    if not docs:
        return {}
    cur = _cursor(conn)
    rows = cur.execute(_HIT_SQL.format(", ".join("?" * len(docs))), docs).fetchall()
    return {row[0]: Hit(*row[1:]) for row in rows}


def query(conn: Connection, expression: str, kinds: Iterable[str], regions: Iterable[str] | None,
          limit: int) -> list[Hit]:
    """Hits for an FTS5 ``expression`` among ``kinds``, in ``regions`` (None: every region), best
    first (bm25); for a broad query, a fair share of each kind."""
    kind_list = sorted(set(kinds))
    region_list = None if regions is None else sorted(set(regions))
    if not expression or not kind_list or region_list == []:
        return []
    cur = _cursor(conn)
    scoped = _scoped(expression, kind_list, region_list)
    matches = int(cur.execute("SELECT count(*) FROM search_fts WHERE search_fts MATCH ?", (scoped,)).fetchone()[0])
    if matches <= BROAD:
        docs = [d for (d,) in cur.execute(
            "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY bm25(search_fts, 1.0, 0.0) LIMIT ?",
            (scoped, int(limit)))]
        found = _hits(conn, docs)
        return [found[d] for d in docs if d in found]
    per_kind: dict[str, list[int]] = {}
    for kind in kind_list:
        per_kind[kind] = [d for (d,) in cur.execute(
            "SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT ?",
            (_scoped(expression, [kind], region_list), int(limit)))]
    chosen: list[tuple[str, int]] = []
    depth = 0
    while len(chosen) < limit and any(depth < len(d) for d in per_kind.values()):
        for kind in KIND_ORDER:
            docs = per_kind.get(kind, [])
            if depth < len(docs) and len(chosen) < limit:
                chosen.append((kind, docs[depth]))
        depth += 1
    chosen.sort(key=lambda c: KIND_ORDER.index(c[0]))
    found = _hits(conn, [d for _k, d in chosen])
    return [found[d] for _k, d in chosen if d in found]
