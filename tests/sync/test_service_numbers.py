"""Invoice numbers given by the service (issue 19, docs/sync.md « Numérotation »), through a real
uvicorn on SQLite and PostgreSQL: the service hands the next number of the year to the national
invoice about to be validated, under its push lock, reserved for it; a second validation waits; an
abandoned reservation expires and its number is reused (gapless); the desktop validates with the
service's number, and numbers locally when the service cannot be reached."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests

from sosdesk.invoicing.drafts import actor_for, national_draft, regional_draft
from sosdesk.invoicing.workflow import apply_step
from sosdesk.syncclient import service
from sosdesk.syncclient.transport import HttpTransport
from sync import db, numbering
from tests.invoicing.invoicing_world import NOW, add_meeting, build_world
from tests.sync.rawclient import Raw, make_code, move, op
from tests.sync.realserver import RealServer


@pytest.fixture
def server(server_db: str) -> Iterator[RealServer]:
    srv = RealServer(server_db).start()
    yield srv
    srv.stop()


def _number(raw: Raw, invoice_id: str, year: int = 2026) -> requests.Response:
    return requests.post(f"{raw.base}/v1/invoice-number", json={"invoice_id": invoice_id, "prefix": "SOS",
                                                                 "year": year}, headers=raw.headers, timeout=10)


def test_service_hands_out_numbers_under_its_lock(server: RealServer) -> None:
    nat = Raw(server.base, server.url, None, "national_coordinator")
    other = Raw(server.base, server.url, None, "national_coordinator")
    office = Raw(server.base, server.url, "R1", "regional_admin")
    assert _number(office, "N-A").status_code == 403  # only the national office numbers
    for inv in ("N-A", "N-B"):
        assert nat.one(op("invoices", inv, kind="national", scope="national", month="2026-10",
                          status="submitted")) == ("applied", "")
    first = _number(nat, "N-A")
    assert first.status_code == 200 and first.json() == {"number": "SOS-2026-000001"}
    assert _number(other, "N-A").json() == {"number": "SOS-2026-000001"}  # same invoice: same number
    busy = _number(other, "N-B")
    assert busy.status_code == 409 and "réessayez" in busy.json()["detail"]
    # the reserved number is the invoice's: another invoice may not take it, even as the next
    taken = move("invoices", "N-B", 1, status=("submitted", "validated"), number=(None, "SOS-2026-000001"))
    assert other.one(taken) == ("rejected", "number")
    done = move("invoices", "N-A", 1, status=("submitted", "validated"), number=(None, "SOS-2026-000001"))
    assert nat.one(done) == ("applied", "")
    assert _number(other, "N-B").json() == {"number": "SOS-2026-000002"}
    assert _number(nat, "N-A").json() == {"number": "SOS-2026-000001"}  # validated: its own number
    assert _number(nat, "N-A", 2027).json() == {"number": "SOS-2027-000001"}


def test_abandoned_reservation_expires_and_its_number_is_reused(server: RealServer) -> None:
    engine = db.make_engine(server.url)
    at = datetime(2026, 12, 1, 9, tzinfo=UTC)
    try:
        with db.write(engine) as conn:
            assert numbering.reserve(conn, "N-A", "SOS", 2026, at) == "SOS-2026-000001"
        with db.write(engine) as conn, pytest.raises(numbering.Busy):
            numbering.reserve(conn, "N-B", "SOS", 2026, at + timedelta(minutes=5))
        with db.write(engine) as conn:  # N-A never validated: after the delay, N-B gets the same number
            assert numbering.reserve(conn, "N-B", "SOS", 2026, at + numbering.TTL + timedelta(seconds=1)) == \
                "SOS-2026-000001"
    finally:
        engine.dispose()


def _validated_national(world: object, nat_user: str = "nat") -> str:
    reg, _ = regional_draft(world, actor_for(world, "admin-IDF"), "IDF", "2026-10", now=NOW)  # type: ignore[arg-type]
    apply_step(world, actor_for(world, "admin-IDF"), reg, "submit", now=NOW)  # type: ignore[arg-type]
    apply_step(world, actor_for(world, "valid-IDF"), reg, "approve", "conforme", now=NOW)  # type: ignore[arg-type]
    nat_id, _ = national_draft(world, actor_for(world, nat_user), "2026-10", now=NOW)  # type: ignore[arg-type]
    apply_step(world, actor_for(world, nat_user), nat_id, "submit", now=NOW)  # type: ignore[arg-type]
    return str(nat_id)


def test_desktop_validates_with_the_services_number(server: RealServer, tmp_path: Path) -> None:
    world = build_world(tmp_path / "nat.db")
    service.enrol(world, server.base, make_code(server.url, None, "national_coordinator"), HttpTransport(server.base))
    add_meeting(world, "M1", "2026-10-05T09:00:00+02:00")
    nat_id = _validated_national(world)
    # another national device already took this year's first number on the service
    rival = Raw(server.base, server.url, None, "national_coordinator")
    assert rival.one(op("invoices", "N-RIVAL", kind="national", scope="national", month="2026-09",
                        status="submitted")) == ("applied", "")
    assert _number(rival, "N-RIVAL").json() == {"number": "SOS-2026-000001"}
    assert rival.one(move("invoices", "N-RIVAL", 1, status=("submitted", "validated"),
                          number=(None, "SOS-2026-000001"))) == ("applied", "")
    inv, _ = apply_step(world, actor_for(world, "nat"), nat_id, "validate", now=NOW)
    assert inv.number == "SOS-2026-000002"  # the service's, not the file's next (000001)
    report = service.sync_now(world)
    assert "rejected" not in report.results and "conflict" not in report.results, report.results


def test_desktop_numbers_locally_when_the_service_is_unreachable(server: RealServer, tmp_path: Path) -> None:
    world = build_world(tmp_path / "nat.db")
    service.enrol(world, server.base, make_code(server.url, None, "national_coordinator"), HttpTransport(server.base))
    add_meeting(world, "M1", "2026-10-05T09:00:00+02:00")
    nat_id = _validated_national(world)
    server.stop()
    inv, _ = apply_step(world, actor_for(world, "nat"), nat_id, "validate", now=NOW)
    assert inv.number == "SOS-2026-000001"  # the file's next; the service checks it when it arrives
    server.start()
    report = service.sync_now(world)
    assert "rejected" not in report.results, report.results
