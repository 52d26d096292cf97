"""Keys that sign region files (docs/security.md): registered device keys and issued office keys.

The record of a key — not the file — says which region and role a region file speaks for: a device
key takes its device's (and is revoked with it), an office key carries its own. The national office
relays a file's ops to the service with each op's signature; the service checks them here.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from sosdesk.contract import sender
from sync import auth
from sync.models import devices, sender_keys


class SenderRefused(Exception):
    """A relayed file that cannot be trusted; the message is French."""


def register_device_key(conn: Connection, device: auth.Device, public: str) -> str:
    """Register (or confirm) ``device``'s key; a device has one live key (a new one replaces it)."""
    if not sender.valid_public(public):
        raise SenderRefused("clé publique invalide")
    kid = sender.key_id(public)
    found = conn.execute(select(sender_keys).where(sender_keys.c.key_id == kid)).first()
    if found is not None:
        if found.kind != "device" or found.device_id != device.device_id:
            raise SenderRefused("cette clé appartient déjà à un autre appareil")
        return kid
    conn.execute(update(sender_keys).where(sender_keys.c.device_id == device.device_id,
                                           sender_keys.c.kind == "device").values(revoked=True))
    conn.execute(sender_keys.insert().values(key_id=kid, public_key=public, kind="device",
                                             device_id=device.device_id, region_id=None, role=None,
                                             revoked=False, created_at=datetime.now(UTC)))
    return kid


def issue_office_key(conn: Connection, region: str, role: str) -> str:
    """A new office key for ``region`` and ``role`` (registered here); returns the key file's text."""
    if role not in sender.OFFICE_ROLES:
        raise SenderRefused(f"rôle non permis pour une clé d'antenne : {role} "
                            f"(attendu : {', '.join(sender.OFFICE_ROLES)})")
    if not region:
        raise SenderRefused("une région est nécessaire")
    key = sender.new_key()
    public = sender.public_text(key)
    conn.execute(sender_keys.insert().values(key_id=sender.key_id(public), public_key=public, kind="office",
                                             device_id=None, region_id=region, role=role, revoked=False,
                                             created_at=datetime.now(UTC)))
    return sender.office_key_text(key, region, role)


def register_office_key(conn: Connection, record: dict[str, Any]) -> str:
    """An office key the national office issued while offline (in its hub), registered by its next sync."""
    public = record.get("public_key")
    if not sender.valid_public(public) or record.get("role") not in sender.OFFICE_ROLES or \
            not isinstance(record.get("region"), str) or not record["region"] or len(record["region"]) > 64:
        raise SenderRefused("clé d'antenne invalide")
    kid = sender.key_id(str(public))
    found = conn.execute(select(sender_keys).where(sender_keys.c.key_id == kid)).first()
    if found is not None:
        if found.kind != "office" or found.region_id != record["region"] or found.role != record["role"]:
            raise SenderRefused("cette clé est déjà enregistrée autrement")
        return kid
    conn.execute(sender_keys.insert().values(key_id=kid, public_key=public, kind="office", device_id=None,
                                             region_id=record["region"], role=record["role"],
                                             revoked=bool(record.get("revoked")), created_at=datetime.now(UTC)))
    return kid


def revoke_key(conn: Connection, kid: str) -> bool:
    return bool(conn.execute(update(sender_keys).where(sender_keys.c.key_id == kid)
                             .values(revoked=True)).rowcount)


def records(conn: Connection, kid: str | None = None) -> list[dict[str, Any]]:
    """Key records as the receiving side reads them: a device key with its device's region, role
    and revocation (a revoked device revokes its key)."""
    q = select(sender_keys, devices.c.region_id.label("d_region"), devices.c.role.label("d_role"),
               devices.c.revoked.label("d_revoked")).select_from(
        sender_keys.outerjoin(devices, devices.c.device_id == sender_keys.c.device_id))
    if kid is not None:
        q = q.where(sender_keys.c.key_id == kid)
    out = []
    for r in conn.execute(q.order_by(sender_keys.c.created_at)):
        device = r.kind == "device"
        out.append({"key_id": r.key_id, "public_key": r.public_key, "kind": r.kind, "device_id": r.device_id,
                    "region": r.d_region if device else r.region_id, "role": r.d_role if device else r.role,
                    "revoked": bool(r.revoked or (device and (r.d_revoked is None or r.d_revoked)))})
    return out


