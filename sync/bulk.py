"""Bulk writes of a push batch: one statement per table, JSON columns taking text serialised once.

SQLite: executemany of a prepared statement (sqlite3 runs it in C). PostgreSQL: one
``INSERT … SELECT … FROM json_to_recordset(%s)`` (or ``UPDATE … FROM json_to_recordset``) per
table with the whole batch as one JSON parameter, since psycopg's executemany still costs one
pipelined round of Python work per row.
"""

from __future__ import annotations

import json
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Integer,
    Table,
    Text,
    and_,
    bindparam,
    cast,
    update,
)
from sqlalchemy.engine import Connection

from sync.models import applied_ops, change_log, rows

ROW_VALUES = ("region_id", "row_version", "deleted", "data", "server_seq")
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _jsonb(dialect: str, name: str) -> Any:
    param = bindparam(name, type_=Text)
    return cast(param, JSON) if dialect == "postgresql" else param


@cache
def _statements(dialect: str) -> dict[str, Any]:
    """executemany statements whose JSON columns take pre-serialised text."""
    plain: dict[str, Any] = {c: bindparam(c) for c in ("table_name", "row_id", "region_id", "row_version",
                                                       "deleted", "server_seq")}
    return {
        "insert_rows": rows.insert().values({**plain, "data": _jsonb(dialect, "data")}),
        "update_rows": update(rows).where(and_(rows.c.table_name == bindparam("k_table"),
                                               rows.c.row_id == bindparam("k_row"))).values(
            region_id=bindparam("region_id"), row_version=bindparam("row_version"),
            deleted=bindparam("deleted"), server_seq=bindparam("server_seq"), data=_jsonb(dialect, "data")),
        "insert_log": change_log.insert().values(
            {c: bindparam(c) for c in ("server_seq", "region_id", "table_name", "row_id", "row_version",
                                       "device_id", "op_id", "at")} | {"payload": _jsonb(dialect, "payload")}),
        "insert_applied": applied_ops.insert().values(
            device_id=bindparam("device_id"), op_id=bindparam("op_id"), result=_jsonb(dialect, "result")),
    }


def _pg_type(table: Table, column: str) -> str:
    kind = table.c[column].type
    if isinstance(kind, JSON):
        return "json"
    if isinstance(kind, BigInteger):
        return "bigint"
    if isinstance(kind, Integer):
        return "integer"
    if isinstance(kind, Boolean):
        return "boolean"
    if isinstance(kind, DateTime):
        return "timestamptz"
    return "text"


def _recordset(table: Table, params: list[dict[str, Any]]) -> str:
    """``params`` as one JSON array of records; JSON columns are already text and go in as is."""
    raw = {c.name for c in table.c if isinstance(c.type, JSON)}
    records = []
    for p in params:
        plain = {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in p.items()
                 if k not in raw or v is None}
        text = _dumps(plain)
        extra = "".join(f',"{k}":{v}' for k, v in p.items() if k in raw and v is not None)
        if extra:
            text = "{" + extra[1:] + "}" if text == "{}" else text[:-1] + extra + "}"
        records.append(text)
    return "[" + ",".join(records) + "]"


def write_many(conn: Connection, kind: str, table: Table, params: list[dict[str, Any]]) -> None:
    """Write ``params`` with the ``kind`` statement of ``_statements`` (one statement on PostgreSQL)."""
    if not params:
        return
    if conn.dialect.name != "postgresql":
        conn.execute(_statements(conn.dialect.name)[kind], params)
        return
    columns = list(params[0])
    keys = {"k_table": "table_name", "k_row": "row_id"}
    shape = ", ".join(f'"{c}" {_pg_type(table, keys.get(c, c))}' for c in columns)
    source = f"json_to_recordset(%s::json) AS t({shape})"
    if kind == "update_rows":
        sets = ", ".join(f'"{c}" = t."{c}"' for c in ROW_VALUES)
        sql = (f'UPDATE "{table.name}" AS r SET {sets} FROM {source} '
               'WHERE r.table_name = t.k_table AND r.row_id = t.k_row')
    else:
        names = ", ".join(f'"{c}"' for c in columns)
        sql = f'INSERT INTO "{table.name}" ({names}) SELECT {", ".join(f"t.{n}" for n in names.split(", "))} FROM {source}'
    conn.exec_driver_sql(sql, (_recordset(table, params),))
