"""Backups that restore (issue 16): online copy while another connection writes, checked restores
that refuse damaged, foreign and newer files with nothing changed, rotation of automatic copies."""

from __future__ import annotations

import hashlib
import os
import stat
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sosdesk.cli import main
from sosdesk.domain.retention import BEFORE_KEEP, DAILY_KEEP, WEEKLY_KEEP
from sosdesk.invoicing.drafts import actor_for, national_draft, regional_draft
from sosdesk.invoicing.workflow import apply_step
from sosdesk.store import Store, open_store
from sosdesk.store import models as m
from sosdesk.store.backup import automatic_backups, backup_dir, rotate
from sosdesk.store.cipher import open_file
from sosdesk.store.invoice_models import Invoice
from tests.invoicing.invoicing_world import NOW, add_meeting
from tests.privacy.conftest import PASSWORDS


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def count(path: Path, table: str = "beneficiaries") -> int:
    con = open_file(path)
    try:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        con.close()


def test_backup_while_another_connection_writes_is_consistent_and_private(
        world: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    writer = open_store(world.path)
    stop = threading.Event()
    batches = [0]

    def write() -> None:
        # Each transaction adds 10 people: a consistent copy holds a multiple of 10 of them (+ 4).
        while not stop.is_set():
            ids = [f"W{batches[0]}-{i}" for i in range(10)]
            writer.edit(lambda s, ids=ids: s.add_all(m.Beneficiary(id=b, region_id="IDF", last_name="Lot")
                                                     for b in ids), "lot")
            batches[0] += 1

    thread = threading.Thread(target=write)
    thread.start()
    try:
        while batches[0] < 3:
            stop.wait(0.01)
        outs = [tmp_path / f"copie{i}.db" for i in range(3)]
        for out in outs:
            code, _, err = run(capsys, "backup", "--db", str(world.path), "--out", str(out))
            assert code == 0, err
    finally:
        stop.set()
        thread.join()
        writer.close()
    for out in outs:
        assert (count(out) - 4) % 10 == 0
        con = open_file(out)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        con.close()
        if os.name == "posix":
            assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert count(outs[-1]) > 4
    assert not list(tmp_path.glob(".*.tmp"))


def test_backup_without_out_goes_to_the_private_backups_folder(world: Store,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "backup", "--db", str(world.path), "--json")
    assert code == 0, err
    folder = backup_dir(world.path)
    copies = list(folder.iterdir())
    assert len(copies) == 1 and count(copies[0]) == 4
    if os.name == "posix":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def _validated_invoice(world: Store) -> tuple[str, int]:
    add_meeting(world, "M1", "2026-10-05T09:00:00+02:00")
    add_meeting(world, "M2", "2026-10-06T09:00:00+02:00", bens=("B2",))
    reg, _ = regional_draft(world, actor_for(world), "IDF", "2026-10", now=NOW)
    apply_step(world, actor_for(world), reg, "submit", now=NOW)
    apply_step(world, actor_for(world, "valid-IDF"), reg, "approve", now=NOW)
    nat, _ = national_draft(world, actor_for(world, "nat"), "2026-10", now=NOW)
    apply_step(world, actor_for(world, "nat"), nat, "submit", now=NOW)
    apply_step(world, actor_for(world, "nat"), nat, "validate", now=NOW)
    with world.session() as s:
        invoice = s.get(Invoice, nat)
        assert invoice is not None
        return nat, invoice.total_ttc_cents


def test_break_the_file_restore_and_the_invoice_still_agrees(world: Store, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    invoice, total = _validated_invoice(world)
    db = world.path
    world.close()
    copy = tmp_path / "copie.db"
    assert run(capsys, "backup", "--db", str(db), "--out", str(copy))[0] == 0
    checked = run(capsys, "check", "--db", str(db), "--week", "2026-W41", "--json")
    # Break the file: overwrite pages in the middle.
    con = open_file(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    data = bytearray(db.read_bytes())
    data[8192:40960] = b"\xff" * (40960 - 8192)
    db.write_bytes(bytes(data))
    code, _, err = run(capsys, "check", "--db", str(db), "--week", "2026-W41")
    assert code == 2 and "endommagé" in err

    code, _, err = run(capsys, "restore", "--db", str(db), "--from", str(copy))
    assert code == 0, err
    assert "gardé" in err
    kept = [p for n, p in automatic_backups(db) if n.kind == "before" and "restauration" in n.key]
    assert len(kept) == 1 and kept[0].read_bytes()[8192:8200] == b"\xff" * 8  # the broken file, kept
    assert run(capsys, "check", "--db", str(db), "--week", "2026-W41", "--json") == checked
    store = open_store(db)
    try:
        with store.session() as s:
            row = s.get(Invoice, invoice)
            assert row is not None and row.status == "validated" and row.total_ttc_cents == total
            assert s.scalar(select(func.count()).select_from(m.Meeting)) == 2
    finally:
        store.close()
    out_json = tmp_path / "facture.json"
    code, _, err = run(capsys, "invoice", "export", "--db", str(db), "--invoice", invoice, "--format", "json",
                       "--out", str(out_json))
    assert code == 0, err


def _foreign(path: Path) -> None:
    con = open_file(path)
    con.execute("CREATE TABLE recettes (nom TEXT)")
    con.commit()
    con.close()


def _newer(source: Path, path: Path) -> None:
    con = open_file(source)
    con.execute("VACUUM INTO ?", (str(path),))
    con.close()
    con = open_file(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()


@pytest.mark.parametrize("kind, message", [
    ("corrupt", "endommagé"), ("text", "pas un fichier SQLite"), ("foreign", "pas une base sosdesk"),
    ("newer", "version plus récente"), ("missing", "n'existe pas")])
def test_restore_refuses_bad_files_and_changes_nothing(world: Store, tmp_path: Path, kind: str, message: str,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    db = world.path
    world.close()
    bad = tmp_path / "mauvais.db"
    if kind == "corrupt":
        assert run(capsys, "backup", "--db", str(db), "--out", str(bad))[0] == 0
        data = bytearray(bad.read_bytes())
        data[4096:16384] = b"\x00\x13" * 6144
        bad.write_bytes(bytes(data))
    elif kind == "text":
        bad.write_text("nom;prénom\n", encoding="utf-8")
    elif kind == "foreign":
        _foreign(bad)
    elif kind == "newer":
        _newer(db, bad)
    before = digest(db)
    code, _, err = run(capsys, "restore", "--db", str(db), "--from", str(bad))
    assert code == 2 and message in err, err
    assert "Traceback" not in err
    assert digest(db) == before
    assert not backup_dir(db).exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_rotation_keeps_seven_days_five_weeks_five_before_copies(world: Store) -> None:
    db = world.path
    start = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # a Monday
    for day in range(40):
        now = start + timedelta(days=day)
        rotate(db, now)
        rotate(db, now + timedelta(hours=9))  # closing the window the same day: nothing new
    for i in range(7):
        rotate(db, start + timedelta(days=39, hours=10, minutes=i), reason="chargement")
    names = [n for n, _ in automatic_backups(db)]
    daily = sorted(n.key for n in names if n.kind == "daily")
    weekly = sorted(n.key for n in names if n.kind == "weekly")
    before = [n.key for n in names if n.kind == "before"]
    last = (start + timedelta(days=39)).date()
    assert daily == [(last - timedelta(days=i)).isoformat() for i in range(DAILY_KEEP)][::-1]
    assert weekly == ["2026-W10", "2026-W11", "2026-W12", "2026-W13", "2026-W14", "2026-W15"][-WEEKLY_KEEP:]
    assert len(before) == BEFORE_KEEP and all(k.endswith("-chargement") for k in before)
    assert sorted(before)[0].startswith("20260410-1802")  # the two oldest were dropped
    for _, path in automatic_backups(db):
        assert count(path) == 4
        if os.name == "posix":
            assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_load_takes_a_backup_first(world: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = world.path
    world.close()
    data = tmp_path / "data.json"
    data.write_text('{"format": "sosdesk-data/1", "beneficiaries": [{"id": "B9", "region": "IDF", '
                    '"last_name": "Neuf"}]}', encoding="utf-8")
    code, _, err = run(capsys, "load", "--db", str(db), str(data))
    assert code == 0, err
    before = [p for n, p in automatic_backups(db) if n.kind == "before"]
    assert len(before) == 1 and "chargement" in before[0].name and count(before[0]) == 4
    assert count(db) == 5


def test_only_administrators_back_up_and_restore(protected: Store, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    db = protected.path
    protected.close()
    copy = tmp_path / "copie.db"
    monkeypatch.setenv("SOSDESK_PASSWORD", PASSWORDS["valid-IDF"])
    code, _, err = run(capsys, "backup", "--db", str(db), "--out", str(copy), "--user", "valid-IDF")
    assert code == 2 and "ne peut pas sauvegarder" in err and not copy.exists()
    monkeypatch.setenv("SOSDESK_PASSWORD", PASSWORDS["admin-IDF"])
    assert run(capsys, "backup", "--db", str(db), "--out", str(copy), "--user", "admin-IDF")[0] == 0
    monkeypatch.setenv("SOSDESK_PASSWORD", PASSWORDS["valid-IDF"])
    before = digest(db)
    code, _, err = run(capsys, "restore", "--db", str(db), "--from", str(copy), "--user", "valid-IDF")
    assert code == 2 and "ne peut pas restaurer" in err and digest(db) == before
    monkeypatch.delenv("SOSDESK_PASSWORD")
    code, _, err = run(capsys, "restore", "--db", str(db), "--from", str(copy), "--user", "admin-IDF")
    assert code == 2 and "mot de passe requis" in err


def test_the_window_takes_the_daily_and_weekly_copies(world: Store) -> None:
    from sosdesk.ui.app import _daily_backup

    _daily_backup(world.path, wait=True)
    kinds = sorted(n.kind for n, _ in automatic_backups(world.path))
    assert kinds == ["daily", "weekly"]
    _daily_backup(world.path, wait=True)  # the same day: nothing more
    assert len(automatic_backups(world.path)) == 2
