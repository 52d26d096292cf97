"""HTTP calls of the /v1 protocol with French errors; access tokens refreshed on demand."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

import requests

from sosdesk.domain.errors import UserError

UNREACHABLE = ("Le service de synchronisation est injoignable ({url}) : vos modifications restent "
               "en attente sur ce poste et partiront à la prochaine synchronisation.")


class SyncError(UserError):
    """Sync could not run; the message is French, ``code`` the exit code (cli.md)."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code
        self.status: int | None = None  # the HTTP status when the service answered an error


class AuthFailed(SyncError):
    """The service refused the credentials (expired access token, revoked device)."""


class Transport(Protocol):
    """Sends one request; returns the decoded JSON body or raises SyncError."""

    def request(self, method: str, path: str, *, json: Any = None, params: dict[str, Any] | None = None,
                token: str | None = None) -> Any: ...

    def put_bytes(self, path: str, data: bytes, token: str) -> Any:
        """PUT raw bytes (attachment upload); the decoded JSON answer."""

    def get_bytes(self, path: str, token: str) -> bytes:
        """GET raw bytes (attachment download)."""


class Refused(SyncError):
    """The service understood the request and refuses it (403)."""


def _detail(status: int, body: Any) -> str:
    detail = body.get("detail") if isinstance(body, dict) else None
    if isinstance(detail, list):
        detail = "; ".join(str(d.get("msg", d)) for d in detail)
    return str(detail or f"erreur {status}")


def raise_for(status: int, body: Any) -> None:
    """Map an HTTP error status to SyncError (401 → AuthFailed)."""
    if status < 400:
        return
    if status == 401:
        exc: SyncError = AuthFailed(f"Accès refusé par le service : {_detail(status, body)}")
    elif status == 403:
        exc = Refused(f"Refusé par le service : {_detail(status, body)}")
    else:
        exc = SyncError(f"Le service a répondu une erreur {status} : {_detail(status, body)}")
    exc.status = status
    raise exc


class HttpTransport:
    """requests-based transport to a real service."""

    def __init__(self, base_url: str, timeout: float = 120.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.http = requests.Session()

    def request(self, method: str, path: str, *, json: Any = None, params: dict[str, Any] | None = None,
                token: str | None = None) -> Any:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        try:
            resp = self.http.request(method, self.base_url + path, json=json, params=params,
                                     headers=headers, timeout=(10, self.timeout))
        except requests.RequestException:
            raise SyncError(UNREACHABLE.format(url=self.base_url)) from None
        try:
            body = resp.json()
        except ValueError:
            body = None
        raise_for(resp.status_code, body)
        return body

    def put_bytes(self, path: str, data: bytes, token: str) -> Any:
        return self._binary("PUT", path, token, data)

    def get_bytes(self, path: str, token: str) -> bytes:
        out: bytes = self._binary("GET", path, token, None)
        return out

    def _binary(self, method: str, path: str, token: str, data: bytes | None) -> Any:
        headers = {"Authorization": f"Bearer {token}"}
        if data is not None:
            headers["Content-Type"] = "application/octet-stream"
        try:
            resp = self.http.request(method, self.base_url + path, data=data, headers=headers,
                                     timeout=(10, self.timeout))
        except requests.RequestException:
            raise SyncError(UNREACHABLE.format(url=self.base_url)) from None
        if resp.status_code >= 400:
            try:
                body = resp.json()
            except ValueError:
                body = None
            raise_for(resp.status_code, body)
        return resp.json() if data is not None else resp.content

    def close(self) -> None:
        self.http.close()


class Api:
    """The protocol's calls for one device; gets a fresh access token when the old one expires."""

    def __init__(self, transport: Transport, refresh: str | None = None) -> None:
        self.transport = transport
        self.refresh = refresh
        self._access: str | None = None

    def _with_token(self, call: Callable[[str], Any]) -> Any:
        """``call(access token)``, with a fresh token once if the service says the old one expired."""
        if self.refresh is None:
            raise SyncError("Ce poste n'est pas enrôlé auprès du service de synchronisation.")
        for attempt in range(2):
            if self._access is None:
                self._access = self.transport.request(
                    "POST", "/v1/token", json={"refresh": self.refresh})["access"]
            try:
                return call(self._access)
            except AuthFailed:
                self._access = None
                if attempt:
                    raise
        raise AssertionError("unreachable")

    def _authed(self, method: str, path: str, **kw: Any) -> Any:
        return self._with_token(lambda token: self.transport.request(method, path, token=token, **kw))

    def enrol(self, code: str, device_id: str | None = None, public_key: str | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {"code": code}
        if device_id:
            body["device_id"] = device_id
        if public_key:
            body["public_key"] = public_key  # the device key that signs its region files
        out: dict[str, Any] = self.transport.request("POST", "/v1/enrol", json=body)
        return out

    def clone(self) -> dict[str, Any]:
        out: dict[str, Any] = self.transport.request("POST", "/v1/clone", json={"refresh": self.refresh})
        return out

    def _authed_bytes(self, fn: str, path: str, *args: Any) -> Any:
        return self._with_token(lambda token: getattr(self.transport, fn)(path, *args, token))

    def upload_attachment(self, sha256: str, data: bytes) -> bool:
        """Send an attachment's file apart from the push; False when the service is too old to take
        it (the op then carries it inline)."""
        if not hasattr(self.transport, "put_bytes"):
            return False
        try:
            self._authed_bytes("put_bytes", f"/v1/attachments/{sha256}", data)
        except SyncError as exc:
            if exc.status in (404, 405):
                return False
            raise
        return True

    def download_attachment(self, sha256: str) -> bytes | None:
        """An attachment's file, None when the service has none for this region."""
        try:
            out: bytes = self._authed_bytes("get_bytes", f"/v1/attachments/{sha256}")
        except SyncError as exc:
            if exc.status == 404:
                return None
            raise
        return out

    def reserve_number(self, invoice_id: str, prefix: str, year: int) -> dict[str, Any]:
        out: dict[str, Any] = self._authed("POST", "/v1/invoice-number",
                                           json={"invoice_id": invoice_id, "prefix": prefix, "year": year})
        return out

    def register_sender_key(self, public_key: str) -> dict[str, Any]:
        out: dict[str, Any] = self._authed("POST", "/v1/sender-key", json={"public_key": public_key})
        return out

    def register_office_key(self, record: dict[str, Any]) -> dict[str, Any]:
        body = {k: record[k] for k in ("public_key", "region", "role", "revoked")}
        out: dict[str, Any] = self._authed("POST", "/v1/office-key", json=body)
        return out

    def sender_keys(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = self._authed("GET", "/v1/sender-keys")["keys"]
        return out

    def meta(self) -> dict[str, Any]:
        out: dict[str, Any] = self._authed("GET", "/v1/meta")
        return out

    def push(self, device_id: str, ops: list[dict[str, Any]], region: str | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {"device_id": device_id, "ops": ops}
        if region:
            body["region"] = region  # national relay of a region file made by an offline device
        out: dict[str, Any] = self._authed("POST", "/v1/push", json=body)
        return out

    def pull(self, since: int, limit: int = 500) -> dict[str, Any]:
        out: dict[str, Any] = self._authed("GET", "/v1/pull", params={"since": since, "limit": limit})
        return out

    def snapshot(self, table: str, after: str = "", limit: int = 2000) -> dict[str, Any]:
        out: dict[str, Any] = self._authed("GET", "/v1/snapshot",
                                           params={"table": table, "after": after, "limit": limit})
        return out

    def verify(self) -> dict[str, Any]:
        out: dict[str, Any] = self._authed("POST", "/v1/verify")
        return out
