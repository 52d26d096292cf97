"""Dates that matter in the office file (issue 12): dump/load round trip, the meetings a new
closure makes impossible, copy to next week skipping holidays, `sosdesk check` and `sosdesk dates`."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from sosdesk.cli import main
from sosdesk.store import Store, open_store
from sosdesk.store import dates as ops
from sosdesk.store import models as m
from sosdesk.store.interchange import dump_store, load_data
from sosdesk.store.ops_meetings import copy_week_to_next
from sosdesk.store.week import load_week
from tests.dates.world import doc


@pytest.fixture
def office(tmp_path: Path) -> Store:
    store = open_store(tmp_path / "office.db")
    load_data(store, doc())
    return store


def test_dump_load_dump_is_byte_identical_with_dates(office: Store, tmp_path: Path) -> None:
    first = dump_store(office)
    data = json.loads(first)
    assert data["unavailabilities"][0] == {"id": "U-AUDIENCE", "region": "IDF", "beneficiary": "B2",
                                           "first": "2026-12-22", "last": "2026-12-22", "from": "09:00",
                                           "to": "12:00", "reason": "audience"}
    assert {"id": "C-ORG", "date": "2027-05-07", "label": "Pont de l'Ascension"} in data["closed_days"]
    metz = next(s for s in data["sites"] if s["id"] == "METZ")
    assert metz["holiday_calendar"] == "57"
    other = open_store(tmp_path / "other.db")
    load_data(other, data)
    assert dump_store(other) == first


def test_an_old_file_loads_and_dumps_without_the_new_keys(tmp_path: Path) -> None:
    store = open_store(tmp_path / "old.db")
    old = doc(with_dates=False)
    for s in old["sites"]:
        s.pop("holiday_calendar", None)
        s.pop("open_on_holidays", None)
    load_data(store, old)
    data = json.loads(dump_store(store))
    assert "unavailabilities" not in data and "closed_days" not in data
    assert all("holiday_calendar" not in s and "open_on_holidays" not in s for s in data["sites"])


def test_bad_dated_items_are_refused_by_path_and_nothing_is_written(tmp_path: Path) -> None:
    from sosdesk.domain.errors import InputError

    store = open_store(tmp_path / "bad.db")
    bad = doc()
    bad["unavailabilities"].append({"id": "U-X", "region": "IDF", "professional": "P3", "site": "PARIS",
                                    "first": "2026-12-10", "last": "2026-12-01", "from": "10:00"})
    bad["unavailabilities"].append({"id": "U-Y", "region": "IDF", "professional": "P99", "first": "2026-12-01",
                                    "last": "2026-12-01"})
    bad["sites"][0]["holiday_calendar"] = "Bretagne"
    with pytest.raises(InputError) as err:
        load_data(store, bad)
    text = str(err.value)
    for path in ("unavailabilities[3]", "unavailabilities[3].last", "unavailabilities[4].professional",
                 "sites[0].holiday_calendar"):
        assert path in text
    with store.session() as s:
        assert s.query(m.Site).count() == 0


def test_week_reads_holidays_leave_and_closed_days(office: Store) -> None:
    with office.session() as s:
        problem, _meetings = load_week(s, "2026-W52")
    texts = {(w.who, w.day, w.kind) for w in problem.dated}
    assert ("PARIS", 5, "holiday") in texts and ("METZ", 6, "holiday") in texts
    assert ("PARIS", 6, "holiday") not in texts  # 26 December is only a holiday in Alsace-Moselle
    assert not any(w.who == "FRESNES" and w.kind == "holiday" for w in problem.dated)
    assert ("PARIS", 4, "closed_day") in texts and ("METZ", 4, "closed_day") not in texts
    assert sum(1 for w in problem.dated if w.who == "P3") == 7


def test_a_site_closure_with_existing_meetings_gives_the_list_to_resolve(office: Store) -> None:
    with office.session() as s:
        before = {i.meeting_id: i.reasons for i in ops.impacted_meetings(s, date(2026, 12, 21), date(2026, 12, 27))}
    # the leave of P3 (recorded before the meeting was) already makes M-TUE impossible
    assert before == {"M-TUE": ("congé d'Anne Petit du 21/12 au 31/12",)}
    uid, _ = ops.add_absence(office, ops.AbsenceInput("site", "PARIS", "23/12/2026", reason="dégât des eaux"))
    with office.session() as s:
        impacts = ops.impacted_meetings(s, date(2026, 12, 23), date(2026, 12, 23), only=["PARIS"])
    assert [(i.meeting_id, i.reasons, i.people) for i in impacts] == [
        ("M-WED", ("le site Antenne Paris 11 est fermé le 23/12 (dégât des eaux)",), ("B2", "P4"))]
    from sosdesk.store.ops_meetings import cancel_meetings

    cancel_meetings(office, [i.meeting_id for i in impacts])
    with office.session() as s:
        assert ops.impacted_meetings(s, date(2026, 12, 23), date(2026, 12, 23)) == []
        assert s.get(m.Meeting, "M-WED").status == "cancelled"
    ops.remove_absence(office, uid)


def test_absence_input_is_checked_in_french(office: Store) -> None:
    from sosdesk.domain.errors import InputError

    with pytest.raises(InputError) as err:
        ops.add_absence(office, ops.AbsenceInput("professional", "P3", "31/12/2026", "21/12/2026", "10:00", None,
                                                 capacity="2"))
    text = str(err.value)
    assert "fin (21/12/2026) avant le début (31/12/2026)" in text
    assert "donnez l'heure de début et l'heure de fin" in text
    assert "une capacité réduite ne concerne qu'un site" in text


def test_copy_to_next_week_skips_and_lists_occurrences_on_holidays(office: Store) -> None:
    report, _ = copy_week_to_next(office, "2026-W51")
    skipped = {s.source_id: s.messages for s in report.skipped}
    assert "M-FRI18" in skipped
    assert any("le 25/12 est férié (Noël) : le site Antenne Paris 11 est fermé" in r for r in skipped["M-FRI18"])
    assert any("le 26/12 est férié (Saint-Étienne) : le site Antenne Metz est fermé" in r for r in skipped["M-SAT19"])
    assert report.created == []


def test_check_command_names_the_leave(office: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    office.close()
    code = main(["check", "--db", str(tmp_path / "office.db"), "--week", "2026-W52"])
    out = capsys.readouterr().out
    assert code != 0
    assert "congé d'Anne Petit du 21/12 au 31/12" in out and "P3" not in out


def test_dates_cli_add_lists_conflicts_and_cancel(office: Store, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    office.close()
    db = str(tmp_path / "office.db")
    assert main(["dates", "add", "--db", db, "--professional", "P4", "--from", "23/12/2026", "--reason",
                 "arrêt maladie"]) == 0
    captured = capsys.readouterr()
    assert "1 rendez-vous prévu devenu impossible" in captured.err
    assert "Marc Durand" in captured.out and "arrêt maladie de Marc Durand le 23/12" in captured.out
    assert main(["dates", "conflicts", "--db", db, "--from", "21/12/2026", "--to", "27/12/2026", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert sorted(i["meeting"] for i in listed) == ["M-TUE", "M-WED"]
    assert main(["dates", "conflicts", "--db", db, "--from", "21/12/2026", "--to", "27/12/2026", "--cancel"]) == 0
    capsys.readouterr()
    assert main(["dates", "conflicts", "--db", db, "--from", "21/12/2026", "--to", "27/12/2026", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["dates", "add", "--db", db, "--site", "NOPE", "--from", "32/12/2026"]) == 2
    err = capsys.readouterr().err
    assert "--site : site inconnu « NOPE »" in err and "--from : date invalide « 32/12/2026 »" in err


def test_spreadsheet_import_of_leave_and_closures(office: Store, tmp_path: Path) -> None:
    from sosdesk.store.spreadsheet_import import import_spreadsheet

    sheet = tmp_path / "conges.csv"
    sheet.write_text(
        "Professionnel;Bénéficiaire;Site;Du;Au;Heure de début;Heure de fin;Motif;Capacité\n"
        "Marc Durand;;;04/01/2027;08/01/2027;;;congé;\n"
        ";Moreau Jean;;05/01/2027;;14:00;16:00;audience;\n"
        ";;Antenne Paris 11;06/01/2027;;13:00;19:00;travaux;1\n"
        "Inconnu Personne;;;32/01/2027;;;;;\n", encoding="utf-8")
    report = import_spreadsheet(office, sheet, "unavailabilities")
    assert not report.ok
    errors = [e.message for r in report.rows for e in r.errors]
    assert any("32/01/2027" in e for e in errors) and any("Inconnu Personne" in e for e in errors)
    sheet.write_text("\n".join(sheet.read_text(encoding="utf-8").splitlines()[:-1]) + "\n", encoding="utf-8")
    report = import_spreadsheet(office, sheet, "unavailabilities")
    assert report.ok and report.written
    with office.session() as s:
        rows = ops.list_absences(s, since=date(2027, 1, 1))
        got = sorted((r.subject, r.first_date.isoformat(), r.last_date.isoformat(), r.start_time, r.end_time,
                      r.capacity, r.reason, r.region_id) for r in rows)
    assert got == [
        (("beneficiary", "B1"), "2027-01-05", "2027-01-05", "14:00", "16:00", None, "audience", "IDF"),
        (("professional", "P4"), "2027-01-04", "2027-01-08", None, None, None, "congé", "IDF"),
        (("site", "PARIS"), "2027-01-06", "2027-01-06", "13:00", "19:00", 1, "travaux", "IDF")]
    again = import_spreadsheet(office, sheet, "unavailabilities")
    assert {r.status for r in again.rows} == {"unchanged"}


def test_migration_creates_the_dates_tables_as_the_models_say(office: Store) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from sosdesk.store.base import Base

    with office.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert [d for d in diffs if "unavailabilities" in repr(d) or "closed_days" in repr(d)
            or "holiday" in repr(d)] == []


def test_demo_christmas_week_is_planned_with_nothing_on_the_25th(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from sosdesk.store.week import week_meeting_rows

    db = str(tmp_path / "demo.db")
    assert main(["demo", "--db", db, "--beneficiaries", "24", "--weeks", "1", "--today", "2026-12-02"]) == 0
    code = main(["plan", "--db", db, "--week", "2026-W52", "--time-limit", "4", "--workers", "1",
                 "--now", "2026-12-02T09:00:00+01:00", "--apply"])
    assert code in (0, 1)  # 1: some requirement left unmet, reported
    capsys.readouterr()
    store = open_store(db)
    try:
        with store.session() as s:
            rows = week_meeting_rows(s, "2026-W52")
            problem, meetings = load_week(s, "2026-W52")
        from sosdesk.domain.timegrid import utc_to_local

        days = {utc_to_local(r.start).date() for r in rows}
        assert rows and date(2026, 12, 25) not in days
        from sosdesk.domain.rules import check_week

        assert [v for v in check_week(problem, meetings) if v.rule in ("H3", "H4", "H5")] == []
        with store.session() as s:
            assert ops.list_absences(s)  # the demo has leave and closures
    finally:
        store.close()
