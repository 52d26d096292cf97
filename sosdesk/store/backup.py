"""Backups of the office file: consistent online copies, checked restores, automatic rotation.

A copy is made with ``VACUUM INTO`` (one read transaction: consistent while the window or another
command writes, WAL included) into a temporary file of the target folder created 0600, checked
with ``PRAGMA integrity_check``, then renamed over the target: no half-written file is ever left
under the final name. An encrypted file's copies are encrypted with its key (``VACUUM INTO`` on a
SQLCipher connection writes with the connection's key). docs/data-protection.md, « Sauvegardes ».
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sosdesk.domain.retention import BackupName, before_key, daily_key, to_drop, weekly_key
from sosdesk.store import cipher
from sosdesk.store.engine import StoreError, busy_timeout_ms
from sosdesk.store.migrate import head_revision, known_revisions

BACKUP_DIR = "backups"
SUFFIX = ".sauvegarde.db"
# Tables every sosdesk file has had since the first revision: a file without them is foreign.
CORE_TABLES = frozenset({"alembic_version", "beneficiaries", "meetings", "users", "change_log"})
_NAME = re.compile(r"^(?P<stem>.+)\.(?P<kind>daily|weekly|before)\.(?P<key>[0-9A-Za-z_-]+)"
                   + re.escape(SUFFIX) + "$")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """A checked backup file: where, its schema revision and size."""

    path: Path
    revision: str
    size: int


def private_file(path: Path) -> None:
    """Create ``path`` empty and readable by its owner only (POSIX 0600; Windows: the user's
    profile ACLs apply). Fails if it exists."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    if os.name == "posix":
        os.chmod(path, 0o600)


def _temp_beside(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}.tmp")


def check_file(path: Path, what: str = "le fichier") -> BackupInfo:
    """Refuse (StoreError, French) a file that is not a readable, intact sosdesk database of a
    schema this version knows; never modifies it."""
    if not path.is_file():
        raise StoreError(f"{what} {path} n'existe pas.")
    if path.stat().st_size == 0:
        raise StoreError(f"{what} {path} n'est pas une base sosdesk (ce n'est pas un fichier SQLite).")
    errors = cipher.database_errors()
    try:
        key = cipher.key_for(path)
    except StoreError as exc:
        raise StoreError(f"{what} {exc}") from None
    try:
        con = cipher.connect(path, key, read_only=True)
    except errors as exc:
        raise StoreError(f"{what} {path} ne peut pas être ouvert : {exc}") from None
    try:
        result = [r[0] for r in con.execute("PRAGMA integrity_check(20)")]
        if result != ["ok"]:
            raise StoreError(f"{what} {path} est endommagé (contrôle d'intégrité : {result[0]}).")
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables >= CORE_TABLES:
            raise StoreError(f"{what} {path} n'est pas une base sosdesk (tables attendues absentes).")
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except errors as exc:
        raise StoreError(f"{what} {path} est endommagé ou n'est pas une base sosdesk : {exc}") from None
    finally:
        con.close()
    revision = str(row[0]) if row else ""
    if revision not in known_revisions():
        raise StoreError(f"{what} {path} a été créé par une version plus récente de sosdesk (schéma "
                         f"{revision or '?'}, celui-ci connaît jusqu'à {head_revision()}) : mettez sosdesk "
                         "à jour pour l'utiliser.")
    return BackupInfo(path, revision, path.stat().st_size)


