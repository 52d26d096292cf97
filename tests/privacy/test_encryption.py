"""The office file encrypted at rest (issue 16, docs/security.md): nothing readable in the file, its WAL
or its backups; a clear refusal without the key; the recovery key opens it on another PC; plain files
migrated whole; encrypted backups restore."""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import sqlite3
import stat
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import keyring
import pytest

from sosdesk.cli import main
from sosdesk.store import cipher, filekey, open_store
from sosdesk.store import models as m
from sosdesk.store.backup import automatic_backups, rotate
from sosdesk.store.engine import StoreError
from tests.conftest import MemoryKeyring
from tests.store.interchange_world import doc

SURNAME = "Zapatakowski"  # seeded personal data the scans look for (ASCII: what `strings` shows)
WAL_SURNAME = "Wojtaszekova"
PHONE_DIGITS = "698765432"
MEASURE = "semi-libert"  # « semi-liberté »: its ASCII part
SECRETS = (SURNAME, WAL_SURNAME, PHONE_DIGITS, MEASURE)
NOW = datetime(2026, 10, 12, 9, 0, tzinfo=UTC)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def readable(path: Path) -> str:
    """What `strings` shows of ``path`` (the real binary when installed; else the same rule: runs of
    4 or more printable ASCII characters)."""
    exe = shutil.which("strings")
    if exe:
        return subprocess.run([exe, "-a", "-n", "4", str(path)], capture_output=True, text=True,
                              check=True).stdout
    return "\n".join(r.decode("ascii") for r in re.findall(rb"[\x20-\x7e\t]{4,}", path.read_bytes()))


def seeded(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str = "office.db") -> Path:
    data: dict[str, Any] = doc()
    person = data["beneficiaries"][0]
    person.update(last_name=SURNAME, measure="semi-liberté", phone="+33698765432")
    source = tmp_path / "data.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / name
    code, _, err = run(capsys, "load", "--db", str(db), str(source))
    assert code == 0, err
    return db


def counts(db: Path) -> dict[str, int]:
    con = cipher.open_file(db)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite_%'")]
        return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        con.close()


