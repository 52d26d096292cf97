"""Opening the office's SQLite file: checks, encryption, backup-then-upgrade, WAL, foreign keys.

A file that is not a sosdesk database, is corrupt, or comes from a newer sosdesk is refused
before anything touches it. A plain file is first encrypted (SQLCipher, key in the OS keyring:
``sosdesk.store.cipher``); an older file is copied next to itself, then upgraded in place.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

import sosdesk.store.all_models  # noqa: F401  (every table and flush guard registered)
from sosdesk.store import changes as _changes
from sosdesk.store import cipher, search_index
from sosdesk.store.changes import CHANGES, LABEL, ORIGIN, REASON, USER, Changes
from sosdesk.store.cipher import SQLITE_MAGIC, StoreError
from sosdesk.store.migrate import head_revision, known_revisions, upgrade_to_head
from sosdesk.store.models import LocalState, User

T = TypeVar("T")

__all__ = ["SQLITE_MAGIC", "StoreError"]


def _inspect_file(path: Path, key: bytes | None) -> str | None:
    """Return the file's Alembic revision (None for a new/empty file), refusing bad files.

    Opens read-only so a refused file is never modified.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    if key is None and not cipher.is_plain(path):
        raise StoreError(f"{path} n'est pas une base sosdesk (ce n'est pas un fichier SQLite).")
    errors = cipher.database_errors()
    try:
        con = cipher.connect(path, key, read_only=True)
    except errors as exc:
        raise StoreError(f"{path} ne peut pas être ouvert : {exc}") from None
    try:
        # A plain file: quick_check. An encrypted one: every page's HMAC (cipher_integrity_check,
        # ~40 ms for 7 MB) — an authentic page is the page SQLite wrote, and the b-tree walk of
        # quick_check would cost ~4× more after decryption. Backups and restores run integrity_check.
        if key is None:
            ok = con.execute("PRAGMA quick_check").fetchone()
        else:
            bad = [r[0] for r in con.execute("PRAGMA cipher_integrity_check").fetchmany(1)]
            ok = (bad[0] if bad else "ok",)
        if not ok or ok[0] != "ok":
            raise StoreError(f"{path} est endommagé (contrôle d'intégrité : {ok[0] if ok else '?'}).")
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            if tables - {"sqlite_sequence"}:
                raise StoreError(f"{path} n'est pas une base sosdesk (tables inconnues).")
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except errors as exc:
        raise StoreError(f"{path} est endommagé ou n'est pas une base sosdesk : {exc}") from None
    finally:
        con.close()


def _backup(path: Path, revision: str, key: bytes | None) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{revision}.{stamp}.bak")
    # Justice data: the copy is readable by its owner only (0600 on POSIX), like the backups/ copies;
    # VACUUM INTO writes it with the file's own key (an encrypted file's copy is encrypted).
    target.unlink(missing_ok=True)
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    src = cipher.connect(path, key, isolation_level=None)
    try:
        src.execute("VACUUM INTO ?", (str(target),))
    finally:
        src.close()
    return target


def _plain_copies(path: Path) -> list[Path]:
    """The clear copies of ``path`` kept by earlier versions: upgrade copies and backups/."""
    folder = path.parent / "backups"
    found = [p for p in path.parent.glob(f"{path.name}.*.bak")]
    if folder.is_dir():
        found += [p for p in folder.iterdir() if p.name.startswith(f"{path.stem}.") and p.suffix == ".db"]
    return [p for p in found if p.is_file() and cipher.is_plain(p)]


def _file_key(path: Path) -> bytes | None:
    """The key ``path`` opens with; a plain file (and its clear copies) is encrypted first when
    encryption is available (docs/security.md, « Fichiers existants en clair »)."""
    if not path.exists() or path.stat().st_size == 0:
        return cipher.key_for_new_file()
    if not cipher.is_plain(path):
        return cipher.key_for(path)
    if not cipher.enabled():
        return None
    _inspect_file(path, None)  # a damaged or foreign clear file is refused before anything is changed
    key = cipher.key_for_new_file()
    if key is None:  # no OS keyring to keep a key in: the file stays clear (the warning said so)
        return None
    cipher.encrypt_in_place(path, key)
    for copy in _plain_copies(path):
        try:
            cipher.encrypt_in_place(copy, key)
        except StoreError:
            continue  # a damaged old copy stays as it was; the office file itself is encrypted
    return key


