"""Attachment files uploaded apart from the push (docs/sync.md « Attachments »): content-addressed
(the SHA-256 is the attachment row's id), streamed into the database in chunks while their hash is
computed (never held whole in memory), size-capped, and readable only by a device whose scope holds
an attachment row naming them. The uploading region is recorded: a row may only name a file that
its own region (or the national office) uploaded, so knowing a hash gives no access to a file.
"""

from __future__ import annotations

import hashlib
import os
import re
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime

from sqlalchemy import and_, select
from sqlalchemy.engine import Connection, Engine

from sosdesk.domain.proof_files import sniff
from sync import auth, db
from sync.models import blob_chunks, blob_owners, blobs, rows

CHUNK = 1024 * 1024
SHA = re.compile(r"^[0-9a-f]{64}$")
# The largest file accepted (bytes); the desktop caps proofs lower (domain.proof_files).
MAX_UPLOAD = int(os.environ.get("SOSDESK_SYNC_MAX_ATTACHMENT", str(64 * 1024 * 1024)))
NATIONAL_OWNER = ""


class BlobRefused(Exception):
    """An upload refused; ``status`` is the HTTP status, the message French."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def owner_of(device: auth.Device) -> str:
    return NATIONAL_OWNER if device.national or not device.region else str(device.region)


def _write_chunk(engine: Engine, upload_id: str, n: int, data: bytes) -> None:
    with db.write(engine) as conn:
        conn.execute(blob_chunks.insert().values(upload_id=upload_id, n=n, data=data))


def _drop(engine: Engine, upload_id: str) -> None:
    with db.write(engine) as conn:
        conn.execute(blob_chunks.delete().where(blob_chunks.c.upload_id == upload_id))


def _finish(engine: Engine, sha: str, upload_id: str, size: int, owner: str) -> bool:
    """Keep the uploaded chunks as ``sha`` (or drop them when the file is already here); record
    the uploader's region. Returns True when the file is new."""
    with db.write(engine) as conn:
        known = conn.execute(select(blobs.c.sha256).where(blobs.c.sha256 == sha)).first() is not None
        if known:
            conn.execute(blob_chunks.delete().where(blob_chunks.c.upload_id == upload_id))
        else:
            conn.execute(blobs.insert().values(sha256=sha, upload_id=upload_id, size=size,
                                               created_at=datetime.now(UTC)))
        if conn.execute(select(blob_owners.c.sha256).where(
                blob_owners.c.sha256 == sha, blob_owners.c.region_id == owner)).first() is None:
            conn.execute(blob_owners.insert().values(sha256=sha, region_id=owner))
        return not known


async def receive(engine: Engine, device: auth.Device, sha: str, stream: AsyncIterator[bytes]) -> bool:
    """Stream an upload into the database, checking its size and hash as it comes; nothing is kept
    unless the whole file hashes to ``sha`` and starts like a proof (PDF, JPEG, PNG, TIFF)."""
    from starlette.concurrency import run_in_threadpool

    if not SHA.match(sha):
        raise BlobRefused(400, "empreinte SHA-256 attendue (64 caractères hexadécimaux minuscules)")
    upload_id = uuid.uuid4().hex
    hasher = hashlib.sha256()
    size, n, pending = 0, 0, bytearray()
    try:
        async for part in stream:
            size += len(part)
            if size > MAX_UPLOAD:
                raise BlobRefused(413, f"fichier joint trop volumineux (plus de {MAX_UPLOAD // (1024 * 1024)} Mo)")
            hasher.update(part)
            pending += part
            while len(pending) >= CHUNK:
                if n == 0 and sniff(bytes(pending[:CHUNK])) is None:
                    raise BlobRefused(415, "ce fichier n'est ni un PDF ni une image JPEG, PNG ou TIFF")
                await run_in_threadpool(_write_chunk, engine, upload_id, n, bytes(pending[:CHUNK]))
                del pending[:CHUNK]
                n += 1
        if size == 0:
            raise BlobRefused(400, "fichier joint vide")
        if n == 0 and sniff(bytes(pending)) is None:
            raise BlobRefused(415, "ce fichier n'est ni un PDF ni une image JPEG, PNG ou TIFF")
        if hasher.hexdigest() != sha:
            raise BlobRefused(400, "le fichier reçu ne correspond pas à son empreinte SHA-256 : refusé")
        if pending:
            await run_in_threadpool(_write_chunk, engine, upload_id, n, bytes(pending))
    except BaseException:
        if n:
            await run_in_threadpool(_drop, engine, upload_id)
        raise
    return await run_in_threadpool(_finish, engine, sha, upload_id, size, owner_of(device))


def owned(conn: Connection, sha: str, device: auth.Device) -> bool:
    """The file is stored and was uploaded by ``device``'s region or by the national office."""
    q = select(blob_owners.c.region_id).join(blobs, blobs.c.sha256 == blob_owners.c.sha256).where(
        blob_owners.c.sha256 == sha, blob_owners.c.region_id.in_({owner_of(device), NATIONAL_OWNER}))
    return conn.execute(q.limit(1)).first() is not None


def readable(conn: Connection, sha: str, device: auth.Device) -> int | None:
    """The file's size when an attachment row of ``device``'s scope names it (None otherwise: the
    caller answers 404 whether the file exists or not)."""
    if not SHA.match(sha):
        return None
    q = select(rows.c.region_id).where(and_(rows.c.table_name == "attachments", rows.c.row_id == sha,
                                            rows.c.deleted.is_(False)))
    row = conn.execute(q).first()
    if row is None or not (device.national or row.region_id in (device.region, None)):
        return None
    size = conn.execute(select(blobs.c.size).where(blobs.c.sha256 == sha)).scalar()
    return None if size is None else int(size)


def chunks(engine: Engine, sha: str) -> Iterator[bytes]:
    """The file's bytes, one chunk per query (a download never holds the whole file)."""
    with db.read(engine) as conn:
        upload_id = conn.execute(select(blobs.c.upload_id).where(blobs.c.sha256 == sha)).scalar()
        numbers = list(conn.execute(select(blob_chunks.c.n).where(blob_chunks.c.upload_id == upload_id)
                                    .order_by(blob_chunks.c.n)).scalars())
    for n in numbers:
        with db.read(engine) as conn:
            yield bytes(conn.execute(select(blob_chunks.c.data).where(
                blob_chunks.c.upload_id == upload_id, blob_chunks.c.n == n)).scalar_one())