def another_pc(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    """A keyring without this PC's key (and no recovery file in the environment)."""
    monkeypatch.delenv(filekey.KEY_FILE_ENV, raising=False)
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    return ring


@pytest.mark.parametrize("encrypted", [True, False], ids=["chiffré", "en-clair"])
def test_strings_of_the_file_its_wal_and_its_backups_find_no_personal_data(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        encrypted: bool) -> None:
    if not encrypted:  # the same scan on a plain file finds them: the scan can fail
        monkeypatch.setenv(cipher.ENV, "0")
    db = seeded(tmp_path, capsys)
    out = tmp_path / "copie.db"
    assert run(capsys, "backup", "--db", str(db), "--out", str(out))[0] == 0
    assert rotate(db, NOW, "chargement")
    writer = open_store(db)  # left open: its last transaction stays in the WAL
    try:
        writer.edit(lambda s: s.add(m.Beneficiary(id="B9", region_id="ARA", last_name=WAL_SURNAME,
                                                  phone="+33698765432")), "ajout")
        wal = db.with_name(db.name + "-wal")
        assert wal.stat().st_size > 0
        files = [db, wal, out] + [p for _, p in automatic_backups(db)]
        assert len(files) >= 5
        found = {(f.name, word) for f in files for word in SECRETS if word in readable(f)}
        clear = [f.name for f in files if cipher.is_plain(f)]
    finally:
        writer.close()
    if encrypted:
        assert found == set()
        assert clear == []
    else:
        assert (db.name, SURNAME) in found and (wal.name, WAL_SURNAME) in found and (out.name, MEASURE) in found


def test_without_the_key_the_file_is_refused_in_french_and_left_unchanged(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    db = seeded(tmp_path, capsys)
    before = db.read_bytes()
    another_pc(monkeypatch)
    code, out, err = run(capsys, "dump", "--db", str(db))
    assert code == 2 and out == ""
    assert "aucune clé de ce poste ne l'ouvre" in err and "sosdesk key recover --file" in err
    assert "Traceback" not in err and SURNAME not in err
    with pytest.raises(StoreError, match="n'est pas une base sosdesk lisible"):
        open_store(db, create=False)
    assert db.read_bytes() == before
    assert filekey.own_key() is None  # opening did not make a key for a file it cannot read


def test_the_recovery_key_opens_the_file_on_a_second_pc(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    db = seeded(tmp_path, capsys)
    card = tmp_path / "cle.txt"
    code, _, err = run(capsys, "key", "show", "--db", str(db), "--out", str(card))
    assert code == 0, err
    if os.name == "posix":
        assert stat.S_IMODE(card.stat().st_mode) == 0o600
    moved = tmp_path / "pc2" / "office.db"
    moved.parent.mkdir()
    shutil.copyfile(db, moved)

    another_pc(monkeypatch)
    assert run(capsys, "dump", "--db", str(moved))[0] == 2
    wrong = tmp_path / "autre.txt"
    wrong.write_text(filekey.recovery_text(os.urandom(32)), encoding="utf-8")
    code, _, err = run(capsys, "key", "recover", "--db", str(moved), "--file", str(wrong))
    assert code == 2 and "n'ouvre pas" in err
    assert filekey.known_keys() == []  # nothing kept from a key that does not open the file
    typo = tmp_path / "faute.txt"
    text = card.read_text(encoding="utf-8").split(": ")[-1].strip()
    typo.write_text(text[:5] + ("A" if text[5] != "A" else "B") + text[6:], encoding="utf-8")
    code, _, err = run(capsys, "key", "recover", "--db", str(moved), "--file", str(typo))
    assert code == 2 and "contient pas de clé de secours valide" in err

    code, _, err = run(capsys, "key", "recover", "--db", str(moved), "--file", str(card))
    assert code == 0, err
    code, out, err = run(capsys, "dump", "--db", str(moved))
    assert code == 0, err
    assert SURNAME in out
    code, out, _ = run(capsys, "key", "status", "--db", str(moved), "--json")
    assert json.loads(out)["encrypted"] is True and json.loads(out)["key_id"]


def test_the_recovery_key_is_shown_once_when_the_pc_key_is_made(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    another_pc(monkeypatch)  # a fresh PC: no key yet
    source = tmp_path / "data.json"
    source.write_text(json.dumps(doc(), ensure_ascii=False), encoding="utf-8")
    code, _, err = run(capsys, "load", "--db", str(tmp_path / "a.db"), str(source))
    assert code == 0
    shown = re.search(r"Clé de secours du fichier de données \(affichée une seule fois\) : ([A-Z2-7-]+)", err)
    assert shown is not None
    assert filekey.parse_recovery(shown[1]) == filekey.own_key()
    code, _, err = run(capsys, "load", "--db", str(tmp_path / "b.db"), str(source))
    assert code == 0 and "Clé de secours" not in err


def test_a_plain_file_is_encrypted_on_first_open_with_every_row_and_its_backups(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cipher.ENV, "0")
    db = seeded(tmp_path, capsys)
    store = open_store(db)
    store.edit(lambda s: s.add(m.Beneficiary(id="B9", region_id="ARA", last_name=WAL_SURNAME)), "ajout")
    store.close()
    rotate(db, NOW, "chargement")
    assert cipher.is_plain(db) and all(cipher.is_plain(p) for _, p in automatic_backups(db))
    before = counts(db)
    assert before["beneficiaries"] == 3

    monkeypatch.delenv(cipher.ENV)
    store = open_store(db, create=False)
    try:
        assert store.key is not None
        with store.session() as s:
            assert s.get(m.Beneficiary, "B1").last_name == SURNAME  # type: ignore[union-attr]
    finally:
        store.close()
    assert not cipher.is_plain(db)
    assert counts(db) == before
    assert all(not cipher.is_plain(p) for _, p in automatic_backups(db))  # the old clear copies too
    leftovers = [p.name for p in tmp_path.rglob("*.db*") if p.is_file() and SURNAME in readable(p)]
    assert leftovers == []
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no staging file left
    if os.name == "posix":
        assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_a_damaged_plain_file_is_refused_not_encrypted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "autre.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE recettes (nom TEXT)")
    con.commit()
    con.close()
    before = db.read_bytes()
    with pytest.raises(StoreError, match="n'est pas une base sosdesk"):
        open_store(db, create=False)
    assert db.read_bytes() == before


def test_an_encrypted_backup_restores_and_check_agrees(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = seeded(tmp_path, capsys)
    copy = tmp_path / "copie.db"
    assert run(capsys, "backup", "--db", str(db), "--out", str(copy))[0] == 0
    assert cipher.is_encrypted(copy)
    before = counts(db)
    store = open_store(db)
    store.edit(lambda s: s.add(m.Beneficiary(id="B9", region_id="ARA", last_name=WAL_SURNAME)), "ajout")
    store.close()
    assert counts(db)["beneficiaries"] == before["beneficiaries"] + 1
    code, _, err = run(capsys, "restore", "--db", str(db), "--from", str(copy))
    assert code == 0, err
    assert counts(db) == before
    assert not cipher.is_plain(db)
    assert run(capsys, "check", "--db", str(db), "--week", "2026-W41")[0] == 0


def test_an_encrypted_backup_from_another_pc_is_refused_until_its_key_is_entered(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    db = seeded(tmp_path, capsys)
    copy = tmp_path / "copie.db"
    assert run(capsys, "backup", "--db", str(db), "--out", str(copy))[0] == 0
    card = tmp_path / "cle.txt"
    assert run(capsys, "key", "show", "--db", str(db), "--out", str(card))[0] == 0
    another_pc(monkeypatch)
    target = tmp_path / "pc2" / "office.db"
    code, _, err = run(capsys, "restore", "--db", str(target), "--from", str(copy))
    assert code == 2 and "aucune clé de ce poste" in err and not target.exists()
    assert run(capsys, "key", "recover", "--db", str(copy), "--file", str(card))[0] == 0
    code, _, err = run(capsys, "restore", "--db", str(target), "--from", str(copy))
    assert code == 0, err
    assert counts(target) == counts(copy)


def test_without_the_binding_files_stay_plain_with_a_french_warning(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(cipher, "binding", lambda: None)  # the package not installed on this platform
    monkeypatch.setattr(cipher, "_warned", False)
    with caplog.at_level(logging.WARNING, logger="sosdesk.store"):
        db = seeded(tmp_path, capsys)
    assert cipher.is_plain(db)
    assert any("sqlcipher3 n'est pas installé" in r.getMessage() and "reste en clair" in r.getMessage()
               for r in caplog.records)
    code, out, _ = run(capsys, "key", "status", "--db", str(db))
    assert code == 0 and "en clair" in out


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_the_window_shows_the_recovery_key_once_when_it_made_the_key(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from sosdesk.ui.app import _show_recovery_key

    another_pc(monkeypatch)
    key = filekey.own_key(create=True)  # what opening the window's new file does
    assert key is not None
    shown: list[str] = []

    def read_and_close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                shown.append(widget.text())
                widget.accept()

    QTimer.singleShot(50, read_and_close)
    _show_recovery_key()
    assert len(shown) == 1
    printed = re.search(r"([A-Z2-7]{4}(?:\u2011[A-Z2-7]{1,4}){13})", shown[0])
    assert printed is not None and filekey.parse_recovery(printed[1]) == key
    QTimer.singleShot(50, read_and_close)  # a second dialog would be read (and closed) here
    _show_recovery_key()
    qtbot.wait(100)
    assert len(shown) == 1


def test_a_clear_file_opened_on_a_pc_without_a_keyring_stays_clear_and_opens(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    """A clear file (made before encryption, or on a PC without a keyring) opened where no keyring
    answers: the key could be kept nowhere, so the file stays clear, with the warning — never a crash."""
    from keyring.backends.fail import Keyring as NoKeyring

    monkeypatch.setenv(cipher.ENV, "0")
    db = seeded(tmp_path, capsys)  # a clear file
    monkeypatch.delenv(cipher.ENV)
    assert cipher.is_plain(db)
    monkeypatch.delenv(filekey.KEY_FILE_ENV, raising=False)
    keyring.set_keyring(NoKeyring())
    monkeypatch.setattr(cipher, "_warned", False)
    with caplog.at_level(logging.WARNING, logger="sosdesk.store"):
        code, _out, err = run(capsys, "check", "--db", str(db), "--week", "2026-W48")
    assert code in (0, 1), err
    assert "Traceback" not in err
    assert cipher.is_plain(db)
    assert any("reste en clair" in r.getMessage() for r in caplog.records)
