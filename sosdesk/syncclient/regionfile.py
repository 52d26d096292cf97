"""Region files (sync.md, no network): an office's pending ops and checkpoint in one encrypted zip
with a manifest and a SHA-256 per part. The national office feeds them to the service through
the ordinary push (same idempotency, same conflict rules): merging a file twice changes nothing.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from sqlalchemy import select

from sosdesk.store.engine import Store
from sosdesk.store.models import OutboxOp
from sosdesk.syncclient import tables
from sosdesk.syncclient.service import (
    K_DEVICE,
    K_REGION,
    K_ROLE,
    K_SINCE,
    SyncReport,
    identity,
    op_payload,
    sync_now,
)
from sosdesk.syncclient.transport import Api, SyncError, Transport

NATIONAL_ROLE = "national_coordinator"

MAGIC = b"SOSDESK-REGION/1\n"
FORMAT = "sosdesk-region/1"
SALT, NONCE = 16, 12
BATCH = 500


class RegionFileError(SyncError):
    """A region file that cannot be used (truncated, tampered, wrong passphrase)."""


def _key(passphrase: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=2**14, r=8, p=1).derive(passphrase.encode())


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def export_region(store: Store, out: Path, passphrase: str) -> int:
    """Write the office's pending ops and checkpoint to ``out``; returns the number of ops."""
    if not passphrase:
        raise RegionFileError("Une phrase de passe est nécessaire pour chiffrer le fichier régional.")
    device_id = store.get_state(K_DEVICE)
    if not device_id:
        raise RegionFileError("Ce poste n'est pas enrôlé : le fichier régional a besoin de l'identité "
                              "de l'appareil (« sosdesk enrol » une fois, en ligne).")
    with store.session() as s:
        ops = []
        for op in s.scalars(select(OutboxOp).where(OutboxOp.state == "pending").order_by(OutboxOp.op_id)):
            model = tables.model_for(op.table_name)
            ops.append(op_payload(op, s.get(model, op.row_id) if model is not None else None))
    parts = {
        "ops.json": json.dumps(ops, ensure_ascii=False).encode(),
        "checkpoint.json": json.dumps({"device_id": device_id, "since": store.get_state(K_SINCE)}).encode(),
    }
    manifest = {"format": FORMAT, "device_id": device_id, "region": store.get_state(K_REGION),
                "role": store.get_state(K_ROLE), "created_at": datetime.now(UTC).isoformat(),
                "ops": len(ops), "parts": {name: _sha(data) for name, data in parts.items()}}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(manifest, indent=1))
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
    except (zipfile.BadZipFile, KeyError, ValueError):
        raise RegionFileError(f"{path} est endommagé : rien n'a été fusionné.") from None
    if manifest.get("format") != FORMAT or "ops.json" not in contents:
        raise RegionFileError(f"{path} : format inconnu ({manifest.get('format')}).")
    for name, digest in manifest["parts"].items():
        if _sha(contents[name]) != digest:
            raise RegionFileError(f"{path} : la partie {name} ne correspond pas à son empreinte ; "
                                  "rien n'a été fusionné.")
    return RegionFile(path, manifest, json.loads(contents["ops.json"]))


@dataclass
class MergeReport:
    """Per file: how many ops, and the service's answers by status."""

    files: list[dict[str, Any]] = field(default_factory=list)

    @property
    def problems(self) -> int:
        return sum(1 for f in self.files if f.get("error") or f["results"].get("conflict")
                   or f["results"].get("rejected"))


def merge_files(api: Api, files: list[RegionFile], report: MergeReport) -> None:
    """Relay each file's ops to the service under the office's device id (national token)."""
    for rf in files:
        counts: dict[str, int] = {}
        device = rf.manifest["device_id"]
        for i in range(0, len(rf.ops), BATCH):
            answer = api.push(device, rf.ops[i:i + BATCH])
            for res in answer["results"]:
                counts[res["status"]] = counts.get(res["status"], 0) + 1
        report.files.append({"file": str(rf.path), "region": rf.manifest.get("region"),
                             "device_id": device, "ops": len(rf.ops), "results": counts})


def merge_region_files(store: Store, paths: list[Path], passphrase: str,
                       transport: Transport | None = None) -> tuple[MergeReport, SyncReport]:
    """National office: check every file (bad ones are listed, never applied), relay the good ones
    to the service, then synchronise this file so the merged result shows here."""
    if store.get_state(K_ROLE) != NATIONAL_ROLE:
        raise RegionFileError("Seul le coordinateur national peut fusionner des fichiers régionaux.")
    report = MergeReport()
    good: list[RegionFile] = []
    for path in paths:
        try:
            good.append(read_region(path, passphrase))
        except RegionFileError as exc:
            report.files.append({"file": str(path), "error": str(exc), "ops": 0, "results": {}})
    _cred, api = identity(store, transport)
    merge_files(api, good, report)
    return report, sync_now(store, transport)
