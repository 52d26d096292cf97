"""`sosdesk plan` as a user runs it: only the rest of the current week, French refusals (exit 2)."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from sosdesk.cli import main
from sosdesk.domain.timegrid import shift_week, week_of
from sosdesk.planning.horizon import PAST_WEEK, not_before
from sosdesk.store import open_store
from sosdesk.store.demo import build_demo
from sosdesk.store.models import Meeting
from sosdesk.store.week import load_week

TODAY = datetime(2026, 3, 12).date()


@pytest.fixture
def office(tmp_path: Path) -> Path:
    db = tmp_path / "office.sosdesk"
    store = open_store(db)
    try:
        build_demo(store, seed=3, beneficiaries=10, weeks=1, today=TODAY)
    finally:
        store.close()
    return db


def _meetings(db: Path, week: str) -> dict[str, Any]:
    store = open_store(db)
    try:
        with store.session() as s:
            _problem, meetings = load_week(s, week)
    finally:
        store.close()
    return {m.id: m for m in meetings}


def _count(db: Path) -> int:
    store = open_store(db)
    try:
        with store.session() as s:
            return int(s.scalar(select(func.count()).select_from(Meeting)) or 0)
    finally:
        store.close()


def test_not_before_is_the_next_grid_slot_in_paris_time() -> None:
    week = "2026-W11"  # Monday 9 March 2026, CET (UTC+1)
    assert not_before(week, datetime(2026, 3, 8, 22, 0, tzinfo=UTC)) is None  # Monday 00:00 Paris
    assert not_before(week, datetime(2026, 3, 11, 13, 5, tzinfo=UTC)) == (3, 14 * 60 + 15)
    assert not_before(week, datetime(2026, 3, 11, 13, 0, 30, tzinfo=UTC)) == (3, 14 * 60 + 15)
    assert not_before(week, datetime(2026, 3, 11, 13, 0, tzinfo=UTC)) == (3, 14 * 60)
    assert not_before(week, datetime(2026, 3, 15, 22, 50, tzinfo=UTC)) == PAST_WEEK  # Sunday 23:50
    assert not_before(week, datetime(2026, 3, 20, 12, 0, tzinfo=UTC)) == PAST_WEEK
    assert not_before(week, datetime(2026, 3, 1, 12, 0, tzinfo=UTC)) is None


def test_db_plan_on_the_current_week_fills_only_from_now_on(office: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    week = shift_week(week_of(TODAY), 1)  # empty: everything in it comes from the planner
    before = _meetings(office, week)
    code = main(["plan", "--db", str(office), "--week", week, "--apply", "--time-limit", "4", "--workers", "1",
                 "--now", "2026-03-18T14:05:00+01:00"])  # Wednesday of that week
    err = capsys.readouterr().err
    assert code in (0, 1), err
    assert "à partir du mercredi 18/03 à 14 h 15" in err
    added = [m for mid, m in _meetings(office, week).items() if mid not in before]
    assert added, "the planner placed nothing on the rest of the week"
    assert all((m.day, m.start) >= (3, 14 * 60 + 15) for m in added), sorted((m.day, m.start) for m in added)


def test_instance_plan_with_now_keeps_the_past_free(base: dict[str, Any], tmp_path: Path) -> None:
    inst, out = tmp_path / "in.json", tmp_path / "plan.json"
    inst.write_text(json.dumps(base), encoding="utf-8")
    # Monday 10:30 of 2026-W48: only one hour of the 09:00–12:00 opening is left for B1's two hours.
    code = main(["plan", "--instance", str(inst), "--out", str(out), "--time-limit", "3",
                 "--now", "2026-11-23T10:30:00+01:00"])
    plan = json.loads(out.read_text(encoding="utf-8"))
    assert code == 1
    assert [m["start"] >= "10:30" for m in plan["meetings"]] == [True]
    assert plan["unmet"][0]["minutes"] == 60


@pytest.mark.parametrize("limit", ["-3", "0", "nan"])
def test_time_limit_must_be_positive(limit: str, base: dict[str, Any], tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    inst = tmp_path / "in.json"
    inst.write_text(json.dumps(base), encoding="utf-8")
    assert main(["plan", "--instance", str(inst), "--json", f"--time-limit={limit}"]) == 2
    assert "--time-limit : nombre de secondes strictement positif" in capsys.readouterr().err


def test_unwritable_out_is_refused_before_anything_is_saved(office: Path, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    week = shift_week(week_of(TODAY), 1)
    rows = _count(office)
    target = tmp_path / "nonexistent" / "dir" / "p.json"
    code = main(["plan", "--db", str(office), "--week", week, "--apply", "--out", str(target),
                 "--time-limit", "2", "--workers", "1"])
    err = capsys.readouterr().err
    assert code == 2
    assert str(target) in err and "n'existe pas" in err and "Traceback" not in err
    assert _count(office) == rows
    assert not target.exists()
    assert main(["plan", "--db", str(office), "--week", week, "--out", str(tmp_path)]) == 2
    assert "est un dossier" in capsys.readouterr().err


def test_unreadable_instances_are_refused_in_french(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["plan", "--instance", "missing.json", "--json"]) == 2
    assert "fichier introuvable : missing.json" in capsys.readouterr().err
    assert main(["plan", "--instance", str(tmp_path), "--json"]) == 2
    assert "est un dossier" in capsys.readouterr().err
    bad = tmp_path / "bad.json"
    bad.write_text('{\n  "format": "sosdesk-planning/1",\n  "week": }\n', encoding="utf-8")
    assert main(["plan", "--instance", str(bad), "--json"]) == 2
    err = capsys.readouterr().err
    assert "n'est pas un JSON valide (ligne 3, colonne 11)" in err
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"week": "é"}'.encode("latin-1"))
    assert main(["plan", "--instance", str(latin), "--json"]) == 2
    assert "pas un fichier texte UTF-8" in capsys.readouterr().err


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads every file")
def test_permission_denied_instance(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    locked = tmp_path / "locked.json"
    locked.write_text("{}", encoding="utf-8")
    locked.chmod(0)
    assert main(["plan", "--instance", str(locked), "--json"]) == 2
    assert "lecture refusée" in capsys.readouterr().err


def test_week_entirely_past_plans_nothing(base: dict[str, Any], tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    inst, out = tmp_path / "in.json", tmp_path / "plan.json"
    inst.write_text(json.dumps(base), encoding="utf-8")
    later = (datetime(2026, 11, 23, 12, tzinfo=UTC) + timedelta(days=10)).isoformat()
    assert main(["plan", "--instance", str(inst), "--out", str(out), "--time-limit", "2", "--now", later]) == 1
    plan = json.loads(out.read_text(encoding="utf-8"))
    assert plan["meetings"] == []
    assert "d'ici la fin de la semaine" in plan["unmet"][0]["reason"]
    assert "la semaine du 23 au 29 novembre 2026 est passée" in capsys.readouterr().err


def test_a_limit_too_short_for_the_week_is_told_in_french_and_nothing_else(tmp_path: Path,
                                                                          capfd: pytest.CaptureFixture[str]) -> None:
    from tests.benchmarks.planner_suite import week

    inst, out = tmp_path / "in.json", tmp_path / "plan.json"
    inst.write_text(json.dumps(week("M", "one_group", 300)), encoding="utf-8")
    code = main(["plan", "--instance", str(inst), "--out", str(out), "--time-limit", "0.5",
                 "--now", "2026-11-23T00:00:00+01:00"])
    err = capfd.readouterr().err
    assert code in (0, 1) and json.loads(out.read_text(encoding="utf-8"))["format"] == "sosdesk-plan/1"
    assert "limite de 0,5 s atteinte : étapes écourtées : " in err
    # Nothing from the solvers' own logs (a guide LP stopped early once wrote a line per column).
    assert "No solution exists" not in err and "MPSolver" not in err
