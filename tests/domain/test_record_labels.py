"""A synced row as a person reads it (sync page lists): names and French days, never ids."""

from __future__ import annotations

from sosdesk.domain.record_labels import field_label, record_subject

NAMES = {("beneficiaries", "B1"): "Camille Petit", ("beneficiaries", "B2"): "Paul Durand",
         ("sites", "S1"): "Antenne de Lyon"}


def name_of(table: str, row_id: str) -> str:
    return NAMES[(table, row_id)]


def test_meeting_by_day_and_people() -> None:
    # 12/11 09:00 Paris is 08:00 UTC; the day shown is the local one
    values = {"start": "2026-11-12T08:00:00+00:00", "beneficiaries": ["B1", "B2"]}
    assert record_subject("meetings", values, name_of) == "Rendez-vous du 12/11 de Camille Petit et Paul Durand"


def test_late_evening_meeting_is_on_its_local_day() -> None:
    values = {"start": "2026-11-12T23:30:00+00:00", "beneficiaries": ["B1"]}  # 00:30 on the 13th in Paris
    assert record_subject("meetings", values, name_of) == "Rendez-vous du 13/11 de Camille Petit"


def test_people_sites_and_fields() -> None:
    assert record_subject("beneficiaries", {"first_name": "Paul", "last_name": "Durand"}, name_of) == \
        "Bénéficiaire Paul Durand"
    assert record_subject("travel_minutes", {"from_site": "S1", "to_site": "S1"}, name_of) == \
        "Temps de trajet Antenne de Lyon → Antenne de Lyon"
    assert record_subject("expenses", {"date": "2026-11-03", "category": "room_rental"}, name_of) == \
        "Frais du 03/11 (Location de salle)"
    assert field_label("birth_date") == "date de naissance"
    assert field_label("type_id") == "type de rendez-vous"
