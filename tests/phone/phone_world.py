"""A real service (uvicorn on 127.0.0.1, clock pinned) holding the printing tests' week (2026-W48)
pushed by a national office, and a regional office of R1 that pulled it: the world of the
professionals' phone tests."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import select

from sosdesk.cli import main as sosdesk_main
from sosdesk.store import Store
from sosdesk.store import models as m
from sosdesk.syncclient import credentials, service
from sosdesk.syncclient.transport import HttpTransport
from sync import auth, db
from tests.printing.print_world import build_week
from tests.sync.realserver import RealServer
from tests.sync.syncworld import fresh_store

NOW = "2026-11-24T06:30:00+00:00"     # Tuesday of week 48, 7:30 in Paris


class PhoneWorld:
    def __init__(self, tmp: Path, url: str | None = None) -> None:
        self.tmp = tmp
        self.url = url or f"sqlite:///{tmp / 'server.db'}"
        self.server = RealServer(self.url).start(SOSDESK_SYNC_NOW=NOW)
        self.base = self.server.base
        self.national = build_week(tmp / "national.db")
        self._enrol(self.national, None, "national_coordinator")
        service.sync_now(self.national)
        self.office = fresh_store(tmp / "office.db")
        self._enrol(self.office, "R1", "regional_admin")
        service.sync_now(self.office)
        self.creds = [c for c in (credentials.load(s.get_state(service.K_DEVICE))
                                  for s in (self.national, self.office)) if c is not None]

    def code(self, region: str | None, role: str) -> str:
        engine = db.make_engine(self.url)
        try:
            with db.write(engine) as conn:
                return auth.make_code(conn, region, role)
        finally:
            engine.dispose()

    def _enrol(self, store: Store, region: str | None, role: str) -> None:
        service.enrol(store, self.base, self.code(region, role), HttpTransport(self.base))

    def restore_keyring(self) -> None:
        for cred in self.creds:
            credentials.save(cred)

    def cli(self, *argv: str, db_path: Path | None = None) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = sosdesk_main([*argv, "--db", str(db_path or self.office.path)])
        return code, out.getvalue(), err.getvalue()

    def sign_in(self, professional: str) -> requests.Session:
        code, out, _ = self.cli("field-link", "--professional", professional, "--json")
        assert code == 0
        import json

        link = json.loads(out)
        http = requests.Session()
        r = http.post(self.base + "/v1/field/signin", json={"code": link["code"]}, timeout=10)
        assert r.status_code == 200, r.text
        http.headers["Authorization"] = "Bearer " + r.json()["session"]
        return http

    def meeting(self, store: Store, mid: str) -> m.Meeting:
        with store.session() as s:
            row = s.get(m.Meeting, mid)
            assert row is not None
            s.expunge(row)
            return row

    def server_rows(self, sql: str) -> list[Any]:
        engine = db.make_engine(self.url)
        try:
            from sqlalchemy import text

            with engine.connect() as conn:
                return list(conn.execute(text(sql)))
        finally:
            engine.dispose()

    def close(self) -> None:
        self.server.stop()
        self.national.close()
        self.office.close()


def conflicts(store: Store) -> list[Any]:
    from sosdesk.store.sync_models import SyncConflict

    with store.session() as s:
        return list(s.scalars(select(SyncConflict).where(SyncConflict.resolved.is_(False))))


@contextlib.contextmanager
def world(tmp: Path) -> Iterator[PhoneWorld]:
    w = PhoneWorld(tmp)
    try:
        yield w
    finally:
        w.close()
