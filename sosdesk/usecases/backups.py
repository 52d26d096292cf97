"""Backups and restores of the office file (issue 16), with the role checks of every use case.

Automatic copies rotate in the ``backups/`` folder beside the data file (store/backup.py); a
manual copy goes where the person asks. Both hold justice data: 0600 files (docs/data-protection.md).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sosdesk.domain.permissions import Actor
from sosdesk.store.backup import BackupInfo, copy_database, restore_file, rotate
from sosdesk.store.engine import Store, StoreError
from sosdesk.usecases.gate import allow


def backup_to(store: Store, actor: Actor | None, out: Path) -> BackupInfo:
    """A checked copy of the open file at ``out`` (which must not be the file itself)."""
    allow(actor, "backup")
    if out.exists() and out.resolve() == store.path.resolve():
        raise StoreError("la copie ne peut pas remplacer le fichier de données lui-même.")
    if out.is_dir():
        raise StoreError(f"{out} est un dossier : indiquez le nom du fichier de la copie.")
    return copy_database(store.path, out)


def automatic_backup(path: Path, now: datetime, reason: str | None = None) -> list[Path]:
    """The rotating copies due now (daily, weekly, and one before a risky operation named by
    ``reason``: chargement, import, effacement, restauration). Returns the files written."""
    try:
        return rotate(path, now, reason)
    except OSError as exc:
        raise StoreError(f"la sauvegarde automatique de {path} a échoué ({exc.strerror or exc}) : "
                         "rien n'a été changé.") from None


def restore(path: Path, source: Path, actor: Actor | None, now: datetime) -> tuple[BackupInfo, Path | None]:
    """Replace the data file ``path`` by the backup ``source``; the current file is kept first in
    ``backups/``. ``actor`` is the person signed in on the current file (None when it cannot be
    read: a damaged file proves nobody; the OS account protects it then)."""
    allow(actor, "restore")
    return restore_file(path, source, now)
