"""A small office around Christmas 2026 (week 2026-W52) for the dates tests, as sosdesk-data/1."""

from __future__ import annotations

from typing import Any

WEEKDAYS = [{"day": d, "from": "08:00", "to": "19:00"} for d in range(1, 7)]


def doc(with_dates: bool = True) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": "sosdesk-data/1",
        "regions": [{"id": "IDF", "name": "Île-de-France"}, {"id": "GE", "name": "Grand Est"}],
        "sites": [
            {"id": "PARIS", "region": "IDF", "name": "Antenne Paris 11", "capacity": 2, "open": WEEKDAYS},
            {"id": "METZ", "region": "GE", "name": "Antenne Metz", "capacity": 2, "open": WEEKDAYS,
             "holiday_calendar": "57"},
            {"id": "FRESNES", "region": "IDF", "name": "Centre pénitentiaire de Fresnes", "kind": "detention",
             "capacity": 2, "open": WEEKDAYS, "open_on_holidays": True},
        ],
        "travel_minutes": [{"from": "PARIS", "to": "FRESNES", "minutes": 40}],
        "meeting_types": [{"id": "IND", "label": "Entretien", "kind": "individual", "minutes": 60,
                           "skill": "psy", "professionals": 1, "min_participants": 1, "max_participants": 1}],
        "professionals": [
            {"id": "P3", "region": "IDF", "first_name": "Anne", "last_name": "Petit", "skills": ["psy"],
             "home_site": "PARIS"},
            {"id": "P4", "region": "IDF", "first_name": "Marc", "last_name": "Durand", "skills": ["psy"],
             "home_site": "PARIS"},
            {"id": "P5", "region": "GE", "first_name": "Lea", "last_name": "Klein", "skills": ["psy"],
             "home_site": "METZ"},
        ],
        "beneficiaries": [
            {"id": "B1", "region": "IDF", "first_name": "Jean", "last_name": "Moreau",
             "requirements": [{"type": "IND", "minutes": 120}]},
            {"id": "B2", "region": "IDF", "first_name": "Paul", "last_name": "Roux",
             "requirements": [{"type": "IND", "minutes": 120}]},
            {"id": "B3", "region": "GE", "first_name": "Luc", "last_name": "Weber",
             "requirements": [{"type": "IND", "minutes": 60}]},
        ],
        "meetings": [
            {"id": "M-TUE", "type": "IND", "start": "2026-12-22T10:00:00+01:00", "minutes": 60, "site": "PARIS",
             "professionals": ["P3"], "beneficiaries": ["B1"]},
            {"id": "M-WED", "type": "IND", "start": "2026-12-23T10:00:00+01:00", "minutes": 60, "site": "PARIS",
             "professionals": ["P4"], "beneficiaries": ["B2"]},
            {"id": "M-FRI18", "type": "IND", "start": "2026-12-18T10:00:00+01:00", "minutes": 60, "site": "PARIS",
             "professionals": ["P4"], "beneficiaries": ["B2"]},
            {"id": "M-SAT19", "type": "IND", "start": "2026-12-19T10:00:00+01:00", "minutes": 60, "site": "METZ",
             "professionals": ["P5"], "beneficiaries": ["B3"]},
        ],
    }
    if with_dates:
        data["unavailabilities"] = [
            {"id": "U-CONGE", "region": "IDF", "professional": "P3", "first": "2026-12-21", "last": "2026-12-31",
             "reason": "congé"},
            {"id": "U-AUDIENCE", "region": "IDF", "beneficiary": "B2", "first": "2026-12-22", "last": "2026-12-22",
             "from": "09:00", "to": "12:00", "reason": "audience"},
            {"id": "U-TRAVAUX", "region": "IDF", "site": "PARIS", "first": "2026-12-23", "last": "2026-12-23",
             "from": "13:00", "to": "19:00", "capacity": 1, "reason": "travaux"},
        ]
        data["closed_days"] = [
            {"id": "C-24", "region": "IDF", "date": "2026-12-24", "label": "Veille de Noël"},
            {"id": "C-ORG", "date": "2027-05-07", "label": "Pont de l'Ascension"},
        ]
    return data
