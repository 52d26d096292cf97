"""A small two-region office built through the ORM, shared by the people and reports tests
(imported as ``tests.store.people_world``)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from sosdesk.domain.timegrid import PARIS
from sosdesk.store import Store, open_store
from sosdesk.store import models as m

OPEN = [{"day": d, "from": "08:00", "to": "19:00"} for d in range(1, 6)]


def local(y: int, mo: int, d: int, h: int, mi: int = 0) -> datetime:
    """A Paris wall-clock time as an aware datetime (stored as UTC by the column type)."""
    return datetime(y, mo, d, h, mi, tzinfo=PARIS)


def build(path: Path, user: str | None = "admin") -> Store:
    """Regions ARA and IDF; sites, types, professionals, beneficiaries, an admin and a coordinator."""
    store = open_store(path)
    with store.transaction("fixture") as (s, _):
        s.add_all([m.Region(id="ARA", name="Auvergne-Rhône-Alpes"), m.Region(id="IDF", name="Île-de-France")])
        s.add_all([
            m.Site(id="S1", region_id="ARA", name="Antenne Lyon 3", kind="office", capacity=3, open=OPEN),
            m.Site(id="S2", region_id="ARA", name="Maison d'arrêt", kind="detention", capacity=1, open=OPEN),
            m.Site(id="S3", region_id="IDF", name="Antenne Paris 11", kind="office", capacity=2, open=OPEN),
        ])
        s.add_all([
            m.MeetingType(id="IND_PSY", label="Entretien psychologique", kind="individual", minutes=60,
                          skill="psychologist"),
            m.MeetingType(id="COL_WORK", label="Atelier collectif", kind="collective", minutes=120,
                          skill="facilitator", professionals=2, min_participants=1, max_participants=8),
        ])
        s.add_all([
            m.Professional(id="P1", region_id="ARA", first_name="Élodie", last_name="Martin",
                           skills=["psychologist"], home_site_id="S1", sites=["S1", "S2"],
                           phone="+33612345678", email="elodie@example.org", max_minutes_per_week=600),
            m.Professional(id="P2", region_id="ARA", first_name="Karim", last_name="Benali",
                           skills=["facilitator"], home_site_id="S1", max_minutes_per_week=None),
            m.Professional(id="P3", region_id="IDF", first_name="Anne", last_name="Leroy",
                           skills=["psychologist"], home_site_id="S3", max_minutes_per_week=1200),
        ])
        s.add_all([
            m.Beneficiary(id="B1", region_id="ARA", first_name="Hélène", last_name="Dupré",
                          birth_date=date(1990, 4, 2), measure="sursis probatoire",
                          phone="+33611223344", requirements=[{"type": "IND_PSY", "minutes": 120}],
                          referent_id="P1", sites=["S1"]),
            m.Beneficiary(id="B2", region_id="ARA", first_name="Jean", last_name="Moreau",
                          requirements=[{"type": "IND_PSY", "minutes": 60},
                                        {"type": "COL_WORK", "minutes": 120}],
                          measure_start=date(2026, 10, 15)),
            m.Beneficiary(id="B3", region_id="IDF", first_name="Paul", last_name="Garnier",
                          requirements=[{"type": "IND_PSY", "minutes": 60}]),
        ])
        s.add_all([
            m.User(id="admin", name="Alice Admin", role="regional_admin", region_id="ARA"),
            m.User(id="nat", name="Nora National", role="national_coordinator", region_id=None),
        ])
    if user:
        store.set_user(user)
    return store


def add_meeting(store: Store, mid: str, type_id: str, start: datetime, minutes: int, site: str,
                pros: list[str], bens: list[str], status: str = "planned", **extra: Any) -> None:
    with store.transaction("fixture meeting") as (s, _):
        region = s.get(m.Site, site).region_id  # type: ignore[union-attr]
        s.add(m.Meeting(id=mid, region_id=region, type_id=type_id, start=start, minutes=minutes,
                        site_id=site, professionals=pros, beneficiaries=bens, status=status,
                        attendance=extra.pop("attendance", {}), **extra))
