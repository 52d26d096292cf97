"""Sync credentials in the OS keyring (never in the data file): device id → refresh token and the
path of the database file bound to it, so a copied file is noticed (sync.md, cr-sqlite lesson)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

import keyring
import keyring.errors

SERVICE = "sosdesk-sync"


@dataclass
class Credentials:
    device_id: str
    refresh: str
    server: str
    db: str
    region: str | None
    role: str


def save(cred: Credentials) -> None:
    from sosdesk.syncclient.transport import SyncError

    try:
        keyring.set_password(SERVICE, cred.device_id, json.dumps(asdict(cred)))
    except keyring.errors.KeyringError as exc:
        raise SyncError("Aucun trousseau système n'est disponible pour garder les identifiants de "
                        f"synchronisation ({exc.__class__.__name__}) : installez-en un (Secret Service, "
                        "KWallet, trousseau Windows) puis recommencez.") from None


PROBE = "__sosdesk-probe__"


def check_available() -> None:
    """Raise SyncError (French) unless the keyring can store a secret: checked before an enrolment
    code is spent, so a missing keyring never leaves an orphan device on the service."""
    from sosdesk.syncclient.transport import SyncError

    try:
        keyring.set_password(SERVICE, PROBE, "1")
        keyring.delete_password(SERVICE, PROBE)
    except keyring.errors.KeyringError as exc:
        raise SyncError("Aucun trousseau système n'est disponible pour garder les identifiants de "
                        f"synchronisation ({exc.__class__.__name__}) : installez-en un (Secret Service, "
                        "KWallet, trousseau Windows) puis recommencez (le code d'enrôlement n'a pas été "
                        "utilisé).") from None


def load(device_id: str) -> Credentials | None:
    try:
        raw = keyring.get_password(SERVICE, device_id)
    except keyring.errors.KeyringError:
        return None
    if not raw:
        return None
    try:
        return Credentials(**json.loads(raw))
    except (ValueError, TypeError):
        return None


def _sender_entry(kid: str) -> str:
    return f"sender-key:{kid}"


def save_sender_key(kid: str, private: str) -> None:
    """The private half of a key that signs region files (device key or imported office key)."""
    from sosdesk.syncclient.transport import SyncError

    try:
        keyring.set_password(SERVICE, _sender_entry(kid), private)
    except keyring.errors.KeyringError as exc:
        raise SyncError("Aucun trousseau système n'est disponible pour garder la clé qui signe les fichiers "
                        f"régionaux ({exc.__class__.__name__}) : installez-en un puis recommencez.") from None


def load_sender_key(kid: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, _sender_entry(kid))
    except keyring.errors.KeyringError:
        return None
