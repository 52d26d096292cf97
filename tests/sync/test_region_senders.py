"""Region files bound to their sender (issue 19, docs/security.md), through a real uvicorn service on
SQLite and PostgreSQL: a file is signed by the sending office's registered key (device key or office
key); role and region come from that key's record, never from the manifest; unsigned, forged,
mismatching or revoked files are refused whole, by the national merge and by the service's relay."""

from __future__ import annotations

import io
import json
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from sosdesk.contract import sender
from sosdesk.store import Store
from sosdesk.store import models as m
from sosdesk.syncclient import credentials, hub, service
from sosdesk.syncclient.regionfile import (
    MAGIC,
    NONCE,
    SALT,
    SIGNATURE,
    RegionFileError,
    _key,
    export_region,
    import_office_key,
    issue_office_key,
    merge_region_files,
)
from sosdesk.syncclient.service import sync_now
from sosdesk.syncclient.transport import HttpTransport
from sync.cli import main as sync_main
from tests.sync.rawclient import make_code
from tests.sync.realserver import RealServer
from tests.sync.syncworld import add_beneficiary, fresh_store, get, seed_reference

PASS = "phrase secrète"


@pytest.fixture
def server(server_db: str) -> Iterator[RealServer]:
    srv = RealServer(server_db).start()
    yield srv
    srv.stop()


def _enrolled(tmp: Path, server: RealServer, name: str, region: str | None, role: str) -> Store:
    store = fresh_store(tmp / f"{name}.db")
    service.enrol(store, server.base, make_code(server.url, region, role), HttpTransport(server.base))
    return store


def _sync(store: Store, server: RealServer) -> service.SyncReport:
    return sync_now(store, HttpTransport(server.base))


@pytest.fixture
def offices(server: RealServer, tmp_path: Path) -> tuple[Store, Store]:
    nat = _enrolled(tmp_path, server, "national", None, "national_coordinator")
    seed_reference(nat)
    _sync(nat, server)
    office = _enrolled(tmp_path, server, "office", "R1", "regional_admin")
    _sync(office, server)
    _sync(nat, server)  # learns the office's device key
    return nat, office


def _open(path: Path) -> tuple[dict[str, Any], dict[str, bytes]]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    body = path.read_bytes()[len(MAGIC):]
    salt, nonce, sealed = body[:SALT], body[SALT:SALT + NONCE], body[SALT + NONCE:]
    data = AESGCM(_key(PASS, salt)).decrypt(nonce, sealed, MAGIC)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    return json.loads(parts.pop("manifest.json")), parts


def _seal(path: Path, manifest: dict[str, Any], parts: dict[str, bytes]) -> None:
    """Write a region file as someone holding the passphrase could (no signing key needed)."""
    import hashlib

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    for name in ("ops.json", "checkpoint.json"):
        manifest["parts"][name] = hashlib.sha256(parts[name]).hexdigest()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        for name, data in parts.items():
            zf.writestr(name, data)
    salt, nonce = os.urandom(SALT), os.urandom(NONCE)
    path.write_bytes(MAGIC + salt + nonce + AESGCM(_key(PASS, salt)).encrypt(nonce, buf.getvalue(), MAGIC))


def _refused(nat: Store, server: RealServer, path: Path, why: str) -> None:
    before = (len(list(nat.session().query(m.Beneficiary))), len(list(nat.session().query(m.User))))
    merged, _ = merge_region_files(nat, [path], PASS, HttpTransport(server.base))
    assert merged.problems == 1 and why in merged.files[0]["error"], merged.files
    assert "rien n'a été fusionné" in merged.files[0]["error"]
    assert (len(list(nat.session().query(m.Beneficiary))), len(list(nat.session().query(m.User)))) == before
    assert hub.pending_relays(nat) == 0


def _relay(server: RealServer, nat: Store, device_id: str, ops: list[dict[str, Any]],
           region: str | None = None) -> requests.Response:
    """The national device relaying ``ops`` under ``device_id`` with raw HTTP (no desktop checks)."""
    cred = credentials.load(str(nat.get_state(service.K_DEVICE)))
    assert cred is not None
    access = requests.post(f"{server.base}/v1/token", json={"refresh": cred.refresh}, timeout=10).json()["access"]
    body: dict[str, Any] = {"device_id": device_id, "ops": ops}
    if region:
        body["region"] = region
    return requests.post(f"{server.base}/v1/push", json=body, headers={"Authorization": f"Bearer {access}"},
                         timeout=30)


