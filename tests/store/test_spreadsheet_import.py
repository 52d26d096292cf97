"""Spreadsheet import: real .xlsx (openpyxl) and .csv files into a real data file, every row reported
with its spreadsheet row and column, all-or-nothing writes, stable ids for re-imports."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from sosdesk.domain.errors import InputError
from sosdesk.domain.permissions import PermissionDenied
from sosdesk.store import Store
from sosdesk.store import import_cells as cells
from sosdesk.store import models as m
from sosdesk.store.import_read import sniff_delimiter
from sosdesk.store.interchange import dump_data
from sosdesk.store.spreadsheet_import import import_spreadsheet
from sosdesk.usecases.gate import current_actor
from sosdesk.usecases.importing import import_spreadsheet as gated_import
from tests.store.conftest import row_counts
from tests.store.people_world import build

BENEF_HEADERS = ["Nom", "Prénom", "Date de naissance", "Téléphone", "Courriel", "Mesure", "Début de mesure",
                 "Fin de mesure", "Site", "Référent", "Consentement SMS", "Obligations"]


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = build(db_path)
    yield s
    s.close()


def xlsx(path: Path, rows: list[list[Any]], title: str | None = None, sheet: str = "Feuil1") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet
    if title:
        ws.append([title])
        ws.append([])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def write_csv(path: Path, rows: list[list[Any]], delimiter: str = ";", encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        csv.writer(f, delimiter=delimiter).writerows(rows)
    return path


def benef(s: Store, rid: str) -> m.Beneficiary:
    with s.session() as session:
        row = session.get(m.Beneficiary, rid)
        assert row is not None
        return row


def test_xlsx_beneficiaries_created_with_excel_dates_names_and_e164(store: Store, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "benef.xlsx", [
        BENEF_HEADERS,
        ["Roux", "Léa", datetime(1991, 4, 2), "06 12 34 56 78", "lea@example.org", "sursis probatoire",
         "15/10/2026", "2027-10-14", "Antenne Lyon 3", "Élodie Martin", "oui",
         "IND_PSY 120; Atelier collectif 2h"],
        ["Petit", "Marc", "03/05/1985", 698765432, "", "semi-liberté", None, None, "S1 / S2", "martin", "non", ""],
    ], title="Liste des bénéficiaires au 01/10/2026")
    report = import_spreadsheet(store, path, "beneficiaries")
    assert report.ok and report.written and report.header_row == 3
    assert [(r.row, r.status) for r in report.rows] == [(4, "created"), (5, "created")]
    lea = benef(store, report.rows[0].id or "")
    assert report.rows[0].id is not None and report.rows[0].id.startswith("B-")
    assert (lea.region_id, lea.birth_date, lea.phone) == ("ARA", date(1991, 4, 2), "+33612345678")
    assert (lea.measure_start, lea.measure_end) == (date(2026, 10, 15), date(2027, 10, 14))
    assert lea.referent_id == "P1" and lea.sites == ["S1"] and lea.sms_consent is True
    assert lea.requirements == [{"type": "IND_PSY", "minutes": 120}, {"type": "COL_WORK", "minutes": 120}]
    marc = benef(store, report.rows[1].id or "")
    assert marc.phone == "+33698765432" and marc.sites == ["S1", "S2"] and marc.referent_id == "P1"
    with store.session() as s:
        log = s.scalars(select(m.ChangeLog).where(m.ChangeLog.row_id == lea.id)).one()
        assert log.label == "Import de bénéficiaires depuis benef.xlsx" and log.user_id == "admin"
        assert s.scalars(select(m.OutboxOp).where(m.OutboxOp.row_id == lea.id)).one().action == "insert"


def test_bad_phone_on_row_7_is_reported_with_row_and_column_and_nothing_written(store: Store,
                                                                                tmp_path: Path) -> None:
    rows: list[list[Any]] = [BENEF_HEADERS]
    for i in range(5):
        rows.append([f"Nom{i}", "Prénom", f"0{i + 1}/01/1990", "0612345678", "", "", "", "", "", "", "", ""])
    rows.append(["Faux", "Numéro", "01/01/1980", "01 23", "pas-un-mail", "", "31/02/2026", "", "Nulle part",
                 "", "peut-être", ""])
    path = xlsx(tmp_path / "benef.xlsx", rows)
    before = row_counts(store)
    report = import_spreadsheet(store, path, "beneficiaries")
    assert not report.ok and not report.written
    bad = report.rows[-1]
    assert bad.row == 7
    errors = {(e.column, e.message) for e in bad.errors}
    assert ("Téléphone", "numéro de téléphone invalide « 01 23 »") in errors
    assert ("Courriel", "adresse e-mail invalide « pas-un-mail »") in errors
    assert ("Début de mesure", "date inexistante « 31/02/2026 »") in errors
    assert ("Site", "« Nulle part » n'existe ni dans le fichier ni dans la base (sites)") in errors
    assert any(c == "Consentement SMS" for c, _ in errors)
    assert "ligne 7 : erreur : Téléphone : numéro de téléphone invalide « 01 23 »" in report.lines()
    assert all(not r.errors and r.status == "created" for r in report.rows[:-1])
    assert row_counts(store) == before


def test_reimport_updates_instead_of_duplicating(store: Store, tmp_path: Path) -> None:
    rows: list[list[Any]] = [BENEF_HEADERS,
                             ["Roux", "Léa", "02/04/1991", "0612345678", "", "", "", "", "", "", "x", ""],
                             ["DUPRÉ", "helene", "1990-04-02", "", "", "", "", "", "", "", "1", ""]]
    path = xlsx(tmp_path / "benef.xlsx", rows)
    first = import_spreadsheet(store, path, "beneficiaries")
    assert [r.status for r in first.rows] == ["created", "updated"]
    assert first.rows[1].id == "B1"  # matched on name + birth date, case and accents aside
    counts = row_counts(store)
    again = import_spreadsheet(store, path, "beneficiaries")
    assert [r.status for r in again.rows] == ["unchanged", "unchanged"]
    assert [r.id for r in again.rows] == [r.id for r in first.rows]
    assert row_counts(store) == counts  # no new row, no change log, no outbox
    rows[1][3] = "07 81 22 33 44"
    third = import_spreadsheet(store, xlsx(tmp_path / "benef2.xlsx", rows), "beneficiaries")
    assert [r.status for r in third.rows] == ["updated", "unchanged"]
    assert benef(store, first.rows[0].id or "").phone == "+33781223344"
    with store.session() as s:
        assert len(list(s.scalars(select(m.Beneficiary)))) == 4


def test_duplicate_person_in_the_file_names_both_rows(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "b.csv", [["Nom", "Prénom", "Date de naissance"], ["Roux", "Léa", "02/04/1991"],
                                          ["Roux", "Léa", "02/04/1991"]])
    report = import_spreadsheet(store, path, "beneficiaries")
    assert not report.ok
    assert report.rows[1].errors[0].message.startswith("doublon de la ligne 2 (même nom, prénom et date")


def test_csv_semicolon_with_bom(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "b.csv", [["NOM", "prénom", "né(e) le", "Tél.", "Consentement SMS"],
                                          ["Roux", "Léa", "02/04/1991", "06 12 34 56 78", "Oui"]],
                     encoding="utf-8-sig")
    report = import_spreadsheet(store, path, "beneficiaries")
    assert report.ok and not report.ignored_columns
    row = benef(store, report.rows[0].id or "")
    assert row.last_name == "Roux" and row.birth_date == date(1991, 4, 2) and row.sms_consent


def test_csv_cp1252_with_decimal_comma_for_professionals(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", [
        ["Nom", "Prénom", "Compétences", "Site de rattachement", "Sites", "Heures max par semaine",
         "Disponibilités", "Courriel"],
        ["Lefèvre", "Cécile", "Psychologue", "Antenne Lyon 3", "S1; Maison d'arrêt", "17,5",
         "lun-mer 09:00-12:00; ven 14h-17h30", "cecile@example.org"],
        ["Benali", "Karim", "facilitator/psychologist", "S1", "S1", "35", "", ""],
    ], encoding="cp1252")
    report = import_spreadsheet(store, path, "professionals")
    assert report.ok, report.lines()
    assert any("Windows-1252" in w for w in report.warnings)
    assert report.rows[1].id == "P2" and report.rows[1].status == "updated"
    with store.session() as s:
        cecile = s.get(m.Professional, report.rows[0].id)
        assert cecile is not None
        assert (cecile.first_name, cecile.skills, cecile.max_minutes_per_week) == ("Cécile", ["psychologist"], 1050)
        assert cecile.home_site_id == "S1" and cecile.sites == ["S1", "S2"]
        assert cecile.available == [{"day": d, "from": "09:00", "to": "12:00"} for d in (1, 2, 3)] + [
            {"day": 5, "from": "14:00", "to": "17:30"}]
        karim = s.get(m.Professional, "P2")
        assert karim is not None and karim.skills == ["facilitator", "psychologist"]
        assert karim.max_minutes_per_week == 2100


def test_comma_separated_csv_and_decimal_comma_sniffing() -> None:
    assert sniff_delimiter('Nom;Heures\n"Roux";17,5\nPetit;35\n') == ";"
    assert sniff_delimiter("Nom,Prénom,Heures\nRoux,Léa,35\n") == ","
    assert sniff_delimiter("Nom\tPrénom\nRoux\tLéa\n") == "\t"


def test_mapping_overrides_and_unknown_headers_are_listed(store: Store, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "b.xlsx", [["Nom", "Prénom", "Tel perso", "Nom du chien", "Courriel"],
                                      ["Roux", "Léa", "0612345678", "Rex", "lea@example.org"]])
    plain = import_spreadsheet(store, path, "beneficiaries", dry_run=True)
    assert plain.ok and plain.ignored_columns == ["Tel perso", "Nom du chien"]
    assert any("colonnes ignorées : Tel perso, Nom du chien" in n for n in plain.notes())
    mapped = import_spreadsheet(store, path, "beneficiaries",
                                mapping={"tel perso": "Téléphone", "Courriel": None, "Absente": "email"})
    assert mapped.ok and mapped.ignored_columns == ["Nom du chien", "Courriel"]
    assert any("« Absente »" in w for w in mapped.warnings)
    row = benef(store, mapped.rows[0].id or "")
    assert row.phone == "+33612345678" and row.email == ""


def test_mapping_to_unknown_field_is_refused(tmp_path: Path) -> None:
    from sosdesk.store.import_columns import read_mapping

    path = tmp_path / "m.json"
    path.write_text(json.dumps({"Tel": "telefone"}), encoding="utf-8")
    with pytest.raises(InputError, match="champ inconnu « telefone »"):
        read_mapping(path, "beneficiaries")


def test_meetings_date_time_duration_into_paris_start_across_dst(store: Store, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "rdv.xlsx", [
        ["Date", "Heure", "Durée", "Type", "Site", "Professionnels", "Bénéficiaires", "Statut", "Commentaire"],
        [datetime(2026, 10, 5), time(9, 0), 60, "IND_PSY", "Antenne Lyon 3", "Élodie Martin", "Dupré Hélène",
         "réalisé", "premier"],
        ["25/10/2026", "10:00", "1h30", "Entretien psychologique", "S1", "P1", "B1", "", ""],
        ["2026-03-29", "14h30", "", "Atelier collectif", "S1", "Martin, Benali", "B1, Jean Moreau", "prévu", ""],
    ])
    report = import_spreadsheet(store, path, "meetings")
    assert report.ok, report.lines()
    dumped = {d["id"]: d for d in dump_data(store.session())["meetings"]}
    first, second, third = (dumped[r.id or ""] for r in report.rows)
    assert first["start"] == "2026-10-05T09:00:00+02:00" and first["status"] == "held"
    assert first["professionals"] == ["P1"] and first["beneficiaries"] == ["B1"] and first["note"] == "premier"
    assert second["start"] == "2026-10-25T10:00:00+01:00" and second["minutes"] == 90  # winter time
    assert third["start"] == "2026-03-29T14:30:00+02:00" and third["minutes"] == 120  # type's duration
    assert third["professionals"] == ["P1", "P2"] and third["beneficiaries"] == ["B1", "B2"]
    assert all(r.id and r.id.startswith("M-") for r in report.rows)
    again = import_spreadsheet(store, path, "meetings")
    assert [r.status for r in again.rows] == ["unchanged"] * 3


def test_meeting_row_errors_name_their_columns(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "rdv.csv", [
        ["Date", "Heure", "Heure de fin", "Type", "Site", "Bénéficiaires", "Statut"],
        ["05/10/2026", "9h", "10h", "IND_PSY", "S1", "B1", "prévu"],
        ["05/10/26", "25:00", "", "NOPE", "S9", "Personne Inconnue", "reporté"],
    ])
    report = import_spreadsheet(store, path, "meetings", dry_run=True)
    assert report.rows[0].status == "created" and not report.rows[0].errors
    columns = {e.column: e.message for e in report.rows[1].errors}
    assert "année sur deux chiffres" in columns["Date / Heure"]
    assert "statut inconnu « reporté »" in columns["Statut"]
    assert "« NOPE » n'existe ni dans le fichier ni dans la base" in columns["Type"]
    assert "« S9 »" in columns["Site"] and "« Personne Inconnue »" in columns["Bénéficiaires"]


def test_dry_run_writes_nothing(store: Store, tmp_path: Path, db_path: Path) -> None:
    path = xlsx(tmp_path / "b.xlsx", [BENEF_HEADERS, ["Roux", "Léa", "02/04/1991"] + [""] * 9])
    store.close()
    before = db_path.read_bytes()
    report = import_spreadsheet(store, path, "beneficiaries", dry_run=True)
    assert report.ok and not report.written and report.rows[0].status == "created"
    assert "à créer" in report.lines()[0]
    store.close()
    assert db_path.read_bytes() == before
    with store.session() as s:
        assert s.get(m.Beneficiary, report.rows[0].id) is None


def test_missing_columns_and_bad_region_are_file_level_errors(store: Store, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "r.xlsx", [["Date", "Bénéficiaires"], ["05/10/2026", "B1"]])
    with pytest.raises(InputError, match=r"colonne\(s\) obligatoire\(s\) absente\(s\) : Type, Site"):
        import_spreadsheet(store, path, "meetings")
    with pytest.raises(InputError, match="région inconnue : XYZ"):
        import_spreadsheet(store, xlsx(tmp_path / "b.xlsx", [["Nom", "Prénom"], ["Roux", "Léa"]]),
                           "beneficiaries", region="XYZ")
    with pytest.raises(InputError, match="feuille « Autre » absente"):
        import_spreadsheet(store, tmp_path / "b.xlsx", "beneficiaries", sheet="Autre")
    (tmp_path / "x.ods").write_bytes(b"")
    with pytest.raises(InputError, match=r"enregistrez-le en \.xlsx ou \.csv"):
        import_spreadsheet(store, tmp_path / "x.ods", "beneficiaries")


def test_region_option_and_permissions(store: Store, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "b.xlsx", [["Nom", "Prénom"], ["Roux", "Léa"]], sheet="Personnes")
    with pytest.raises(PermissionDenied, match="limitée à votre région"):
        gated_import(store, current_actor(store), path, "beneficiaries", region="IDF", sheet="personnes")
    store.set_user("nat")
    report = gated_import(store, current_actor(store), path, "beneficiaries", region="IDF")
    assert report.ok and benef(store, report.rows[0].id or "").region_id == "IDF"


@pytest.mark.parametrize(("raw", "minutes"), [(90, 90), ("90 min", 90), ("1h30", 90), ("1,5 h", 90),
                                              ("2h", 120), ("1:45", 105), (time(1, 15), 75), (60.0, 60)])
def test_durations(raw: Any, minutes: int) -> None:
    assert cells.duration(raw) == minutes


@pytest.mark.parametrize(("raw", "minute"), [("9:00", 540), ("09h30", 570), ("9h", 540), (time(14, 15), 855),
                                             (0.5, 720), ("08:00:00", 480)])
def test_clock(raw: Any, minute: int) -> None:
    assert cells.clock(raw) == minute


@pytest.mark.parametrize("raw", ["2,5", "abc", "h", ""])
def test_bad_durations(raw: str) -> None:
    with pytest.raises(cells.CellError):
        cells.duration(raw)


def test_dates_and_booleans() -> None:
    assert cells.day("2/4/1991") == date(1991, 4, 2) == cells.day(33330) == cells.day("1991-04-02")
    assert cells.day("02.04.1991") == date(1991, 4, 2) == cells.day("1991-04-02 00:00:00")
    assert [cells.boolean(v) for v in ("Oui", "x", 1, "NON", "0", False)] == [True, True, True, False, False, False]
    with pytest.raises(cells.CellError, match="n'est ni oui ni non"):
        cells.boolean("peut-être")
