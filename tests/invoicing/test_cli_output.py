"""What an administrator reads from ``sosdesk invoice …``: exit codes of cli.md, French titles, amounts
and labels in the tables (JSON keeps the spec's codes)."""

from __future__ import annotations

import json

import pytest
from invoicing_world import add_meeting

from sosdesk.cli import main
from sosdesk.store import Store


def _draft(world: Store, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["invoice", "draft", "--db", str(world.path), "--region", "IDF", "--month", "2026-10"]) == 0
    return capsys.readouterr().out.strip().splitlines()[-1]


def test_show_exits_1_with_missing_proof_in_table_and_json(world: Store,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    add_meeting(world, "M1", "2026-10-05T09:00:00+02:00", proof=False)
    invoice_id = _draft(world, capsys)
    db = str(world.path)
    assert main(["invoice", "show", "--db", db, "--invoice", invoice_id]) == 1
    capsys.readouterr()
    assert main(["invoice", "show", "--db", db, "--invoice", invoice_id, "--json"]) == 1
    doc = json.loads(capsys.readouterr().out)  # the JSON is still printed in full
    assert [p["id"] for p in doc["missing_proof"]] == ["M1"]


def test_show_exits_0_when_nothing_is_missing(world: Store, capsys: pytest.CaptureFixture[str]) -> None:
    add_meeting(world, "M1", "2026-10-05T09:00:00+02:00")
    invoice_id = _draft(world, capsys)
    for extra in ([], ["--json"]):
        assert main(["invoice", "show", "--db", str(world.path), "--invoice", invoice_id, *extra]) == 0
