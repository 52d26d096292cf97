"""What the search index holds for each row (issue 14): the documents of people, measures, meetings,
invoices and expenses, read with plain SQL on the flush's connection and worded in French
(names, dates, statuses). ``search_index`` writes and queries them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

from sosdesk.domain import vocabulary as voc
from sosdesk.domain.invoice_workflow import STATUS_LABELS, invoice_title
from sosdesk.domain.timegrid import utc_to_local

# Data table → the kinds of document it feeds.
TABLE_KINDS: dict[str, tuple[str, ...]] = {
    "beneficiaries": ("beneficiary", "measure"),
    "professionals": ("professional",),
    "meetings": ("meeting",),
    "invoices": ("invoice",),
    "expenses": ("expense",),
}
_CHUNK = 400
@dataclass(frozen=True, slots=True)
class Doc:
    kind: str
    row_id: str
    region_id: str
    label: str
    detail: str
    body: str
    happens: str = ""   # when it happens (ISO local date-time, date or month): recent first

def chunks(ids: Iterable[str]) -> Iterable[list[str]]:
    items = sorted(set(ids))
    for i in range(0, len(items), _CHUNK):
        yield items[i:i + _CHUNK]


def in_list(ids: list[str]) -> tuple[str, dict[str, str]]:
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
    for chunk in chunks(ids):
        marks, params = in_list(chunk)
        for row in conn.execute(text(f"SELECT id, first_name, last_name FROM {table} WHERE id IN ({marks})"),
                                params):
            out[row[0]] = f"{row[1]} {row[2]}".strip() or row[0]
    return out


def _people_docs(conn: Connection, table: str, ids: list[str]) -> tuple[list[Doc], set[tuple[str, str]]]:
    docs: list[Doc] = []
    gone: set[tuple[str, str]] = set()
    beneficiary = table == "beneficiaries"
    extra = ", measure, measure_start, measure_end, birth_date" if beneficiary else ", skills"
    marks, params = in_list(ids)
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
    marks, params = in_list(ids)
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
    marks, params = in_list(ids)
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
    marks, params = in_list(ids)
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


def docs_of(conn: Connection, table: str, ids: list[str]) -> tuple[list[Doc], set[tuple[str, str]]]:
    if table in ("beneficiaries", "professionals"):
        return _people_docs(conn, table, ids)
    return {"meetings": _meeting_docs, "invoices": _invoice_docs, "expenses": _expense_docs}[table](conn, ids)
