"""The one write gate (sosdesk.usecases): ``plan --apply``, ``load`` and ``import`` refuse a role that
may not write (exit 2, French message, nothing written); an applied plan is rule-checked and undoable."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from sosdesk.cli import main
from sosdesk.domain import model as dm
from sosdesk.domain.permissions import Actor, PermissionDenied
from sosdesk.domain.timegrid import shift_week, week_of
from sosdesk.store import open_store
from sosdesk.store.cipher import open_file
from sosdesk.store.demo import build_demo
from sosdesk.store.interchange import dump_store
from sosdesk.store.ops_meetings import EditRefused
from sosdesk.usecases.gate import current_actor
from sosdesk.usecases.plans import apply_plan
from sosdesk.usecases.undo import EditStep, UndoStack
from tests.store.calendar_office import WEEK, add_meeting, build_office

TODAY = date(2026, 3, 12)
VALIDATOR = Actor("V1", "regional_validator", "R1")
ADMIN = Actor("U1", "regional_admin", "R1")


def count(db: Path, table: str) -> int:
    with open_file(db) as con:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def snapshot(db: Path) -> tuple[bytes, bytes]:
    wal = Path(f"{db}-wal")
    return db.read_bytes(), wal.read_bytes() if wal.exists() else b""


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    db = tmp_path / "office.sosdesk"
    store = open_store(db)
    try:
        build_demo(store, seed=3, beneficiaries=8, weeks=1, today=TODAY)
    finally:
        store.close()
    return db


def test_plan_apply_as_validator_exits_2_and_writes_nothing(demo: Path, capsys: pytest.CaptureFixture[str]
                                                            ) -> None:
    week = shift_week(week_of(TODAY), 1)
    before = count(demo, "meetings"), count(demo, "change_log")
    code = main(["plan", "--db", str(demo), "--week", week, "--apply", "--user", "U-VALID",
                 "--time-limit", "2", "--workers", "1", "--now", f"{TODAY.isoformat()}T09:00:00+01:00"])
    err = capsys.readouterr().err
    assert code == 2
    assert "Valideur régional ne peut pas planifier" in err
    assert "Traceback" not in err and "rendez-vous enregistrés" not in err
    assert (count(demo, "meetings"), count(demo, "change_log")) == before


def test_plan_apply_as_unknown_user_is_refused(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    week = shift_week(week_of(TODAY), 1)
    before = count(demo, "meetings")
    code = main(["plan", "--db", str(demo), "--week", week, "--apply", "--user", "PERSONNE",
                 "--time-limit", "2", "--workers", "1", "--now", f"{TODAY.isoformat()}T09:00:00+01:00"])
    assert code == 2
    assert "utilisateur inconnu : PERSONNE" in capsys.readouterr().err
    assert count(demo, "meetings") == before


def test_load_as_validator_exits_2_and_writes_nothing(demo: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    store = open_store(demo)
    try:
        text = dump_store(store)
    finally:
        store.close()
    target = tmp_path / "other.sosdesk"
    assert main(["load", "--db", str(target), str(_write(tmp_path / "all.json", text))]) == 0
    capsys.readouterr()
    before = snapshot(target)
    code = main(["load", "--db", str(target), "--user", "U-VALID", str(tmp_path / "all.json")])
    err = capsys.readouterr().err
    assert code == 2
    assert "n'est pas chargé" in err and "Valideur régional ne peut pas" in err
    assert snapshot(target) == before


def test_load_of_reference_data_needs_the_national_coordinator(demo: Path, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path / "region.json", '{"format": "sosdesk-data/1", '
                  '"regions": [{"id": "IDF", "name": "Île-de-France"}]}')
    assert main(["load", "--db", str(demo), "--user", "U-ADMIN", str(path)]) == 2
    assert "ne peut pas modifier les données de référence" in capsys.readouterr().err
    assert count(demo, "regions") == 1
    assert main(["load", "--db", str(demo), "--user", "U-NAT", str(path)]) == 0
    assert count(demo, "regions") == 2


def test_import_as_validator_exits_2_and_writes_nothing(demo: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Nom", "Prénom"])
    ws.append(["Roux", "Léa"])
    wb.save(tmp_path / "b.xlsx")
    before = count(demo, "beneficiaries"), count(demo, "change_log")
    code = main(["import", "--db", str(demo), "--user", "U-VALID", str(tmp_path / "b.xlsx"),
                 "--kind", "beneficiaries"])
    err = capsys.readouterr().err
    assert code == 2
    assert "Valideur régional ne peut pas modifier les personnes" in err and "Traceback" not in err
    assert (count(demo, "beneficiaries"), count(demo, "change_log")) == before
    assert main(["import", "--db", str(demo), "--user", "U-ADMIN", str(tmp_path / "b.xlsx"),
                 "--kind", "beneficiaries"]) == 0
    assert count(demo, "beneficiaries") == before[0] + 1


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# -- the use case itself --------------------------------------------------------------------------------


def ind(mid: str, day: int = 2, start: int = 600, bens: tuple[str, ...] = ("B1",)) -> dm.Meeting:
    return dm.Meeting(mid, "IND", day, start, 60, "S1", ("P1",), bens)


def test_apply_plan_refuses_a_role_and_a_region(tmp_path: Path) -> None:
    store = build_office(tmp_path / "office.db")
    with pytest.raises(PermissionDenied, match="ne peut pas planifier"):
        apply_plan(store, VALIDATOR, WEEK, [ind("N1")])
    with pytest.raises(PermissionDenied, match="limitée à votre région"):
        apply_plan(store, Actor("X", "regional_admin", "R2"), WEEK, [ind("N1")])
    assert count(tmp_path / "office.db", "meetings") == 0


def test_apply_plan_is_rule_checked_and_writes_nothing_on_a_breach(tmp_path: Path) -> None:
    store = build_office(tmp_path / "office.db")
    add_meeting(store, "M1")  # B1 with P1, Tuesday 10:00
    # The same beneficiary at the same time (H-rule: nobody in two places at once).
    with pytest.raises(EditRefused):
        apply_plan(store, ADMIN, WEEK, [ind("N1", bens=("B4",), start=14 * 60), ind("N2")])
    assert count(tmp_path / "office.db", "meetings") == 1


def test_applied_plan_is_one_undoable_step(tmp_path: Path) -> None:
    store = build_office(tmp_path / "office.db")
    store.set_user("U1")
    stack = UndoStack(store)
    stack.push(EditStep("Planification", lambda st: apply_plan(
        st, current_actor(st), WEEK, [ind("N1"), ind("N2", bens=("B4",), start=14 * 60)]).changes))
    assert count(tmp_path / "office.db", "meetings") == 2
    stack.undo()
    with open_file(tmp_path / "office.db") as con:
        assert con.execute("SELECT count(*) FROM meetings WHERE deleted = 0").fetchone()[0] == 0
    stack.redo()
    with open_file(tmp_path / "office.db") as con:
        assert con.execute("SELECT count(*) FROM meetings WHERE deleted = 0").fetchone()[0] == 2
