"""Reads limited to the caller's scope: its region plus reference data; everything for national."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select, true
from sqlalchemy.engine import Connection

from sosdesk.contract.tables import table_hash
from sync.auth import Device
from sync.models import rows, server_state


def visible(device: Device) -> ColumnElement[bool]:
    if device.national:
        return true()
    return or_(rows.c.region_id == device.region, rows.c.region_id.is_(None))


def _columns() -> Select[Any]:
    return select(rows.c.table_name, rows.c.row_id, rows.c.row_version, rows.c.deleted, rows.c.data,
                  rows.c.server_seq)


def _change(r: Any) -> dict[str, Any]:
    return {"table": r.table_name, "row_id": r.row_id, "row_version": r.row_version,
            "deleted": bool(r.deleted), "data": r.data, "seq": int(r.server_seq)}


def current_seq(conn: Connection) -> int:
    return int(conn.execute(select(server_state.c.num).where(server_state.c.key == "seq")).scalar_one())


def pull(conn: Connection, device: Device, since: int, limit: int) -> dict[str, Any]:
    """Latest state of every visible row changed after ``since``, in commit order."""
    q = _columns().where(rows.c.server_seq > since, visible(device)).order_by(rows.c.server_seq)
    got = [_change(r) for r in conn.execute(q.limit(limit + 1))]
    has_more = len(got) > limit
    got = got[:limit]
    return {"changes": got, "next_since": got[-1]["seq"] if got else since, "has_more": has_more}


def snapshot(conn: Connection, device: Device, table: str, after: str, limit: int) -> dict[str, Any]:
    """One keyset page of a table for the first download."""
    seq = current_seq(conn)
    q = _columns().where(rows.c.table_name == table, rows.c.row_id > after, visible(device))
    got = [_change(r) for r in conn.execute(q.order_by(rows.c.row_id).limit(limit + 1))]
    has_more = len(got) > limit
    got = got[:limit]
    return {"table": table, "rows": got, "next_after": got[-1]["row_id"] if got else None,
            "has_more": has_more, "server_seq": seq}


def verify(conn: Connection, device: Device) -> dict[str, Any]:
    """Per-table live row counts and a hash of versions in the caller's scope."""
    seq = current_seq(conn)
    per: dict[str, list[tuple[str, int, bool]]] = {}
    q = select(rows.c.table_name, rows.c.row_id, rows.c.row_version, rows.c.deleted).where(visible(device))
    for r in conn.execute(q):
        per.setdefault(r.table_name, []).append((r.row_id, int(r.row_version), bool(r.deleted)))
    out = {t: {"count": sum(1 for p in pairs if not p[2]), "hash": table_hash(pairs)}
           for t, pairs in per.items()}
    return {"tables": out, "server_seq": seq}


def rows_of(conn: Connection, keys: set[tuple[str, str]]) -> list[dict[str, Any]]:
    """Current state of the rows ``keys`` (national scope: callers check visibility)."""
    by_table: dict[str, list[str]] = {}
    for table, row_id in keys:
        by_table.setdefault(table, []).append(row_id)
    out: list[dict[str, Any]] = []
    for table, ids in by_table.items():
        for i in range(0, len(ids), 400):
            q = _columns().where(rows.c.table_name == table, rows.c.row_id.in_(ids[i:i + 400]))
            out.extend(_change(r) for r in conn.execute(q))
    return out


def count_rows(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(rows)).scalar_one())