def _service_rows(server: RealServer, table: str) -> set[str]:
    from sqlalchemy import select

    from sync import db
    from sync.models import rows

    engine = db.make_engine(server.url)
    try:
        with db.read(engine) as conn:
            return set(conn.execute(select(rows.c.row_id).where(rows.c.table_name == table)).scalars())
    finally:
        engine.dispose()


def test_honest_file_merges_and_is_relayed(offices: tuple[Store, Store], server: RealServer, tmp_path: Path) -> None:
    nat, office = offices
    bid = add_beneficiary(office, "R1", first_name="Honnête")
    out = tmp_path / "r1.sosdesk"
    assert export_region(office, out, PASS) == 1
    _manifest, parts = _open(out)
    assert sender.signer(parts[SIGNATURE].decode()) == office.get_state(service.K_SENDER_KEY)
    merged, _ = merge_region_files(nat, [out], PASS, HttpTransport(server.base))
    assert merged.files[0]["results"] == {"applied": 1} and merged.files[0]["region"] == "R1"
    assert get(nat, m.Beneficiary, bid).first_name == "Honnête"
    assert hub.pending_relays(nat) == 0  # relayed at once: the service checked the signatures
    assert bid in _service_rows(server, "beneficiaries")
    assert _sync(office, server).results == {"duplicate": 1}


def test_forged_manifest_role_and_region_refused(offices: tuple[Store, Store], server: RealServer,
                                                 tmp_path: Path) -> None:
    """The passphrase is not enough: a manifest edited to claim the national role or another region
    breaks the signature; re-signed with the office's own key it no longer matches the key's record."""
    nat, office = offices
    add_beneficiary(office, "R1", first_name="Faussaire")
    office.edit(lambda s: s.add(m.User(id="U-faux", name="Faux", role="national_coordinator", region_id=None)),
                "utilisateur")
    out = tmp_path / "r1.sosdesk"
    export_region(office, out, PASS)
    manifest, parts = _open(out)
    forged = tmp_path / "forged.sosdesk"
    _seal(forged, {**manifest, "role": "national_coordinator", "region": "R2"}, parts)
    _refused(nat, server, forged, "modifié après sa signature")
    key = sender.private_key(str(credentials.load_sender_key(str(office.get_state(service.K_SENDER_KEY)))))
    for claim, why in (({"region": "R2"}, "région « R2 » mais sa clé est celle de région « R1 »"),
                       ({"role": "national_coordinator"}, "rôle « national_coordinator »")):
        resigned = {**manifest, **claim}
        parts[SIGNATURE] = sender.sign(sender.canonical_manifest(resigned), key).encode()
        _seal(forged, resigned, parts)
        _refused(nat, server, forged, why)
    assert get(nat, m.User, "U-faux") is None
    # straight to the service: a relay claiming R2 for the office's ops is still the office's R1 key
    ops = json.loads(parts["ops.json"])
    answer = _relay(server, nat, manifest["device_id"], ops, region="R2")
    assert answer.status_code == 200
    results = answer.json()["results"]
    assert {r["status"] for r in results} == {"applied", "rejected"}  # beneficiary ok; national user refused
    assert "U-faux" not in _service_rows(server, "users")


def test_unsigned_file_refused(offices: tuple[Store, Store], server: RealServer, tmp_path: Path) -> None:
    nat, office = offices
    bid = add_beneficiary(office, "R1", first_name="Anonyme")
    out = tmp_path / "r1.sosdesk"
    export_region(office, out, PASS)
    manifest, parts = _open(out)
    parts.pop(SIGNATURE)
    ops = [{k: v for k, v in op.items() if k != "sig"} for op in json.loads(parts["ops.json"])]
    parts["ops.json"] = json.dumps(ops).encode()
    unsigned = tmp_path / "unsigned.sosdesk"
    _seal(unsigned, manifest, parts)
    _refused(nat, server, unsigned, "n'est pas signé")
    # the service refuses an unsigned relay too (a national desktop of an older version, or forged)
    answer = _relay(server, nat, manifest["device_id"], ops, region="R1")
    assert answer.status_code == 403 and "non signé" in answer.json()["detail"]
    # an op altered after signing (the same signature kept)
    signed = json.loads(_open(out)[1]["ops.json"])
    signed[0]["fields"]["first_name"] = [None, "Modifié"]
    answer = _relay(server, nat, manifest["device_id"], signed)
    assert answer.status_code == 403 and "signature ne correspond pas" in answer.json()["detail"]
    assert bid not in _service_rows(server, "beneficiaries")


