"""Window sign-in sessions: after the window checked a password, headless commands on the same
file may act as that person for a limited time without asking it again (docs/data-protection.md).

The OS keyring holds a random token and its expiry; the data file holds only the token's SHA-256,
so neither a copied file nor a keyring entry alone opens a session. Workflow steps and password
changes never accept a session: they need the person's password at the moment of the step.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from datetime import datetime, timedelta
from pathlib import Path

import keyring
import keyring.errors

from sosdesk.store.engine import Store

SERVICE = "sosdesk-session"
SESSION_LENGTH = timedelta(hours=1)


def _account(path: Path) -> str:
    return str(Path(path).resolve())


def _state_key(user_id: str) -> str:
    return f"session.{user_id}"[:64]


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def open_session(store: Store, user_id: str, now: datetime,
                 length: timedelta = SESSION_LENGTH) -> bool:
    """Remember that ``user_id`` signed in to the window at ``now`` (aware datetime) until
    ``now + length``; False when no keyring is available (commands then ask the password)."""
    token = secrets.token_urlsafe(32)
    entry = {"user": user_id, "token": token, "expires": (now + length).isoformat()}
    try:
        keyring.set_password(SERVICE, _account(store.path), json.dumps(entry))
    except keyring.errors.KeyringError:
        return False
    store.set_state(_state_key(user_id), _digest(token))
    return True


def session_user(path: Path, stored_digest: dict[str, str], now: datetime) -> str | None:
    """The user of a live window session on ``path`` (None: none, expired or not this file's).

    ``stored_digest`` maps user ids to the token digests the file holds.
    """
    try:
        raw = keyring.get_password(SERVICE, _account(path))
    except keyring.errors.KeyringError:
        return None
    if not raw:
        return None
    try:
        entry = json.loads(raw)
        user, token = str(entry["user"]), str(entry["token"])
        expires = datetime.fromisoformat(str(entry["expires"]))
    except (ValueError, TypeError, KeyError):
        return None
    if expires.tzinfo is None or now >= expires:
        return None
    expected = stored_digest.get(user)
    if not expected or not hmac.compare_digest(expected, _digest(token)):
        return None
    return user


def close_session(store: Store) -> None:
    """Forget the window session of this file (sign-out, switch of user, window closed)."""
    try:
        raw = keyring.get_password(SERVICE, _account(store.path))
        if raw:
            keyring.delete_password(SERVICE, _account(store.path))
    except keyring.errors.KeyringError:
        return
    try:
        user = str(json.loads(raw or "{}").get("user", ""))
    except ValueError:
        user = ""
    if user:
        store.set_state(_state_key(user), None)
