"""Region files bound to their sender (docs/security.md): the sending office signs its file and
each op in it with an Ed25519 key registered on the service — its device key (made at enrolment)
or an office key issued by the national coordinator for an office that is never online.

Pure functions shared by the desktop (signs at export, checks at merge) and the service (checks
relayed ops): one definition of what is signed. A key is named by ``key_id`` (derived from its
public half), and the receiving side takes role and region from the key's record, never from
the file.
"""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

OFFICE_KEY_FORMAT = "sosdesk-office-key/1"
OFFICE_ROLES = ("regional_admin", "regional_validator")
# What an op's signature covers: who sent it, which op, and what it does. An attachment's file
# bytes are left out: its row id is their SHA-256 (checked where the bytes arrive).
OP_FIELDS = ("op_id", "table", "row_id", "action", "fields", "base_version", "updated_at", "updated_by")
LEFT_OUT = {"attachments": ("content",)}


class SenderError(ValueError):
    """A key or signature that cannot be used; the message is French."""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def new_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def public_text(key: Ed25519PrivateKey) -> str:
    return _b64(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))


def private_text(key: Ed25519PrivateKey) -> str:
    return _b64(key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()))


def private_key(text: str) -> Ed25519PrivateKey:
    try:
        return Ed25519PrivateKey.from_private_bytes(_unb64(text))
    except (ValueError, TypeError):
        raise SenderError("clé de signature illisible") from None


def key_id(public: str) -> str:
    """A key's name: the first 32 hex digits of the SHA-256 of its public half."""
    return hashlib.sha256(public.encode("ascii")).hexdigest()[:32]


def valid_public(public: Any) -> bool:
    if not isinstance(public, str) or len(public) > 64:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(_unb64(public))
    except (ValueError, TypeError):
        return False
    return True


def canonical_op(device_id: str, op: dict[str, Any]) -> bytes:
    """The exact bytes signed for one op of a device (sorted keys, UTF-8, no spaces)."""
    left_out = LEFT_OUT.get(str(op.get("table")), ())
    body: dict[str, Any] = {k: op.get(k) for k in OP_FIELDS}
    body["fields"] = {k: v for k, v in (op.get("fields") or {}).items() if k not in left_out}
    body["device_id"] = device_id
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def canonical_manifest(manifest: dict[str, Any]) -> bytes:
    return json.dumps(manifest, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def sign(data: bytes, key: Ed25519PrivateKey) -> str:
    """``key_id:signature`` of ``data``."""
    return f"{key_id(public_text(key))}:{_b64(key.sign(data))}"


def sign_op(device_id: str, op: dict[str, Any], key: Ed25519PrivateKey) -> str:
    return sign(canonical_op(device_id, op), key)


def signer(signature: Any) -> str | None:
    """The key id a signature names (None when it is not a signature)."""
    if not isinstance(signature, str) or ":" not in signature or len(signature) > 200:
        return None
    return signature.split(":", 1)[0]


def verify(data: bytes, signature: Any, public: str) -> bool:
    """True when ``signature`` is ``public``'s signature of exactly ``data``."""
    if signer(signature) != key_id(public):
        return False
    try:
        Ed25519PublicKey.from_public_bytes(_unb64(public)).verify(_unb64(signature.split(":", 1)[1]), data)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def verify_op(device_id: str, op: dict[str, Any], public: str) -> bool:
    return verify(canonical_op(device_id, op), op.get("sig"), public)


def office_key_text(key: Ed25519PrivateKey, region: str, role: str) -> str:
    """The file the national coordinator hands to an office that is never online."""
    public = public_text(key)
    return json.dumps({"format": OFFICE_KEY_FORMAT, "key_id": key_id(public), "region": region, "role": role,
                       "public_key": public, "private_key": private_text(key)}, indent=1) + "\n"


def read_office_key(text: str) -> dict[str, Any]:
    """The office key file's fields, checked; SenderError (French) otherwise."""
    try:
        data = json.loads(text)
    except ValueError:
        raise SenderError("ce n'est pas un fichier de clé d'antenne sosdesk") from None
    if not isinstance(data, dict) or data.get("format") != OFFICE_KEY_FORMAT:
        raise SenderError("ce n'est pas un fichier de clé d'antenne sosdesk")
    key = private_key(str(data.get("private_key", "")))
    if public_text(key) != data.get("public_key") or key_id(public_text(key)) != data.get("key_id"):
        raise SenderError("fichier de clé d'antenne endommagé")
    if data.get("role") not in OFFICE_ROLES or not isinstance(data.get("region"), str) or not data["region"]:
        raise SenderError("fichier de clé d'antenne endommagé (région ou rôle)")
    return data


def refusal(record: dict[str, Any] | None, device_id: str, manifest: dict[str, Any] | None = None) -> str | None:
    """Why a key's record cannot speak for ``device_id`` (French), or None. ``record``: key_id,
    kind (device/office), device_id, region, role, revoked — as the service registered it."""
    if record is None:
        return "signé par une clé inconnue du service (ni clé d'appareil enrôlé, ni clé d'antenne émise " \
               "par le coordinateur national)"
    if record.get("revoked"):
        return "signé par une clé révoquée (appareil ou antenne révoqué)"
    if record.get("role") not in OFFICE_ROLES or not record.get("region"):
        return "signé par une clé qui n'est pas celle d'une antenne régionale (un fichier régional ne " \
               "porte jamais les droits nationaux)"
    if record.get("kind") == "device" and record.get("device_id") != device_id:
        return "signé par la clé d'un autre appareil que celui qu'il nomme"
    if manifest is not None:
        for name, label in (("region", "région"), ("role", "rôle")):
            if manifest.get(name) is not None and manifest.get(name) != record.get(name):
                return f"se dit de {label} « {manifest.get(name)} » mais sa clé est celle de {label} " \
                       f"« {record.get(name)} »"
    return None
