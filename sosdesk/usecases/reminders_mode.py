"""Who sends an enrolled office's reminders: the office file or the central service (issue 15,
docs/mobile.md). A use case because it joins the sync client (asking the service) and the
reminders (handing the record of sent messages over)."""

from __future__ import annotations

from datetime import datetime

from sosdesk.notify.handover import export_record, import_record
from sosdesk.store.engine import Store
from sosdesk.syncclient.service import K_SERVER, identity
from sosdesk.syncclient.transport import SyncError, Transport

K_BY_SERVICE = "reminders.by_service"


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


def sender_side(store: Store) -> str:
    """Who sends this file's reminders, as last known (no network): ``office`` (never enrolled: this
    PC sends), ``office_enrolled`` (enrolled, the region kept by the office) or ``service``."""
    if not store.get_state(K_SERVER):
        return "office"
    return "service" if store.get_state(K_BY_SERVICE) else "office_enrolled"
