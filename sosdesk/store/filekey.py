"""The office file's encryption key: random 256 bits kept in the OS keyring, and its recovery key.

One key per OS account (« this PC »): the office file, its WAL, its backups and migration copies
are all encrypted with it. A file brought from another PC opens once its printed recovery key has
been entered (``sosdesk key recover``): the recovered key is kept in the keyring beside this PC's
own one and tried when a file does not open with the first. docs/security.md, « Chiffrement ».
"""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
from pathlib import Path

import keyring
import keyring.errors

from sosdesk.domain.errors import UserError

KEYRING_SERVICE = "sosdesk-chiffrement"
OWN_ACCOUNT = "cle-fichier"
RECOVERED_ACCOUNT = "cles-recuperees"  # space-separated ids of keys entered from recovery keys
SHOWN_ACCOUNT = "cle-de-secours-affichee"
KEY_BYTES = 32
# A file holding a recovery key, for PCs or accounts without an OS keyring (servers, scripts, a
# command run in another session): its key is tried after the keyring's ones.
KEY_FILE_ENV = "SOSDESK_RECOVERY_KEY_FILE"
_GROUP = 4


class FileKeyError(UserError):
    """The keyring cannot be read or written, or a recovery key is malformed (French message)."""


def _get(account: str) -> str | None:
    try:
        return keyring.get_password(KEYRING_SERVICE, account)
    except keyring.errors.KeyringError as exc:
        raise FileKeyError(_unreachable(exc)) from None


def _set(account: str, value: str) -> None:
    try:
        keyring.set_password(KEYRING_SERVICE, account, value)
    except keyring.errors.KeyringError as exc:
        raise FileKeyError(_unreachable(exc)) from None


def _unreachable(exc: Exception) -> str:
    if isinstance(exc, keyring.errors.NoKeyringError):
        return "aucun trousseau du système n'est disponible sur ce poste"
    return f"le trousseau du système est inaccessible ({exc})"


def key_id(key: bytes) -> str:
    """A short public fingerprint of ``key`` (names it in the keyring and in messages)."""
    return hashlib.sha256(b"sosdesk-file-key\0" + key).hexdigest()[:12]


def own_key(create: bool = False) -> bytes | None:
    """This PC's key (made and stored the first time when ``create``)."""
    stored = _get(OWN_ACCOUNT)
    if stored:
        return bytes.fromhex(stored)
    if not create:
        return None
    key = secrets.token_bytes(KEY_BYTES)
    _set(OWN_ACCOUNT, key.hex())
    _set(SHOWN_ACCOUNT, "")  # the recovery key is still to be shown (once) to the person setting up
    return key


def env_key() -> bytes | None:
    """The key of the recovery file named by ``SOSDESK_RECOVERY_KEY_FILE`` (None: not set)."""
    path = os.environ.get(KEY_FILE_ENV, "").strip()
    return read_recovery_file(path) if path else None


def known_keys() -> list[bytes]:
    """Every key this PC holds: its own first, then those entered from recovery keys, then the one
    of ``SOSDESK_RECOVERY_KEY_FILE`` (the only one when there is no keyring)."""
    extra = env_key()
    try:
        keys = _keyring_keys()
    except FileKeyError:
        if extra is None:
            raise
        return [extra]
    return keys if extra is None or extra in keys else [*keys, extra]


def _keyring_keys() -> list[bytes]:
    keys: list[bytes] = []
    own = own_key()
    if own:
        keys.append(own)
    for kid in (_get(RECOVERED_ACCOUNT) or "").split():
        stored = _get(f"cle-{kid}")
        if stored and bytes.fromhex(stored) not in keys:
            keys.append(bytes.fromhex(stored))
    return keys


def remember(key: bytes) -> str:
    """Keep a recovered key in the keyring (tried after this PC's own); returns its id."""
    kid = key_id(key)
    if key == own_key():
        return kid
    ids = (_get(RECOVERED_ACCOUNT) or "").split()
    _set(f"cle-{kid}", key.hex())
    if kid not in ids:
        _set(RECOVERED_ACCOUNT, " ".join([*ids, kid]))
    return kid


def recovery_pending() -> bool:
    """True when this PC's key was made and its recovery key has not been shown yet."""
    return _get(SHOWN_ACCOUNT) == "" and own_key() is not None


def mark_recovery_shown() -> None:
    _set(SHOWN_ACCOUNT, "1")


# -- recovery key: what is printed and typed on another PC ------------------------------------

def recovery_text(key: bytes) -> str:
    """The recovery key as printed: base32 of the key and a 2-byte check, in groups of 4.

    Base32 (A–Z, 2–7) has no 0/O or 1/I confusion; the check catches a mistyped group."""
    check = hashlib.sha256(key).digest()[:2]
    raw = base64.b32encode(key + check).decode("ascii").rstrip("=")
    return "-".join(raw[i:i + _GROUP] for i in range(0, len(raw), _GROUP))


def parse_recovery(text: str) -> bytes:
    """The key of a recovery key as typed or read from a file (spaces, dashes, case ignored)."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    padded = cleaned + "=" * (-len(cleaned) % 8)
    try:
        raw = base64.b32decode(padded)
    except ValueError:
        raw = b""
    key, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if len(raw) != KEY_BYTES + 2 or hashlib.sha256(key).digest()[:2] != check:
        raise FileKeyError("clé de secours invalide : vérifiez chaque groupe de 4 caractères (lettres A à Z et "
                        "chiffres 2 à 7).")
    return key


def read_recovery_file(path: os.PathLike[str] | str) -> bytes:
    """The key of a recovery file (the text written by ``sosdesk key show --out``): the first line
    that reads as a recovery key."""
    try:
        lines = Path(path).read_text(encoding="utf-8")[:100_000].splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise FileKeyError(f"le fichier de clé de secours {path} ne peut pas être lu ({exc}).") from None
    for line in lines:
        try:
            return parse_recovery(line.split(":")[-1])
        except FileKeyError:
            continue
    raise FileKeyError(f"{path} ne contient pas de clé de secours valide.")
