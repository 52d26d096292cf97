"""A small, valid sosdesk-data/1 document that tests copy and break one field at a time."""

from __future__ import annotations

import base64
import copy
import hashlib
from typing import Any

PDF = b"%PDF-1.4\n% feuille d'emargement de test\n%%EOF\n"
PDF_SHA = hashlib.sha256(PDF).hexdigest()

_DOC: dict[str, Any] = {
    "format": "sosdesk-data/1",
    "settings": {"organisation": "Association Test", "siret": "12345678901234", "invoice_prefix": "SOS",
                 "buyer": {"name": "Ministère de la Justice", "siret": "11000001500013",
                           "service_code": "SC1", "commitment_number": "EJ1"}},
    "regions": [{"id": "ARA", "name": "Auvergne-Rhône-Alpes"}],
    "sites": [
        {"id": "S1", "region": "ARA", "name": "Antenne Lyon", "kind": "office", "address": "1 rue A, Lyon",
         "capacity": 3, "rate_coefficient": "1.00", "open": [{"day": 1, "from": "08:00", "to": "19:00"},
                                                              {"day": 2, "from": "08:00", "to": "19:00"}]},
        {"id": "S2", "region": "ARA", "name": "Centre pénitentiaire", "kind": "detention", "address": "",
         "capacity": 1, "rate_coefficient": "1.20", "open": [{"day": 1, "from": "09:00", "to": "17:00"}]},
    ],
    "travel_minutes": [{"from": "S1", "to": "S2", "minutes": 35}],
    "meeting_types": [
        {"id": "IND_PSY", "label": "Entretien psychologique", "kind": "individual", "minutes": 60,
         "skill": "psychologist", "professionals": 1, "min_participants": 1, "max_participants": 1},
    ],
    "professionals": [
        {"id": "P1", "region": "ARA", "first_name": "Anne", "last_name": "Durand", "skills": ["psychologist"],
         "home_site": "S1", "sites": ["S1", "S2"], "email": "anne.durand@example.org",
         "phone": "+33612345678", "max_minutes_per_week": 2100,
         "available": [{"day": 1, "from": "09:00", "to": "17:00"}]},
    ],
    "beneficiaries": [
        {"id": "B1", "region": "ARA", "first_name": "Marc", "last_name": "Petit", "birth_date": "1990-04-02",
         "measure": "sursis probatoire", "measure_start": "2026-01-10", "measure_end": "2027-01-09",
         "phone": "+33698765432", "email": "marc.petit@example.org", "sms_consent": True,
         "email_consent": False, "requirements": [{"type": "IND_PSY", "minutes": 120}],
         "available": [], "unavailable": [{"day": 3, "from": "08:00", "to": "16:00"}], "sites": ["S1"],
         "forbidden_with": ["B2"], "referent": "P1", "max_meetings_per_day": 2},
        {"id": "B2", "region": "ARA", "first_name": "Léa", "last_name": "Roux"},
    ],
    "rate_tables": [{
        "valid_from": "2026-01-01",
        "meeting_types": {"IND_PSY": {"unit": "professional_hour", "price_cents": 6500,
                                      "min_billed_minutes": 30, "rounding_minutes": 15,
                                      "max_professionals_billed": 1}},
        "travel": {"price_cents_per_hour": 3200, "rounding_minutes": 15, "max_minutes_per_day": 180,
                   "billable_site_kinds": ["detention", "external"]},
        "no_show": {"ratio": "0.5", "notice_hours": 24},
        "vat": {"rate": "0", "mention": "TVA non applicable"}}],
    "meetings": [
        {"id": "M1", "type": "IND_PSY", "start": "2026-10-05T09:00:00+02:00", "minutes": 60, "site": "S1",
         "professionals": ["P1"], "beneficiaries": ["B1"], "status": "held", "cancelled_at": None,
         "attendance": {"B1": "present"}, "professionals_present": ["P1"], "proof": PDF_SHA, "note": ""},
    ],
    "expenses": [{"id": "E1", "region": "ARA", "date": "2026-10-03", "category": "room_rental",
                  "amount_cents": 12000, "label": "Location salle", "receipt": PDF_SHA, "meeting": "M1"}],
    "attachments": [{"sha256": PDF_SHA, "filename": "emargement-2026-10-05.pdf", "media_type": "application/pdf",
                     "content_base64": base64.b64encode(PDF).decode("ascii")}],
}


def doc() -> dict[str, Any]:
    """A fresh deep copy of the valid document."""
    return copy.deepcopy(_DOC)