WRITE = "sosdesk_write"
BUSY_TIMEOUT_ENV = "SOSDESK_BUSY_TIMEOUT"
BUSY_TIMEOUT_S = 10.0


class BusyError(StoreError):
    """Another sosdesk (window or command) is writing this file for longer than the busy timeout."""


def busy_timeout_ms() -> int:
    """How long a writer waits for another one (``SOSDESK_BUSY_TIMEOUT`` seconds, default 10)."""
    try:
        seconds = float(os.environ.get(BUSY_TIMEOUT_ENV, BUSY_TIMEOUT_S))
    except ValueError:
        seconds = BUSY_TIMEOUT_S
    return max(0, int(seconds * 1000))


BUSY_MESSAGE = ("le fichier de données est occupé par une autre opération sosdesk (fenêtre ou commande) : "
                "rien n'a été écrit ; réessayez quand elle sera terminée.")


def is_busy(exc: BaseException) -> bool:
    """True for SQLite's « database is locked / busy » (whatever layer raised it)."""
    orig = getattr(exc, "orig", exc)
    return isinstance(orig, cipher.operational_errors()) and any(
        word in str(orig).lower() for word in ("database is locked", "database is busy", "database table is locked"))


DAMAGED_MESSAGE = ("le fichier de données est endommagé (une page illisible : disque défaillant, copie "
                   "interrompue ?) : rien n'a été écrit ; restaurez une sauvegarde avec sosdesk restore --from "
                   "FICHIER (docs/data-protection.md).")


def is_damaged(exc: BaseException) -> bool:
    """True for SQLite's « malformed » / « not a database » met while reading an opened file (an
    encrypted file's pages are checked as they are read, not all at opening)."""
    orig = getattr(exc, "orig", exc)
    return isinstance(orig, cipher.database_errors()) and not isinstance(orig, cipher.operational_errors()) and any(
        word in str(orig).lower() for word in ("malformed", "file is not a database", "file is encrypted"))


class _Session(Session):
    """A session whose explicit ``begin()`` is a writer's: ``BEGIN IMMEDIATE`` takes the write lock
    first, waiting up to the busy timeout (a deferred transaction that read first would fail at
    once when it tries to write). Reads (autobegin) stay deferred and never block writers (WAL)."""

    def begin(self, nested: bool = False) -> Any:
        transaction = super().begin(nested)
        if not nested:
            self.connection(execution_options={WRITE: True})
        return transaction


