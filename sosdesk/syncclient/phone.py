"""Office side of the professionals' phone: ask the central service for a professional's calendar
feed URL (show, renew, revoke) or a one-time sign-in link to the mobile page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sosdesk.store import models as m
from sosdesk.store.engine import Store
from sosdesk.syncclient.service import identity
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
