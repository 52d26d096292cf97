"""A data file written by the previous release (sosdesk 0.1.0, schema 0005, committed as a fixture)
opens in this build: upgraded in place to the current schema after a backup copy, nothing lost.

installers/smoke runs the same check against the built bundle."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from sosdesk.cli import main
from sosdesk.store.cipher import open_file
from sosdesk.store.migrate import head_revision

FIXTURE = Path(__file__).parents[1] / "fixtures" / "sosdesk-0.1.0-rev0005.db"


def _revision(path: Path) -> str:
    with open_file(path) as conn:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def test_previous_release_file_opens_upgraded_with_its_data(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOSDESK_DATA_DIR", str(tmp_path / "data"))
    data = tmp_path / "bureau.db"
    shutil.copyfile(FIXTURE, data)
    assert _revision(data) == "0005"

    assert main(["dump", "--db", str(data)]) == 0
    dumped = json.loads(capsys.readouterr().out)

    assert _revision(data) == head_revision()
    backups = sorted(tmp_path.glob("bureau.db.0005.*.bak"))
    if head_revision() != "0005":  # an upgrade happened: the 0.1.0 file is kept beside it, unchanged
        assert len(backups) == 1 and _revision(backups[0]) == "0005"
    assert len(dumped["beneficiaries"]) == 4
    assert len(dumped["meetings"]) == 13
    assert len(dumped["users"]) == 3
    assert [i["month"] for i in dumped["invoices"]] == ["2026-11"]
    assert dumped["settings"]["siret"] == "81234567800013"


def test_fixture_is_the_previous_release_schema() -> None:
    # The fixture stays at 0005 forever: it stands for the files offices already have.
    assert _revision(FIXTURE) == "0005"
