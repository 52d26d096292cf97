"""A small office for the calendar tests (store ops and UI): two sites, three types, four
professionals, six beneficiaries with a forbidden pair and day-parole hours, week 2026-W48.

Imported as ``tests.store.calendar_office``."""

from __future__ import annotations

from pathlib import Path

from sosdesk.domain.timegrid import week_slot_to_utc
from sosdesk.store import Store, open_store
from sosdesk.store import models as m

WEEK = "2026-W48"
WORKDAYS = range(1, 7)


def _open(days: range, start: str, end: str) -> list[dict[str, object]]:
    return [{"day": d, "from": start, "to": end} for d in days]


def build_office(path: Path) -> Store:
    """Create the office file and return the open store."""
    store = open_store(path)
    with store.transaction("fixture") as (s, _):
        s.add(m.Region(id="R1", name="Rhône"))
        s.flush()
        s.add_all([
            m.Site(id="S1", region_id="R1", name="Antenne Lyon 3", capacity=2,
                   open=_open(WORKDAYS, "08:00", "20:00")),
            m.Site(id="S2", region_id="R1", name="Villeurbanne", capacity=1,
                   open=_open(WORKDAYS, "09:00", "18:00")),
        ])
        s.flush()
        s.add(m.TravelTime(id="S1|S2", from_site="S1", to_site="S2", minutes=30))
        s.add_all([
            m.MeetingType(id="IND", label="Entretien individuel", kind="individual", minutes=60,
                          skill="psychologist", color="#4e79a7"),
            m.MeetingType(id="COL", label="Atelier collectif", kind="collective", minutes=120,
                          skill="facilitator", professionals=2, min_participants=2, max_participants=6,
                          color="#59a14f"),
            m.MeetingType(id="LAW", label="Convocation tribunal", kind="law_enforcement", minutes=60,
                          skill="", professionals=0, color="#e15759"),
        ])
        for pid, first, skill in (("P1", "Anne", "psychologist"), ("P2", "Bruno", "psychologist"),
                                  ("P3", "Chloé", "facilitator"), ("P4", "David", "facilitator")):
            s.add(m.Professional(id=pid, region_id="R1", first_name=first, last_name="Martin",
                                 skills=[skill], home_site_id="S1",
                                 available=_open(range(1, 6), "08:00", "19:00")))
        s.flush()
        for i in range(1, 7):
            ben = m.Beneficiary(id=f"B{i}", region_id="R1", first_name=f"Prénom{i}", last_name=f"Nom{i}",
                                requirements=[{"type": "IND", "minutes": 120}, {"type": "COL", "minutes": 120}],
                                referent_id="P1")
            if i == 1:
                ben.forbidden_with = ["B2"]
            if i == 3:  # day parole: only Tuesday afternoon
                ben.available = [{"day": 2, "from": "13:00", "to": "18:00"}]
            s.add(ben)
        s.add(m.User(id="U1", name="Admin Lyon", role="regional_admin", region_id="R1"))
    return store


def add_meeting(store: Store, mid: str, day: int = 2, start: int = 10 * 60, minutes: int = 60,
                type_id: str = "IND", site: str = "S1", pros: tuple[str, ...] = ("P1",),
                bens: tuple[str, ...] = ("B1",), fixed: bool = False, week: str = WEEK) -> None:
    with store.transaction("fixture") as (s, _):
        s.add(m.Meeting(id=mid, region_id="R1", type_id=type_id, start=week_slot_to_utc(week, day, start),
                        minutes=minutes, site_id=site, professionals=list(pros), beneficiaries=list(bens),
                        status="planned", attendance={}, fixed=fixed))


def meeting(store: Store, mid: str) -> m.Meeting:
    with store.session() as s:
        row = s.get(m.Meeting, mid)
        assert row is not None
        return row
