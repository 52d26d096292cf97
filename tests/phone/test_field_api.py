"""The mobile page's calls on the real service: sign-in, scope, attendance and proof arriving in
the office file after sync, conflicts with office edits, retries, revocation, throttling."""

from __future__ import annotations

import hashlib
import io
import json
import uuid
from typing import Any

import requests
from PIL import Image
from sqlalchemy import select

from sosdesk.store import models as m
from sosdesk.syncclient import service
from tests.phone.phone_world import PhoneWorld, conflicts

MONDAY = "2026-11-23"


def _week(http: requests.Session, pw: PhoneWorld) -> dict[str, Any]:
    r = http.get(pw.base + "/v1/field/week", params={"from": MONDAY, "days": 7}, timeout=10)
    assert r.status_code == 200, r.text
    out: dict[str, Any] = r.json()
    return out


def _meeting(week: dict[str, Any], mid: str) -> dict[str, Any]:
    return next(x for x in week["meetings"] if x["id"] == mid)


def _record(http: requests.Session, pw: PhoneWorld, meeting: dict[str, Any], kind: str,
            beneficiary: str | None = None, value: str | None = None, client_id: str | None = None) -> dict[str, Any]:
    seen: dict[str, Any] = {"status": meeting["status"]}
    if beneficiary:
        seen["attendance"] = next(b["attendance"] for b in meeting["beneficiaries"] if b["id"] == beneficiary)
    r = http.post(pw.base + "/v1/field/record", json={
        "client_id": client_id or str(uuid.uuid4()), "meeting_id": meeting["id"], "kind": kind,
        "beneficiary_id": beneficiary, "value": value, "seen": seen,
        "base_version": meeting["row_version"]}, timeout=10)
    assert r.status_code == 200, r.text
    out: dict[str, Any] = r.json()
    return out


def test_one_time_code_and_the_professionals_own_week_in_initials(pw: PhoneWorld) -> None:
    code, out, err = pw.cli("field-link", "--professional", "P1", "--json")
    assert code == 0, err
    link = json.loads(out)
    assert link["url"] == f"{pw.base}/field/?c={link['code'].replace('-', '')}"
    http = requests.Session()
    assert http.post(pw.base + "/v1/field/signin", json={"code": link["code"]}, timeout=10).status_code == 200
    again = http.post(pw.base + "/v1/field/signin", json={"code": link["code"]}, timeout=10)
    assert again.status_code == 403 and "déjà utilisé" in again.json()["detail"]
    assert http.get(pw.base + "/v1/field/week", timeout=10).status_code == 401
    week = _week(pw.sign_in("P1"), pw)
    assert [x["id"] for x in week["meetings"]] == ["M1", "M5", "M2", "M3"]   # P2's M4, M6 never appear
    m3 = _meeting(week, "M3")
    assert [b["initials"] for b in m3["beneficiaries"]] == ["A.L.", "Z.L.", "N.L.", "H.L."]
    assert m3["seats"] == 8 and m3["site"]["address"] == "12 rue Garibaldi, 69003 Lyon"
    assert m3["site"]["map"].startswith("https://www.openstreetmap.org/search?query=12+rue+Garibaldi")
    text = json.dumps(week, ensure_ascii=False)
    for secret in ("Lefèvre", "Sursis", "measure", "note", "Anaïs"):
        assert secret not in text
    page = requests.get(pw.base + "/field/", timeout=10)
    assert page.status_code == 200 and "Mes rendez-vous" in page.text
    total = sum(len(requests.get(pw.base + f"/field/{n}", timeout=10).content) for n in ("", "app.js", "app.css"))
    assert total < 200_000


def test_attendance_and_own_presence_reach_the_office_authored_by_the_professional(pw: PhoneWorld) -> None:
    http = pw.sign_in("P1")
    m1 = _meeting(_week(http, pw), "M1")
    client = str(uuid.uuid4())
    assert _record(http, pw, m1, "attendance", "B1", "present", client)["status"] == "applied"
    log = pw.server_rows("SELECT count(*) FROM change_log")[0][0]
    # The page retries the same send (reply lost): nothing is applied twice.
    assert _record(http, pw, m1, "attendance", "B1", "present", client)["duplicate"] is True
    assert pw.server_rows("SELECT count(*) FROM change_log")[0][0] == log
    m1 = _meeting(_week(http, pw), "M1")
    assert _record(http, pw, m1, "self_present")["status"] == "applied"
    service.sync_now(pw.office)
    row = pw.meeting(pw.office, "M1")
    assert row.attendance == {"B1": "present"} and row.status == "held"
    assert row.professionals_present == ["P1"] and row.updated_by == "P1"
    kinds = {r[0] for r in pw.server_rows("SELECT kind FROM phone_access_log")}
    assert {"field_link", "field_signin", "field_attendance", "field_self_present"} <= kinds
    dump = " ".join(str(tuple(r)) for r in pw.server_rows("SELECT * FROM phone_access_log"))
    assert "Hélène" not in dump and "Moreau" not in dump


def test_office_attendance_already_synced_is_a_visible_conflict_on_the_page(pw: PhoneWorld) -> None:
    http = pw.sign_in("P1")
    stale = _meeting(_week(http, pw), "M3")                  # the page loaded before the office typed
    def edit(s: Any) -> None:
        row = s.get(m.Meeting, "M3")
        row.attendance = {**row.attendance, "B3": "absent_excused"}
    pw.office.edit(edit, "présences")
    service.sync_now(pw.office)
    out = _record(http, pw, stale, "attendance", "B3", "present")
    assert out["status"] == "conflict" and out["data"]["attendance"]["B3"] == "absent_excused"
    assert _meeting(_week(http, pw), "M3")["beneficiaries"][1]["attendance"] == "absent_excused"
    assert pw.server_rows("SELECT count(*) FROM conflict_log WHERE row_id='M3' AND kind='conflict'")[0][0] >= 1
    # Another beneficiary of the same stale view is not blocked by the office's edit of B3.
    assert _record(http, pw, stale, "attendance", "B1", "present")["status"] in ("applied", "merged")