def test_file_of_revoked_device_refused(offices: tuple[Store, Store], server: RealServer, tmp_path: Path) -> None:
    """Revoking a device revokes its key: its files are refused by the national merge (once it has
    synced) and by the service at relay (a file merged offline before the revocation)."""
    nat, office = offices
    add_beneficiary(office, "R1", first_name="Avant")
    before = tmp_path / "before.sosdesk"
    export_region(office, before, PASS)
    transport = HttpTransport("http://127.0.0.1:9")  # the national office merges with no network
    merged, _ = merge_region_files(nat, [before], PASS, transport)
    assert merged.files[0]["results"] == {"applied": 1} and hub.pending_relays(nat) == 1
    assert sync_main(["revoke", "--db", server.url, "--device", str(office.get_state(service.K_DEVICE))]) == 0
    report = _sync(nat, server)
    assert report.relayed == 0 and any("révoqué" in w for w in report.warnings)
    add_beneficiary(office, "R1", first_name="Après")
    after = tmp_path / "after.sosdesk"
    export_region(office, after, PASS)
    _refused(nat, server, after, "clé révoquée")


def test_office_key_for_an_office_never_online(offices: tuple[Store, Store], server: RealServer,
                                               tmp_path: Path) -> None:
    """An office never online signs with the office key the national coordinator issued (service
    command, or the national desktop with no network); its region is the key's; a revoked office
    key's files are refused."""
    nat, _office = offices
    key_file = tmp_path / "r1.key"
    assert sync_main(["office-key", "--db", server.url, "--region", "R1", "--out", str(key_file)]) == 0
    with pytest.raises(SystemExit):  # never a national office key
        sync_main(["office-key", "--db", server.url, "--region", "R1", "--role", "national_coordinator",
                   "--out", str(tmp_path / "nat.key")])
    lonely = fresh_store(tmp_path / "lonely.db")
    _as_received(lonely)
    with pytest.raises(RegionFileError, match="import-office-key"):
        export_region(lonely, tmp_path / "none.sosdesk", PASS)
    office_key = import_office_key(lonely, key_file)
    bid = add_beneficiary(lonely, "R1", first_name="Isolée")
    out = tmp_path / "lonely.sosdesk"
    export_region(lonely, out, PASS)
    manifest, _parts = _open(out)
    assert manifest["region"] == "R1" and manifest["key_id"] == office_key["key_id"]
    _sync(nat, server)  # learns the new office key
    merged, _ = merge_region_files(nat, [out], PASS, HttpTransport(server.base))
    results = merged.files[0]["results"]
    assert results.get("applied", 0) >= 1 and get(nat, m.Beneficiary, bid).first_name == "Isolée"
    assert bid in _service_rows(server, "beneficiaries")
    # a key issued by the national desktop itself with no network is registered at its next sync
    second = tmp_path / "r1-bis.key"
    kid = issue_office_key(nat, "R1", "regional_admin", second)
    _sync(nat, server)
    assert any(k["key_id"] == kid for k in _keys(server))
    # revoked: refused whole
    assert sync_main(["office-key", "--db", server.url, "--revoke", office_key["key_id"]]) == 0
    _sync(nat, server)
    add_beneficiary(lonely, "R1", first_name="Révoquée")
    again = tmp_path / "again.sosdesk"
    export_region(lonely, again, PASS)
    _refused(nat, server, again, "clé révoquée")


def _as_received(store: Store) -> None:
    """Reference rows as an office receives them from the national office (no outbox)."""
    with store.transaction("reçu", origin="sync") as (s, _changes):
        s.add(m.Region(id="R1", name="Région R1"))
        s.add(m.MeetingType(id="IND", label="Entretien", kind="individual", minutes=60))
        s.flush()
        s.add(m.Site(id="S-R1", region_id="R1", name="Site R1", open=[]))


def _keys(server: RealServer) -> list[dict[str, Any]]:
    from sync import db, senders

    engine = db.make_engine(server.url)
    try:
        with db.read(engine) as conn:
            return senders.records(conn)
    finally:
        engine.dispose()
