"""What the feed, the mobile page and their admin calls share: the service clock (pinnable for
tests), token hashing, the caller of an admin call, the professional's row and the access log
(the sign-in throttle is counted in the database: sync/limits.py)."""

from __future__ import annotations

import hashlib
import os
import secrets
import threading
import time
from datetime import UTC, datetime
from typing import Any

from fastapi import HTTPException
from sqlalchemy import select
from sqlalchemy.engine import Connection, Engine

from sync import auth, db
from sync.models import rows
from sync.phone_models import access_log

# Test hook (like SOSDESK_SYNC_FAULT_DELAY): an ISO instant the service takes as "now".
NOW_ENV = "SOSDESK_SYNC_NOW"
ADMIN_ROLES = frozenset({"regional_admin", auth.NATIONAL_ROLE})


def now() -> datetime:
    pinned = os.environ.get(NOW_ENV)
    if pinned:
        value = datetime.fromisoformat(pinned)
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.now(UTC)


def aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def token_hash(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def new_secret(nbytes: int = 24) -> str:
    return secrets.token_urlsafe(nbytes)


def admin_caller(engine: Engine, authorization: str | None) -> auth.Device:
    """The office device behind an admin call (regional admin or national coordinator)."""
    if not authorization or not authorization.startswith("Bearer "):
        raise HTTPException(401, "authentification requise")
    with db.read(engine) as conn:
        try:
            device = auth.check_access(conn, authorization[7:])
        except auth.AuthError as exc:
            raise HTTPException(401, str(exc)) from None
    if device.role not in ADMIN_ROLES:
        raise HTTPException(403, "réservé à l'administrateur régional ou au coordinateur national")
    return device


def professional(conn: Connection, professional_id: str) -> dict[str, Any] | None:
    """The service's current row of a professional (None: unknown or deleted)."""
    r = conn.execute(select(rows.c.region_id, rows.c.deleted, rows.c.data).where(
        rows.c.table_name == "professionals", rows.c.row_id == professional_id)).first()
    if r is None or r.deleted:
        return None
    return {**dict(r.data), "id": professional_id, "region_id": r.region_id}


def professional_for_admin(conn: Connection, device: auth.Device, professional_id: str) -> dict[str, Any]:
    pro = professional(conn, professional_id)
    if pro is None or not (device.national or pro["region_id"] == device.region):
        # Another region's professional is not revealed: same answer as an unknown one.
        raise HTTPException(404, f"professionnel(le) inconnu(e) du service : {professional_id} "
                                 "(synchronisez d'abord ce poste)")
    return pro


def log_access(conn: Connection, kind: str, professional_id: str | None, status: int) -> None:
    conn.execute(access_log.insert().values(at=now(), kind=kind, professional_id=professional_id,
                                            status=status))


def log_access_now(engine: Engine, kind: str, professional_id: str | None, status: int) -> None:
    with db.write(engine) as conn:
        log_access(conn, kind, professional_id, status)


class AccessLog:
    """Access log entries buffered in memory and written together at most every ``every`` seconds,
    so that frequent feed polls do not each take the write lock (a crash loses ≤ ``every`` s)."""

    def __init__(self, engine: Engine, every: float = 1.0) -> None:
        self.engine = engine
        self.every = every
        self._items: list[dict[str, Any]] = []
        self._last = time.monotonic()
        self._lock = threading.Lock()

    def add(self, kind: str, professional_id: str | None, status: int) -> None:
        with self._lock:
            self._items.append(dict(at=now(), kind=kind, professional_id=professional_id, status=status))
            due = time.monotonic() - self._last >= self.every or len(self._items) >= 500
        if due:
            self.flush()

    def flush(self) -> None:
        with self._lock:
            items, self._items = self._items, []
            self._last = time.monotonic()
        if items:
            with db.write(self.engine) as conn:
                conn.execute(access_log.insert(), items)
