"""Erasures at the end of retention (issue 16) as the service sees them.

An office erases a person with an ordinary update of the beneficiary (names replaced by a
pseudonym, personal fields emptied, ``purged_at`` set, tombstone). The service applies it like any
op, then redacts the history it kept of that person — earlier change-log payloads of the row and of
their unavailabilities, and the conflict log — and refuses any later op on the erased row, so an
office that was offline cannot bring the data back.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import and_, delete, select, update
from sqlalchemy.engine import Connection

from sync.models import change_log, conflict_log, rows

REDACTED = "<effacé>"


def is_erased(table: str, data: dict[str, Any] | None) -> bool:
    return table == "beneficiaries" and bool(data and data.get("purged_at"))


def _loaded(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def _absences_of(conn: Connection, person: str) -> list[str]:
    q = select(rows.c.row_id, rows.c.data).where(rows.c.table_name == "unavailabilities")
    return [r.row_id for r in conn.execute(q) if (_loaded(r.data) or {}).get("beneficiary_id") == person]


def erase_history(conn: Connection, person: str, erased_at_seq: int) -> None:
    """Redact what the service kept of ``person`` before the erasure at ``erased_at_seq``."""
    keys = [("beneficiaries", person)] + [("unavailabilities", a) for a in _absences_of(conn, person)]
    for table, row_id in keys:
        match = and_(change_log.c.table_name == table, change_log.c.row_id == row_id)
        old = conn.execute(select(change_log.c.server_seq, change_log.c.payload).where(
            match, change_log.c.server_seq < erased_at_seq)).all()
        for seq, payload in old:
            body = _loaded(payload) or {}
            redacted = {"action": body.get("action", "update"),
                        "changes": {k: REDACTED for k in (body.get("changes") or {})}}
            conn.execute(update(change_log).where(change_log.c.server_seq == seq).values(
                payload=redacted))
        conn.execute(delete(conflict_log).where(and_(conflict_log.c.table_name == table,
                                                     conflict_log.c.row_id == row_id)))
