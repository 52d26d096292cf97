"""Enrolment codes, refresh tokens and short-lived access tokens; per-device revocation.

Region and role are bound to the device at enrolment; every request's scope comes from its
access token (signed by the service) and the device must not be revoked.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from sync.models import devices, enrol_codes, server_state

ROLES = ("regional_admin", "regional_validator", "national_coordinator")
NATIONAL_ROLE = "national_coordinator"
ACCESS_SECONDS = 900
CODE_DAYS = 7
# parent_device of a device id an office made itself (never online), first seen in a relayed file.
OFFLINE = "offline"


class AuthError(Exception):
    """Refused credentials; the message is French."""


@dataclass(frozen=True)
class Device:
    device_id: str
    region: str | None
    role: str

    @property
    def national(self) -> bool:
        return self.role == NATIONAL_ROLE


def _hash(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def make_code(conn: Connection, region: str | None, role: str) -> str:
    """A one-time enrolment code for an office (or the national office) and a role."""
    if role not in ROLES:
        raise AuthError(f"rôle inconnu : {role} (attendu : {', '.join(ROLES)})")
    if role != NATIONAL_ROLE and not region:
        raise AuthError("une région est nécessaire pour ce rôle")
    raw = base64.b32encode(secrets.token_bytes(10)).decode()[:16]
    code = "-".join(raw[i:i + 4] for i in range(0, 16, 4))
    now = datetime.now(UTC)
    conn.execute(enrol_codes.insert().values(
        code_hash=_hash(_normalise_code(code)), region_id=region if role != NATIONAL_ROLE else None,
        role=role, created_at=now, expires_at=now + timedelta(days=CODE_DAYS), used_by=None))
    return code


def _new_device(conn: Connection, region: str | None, role: str, parent: str | None,
                device_id: str | None = None) -> tuple[Device, str]:
    device_id = device_id or str(uuid.uuid4())
    refresh = secrets.token_urlsafe(32)
    conn.execute(devices.insert().values(
        device_id=device_id, region_id=region, role=role, refresh_hash=_hash(refresh), revoked=False,
        created_at=datetime.now(UTC), parent_device=parent))
    return Device(device_id, region, role), refresh


def enrol(conn: Connection, code: str, device_id: str | None = None) -> tuple[Device, str]:
    """Spend a code: a device id and its refresh token. ``device_id``: the id an office made offline;
    kept when unknown here or when it is the offline device of the same region (relayed files)."""
    row = conn.execute(select(enrol_codes).where(
        enrol_codes.c.code_hash == _hash(_normalise_code(code))).with_for_update()).first()
    if row is None or row.used_by is not None:
        raise AuthError("code d'enrôlement inconnu ou déjà utilisé")
    expires = row.expires_at if row.expires_at.tzinfo else row.expires_at.replace(tzinfo=UTC)
    if expires < datetime.now(UTC):
        raise AuthError("code d'enrôlement expiré")
    known = conn.execute(select(devices).where(devices.c.device_id == device_id)).first() if device_id else None
    if device_id and known is not None and known.parent_device == OFFLINE and known.region_id == row.region_id:
        refresh = secrets.token_urlsafe(32)
        conn.execute(update(devices).where(devices.c.device_id == device_id).values(
            role=row.role, refresh_hash=_hash(refresh), parent_device=None))
        device = Device(device_id, row.region_id, row.role)
    else:
        device, refresh = _new_device(conn, row.region_id, row.role, None,
                                      device_id if device_id and known is None else None)
    conn.execute(update(enrol_codes).where(enrol_codes.c.code_hash == row.code_hash)
                 .values(used_by=device.device_id))
    return device, refresh


def device_for_refresh(conn: Connection, refresh: str) -> Device:
    row = conn.execute(select(devices).where(devices.c.refresh_hash == _hash(refresh))).first()
    if row is None or row.revoked:
        raise AuthError("appareil inconnu ou révoqué : un nouvel enrôlement est nécessaire")
    return Device(row.device_id, row.region_id, row.role)


def clone(conn: Connection, refresh: str) -> tuple[Device, str]:
    """A new device identity for a copied database file (same region and role)."""
    parent = device_for_refresh(conn, refresh)
    return _new_device(conn, parent.region, parent.role, parent.device_id)


def revoke(conn: Connection, device_id: str) -> bool:
    """Revoke a device and every clone made from it (and their clones)."""
    result = conn.execute(update(devices).where(devices.c.device_id == device_id).values(revoked=True))
    todo = [device_id]
    while todo:
        parent = todo.pop()
        children = list(conn.execute(select(devices.c.device_id).where(
            devices.c.parent_device == parent, devices.c.revoked.is_(False))).scalars())
        if children:
            conn.execute(update(devices).where(devices.c.device_id.in_(children)).values(revoked=True))
            todo.extend(children)
    return bool(result.rowcount)


KEY_ENV = "SOSDESK_SYNC_KEY"
KEY_FILE_ENV = "SOSDESK_SYNC_KEY_FILE"


def configured_key() -> bytes | None:
    """The token signing key from the configuration (never the database): the file named by
    SOSDESK_SYNC_KEY_FILE, else SOSDESK_SYNC_KEY; both hex, at least 32 bytes."""
    path = os.environ.get(KEY_FILE_ENV)
    text = None
    if path:
        try:
            text = Path(path).read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise AuthError(f"clé de signature illisible ({path}) : {exc.__class__.__name__}") from None
    elif os.environ.get(KEY_ENV):
        text = os.environ[KEY_ENV].strip()
    if text is None:
        return None
    try:
        key = bytes.fromhex(text)
    except ValueError:
        raise AuthError("clé de signature invalide : 64 caractères hexadécimaux attendus") from None
    if len(key) < 32:
        raise AuthError("clé de signature trop courte : 64 caractères hexadécimaux attendus")
    return key


def signing_key(conn: Connection) -> bytes:
    """The configured key, or (single-machine setups without configuration) the database's."""
    return configured_key() or _secret(conn)


