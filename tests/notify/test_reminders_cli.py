"""`sosdesk reminders send [--dry-run]` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sosdesk.cli import main
from sosdesk.notify.config import NotifySettings, save_settings
from sosdesk.store import Store
from tests.notify.notify_world import Smtp


def test_dry_run_then_send(office: Store, smtp_server: Smtp, db_path: Path,
                           capsys: pytest.CaptureFixture[str]) -> None:
    save_settings(office, NotifySettings(smtp=smtp_server.settings()))
    # The fixture's meetings are in 2026: with today's clock they may be past or far; the command
    # must run either way, and a dry run must send nothing.
    assert main(["reminders", "send", "--db", str(db_path), "--dry-run", "--json"]) in (0, 1)
    report = json.loads(capsys.readouterr().out)
    assert report["dry_run"] is True
    assert not smtp_server.box.messages
    assert main(["reminders", "send", "--db", str(db_path)]) in (0, 1)
    err = capsys.readouterr().err
    assert "SMS : aucune passerelle configurée" in err


def test_missing_file_is_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reminders", "send", "--db", str(tmp_path / "absent.db")]) == 2
    assert "n'existe pas" in capsys.readouterr().err
