"""Encrypted office files (SQLCipher): raw connections, which key opens a file, plain → encrypted.

Every SQLite connection to an office file or one of its copies goes through :func:`connect` or
:func:`open_file`: a plain file opens with :mod:`sqlite3`, an encrypted one with the ``sqlcipher3``
binding and ``PRAGMA key`` as its first statement (raw 256-bit key: no key derivation per connection).
Where the binding is not installed, files stay plain and a French warning says so.
docs/security.md, « Chiffrement du fichier de données ».
"""

from __future__ import annotations

import importlib
import logging
import os
import sqlite3
from functools import cache
from pathlib import Path
from typing import Any

from sosdesk.domain.errors import UserError
from sosdesk.store import filekey

SQLITE_MAGIC = b"SQLite format 3\x00"
ENV = "SOSDESK_ENCRYPTION"  # "0": new files stay plain, plain files are not migrated (measurements)
PLAIN_WARNING = ("le module de chiffrement sqlcipher3 n'est pas installé sur ce poste : le fichier de "
                 "données reste en clair (protégé seulement par la session et le chiffrement du disque). "
                 "Installez sosdesk avec ses dépendances complètes (docs/security.md).")
_log = logging.getLogger("sosdesk.store")


class StoreError(UserError):
    """The data file cannot be used; the message is French and names the file."""


@cache
def binding() -> Any | None:
    """The ``sqlcipher3`` DB-API module, or None where it is not installed."""
    try:
        mod = importlib.import_module("sqlcipher3.dbapi2")
    except ImportError:
        return None
    # SQLCipher logs each failed page to stderr by default (a wrong key tried, a damaged page): the
    # user gets one French message instead. The level is process-wide.
    con = mod.connect(":memory:")
    try:
        con.execute("PRAGMA cipher_log_level = NONE")
    finally:
        con.close()
    return mod


_warned = False


def enabled() -> bool:
    """True when new and plain files are to be encrypted (binding present, not switched off)."""
    global _warned
    if os.environ.get(ENV, "1").strip() == "0":
        return False
    if binding() is None:
        if not _warned:
            _warned = True
            _log.warning(PLAIN_WARNING)
        return False
    return True


def database_errors() -> tuple[type[BaseException], ...]:
    """The DB-API ``Error`` classes of both modules (their exceptions are distinct classes)."""
    mod = binding()
    return (sqlite3.Error,) if mod is None else (sqlite3.Error, mod.Error)


def operational_errors() -> tuple[type[BaseException], ...]:
    mod = binding()
    return (sqlite3.OperationalError,) if mod is None else (sqlite3.OperationalError, mod.OperationalError)


def is_plain(path: Path) -> bool:
    """A plain SQLite file (its clear header); False for a missing, empty or encrypted file."""
    try:
        with path.open("rb") as fh:
            return fh.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def is_encrypted(path: Path) -> bool:
    """A non-empty file without SQLite's clear header: encrypted (or not a database at all)."""
    return path.is_file() and path.stat().st_size > 0 and not is_plain(path)


def _key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(path: Path | str, key: bytes | None, *, read_only: bool = False, timeout: float = 5.0,
            isolation_level: str | None = "", pooled: bool = False) -> Any:
    """A DB-API connection to ``path``: sqlite3 when ``key`` is None, else SQLCipher keyed first.
    ``pooled``: for the engine's pool, whose connections move between threads (one at a time)."""
    uri = f"file:{Path(path).resolve()}" + ("?mode=ro" if read_only else "")
    if key is None:
        return sqlite3.connect(uri, uri=True, timeout=timeout, check_same_thread=not pooled,
                               isolation_level=isolation_level)  # type: ignore[arg-type]
    mod = binding()
    if mod is None:
        raise StoreError(f"{path} est chiffré mais le module de chiffrement sqlcipher3 n'est pas installé "
                         "sur ce poste : installez sosdesk avec ses dépendances complètes (docs/security.md).")
    con = mod.connect(uri, uri=True, timeout=timeout, isolation_level=isolation_level,
                      check_same_thread=not pooled)
    con.execute(_key_pragma(key))
    return con


def _opens(path: Path, key: bytes) -> bool:
    con = connect(path, key, read_only=True)
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except database_errors():
        return False
    finally:
        con.close()


def no_key_message(path: Path) -> str:
    return (f"{path} n'est pas une base sosdesk lisible sur ce poste : ce n'est pas un fichier SQLite en "
            "clair, et aucune clé de ce poste ne l'ouvre. S'il est chiffré et vient d'un autre poste, "
            "enregistrez d'abord sa clé de secours : sosdesk key recover --file FICHIER (docs/security.md).")


def key_for(path: Path) -> bytes | None:
    """The key that opens ``path`` (None: plain, missing or empty); StoreError when none does."""
    if not is_encrypted(path):
        return None
    if binding() is None:
        raise StoreError(f"{path} n'est pas un fichier SQLite en clair : s'il est chiffré, ce poste n'a pas le "
                         "module de chiffrement sqlcipher3 pour l'ouvrir (docs/security.md).")
    try:
        keys = filekey.known_keys()
    except filekey.FileKeyError as exc:
        raise StoreError(f"{path} est chiffré mais {exc} : sa clé ne peut pas être lue. Sans trousseau, "
                         f"indiquez le fichier de la clé de secours dans la variable {filekey.KEY_FILE_ENV} "
                         "(docs/security.md).") from None
    for key in keys:
        if _opens(path, key):
            return key
    raise StoreError(no_key_message(path))


