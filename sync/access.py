"""The access log: who pulled or pushed what — device, person (user id), table, count — never a
row, a value or a name (docs/security.md)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.engine import Connection

from sync.models import access_log


def record(conn: Connection, device_id: str, action: str, counts: Counter[tuple[str, str]]) -> None:
    """One line per (table, person) of this call."""
    if not counts:
        return
    now = datetime.now(UTC)
    conn.execute(access_log.insert(), [
        dict(at=now, device_id=device_id, person=person[:64], action=action, table_name=table[:64], count=n)
        for (table, person), n in sorted(counts.items())])


def of_ops(ops: Iterable[dict[str, Any]]) -> Counter[tuple[str, str]]:
    return Counter((str(op["table"]), str(op.get("updated_by") or "")) for op in ops)


def of_rows(changes: Iterable[dict[str, Any]]) -> Counter[tuple[str, str]]:
    return Counter((str(c["table"]), "") for c in changes)
