"""People operations: every bad field named at once, change log with who and old → new, tombstones."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from sosdesk.domain.errors import InputError
from sosdesk.domain.permissions import PermissionDenied
from sosdesk.store import models as m
from sosdesk.store import ops_people as ops
from sosdesk.store.people_rows import history, list_rows, record
from tests.store.people_world import add_meeting, build, local

NOW = datetime(2026, 10, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def store(db_path: Path):  # type: ignore[no-untyped-def]
    s = build(db_path)
    yield s
    s.close()


def paths(exc: pytest.ExceptionInfo[InputError]) -> set[str]:
    return {p.path for p in exc.value.problems}


def test_create_beneficiary_normalises_phone_and_logs_who(store) -> None:  # type: ignore[no-untyped-def]
    bid, changes = ops.create_beneficiary(store, {
        "region": "ARA", "first_name": " Léa ", "last_name": "Roux", "phone": "06 12 34 56 78",
        "email": "lea@example.org", "birth_date": "02/04/1991",
        "requirements": [{"type": "IND_PSY", "minutes": 60}],
        "available": [{"day": 2, "from": "13:00", "to": "18:00"}], "forbidden_with": ["B1"]})
    assert changes.inserted["beneficiaries"] == {bid}
    with store.session() as s:
        row = s.get(m.Beneficiary, bid)
        assert row.phone == "+33612345678" and row.first_name == "Léa"
        assert row.birth_date.isoformat() == "1991-04-02"
        log = s.scalars(select(m.ChangeLog).where(m.ChangeLog.row_id == bid)).one()
        assert log.user_id == "admin" and log.action == "insert"


def test_every_bad_field_is_named_and_nothing_written(store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError) as exc:
        ops.create_beneficiary(store, {
            "region": "ARA", "last_name": "X", "phone": "0612", "email": "pas-une-adresse",
            "available": [{"day": 1, "from": "08:07", "to": "12:00"}],
            "requirements": [{"type": "NOPE", "minutes": 60}], "referent": "P3",
            "forbidden_with": ["B404"], "sites": ["S3"], "measure_start": "2026-10-10",
            "measure_end": "2026-01-01", "phnoe": "x"})
    assert paths(exc) == {"phone", "email", "available[0].from", "requirements[0].type", "referent",
                          "forbidden_with[0]", "sites[0]", "measure_end", "phnoe"}
    text = str(exc.value)
    assert "numéro de téléphone invalide « 0612 »" in text
    assert "grille de 15 minutes" in text and "autre région (IDF)" in text
    with store.session() as s:
        assert len(list(s.scalars(select(m.Beneficiary)))) == 3


def test_update_records_old_and_new_with_user(store) -> None:  # type: ignore[no-untyped-def]
    changes = ops.update_beneficiary(store, "B1", {"phone": "+33 7 81 23 45 67",
                                                   "unavailable": [{"day": 3, "from": "08:00", "to": "16:00"}]})
    assert changes.updated["beneficiaries"] == {"B1"}
    with store.session() as s:
        log = s.scalars(select(m.ChangeLog).where(m.ChangeLog.row_id == "B1",
                                                  m.ChangeLog.action == "update")).one()
        assert log.user_id == "admin"
        assert log.changes["phone"] == ["+33611223344", "+33781234567"]
        assert set(log.changes) == {"phone", "unavailable"}
        entries = history(s, "beneficiaries", "B1")
    phone = next(e for e in entries if e.field == "téléphone")
    assert (phone.user, phone.old, phone.new, phone.action) == (
        "Alice Admin", "+33611223344", "+33781234567", "modification")
    assert entries[0].action == "modification"  # newest first


def test_update_without_change_logs_nothing(store) -> None:  # type: ignore[no-untyped-def]
    assert not ops.update_professional(store, "P1", {"phone": "+33612345678"})


def test_professional_and_site_validation(store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError) as exc:
        ops.update_professional(store, "P1", {"max_minutes_per_week": -5, "home_site": "S9",
                                              "skills": ["psychologist", "psychologist"]})
    assert paths(exc) == {"max_minutes_per_week", "home_site", "skills[1]"}
    with pytest.raises(InputError) as exc:
        ops.create_site(store, {"region": "ARA", "name": "", "kind": "castle", "capacity": 0,
                                "rate_coefficient": "abc",
                                "open": [{"day": 8, "from": "19:00", "to": "08:00"}]})
    assert paths(exc) == {"name", "kind", "capacity", "rate_coefficient", "open[0].day", "open[0]"}
    sid, _ = ops.create_site(store, {"region": "ARA", "name": "Salle Part-Dieu", "kind": "rented",
                                     "rate_coefficient": "1,10", "open": [
                                         {"day": 1, "from": "08:00", "to": "24:00"}]})
    with store.session() as s:
        assert s.get(m.Site, sid).rate_coefficient == "1.10"


def test_regional_admin_cannot_touch_another_region(store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionDenied):
        ops.update_beneficiary(store, "B3", {"phone": ""})
    with pytest.raises(PermissionDenied):
        ops.create_professional(store, {"region": "IDF", "last_name": "X"})
    store.set_user("nat")
    ops.update_beneficiary(store, "B3", {"phone": ""})


def test_archive_refused_with_future_meetings_then_allowed(store) -> None:  # type: ignore[no-untyped-def]
    add_meeting(store, "M1", "IND_PSY", local(2026, 10, 5, 9), 60, "S1", ["P1"], ["B1"])
    add_meeting(store, "M0", "IND_PSY", local(2026, 9, 28, 9), 60, "S1", ["P1"], ["B2"])
    with pytest.raises(InputError) as exc:
        ops.archive_beneficiary(store, "B1", now=NOW)
    assert ("1 rendez-vous planifié à venir (le rendez-vous « Entretien psychologique » du lundi 05/10/2026 "
            "à 9 h 00 avec Hélène Dupré et Élodie Martin)") in str(exc.value)
    with pytest.raises(InputError, match="lundi 05/10/2026 à 9 h 00"):
        ops.archive_site(store, "S1", now=NOW)
    # B2's only meeting is in the past: archived, tombstoned, not deleted
    changes = ops.archive_beneficiary(store, "B2", now=NOW)
    assert changes.deleted["beneficiaries"] == {"B2"}
    with store.session() as s:
        assert s.get(m.Beneficiary, "B2").deleted is True
        assert [r.id for r in list_rows(s, "beneficiaries", "ARA")] == ["B1"]
        assert history(s, "beneficiaries", "B2")[0].action == "archivage"
        assert record(s, "beneficiaries", "B2")["deleted"] is True
    with pytest.raises(InputError, match="archivé"):
        ops.update_beneficiary(store, "B2", {"phone": ""})
    # a cancelled future meeting does not block
    with store.transaction("cancel") as (s, _):
        s.get(m.Meeting, "M1").status = "cancelled"
    assert ops.archive_beneficiary(store, "B1", now=NOW)


def test_list_rows_never_show_birth_date_or_measure(store) -> None:  # type: ignore[no-untyped-def]
    with store.session() as s:
        rows = list_rows(s, "beneficiaries", None)
    assert {r.id for r in rows} == {"B1", "B2", "B3"}
    b1 = next(r for r in rows if r.id == "B1")
    assert "Martin Élodie" not in b1.cells and "Élodie Martin" in b1.cells  # referent by name
    assert not any("1990" in c or "sursis" in c for c in b1.cells)
