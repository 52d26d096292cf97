"""A small billing world built through the ORM: one region, sites of every kind, the spec's rate table."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sosdesk.domain.timegrid import parse_instant
from sosdesk.store import Store, open_store
from sosdesk.store import models as m
from tests.proof_samples import pdf_bytes

SPEC_RATES: dict[str, Any] = {
    "meeting_types": {
        "IND_PSY": {"unit": "professional_hour", "price_cents": 6500, "min_billed_minutes": 30,
                    "rounding_minutes": 15, "max_professionals_billed": 1},
        "COL_WORK": {"unit": "session_hour", "price_cents": 9000, "min_billed_minutes": 60,
                     "rounding_minutes": 15},
        "LAW_ENF": {"unit": "flat", "price_cents": 4500},
    },
    "travel": {"price_cents_per_hour": 3200, "rounding_minutes": 15, "max_minutes_per_day": 180,
               "billable_site_kinds": ["detention", "external"]},
    "no_show": {"ratio": "0.5", "notice_hours": 24},
    "vat": {"rate": "0", "mention": "TVA non applicable, art. 261 du CGI"},
}

SELLER_SIRET = "12345678200010"  # SIREN 123 456 782, Luhn keys right
SELLER_VAT_ID = "FR11123456782"
IBAN = "FR7630006000011234567890189"
PROOF = pdf_bytes(text="Feuille d'émargement signée")  # a real PDF: the proof bundle appends its page
PROOF_SHA = hashlib.sha256(PROOF).hexdigest()


def build_world(path: Path, regions: tuple[str, ...] = ("IDF",)) -> Store:
    store = open_store(path)
    with store.transaction("world") as (s, _):
        s.add(m.Setting(id="settings", data={
            "organisation": "Association Suivi Été", "siret": SELLER_SIRET, "invoice_prefix": "SOS",
            "address": "12 rue de l'Église, 75011 Paris", "vat_regime": "exempt", "vat_id": SELLER_VAT_ID,
            "payment": {"days": 30, "means": "58", "iban": IBAN, "bic": "AGRIFRPP"},
            "buyer": {"name": "Ministère de la Justice — DAP", "siret": "11000201100044",
                      "service_code": "SERV-DAP-01", "commitment_number": "EJ-2026-0042"}}))
        for r in regions:
            s.add(m.Region(id=r, name={"IDF": "Île-de-France", "ARA": "Auvergne-Rhône-Alpes"}.get(r, r)))
            s.add(m.User(id=f"admin-{r}", name=f"Admin {r}", role="regional_admin", region_id=r))
            s.add(m.User(id=f"valid-{r}", name=f"Valideur {r}", role="regional_validator", region_id=r))
        s.add(m.User(id="nat", name="Coordination nationale", role="national_coordinator"))
        reg = regions[0]
        s.add(m.Site(id="S1", region_id=reg, name="Bureau République", kind="office"))
        s.add(m.Site(id="S2", region_id=reg, name="Maison d'arrêt Fresnes", kind="detention",
                     rate_coefficient="1.10"))
        s.add(m.Site(id="S3", region_id=reg, name="Mairie annexe", kind="external"))
        s.add(m.TravelTime(id="S1|S2", from_site="S1", to_site="S2", minutes=50))
        s.add(m.TravelTime(id="S2|S3", from_site="S2", to_site="S3", minutes=40))
        s.add(m.TravelTime(id="S1|S3", from_site="S1", to_site="S3", minutes=25))
        s.add(m.MeetingType(id="IND_PSY", label="Entretien psychologique", kind="individual", minutes=60,
                            skill="psychologist"))
        s.add(m.MeetingType(id="COL_WORK", label="Atelier collectif", kind="collective", minutes=90,
                            skill="educator", min_participants=2, max_participants=8))
        s.add(m.MeetingType(id="LAW_ENF", label="Rappel à la loi", kind="law_enforcement", minutes=30,
                            skill="lawyer"))
        s.add(m.Professional(id="P1", region_id=reg, first_name="Hélène", last_name="Durand",
                             home_site_id="S1"))
        s.add(m.Professional(id="P2", region_id=reg, first_name="Loïc", last_name="Bérard", home_site_id="S1"))
        for i in range(1, 5):
            s.add(m.Beneficiary(id=f"B{i}", region_id=reg, first_name=f"Jérôme{i}", last_name="Çelik"))
        s.add(m.RateTable(id="2026-01-01", valid_from=date(2026, 1, 1), content=SPEC_RATES))
        s.add(m.Attachment(id=PROOF_SHA, filename="emargement.pdf", media_type="application/pdf",
                           content=PROOF))
    store.set_user(f"admin-{reg}")
    return store


def add_meeting(store: Store, id: str, start: str, type: str = "IND_PSY", minutes: int = 60,
                site: str = "S1", pros: tuple[str, ...] = ("P1",), bens: tuple[str, ...] = ("B1",),
                status: str = "held", attendance: dict[str, str] | None = None,
                cancelled_at: str | None = None, proof: bool = True, region: str = "IDF",
                present: list[str] | None = None) -> None:
    if attendance is None and status == "held":
        attendance = {b: "present" for b in bens}
    with store.transaction("add meeting") as (s, _):
        s.add(m.Meeting(id=id, region_id=region, type_id=type, start=parse_instant(start), minutes=minutes,
                        site_id=site, professionals=list(pros), beneficiaries=list(bens), status=status,
                        attendance=attendance or {}, professionals_present=present,
                        cancelled_at=parse_instant(cancelled_at) if cancelled_at else None,
                        proof=PROOF_SHA if proof else None))


def add_expense(store: Store, id: str, day: str, category: str, cents: int, receipt: bool = True,
                region: str = "IDF") -> None:
    with store.transaction("add expense") as (s, _):
        s.add(m.Expense(id=id, region_id=region, date=date.fromisoformat(day), category=category,
                        amount_cents=cents, label=f"Frais {id} — été", receipt=PROOF_SHA if receipt else None))


NOW = datetime.fromisoformat("2026-11-05T10:00:00+00:00")
