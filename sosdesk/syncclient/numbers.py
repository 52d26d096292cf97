"""Invoice numbers given by the central service (docs/sync.md « Numérotation ») to an enrolled
national desktop: asked just before a validation, registered as the store's number source."""

from __future__ import annotations

from sosdesk.domain.invoice_workflow import WorkflowError
from sosdesk.store.engine import Store
from sosdesk.store.number_source import register
from sosdesk.syncclient.service import K_ROLE, K_SERVER, identity
from sosdesk.syncclient.transport import SyncError, Transport

NATIONAL_ROLE = "national_coordinator"
_TRANSPORTS: dict[str, Transport] = {}  # tests: a transport per service address (in-process service)


def service_number(store: Store, invoice_id: str, prefix: str, year: int) -> str | None:
    """The service's number for ``invoice_id`` (reserved under its lock); None when this file is not
    an enrolled national office or the service cannot be reached (the file then numbers locally and
    the service checks that number when the validation arrives)."""
    server = store.get_state(K_SERVER)
    if store.get_state(K_ROLE) != NATIONAL_ROLE or not server:
        return None
    try:
        _cred, api = identity(store, _TRANSPORTS.get(str(server)))
        return str(api.reserve_number(invoice_id, prefix, year)["number"])
    except SyncError as exc:
        if exc.status is None:
            return None  # unreachable (or not enrolled here): numbered locally, checked at push
        raise WorkflowError(f"numéro de facture non attribué par le service : {exc}") from None


register(service_number)
