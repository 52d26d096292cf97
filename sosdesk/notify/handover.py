"""The record of reminder messages an office and the service hand each other when the national
coordinator moves a region's sending between them (issue 15; docs/reminders.md)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from sosdesk.store.engine import Store
from sosdesk.store.notify_models import ReminderMessage

RECORD = ("key", "meeting_id", "beneficiary_id", "channel", "event", "offset_minutes", "version",
          "due_at", "meeting_start", "previous_start", "state", "sent_at")


def aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _to_json(row: ReminderMessage) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in RECORD:
        value = getattr(row, key)
        out[key] = value.isoformat() if isinstance(value, datetime) else value
    return out


def export_record(store: Store, at: datetime) -> list[dict[str, Any]]:
    """Messages of meetings not long past (what a new sender must know not to send again)."""
    with store.session() as s:
        q = select(ReminderMessage).where(ReminderMessage.meeting_start > at - timedelta(days=2))
        return [_to_json(r) for r in s.scalars(q)]


def import_record(store: Store, record: list[dict[str, Any]], at: datetime) -> int:
    """Take the other side's messages: unknown keys added as they are; a key this side still had
    pending is superseded by the other side's state (it was, or will not be, sent there)."""
    added = 0
    with store.session() as s, s.begin():
        for item in record:
            values: dict[str, Any] = {k: (aware(datetime.fromisoformat(v)) if k in ("due_at", "meeting_start", "previous_start",
                                                                     "sent_at") and v else v)
                      for k, v in item.items() if k in RECORD}
            row = s.scalar(select(ReminderMessage).where(ReminderMessage.key == values["key"]))
            if row is None:
                s.add(ReminderMessage(**values, recipient="", subject="", body="", attempts=0,
                                      next_attempt_at=values["due_at"],
                                      last_error="envoyé par l'autre poste (passage de relais)",
                                      created_at=at, updated_at=at))
                added += 1
            elif row.state in ("pending", "retrying") and values["state"] not in ("pending", "retrying"):
                row.state, row.sent_at, row.updated_at = values["state"], values.get("sent_at"), at
                row.last_error = "traité par l'autre poste (passage de relais)"
    return added
