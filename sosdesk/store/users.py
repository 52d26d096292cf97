"""Users of a data file: creation (with role permissions) and local passwords (scrypt, never synced).

The window and every headless command sign in before acting as a user who has one
(sosdesk/commands/signin.py, docs/data-protection.md): a file where some user has a password is
*protected*, and then a user without one cannot act. Resets of another person's password are
reserved to the national coordinator and recorded in the change log.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
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
MAX_PASSWORD = 1024
# A password given by someone else (initial or reset) is stored with this prefix: it signs its
# owner in only to choose their own password.
INITIAL = "initial:"
# scrypt cost per OWASP's Password Storage Cheat Sheet (2023+): N=2^17, r=8, p=1 (128 MiB, a few
# hundred milliseconds per check). Hashes made with older parameters are redone at sign-in.
SCRYPT_N, SCRYPT_R, SCRYPT_P, SCRYPT_LEN = 2 ** 17, 8, 1, 32
# hashlib refuses more than 32 MiB by default; 128 * r * N bytes plus slack for the largest accepted N.
SCRYPT_MAXMEM = 2 ** 29
MAX_STORED_N = 2 ** 20  # a stored hash asking for more work than this is treated as malformed


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
                            dklen=SCRYPT_LEN, maxmem=SCRYPT_MAXMEM)
    b64 = base64.b64encode
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_hash(stored: str | None, password: str) -> bool:
    """True when ``password`` matches ``stored`` (constant-time compare; malformed → False)."""
    if not stored or len(password) > MAX_PASSWORD:
        return False
    stored = stored.removeprefix(INITIAL)
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest, validate=True)
        if int(n) > MAX_STORED_N or int(r) > 16 or int(p) > 4:
            return False
        got = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt, validate=True),
                             n=int(n), r=int(r), p=int(p), dklen=len(expected), maxmem=SCRYPT_MAXMEM)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


def needs_rehash(stored: str | None) -> bool:
    """True when ``stored`` was made with other parameters than today's (redone at next sign-in)."""
    if not stored:
        return False
    parts = stored.removeprefix(INITIAL).split("$")
    return len(parts) != 6 or parts[:4] != ["scrypt", str(SCRYPT_N), str(SCRYPT_R), str(SCRYPT_P)]


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
    """True when ``user_id`` exists, has a password and ``password`` is it.

    A hash made with older KDF parameters is transparently redone with today's (local column:
    never synced, not a recorded change).
    """
    with store.session() as s:
        user = s.get(m.User, user_id)
        stored = user.password_hash if user is not None and not user.deleted else None
    if not verify_hash(stored, password):
        return False
    if needs_rehash(stored):
        assert stored is not None
        fresh = (INITIAL if stored.startswith(INITIAL) else "") + hash_password(password)
        with store.session() as s, s.begin():
            s.execute(update(m.User).where(m.User.id == user_id, m.User.password_hash == stored)
                      .values(password_hash=fresh).execution_options(synchronize_session=False))
    return True


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
             email: str = "", initial_password: str | None = None) -> tuple[str, Changes]:
    """Create a user (UUID id). The very first user of a file may be created by anyone.

    On a protected file (some user has a password) the new user needs an initial password, which
    they must change at first sign-in: a user without a password cannot exist there.
    """
    problems = ProblemList()
    if initial_password is None and any_password(store):
        problems.add("password", "ce fichier est protégé par mot de passe : donnez un mot de passe "
                                 "initial au nouvel utilisateur")
    elif initial_password is not None and not MIN_PASSWORD <= len(initial_password) <= MAX_PASSWORD:
        problems.add("password", f"le mot de passe doit contenir de {MIN_PASSWORD} à {MAX_PASSWORD} "
                                 "caractères")
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
    stored = None if initial_password is None else INITIAL + hash_password(initial_password)

    def work(s: Session) -> None:
        s.add(m.User(id=user_id, name=name, role=role, region_id=region, email=str(clean_email),
                     password_hash=stored))

    _, changes = store.edit(work, f"Créer l'utilisateur {name}")
    return user_id, changes


def password_must_change(store: Store, user_id: str) -> bool:
    """True when ``user_id``'s password was given by someone else (initial or reset): it only lets
    its owner choose their own (docs/data-protection.md)."""
    with store.session() as s:
        user = s.get(m.User, user_id)
        return bool(user is not None and user.password_hash and user.password_hash.startswith(INITIAL))


