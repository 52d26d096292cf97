"""Region files: export offline, merge on the national side through push; refused when bad."""

from __future__ import annotations

from pathlib import Path

import pytest
from syncworld import World, add_beneficiary, get, seed_reference

from sosdesk.store import models as m
from sosdesk.syncclient import service
from sosdesk.syncclient.regionfile import RegionFileError, export_region, merge_region_files, read_region
from sosdesk.syncclient.service import sync_now

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

    a, _ = world.office("a", None, "national_coordinator")
    seed_reference(a)
    a.close()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASS, encoding="utf-8")
    out = tmp_path / "x.sosdesk"
    assert main(["export-region", "--db", str(a.path), "--out", str(out), "--passphrase-file", str(secret)]) == 0
    assert out.exists()
    bad = tmp_path / "bad.sosdesk"
    bad.write_bytes(b"nope")
    # merging needs the service: point the command at the in-process one
    from syncworld import AppTransport

    from sosdesk.syncclient import regionfile
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
