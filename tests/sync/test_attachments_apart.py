"""Attachment files uploaded apart from the push (issue 19, docs/sync.md « Fichiers joints »), through a
real uvicorn on SQLite and PostgreSQL: streamed and content-addressed (a wrong hash is refused, nothing
kept), the server's memory does not grow by the file's size, only a region whose rows name the file
can fetch it, the desktop uploads before pushing and downloads after pulling, inline files still
work up to the cap."""

from __future__ import annotations

import base64
import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from sqlalchemy import func, select

from sosdesk.contract.fields import INLINE_MAX
from sosdesk.store import models as m
from sosdesk.syncclient import service
from sosdesk.syncclient.service import sync_now
from sosdesk.syncclient.transport import HttpTransport
from sync import db
from sync.models import blob_chunks, blobs
from tests.sync.rawclient import Raw, make_code, op, reference
from tests.sync.realserver import RealServer
from tests.sync.syncworld import fresh_store, get

MB = 1024 * 1024


@pytest.fixture
def server(server_db: str) -> Iterator[RealServer]:
    srv = RealServer(server_db).start()
    yield srv
    srv.stop()


def _pdf(path: Path, size: int) -> str:
    """A PDF-looking file of ``size`` bytes written in 1 MB pieces; returns its SHA-256."""
    h = hashlib.sha256()
    with open(path, "wb") as f:
        head = b"%PDF-1.4\n"
        f.write(head)
        h.update(head)
        left = size - len(head)
        while left:
            piece = os.urandom(min(MB, left))
            f.write(piece)
            h.update(piece)
            left -= len(piece)
    return h.hexdigest()


def _put(raw: Raw, sha: str, body: object) -> requests.Response:
    return requests.put(f"{raw.base}/v1/attachments/{sha}", data=body, headers=raw.headers, timeout=120)


def _get(raw: Raw, sha: str) -> requests.Response:
    return requests.get(f"{raw.base}/v1/attachments/{sha}", headers=raw.headers, timeout=120, stream=True)


