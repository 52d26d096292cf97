"""Per-person proof on the service (docs/security.md): re-verify an invoice's history offline with the
registered keys alone (`sosdesk-sync audit`), and let the national side clear a person's pinned key so
the new one registers (`sosdesk-sync person-key --clear`, after a password reset)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.engine import Connection

from sosdesk.contract import proof
from sync import push
from sync.auth import NATIONAL_ROLE, Device
from sync.models import rows

ADMIN_DEVICE = "service-admin"  # the device id of changes made by the service's administrator


@dataclass(frozen=True)
class StepCheck:
    at: str
    action: str
    user_id: str
    user_name: str
    from_status: str
    to_status: str
    verdict: str  # signed | unsigned | no_key | invalid
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"at": self.at, "action": self.action, "user": self.user_id, "user_name": self.user_name,
                "from": self.from_status, "to": self.to_status, "verdict": self.verdict}


VERDICTS = {"signed": "signée par la personne (clé enregistrée) ✓",
            "unsigned": "non signée (acceptée sur l'autorité du poste)",
            "no_key": "signée, mais aucune clé enregistrée pour cette personne",
            "invalid": "SIGNATURE INVALIDE"}


def _row(conn: Connection, table: str, row_id: str) -> dict[str, Any] | None:
    r = conn.execute(select(rows.c.data, rows.c.deleted).where(
        and_(rows.c.table_name == table, rows.c.row_id == row_id))).first()
    return None if r is None else dict(r.data)


def audit_invoice(conn: Connection, invoice_id: str) -> list[StepCheck] | None:
    """Every recorded step of an invoice with its verdict, oldest first (None: unknown invoice)."""
    if _row(conn, "invoices", invoice_id) is None:
        return None
    events = push.stored_steps(conn, invoice_id)
    out = []
    for e in sorted(events, key=lambda e: str(e.get("at") or "")):
        person = _row(conn, "users", str(e.get("user_id") or "")) or {}
        key, signature = person.get("signing_key"), e.get("signature")
        if not signature:
            verdict = "unsigned"
        elif not key:
            verdict = "no_key"
        else:
            try:
                ok = proof.verify_step(proof.step_of(e), str(signature), str(key))
            except proof.ProofError:
                ok = False
            verdict = "signed" if ok else "invalid"
        out.append(StepCheck(str(e.get("at") or ""), str(e.get("action") or ""), str(e.get("user_id") or ""),
                             str(e.get("user_name") or person.get("name") or ""), str(e.get("from_status") or ""),
                             str(e.get("to_status") or ""), verdict, VERDICTS[verdict]))
    return out


def person_key(conn: Connection, user_id: str) -> dict[str, Any] | None:
    person = _row(conn, "users", user_id)
    if person is None:
        return None
    return {"user": user_id, "name": person.get("name", ""), "role": person.get("role", ""),
            "region": person.get("region_id"), "signing_key": person.get("signing_key")}


def clear_person_key(conn: Connection, user_id: str) -> bool:
    """Unpin a person's signing key (national decision): the next key their office sends registers.
    Made through the push path as the national side, so every office receives the change."""
    r = conn.execute(select(rows.c.row_version, rows.c.data).where(
        and_(rows.c.table_name == "users", rows.c.row_id == user_id))).first()
    if r is None:
        return False
    current = dict(r.data).get("signing_key")
    if not current:
        return True
    op = {"op_id": time.time_ns() // 1000, "table": "users", "row_id": user_id, "action": "update",
          "fields": {"signing_key": [current, None]}, "base_version": int(r.row_version),
          "updated_at": datetime.now(UTC).isoformat(), "updated_by": ADMIN_DEVICE}
    [result] = push.push_batch(conn, Device(ADMIN_DEVICE, None, NATIONAL_ROLE), [op])
    return result["status"] in ("applied", "merged")
