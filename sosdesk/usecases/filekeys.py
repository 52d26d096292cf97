"""The office file's encryption key seen by people: its status, its recovery key, and opening a file
from another PC with that recovery key (docs/security.md, « Chiffrement du fichier de données »)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sosdesk.domain.permissions import Actor
from sosdesk.store import cipher, filekey
from sosdesk.store.engine import Store, StoreError
from sosdesk.usecases.gate import allow


@dataclass(frozen=True, slots=True)
class KeyStatus:
    """Whether ``path`` is encrypted, whether this PC can encrypt, and which key opens it."""

    path: Path
    encrypted: bool
    available: bool
    key_id: str | None


def status(path: Path) -> KeyStatus:
    """Never modifies the file; a file no key of this PC opens has ``key_id`` None."""
    encrypted = cipher.is_encrypted(path)
    key_id = None
    if encrypted:
        try:
            key = cipher.key_for(path)
        except StoreError:
            key = None
        key_id = filekey.key_id(key) if key else None
    return KeyStatus(path, encrypted, cipher.enabled(), key_id)


def recovery_key(store: Store, actor: Actor | None) -> str:
    """The recovery key of the open file, as printed (who may copy the whole file may print it)."""
    allow(actor, "backup")
    if store.key is None:
        raise StoreError(f"{store.path} n'est pas chiffré : il n'a pas de clé de secours "
                         "(voir sosdesk key status).")
    filekey.mark_recovery_shown()
    return filekey.recovery_text(store.key)


def recover(path: Path, key: bytes) -> str:
    """Keep ``key`` (read from a recovery key) in this PC's keyring once it is proved to open
    ``path``; returns the key's id. Nothing is stored when it does not open the file."""
    if not path.is_file():
        raise StoreError(f"{path} n'existe pas.")
    if not cipher.is_encrypted(path):
        raise StoreError(f"{path} n'est pas un fichier chiffré : il s'ouvre sans clé de secours.")
    if cipher.binding() is None:
        raise StoreError(cipher.PLAIN_WARNING)
    if not cipher.recovered_key_opens(path, key):
        raise StoreError(f"cette clé de secours n'ouvre pas {path} : elle appartient à un autre fichier "
                         "(rien n'a été enregistré).")
    return filekey.remember(key)


def pending_recovery_key() -> str | None:
    """The recovery key of a key made just now on this PC, to be shown once (None: already shown)."""
    try:
        if not filekey.recovery_pending():
            return None
        key = filekey.own_key()
    except filekey.FileKeyError:
        return None
    if key is None:
        return None
    filekey.mark_recovery_shown()
    return filekey.recovery_text(key)