def _hwm_kb(pid: int) -> int:
    """The process's peak resident memory so far (VmHWM), in kB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise AssertionError("VmHWM absent")


def _stored(url: str) -> tuple[int, int]:
    engine = db.make_engine(url)
    try:
        with db.read(engine) as conn:
            return (int(conn.execute(select(func.count()).select_from(blobs)).scalar_one()),
                    int(conn.execute(select(func.count()).select_from(blob_chunks)).scalar_one()))
    finally:
        engine.dispose()


def test_large_file_streams_in_and_out_scoped_by_region(server: RealServer, tmp_path: Path) -> None:
    nat = Raw(server.base, server.url, None, "national_coordinator")
    reference(nat)
    r1 = Raw(server.base, server.url, "R1", "regional_admin")
    r2 = Raw(server.base, server.url, "R2", "regional_admin")
    size = 40 * MB
    big = tmp_path / "scan.pdf"
    sha = _pdf(big, size)
    assert server.proc is not None
    # warm the process up (a first upload and download) so the peak measured is the big file's
    small = tmp_path / "small.pdf"
    small_sha = _pdf(small, 2 * MB)
    with open(small, "rb") as f:
        assert _put(r1, small_sha, f).status_code == 200
    before = _hwm_kb(server.proc.pid)
    with open(big, "rb") as f:  # streamed from the file: requests never holds it whole either
        answer = _put(r1, sha, f)
    assert answer.status_code == 200 and answer.json() == {"sha256": sha, "stored": True}
    grown_up = _hwm_kb(server.proc.pid) - before
    # the row names the file: metadata and hash only
    results = r1.push(op("attachments", sha, filename="scan.pdf", media_type="application/pdf"))
    assert results[0]["status"] == "applied", results
    h = hashlib.sha256()
    got = 0
    with _get(r1, sha) as resp:
        assert resp.status_code == 200 and int(resp.headers["content-length"]) == size
        for piece in resp.iter_content(MB):
            h.update(piece)
            got += len(piece)
    assert got == size and h.hexdigest() == sha
    grown = _hwm_kb(server.proc.pid) - before
    print(f"\nupload+download of {size // MB} MB: server peak RSS grew by {grown_up / 1024:.1f} MB (upload), "
          f"{grown / 1024:.1f} MB (upload + download)")
    assert grown * 1024 < size / 4, f"server peak memory grew by {grown} kB for a {size // MB} MB file"
    # another region: cannot read it, cannot claim it by naming its hash, even with the national file
    assert _get(r2, sha).status_code == 404
    claimed = r2.push(op("attachments", sha, filename="vol.pdf", media_type="application/pdf"))
    assert claimed[0]["status"] == "rejected" and claimed[0]["reason"] == "forbidden"
    other = tmp_path / "other.pdf"
    other_sha = _pdf(other, MB)
    with open(other, "rb") as f:
        assert _put(r1, other_sha, f).status_code == 200
    stolen = r2.push(op("attachments", other_sha, filename="vol.pdf", media_type="application/pdf"))
    assert stolen[0]["status"] == "rejected" and stolen[0]["reason"] == "missing_blob:content"
    assert _get(r2, other_sha).status_code == 404 and _get(r1, other_sha).status_code == 404  # no row names it
    assert _get(nat, sha).status_code == 200


def test_wrong_hash_size_cap_and_kind_refused(server: RealServer, tmp_path: Path) -> None:
    r1 = Raw(server.base, server.url, "R1", "regional_admin")
    before = _stored(server.url)
    path = tmp_path / "f.pdf"
    sha = _pdf(path, 3 * MB)
    with open(path, "rb") as f:
        answer = _put(r1, "0" * 64, f)
    assert answer.status_code == 400 and "empreinte" in answer.json()["detail"]
    assert _stored(server.url) == before  # nothing kept, not even its chunks
    text = b"nom;prenom\n" * 1000
    assert _put(r1, hashlib.sha256(text).hexdigest(), text).status_code == 415
    assert _put(r1, "pas-une-empreinte", b"%PDF-1.4").status_code in (400, 404)
    no_token = requests.put(f"{server.base}/v1/attachments/{sha}", data=b"%PDF-1.4", timeout=10)
    assert no_token.status_code == 401
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    conn.putrequest("PUT", f"/v1/attachments/{sha}")
    conn.putheader("Authorization", r1.headers["Authorization"])
    conn.putheader("Content-Length", str(10**12))  # announced, never sent: refused before reading
    conn.endheaders()
    assert conn.getresponse().status == 413
    conn.close()
    assert _stored(server.url) == before
    # a row naming a file never uploaded waits for it (refused, kept on the desktop)
    assert r1.one(op("attachments", sha, filename="f.pdf", media_type="application/pdf")) == \
        ("rejected", "missing_blob:content")


def test_inline_files_still_work_up_to_the_cap(server: RealServer, tmp_path: Path) -> None:
    nat = Raw(server.base, server.url, None, "national_coordinator")
    reference(nat)
    r1 = Raw(server.base, server.url, "R1", "regional_admin")
    # a scan that reads (the service checks inline proofs fully): the project's test PDF
    from tests.invoicing.invoicing_world import PROOF

    ok = hashlib.sha256(PROOF).hexdigest()
    assert r1.one(op("attachments", ok, filename="p.pdf", media_type="application/pdf",
                     content=base64.b64encode(PROOF).decode())) == ("applied", "")
    heavy = b"%PDF-1.4\n" + os.urandom(INLINE_MAX + 1000)
    assert r1.one(op("attachments", hashlib.sha256(heavy).hexdigest(), filename="h.pdf",
                     media_type="application/pdf", content=base64.b64encode(heavy).decode())) == \
        ("rejected", "inline_too_large:content")


def test_desktop_uploads_before_push_and_downloads_after_pull(server: RealServer, tmp_path: Path) -> None:
    """An office attaches a 6 MB scan (over the inline cap): its sync uploads the file, then pushes
    the row; another office of the region pulls the row and downloads the file."""
    from tests.sync.syncworld import seed_reference

    def enrolled(name: str, region: str | None, role: str):  # type: ignore[no-untyped-def]
        store = fresh_store(tmp_path / f"{name}.db")
        service.enrol(store, server.base, make_code(server.url, region, role), HttpTransport(server.base))
        return store

    nat = enrolled("nat", None, "national_coordinator")
    seed_reference(nat)
    sync_now(nat, HttpTransport(server.base))
    a, b, other = enrolled("a", "R1", "regional_admin"), enrolled("b", "R1", "regional_admin"), \
        enrolled("c", "R2", "regional_admin")
    for store in (a, b, other):
        sync_now(store, HttpTransport(server.base))
    content = (tmp_path / "scan.pdf")
    sha = _pdf(content, 6 * MB)
    data = content.read_bytes()
    a.edit(lambda s: s.add(m.Attachment(id=sha, filename="scan.pdf", media_type="application/pdf",
                                        content=data)), "justificatif")
    report = sync_now(a, HttpTransport(server.base))
    assert report.results == {"applied": 1}, report
    assert _stored(server.url)[0] == 1
    got = sync_now(b, HttpTransport(server.base))
    assert not got.skipped and get(b, m.Attachment, sha).content == data
    sync_now(other, HttpTransport(server.base))
    assert get(other, m.Attachment, sha) is None
    sync_now(nat, HttpTransport(server.base))
    assert get(nat, m.Attachment, sha).content == data
    # the row's later edits travel without the file; the office keeps its bytes
    from tests.sync.syncworld import update

    update(b, m.Attachment, sha, filename="emargement.pdf")
    edited = sync_now(b, HttpTransport(server.base))
    assert edited.results == {"applied": 1}, (edited.results, edited.warnings)
    last = sync_now(a, HttpTransport(server.base))
    assert last.pulled == 1, (last.pulled, last.warnings, last.skipped)
    assert get(a, m.Attachment, sha).filename == "emargement.pdf" and get(a, m.Attachment, sha).content == data