def store_records(conn: Connection, found: list[dict[str, Any]]) -> None:
    """Keep the service's key records in a national hub (flattened: region and role on the key)."""
    for rec in found:
        if not isinstance(rec, dict) or not sender.valid_public(rec.get("public_key")) or \
                sender.key_id(str(rec["public_key"])) != rec.get("key_id"):
            continue
        values = dict(public_key=rec["public_key"], kind=str(rec.get("kind") or "office")[:8],
                      device_id=rec.get("device_id"), region_id=rec.get("region"), role=rec.get("role"),
                      revoked=bool(rec.get("revoked")))
        done = conn.execute(update(sender_keys).where(sender_keys.c.key_id == rec["key_id"]).values(**values))
        if not done.rowcount:
            conn.execute(sender_keys.insert().values(key_id=rec["key_id"], created_at=datetime.now(UTC), **values))


def flat_record(conn: Connection, kid: str) -> dict[str, Any] | None:
    """A key's record where region and role sit on the key row itself (a hub's copy), or resolved
    through its device on the service."""
    row = conn.execute(select(sender_keys).where(sender_keys.c.key_id == kid)).first()
    if row is None:
        return None
    if row.kind == "device" and row.region_id is None and row.role is None:
        found = records(conn, kid)
        return found[0] if found else None
    return {"key_id": row.key_id, "public_key": row.public_key, "kind": row.kind, "device_id": row.device_id,
            "region": row.region_id, "role": row.role, "revoked": bool(row.revoked)}


def check_ops(conn: Connection, device_id: str, ops: list[dict[str, Any]],
              manifest: dict[str, Any] | None = None) -> dict[str, Any]:
    """The key record every op of ``device_id`` is signed with (one key per file); SenderRefused
    naming why otherwise — an unsigned op, an unknown, revoked or mismatching key, a bad signature."""
    kids = {sender.signer(op.get("sig")) for op in ops}
    if None in kids or not kids:
        raise SenderRefused("fichier régional non signé : il ne prouve pas quel poste l'a écrit")
    if len(kids) > 1:
        raise SenderRefused("fichier régional signé par plusieurs clés")
    kid = str(kids.pop())
    record = flat_record(conn, kid)
    why = sender.refusal(record, device_id, manifest)
    if why is not None or record is None:
        raise SenderRefused(f"fichier régional {why}")
    for op in ops:
        if not sender.verify_op(device_id, op, record["public_key"]):
            raise SenderRefused("fichier régional dont une signature ne correspond pas : il a été modifié "
                                "après sa signature")
    return record


def relay_origin(conn: Connection, device_id: str, record: dict[str, Any]) -> auth.Device:
    """The office a verified file speaks for: its region and role from the key's record. An office
    never online gets its (self-made) device id bound to the key's region at the first relay."""
    row = conn.execute(select(devices).where(devices.c.device_id == device_id)).first()
    if row is not None:
        if row.revoked:
            raise SenderRefused("fichier régional d'un appareil révoqué")
        if row.region_id != record["region"]:
            raise SenderRefused(f"fichier régional signé pour la région « {record['region']} » par un "
                                f"appareil de la région « {row.region_id} »")
        return auth.Device(device_id, record["region"], str(record["role"]))
    conn.execute(devices.insert().values(
        device_id=device_id, region_id=record["region"], role=record["role"],
        refresh_hash=auth._hash(secrets.token_urlsafe(32)), revoked=False, created_at=datetime.now(UTC),
        parent_device=auth.OFFLINE))
    return auth.Device(device_id, record["region"], str(record["role"]))