def copy_database(source: Path, target: Path, read_only: bool = False) -> BackupInfo:
    """A consistent copy of the live file ``source`` at ``target`` (0600, checked, atomic);
    ``read_only`` never writes to ``source`` (a backup being restored)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = _temp_beside(target)
    tmp.unlink(missing_ok=True)
    private_file(tmp)
    try:
        con = cipher.open_file(source, read_only=read_only, timeout=busy_timeout_ms() / 1000)
        try:
            con.execute("VACUUM INTO ?", (str(tmp),))
        finally:
            con.close()
        info = check_file(tmp, "la copie")
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return BackupInfo(target, info.revision, info.size)


def backup_dir(db: Path) -> Path:
    """The automatic backups of ``db``: the ``backups/`` folder beside it (the data directory)."""
    return db.parent / BACKUP_DIR


def private_dir(folder: Path) -> Path:
    """The backups folder, created readable by its owner only (POSIX 0700)."""
    if not folder.is_dir():
        folder.mkdir(parents=True, mode=0o700)
    if os.name == "posix":
        os.chmod(folder, 0o700)
    return folder


def _auto_name(db: Path, kind: str, key: str) -> Path:
    return private_dir(backup_dir(db)) / f"{db.stem}.{kind}.{key}{SUFFIX}"


def automatic_backups(db: Path) -> list[tuple[BackupName, Path]]:
    """The automatic backups of ``db`` found in its backups folder."""
    folder = backup_dir(db)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and match["stem"] == db.stem:
            found.append((BackupName(match["kind"], match["key"]), path))
    return sorted(found, key=lambda item: (item[0].kind, item[0].key))


def rotate(db: Path, now: datetime, reason: str | None = None) -> list[Path]:
    """Take the automatic backups due at ``now`` (today's daily, this week's weekly, and one
    « before » copy when ``reason`` names a risky operation), then drop those past the rotation.
    Returns the files written. A missing or empty data file has nothing to save."""
    if not db.is_file() or db.stat().st_size == 0:
        return []
    existing = {(n.kind, n.key) for n, _ in automatic_backups(db)}
    written: list[Path] = []
    fresh: Path | None = None
    if reason:
        fresh = copy_database(db, _auto_name(db, "before", before_key(now, reason))).path
        written.append(fresh)
    for kind, key in (("daily", daily_key(now)), ("weekly", weekly_key(now))):
        if (kind, key) in existing:
            continue
        target = _auto_name(db, kind, key)
        if fresh is None:
            fresh = copy_database(db, target).path
        else:  # the same moment's copy, checked already: a private file copy is enough
            _private_copy(fresh, target)
        written.append(target)
    paths = dict(automatic_backups(db))
    for name in to_drop(list(paths)):
        paths[name].unlink(missing_ok=True)
    return written


def _private_copy(source: Path, target: Path) -> None:
    """A byte copy of ``source`` at ``target``, 0600, renamed into place whole."""
    tmp = _temp_beside(target)
    tmp.unlink(missing_ok=True)
    private_file(tmp)
    try:
        shutil.copyfile(source, tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _checkpoint(db: Path) -> None:
    """Fold the WAL into the main file and empty it; refuse while another program holds it."""
    try:
        con = cipher.open_file(db, timeout=busy_timeout_ms() / 1000)
    except StoreError:
        return  # a damaged or foreign file: nothing to fold, it is being replaced
    try:
        busy, _, _ = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except cipher.database_errors():
        busy = 0  # a damaged file: nothing to fold, it is being replaced
    finally:
        con.close()
    if busy:
        raise StoreError(f"{db} est ouvert par une autre fenêtre ou commande sosdesk : fermez-la puis "
                         "recommencez la restauration (rien n'a été changé).")


def save_current(db: Path, now: datetime) -> Path | None:
    """Keep the current file before a restore replaces it (a raw copy when it is damaged)."""
    if not db.is_file() or db.stat().st_size == 0:
        return None
    target = _auto_name(db, "before", before_key(now, "restauration"))
    try:
        return copy_database(db, target).path
    except (StoreError, *cipher.database_errors()):  # type: ignore[misc]
        _private_copy(db, target)
        return target


def restore_file(db: Path, source: Path, now: datetime) -> tuple[BackupInfo, Path | None]:
    """Replace ``db`` by the checked backup ``source``; the current file is kept first.

    The backup is checked before anything is touched, copied to a temporary file beside ``db``,
    checked again, then renamed over ``db`` (atomic): a crash leaves either file whole.
    """
    info = check_file(source, "la sauvegarde")
    if db.exists() and db.resolve() == source.resolve():
        raise StoreError("la sauvegarde et le fichier de données sont le même fichier.")
    db.parent.mkdir(parents=True, exist_ok=True)
    if db.is_file() and db.stat().st_size > 0:
        _checkpoint(db)
    kept = save_current(db, now)
    staged = copy_database(source, _temp_beside(db).with_suffix(".restore"), read_only=True).path
    try:
        for suffix in ("-wal", "-shm", "-journal"):
            db.with_name(db.name + suffix).unlink(missing_ok=True)
        os.replace(staged, db)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    return info, kept
