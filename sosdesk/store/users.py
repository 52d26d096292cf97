"""Users of a data file: creation (with role permissions) and local passwords (scrypt, never synced).

The window asks a password before acting as a user who has one; headless commands trust the
operating-system account and act as ``--user`` / the current user.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sosdesk.domain.errors import InputError, ProblemList
from sosdesk.domain.permissions import ROLE_LABELS, PermissionDenied
from sosdesk.store import Store
from sosdesk.store import models as m
from sosdesk.store.changes import Changes
from sosdesk.store.validate import check_email

ROLES = tuple(ROLE_LABELS)
REGIONAL_ROLES = ("regional_admin", "regional_validator")
MIN_PASSWORD = 8
# scrypt cost: ~16 MiB and a few tens of milliseconds per check (slow enough against guessing).
SCRYPT_N, SCRYPT_R, SCRYPT_P, SCRYPT_LEN = 2 ** 14, 8, 1, 32


@dataclass(frozen=True, slots=True)
class UserInfo:
    """A user as shown in lists (never the hash itself)."""

    id: str
    name: str
    role: str
    region: str | None
    email: str
    has_password: bool


# -- hashing -----------------------------------------------------------------------------------
def hash_password(password: str) -> str:
    """``scrypt$n$r$p$salt$hash`` (base64 salt and hash) with a fresh random salt."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P,
                            dklen=SCRYPT_LEN)
    b64 = base64.b64encode
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_hash(stored: str | None, password: str) -> bool:
    """True when ``password`` matches ``stored`` (constant-time compare; malformed → False)."""
    if not stored:
        return False
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest, validate=True)
        got = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt, validate=True),
                             n=int(n), r=int(r), p=int(p), dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


# -- queries -----------------------------------------------------------------------------------
def list_users(store: Store) -> list[UserInfo]:
    """Live users by name."""
    return [UserInfo(u.id, u.name, u.role, u.region_id, u.email, bool(u.password_hash))
            for u in store.users()]


def any_password(store: Store) -> bool:
    """True when some live user of the file has a password (the window then asks to sign in)."""
    with store.session() as s:
        return s.scalar(select(m.User.id).where(m.User.deleted.is_(False),
                                                m.User.password_hash.is_not(None)).limit(1)) is not None


def has_password(store: Store, user_id: str) -> bool:
    with store.session() as s:
        user = s.get(m.User, user_id)
        return bool(user is not None and user.password_hash)


def check_password(store: Store, user_id: str, password: str) -> bool:
    """True when ``user_id`` exists, has a password and ``password`` is it."""
    with store.session() as s:
        user = s.get(m.User, user_id)
        stored = user.password_hash if user is not None and not user.deleted else None
    return verify_hash(stored, password)


# -- permissions -------------------------------------------------------------------------------
def may_manage(actor: m.User | None, role: str, region: str | None) -> bool:
    """A national coordinator manages every user; a regional admin those of their region."""
    if actor is None or actor.deleted:
        return False
    if actor.role == "national_coordinator":
        return True
    return actor.role == "regional_admin" and role in REGIONAL_ROLES and region == actor.region_id


def _actor(store: Store) -> m.User | None:
    uid = store.user_id
    if not uid:
        return None
    with store.session() as s:
        return s.get(m.User, uid)


# -- edits -------------------------------------------------------------------------------------
def add_user(store: Store, name: str, role: str, region: str | None = None,
             email: str = "") -> tuple[str, Changes]:
    """Create a user (UUID id). The very first user of a file may be created by anyone."""
    problems = ProblemList()
    name = (name or "").strip()
    region = (region or "").strip() or None
    if not name:
        problems.add("name", "le nom est obligatoire")
    elif len(name) > 200:
        problems.add("name", "le nom dépasse 200 caractères")
    if role not in ROLES:
        problems.add("role", f"rôle inconnu « {role} » (attendu : {', '.join(ROLES)})")
    elif role in REGIONAL_ROLES and region is None:
        problems.add("region", f"la région est obligatoire pour le rôle {ROLE_LABELS[role]}")
    elif role == "national_coordinator" and region is not None:
        problems.add("region", "le coordinateur national n'a pas de région")
    clean_email = check_email(email or "", "email", problems)
    with store.session() as s:
        known = s.get(m.Region, region) if region is not None else None
        if region is not None and (known is None or known.deleted):
            problems.add("region", f"région inconnue « {region} »")
        first = s.scalar(select(m.User.id).limit(1)) is None
    problems.raise_if_any()
    actor = _actor(store)
    if not first and not may_manage(actor, role, region):
        if actor is None:
            raise PermissionDenied("aucun utilisateur configuré : choisissez un utilisateur (--user ID)")
        if actor.role == "regional_admin":
            raise PermissionDenied(f"un administrateur régional ne crée que des utilisateurs de sa "
                                   f"région ({actor.region_id})")
        raise PermissionDenied(f"{ROLE_LABELS.get(actor.role, actor.role)} ne peut pas créer d'utilisateur "
                               "(réservé à : Administrateur régional, Coordinateur national)")
    user_id = str(uuid.uuid4())

    def work(s: Session) -> None:
        s.add(m.User(id=user_id, name=name, role=role, region_id=region, email=str(clean_email)))

    _, changes = store.edit(work, f"Créer l'utilisateur {name}")
    return user_id, changes


def set_password(store: Store, user_id: str, password: str) -> None:
    """Set or reset ``user_id``'s password (≥ 8 characters): by the user, or by whoever manages them.

    The hash stays in this file: the change log only notes that the password changed.
    """
    if len(password) < MIN_PASSWORD:
        raise InputError(f"le mot de passe doit contenir au moins {MIN_PASSWORD} caractères", "password")
    with store.session() as s:
        target = s.get(m.User, user_id)
        if target is None or target.deleted:
            raise InputError(f"utilisateur inconnu : {user_id}", "id")
        role, region = target.role, target.region_id
    actor = _actor(store)
    if actor is None:
        raise PermissionDenied("aucun utilisateur configuré : choisissez un utilisateur (--user ID)")
    if actor.id != user_id and not may_manage(actor, role, region):
        raise PermissionDenied("vous ne pouvez changer que votre mot de passe ou celui des utilisateurs "
                               "que vous gérez")
    stored = hash_password(password)
    with store.transaction("Changer le mot de passe") as (s, _changes):
        row = s.get(m.User, user_id)
        assert row is not None
        row.password_hash = stored
        s.add(m.ChangeLog(user_id=actor.id, action="update", table_name="users", row_id=user_id,
                          changes={"password": ["", "<modifié>"]}, label="Changer le mot de passe"))
