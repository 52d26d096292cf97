"""Office side of the professionals' phone: ask the central service for a professional's calendar
feed URL (show, renew, revoke) or a one-time sign-in link to the mobile page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from sosdesk.store import models as m
from sosdesk.store.engine import Store
from sosdesk.store.notify_models import ReminderMessage
from sosdesk.syncclient.service import K_SERVER, identity
from sosdesk.syncclient.transport import SyncError, Transport


@dataclass(frozen=True, slots=True)
class Link:
    professional_id: str
    url: str | None          # None: revoked
    webcal: str | None = None
    code: str | None = None
    expires_at: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"professional_id": self.professional_id, "url": self.url, "webcal": self.webcal,
                "code": self.code, "expires_at": self.expires_at, "revoked": self.url is None}


def _check_professional(store: Store, professional_id: str) -> None:
    with store.session() as s:
        pro = s.get(m.Professional, professional_id)
        if pro is None or pro.deleted:
            raise SyncError(f"professionnel(le) inconnu(e) : {professional_id}")
        if pro.row_version == 0:
            raise SyncError(f"{pro.display_name} n'est pas encore sur le service central : "
                            "synchronisez d'abord ce poste (« sosdesk sync »).")


def _call(store: Store, path: str, body: dict[str, Any], transport: Transport | None) -> tuple[str, dict[str, Any]]:
    cred, api = identity(store, transport)
    out: dict[str, Any] = api._authed("POST", path, json=body)
    return cred.server.rstrip("/"), out


def webcal(url: str) -> str:
    return "webcal://" + url.split("://", 1)[1]


def feed_link(store: Store, professional_id: str, action: str = "show",
              transport: Transport | None = None) -> Link:
    """``show`` (created if none), ``renew`` or ``revoke`` the feed of a professional."""
    _check_professional(store, professional_id)
    server, out = _call(store, "/v1/phone/feed", {"professional_id": professional_id, "action": action},
                        transport)
    if not out.get("path"):
        return Link(professional_id, None)
    url = server + out["path"]
    return Link(professional_id, url, webcal(url))


def field_link(store: Store, professional_id: str, revoke: bool = False,
               transport: Transport | None = None) -> Link:
    """A one-time sign-in link to the mobile page (earlier unused links stop), or revoke every
    link and signed-in phone of the professional."""
    _check_professional(store, professional_id)
    server, out = _call(store, "/v1/phone/field-link",
                        {"professional_id": professional_id, "action": "revoke" if revoke else "issue"},
                        transport)
    if revoke:
        return Link(professional_id, None)
    return Link(professional_id, server + out["path"], None, out["code"], out["expires_at"])


# --- reminders: who sends for this office's region (docs/mobile.md) ---------------------------

K_BY_SERVICE = "reminders.by_service"
# Columns of a message exchanged at a handover: structure only (no recipient, no text).
RECORD = ("key", "meeting_id", "beneficiary_id", "channel", "event", "offset_minutes", "version",
          "due_at", "meeting_start", "previous_start", "state", "sent_at")
SERVICE_SENDS = ("Les rappels de cette région sont envoyés par le service central : ce poste n'en "
                 "envoie pas.")


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




def office_sends(store: Store, at: datetime, transport: Transport | None = None) -> bool:
    """Whether this office file sends its region's reminders now; hands its record over to the
    service (or takes the service's back) when the coordinator switched the region. Offline: the
    last known answer. A file never enrolled always sends."""
    if not store.get_state(K_SERVER):
        return True
    try:
        _cred, api = identity(store, transport)
        mode = api._authed("GET", "/v1/phone/reminders/mode")["mode"]
        if mode == "to_service":
            mode = api._authed("POST", "/v1/phone/reminders/handover",
                               json={"record": export_record(store, at)})["mode"]
        elif mode == "to_office":
            got = api._authed("GET", "/v1/phone/reminders/record", params={"at": at.isoformat()})
            import_record(store, got["record"], at)
            mode = api._authed("POST", "/v1/phone/reminders/takeback")["mode"]
        by_service = mode in ("service", "to_office")
        store.set_state(K_BY_SERVICE, by_service)
    except SyncError:
        by_service = bool(store.get_state(K_BY_SERVICE))
    return not by_service
