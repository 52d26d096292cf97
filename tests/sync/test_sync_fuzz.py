"""Fuzz over the whole API (issue 19): no request, however malformed, gets an answer ≥ 500.

The bulk (≥ 10,000 generated requests) goes through the ASGI app in process — the same app
uvicorn serves — so it runs in well under a minute; a smoke of the nastiest shapes then goes
through a real uvicorn on 127.0.0.1.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any

import pytest
import requests
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from sosdesk.contract import fields as contract_fields
from sosdesk.contract import tables
from sync.app import create_app
from tests.sync.rawclient import Raw, make_code, reference
from tests.sync.realserver import RealServer

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

PATHS = ["/v1/enrol", "/v1/token", "/v1/clone", "/v1/meta", "/v1/push", "/v1/pull", "/v1/snapshot",
         "/v1/verify", "/docs", "/openapi.json", "/", "/v1/push/", "/v1/../v1/pull", "/v1/sender-key",
         "/v1/sender-keys", "/v1/office-key", "/v1/invoice-number", "/v1/attachments/", "/v1/attachments/x",
         "/v1/attachments/" + "0" * 64]
ROUTES = [("/v1/push", "POST")] * 6 + [("/v1/enrol", "POST"), ("/v1/token", "POST"), ("/v1/clone", "POST"),
                                        ("/v1/meta", "GET"), ("/v1/pull", "GET"), ("/v1/snapshot", "GET"),
                                        ("/v1/verify", "POST"), ("/v1/sender-key", "POST"),
                                        ("/v1/sender-keys", "GET"), ("/v1/office-key", "POST"),
                                        ("/v1/invoice-number", "POST"), ("/v1/attachments/" + "0" * 64, "PUT"),
                                        ("/v1/attachments/" + "0" * 64, "GET"), ("/v1/attachments/..", "PUT")]
TABLES = [*tables.synced_models(), "nope", "", "rows", "x" * 80]
FIELD_NAMES = sorted({name for t in tables.synced_models() for name in contract_fields.specs(t)})

# Cheap strategies (mostly sampled nasty values): the generator must not cost more than the requests.
NASTY = [None, True, False, 0, -1, 1, 2**31, 2**63, 2**64, -(2**70), 1.5, 1e308, "", "x", "\x00", "é" * 50,
         "2026-13-45T99:00", "31/02/1990", "2026-10-05", "2026-10-05T09:00:00+02:00", "2026-10-05T09:00:00",
         "R1", "R2", "S-R1", "B-R1", "IND", "national", "draft", "submitted", "approved", "validated", "paid",
         "regional", "credit_note", "SOS-2026-000001", "x" * 300, "\ud800", "' OR 1=1 --", "\u202e"]
scalars = st.one_of(st.sampled_from(NASTY), st.integers(), st.text(max_size=12))
json_values = st.one_of(scalars, st.lists(scalars, max_size=3),
                        st.dictionaries(st.sampled_from(["a", "items", "kind", ""]), scalars, max_size=3))


def _url_text(value: Any) -> str:
    return str(value).encode("utf-8", "replace").decode("utf-8")  # a URL carries no lone surrogate


@st.composite
def ops(draw: Any) -> Any:
    if draw(st.integers(0, 9)) == 0:
        return draw(json_values)
    names = st.one_of(st.sampled_from(FIELD_NAMES), st.sampled_from(["deleted", "id", "row_version", "zz", ""]))
    pair = st.one_of(st.lists(json_values, min_size=2, max_size=2), st.lists(scalars, max_size=3), scalars)
    return {
        "op_id": draw(st.one_of(st.integers(min_value=-5, max_value=2**64), st.text(max_size=5))),
        "table": draw(st.sampled_from(TABLES)),
        "row_id": draw(st.one_of(st.sampled_from(["R1", "B-R1", "S-R1", "INV1", "M1", "", "x" * 70]), scalars)),
        "action": draw(st.sampled_from(["insert", "update", "delete", "upsert", ""])),
        "fields": draw(st.one_of(st.dictionaries(names, pair, max_size=4), scalars)),
        "base_version": draw(scalars),
        **({"updated_at": draw(scalars)} if draw(st.booleans()) else {}),
    }


@st.composite
def requests_(draw: Any) -> dict[str, Any]:
    if draw(st.integers(0, 9)) == 0:  # now and then anywhere, with any method
        path = draw(st.one_of(st.sampled_from(PATHS),
                              st.text(alphabet="/abcv1._%?&=", max_size=20).map(lambda s: "/" + s.lstrip("/"))))
        method = draw(st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH"]))
    else:  # mostly the real routes with their method, so the handlers themselves are fuzzed
        path, method = draw(st.sampled_from(ROUTES))
    auth = draw(st.sampled_from(["good"] * 12 + ["none", "garbage", "bearer-garbage", "no-exp", "list"]))
    kind = draw(st.sampled_from(["push", "push", "push", "json", "bytes", "none", "enrol"]))
    if kind == "push":
        body: bytes | None = json.dumps({"device_id": draw(st.sampled_from(["SELF", "other", ""])),
                                         "ops": draw(st.lists(ops(), max_size=3)),
                                         **({"region": draw(scalars)} if draw(st.booleans()) else {})},
                                        ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass")
    elif kind == "json":
        body = json.dumps(draw(json_values)).encode("utf-8", "surrogatepass")
    elif kind == "enrol":
        body = json.dumps({"code": draw(scalars), "refresh": draw(scalars),
                           "device_id": draw(scalars)}).encode("utf-8", "surrogatepass")
    elif kind == "bytes":
        body = draw(st.binary(max_size=60))
    else:
        body = None
    params = draw(st.dictionaries(st.sampled_from(["since", "limit", "table", "after"]),
                                  st.one_of(scalars.map(_url_text), st.sampled_from(TABLES)), max_size=3))
    return {"path": path, "method": method, "auth": auth, "body": body, "params": params}


EXAMPLES = 2_000


def _headers(auth: str, token: str) -> dict[str, str]:
    import base64

    def b64(x: Any) -> str:
        return base64.urlsafe_b64encode(json.dumps(x).encode()).rstrip(b"=").decode()

    return {"good": {"Authorization": f"Bearer {token}"}, "none": {},
            "garbage": {"Authorization": "Basic Zm9vOmJhcg=="},
            "bearer-garbage": {"Authorization": "Bearer a.b.c"},
            "no-exp": {"Authorization": f"Bearer {b64({'d': 'x'})}.sig"},
            "list": {"Authorization": f"Bearer {b64([1, 2])}.sig"}}[auth]


@pytest.mark.slow
def test_fuzz_whole_api_never_answers_5xx(tmp_path: Path) -> None:
    app = create_app(f"sqlite:///{tmp_path / 'fuzz.db'}")
    with TestClient(app, raise_server_exceptions=False) as client:  # one event loop for every request
        _fuzz(app, client)
    app.state.engine.dispose()


def _fuzz(app: Any, client: Any) -> None:
    engine = app.state.engine
    from sync import auth, db

    def enrolled(region: str | None, role: str) -> tuple[str, str]:
        with db.write(engine) as conn:
            code = auth.make_code(conn, region, role)
        r = client.post("/v1/enrol", json={"code": code}).json()
        token = client.post("/v1/token", json={"refresh": r["refresh"]}).json()["access"]
        return r["device_id"], token

    nat_id, nat_token = enrolled(None, "national_coordinator")
    office_id, office_token = enrolled("R1", "regional_admin")
    seed = [{"op_id": i + 1, "table": t, "row_id": rid, "action": "insert", "base_version": 0,
             "fields": {k: [None, v] for k, v in vals.items()}} for i, (t, rid, vals) in enumerate([
                 ("regions", "R1", {"name": "R1"}), ("regions", "R2", {"name": "R2"}),
                 ("sites", "S-R1", {"region_id": "R1", "name": "S"}),
                 ("beneficiaries", "B-R1", {"region_id": "R1", "last_name": "T"})])]
    assert client.post("/v1/push", json={"device_id": nat_id, "ops": seed},
                       headers={"Authorization": f"Bearer {nat_token}"}).status_code == 200
    seen: dict[int, int] = {}
    bad: list[tuple[int, str, str]] = []

    # Each drawn request is sent five ways (as the office, as the national office, without its
    # token, cut short, with its op ids replayed): the generator's cost stays small next to the requests'.
    @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck), phases=(Phase.explicit, Phase.generate))
    @given(req=requests_(), cut=st.integers(min_value=0, max_value=400))
    def many(req: dict[str, Any], cut: int) -> None:
        one(req, "office")
        one(req, "nat")
        one({**req, "auth": "none"}, "office")
        one({**req, "body": req["body"][:cut] if req["body"] else b"{"}, "office")
        one(req, "office")  # the same op ids again: duplicates

    def one(req: dict[str, Any], who: str) -> None:
        device, token = (office_id, office_token) if who == "office" else (nat_id, nat_token)
        body = req["body"]
        if body is not None:
            body = body.replace(b'"SELF"', json.dumps(device).encode())
        headers = _headers(req["auth"], token)
        if body is not None:
            headers["Content-Type"] = "application/json"
        r = client.request(req["method"], req["path"], content=body, params=req["params"], headers=headers)
        seen[r.status_code] = seen.get(r.status_code, 0) + 1
        if r.status_code >= 500:
            bad.append((r.status_code, req["method"], req["path"]))

    many()
    total = sum(seen.values())
    print(f"fuzz: {total} requests, statuses {dict(sorted(seen.items()))}")
    assert total >= 10_000
    assert not bad, bad[:5]
    assert seen.get(200, 0) > total // 20  # the generator reaches the real handlers, not only 4xx walls


def test_fuzz_smoke_through_real_server(tmp_path: Path) -> None:
    server = RealServer(f"sqlite:///{tmp_path / 'server.db'}").start()
    try:
        nat = Raw(server.base, server.url, None, "national_coordinator")
        reference(nat)
        office = Raw(server.base, server.url, "R1", "regional_admin")
        h = office.headers
        nasty: list[tuple[str, str, Any]] = [
            ("POST", "/v1/push", b"\xff\xfe\x00"),
            ("POST", "/v1/push", b'{"device_id": "' + office.device_id.encode() + b'", "ops": [1, "x", null]}'),
            ("POST", "/v1/push", json.dumps({"device_id": office.device_id, "ops": [
                {"op_id": 1, "table": "beneficiaries", "row_id": "B-R1", "action": "update",
                 "fields": {"last_name": ["Test", "\x00"]}, "base_version": 1}]}).encode()),
            ("POST", "/v1/push", json.dumps({"device_id": office.device_id, "ops": [
                {"op_id": 2, "table": "meetings", "row_id": "M", "action": "insert",
                 "fields": {"start": [None, {"a": [1]}]}, "base_version": 0}]}).encode()),
            ("POST", "/v1/token", b'{"refresh": 5}'), ("POST", "/v1/enrol", b'[]'),
            ("GET", "/v1/pull?since=-1", None), ("GET", "/v1/pull?since=99999999999999999999", None),
            ("GET", "/v1/snapshot?table=" + "x" * 100, None), ("POST", "/v1/verify", b"{}"),
        ]
        make_code(server.url, "R1", "regional_admin")
        for method, path, body in nasty:
            r = requests.request(method, server.base + path, data=body, headers=h, timeout=10)
            assert r.status_code < 500, (method, path, r.status_code)
    finally:
        server.stop()
    log = Path(server.log.name).read_text()
    assert "Traceback" not in log and "\x00" not in log
