"""Region files (sync.md, no network): an office's pending ops and checkpoint in one encrypted zip
with a manifest and a SHA-256 per part. The national office merges them with no network through
its local service (``hub``: the service's own push code, same idempotency, same conflict rules),
so merging a file twice changes nothing; the merged ops reach the central service at its next sync.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import uuid
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from sqlalchemy import select

from sosdesk.contract import sender, tables
from sosdesk.store import models as m
from sosdesk.store.engine import Store
from sosdesk.store.models import OutboxOp
from sosdesk.syncclient import credentials, hub
from sosdesk.syncclient.service import (
    K_DEVICE,
    K_OFFICE_KEY,
    K_OFFLINE,
    K_REGION,
    K_ROLE,
    K_SENDER_DEVICE,
    K_SENDER_KEY,
    K_SERVER,
    K_SINCE,
    SyncReport,
    identity,
    op_payload,
    sync_now,
)
from sosdesk.syncclient.transport import SyncError, Transport
from sync.senders import SenderRefused

NATIONAL_ROLE = "national_coordinator"

MAGIC = b"SOSDESK-REGION/1\n"
FORMAT = "sosdesk-region/1"
SALT, NONCE = 16, 12
BATCH = 500
SIGNATURE = "signature.txt"  # the sending key's signature of the manifest (which hashes every part)


class RegionFileError(SyncError):
    """A region file that cannot be used (truncated, tampered, wrong passphrase)."""


def _key(passphrase: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=2**14, r=8, p=1).derive(passphrase.encode())


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _guess_region(store: Store) -> str | None:
    """The office's region when it was never enrolled: its user's, or the only region it holds."""
    user = store.current_user()
    if user is not None and user.region_id:
        return str(user.region_id)
    with store.session() as s:
        regions = list(s.scalars(select(m.Region.id).where(m.Region.deleted.is_(False)).limit(2)))
    return regions[0] if len(regions) == 1 else None


def office_identity(store: Store, region: str | None = None) -> tuple[str, str | None]:
    """This file's device id and region; an office never enrolled makes its device id here (kept
    at enrolment) and names its region, which the file carries for the national coordinator."""
    device_id = store.get_state(K_DEVICE)
    if device_id:
        return str(device_id), store.get_state(K_REGION)
    office = store.get_state(K_OFFICE_KEY)
    region = (office or {}).get("region") or region or store.get_state(K_REGION) or _guess_region(store)
    if not region:
        raise RegionFileError("Ce poste n'a jamais été enrôlé et sa région est inconnue : indiquez-la "
                              "(« --region R1 ») pour écrire le fichier régional.")
    device_id = str(uuid.uuid4())
    for key, value in ((K_DEVICE, device_id), (K_REGION, region), (K_OFFLINE, True)):
        store.set_state(key, value)
    return device_id, region


NO_KEY = ("Ce poste n'a pas de clé pour signer ses fichiers régionaux : synchronisez-le une fois avec le "
          "service (sa clé d'appareil y est enregistrée), ou importez la clé d'antenne remise par le "
          "coordinateur national (« sosdesk import-office-key --in FICHIER »).")


def sending_key(store: Store) -> tuple[Any, str | None, str | None]:
    """The key that signs this office's files, with the region and role it speaks for (None: the
    device's own). An imported office key comes first (the office is never online), else the device
    key registered for this file's device id. RegionFileError (French) when there is none."""
    office = store.get_state(K_OFFICE_KEY)
    if office:
        private = credentials.load_sender_key(str(office.get("key_id")))
        if private:
            return sender.private_key(private), office.get("region"), office.get("role")
    kid = store.get_state(K_SENDER_KEY)
    if kid and store.get_state(K_SENDER_DEVICE) == store.get_state(K_DEVICE):
        private = credentials.load_sender_key(str(kid))
        if private:
            return sender.private_key(private), None, None
    raise RegionFileError(NO_KEY)


