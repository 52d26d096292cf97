"""A small sync world for tests: an in-process service, offices enrolled on it, ORM edits."""

from __future__ import annotations

import shutil
import uuid
import warnings
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from sqlalchemy import select

from sosdesk.store import Store, open_store
from sosdesk.store import models as m
from sosdesk.syncclient import service
from sosdesk.syncclient.transport import SyncError, raise_for
from sync import auth, db
from sync.app import create_app

with warnings.catch_warnings():
    # starlette's TestClient announces its move to httpx2; the in-process transport is all we use.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


class AppTransport:
    """Transport straight into the FastAPI app (no socket); can lose replies or be offline."""

    def __init__(self, app: FastAPI) -> None:
        self.client = TestClient(app)
        self.offline = False
        self.lose_next_reply = False

    def request(self, method: str, path: str, *, json: Any = None, params: dict[str, Any] | None = None,
                token: str | None = None) -> Any:
        if self.offline:
            raise SyncError("Le service de synchronisation est injoignable (test).")
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        resp = self.client.request(method, path, json=json, params=params, headers=headers)
        body = resp.json() if resp.content else None
        raise_for(resp.status_code, body)
        if self.lose_next_reply and path == "/v1/push":
            self.lose_next_reply = False
            raise SyncError("réponse perdue (test)")
        return body

    def put_bytes(self, path: str, data: bytes, token: str) -> Any:
        if self.offline:
            raise SyncError("Le service de synchronisation est injoignable (test).")
        resp = self.client.put(path, content=data, headers={"Authorization": f"Bearer {token}"})
        body = resp.json() if resp.content else None
        raise_for(resp.status_code, body)
        return body

    def get_bytes(self, path: str, token: str) -> bytes:
        if self.offline:
            raise SyncError("Le service de synchronisation est injoignable (test).")
        resp = self.client.get(path, headers={"Authorization": f"Bearer {token}"})
        if resp.status_code >= 400:
            raise_for(resp.status_code, resp.json() if resp.content else None)
        return bytes(resp.content)


_TEMPLATE: dict[str, Path] = {}


def fresh_store(path: Path) -> Store:
    """A new office file (copied from one migrated template: migrations run once per session)."""
    if "db" not in _TEMPLATE:
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="sosdesk-sync-template-"))
        template = open_store(folder / "template.db")
        template.close()
        _TEMPLATE["db"] = folder / "template.db"
    shutil.copy(_TEMPLATE["db"], path)
    return open_store(path)


class World:
    """One service and helpers to enrol offices on it."""

    def __init__(self, tmp: Path, url: str | None = None) -> None:
        self.tmp = tmp
        self.url = url or f"sqlite:///{tmp / 'server.db'}"
        # Many offices enrol from one test client within a minute: throttling is tested on its own.
        self.app = create_app(self.url, throttle={"enrol": 100_000, "token": 100_000})
        self.engine = self.app.state.engine
        from sosdesk.syncclient import numbers

        numbers._TRANSPORTS["http://test"] = AppTransport(self.app)  # invoice numbers from this service

    def code(self, region: str | None, role: str = "regional_admin") -> str:
        with db.write(self.engine) as conn:
            return auth.make_code(conn, region, role)

    def office(self, name: str, region: str | None, role: str = "regional_admin") -> tuple[Store, AppTransport]:
        store = fresh_store(self.tmp / f"{name}.db")
        transport = AppTransport(self.app)
        service.enrol(store, "http://test", self.code(region, role), transport)
        return store, transport


def seed_reference(store: Store, regions: tuple[str, ...] = ("R1", "R2")) -> None:
    """Reference data a national office writes: regions, a meeting type, one site per region."""
    def fn(s: Any) -> None:
        for r in regions:
            s.add(m.Region(id=r, name=f"Région {r}"))
        s.add(m.MeetingType(id="IND", label="Entretien", kind="individual", minutes=60))
        s.flush()
        for r in regions:
            s.add(m.Site(id=f"S-{r}", region_id=r, name=f"Site {r}", open=[]))
    store.edit(fn, "référence")


def add_beneficiary(store: Store, region: str, **kw: Any) -> str:
    bid = kw.pop("id", None) or str(uuid.uuid4())
    store.edit(lambda s: s.add(m.Beneficiary(id=bid, region_id=region, first_name=kw.pop("first_name", "Ana"),
                                             last_name="Test", **kw)), "ajout")
    return bid


def add_meeting(store: Store, region: str, note: str = "") -> str:
    mid = str(uuid.uuid4())
    start = datetime(2026, 11, 23, 9, tzinfo=UTC) + timedelta(minutes=30 * (hash(mid) % 20))
    store.edit(lambda s: s.add(m.Meeting(id=mid, region_id=region, type_id="IND", start=start, minutes=60,
                                         site_id=f"S-{region}", note=note)), "rdv")
    return mid


def update(store: Store, model: type, row_id: str, **values: Any) -> None:
    def fn(s: Any) -> None:
        obj = s.get(model, row_id)
        for k, v in values.items():
            setattr(obj, k, v)
    store.edit(fn, "modif")


def delete(store: Store, model: type, row_id: str) -> None:
    update(store, model, row_id, deleted=True)


def get(store: Store, model: type, row_id: str) -> Any:
    with store.session() as s:
        return s.get(model, row_id)


def rows_of(store: Store, model: type, region: str | None = None) -> dict[str, dict[str, Any]]:
    """Comparable view of a table: id → (version-free) data and tombstone."""
    from sosdesk.store.sync_apply import full_data

    with store.session() as s:
        q: Any = select(model)
        if region is not None and hasattr(model, "region_id"):
            q = q.where(model.region_id == region)
        out = {}
        for obj in s.scalars(q):
            d = full_data(obj)
            d.pop("updated_at", None)
            d.pop("updated_by", None)
            out[obj.id] = d
        return out
