"""iCalendar export parsed back with the ``icalendar`` library."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from sosdesk.domain.errors import InputError
from sosdesk.domain.timegrid import PARIS
from sosdesk.ics import professional_calendar, write_ics
from sosdesk.store import Store
from sosdesk.store import models as m
from tests.printing.print_world import build_week


@pytest.fixture
def store(db_path: Path) -> Store:
    return build_week(db_path)


def events(data: bytes) -> dict[str, Any]:
    cal = Calendar.from_ical(data)
    return {str(e["uid"]): e for e in cal.walk("VEVENT")}


def test_feed_has_stable_uids_paris_times_and_a_vtimezone(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "p1.ics"
    assert write_ics(store, "P1", out) == 4        # M1, M2, M3, M5
    data = out.read_bytes()
    cal = Calendar.from_ical(data)
    [tz] = cal.walk("VTIMEZONE")
    assert str(tz["tzid"]) == "Europe/Paris"
    evs = events(data)
    assert set(evs) == {"M1@sosdesk", "M2@sosdesk", "M3@sosdesk", "M5@sosdesk"}
    m3 = evs["M3@sosdesk"]
    start = m3.decoded("dtstart")
    assert start == datetime(2026, 11, 25, 10, 0, tzinfo=PARIS)
    assert m3["dtstart"].params["TZID"] == "Europe/Paris"
    assert m3.decoded("duration") == timedelta(minutes=120)
    assert str(m3["summary"]) == "Atelier collectif « citoyenneté » — A.L., Z.L., N.L., H.L."
    assert "12 rue Garibaldi" in str(m3["location"])
    assert "Avec : Éric Lâm" in str(m3["description"])
    assert int(m3["sequence"]) == 0 and str(m3["status"]) == "CONFIRMED"
    assert professional_calendar(store, "P1") == data      # stable: same bytes twice


def test_no_beneficiary_surname_in_the_feed(store: Store) -> None:
    text = professional_calendar(store, "P1").decode()
    unfolded = text.replace("\r\n ", "")
    with store.session() as s:
        for b in s.query(m.Beneficiary):
            assert b.last_name not in unfolded and b.last_name.upper() not in unfolded


def test_moved_meeting_bumps_sequence_and_cancelled_is_cancelled(store: Store) -> None:
    def edit(s: Any) -> None:
        s.get(m.Meeting, "M1").start = datetime(2026, 11, 23, 13, 0, tzinfo=UTC)
        s.get(m.Meeting, "M2").status = "cancelled"
        s.get(m.Meeting, "M3").note = "salle 2"          # a note is not a new version
    store.edit(edit, "déplacer")
    store.edit(lambda s: setattr(s.get(m.Meeting, "M1"), "site_id", "S2"), "changer de lieu")
    evs = events(professional_calendar(store, "P1"))
    assert int(evs["M1@sosdesk"]["sequence"]) == 2
    assert evs["M1@sosdesk"].decoded("dtstart") == datetime(2026, 11, 23, 14, 0, tzinfo=PARIS)
    assert str(evs["M2@sosdesk"]["status"]) == "CANCELLED" and int(evs["M2@sosdesk"]["sequence"]) == 1
    assert int(evs["M3@sosdesk"]["sequence"]) == 0


def test_unknown_professional_is_refused(store: Store) -> None:
    with pytest.raises(InputError, match="inconnu"):
        professional_calendar(store, "P9")