def _read_office_key(store: Store, path: Path, nothing: str) -> dict[str, Any]:
    """An office key file, checked (format, and the region of this file if it has one)."""
    try:
        data = sender.read_office_key(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RegionFileError(f"{path} : lecture impossible ({exc.strerror}).") from None
    except (sender.SenderError, UnicodeDecodeError) as exc:
        raise RegionFileError(f"{path} : {exc}.") from None
    known = store.get_state(K_REGION)
    if known and known != data["region"]:
        raise RegionFileError(f"{path} est la clé de la région « {data['region']} », or ce poste est celui de la "
                              f"région « {known} » : {nothing}.")
    return data


def import_office_key(store: Store, path: Path) -> dict[str, Any]:
    """Keep an office key issued by the national coordinator: private half in the keyring, its id,
    region and role in the file. Returns them."""
    data = _read_office_key(store, path, "rien n'a été importé")
    credentials.save_sender_key(data["key_id"], data["private_key"])
    office = {"key_id": data["key_id"], "region": data["region"], "role": data["role"]}
    store.set_state(K_OFFICE_KEY, office)
    return office


def issue_office_key(store: Store, region: str, role: str, out: Path) -> str:
    """National office: an office key for an office that is never online, written to ``out``
    (owner-only, never overwritten) and registered with the service at the next sync. Returns its id."""
    if not may_merge(store):
        raise RegionFileError("Seul le coordinateur national peut émettre une clé d'antenne.")
    if out.exists():
        raise RegionFileError(f"{out} existe déjà : une clé n'est jamais écrasée.")
    try:
        text = hub.issue_office_key(store, region, role)
    except SenderRefused as exc:
        raise RegionFileError(str(exc)) from None
    try:
        fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
    except OSError as exc:
        raise RegionFileError(f"{out} : écriture impossible ({exc.strerror}).") from None
    return str(json.loads(text)["key_id"])


def _key_from_file(store: Store, path: Path) -> tuple[Any, str | None, str | None]:
    """An office key read straight from the file the national coordinator handed over (a PC with no
    OS keyring to import it into): the same checks as ``import_office_key``, nothing kept."""
    data = _read_office_key(store, path, "rien n'a été écrit")
    return sender.private_key(data["private_key"]), data["region"], data["role"]


def export_region(store: Store, out: Path, passphrase: str, region: str | None = None,
                  key_file: Path | None = None) -> int:
    """Write the office's pending ops and checkpoint to ``out``, signed by the office's registered
    key (each op and the manifest) — or by the office key file ``key_file``; returns the number of ops."""
    if not passphrase:
        raise RegionFileError("Une phrase de passe est nécessaire pour chiffrer le fichier régional.")
    key, key_region, key_role = _key_from_file(store, key_file) if key_file is not None else sending_key(store)
    device_id, region = office_identity(store, region)
    with store.session() as s:
        ops = []
        for op in s.scalars(select(OutboxOp).where(OutboxOp.state == "pending").order_by(OutboxOp.op_id)):
            model = tables.model_for(op.table_name)
            payload = op_payload(op, s.get(model, op.row_id) if model is not None else None)
            payload["sig"] = sender.sign_op(device_id, payload, key)
            ops.append(payload)
    parts = {
        "ops.json": json.dumps(ops, ensure_ascii=False).encode(),
        "checkpoint.json": json.dumps({"device_id": device_id, "since": store.get_state(K_SINCE)}).encode(),
    }
    manifest = {"format": FORMAT, "device_id": device_id, "region": key_region or region,
                "role": key_role or store.get_state(K_ROLE) or "regional_admin",
                "enrolled": not store.get_state(K_OFFLINE), "key_id": sender.key_id(sender.public_text(key)),
                "created_at": datetime.now(UTC).isoformat(),
                "ops": len(ops), "parts": {name: _sha(data) for name, data in parts.items()}}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(manifest, indent=1))
        zf.writestr(SIGNATURE, sender.sign(sender.canonical_manifest(manifest), key))
        for name, data in parts.items():
            zf.writestr(name, data)
    salt, nonce = os.urandom(SALT), os.urandom(NONCE)
    sealed = AESGCM(_key(passphrase, salt)).encrypt(nonce, buf.getvalue(), MAGIC)
    tmp = out.with_name(out.name + ".part")
    tmp.write_bytes(MAGIC + salt + nonce + sealed)
    tmp.replace(out)
    return len(ops)


@dataclass
class RegionFile:
    path: Path
    manifest: dict[str, Any]
    ops: list[dict[str, Any]]
    signature: str | None = None