def _make_engine(path: Path, key: bytes | None = None) -> Engine:
    if key is None:
        engine = create_engine(f"sqlite:///{path}", future=True)
    else:  # SQLCipher: every pooled connection is keyed before its first statement
        engine = create_engine(f"sqlite:///{path}", future=True, module=cipher.binding(),
                               creator=lambda: cipher.connect(path, key, timeout=busy_timeout_ms() / 1000,
                                                              pooled=True))
    timeout = busy_timeout_ms()

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_con: Any, _record: Any) -> None:
        # Let SQLAlchemy drive transactions (pysqlite's implicit BEGIN is off).
        dbapi_con.isolation_level = None
        cur = dbapi_con.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute(f"PRAGMA busy_timeout={timeout}")
        # Deleted content is overwritten, not left in free pages (an erasure really erases: issue 16).
        cur.execute("PRAGMA secure_delete=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE) else "BEGIN")

    return engine


class Store:
    """One open data file: sessions for reading, ``edit`` for transactions that record changes."""

    def __init__(self, path: Path, engine: Engine, user_id: str | None = None,
                 key: bytes | None = None) -> None:
        self.path = path
        self.engine = engine
        self.key = key  # the file's encryption key (None: a plain file); copies are made with it
        self._sessions = sessionmaker(engine, class_=_Session, expire_on_commit=False)
        self.backup_path: Path | None = None
        self._user_id = user_id
        # (user id, unlocked Ed25519 key) of the signed-in person: signs their invoice workflow steps
        # (sosdesk.store.users.remember_signer); in memory only, gone when the file is closed.
        self.signer: tuple[str, Any] | None = None

    # -- identity -------------------------------------------------------------------------
    @property
    def user_id(self) -> str:
        if self._user_id is None:
            with self.session() as s:
                row = s.get(LocalState, "current_user")
                self._user_id = str(row.value) if row and row.value else ""
        return self._user_id

    def set_user(self, user_id: str) -> None:
        with self.session() as s, s.begin():
            if user_id and s.get(User, user_id) is None:
                raise StoreError(f"utilisateur inconnu : {user_id}")
            s.merge(LocalState(key="current_user", value=user_id))
        self._user_id = user_id

    def current_user(self) -> User | None:
        uid = self.user_id
        if not uid:
            return None
        with self.session() as s:
            return s.get(User, uid)

    # -- sessions ---------------------------------------------------------------------------
    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def transaction(self, label: str = "", origin: str = "local", reason: str = ""
                    ) -> Iterator[tuple[Session, Changes]]:
        """One transaction: change log and outbox rows are written with the data, or nothing is.
        ``reason``: why the user confirmed a protected change; kept in each change-log row."""
        changes = Changes()
        with self._sessions() as s:
            s.info[USER] = self.user_id
            s.info[LABEL] = label
            s.info[REASON] = reason
            s.info[ORIGIN] = origin
            s.info[CHANGES] = changes
            with s.begin():
                yield s, changes

    def edit(self, fn: Callable[[Session], T], label: str = "") -> tuple[T, Changes]:
        """Run ``fn`` in one transaction; return its result and what changed."""
        with self.transaction(label) as (s, changes):
            result = fn(s)
        return result, changes

    def get_state(self, key: str, default: Any = None) -> Any:
        with self.session() as s:
            row = s.get(LocalState, key)
            return default if row is None else row.value

    def set_state(self, key: str, value: Any) -> None:
        with self.session() as s, s.begin():
            s.merge(LocalState(key=key, value=value))

    def users(self) -> list[User]:
        with self.session() as s:
            return list(s.scalars(select(User).where(User.deleted.is_(False)).order_by(User.name)))

    def checkpoint(self) -> None:
        """Fold the WAL into the file and empty it (after an erasure: no old page stays in it)."""
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self.engine.dispose()


def open_store(path: str | Path, user_id: str | None = None, create: bool = True) -> Store:
    """Open (creating or upgrading if needed) the data file at ``path``."""
    path = Path(path)
    assert _changes  # the flush listener is registered on import
    if not path.exists() and not create:
        raise StoreError(f"{path} n'existe pas.")
    if not create and path.is_file() and path.stat().st_size == 0:
        raise StoreError(f"{path} est vide : ce n'est pas une base sosdesk.")
    if path.exists() and path.is_dir():
        raise StoreError(f"{path} est un dossier, pas un fichier de données.")
    path.parent.mkdir(parents=True, exist_ok=True)
    key = _file_key(path)
    revision = _inspect_file(path, key)
    backup: Path | None = None
    if revision is not None and revision != head_revision():
        if revision not in known_revisions():
            raise StoreError(
                f"{path} a été créé par une version plus récente de sosdesk (schéma {revision}) : "
                "mettez sosdesk à jour pour l'ouvrir.")
        backup = _backup(path, revision, key)
    engine = _make_engine(path, key)
    try:
        if revision != head_revision():
            upgrade_to_head(engine)
            with engine.begin() as conn:  # the search index of an upgraded file (migration 0010)
                search_index.rebuild_if_requested(conn)
    except Exception as exc:
        engine.dispose()
        raise StoreError(f"{path} : la mise à jour du schéma a échoué ({exc}). "
                         f"Copie de sauvegarde : {backup}") from exc
    store = Store(path, engine, user_id, key)
    store.backup_path = backup
    return store