def write_key_file(path: Path) -> None:
    """A new random signing key in ``path`` (owner-only), replacing the old one atomically."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(secrets.token_hex(32) + "\n")
    os.replace(tmp, path)


def touch(conn: Connection, device_id: str) -> None:
    conn.execute(update(devices).where(devices.c.device_id == device_id).values(last_seen=datetime.now(UTC)))


def list_devices(conn: Connection) -> list[dict[str, Any]]:
    """Every device with its region, role, last seen time, parent and clones."""
    found = [dict(r._mapping) for r in conn.execute(select(
        devices.c.device_id, devices.c.region_id, devices.c.role, devices.c.revoked, devices.c.created_at,
        devices.c.last_seen, devices.c.parent_device).order_by(devices.c.created_at))]
    for d in found:
        d["clones"] = [c["device_id"] for c in found if c["parent_device"] == d["device_id"]]
    return found


def _secret(conn: Connection) -> bytes:
    row = conn.execute(select(server_state.c.text).where(server_state.c.key == "secret")).first()
    if row is None or not row.text:
        raise AuthError("service non initialisé")
    return bytes.fromhex(row.text)


def ensure_secret(conn: Connection) -> None:
    if conn.execute(select(server_state.c.key).where(server_state.c.key == "secret")).first() is None:
        conn.execute(server_state.insert().values(key="secret", num=0, text=secrets.token_hex(32)))


def issue_access(conn: Connection, refresh: str, key: bytes | None = None) -> tuple[str, int]:
    """A short-lived signed access token for the device holding ``refresh``."""
    device = device_for_refresh(conn, refresh)
    touch(conn, device.device_id)
    payload = {"d": device.device_id, "r": device.region, "ro": device.role,
               "exp": int(time.time()) + ACCESS_SECONDS}
    body = _b64(json.dumps(payload, separators=(",", ":")).encode())
    sig = _b64(hmac.new(key or signing_key(conn), body.encode(), hashlib.sha256).digest())
    return f"{body}.{sig}", ACCESS_SECONDS


def check_access(conn: Connection, token: str, secret: bytes | None = None) -> Device:
    """The device of a valid, unexpired access token whose device is not revoked."""
    try:
        body, sig = token.split(".", 1)
        key = secret if secret is not None else signing_key(conn)
        expected = _b64(hmac.new(key, body.encode(), hashlib.sha256).digest())
        if not hmac.compare_digest(expected, sig):
            raise AuthError("jeton invalide")
        payload = json.loads(_unb64(body))
        exp, device_id = payload["exp"], payload["d"]
        if not isinstance(exp, int) or not isinstance(device_id, str) or len(device_id) > 64:
            raise ValueError("jeton")
    except (ValueError, TypeError, KeyError, IndexError):
        raise AuthError("jeton invalide") from None
    if exp < time.time():
        raise AuthError("jeton expiré")
    # Role and region come from the devices table, never from the token (a stolen signing key
    # cannot give a device more than it was enrolled with).
    row = conn.execute(select(devices.c.revoked, devices.c.region_id, devices.c.role)
                       .where(devices.c.device_id == device_id)).first()
    if row is None or row.revoked:
        raise AuthError("appareil révoqué")
    return Device(device_id, row.region_id, row.role)


def load_device(conn: Connection, device_id: str) -> Device | None:
    row = conn.execute(select(devices).where(devices.c.device_id == device_id)).first()
    return None if row is None else Device(row.device_id, row.region_id, row.role)
