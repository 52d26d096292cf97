"""The service enforces the shared contract (issue 19), through a real uvicorn on SQLite and
PostgreSQL: malformed values refused and never stored, the invoice flow per role, pulls that survive
a bad stored row, limits before work, clones revoked with their parent."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from sqlalchemy import text

from sosdesk.contract.reasons import french
from sosdesk.store import models as m
from sosdesk.syncclient import service
from sosdesk.syncclient.transport import HttpTransport
from sync import db
from tests.sync.rawclient import Raw, invoice, make_code, move, op, reference
from tests.sync.realserver import RealServer
from tests.sync.syncworld import fresh_store


@pytest.fixture
def server(server_db: str) -> Iterator[RealServer]:
    srv = RealServer(server_db).start()
    yield srv
    srv.stop()


def _stored(url: str, table: str) -> int:
    engine = db.make_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM rows WHERE table_name=:t"), {"t": table}).scalar()
                       or 0)
    finally:
        engine.dispose()


def test_malformed_values_are_refused_and_never_stored(server: RealServer) -> None:
    nat = Raw(server.base, server.url, None, "national_coordinator")
    reference(nat)
    office = Raw(server.base, server.url, "R1", "regional_admin")
    before = _stored(server.url, "beneficiaries")
    good = {"region_id": "R1", "last_name": "Martin"}
    bad = [
        ({**good, "birth_date": "31/02/1990"}, "invalid_value:birth_date"),
        ({**good, "birth_date": "1990-02-31"}, "invalid_value:birth_date"),
        ({**good, "last_name": "Ma\x00rtin"}, "invalid_value:last_name"),
        ({**good, "last_name": "x" * 101}, "too_long:last_name"),
        ({**good, "sms_consent": "yes"}, "invalid_value:sms_consent"),
        ({**good, "max_meetings_per_day": "abc"}, "invalid_value:max_meetings_per_day"),
        ({**good, "sites": "S-R1"}, "invalid_value:sites"),
        ({**good, "favourite": 1}, "unknown_field:favourite"),
        ({"last_name": "Sans région"}, "missing_field:region_id"),
        ({**good, "region_id": "R2"}, "forbidden"),
        ({**good, "referent_id": "nobody"}, "missing_reference:referent_id"),
    ]
    for i, (values, reason) in enumerate(bad):
        assert office.one(op("beneficiaries", f"BAD{i}", **values)) == ("rejected", reason), values
    meeting = {"region_id": "R1", "type_id": "IND", "start": "2026-11-23T09:00:00+00:00", "minutes": 60,
               "site_id": "S-R1"}
    for values, reason in [({**meeting, "start": "2026-13-45T99:00"}, "invalid_value:start"),
                           ({**meeting, "start": "2026-11-23T09:00:00"}, "invalid_value:start"),
                           ({**meeting, "minutes": "abc"}, "invalid_value:minutes"),
                           ({**meeting, "professionals": "P1"}, "invalid_value:professionals"),
                           ({**meeting, "beneficiaries": ["B-R2"]}, "missing_reference:beneficiaries"),
                           ({**meeting, "site_id": "S-R2"}, "missing_reference:site_id"),
                           ({"note": "seulement une note"}, "missing_field:region_id")]:
        assert office.one(op("meetings", "M-bad", **values)) == ("rejected", reason), values
    status, reason = office.one({**op("beneficiaries", "BX", **good), "updated_at": "not a date"})
    assert (status, reason) == ("rejected", "invalid_value:updated_at")
    assert _stored(server.url, "beneficiaries") == before and _stored(server.url, "meetings") == 0
    # the French wording the desktop shows
    assert french("invalid_value:birth_date") == "valeur invalide (birth_date)"
    # honest work goes on: a good row is applied and every pull still works
    assert office.one(op("beneficiaries", "B-ok", **good)) == ("applied", "")
    assert office.one(op("meetings", "M-ok", **meeting, beneficiaries=["B-ok"])) == ("applied", "")
    assert office.pull().status_code == 200


def test_office_cannot_move_its_own_invoice_past_its_role(server: RealServer) -> None:
    nat = Raw(server.base, server.url, None, "national_coordinator")
    reference(nat)
    admin = Raw(server.base, server.url, "R1", "regional_admin")
    validator = Raw(server.base, server.url, "R1", "regional_validator")
    other_validator = Raw(server.base, server.url, "R2", "regional_validator")
    assert admin.one(invoice("INV1", "R1")) == ("applied", "")
    assert admin.one(move("invoices", "INV1", 1, status=("draft", "submitted"))) == ("applied", "")
    # the office approves, validates and numbers its own invoice: refused
    assert admin.one(move("invoices", "INV1", 2, status=("submitted", "approved"))) == ("rejected", "status_role")
    assert admin.one(move("invoices", "INV1", 2, status=("submitted", "validated"),
                          number=(None, "SOS-2026-999999"))) == ("rejected", "status_transition")
    assert admin.one(op("invoice_events", "EV1", invoice_id="INV1", action="validate", user_id="nat",
                        from_status="submitted", to_status="validated")) == ("rejected", "status_role")
    # national invoices and relabelled scopes are not the office's
    assert admin.one(invoice("INV-N", "national", kind="national")) == ("rejected", "forbidden")
    assert admin.one(invoice("INV2", "R1")) == ("applied", "")
    assert admin.one(move("invoices", "INV2", 1, scope=("R1", "national"))) == ("rejected", "forbidden")
    # a validator of another region cannot approve; the validator of R1 can, and edits nothing else
    assert other_validator.one(move("invoices", "INV1", 2, status=("submitted", "approved")))[0] == "rejected"
    assert validator.one(move("beneficiaries", "B-R1", 1, measure=("", "contrôle judiciaire"))) == \
        ("rejected", "forbidden")
    assert validator.one(move("invoices", "INV1", 2, status=("submitted", "approved"),
                              total_ht_cents=(0, 100))) == ("rejected", "status_role")
    assert validator.one(move("invoices", "INV1", 2, status=("submitted", "approved"))) == ("applied", "")
    assert validator.one(op("invoice_events", "EV2", invoice_id="INV1", action="approve", user_id="valid",
                            from_status="submitted", to_status="approved")) == ("applied", "")
    # a regional invoice is never validated, and only the national office reopens it
    assert admin.one(move("invoices", "INV1", 3, status=("approved", "draft"))) == ("rejected", "status_role")
    assert nat.one(move("invoices", "INV1", 3, status=("approved", "validated"))) == \
        ("rejected", "status_transition")
    # numbers are unique on the service
    assert nat.one(invoice("N1", "national", kind="national")) == ("applied", "")
    assert nat.one(move("invoices", "N1", 1, status=("draft", "submitted"))) == ("applied", "")
    assert nat.one(move("invoices", "N1", 2, status=("submitted", "validated"),
                        number=(None, "SOS-2026-000001"))) == ("applied", "")
    assert nat.one(invoice("N2", "national", kind="national", edition=2)) == ("applied", "")
    assert nat.one(move("invoices", "N2", 1, status=("draft", "submitted"))) == ("applied", "")
    assert nat.one(move("invoices", "N2", 2, status=("submitted", "validated"),
                        number=(None, "SOS-2026-000001"))) == ("rejected", "number")
    assert nat.one(move("invoices", "N2", 2, status=("submitted", "validated"),
                        number=(None, "SOS-2026-000003"))) == ("rejected", "number")  # no gap
    assert nat.one(move("invoices", "N2", 2, status=("submitted", "validated"),
                        number=(None, "SOS-2026-000002"))) == ("applied", "")


def test_office_creates_users_of_its_region_not_national_ones(server: RealServer) -> None:
    nat = Raw(server.base, server.url, None, "national_coordinator")
    reference(nat)
    admin = Raw(server.base, server.url, "R1", "regional_admin")
    assert admin.one(op("users", "U-admin-R1", name="Admin R1", role="regional_admin", region_id="R1")) == \
        ("applied", "")
    assert admin.one(op("users", "U-nat", name="Faux national", role="national_coordinator",
                        region_id="R1")) == ("rejected", "role_scope")
    assert admin.one(op("users", "U-R2", name="Autre", role="regional_admin", region_id="R2")) == \
        ("rejected", "forbidden")


def test_pull_skips_a_bad_row_already_stored(server: RealServer, tmp_path: Path) -> None:
    nat = Raw(server.base, server.url, None, "national_coordinator")
    reference(nat)
    engine = db.make_engine(server.url)
    try:
        with db.write(engine) as conn:  # a row stored by an older, trusting service
            seq = int(conn.execute(text("SELECT num FROM server_state WHERE key='seq'")).scalar_one()) + 1
            conn.execute(text("INSERT INTO rows (table_name, row_id, region_id, row_version, deleted, data, "
                              "server_seq) VALUES ('beneficiaries', 'B-old', 'R1', 1, false, :d, :s)"),
                         {"d": json.dumps({"region_id": "R1", "last_name": "Vieux", "birth_date": "31/02/1990"}),
                          "s": seq})
            conn.execute(text("UPDATE server_state SET num=:s WHERE key='seq'"), {"s": seq})
    finally:
        engine.dispose()
    office = fresh_store(tmp_path / "office.db")
    service.enrol(office, server.base, make_code(server.url, "R1", "regional_admin"), HttpTransport(server.base))
    report = service.sync_now(office)
    assert report.skipped == ["beneficiaries B-old (invalid_value:birth_date)"]
    assert any("illisible" in w for w in report.warnings)
    with office.session() as s:
        assert s.get(m.Beneficiary, "B-R1") is not None and s.get(m.Beneficiary, "B-old") is None
    # later syncs go on
    assert not service.sync_now(office).problems


def test_limits_before_work(server: RealServer) -> None:
    base = server.base
    # body size refused before reading, without a token
    r = requests.post(f"{base}/v1/push", data=b"x" * (9 * 1024 * 1024), timeout=30)
    assert r.status_code == 413
    # the token is checked before the body is parsed
    r = requests.post(f"{base}/v1/push", data=b"{not json", timeout=10)
    assert r.status_code == 401
    office = Raw(base, server.url, "R1", "regional_admin")
    h = office.headers
    big = "é" * 200_000
    r = requests.post(f"{base}/v1/push", json={"device_id": office.device_id, "ops": big}, headers=h, timeout=10)
    assert r.status_code == 422 and len(r.content) < 2000 and "éé" not in r.text
    for body in ({"device_id": office.device_id, "ops": [{**op("regions", "X", name="x"), "op_id": 2**64}]},
                 {"device_id": office.device_id, "ops": [{**op("regions", "X"), "fields": {"name": ["x"]}}]}):
        assert requests.post(f"{base}/v1/push", json=body, headers=h, timeout=10).status_code == 422
    r = requests.post(f"{base}/v1/push", data=b'{"device_id": "\xff\xfe"}', headers=h, timeout=10)
    assert 400 <= r.status_code < 500
    assert requests.get(f"{base}/v1/pull", params={"since": 2**64}, headers=h, timeout=10).status_code == 422
    for token in ("abc", "e30.x", "W10.x"):
        r = requests.get(f"{base}/v1/pull", headers={"Authorization": f"Bearer {token}"}, timeout=10)
        assert r.status_code == 401
    assert requests.get(f"{base}/docs", timeout=10).status_code == 404
    assert requests.get(f"{base}/openapi.json", timeout=10).status_code == 404


def test_revoking_a_device_revokes_its_clones(server: RealServer) -> None:
    from sync.cli import main

    office = Raw(server.base, server.url, "R1", "regional_admin")
    r = requests.post(f"{server.base}/v1/clone", json={"refresh": office.refresh}, timeout=10)
    clone = r.json()
    r2 = requests.post(f"{server.base}/v1/clone", json={"refresh": clone["refresh"]}, timeout=10)
    grandchild = r2.json()
    assert main(["revoke", "--db", server.url, "--device", office.device_id]) == 0
    for refresh in (office.refresh, clone["refresh"], grandchild["refresh"]):
        assert requests.post(f"{server.base}/v1/token", json={"refresh": refresh}, timeout=10).status_code == 401


def test_credit_note_on_validated_national_invoice_syncs_with_nothing_rejected(server: RealServer,
                                                                               tmp_path: Path) -> None:
    from sosdesk.invoicing.drafts import actor_for
    from sosdesk.invoicing.workflow import credit_note
    from sosdesk.store.invoice_models import Invoice
    from tests.invoicing.invoicing_world import add_meeting, build_world
    from tests.invoicing.test_workflow import step, validated_national

    nat = build_world(tmp_path / "nat.db")
    service.enrol(nat, server.base, make_code(server.url, None, "national_coordinator"),
                  HttpTransport(server.base))
    add_meeting(nat, "M1", "2026-10-05T09:00:00+02:00")
    inv = validated_national(nat)
    first = service.sync_now(nat)
    assert "rejected" not in first.results and "conflict" not in first.results, first.results
    # the billed meeting is frozen on the service as well
    office = Raw(server.base, server.url, "IDF", "regional_admin")
    assert office.one(move("meetings", "M1", 1, minutes=(60, 90))) == ("rejected", "billed")
    assert office.one(move("meetings", "M1", 1, note=("", "rappeler"))) == ("applied", "")
    note_id, _ = credit_note(nat, actor_for(nat, "nat"), inv.id, "erreur de présence")
    step(nat, "nat", note_id, "submit")
    step(nat, "nat", note_id, "validate")  # reopens the approved regional invoice: approved → draft
    report = service.sync_now(nat)
    assert "rejected" not in report.results and "conflict" not in report.results, report.results
    assert service.status(nat)["rejected"] == 0
    with nat.session() as s:
        regional = [i for i in s.query(Invoice).all() if i.kind == "regional"]
        assert [r.status for r in regional] == ["draft"]
        regional_id = regional[0].id
    r = office.pull()
    rows = {c["row_id"]: c for c in r.json()["changes"]}
    assert rows[regional_id]["data"]["status"] == "draft"
    # released: the meeting's billed fields can be corrected again
    assert office.one(move("meetings", "M1", 2, minutes=(60, 90))) == ("applied", "")


def test_signing_key_outside_the_database_rotated_and_devices_listed(server_db: str, tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    import hashlib
    import hmac
    import time

    from sync import auth
    from sync.cli import main

    key_file = tmp_path / "sync.key"
    assert main(["rotate-key", "--key-file", str(key_file)]) == 0
    assert oct(key_file.stat().st_mode & 0o777) == "0o600"
    server = RealServer(server_db, env={"SOSDESK_SYNC_KEY_FILE": str(key_file)}).start()
    try:
        office = Raw(server.base, server.url, "R1", "regional_admin")
        assert office.pull().status_code == 200
        # a copy of the database is not enough to forge a token (nor to raise a role through one)
        engine = db.make_engine(server.url)
        with db.read(engine) as conn:
            db_secret = auth._secret(conn)
        engine.dispose()
        body = auth._b64(json.dumps({"d": office.device_id, "r": None, "ro": "national_coordinator",
                                     "exp": int(time.time()) + 600}).encode())
        forged = f"{body}.{auth._b64(hmac.new(db_secret, body.encode(), hashlib.sha256).digest())}"
        r = requests.get(f"{server.base}/v1/pull", headers={"Authorization": f"Bearer {forged}"}, timeout=10)
        assert r.status_code == 401
        requests.post(f"{server.base}/v1/clone", json={"refresh": office.refresh}, timeout=10).raise_for_status()
        capsys.readouterr()
        assert main(["devices", "--db", server.url, "--json"]) == 0
        listed = {d["device_id"]: d for d in json.loads(capsys.readouterr().out)}
        mine = listed[office.device_id]
        assert (mine["region_id"], mine["role"], len(mine["clones"])) == ("R1", "regional_admin", 1)
        assert mine["last_seen"] is not None
        assert main(["devices", "--db", server.url]) == 0
        assert "R1" in capsys.readouterr().out
        # rotation: the old access token is refused, the refresh token gets a new one
        server.stop()
        assert main(["rotate-key", "--key-file", str(key_file)]) == 0
        server.start()
        assert office.pull().status_code == 401
        office.access = office.token()
        assert office.pull().status_code == 200
    finally:
        server.stop()


def test_two_service_processes_on_one_database_are_interchangeable(server_db: str, tmp_path: Path) -> None:
    from sync.cli import main

    key_file = tmp_path / "sync.key"
    assert main(["rotate-key", "--key-file", str(key_file)]) == 0
    env = {"SOSDESK_SYNC_KEY_FILE": str(key_file), "SOSDESK_SYNC_THROTTLE_ENROL": "3"}
    a = RealServer(server_db, env=env).start()
    b = RealServer(server_db, env=env).start()
    try:
        nat = Raw(a.base, a.url, None, "national_coordinator")
        reference(nat)
        office = Raw(b.base, b.url, "R1", "regional_admin")  # enrolled on B...
        office.base = a.base
        office.access = office.token()  # ...token from A...
        office.base = b.base
        assert office.one(op("beneficiaries", "B-x", region_id="R1", last_name="Un")) == ("applied", "")
        office.base = a.base  # ...push on B, pull on A: same rows, same sequence
        changes = office.pull().json()["changes"]
        assert "B-x" in {c["row_id"] for c in changes}
        assert office.one(op("beneficiaries", "B-y", region_id="R1", last_name="Deux"))[0] == "applied"
        # throttling counters live in the database: attempts on A and B add up
        answers = [requests.post(f"{srv.base}/v1/enrol", json={"code": "AAAA-BBBB-CCCC"}, timeout=10).status_code
                   for srv in (a, b, a, b)]
        assert answers[-1] == 429 and answers[0] == 403
    finally:
        a.stop()
        b.stop()


def test_access_log_records_who_pulled_and_pushed_what_without_values(server: RealServer) -> None:
    nat = Raw(server.base, server.url, None, "national_coordinator")
    reference(nat)
    office = Raw(server.base, server.url, "R1", "regional_admin")
    assert office.one({**op("beneficiaries", "B-log", region_id="R1", last_name="Secret"),
                       "updated_by": "U-admin"}) == ("applied", "")
    assert office.pull().status_code == 200
    engine = db.make_engine(server.url)
    try:
        with engine.connect() as conn:
            lines = [tuple(r) for r in conn.execute(text(
                "SELECT device_id, person, action, table_name, count FROM access_log ORDER BY id"))]
    finally:
        engine.dispose()
    assert (office.device_id, "U-admin", "push", "beneficiaries", 1) in lines
    assert any(d == office.device_id and a == "pull" and t == "beneficiaries" for d, _, a, t, _ in lines)
    assert "Secret" not in repr(lines)
    assert "Secret" not in Path(server.log.name).read_text()


def test_proof_loaded_on_the_national_side_reaches_the_office_of_its_meeting(server: RealServer) -> None:
    import base64
    import hashlib

    nat = Raw(server.base, server.url, None, "national_coordinator")
    reference(nat)
    office = Raw(server.base, server.url, "R1", "regional_admin")
    from tests.proof_samples import pdf_bytes

    fake = b"MZ\x90\x00 not a scan"
    assert nat.one(op("attachments", hashlib.sha256(fake).hexdigest(), filename="emargement.pdf",
                      media_type="application/pdf", content=base64.b64encode(fake).decode())) == (
        "rejected", "not_a_proof:content")  # the service checks the content like the desktop does
    content = pdf_bytes(text="emargement")
    sha = hashlib.sha256(content).hexdigest()
    assert nat.one(op("attachments", sha, filename="emargement.pdf", media_type="application/pdf",
                      content=base64.b64encode(content).decode())) == ("applied", "")
    assert sha not in {c["row_id"] for c in office.pull().json()["changes"]}
    assert nat.one(op("meetings", "M-nat", region_id="R1", type_id="IND", start="2026-10-05T07:00:00+00:00",
                      minutes=60, site_id="S-R1", proof=sha)) == ("applied", "")
    pulled = {c["row_id"]: c for c in office.pull().json()["changes"]}
    assert sha in pulled and "M-nat" in pulled
