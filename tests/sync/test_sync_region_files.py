"""Region files: export offline, merge on the national side through push; refused when bad."""

from __future__ import annotations

from pathlib import Path

import pytest

from sosdesk.store import models as m
from sosdesk.syncclient import service
from sosdesk.syncclient.regionfile import RegionFileError, export_region, merge_region_files, read_region
from sosdesk.syncclient.service import sync_now
from tests.sync.syncworld import World, add_beneficiary, get, seed_reference

PASS = "phrase secrète"


@pytest.fixture
def offices(world: World):  # type: ignore[no-untyped-def]
    nat, tn = world.office("national", None, "national_coordinator")
    seed_reference(nat)
    sync_now(nat, tn)
    a, ta = world.office("a", "R1")
    sync_now(a, ta)
    b, tb = world.office("b", "R1")
    sync_now(b, tb)
    sync_now(nat, tn)  # the national office learns the offices' region-file keys
    return (nat, tn), (a, ta), (b, tb)


def test_export_merge_twice_then_office_push_is_duplicate(offices, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (nat, tn), (a, ta), (b, tb) = offices
    ta.offline = True
    bid = add_beneficiary(a, "R1", first_name="Horsligne")
    out = tmp_path / "r1.sosdesk"
    assert export_region(a, out, PASS) == 1
    merged, _ = merge_region_files(nat, [out], PASS, tn)
    assert merged.files[0]["results"] == {"applied": 1}
    assert get(nat, m.Beneficiary, bid).first_name == "Horsligne"
    again, _ = merge_region_files(nat, [out], PASS, tn)
    assert again.files[0]["results"] == {"duplicate": 1}  # merging twice changes nothing
    sync_now(b, tb)
    assert get(b, m.Beneficiary, bid).first_name == "Horsligne"
    ta.offline = False
    assert sync_now(a, ta).results == {"duplicate": 1}
    assert service.status(a)["pending"] == 0


def test_bad_files_refused_nothing_applied(offices, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (nat, tn), (a, _ta), _ = offices
    add_beneficiary(a, "R1")
    out = tmp_path / "r1.sosdesk"
    export_region(a, out, PASS)
    data = out.read_bytes()
    truncated = tmp_path / "truncated.sosdesk"
    truncated.write_bytes(data[: len(data) // 2])
    tampered = tmp_path / "tampered.sosdesk"
    tampered.write_bytes(data[:-40] + bytes([data[-40] ^ 1]) + data[-39:])
    garbage = tmp_path / "garbage.sosdesk"
    garbage.write_bytes(b"PK\x03\x04 not a region file")
    with pytest.raises(RegionFileError, match="phrase de passe incorrecte"):
        read_region(out, "mauvaise")
    for path in (truncated, tampered, garbage):
        with pytest.raises(RegionFileError):
            read_region(path, PASS)
    merged, _ = merge_region_files(nat, [truncated, tampered, garbage], PASS, tn)
    assert all(f.get("error") for f in merged.files) and merged.problems == 3
    assert len(list(nat.session().query(m.Beneficiary))) == 0


def test_only_national_merges(offices, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, (a, ta), (b, _tb) = offices
    out = tmp_path / "r1.sosdesk"
    export_region(a, out, PASS)
    with pytest.raises(RegionFileError, match="national"):
        merge_region_files(b, [out], PASS, ta)


def test_cli_export_and_merge(world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                              capsys: pytest.CaptureFixture[str]) -> None:
    """The commands read the passphrase from a file; a bad file makes merge exit 1 with a report."""
    from sosdesk.cli import main

    a, ta = world.office("a", None, "national_coordinator")
    seed_reference(a)
    sync_now(a, ta)
    o, to = world.office("o", "R1")
    sync_now(o, to)
    add_beneficiary(o, "R1", first_name="Horsligne")
    a.close()
    o.close()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASS, encoding="utf-8")
    out = tmp_path / "x.sosdesk"
    assert main(["export-region", "--db", str(o.path), "--out", str(out), "--passphrase-file", str(secret)]) == 0
    assert out.exists()
    bad = tmp_path / "bad.sosdesk"
    bad.write_bytes(b"nope")
    # merging needs the service: point the command at the in-process one
    from sosdesk.syncclient import regionfile
    from tests.sync.syncworld import AppTransport
    transport = AppTransport(world.app)
    real = regionfile.merge_region_files
    monkeypatch.setattr(regionfile, "merge_region_files",
                        lambda store, paths, pw, t=None: real(store, paths, pw, transport))
    capsys.readouterr()
    code = main(["merge", "--db", str(a.path), "--in", str(out), "--in", str(bad),
                 "--passphrase-file", str(secret)])
    text = capsys.readouterr().out
    assert code == 1
    assert "REFUSÉ" in text and "appliquées" in text


def _as_received(store, source) -> None:  # type: ignore[no-untyped-def]
    """Give an office file the reference rows of ``source`` as if received (no outbox)."""
    with source.session() as s:
        region = s.get(m.Region, "R1")
        site = s.get(m.Site, "S-R1")
        mtype = s.get(m.MeetingType, "IND")
        copies = [m.Region(id=region.id, name=region.name), m.MeetingType(id="IND", label=mtype.label,
                                                                           kind=mtype.kind, minutes=mtype.minutes),
                  m.Site(id=site.id, region_id="R1", name=site.name, open=[])]
    with store.transaction("reçu", origin="sync") as (s, _changes):
        for obj in copies:
            s.add(obj)


def _counts(store) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    from sqlalchemy import func, select

    with store.session() as s:
        return (s.scalar(select(func.count()).select_from(m.ChangeLog)) or 0,
                s.scalar(select(func.count()).select_from(m.Beneficiary)) or 0)


def test_merge_with_no_network_then_forwarded_at_next_sync(offices, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The national office merges while the service is unreachable; the merge shows at once, a
    second merge changes nothing, and the next sync forwards the ops under the office's id."""
    from sosdesk.syncclient import hub
    from tests.sync.syncworld import rows_of

    (nat, tn), (a, ta), (b, tb) = offices
    ta.offline = tn.offline = True
    bid = add_beneficiary(a, "R1", first_name="Horsligne")
    out = tmp_path / "r1.sosdesk"
    export_region(a, out, PASS)
    merged, report = merge_region_files(nat, [out], PASS, tn)
    assert merged.files[0]["results"] == {"applied": 1}
    assert any("prochaine synchronisation" in w for w in report.warnings)
    assert get(nat, m.Beneficiary, bid).first_name == "Horsligne"
    assert hub.pending_relays(nat) == 1
    before, view = _counts(nat), rows_of(nat, m.Beneficiary)
    again, _ = merge_region_files(nat, [out], PASS, tn)
    assert again.files[0]["results"] == {"duplicate": 1}
    assert _counts(nat) == before and rows_of(nat, m.Beneficiary) == view  # twice changes nothing
    assert hub.pending_relays(nat) == 1
    tn.offline = False
    done = sync_now(nat, tn)
    assert done.relayed == 1 and hub.pending_relays(nat) == 0 and done.verified is True
    sync_now(b, tb)
    assert get(b, m.Beneficiary, bid).first_name == "Horsligne"
    ta.offline = False
    assert sync_now(a, ta).results == {"duplicate": 1}
    assert get(nat, m.Beneficiary, bid).row_version == get(a, m.Beneficiary, bid).row_version


def test_never_online_office_and_national(tmp_path: Path) -> None:
    """No service at all: an office never enrolled exports (device id made locally, region from
    its file), a national file never enrolled merges it (twice: no change; bad files: nothing).
    Later both enrol: the forwarded ops and the office's own push are the same ops (duplicate)."""
    from sosdesk.syncclient.regionfile import import_office_key, issue_office_key
    from tests.sync.syncworld import World, fresh_store

    nat = fresh_store(tmp_path / "national.db")
    seed_reference(nat)
    office = fresh_store(tmp_path / "office.db")
    _as_received(office, nat)
    bid = add_beneficiary(office, "R1", first_name="Jamais")
    out = tmp_path / "r1.sosdesk"
    with pytest.raises(RegionFileError, match="import-office-key"):
        export_region(office, out, PASS)  # no key: the file could not prove who wrote it
    # the national coordinator issues the office's key with no network; the office imports it
    issue_office_key(nat, "R1", "regional_admin", tmp_path / "r1.key")
    import_office_key(office, tmp_path / "r1.key")
    assert export_region(office, out, PASS) == 1
    device = office.get_state(service.K_DEVICE)
    assert device and office.get_state(service.K_REGION) == "R1"
    export_region(office, tmp_path / "again.sosdesk", PASS)
    assert office.get_state(service.K_DEVICE) == device  # one identity per file
    bad = tmp_path / "bad.sosdesk"
    bad.write_bytes(out.read_bytes()[:-10])
    merged, _ = merge_region_files(nat, [bad, out], PASS)
    assert merged.files[0]["error"] and merged.files[1]["results"] == {"applied": 1}
    assert get(nat, m.Beneficiary, bid).first_name == "Jamais"
    before = _counts(nat)
    again, _ = merge_region_files(nat, [out, tmp_path / "again.sosdesk"], PASS)
    assert [f["results"] for f in again.files] == [{"duplicate": 1}, {"duplicate": 1}]
    assert _counts(nat) == before
    wrong, _ = merge_region_files(nat, [out], "autre phrase")
    assert wrong.problems == 1 and _counts(nat) == before
    # an office file may not merge
    with pytest.raises(RegionFileError, match="national"):
        merge_region_files(office, [out], PASS)
    # both go online later: the national forwards the office's ops bound to region R1...
    w = World(tmp_path)
    from tests.sync.syncworld import AppTransport

    tn, to = AppTransport(w.app), AppTransport(w.app)
    service.enrol(nat, "http://test", w.code(None, "national_coordinator"), tn)
    first = sync_now(nat, tn)
    assert first.relayed == 1
    # ...and the office, enrolled with a code of its region, keeps its id: its push is a duplicate
    service.enrol(office, "http://test", w.code("R1"), to)
    assert office.get_state(service.K_DEVICE) == device
    assert sync_now(office, to).results == {"duplicate": 1}
    assert service.status(office)["pending"] == 0
    sync_now(nat, tn)
    assert get(office, m.Beneficiary, bid).row_version == get(nat, m.Beneficiary, bid).row_version
    w.engine.dispose()


def test_file_claiming_national_role_merges_with_office_rights_only(offices, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A sealed file whose manifest claims the national role gets no national power (issue 19)."""
    import json

    from sosdesk.syncclient import hub

    (nat, _tn), (a, _ta), _ = offices
    version = get(nat, m.MeetingType, "IND").row_version
    ops = [{"op_id": 1, "table": "meeting_types", "row_id": "IND", "action": "update", "base_version": version,
            "fields": {"label": ["Entretien", "Renommé par une antenne"]}},
           {"op_id": 2, "table": "users", "row_id": "U-faux", "action": "insert", "base_version": 0,
            "fields": {"name": [None, "Faux"], "role": [None, "national_coordinator"], "region_id": [None, "R1"]}}]
    manifest = {"device_id": a.get_state(service.K_DEVICE), "region": "R1", "role": "national_coordinator"}
    record = {"region": "R1", "role": "regional_admin"}  # what the signing key's record says
    with hub.open_hub(nat) as engine:
        counts, _ = hub.merge_ops(nat, engine, record, json.loads(json.dumps(manifest)), ops, "forged.sosdesk")
    assert counts == {"rejected": 2}
    assert get(nat, m.User, "U-faux") is None
    assert get(nat, m.MeetingType, "IND").label == "Entretien"


def test_file_claiming_another_region_is_not_relayed(offices, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The region of a file is its key's: a file of an R1 device that claims R2 is refused whole,
    nothing merged, nothing relayed."""
    from sosdesk.syncclient import hub

    (nat, tn), (a, _ta), _ = offices
    bid = add_beneficiary(a, "R1", first_name="Ailleurs")
    a.set_state(service.K_REGION, "R2")  # as if the file said R2
    out = tmp_path / "r2.sosdesk"
    export_region(a, out, PASS)
    merged, _report = merge_region_files(nat, [out], PASS, tn)
    assert "région « R2 » mais sa clé est celle de région « R1 »" in merged.files[0]["error"]
    assert get(nat, m.Beneficiary, bid) is None
    assert hub.pending_relays(nat) == 0


def test_cli_export_never_enrolled_needs_region(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`export-region` on a file never enrolled asks for its region, then makes its device id."""
    from sosdesk.cli import main
    from tests.sync.syncworld import fresh_store

    office = fresh_store(tmp_path / "office.db")
    office.close()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASS, encoding="utf-8")
    out = tmp_path / "x.sosdesk"
    args = ["export-region", "--db", str(office.path), "--out", str(out), "--passphrase-file", str(secret)]
    assert main(args) == 2
    assert "import-office-key" in capsys.readouterr().err and not out.exists()
    from sync.cli import main as sync_main

    key = tmp_path / "r3.key"
    assert sync_main(["office-key", "--db", str(tmp_path / "server.db"), "--region", "R3", "--out", str(key)]) == 0
    assert key.stat().st_mode & 0o077 == 0
    assert main(["import-office-key", "--db", str(office.path), "--in", str(key)]) == 0
    assert main(args) == 0
    manifest = read_region(out, PASS).manifest
    assert manifest["region"] == "R3" and manifest["enrolled"] is False and manifest["device_id"]


def test_region_file_with_a_large_attachment_is_relayed_as_an_upload(offices, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A scan over the inline cap travels in the region file, merges in the hub, and reaches the
    service as an upload (its row without the bytes); another office of the region downloads it."""
    import hashlib
    import io
    import os

    from PIL import Image

    from sosdesk.contract.fields import INLINE_MAX
    from sosdesk.syncclient import hub
    from sync import db
    from sync.models import blobs

    (nat, tn), (a, _ta), (b, tb) = offices
    buf = io.BytesIO()
    Image.frombytes("RGB", (1300, 1200), os.urandom(1300 * 1200 * 3)).save(buf, "PNG")
    scan = buf.getvalue()
    assert len(scan) > INLINE_MAX
    sha = hashlib.sha256(scan).hexdigest()
    a.edit(lambda s: s.add(m.Attachment(id=sha, filename="scan.png", media_type="image/png", content=scan)), "scan")
    out = tmp_path / "r1.sosdesk"
    export_region(a, out, PASS)
    merged, _ = merge_region_files(nat, [out], PASS, tn)
    assert merged.files[0]["results"] == {"applied": 1} and hub.pending_relays(nat) == 0
    with db.read(tn.client.app.state.engine) as conn:  # the service holds the file, uploaded by the relay
        assert conn.execute(blobs.select()).first() is not None
    sync_now(b, tb)
    assert get(b, m.Attachment, sha).content == scan


def test_the_national_hub_is_encrypted_like_the_national_file(offices, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The hub beside the national file holds every merged region's rows: keyed like the file (issue 16)."""
    from sosdesk.store import cipher
    from sosdesk.syncclient.hub import hub_path

    (nat, tn), (a, ta), _b = offices
    if nat.key is None:
        pytest.skip("files are plain here (no SQLCipher binding)")
    ta.offline = True
    add_beneficiary(a, "R1", first_name="Quenouillard")
    out = tmp_path / "r1.sosdesk"
    assert export_region(a, out, PASS) == 1
    merged, _ = merge_region_files(nat, [out], PASS, tn)
    assert merged.files[0]["results"] == {"applied": 1}
    hub = hub_path(nat)
    assert hub.exists() and cipher.is_encrypted(hub) and not cipher.is_plain(hub)
    for part in (hub, hub.with_name(hub.name + "-wal")):
        if part.exists():
            assert b"Quenouillard" not in part.read_bytes()


def test_an_office_without_a_keyring_signs_with_the_key_file(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """A PC with no OS keyring cannot import the office key: ``export-region --key-file`` signs with
    the file the national coordinator handed over; the national file merges it (no network)."""
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    from sosdesk.cli import main
    from sosdesk.syncclient.regionfile import issue_office_key
    from tests.sync.syncworld import fresh_store

    nat = fresh_store(tmp_path / "national.db")
    seed_reference(nat)
    office = fresh_store(tmp_path / "office.db")
    _as_received(office, nat)
    bid = add_beneficiary(office, "R1", first_name="Sanstrousseau")
    key_file = tmp_path / "r1.key"
    issue_office_key(nat, "R1", "regional_admin", key_file)
    office.close()
    (tmp_path / "pass").write_text(PASS + "\n", encoding="utf-8")
    out = tmp_path / "r1.sosdesk"
    keyring.set_keyring(NoKeyring())
    argv = ["export-region", "--db", str(tmp_path / "office.db"), "--out", str(out), "--region", "R1",
            "--passphrase-file", str(tmp_path / "pass")]
    assert main(argv) == 2  # no key anywhere: refused, in French
    assert "import-office-key" in capsys.readouterr().err and not out.exists()
    assert main([*argv, "--key-file", str(tmp_path / "other.key")]) == 2  # a missing key file: named
    assert "other.key" in capsys.readouterr().err and not out.exists()
    assert main([*argv, "--key-file", str(key_file)]) == 0, capsys.readouterr().err
    merged, _ = merge_region_files(nat, [out], PASS)
    assert merged.files[0]["results"] == {"applied": 1}
    assert get(nat, m.Beneficiary, bid).first_name == "Sanstrousseau"
