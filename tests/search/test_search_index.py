"""The search index: accents and case folded, prefixes, kept current by every write path (edit,
archive, sync pull, load), limited to what the acting user's role and region may see."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from sosdesk.domain.permissions import Actor
from sosdesk.store import Store, open_store, search_index
from sosdesk.store import models as m
from sosdesk.store.interchange import dump_store, load_text
from sosdesk.store.invoice_models import Invoice
from sosdesk.store.spreadsheet_import import import_spreadsheet
from sosdesk.store.sync_apply import apply_rows, full_data
from sosdesk.usecases import search as uc
from tests.store.people_world import add_meeting, build, local

NAT = Actor("nat", "national_coordinator", None)
ADMIN = Actor("admin", "regional_admin", "ARA")
VALIDATOR = Actor("val", "regional_validator", "ARA")


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = build(db_path, user="nat")
    add_meeting(s, "M1", "IND_PSY", local(2026, 12, 7, 14, 30), 60, "S1", ["P1"], ["B1"],
                note="apporter la convocation du juge")
    add_meeting(s, "M3", "IND_PSY", local(2026, 12, 8, 10), 60, "S3", ["P3"], ["B3"])
    with s.transaction("fixture") as (tx, _):
        tx.add(m.Expense(id="E1", region_id="ARA", date=date(2026, 12, 3), category="room_rental",
                         amount_cents=12050, label="Location salle Croix-Rousse"))
        tx.add(Invoice(id="I1", kind="regional", scope="ARA", month="2026-11", status="submitted",
                       number="SOS-2026-0042"))
        tx.add(Invoice(id="I2", kind="national", scope="national", month="2026-11", status="draft"))
    yield s
    s.close()


def found(store: Store, text: str, actor: Actor = NAT) -> set[tuple[str, str]]:
    return {(h.kind, h.id) for h in uc.search(store, text, actor=actor)}


def test_accents_and_case_do_not_matter(store: Store) -> None:
    assert ("beneficiary", "B1") in found(store, "helene")
    assert ("beneficiary", "B1") in found(store, "HÉLÈNE dupre")
    assert ("professional", "P1") in found(store, "elodie")


def test_every_word_is_a_prefix_and_all_words_are_required(store: Store) -> None:
    assert ("beneficiary", "B1") in found(store, "hel dup")
    assert ("beneficiary", "B1") not in found(store, "hel garnier")
    assert found(store, "zzz") == set()
    assert found(store, "   ") == set()
    assert found(store, '"*(-') == set()  # punctuation only: no query, no error


def test_meetings_by_date_in_french_and_iso_person_site_and_note(store: Store) -> None:
    for text in ("7 décembre 2026", "lundi 7 dec", "2026-12-07", "07/12/2026", "14h30",
                 "Lyon 3 helene", "convocation juge", "psychologique martin"):
        assert ("meeting", "M1") in found(store, text), text
    assert ("meeting", "M1") not in found(store, "2026-12-08")


def test_invoices_expenses_and_measures(store: Store) -> None:
    assert found(store, "SOS-2026-0042") == {("invoice", "I1")}
    assert ("invoice", "I1") in found(store, "novembre auvergne")
    assert ("invoice", "I2") in found(store, "nationale novembre")
    assert ("expense", "E1") in found(store, "croix rousse")
    assert ("expense", "E1") in found(store, "location de salle 03/12")
    assert ("measure", "B1") in found(store, "sursis probatoire")


def test_an_edit_a_rename_and_an_archive_update_the_index(store: Store) -> None:
    with store.transaction("Renommer") as (s, _):
        b1 = s.get(m.Beneficiary, "B1")
        assert b1 is not None
        b1.last_name = "Rousseau"
    assert ("beneficiary", "B1") in found(store, "rousseau")
    assert found(store, "dupré") == set()
    assert ("meeting", "M1") in found(store, "rousseau")  # the meeting names her anew
    with store.transaction("Archiver") as (s, _):
        e1 = s.get(m.Expense, "E1")
        assert e1 is not None
        e1.deleted = True
    assert found(store, "croix rousse") == set()
    with store.transaction("Renommer le site") as (s, _):
        site = s.get(m.Site, "S1")
        assert site is not None
        site.name = "Antenne Villeurbanne"
    assert ("meeting", "M1") in found(store, "villeurbanne")


def test_rows_applied_by_a_sync_pull_are_indexed(store: Store) -> None:
    with store.session() as s:  # a complete row as the service sends it: B2's fields, another person
        data = {**full_data(s.get(m.Beneficiary, "B2")), "first_name": "Zoé", "last_name": "Kervella",
                "measure": "contrôle judiciaire"}
    with store.transaction("Synchronisation", origin="sync") as (s, _):
        apply_rows(s, [{"table": "beneficiaries", "row_id": "B9", "row_version": 4, "deleted": False,
                        "data": data}])
    assert found(store, "zoe kerv") == {("beneficiary", "B9"), ("measure", "B9")}
    assert ("measure", "B9") in found(store, "controle judiciaire")
    with store.transaction("Synchronisation", origin="sync") as (s, _):
        apply_rows(s, [{"table": "beneficiaries", "row_id": "B9", "row_version": 5, "deleted": True,
                        "data": data}])
    assert found(store, "kervella") == set()


def test_a_loaded_file_is_searchable(store: Store, tmp_path: Path) -> None:
    text = dump_store(store)
    other = open_store(tmp_path / "other.db")
    try:
        load_text(other, text)
        assert ("beneficiary", "B1") in found(other, "helene")
        assert ("meeting", "M1") in found(other, "2026-12-07")
    finally:
        other.close()
    assert json.loads(text)  # the dump itself is unchanged JSON


def test_a_spreadsheet_import_is_searchable(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "benef.csv"
    path.write_text("Nom;Prénom;Date de naissance;Téléphone;Mesure;Site\n"
                    "Lefèvre;Anaïs;02/03/1991;0612345678;contrôle judiciaire;Antenne Lyon 3\n", encoding="utf-8")
    report = import_spreadsheet(store, path, "beneficiaries", region="ARA")
    assert report.ok and report.written
    assert {k for k, _ in found(store, "anais lefevre")} == {"beneficiary", "measure"}


def test_a_user_only_finds_their_role_and_region(store: Store) -> None:
    assert ("beneficiary", "B3") in found(store, "garnier")              # national: every region
    assert found(store, "garnier", ADMIN) == set()                        # Paul Garnier is in IDF
    assert ("beneficiary", "B1") in found(store, "helene", ADMIN)
    assert found(store, "nationale novembre", ADMIN) == set()             # national invoice
    by_validator = found(store, "helene", VALIDATOR)
    assert ("beneficiary", "B1") not in by_validator and ("meeting", "M1") in by_validator
    assert ("measure", "B1") not in found(store, "sursis", VALIDATOR)
    assert ("invoice", "I1") in found(store, "SOS-2026-0042", VALIDATOR)


def test_the_file_user_is_the_default_actor(db_path: Path) -> None:
    store = build(db_path, user="admin")
    try:
        add_meeting(store, "M3", "IND_PSY", local(2026, 12, 8, 10), 60, "S3", ["P3"], ["B3"])
        assert uc.search(store, "garnier") == []
        store.set_user("nat")
        assert {h.kind for h in uc.search(store, "garnier")} == {"beneficiary", "meeting"}
    finally:
        store.close()


def test_results_are_grouped_by_kind_people_first(store: Store) -> None:
    groups = uc.grouped(uc.search(store, "helene"))
    assert [k for k, _ in groups][:1] == ["beneficiary"]
    assert [k for k, _ in groups] == sorted((k for k, _ in groups), key=uc.KIND_ORDER.index)


def test_rebuild_gives_the_same_answers(store: Store) -> None:
    before = found(store, "helene")
    assert uc.rebuild(store) >= 8
    assert found(store, "helene") == before


def test_a_broad_query_gives_each_kind_a_share_within_the_scope(store: Store,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_index, "BROAD", 1)  # every query here is « broad »
    kinds = [h.kind for h in uc.search(store, "e", limit=3, actor=NAT)]  # Élodie, 2 meetings, E1
    assert kinds == ["professional", "meeting", "expense"]    # one of each kind before a second meeting
    kinds = [h.kind for h in uc.search(store, "e", limit=4, actor=NAT)]
    assert kinds == sorted(kinds, key=uc.KIND_ORDER.index)
    assert {h.region for h in uc.search(store, "e", actor=ADMIN)} == {"ARA"}
    assert {h.kind for h in uc.search(store, "e", actor=VALIDATOR)} <= {"meeting", "invoice", "expense"}


def test_an_older_file_gets_its_index_when_upgraded(tmp_path: Path) -> None:
    """Migration 0010 builds the index from the rows already there (previous release's file)."""
    fixture = Path(__file__).parents[1] / "fixtures" / "sosdesk-0.1.0-rev0005.db"
    data = tmp_path / "old.db"
    shutil.copyfile(fixture, data)
    store = open_store(data, "U-NAT")
    try:
        assert ("beneficiary", "B0002") in found(store, "nathalie FERR")
        assert {k for k, _ in found(store, "mercier")} >= {"beneficiary", "meeting"}
        assert store.get_state(search_index.REBUILD_KEY) is None  # filled once, not at every opening
    finally:
        store.close()


def test_grouped_meetings_come_most_recent_first_with_their_date(store: Store) -> None:
    groups = dict(uc.grouped(uc.search(store, "psychologique", actor=NAT)))
    assert [(h.id, h.when) for h in groups["meeting"]] == [("M3", "2026-12-08T10:00"), ("M1", "2026-12-07T14:30")]
