"""The data commands through ``sosdesk.cli.main``: demo, load, dump, check, and bad data files."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine

from sosdesk.cli import main
from sosdesk.domain.timegrid import week_of
from sosdesk.store.cipher import open_file
from sosdesk.store.migrate import upgrade_to_head

TODAY = "2026-03-12"
WEEK = week_of(date.fromisoformat(TODAY))


def _doc() -> dict[str, Any]:
    from tests.store.interchange_world import doc

    return doc()


def _write(tmp_path: Path, data: Any, name: str = "data.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.db"
    assert main(["demo", "--db", str(path), "--beneficiaries", "40", "--weeks", "2", "--today", TODAY]) == 0
    return path


def test_load_dump_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "a.db"
    assert main(["load", "--db", str(db), str(_write(tmp_path, _doc()))]) == 0
    assert "beneficiaries 2" in capsys.readouterr().err
    assert main(["dump", "--db", str(db)]) == 0
    dumped = json.loads(capsys.readouterr().out)
    assert dumped["format"] == "sosdesk-data/1" and [b["id"] for b in dumped["beneficiaries"]] == ["B1", "B2"]
    out = tmp_path / "out.json"
    assert main(["dump", "--db", str(db), "--out", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == dumped


def test_bad_file_exits_2_lists_every_problem_and_writes_nothing(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "a.db"
    assert main(["load", "--db", str(db), str(_write(tmp_path, _doc()))]) == 0
    before = db.read_bytes(), Path(f"{db}-wal").read_bytes() if Path(f"{db}-wal").exists() else b""
    data = _doc()
    data["beneficiaries"][0]["phnoe"] = "x"
    data["meetings"][0]["site"] = "S9"
    data["professionals"][0]["available"][0]["from"] = "09:10"
    capsys.readouterr()
    assert main(["load", "--db", str(db), str(_write(tmp_path, data, "bad.json"))]) == 2
    err = capsys.readouterr().err
    assert "beneficiaries[0].phnoe : champ inconnu" in err
    assert "meetings[0].site : « S9 » n'existe ni dans le fichier ni dans la base" in err
    assert "professionals[0].available[0].from" in err
    with open_file(db) as con:
        assert con.execute("SELECT count(*) FROM change_log").fetchone()[0] == 13  # the first load only
    after = db.read_bytes(), Path(f"{db}-wal").read_bytes() if Path(f"{db}-wal").exists() else b""
    assert after == before


def test_malformed_json_and_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "sosdesk-data/1",\n "regions": [}', encoding="utf-8")
    assert main(["load", "--db", str(tmp_path / "a.db"), str(bad)]) == 2
    assert "JSON invalide ligne 2, colonne 14" in capsys.readouterr().err
    assert main(["load", "--db", str(tmp_path / "a.db"), str(tmp_path / "absent.json")]) == 2
    assert "introuvable" in capsys.readouterr().err


def test_check_json_and_exit_codes(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--db", str(demo_db), "--week", WEEK, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["week"] == WEEK and report["violations"] == []
    assert report["obligations"] and set(report["obligations"][0]) == {
        "beneficiary", "type", "planned_minutes", "required_minutes"}
    assert main(["check", "--db", str(demo_db), "--week", WEEK, "--region", "ARA"]) == 0
    assert "Semaine" in capsys.readouterr().out
    assert main(["check", "--db", str(demo_db), "--week", "2026-W54"]) == 2
    assert "--week" in capsys.readouterr().err

    data = _doc()  # a double booking (H1, H2) loads, and check reports it with exit code 1
    data["meetings"].append(dict(data["meetings"][0], id="M2"))
    db = tmp_path / "clash.db"
    assert main(["load", "--db", str(db), str(_write(tmp_path, data))]) == 0
    capsys.readouterr()
    assert main(["check", "--db", str(db), "--week", "2026-W41", "--json"]) == 1
    rules = {v["rule"] for v in json.loads(capsys.readouterr().out)["violations"]}
    assert {"H1", "H2"} <= rules


def test_demo_refuses_to_overwrite_unless_forced(demo_db: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "d.db"
    assert main(["load", "--db", str(db), str(_write(tmp_path, _doc()))]) == 0
    args = ["demo", "--db", str(db), "--beneficiaries", "12", "--weeks", "1", "--today", TODAY]
    assert main(args) == 2
    assert "--force" in capsys.readouterr().err
    assert main([*args, "--force"]) == 0
    with open_file(db) as con:
        assert con.execute("SELECT count(*) FROM beneficiaries").fetchone()[0] == 12


def _unchanged_refusal(path: Path, capsys: pytest.CaptureFixture[str], words: str) -> None:
    before = path.read_bytes()
    source = _write(path.parent, _doc(), "source.json")
    for args in (["dump", "--db", str(path)], ["load", "--db", str(path), str(source)],
                 ["check", "--db", str(path), "--week", WEEK]):
        assert main(args) == 2
        assert words in capsys.readouterr().err
    assert path.read_bytes() == before


def test_non_sqlite_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.db"
    path.write_text("ceci n'est pas une base", encoding="utf-8")
    _unchanged_refusal(path, capsys, "n'est pas une base sosdesk")


def test_corrupt_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "corrupt.db"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 20)
    _unchanged_refusal(path, capsys, "corrupt.db")


def test_file_from_a_newer_version_is_refused_unchanged(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "newer.db"
    assert main(["load", "--db", str(path), str(_write(tmp_path, _doc()))]) == 0
    con = open_file(path)
    with con:
        con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.close()  # the last connection checkpoints the WAL into the file
    _unchanged_refusal(path, capsys, "version plus récente")


def test_older_file_is_upgraded_after_a_backup_copy(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    upgrade_to_head(engine, target="0001")
    engine.dispose()
    assert main(["load", "--db", str(path), str(_write(tmp_path, _doc()))]) == 0
    backups = list(tmp_path.glob("old.db.0001.*.bak"))
    assert len(backups) == 1
    with open_file(backups[0]) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        assert con.execute("SELECT count(*) FROM beneficiaries").fetchone()[0] == 0
    assert main(["check", "--db", str(path), "--week", "2026-W41"]) == 0


def test_dump_runs_headless_without_qt(demo_db: Path) -> None:
    code = ("import sys; from sosdesk.cli import main; rc = main(['dump', '--db', sys.argv[1]]); "
            "assert 'PySide6' not in sys.modules, 'PySide6 imported'; sys.exit(rc)")
    done = subprocess.run([sys.executable, "-c", code, str(demo_db)], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["format"] == "sosdesk-data/1"
