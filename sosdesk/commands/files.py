"""French reasons for files a command cannot read or write (a traceback or an English errno is a bug)."""

from __future__ import annotations

from pathlib import Path


def os_reason(exc: OSError) -> str:
    """Why the system refused a file, in the user's words."""
    if isinstance(exc, FileNotFoundError):
        return "ce fichier ou son dossier n'existe pas"
    if isinstance(exc, IsADirectoryError):
        return "c'est un dossier"
    if isinstance(exc, NotADirectoryError):
        return "le chemin traverse un fichier qui n'est pas un dossier"
    if isinstance(exc, PermissionError):
        return "accès refusé"
    return exc.strerror or str(exc)


def write_error(path: str | Path, exc: OSError) -> Exception:
    """The ``CommandError`` (exit 2) for a document or export that could not be written."""
    from sosdesk.cli import CommandError

    reason = "son dossier n'existe pas" if isinstance(exc, FileNotFoundError) else os_reason(exc)
    return CommandError(f"impossible d'écrire {path} : {reason}")
