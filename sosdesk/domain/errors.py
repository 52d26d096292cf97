"""Errors a user can cause, carrying every problem found (not only the first)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Problem:
    """One bad field: where it is (``beneficiaries[3].phone``) and what is wrong, in French."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path} : {self.message}" if self.path else self.message


class UserError(Exception):
    """A mistake the user can fix, with a French message; nothing was written.

    The one root of user errors: the command line prints ``erreur : …`` and exits with ``code``
    (2: bad input), the window shows the message. Bugs are other exceptions.
    """

    code = 2


class CommandError(UserError):
    """A user-facing error of a command, with its exit code (2 unless told)."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


class InputError(UserError):
    """Bad input: nothing was written. Carries every problem found."""

    def __init__(self, problems: list[Problem] | str, path: str = "") -> None:
        if isinstance(problems, str):
            problems = [Problem(path, problems)]
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass
class ProblemList:
    """Collects problems while validating, then raises them all at once."""

    problems: list[Problem] = field(default_factory=list)

    def add(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    def raise_if_any(self) -> None:
        if self.problems:
            raise InputError(self.problems)

    def __bool__(self) -> bool:
        return bool(self.problems)


def os_reason(exc: OSError) -> str:
    """Why the system refused a file, in the user's words (a traceback or an English errno is a bug)."""
    if isinstance(exc, FileNotFoundError):
        return "ce fichier ou son dossier n'existe pas"
    if isinstance(exc, IsADirectoryError):
        return "c'est un dossier"
    if isinstance(exc, NotADirectoryError):
        return "le chemin traverse un fichier qui n'est pas un dossier"
    if isinstance(exc, PermissionError):
        return "accès refusé"
    return exc.strerror or str(exc)


def write_error(path: str | Path, exc: OSError) -> CommandError:
    """The ``CommandError`` (exit 2) for a document or export that could not be written."""
    reason = "son dossier n'existe pas" if isinstance(exc, FileNotFoundError) else os_reason(exc)
    return CommandError(f"impossible d'écrire {path} : {reason}")
