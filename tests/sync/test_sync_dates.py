"""Leave, closures and closed days through the real sync service (uvicorn on 127.0.0.1): an office
pushes them, the national office and a second device of the region receive them unchanged, the
organisation's closed days reach every office and another region's never do; a weekly series with
a cancelled occurrence (an exception) arrives as the same series."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sosdesk.store import Store
from sosdesk.store import dates as ops
from sosdesk.store import models as m
from sosdesk.store.dates_models import ClosedDay, Unavailability
from sosdesk.store.series import occurrences
from sosdesk.syncclient import service
from sosdesk.syncclient.transport import HttpTransport
from sync import auth, db
from tests.sync.realserver import RealServer
from tests.sync.syncworld import fresh_store, rows_of, seed_reference, update


def _office(tmp: Path, server: RealServer, name: str, region: str | None, role: str) -> Store:
    engine = db.make_engine(server.url)
    try:
        with db.write(engine) as conn:
            code = auth.make_code(conn, region, role)
    finally:
        engine.dispose()
    store = fresh_store(tmp / f"{name}.db")
    service.enrol(store, server.base, code, HttpTransport(server.base))
    return store


def test_dates_round_trip_through_the_real_service(server_db: str, tmp_path: Path) -> None:
    server = RealServer(server_db).start()
    try:
        nat = _office(tmp_path, server, "nat", None, "national_coordinator")
        seed_reference(nat)
        ops.add_closed_day(nat, date(2027, 5, 7), "Pont de l'Ascension")  # whole organisation
        ops.add_closed_day(nat, date(2026, 12, 24), "Veille de Noël (R2)", region="R2")
        service.sync_now(nat)

        office = _office(tmp_path, server, "office", "R1", "regional_admin")
        service.sync_now(office)
        with office.session() as s:
            labels = sorted(c.label for c in s.query(ClosedDay))
        assert labels == ["Pont de l'Ascension"]  # R2's closed day never reaches R1

        office.edit(lambda s: s.add(m.Professional(id="P3", region_id="R1", first_name="Anne", last_name="Petit",
                                                   skills=["psy"])), "pro")
        update(office, m.Site, "S-R1", holiday_calendar="57")
        leave, _ = ops.add_absence(office, ops.AbsenceInput("professional", "P3", "21/12/2026", "31/12/2026",
                                                            reason="congé"))
        works, _ = ops.add_absence(office, ops.AbsenceInput("site", "S-R1", "23/12/2026", None, "13:00", "19:00",
                                                            "travaux", capacity=1))
        ops.add_closed_day(office, date(2026, 12, 31), "Saint-Sylvestre", region="R1")

        def weekly(s: Any) -> None:  # a series whose second occurrence was cancelled on its own
            for i, day in enumerate((4, 11, 18)):
                s.add(m.Meeting(id=f"SER-{i}", region_id="R1", type_id="IND",
                                start=datetime(2027, 1, day, 9, tzinfo=UTC), minutes=60, site_id="S-R1",
                                series_id="SER", status="cancelled" if i == 1 else "planned",
                                cancelled_at=datetime(2026, 12, 20, tzinfo=UTC) if i == 1 else None))
        office.edit(weekly, "série")
        report = service.sync_now(office)
        assert set(report.results) <= {"applied"}

        service.sync_now(nat)
        second = _office(tmp_path, server, "second", "R1", "regional_admin")
        service.sync_now(second)
        for other in (nat, second):
            assert rows_of(other, Unavailability) == rows_of(office, Unavailability)
            assert rows_of(other, ClosedDay, "R1") == rows_of(office, ClosedDay, "R1")
            assert rows_of(other, m.Site, "R1")["S-R1"]["holiday_calendar"] == "57"
        assert rows_of(nat, Unavailability)[leave]["reason"] == "congé"
        assert rows_of(second, Unavailability)[works]["capacity"] == 1
        with second.session() as s:
            assert sorted(c.label for c in s.query(ClosedDay)) == ["Pont de l'Ascension", "Saint-Sylvestre"]
            occ = occurrences(s, "SER-0")
        assert [(o.meeting_id, o.exception) for o in occ] == [("SER-0", False), ("SER-1", True), ("SER-2", False)]

        # removal travels as a tombstone
        ops.remove_absence(office, leave)
        service.sync_now(office)
        service.sync_now(second)
        with second.session() as s:
            assert s.get(Unavailability, leave).deleted
    finally:
        server.stop()
