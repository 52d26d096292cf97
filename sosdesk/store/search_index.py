"""The search index (issue 14): one SQLite FTS5 table over people, measures, meetings, invoices and
expenses, kept current by the change capture (``changes.py`` calls :func:`refresh` after every
flush, whatever wrote: window, CLI, import, load, sync pull).

``search_docs`` holds what a hit shows (kind, row id, region, label, detail); ``search_fts`` holds
the words, its rowid is the doc's. The tokenizer folds case and accents (« Hélène » = « helene »).
Its ``tags`` column holds each document's kind and region as words, so a role's scope is part of
the full-text match. Written with plain SQL on the flush's own connection so that the index changes
in the same transaction as the data; migration 0010 asks for a rebuild, done by ``open_store`` once
the file has reached the head schema.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

from sosdesk.domain import vocabulary as voc
from sosdesk.domain.invoice_workflow import STATUS_LABELS, invoice_title
from sosdesk.domain.timegrid import utc_to_local

DDL = (
    "CREATE TABLE IF NOT EXISTS search_docs (doc INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
    "row_id TEXT NOT NULL, region_id TEXT NOT NULL DEFAULT '', label TEXT NOT NULL, "
    "detail TEXT NOT NULL DEFAULT '', happens TEXT NOT NULL DEFAULT '', UNIQUE (kind, row_id))",
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(body, tags, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
)
DROP = ("DROP TABLE IF EXISTS search_fts", "DROP TABLE IF EXISTS search_docs")

# Data table → the kinds of document it feeds.
TABLE_KINDS: dict[str, tuple[str, ...]] = {
    "beneficiaries": ("beneficiary", "measure"),
    "professionals": ("professional",),
    "meetings": ("meeting",),
    "invoices": ("invoice",),
    "expenses": ("expense",),
}
KIND_ORDER = ("beneficiary", "professional", "measure", "meeting", "invoice", "expense")
_CHUNK = 400
# Reference tables whose names documents carry: a rename re-indexes the documents naming them.
DEPENDENTS: dict[str, tuple[str, str]] = {"sites": ("meetings", "site_id"),
                                          "meeting_types": ("meetings", "type_id"),
                                          "regions": ("invoices", "scope")}


@dataclass(frozen=True, slots=True)
class Doc:
    kind: str
    row_id: str
    region_id: str
    label: str
    detail: str
    body: str
    happens: str = ""   # when it happens (ISO local date-time, date or month): recent first


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


def _chunks(ids: Iterable[str]) -> Iterable[list[str]]:
    items = sorted(set(ids))
    for i in range(0, len(items), _CHUNK):
        yield items[i:i + _CHUNK]


def _in(ids: list[str]) -> tuple[str, dict[str, str]]:
    names = [f"p{i}" for i in range(len(ids))]
    return ", ".join(f":{n}" for n in names), dict(zip(names, ids, strict=True))


def _as_list(value: Any) -> list[Any]:
    if isinstance(value, str):
        import json

        value = json.loads(value or "[]")
    return list(value or [])


def _day(value: Any) -> date | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _instant(value: Any) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _date_words(d: date) -> str:
    """Every way a person types a day: « lundi 7 décembre 2026 », 2026-12-07, 07/12/2026."""
    return f"{voc.long_day(d, year=True)} {d.isoformat()} {voc.day_text(d)}"


def _names(conn: Connection, table: str, ids: Iterable[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for chunk in _chunks(ids):
        marks, params = _in(chunk)
        for row in conn.execute(text(f"SELECT id, first_name, last_name FROM {table} WHERE id IN ({marks})"),
                                params):
            out[row[0]] = f"{row[1]} {row[2]}".strip() or row[0]
    return out


def _people_docs(conn: Connection, table: str, ids: list[str]) -> tuple[list[Doc], set[tuple[str, str]]]:
    docs: list[Doc] = []
    gone: set[tuple[str, str]] = set()
    beneficiary = table == "beneficiaries"
    extra = ", measure, measure_start, measure_end, birth_date" if beneficiary else ", skills"
    marks, params = _in(ids)
    rows = conn.execute(text(
        f"SELECT id, region_id, first_name, last_name, phone, email, deleted{extra} FROM {table} "
        f"WHERE id IN ({marks})"), params).all()
    found = {r[0] for r in rows}
    kinds = TABLE_KINDS[table]
    gone |= {(k, i) for i in ids if i not in found for k in kinds}
    for r in rows:
        rid, region, first, last, phone, email, deleted = r[:7]
        name = f"{first} {last}".strip() or rid
        if deleted:
            gone |= {(k, rid) for k in kinds}
            continue
        if beneficiary:
            measure, m_start, m_end, birth = r[7:]
            born = _day(birth)
            body = f"{name} {rid} {phone} {email} {measure} " + (_date_words(born) if born else "")
            docs.append(Doc("beneficiary", rid, region, name, measure or "", body))
            if measure:
                start, end = _day(m_start), _day(m_end)
                span = " – ".join(voc.day_text(d) for d in (start, end) if d)
                words = " ".join(_date_words(d) for d in (start, end) if d)
                docs.append(Doc("measure", rid, region, f"{measure} — {name}", span,
                                f"{measure} {name} {rid} {words}"))
            else:
                gone.add(("measure", rid))
        else:
            skills = " ".join(str(s) for s in _as_list(r[7]))
            docs.append(Doc("professional", rid, region, name, f"{phone} {email}".strip(),
                            f"{name} {rid} {phone} {email} {skills}"))
    return docs, gone


def _meeting_docs(conn: Connection, ids: list[str]) -> tuple[list[Doc], set[tuple[str, str]]]:
    marks, params = _in(ids)
    rows = conn.execute(text(
        "SELECT m.id, m.region_id, m.start, m.minutes, m.status, m.note, m.beneficiaries, "
        "m.professionals, m.deleted, COALESCE(t.label, m.type_id), COALESCE(s.name, m.site_id) "
        "FROM meetings m LEFT JOIN meeting_types t ON t.id = m.type_id "
        f"LEFT JOIN sites s ON s.id = m.site_id WHERE m.id IN ({marks})"), params).all()
    found = {r[0] for r in rows}
    gone = {("meeting", i) for i in ids if i not in found}
    live = [r for r in rows if not r[8]]
    gone |= {("meeting", r[0]) for r in rows if r[8]}
    b_names = _names(conn, "beneficiaries", (b for r in live for b in _as_list(r[6])))
    p_names = _names(conn, "professionals", (p for r in live for p in _as_list(r[7])))
    docs = []
    for rid, region, start, minutes, status, note, bens, pros, _d, type_label, site in live:
        local = utc_to_local(_instant(start))
        people = [b_names.get(b, b) for b in _as_list(bens)] + [p_names.get(p, p) for p in _as_list(pros)]
        when = f"{voc.long_day(local.date(), year=True)} {local:%H:%M}"
        label = f"{type_label} — {', '.join(people[:3])}" if people else str(type_label)
        status_label = voc.MEETING_STATUS_LABELS.get(status, status)
        detail = f"{when} · {site} · {voc.duration(minutes)} · {status_label}"
        body = (f"{type_label} {' '.join(people)} {site} {note} {rid} {status_label} "
                f"{_date_words(local.date())} {local:%H:%M} {local:%H}h{local:%M}")
        docs.append(Doc("meeting", rid, region, label, detail, body, local.strftime("%Y-%m-%dT%H:%M")))
    return docs, gone


def _invoice_docs(conn: Connection, ids: list[str]) -> tuple[list[Doc], set[tuple[str, str]]]:
    marks, params = _in(ids)
    rows = conn.execute(text(
        "SELECT i.id, i.kind, i.scope, i.month, i.status, i.number, i.total_ttc_cents, i.deleted, "
        f"COALESCE(r.name, i.scope) FROM invoices i LEFT JOIN regions r ON r.id = i.scope "
        f"WHERE i.id IN ({marks})"), params).all()
    found = {r[0] for r in rows}
    gone = {("invoice", i) for i in ids if i not in found}
    docs = []
    for rid, kind, scope, month, status, number, ttc, deleted, region_name in rows:
        if deleted:
            gone.add(("invoice", rid))
            continue
        title = invoice_title(kind, "" if scope == "national" else str(region_name))
        month_label = voc.month_label(month)
        label = f"{title}, {month_label}" + (f" — n° {number}" if number else "")
        detail = f"{STATUS_LABELS.get(status, status)} · {voc.euros(ttc)}"
        body = f"{title} {number or ''} {region_name} {scope} {month_label} {month} {detail} {rid}"
        docs.append(Doc("invoice", rid, scope, label, detail, body, month))
    return docs, gone


def _expense_docs(conn: Connection, ids: list[str]) -> tuple[list[Doc], set[tuple[str, str]]]:
    marks, params = _in(ids)
    rows = conn.execute(text(
        "SELECT id, region_id, date, category, amount_cents, label, deleted FROM expenses "
        f"WHERE id IN ({marks})"), params).all()
    found = {r[0] for r in rows}
    gone = {("expense", i) for i in ids if i not in found}
    docs = []
    for rid, region, day, category, cents, label, deleted in rows:
        if deleted:
            gone.add(("expense", rid))
            continue
        d = _day(day)
        cat = voc.EXPENSE_CATEGORY_LABELS.get(category, category)
        shown = label or cat
        detail = f"{cat} · {voc.day_text(d)} · {voc.euros(cents)}"
        body = f"{label} {cat} {rid} " + (_date_words(d) if d else "")
        docs.append(Doc("expense", rid, region, shown, detail, body, d.isoformat() if d else ""))
    return docs, gone


def _docs(conn: Connection, table: str, ids: list[str]) -> tuple[list[Doc], set[tuple[str, str]]]:
    if table in ("beneficiaries", "professionals"):
        return _people_docs(conn, table, ids)
    return {"meetings": _meeting_docs, "invoices": _invoice_docs, "expenses": _expense_docs}[table](conn, ids)


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
        for chunk in _chunks(ids):
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
        for chunk in _chunks(rows.get(table, ())):
            marks, params = _in(chunk)
            todo.setdefault(target, set()).update(conn.execute(
                text(f"SELECT id FROM {target} WHERE {column} IN ({marks})"), params).scalars())
    for table, ids in todo.items():
        for chunk in _chunks(ids):
            docs, gone = _docs(conn, table, chunk)
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
        for chunk in _chunks(ids):
            docs, _gone = _docs(conn, table, chunk)
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
