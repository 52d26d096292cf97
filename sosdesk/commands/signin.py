"""Sign-in of the person a headless command acts as (docs/data-protection.md).

A data file where some user has a password is *protected*: every command that opens it acts as a
named user (``--user ID`` or the file's current user) who proves who they are with their password,
read — in this order — from the ``SOSDESK_PASSWORD`` environment variable, from ``--password-file
FILE``, from a live window session of the same person (not for workflow steps nor password
changes), or typed at the terminal. Never from a command-line flag (it would show in ``ps`` and
in the shell history).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

PASSWORD_ENV = "SOSDESK_PASSWORD"
NEW_PASSWORD_ENV = "SOSDESK_NEW_PASSWORD"

# Commands that never open the data file (demo on an existing file replaces it: it signs in).
NO_DATA_FILE: frozenset[str] = frozenset()
# (command, step) pairs that need the person's own password at the moment of the step.
STEPS = frozenset({("invoice", "submit"), ("invoice", "approve"), ("invoice", "reject"),
                   ("invoice", "validate"), ("invoice", "credit-note"), ("invoice", "mark-paid"),
                   ("user", "passwd"), ("user", "add")})


@dataclass(frozen=True)
class SignIn:
    """Who a command acts as, and how they proved it (``password`` kept for password changes)."""

    user_id: str | None
    password: str | None = None
    via: str = "none"  # none (file not protected), password, session


@dataclass(frozen=True)
class _FileUsers:
    hashes: dict[str, str | None]
    current: str | None
    sessions: dict[str, str]


def _fail(message: str) -> Exception:
    from sosdesk.domain.errors import CommandError

    return CommandError(message)


def _read_users(path: Path) -> _FileUsers | None:
    """The live users' hashes of a sosdesk file (None: not a readable sosdesk file with passwords;
    the command then reports the file itself)."""
    from sosdesk.domain.errors import UserError
    from sosdesk.store import cipher

    try:
        con = cipher.open_file(path, read_only=True, timeout=5)
    except (UserError, *cipher.database_errors()):  # type: ignore[misc]
        return None
    try:
        rows = con.execute("SELECT id, password_hash FROM users WHERE deleted = 0").fetchall()
        state = dict(con.execute("SELECT key, value FROM local_state "
                                 "WHERE key = 'current_user' OR key LIKE 'session.%'").fetchall())
    except cipher.database_errors():
        return None
    finally:
        con.close()

    def decoded(raw: object) -> str | None:
        try:
            value = json.loads(str(raw)) if raw is not None else None
        except ValueError:
            return None
        return value if isinstance(value, str) and value else None

    sessions = {key.removeprefix("session."): v for key, raw in state.items()
                if key.startswith("session.") and (v := decoded(raw))}
    return _FileUsers({str(uid): h for uid, h in rows}, decoded(state.get("current_user")), sessions)


def read_password_file(path: str) -> str:
    """The first line of ``path`` (end of line removed): the documented non-interactive source."""
    from sosdesk.domain.errors import os_reason

    try:
        with open(path, encoding="utf-8") as fh:
            line = fh.readline(4096)
    except OSError as exc:
        raise _fail(f"fichier de mot de passe {path} illisible : {os_reason(exc)}") from None
    except UnicodeDecodeError:
        raise _fail(f"fichier de mot de passe {path} : texte UTF-8 attendu") from None
    return line.rstrip("\r\n")


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _step(args: argparse.Namespace) -> tuple[str, str] | None:
    command = getattr(args, "command", None)
    sub = getattr(args, f"{command}_command", None) if command else None
    return (command, sub) if command and sub and (command, sub) in STEPS else None


def opens_no_data_file(args: argparse.Namespace) -> bool:
    """Whether the command never opens a data file (nor makes its key): no sign-in, no keyring."""
    command = getattr(args, "command", None)
    if command is None or command in NO_DATA_FILE:
        return True
    return command == "plan" and not getattr(args, "db", None)  # solving an instance file


def _data_file(args: argparse.Namespace) -> Path | None:
    from sosdesk.paths import db_path

    if opens_no_data_file(args):
        return None
    path = db_path(args)
    return path if path.is_file() and path.stat().st_size > 0 else None


def sign_in(args: argparse.Namespace, now: datetime | None = None) -> SignIn:
    """Check who acts before a command opens its data file; raise CommandError (exit 2) if they
    cannot prove it. Files where nobody has a password are not protected (docs/data-protection.md)."""
    path = _data_file(args)
    users = _read_users(path) if path is not None else None
    acting = getattr(args, "user", None) or (users.current if users else None)
    if path is None or users is None or not any(users.hashes.values()):
        return SignIn(acting)
    # Imported only for a protected file: `plan --instance` (no data file) loads no store (SQLAlchemy).
    from sosdesk.store.sessions import session_user
    from sosdesk.store.users import INITIAL, verify_hash
    if not acting:
        raise _fail("ce fichier est protégé par mot de passe : indiquez qui agit (--user ID)")
    if acting not in users.hashes:
        raise _fail(f"utilisateur inconnu : {acting}")
    stored = users.hashes[acting]
    if not stored:
        raise _fail("cet utilisateur n'a pas de mot de passe alors que le fichier est protégé : le "
                    "coordinateur national (ou l'administrateur de sa région) doit lui en donner un "
                    "(sosdesk user passwd)")
    step = _step(args)
    changing_own = step == ("user", "passwd") and getattr(args, "id", None) == acting
    if stored.startswith(INITIAL) and not changing_own:
        raise _fail("votre mot de passe vous a été donné par quelqu'un d'autre : choisissez d'abord le "
                    f"vôtre (sosdesk user passwd {acting})")
    password = os.environ.get(PASSWORD_ENV)
    pw_file = getattr(args, "password_file", None)
    if password is None and pw_file:
        password = read_password_file(pw_file)
    if (password is None and step is None
            and session_user(path, users.sessions, now or datetime.now(UTC)) == acting):
        return SignIn(acting, None, "session")
    if password is None:
        if not _interactive():
            raise _fail(f"ce fichier est protégé : mot de passe requis (variable {PASSWORD_ENV}, "
                        "option --password-file FICHIER, ou une session ouverte dans la fenêtre)")
        password = getpass.getpass("Mot de passe : ")
    if not verify_hash(stored, password):
        raise _fail("mot de passe incorrect")
    if _needs_rehash(stored):
        _rehash(path, acting, password)
    return SignIn(acting, password, "password")


def _needs_rehash(stored: str) -> bool:
    from sosdesk.store.users import needs_rehash

    return needs_rehash(stored)


def _rehash(path: Path, user_id: str, password: str) -> None:
    """Redo an old hash with today's KDF parameters (through the store: migrations, locking)."""
    from sosdesk.store import open_store
    from sosdesk.store.users import check_password

    store = open_store(path, create=False)
    try:
        check_password(store, user_id, password)
    finally:
        store.close()


def read_new_password(args: argparse.Namespace) -> str:
    """A new password: ``SOSDESK_NEW_PASSWORD``, ``--new-password-file FILE``, or typed twice."""
    from sosdesk.domain.errors import InputError

    from_env = os.environ.get(NEW_PASSWORD_ENV)
    if from_env is not None:
        return from_env
    if getattr(args, "new_password_file", None):
        return read_password_file(args.new_password_file)
    if not _interactive():
        raise _fail(f"nouveau mot de passe requis (variable {NEW_PASSWORD_ENV} ou option "
                    "--new-password-file FICHIER)")
    first = getpass.getpass("Nouveau mot de passe : ")
    if getpass.getpass("Confirmez le mot de passe : ") != first:
        raise InputError("les deux mots de passe diffèrent", "password")
    return first