def open_file(path: Path | str, *, read_only: bool = False, timeout: float = 5.0,
              isolation_level: str | None = "") -> Any:
    """A connection to an existing plain or encrypted sosdesk file (the key found in the keyring)."""
    return connect(path, key_for(Path(path)), read_only=read_only, timeout=timeout, isolation_level=isolation_level)


NO_KEYRING_WARNING = ("{reason} : le fichier de données reste en clair, sa clé ne pourrait être gardée nulle "
                      "part (docs/security.md).")


def key_for_new_file() -> bytes | None:
    """The key a new file is created with (None: plain, encryption unavailable or switched off, or
    no OS keyring to keep the key in: a French warning says so)."""
    if not enabled():
        return None
    try:
        return filekey.own_key(create=True)
    except filekey.FileKeyError as exc:
        extra = filekey.env_key()
        if extra is not None:
            return extra
        _log.warning(NO_KEYRING_WARNING.format(reason=exc))
        return None


# -- plain → encrypted ------------------------------------------------------------------------

def _tables(con: Any) -> list[str]:
    return [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]


def _counts(con: Any, tables: list[str]) -> dict[str, int]:
    return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def wipe(path: Path) -> None:
    """Overwrite ``path`` with zeros, flush it, then remove it (its clear pages do not stay on disk
    as a file; SSDs and copy-on-write disks may keep old blocks: disk encryption covers those)."""
    try:
        size = path.stat().st_size
        with path.open("r+b") as fh:
            chunk = b"\0" * 65536
            for _ in range(0, size, len(chunk)):
                fh.write(chunk)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError:
        pass
    path.unlink(missing_ok=True)


def encrypt_in_place(path: Path, key: bytes) -> dict[str, int]:
    """Replace the plain SQLite file ``path`` by an encrypted copy keyed with ``key``.

    The WAL is folded in first; the copy (``sqlcipher_export``) is written beside it 0600, checked
    (integrity, every table's row count equal), then renamed over ``path`` in one step; the clear
    file is overwritten and removed. Returns the row counts. Refused (StoreError, nothing changed)
    while another program writes the file."""
    mod = binding()
    if mod is None:
        raise StoreError(PLAIN_WARNING)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.chiffrement")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    tmp.unlink()  # SQLCipher writes the file itself; the name was checked free and private
    plain = mod.connect(str(path), timeout=5.0, isolation_level=None)
    try:
        busy = plain.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:
            raise StoreError(f"{path} est ouvert par une autre fenêtre ou commande sosdesk : fermez-la pour "
                             "que le fichier soit chiffré (rien n'a été changé).")
        tables = _tables(plain)
        before = _counts(plain, tables)
        old_umask = os.umask(0o077)
        try:
            plain.execute(f"ATTACH DATABASE ? AS chiffre KEY \"x'{key.hex()}'\"", (str(tmp),))
        finally:
            os.umask(old_umask)
        plain.execute("BEGIN")
        plain.execute("SELECT sqlcipher_export('chiffre')")
        version = plain.execute("PRAGMA main.user_version").fetchone()[0]
        plain.execute(f"PRAGMA chiffre.user_version = {int(version)}")
        plain.execute("COMMIT")
        plain.execute("DETACH DATABASE chiffre")
    except mod.Error as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"{path} n'a pas pu être chiffré ({exc}) : le fichier en clair est inchangé.") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        plain.close()
    try:
        enc = connect(tmp, key, isolation_level=None)
        try:
            enc.execute("PRAGMA journal_mode=WAL")
            check = [r[0] for r in enc.execute("PRAGMA integrity_check(5)")]
            after = _counts(enc, tables)
        finally:
            enc.close()
        if check != ["ok"] or after != before:
            raise StoreError(f"{path} : la copie chiffrée ne correspond pas au fichier ({check[0]}) ; "
                             "le fichier en clair est inchangé.")
        if os.name == "posix":
            os.chmod(tmp, 0o600)
        aside = path.with_name(f".{path.name}.{os.getpid()}.clair")
        aside.unlink(missing_ok=True)
        try:
            os.link(path, aside)  # the clear inode stays reachable to be overwritten after the swap
        except OSError:
            os.replace(path, aside)  # no hard links here: a moment without file, never a half one
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm"):
            tmp.with_name(tmp.name + suffix).unlink(missing_ok=True)
        raise
    wipe(aside)
    for suffix in ("-wal", "-shm", "-journal"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            wipe(side)
    return after


def recovered_key_opens(path: Path, key: bytes) -> bool:
    """True when ``key`` opens the encrypted file ``path`` (a recovery key being checked)."""
    return is_encrypted(path) and binding() is not None and _opens(path, key)