def test_page_attendance_against_a_pending_office_edit_is_a_conflict_at_the_office(pw: PhoneWorld) -> None:
    http = pw.sign_in("P1")
    def edit(s: Any) -> None:                               # typed at the office, not yet synced
        row = s.get(m.Meeting, "M3")
        row.attendance = {**row.attendance, "B4": "absent_unexcused"}
    pw.office.edit(edit, "présences")
    m3 = _meeting(_week(http, pw), "M3")
    assert _record(http, pw, m3, "attendance", "B4", "present")["status"] in ("applied", "merged")
    service.sync_now(pw.office)
    found = [c for c in conflicts(pw.office) if c.row_id == "M3"]
    assert found, "the office must see the disagreement"
    assert found[0].theirs["attendance"]["B4"] == "present"
    assert found[0].mine["attendance"]["B4"] == "absent_unexcused"


def _png(size: tuple[int, int] = (40, 30)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, (200, 220, 240)).save(buf, "PNG")
    return buf.getvalue()


def test_photo_of_the_sheet_arrives_as_the_meetings_proof(pw: PhoneWorld) -> None:
    http = pw.sign_in("P1")
    m2 = _meeting(_week(http, pw), "M2")
    content = _png()
    params = {"meeting_id": "M2", "client_id": str(uuid.uuid4()), "seen": "", "base_version": m2["row_version"]}
    r = http.post(pw.base + "/v1/field/proof", params=params, data=content,
                  headers={"Content-Type": "image/png"}, timeout=10)
    assert r.status_code == 200 and r.json()["status"] == "applied", r.text
    sha = hashlib.sha256(content).hexdigest()
    service.sync_now(pw.office)
    assert pw.meeting(pw.office, "M2").proof == sha
    with pw.office.session() as s:
        att = s.get(m.Attachment, sha)
        assert att is not None and att.content == content and att.media_type == "image/png"
    bad = http.post(pw.base + "/v1/field/proof", params={**params, "client_id": str(uuid.uuid4())},
                    data=b"%PDF-1.4 not a photo", timeout=10)
    assert bad.status_code == 415 and "JPEG, PNG ou TIFF" in bad.json()["detail"]
    big = http.post(pw.base + "/v1/field/proof", params={**params, "client_id": str(uuid.uuid4())},
                    data=b"\xff" * (6 * 1024 * 1024 + 1), timeout=30)
    assert big.status_code == 413
    with pw.office.session() as s:
        assert s.scalar(select(m.Attachment.id).where(m.Attachment.id != sha)) is None


def test_one_sheet_for_the_whole_site_day(pw: PhoneWorld) -> None:
    from datetime import UTC, datetime

    pw.office.edit(lambda s: s.add(m.Meeting(
        id="M7", region_id="R1", type_id="IND", start=datetime(2026, 11, 24, 10, 0, tzinfo=UTC), minutes=60,
        site_id="S1", professionals=["P1"], beneficiaries=["B6"])), "rdv")
    service.sync_now(pw.office)
    http = pw.sign_in("P1")
    m7 = _meeting(_week(http, pw), "M7")
    content = _png((50, 50))
    params = {"meeting_id": "M7", "client_id": str(uuid.uuid4()), "base_version": m7["row_version"],
              "site_day": "true"}
    r = http.post(pw.base + "/v1/field/proof", params=params, data=content, timeout=10)
    assert r.status_code == 200 and r.json()["also"] == ["M5"], r.text      # M2 is at another site
    sha = hashlib.sha256(content).hexdigest()
    service.sync_now(pw.office)
    assert pw.meeting(pw.office, "M7").proof == sha and pw.meeting(pw.office, "M5").proof == sha
    # A second sheet for the day never replaces a proof already there.
    m7 = _meeting(_week(http, pw), "M7")
    other = _png((60, 60))
    r = http.post(pw.base + "/v1/field/proof", data=other, timeout=10, params={
        **params, "client_id": str(uuid.uuid4()), "seen": sha, "base_version": m7["row_version"]})
    assert r.json()["status"] == "applied" and r.json()["also"] == []
    service.sync_now(pw.office)
    assert pw.meeting(pw.office, "M5").proof == sha


def test_revoked_link_ends_the_phones_session(pw: PhoneWorld) -> None:
    http = pw.sign_in("P2")
    assert http.get(pw.base + "/v1/field/week", timeout=10).status_code == 200
    code, _out, err = pw.cli("field-link", "--professional", "P2", "--revoke")
    assert code == 0 and "révoqués" in err
    assert http.get(pw.base + "/v1/field/week", timeout=10).status_code == 401


def test_sign_in_is_throttled(pw: PhoneWorld) -> None:                      # last: blocks 127.0.0.1
    answers = [requests.post(pw.base + "/v1/field/signin", json={"code": f"WRONG-{i:04d}"}, timeout=10).status_code
               for i in range(11)]
    blocked = answers.index(429)               # ≤ 10 failures per 15 minutes and address
    assert 0 < blocked <= 10 and set(answers[:blocked]) == {403} and set(answers[blocked:]) == {429}
    _code, out, _err = pw.cli("field-link", "--professional", "P1", "--json")
    good = requests.post(pw.base + "/v1/field/signin", json={"code": json.loads(out)["code"]}, timeout=10)
    assert good.status_code == 429 and "trop de tentatives" in good.json()["detail"]
