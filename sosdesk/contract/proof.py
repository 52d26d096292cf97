"""Per-person proof of invoice workflow steps (docs/security.md): each person's Ed25519 key, sealed
under their password, signs the canonical form of each step they make; anyone holding the public
key verifies it later, offline, whichever device carried the step.

Pure functions: the desktop hook (``sign_step``, called where ``sosdesk/invoicing/workflow.py``
records an event) and the service check (``verify_step``) share this one definition of what is
signed.
"""

from __future__ import annotations

import base64
import json
import os
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

# What a signature covers: the step, the invoice, the person and the invoice content it acted on.
SIGNED_FIELDS = ("invoice_id", "action", "from_status", "to_status", "at", "user_id", "content_hash")
SEALED_FORMAT = "sosdesk-person-key/1"
# The steps a person answers for (« paid » is recorded from Chorus Pro's answer, not by a person;
# « draft »/« regenerate »/line edits change a draft, which the next signed step covers).
SIGNED_ACTIONS = frozenset({"submit", "approve", "reject", "validate", "credit_note"})


class ProofError(ValueError):
    """A key that cannot be unlocked or a malformed proof; the message is French."""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def canonical(step: dict[str, Any]) -> bytes:
    """The exact bytes signed for a step (sorted keys, UTF-8, no spaces)."""
    missing = [k for k in SIGNED_FIELDS if k not in step]
    if missing:
        raise ProofError(f"étape incomplète : {', '.join(missing)} manquant(s)")
    return json.dumps({k: step[k] for k in SIGNED_FIELDS}, sort_keys=True, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def instant(value: Any) -> str:
    """An instant as signed: UTC, to the second, « 2026-11-30T09:15:00Z » (a datetime or ISO text, as
    the office file and the service's stored rows each give it)."""
    from datetime import UTC, datetime

    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def step_of(event: dict[str, Any]) -> dict[str, Any]:
    """The signed form of an ``invoice_events`` row (its fields as stored on either side)."""
    try:
        at = instant(event.get("at"))
    except (TypeError, ValueError):
        raise ProofError("étape sans date lisible") from None
    return {"invoice_id": str(event.get("invoice_id") or ""), "action": str(event.get("action") or ""),
            "from_status": str(event.get("from_status") or ""), "to_status": str(event.get("to_status") or ""),
            "at": at, "user_id": str(event.get("user_id") or ""),
            "content_hash": str(event.get("content_hash") or "")}


def new_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def public_key(key: Ed25519PrivateKey) -> str:
    """The public half as text (synced with the person's user row, registered on the service)."""
    return _b64(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))


def _kdf(salt: bytes) -> Scrypt:
    return Scrypt(salt=salt, length=32, n=2**15, r=8, p=1)


def seal(key: Ed25519PrivateKey, password: str) -> str:
    """The private key encrypted under a key derived from the person's password (kept in the
    office file, never synced)."""
    from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat

    raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    salt, nonce = os.urandom(16), os.urandom(12)
    box = AESGCM(_kdf(salt).derive(password.encode("utf-8"))).encrypt(nonce, raw, SEALED_FORMAT.encode())
    return f"{SEALED_FORMAT}${_b64(salt)}${_b64(nonce)}${_b64(box)}"


def unlock(sealed: str, password: str) -> Ed25519PrivateKey:
    """The private key, or ProofError when the password is wrong or the text damaged."""
    try:
        fmt, salt, nonce, box = sealed.split("$")
        if fmt != SEALED_FORMAT:
            raise ValueError(fmt)
        raw = AESGCM(_kdf(_unb64(salt)).derive(password.encode("utf-8"))).decrypt(
            _unb64(nonce), _unb64(box), SEALED_FORMAT.encode())
    except (ValueError, InvalidTag):
        raise ProofError("clé personnelle illisible : mot de passe incorrect ou clé endommagée") from None
    return Ed25519PrivateKey.from_private_bytes(raw)


def sign_step(step: dict[str, Any], key: Ed25519PrivateKey) -> str:
    """The signature of a workflow step by the person whose unlocked key is ``key``."""
    return _b64(key.sign(canonical(step)))


def verify_step(step: dict[str, Any], signature: str, public: str) -> bool:
    """True when ``signature`` is ``public``'s signature of exactly this step."""
    try:
        Ed25519PublicKey.from_public_bytes(_unb64(public)).verify(_unb64(signature), canonical(step))
    except (InvalidSignature, ValueError, ProofError):
        return False
    return True
