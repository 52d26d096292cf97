"""``sosdesk load`` / ``sosdesk import`` and « Toute la journée a eu lieu » go through the protection
gate (issue 13): a locked month is refused (exit 2, the meeting named by date and people, nothing
written); a held / proved meeting needs ``--force-protected`` with a reason kept in the change log;
first attendance of a planned meeting and unchanged rows load as before."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sosdesk.cli import main
from sosdesk.store import Store, open_store
from sosdesk.store import models as m
from sosdesk.usecases import meeting_edits as me
from tests.store.calendar_office import meeting
from tests.store.protected_office import NOW, build_protected, open_draft, set_invoice_status

M1_TEXT = "le rendez-vous du mardi 24 novembre à 10:00 (Entretien individuel, Prénom1 Nom1)"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[str]:
    store = build_protected(tmp_path / "office.db")
    open_draft(store)  # November has a draft invoice
    store.close()
    yield str(tmp_path / "office.db")


def reopen(db: str) -> Store:
    return open_store(db, create=False)


def dumped_meetings(db: str, capsys: pytest.CaptureFixture[str]) -> dict[str, dict[str, Any]]:
    assert main(["dump", "--db", db]) == 0
    return {mt["id"]: mt for mt in json.loads(capsys.readouterr().out)["meetings"]}


def write_file(tmp_path: Path, meetings: list[dict[str, Any]]) -> str:
    path = tmp_path / "in.json"
    path.write_text(json.dumps({"format": "sosdesk-data/1", "meetings": meetings}), encoding="utf-8")
    return str(path)


def test_load_moving_a_held_meeting_asks_for_force_and_reason(db: str, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    items = dumped_meetings(db, capsys)
    moved = dict(items["M1"], start="2026-11-24T11:00:00+01:00")
    new = dict(items["M5"], id="M9", start="2026-11-27T15:00:00+01:00")  # a new meeting in the same file
    path = write_file(tmp_path, [moved, new])
    assert main(["load", "--db", db, path]) == 2
    err = capsys.readouterr().err
    assert M1_TEXT[:1].upper() + M1_TEXT[1:] in err and "a eu lieu" in err and "--force-protected" in err
    store = reopen(db)
    assert meeting(store, "M1").start.hour == 9  # 10:00 Paris, untouched
    with store.session() as s:
        assert s.get(m.Meeting, "M9") is None  # nothing of the file was written
    store.close()
    assert main(["load", "--db", db, path, "--force-protected"]) == 2  # a reason is required
    assert "--reason" in capsys.readouterr().err
    assert main(["load", "--db", db, path, "--force-protected", "--reason", "erreur d'horaire"]) == 0
    store = reopen(db)
    assert meeting(store, "M1").start.hour == 10
    assert me.reason_of(store, "M1") == "erreur d'horaire"
    store.close()


def test_load_into_a_submitted_month_is_refused_even_forced(db: str, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    items = dumped_meetings(db, capsys)
    store = reopen(db)
    set_invoice_status(store, "submitted")
    store.close()
    path = write_file(tmp_path, [dict(items["M5"], minutes=90)])  # a future planned meeting
    for extra in ([], ["--force-protected", "--reason", "rallonge"]):
        assert main(["load", "--db", db, path, *extra]) == 2
        err = capsys.readouterr().err
        assert "Refusé : le rendez-vous du vendredi 27 novembre à 10:00 (Entretien individuel, Prénom5 Nom5)" in err
        assert "novembre 2026, dont la facture est soumise" in err
    store = reopen(db)
    assert meeting(store, "M5").minutes == 60
    store.close()
    path = write_file(tmp_path, [dict(items["M5"], minutes=90), dict(items["M2"], minutes=90)])
    assert main(["load", "--db", db, path]) == 2
    assert "(et 1 autre(s))" in capsys.readouterr().err  # one named, the others counted
    # A new meeting into the locked month is refused as well.
    path = write_file(tmp_path, [dict(items["M5"], id="M9")])
    assert main(["load", "--db", db, path]) == 2
    assert "dont la facture est soumise" in capsys.readouterr().err


def test_first_attendance_and_unchanged_rows_load_freely(db: str, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    items = dumped_meetings(db, capsys)
    attended = dict(items["M2"], status="held", attendance={"B2": "present"})
    path = write_file(tmp_path, [items["M1"], attended])  # M1 as stored: no change
    assert main(["load", "--db", db, path]) == 0
    capsys.readouterr()
    store = reopen(db)
    assert meeting(store, "M2").status == "held"
    store.close()
    # Changing that recorded attendance again is a change to a meeting that happened: it asks.
    path = write_file(tmp_path, [dict(attended, attendance={"B2": "absent_unexcused"})])
    assert main(["load", "--db", db, path]) == 2
    assert "Prénom2 Nom2" in capsys.readouterr().err


def test_import_of_a_spreadsheet_goes_through_the_gate(db: str, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "rdv.csv"
    path.write_text("Identifiant;Date;Heure;Durée;Type;Site;Professionnels;Bénéficiaires;Statut\n"
                    "M1;24/11/2026;11:00;60;IND;S1;P1;B1;held\n", encoding="utf-8")
    assert main(["import", "--db", db, str(path), "--kind", "meetings"]) == 2
    err = capsys.readouterr().err
    assert "n'est pas importé" in err and "mardi 24 novembre à 10:00" in err and "Prénom1 Nom1" in err
    store = reopen(db)
    assert meeting(store, "M1").start.hour == 9
    store.close()
    assert main(["import", "--db", db, str(path), "--kind", "meetings", "--force-protected",
                 "--reason", "saisie du tableur"]) == 0
    store = reopen(db)
    assert meeting(store, "M1").start.hour == 10 and me.reason_of(store, "M1") == "saisie du tableur"
    store.close()


def test_mark_day_held_refused_in_a_locked_month(db: str) -> None:
    store = reopen(db)
    set_invoice_status(store, "approved")
    with pytest.raises(me.EditProtected, match="dont la facture est approuvée"):
        me.mark_day_held(store, date(2026, 11, 24), now=NOW)
    assert meeting(store, "M2").status == "planned"
    set_invoice_status(store, "draft")
    changes = me.mark_day_held(store, date(2026, 11, 24), now=NOW)
    assert meeting(store, "M2").status == "held" and "M2" in changes.ids("meetings")
    store.close()
