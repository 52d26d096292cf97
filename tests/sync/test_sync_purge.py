"""A purge travels like any change (issue 16): through the real service (uvicorn) the erased person
disappears from the service's rows and history, from a second office of the region and from the
national office; a late edit of the erased person by an offline office is refused, not revived."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from sosdesk.store import Store
from sosdesk.store import models as m
from sosdesk.store.dates_models import Unavailability
from sosdesk.store.sync_models import SyncRejected
from sosdesk.syncclient import service
from sosdesk.syncclient.transport import HttpTransport
from sosdesk.usecases.purge import plan_purge, run_purge
from sync import auth, db
from tests.sync.realserver import RealServer
from tests.sync.syncworld import fresh_store, seed_reference

SURNAME = "Zorglubova"
PHONE = "+33612345678"
TODAY = date(2032, 3, 1)


def _code(url: str, region: str | None, role: str) -> str:
    engine = db.make_engine(url)
    try:
        with db.write(engine) as conn:
            return auth.make_code(conn, region, role)
    finally:
        engine.dispose()


def _office(tmp: Path, server: RealServer, name: str, region: str | None, role: str) -> Store:
    store = fresh_store(tmp / f"{name}.db")
    service.enrol(store, server.base, _code(server.url, region, role), HttpTransport(server.base))
    return store


def _server_mentions(url: str, needle: str) -> dict[str, int]:
    engine = db.make_engine(url)
    found = {}
    try:
        with engine.connect() as conn:
            for table, column in (("rows", "data"), ("change_log", "payload"), ("conflict_log", "losing"),
                                  ("conflict_log", "winning"), ("applied_ops", "result")):
                found[f"{table}.{column}"] = int(conn.execute(text(
                    f"SELECT count(*) FROM {table} WHERE CAST({column} AS TEXT) LIKE :n"),
                    {"n": f"%{needle}%"}).scalar() or 0)
    finally:
        engine.dispose()
    return found


def _office_mentions(store: Store, needle: str) -> dict[str, int]:
    found = {}
    with store.engine.connect() as conn:
        for table in ("beneficiaries", "change_log", "outbox", "sync_conflicts", "sync_rejected",
                      "unavailabilities"):
            columns = [r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({table})")]
            where = " OR ".join(f"CAST({c} AS TEXT) LIKE ?" for c in columns)
            found[table] = int(conn.exec_driver_sql(f"SELECT count(*) FROM {table} WHERE {where}",
                                                    tuple(f"%{needle}%" for _ in columns)).scalar() or 0)
    return found


def _person(store: Store) -> None:
    def fn(s: object) -> None:
        from sqlalchemy.orm import Session

        assert isinstance(s, Session)
        s.add(m.Beneficiary(id="BZ", region_id="R1", first_name="Anaïs", last_name=SURNAME, phone=PHONE,
                            measure="semi-liberté", measure_end=date(2026, 1, 31)))
        s.add(m.Beneficiary(id="BK", region_id="R1", first_name="Karim", last_name="Gardé",
                            measure_end=date(2031, 12, 31)))
        s.flush()
        s.add(Unavailability(id="UZ", region_id="R1", beneficiary_id="BZ", first_date=date(2026, 1, 5),
                             last_date=date(2026, 1, 6), reason=f"audience {SURNAME}"))
    store.edit(fn, "ajout")
    # A second version, so the service's history holds the name twice.
    store.edit(lambda s: setattr(s.get(m.Beneficiary, "BZ"), "email", "anais@example.org"), "courriel")


@pytest.mark.slow
def test_purge_reaches_the_service_a_second_office_and_the_national_office(server_db: str,
                                                                           tmp_path: Path) -> None:
    server = RealServer(server_db).start()
    try:
        nat = _office(tmp_path, server, "nat", None, "national_coordinator")
        seed_reference(nat)
        service.sync_now(nat)
        first = _office(tmp_path, server, "first", "R1", "regional_admin")
        second = _office(tmp_path, server, "second", "R1", "regional_admin")
        service.sync_now(first)
        _person(first)
        service.sync_now(first)
        service.sync_now(second)
        service.sync_now(nat)
        for store in (second, nat):
            with store.session() as s:
                row = s.get(m.Beneficiary, "BZ")
                assert row is not None and row.last_name == SURNAME
        assert _server_mentions(server_db, SURNAME)["change_log.payload"] >= 1

        # The second office, offline, still edits the person while the first one erases them.
        second.edit(lambda s: setattr(s.get(m.Beneficiary, "BZ"), "phone", "+33698765432"), "téléphone")
        plan = plan_purge(first, None, TODAY)
        assert [p.beneficiary_id for p in plan.people] == ["BZ"]
        run_purge(first, None, plan, TODAY)
        report = service.sync_now(first)
        assert set(report.results) <= {"applied"}, report.results

        # The service: current row erased, history redacted, nothing left anywhere.
        for needle in (SURNAME, PHONE, "semi-libert"):
            assert sum(_server_mentions(server_db, needle).values()) == 0, needle

        # The second office pushes its late edit: refused (the person is erased), then pulls.
        report = service.sync_now(second)
        assert report.results.get("rejected") == 1
        with second.session() as s:
            rejected = list(s.scalars(select(SyncRejected)))
            assert [r.reason for r in rejected] == ["purged"]
        service.sync_now(nat)
        for store in (first, second, nat):
            with store.session() as s:
                row = s.get(m.Beneficiary, "BZ")
                assert row is not None and row.deleted and row.purged_at == TODAY
                assert row.last_name == "Personne effacée BZ" and row.phone == "" and row.measure == ""
                absence = s.get(Unavailability, "UZ")
                assert absence is not None and absence.deleted and absence.reason == ""
                kept = s.get(m.Beneficiary, "BK")
                assert kept is not None and not kept.deleted and kept.last_name == "Gardé"
            for needle in (SURNAME, PHONE, "+33698765432", "semi-libert"):
                assert sum(_office_mentions(store, needle).values()) == 0, (store.path.name, needle,
                                                                            _office_mentions(store, needle))
        assert _server_mentions(server_db, "+33698765432")["rows.data"] == 0
    finally:
        server.stop()
