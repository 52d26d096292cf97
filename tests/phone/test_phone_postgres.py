"""The feed and the mobile page's writes on the production backend (PostgreSQL)."""

from __future__ import annotations

import hashlib
import io
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from icalendar import Calendar
from PIL import Image

from sosdesk.syncclient import service
from tests.phone.phone_world import PhoneWorld
from tests.sync.pgdb import drop_pg_database, fresh_pg_database

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_world(tmp_path: Path) -> Iterator[PhoneWorld]:
    if not os.environ.get("SOSDESK_TEST_PG"):
        pytest.skip("SOSDESK_TEST_PG non défini (PostgreSQL de .ci/postgres.sh)")
    url, name = fresh_pg_database()
    world = PhoneWorld(tmp_path, url)
    try:
        yield world
    finally:
        world.close()
        drop_pg_database(name)


def test_feed_attendance_and_proof_on_postgresql(pg_world: PhoneWorld) -> None:
    pw = pg_world
    code, out, err = pw.cli("feed", "--professional", "P1")
    assert code == 0, err
    first = requests.get(out.split()[0], timeout=10)
    assert {str(e["uid"]) for e in Calendar.from_ical(first.content).walk("VEVENT")} == {
        "M1@sosdesk", "M2@sosdesk", "M3@sosdesk", "M5@sosdesk"}
    assert requests.get(out.split()[0], headers={"If-None-Match": first.headers["etag"]},
                        timeout=10).status_code == 304
    http = pw.sign_in("P1")
    week = http.get(pw.base + "/v1/field/week", params={"from": "2026-11-23"}, timeout=10).json()
    m2 = next(x for x in week["meetings"] if x["id"] == "M2")
    r = http.post(pw.base + "/v1/field/record", json={
        "client_id": str(uuid.uuid4()), "meeting_id": "M2", "kind": "attendance", "beneficiary_id": "B2",
        "value": "present", "seen": {"status": "planned", "attendance": None},
        "base_version": m2["row_version"]}, timeout=10)
    assert r.json()["status"] == "applied", r.text
    buf = io.BytesIO()
    Image.new("RGB", (20, 20), (1, 2, 3)).save(buf, "JPEG")
    r = http.post(pw.base + "/v1/field/proof", params={"meeting_id": "M2", "client_id": str(uuid.uuid4()),
                                                        "base_version": r.json()["row_version"]},
                  data=buf.getvalue(), timeout=10)
    assert r.json()["status"] in ("applied", "merged"), r.text
    service.sync_now(pw.office)
    row = pw.meeting(pw.office, "M2")
    assert row.attendance == {"B2": "present"} and row.proof == hashlib.sha256(buf.getvalue()).hexdigest()