def read_region(path: Path, passphrase: str) -> RegionFile:
    """Open and check a region file; raises RegionFileError (French) without side effects."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RegionFileError(f"{path} : lecture impossible ({exc.strerror}).") from None
    if not raw.startswith(MAGIC):
        raise RegionFileError(f"{path} n'est pas un fichier régional sosdesk.")
    body = raw[len(MAGIC):]
    if len(body) < SALT + NONCE + 16:
        raise RegionFileError(f"{path} est tronqué : rien n'a été fusionné.")
    salt, nonce, sealed = body[:SALT], body[SALT:SALT + NONCE], body[SALT + NONCE:]
    try:
        data = AESGCM(_key(passphrase, salt)).decrypt(nonce, sealed, MAGIC)
    except InvalidTag:
        raise RegionFileError(f"{path} : phrase de passe incorrecte, ou fichier tronqué ou modifié ; "
                              "rien n'a été fusionné.") from None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            manifest = json.loads(zf.read("manifest.json"))
            contents = {name: zf.read(name) for name in manifest.get("parts", {})}
            signature = zf.read(SIGNATURE).decode("ascii") if SIGNATURE in zf.namelist() else None
    except (zipfile.BadZipFile, KeyError, ValueError):
        raise RegionFileError(f"{path} est endommagé : rien n'a été fusionné.") from None
    if manifest.get("format") != FORMAT or "ops.json" not in contents:
        raise RegionFileError(f"{path} : format inconnu ({manifest.get('format')}).")
    for name, digest in manifest["parts"].items():
        if _sha(contents[name]) != digest:
            raise RegionFileError(f"{path} : la partie {name} ne correspond pas à son empreinte ; "
                                  "rien n'a été fusionné.")
    return RegionFile(path, manifest, json.loads(contents["ops.json"]), signature)


def sender_of(rf: RegionFile, record: dict[str, Any] | None) -> str | None:
    """Why this file is not bound to a registered sender (French), or None: the manifest and every
    op signed by a known, live key whose record matches the device, region and role it claims."""
    device_id = str(rf.manifest.get("device_id") or "")
    if not rf.signature or any(not op.get("sig") for op in rf.ops):
        return "n'est pas signé : il ne prouve pas quel poste l'a écrit"
    if record is not None and (
            not sender.verify(sender.canonical_manifest(rf.manifest), rf.signature, record["public_key"])
            or any(not sender.verify_op(device_id, op, record["public_key"]) for op in rf.ops)):
        return "a été modifié après sa signature (signature invalide)"
    return sender.refusal(record, device_id, rf.manifest)


@dataclass
class MergeReport:
    """Per file: how many ops, and the service's answers by status."""

    files: list[dict[str, Any]] = field(default_factory=list)

    @property
    def problems(self) -> int:
        return sum(1 for f in self.files if f.get("error") or f["results"].get("conflict")
                   or f["results"].get("rejected"))


def may_merge(store: Store) -> bool:
    """The national office merges: enrolled as national, or a file never enrolled whose current
    user (if any) is the national coordinator."""
    role = store.get_state(K_ROLE)
    if role is not None:
        return bool(role == NATIONAL_ROLE)
    if store.get_state(K_REGION):
        return False
    user = store.current_user()
    return user is None or user.role == NATIONAL_ROLE


def _refresh_keys(store: Store, engine: Any, transport: Transport | None) -> None:
    """The service's record of every region-file key, kept in the hub for merges with no network
    (an unreachable service leaves the last copy; a key issued since is then « inconnue »)."""
    if not store.get_state(K_SERVER):
        return
    try:
        _cred, api = identity(store, transport)
        found = api.sender_keys()
    except SyncError:
        return
    hub.store_keys(engine, found)


def merge_region_files(store: Store, paths: list[Path], passphrase: str,
                       transport: Transport | None = None) -> tuple[MergeReport, SyncReport]:
    """National office, no network needed: check every file (bad ones are listed, never applied),
    merge the good ones through the local service into this file, then, when enrolled, try to
    synchronise so the merged ops reach the central service (otherwise at the next sync)."""
    if not may_merge(store):
        raise RegionFileError("Seul le coordinateur national peut fusionner des fichiers régionaux.")
    report = MergeReport()
    good: list[RegionFile] = []
    for path in paths:
        try:
            good.append(read_region(path, passphrase))
        except RegionFileError as exc:
            report.files.append({"file": str(path), "error": str(exc), "ops": 0, "results": {}})
    sync_report = SyncReport()
    if good:
        with hub.open_hub(store) as engine:
            _refresh_keys(store, engine, transport)
            for rf in good:
                # Role and region come from the signing key's record, never from the manifest.
                record = hub.key_record(engine, sender.signer(rf.signature) or "")
                why = sender_of(rf, record)
                if why is not None or record is None:
                    report.files.append({"file": str(rf.path), "error": f"{rf.path} refusé : le fichier {why} ; "
                                         "rien n'a été fusionné.", "ops": 0, "results": {}})
                    continue
                counts, changes = hub.merge_ops(store, engine, record, rf.manifest, rf.ops, str(rf.path))
                sync_report.changes.merge(changes)
                report.files.append({"file": str(rf.path), "region": record["region"],
                                     "device_id": rf.manifest["device_id"], "ops": len(rf.ops),
                                     "results": counts})
    if not store.get_state(K_SERVER):
        return report, sync_report
    try:
        done = sync_now(store, transport)
    except SyncError as exc:
        sync_report.warnings.append(f"Fusion enregistrée sur ce poste ; elle sera transmise au service "
                                    f"à la prochaine synchronisation ({exc})")
        return report, sync_report
    done.changes.merge(sync_report.changes)
    return report, done