def set_password(store: Store, user_id: str, password: str, old_password: str | None = None) -> None:
    """Change one's own password (the old one is required when there is one), or give another
    person an initial password they must change at first sign-in.

    Giving: the national coordinator for anyone (reset); a regional administrator only for a user
    of their region who has no password yet. The change log notes that the password changed and
    by whom; the hash stays in this file.
    """
    if len(password) < MIN_PASSWORD:
        raise InputError(f"le mot de passe doit contenir au moins {MIN_PASSWORD} caractères", "password")
    if len(password) > MAX_PASSWORD:
        raise InputError(f"le mot de passe dépasse {MAX_PASSWORD} caractères", "password")
    with store.session() as s:
        target = s.get(m.User, user_id)
        if target is None or target.deleted:
            raise InputError(f"utilisateur inconnu : {user_id}", "id")
        role, region, current = target.role, target.region_id, target.password_hash
    actor = _actor(store)
    if actor is None:
        raise PermissionDenied("aucun utilisateur configuré : choisissez un utilisateur (--user ID)")
    own = actor.id == user_id
    if own:
        if current and (old_password is None or not verify_hash(current, old_password)):
            raise PermissionDenied("ancien mot de passe incorrect : le mot de passe n'est pas changé")
        if old_password is not None and old_password == password:
            raise InputError("le nouveau mot de passe doit être différent de l'ancien", "password")
        stored, label, note = hash_password(password), "Changer le mot de passe", "<modifié>"
        seal_with = password
    else:
        first_by_admin = (actor.role == "regional_admin" and not current
                          and may_manage(actor, role, region))
        if actor.role != "national_coordinator" and not first_by_admin:
            raise PermissionDenied("seul le coordinateur national peut réinitialiser le mot de passe "
                                   "d'une autre personne (un administrateur régional ne donne qu'un "
                                   "mot de passe initial aux utilisateurs de sa région qui n'en ont pas)")
        stored = INITIAL + hash_password(password)
        label = "Réinitialiser le mot de passe" if current else "Donner un mot de passe initial"
        note = "<réinitialisé>" if current else "<initial>"
        seal_with = None  # a password given by someone else unlocks no signing key
    with store.transaction(label) as (s, _changes):
        row = s.get(m.User, user_id)
        assert row is not None
        row.password_hash = stored
        if seal_with is not None:
            _seal_key(row, seal_with, old_password)
        s.add(m.ChangeLog(user_id=actor.id, action="update", table_name="users", row_id=user_id,
                          changes={"password": ["", note]}, label=label))


# --- per-person signing keys (docs/security.md « Per-person proof of workflow steps ») ---------------


def _seal_key(row: m.User, password: str, old_password: str | None) -> None:
    """Keep the person's signing key sealed under their (new) password: the same key when the old
    password still opens it (its public half, pinned by the service, does not change), else a new one."""
    from sosdesk.contract import proof

    key = None
    if row.sealed_key and old_password is not None:
        try:
            key = proof.unlock(row.sealed_key, old_password)
        except proof.ProofError:
            key = None
    if key is None:
        key = proof.new_key()
    row.sealed_key = proof.seal(key, password)
    public = proof.public_key(key)
    if row.signing_key != public:
        row.signing_key = public


def unlock_signing_key(store: Store, user_id: str, password: str) -> Any | None:
    """The person's signing key opened with their own password, made the first time (its public half
    then reaches the service with the next sync); None when ``password`` is not their own password."""
    from sosdesk.contract import proof

    with store.session() as s:
        user = s.get(m.User, user_id)
        if user is None or user.deleted or not user.password_hash or user.password_hash.startswith(INITIAL):
            return None
        stored, sealed = user.password_hash, user.sealed_key
    if sealed:
        try:
            return proof.unlock(sealed, password)
        except proof.ProofError:
            pass  # sealed under a password since reset: a new key below, once the password is checked
    if not verify_hash(stored, password):
        return None
    key = proof.new_key()
    with store.transaction("Créer la clé de signature") as (s, _changes):
        row = s.get(m.User, user_id)
        assert row is not None
        row.sealed_key = proof.seal(key, password)
        row.signing_key = proof.public_key(key)
    return key


def remember_signer(store: Store, user_id: str, password: str) -> bool:
    """Hold the person's unlocked signing key for this open file (window session or one command), so
    their invoice workflow steps are signed. False when it cannot be opened."""
    key = unlock_signing_key(store, user_id, password)
    store.signer = (user_id, key) if key is not None else None
    return key is not None
