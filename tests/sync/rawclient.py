"""Raw HTTP against a real service, as an office with its own credentials could send it."""

from __future__ import annotations

import itertools
from typing import Any

import requests

from sync import auth, db


def make_code(url: str, region: str | None, role: str) -> str:
    engine = db.make_engine(url)
    try:
        with db.write(engine) as conn:
            return auth.make_code(conn, region, role)
    finally:
        engine.dispose()


class Raw:
    """One enrolled device speaking raw JSON to the service."""

    _ids = itertools.count(1)

    def __init__(self, base: str, url: str, region: str | None, role: str) -> None:
        self.base = base
        r = requests.post(f"{base}/v1/enrol", json={"code": make_code(url, region, role)}, timeout=10)
        r.raise_for_status()
        self.device_id = r.json()["device_id"]
        self.refresh = r.json()["refresh"]
        self.access = self.token()

    def token(self) -> str:
        r = requests.post(f"{self.base}/v1/token", json={"refresh": self.refresh}, timeout=10)
        r.raise_for_status()
        return str(r.json()["access"])

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.access}"}

    def push(self, *ops: dict[str, Any]) -> list[dict[str, Any]]:
        r = requests.post(f"{self.base}/v1/push", json={"device_id": self.device_id, "ops": list(ops)},
                          headers=self.headers, timeout=30)
        assert r.status_code == 200, (r.status_code, r.text[:300])
        return list(r.json()["results"])

    def one(self, op: dict[str, Any]) -> tuple[str, str]:
        res = self.push(op)[0]
        return res["status"], res.get("reason", "")

    def pull(self, since: int = 0) -> requests.Response:
        return requests.get(f"{self.base}/v1/pull", params={"since": since}, headers=self.headers, timeout=30)


def op(table: str, row_id: str, **values: Any) -> dict[str, Any]:
    """An insert of ``values`` (every field ``[None, value]``)."""
    return {"op_id": next(Raw._ids), "table": table, "row_id": row_id, "action": "insert",
            "fields": {k: [None, v] for k, v in values.items()}, "base_version": 0}


def move(table: str, row_id: str, base: int, **pairs: tuple[Any, Any]) -> dict[str, Any]:
    return {"op_id": next(Raw._ids), "table": table, "row_id": row_id, "action": "update",
            "fields": {k: list(v) for k, v in pairs.items()}, "base_version": base}


def invoice(row_id: str, scope: str, kind: str = "regional", **values: Any) -> dict[str, Any]:
    return op("invoices", row_id, kind=kind, scope=scope, month="2026-10", status="draft", **values)


def reference(nat: Raw, regions: tuple[str, ...] = ("R1", "R2")) -> None:
    """Regions, a meeting type, a site and a beneficiary per region, pushed by the national device."""
    ops = [op("regions", r, name=f"Région {r}") for r in regions]
    ops.append(op("meeting_types", "IND", label="Entretien", kind="individual", minutes=60))
    for r in regions:
        ops.append(op("sites", f"S-{r}", region_id=r, name=f"Site {r}", open=[]))
        ops.append(op("beneficiaries", f"B-{r}", region_id=r, last_name="Test", first_name="Ana"))
    results = nat.push(*ops)
    assert {r["status"] for r in results} == {"applied"}, results
