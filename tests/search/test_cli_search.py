"""`sosdesk search`: JSON hits with kind/id/label, a French table otherwise, exit 0 with no hit
(French message on stderr), 2 for bad input, the user's role and region respected."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sosdesk.cli import main
from tests.store.people_world import add_meeting, build, local


@pytest.fixture
def db(db_path: Path) -> Path:
    store = build(db_path, user="nat")
    add_meeting(store, "M1", "IND_PSY", local(2026, 12, 7, 14, 30), 60, "S1", ["P1"], ["B1"])
    store.close()
    return db_path


def test_json_lists_kind_id_and_label(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "--db", str(db), "--json", "HELENE"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert {(h["kind"], h["id"]) for h in hits} == {("beneficiary", "B1"), ("measure", "B1"), ("meeting", "M1")}
    person = next(h for h in hits if h["kind"] == "beneficiary")
    assert person["label"] == "Hélène Dupré" and person["region"] == "ARA" and person["when"] == ""
    meeting = next(h for h in hits if h["kind"] == "meeting")
    assert meeting["when"] == "2026-12-07T14:30"


def test_table_names_kinds_in_french_without_ids(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "--db", str(db), "lundi", "7", "decembre"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Rendez-vous") and "Entretien psychologique — Hélène Dupré, Élodie Martin" in out
    assert "lundi 7 décembre 2026 14:30" in out and "M1" not in out


def test_limit(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "--db", str(db), "--json", "--limit", "1", "helene"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1


def test_no_hit_is_exit_0_with_a_french_message(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "--db", str(db), "--json", "xylophone"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out) == [] and "aucun résultat pour « xylophone »" in err


def test_bad_input_is_exit_2(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "--db", str(db)]) == 2
    assert "indiquez le texte à chercher" in capsys.readouterr().err
    assert main(["search", "--db", str(db), "--limit", "0", "x"]) == 2
    assert main(["search", "--db", str(tmp_path / "absent.db"), "x"]) == 2
    assert "n'existe pas" in capsys.readouterr().err


def test_regional_user_sees_their_region_only(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "--db", str(db), "--user", "admin", "--json", "garnier"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["search", "--db", str(db), "--user", "nat", "--json", "garnier"]) == 0
    assert [h["id"] for h in json.loads(capsys.readouterr().out)] == ["B3"]


def test_rebuild(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "--db", str(db), "--rebuild"]) == 0
    assert "index de recherche reconstruit : 8 élément(s)" in capsys.readouterr().err
