"""Reminders sent by the central service for the regions enrolled in it (docs/mobile.md).

The service runs the office's own reminder code (``sosdesk.notify``: rules, templates, consent,
quiet hours, idempotency keys, crash recovery) on one *shadow office file* per region, kept in a
folder of the service: the region's rows (and reference data) are copied into it from the
service's current rows before each pass, and its ``reminder_messages`` table is the region's
durable outbox. The national coordinator sets one sender configuration (SMTP, SMS gateway, quiet
hours, rules) for every region.

Who sends for a region never overlaps (no double send):

- ``office`` (default): the office PC sends; the service does nothing.
- ``to_service``: the coordinator enrolled the region; the office PC keeps sending until it hands
  over (``POST /v1/phone/reminders/handover``: its record of messages already sent, so the
  service never sends them again), then stops; the region becomes ``service``.
- ``service``: only the service sends.
- ``to_office``: the coordinator withdrew the region; the service stops at once; the office takes
  the service's record back (``GET /v1/phone/reminders/record`` then ``…/takeback``) before it
  sends again; the region becomes ``office``. Meanwhile nobody sends (documented gap).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Header, HTTPException
from pydantic import BaseModel, Field
from sqlalchemy import or_, select, update
from sqlalchemy.engine import Connection, Engine

from sosdesk.notify.config import NotifySettings, Rule, save_rules, save_settings
from sosdesk.notify.handover import export_record, import_record
from sosdesk.notify.run import run_reminders
from sosdesk.notify.sender import RunReport
from sosdesk.notify.transports import Transport
from sosdesk.store import open_store
from sosdesk.store.engine import Store
from sosdesk.store.models import LocalState
from sosdesk.store.sync_apply import apply_rows
from sync import db
from sync.models import rows
from sync.phone_common import admin_caller, aware, log_access, now
from sync.phone_models import reminder_config, reminder_regions

MODES = ("office", "to_service", "service", "to_office")
TABLES = ("settings", "regions", "sites", "meeting_types", "professionals", "beneficiaries", "meetings")
SINCE_KEY = "service.since"
DIR_ENV = "SOSDESK_SYNC_REMINDERS_DIR"


def mode_of(conn: Connection, region: str) -> str:
    got = conn.execute(select(reminder_regions.c.mode).where(reminder_regions.c.region_id == region)).scalar()
    return str(got or "office")


def set_mode(conn: Connection, region: str, mode: str) -> None:
    assert mode in MODES
    if conn.execute(select(reminder_regions.c.region_id).where(reminder_regions.c.region_id == region)).first():
        conn.execute(update(reminder_regions).where(reminder_regions.c.region_id == region)
                     .values(mode=mode, changed_at=now()))
    else:
        conn.execute(reminder_regions.insert().values(region_id=region, mode=mode, changed_at=now()))


def enrol(conn: Connection, region: str, on: bool) -> str:
    """The coordinator's switch; returns the new mode."""
    current = mode_of(conn, region)
    if on:
        new = {"office": "to_service", "to_office": "service"}.get(current, current)
    else:
        new = {"service": "to_office", "to_service": "office"}.get(current, current)
    set_mode(conn, region, new)
    return new


def set_config(conn: Connection, config: dict[str, Any]) -> None:
    """Sender configuration: ``settings`` (NotifySettings JSON) and optional ``rules``."""
    NotifySettings.from_json(config.get("settings"))  # shape check
    conn.execute(reminder_config.delete().where(reminder_config.c.key == "sender"))
    conn.execute(reminder_config.insert().values(key="sender", value=config))


def get_config(conn: Connection) -> dict[str, Any]:
    got = conn.execute(select(reminder_config.c.value).where(reminder_config.c.key == "sender")).scalar()
    return dict(got or {})


def folder(engine: Engine) -> Path:
    env = os.environ.get(DIR_ENV)
    if env:
        return Path(env)
    database = engine.url.database if engine.url.get_backend_name() == "sqlite" else None
    if database:
        return Path(database).with_suffix(".reminders")
    import platformdirs

    return Path(platformdirs.user_data_dir("sosdesk-sync", "sosdesk")) / "reminders"


def shadow(engine: Engine, region: str) -> Store:
    path = folder(engine)
    path.mkdir(parents=True, exist_ok=True)
    return open_store(path / f"region-{region}.db")


def refresh(engine: Engine, store: Store, region: str) -> int:
    """Copy the region's rows changed since the last pass into its shadow file (one transaction)."""
    since = int(store.get_state(SINCE_KEY) or 0)
    with db.read(engine) as conn:
        q = select(rows.c.table_name, rows.c.row_id, rows.c.row_version, rows.c.deleted, rows.c.data,
                   rows.c.server_seq).where(
            rows.c.server_seq > since, rows.c.table_name.in_(TABLES),
            or_(rows.c.region_id == region, rows.c.region_id.is_(None))).order_by(rows.c.server_seq)
        changes = [{"table": r.table_name, "row_id": r.row_id, "row_version": r.row_version,
                    "deleted": bool(r.deleted), "data": dict(r.data), "seq": int(r.server_seq)}
                   for r in conn.execute(q)]
    if not changes:
        return 0
    with store.transaction("Service : rappels", origin="sync") as (s, _changes):
        written = apply_rows(s, changes)
        s.merge(LocalState(key=SINCE_KEY, value=changes[-1]["seq"]))
    return written


def configure(store: Store, config: Mapping[str, Any]) -> None:
    save_settings(store, NotifySettings.from_json(config.get("settings")))
    if config.get("rules"):
        save_rules(store, [Rule(str(r.get("id", "")), str(r["channel"]), int(r["offset_minutes"]),
                                bool(r.get("active", True))) for r in config["rules"]])


def run_region(engine: Engine, region: str, at: datetime,
               transports: Mapping[str, Transport] | None = None) -> RunReport | None:
    """One reminders pass for ``region`` if the service sends for it (None: it does not)."""
    with db.read(engine) as conn:
        if mode_of(conn, region) != "service":
            return None
        config = get_config(conn)
    store = shadow(engine, region)
    try:
        refresh(engine, store, region)
        configure(store, config)
        return run_reminders(store, now=at, transports=transports)
    finally:
        store.close()


class _KillAfter:
    """Test hook (SOSDESK_SYNC_REMINDER_KILL_AFTER=N): SIGKILL this process right after the N-th
    message left, before it is recorded sent — the worst moment for a double send."""

    def __init__(self, inner: Transport, count: list[int]) -> None:
        self.inner, self.channel, self.count = inner, inner.channel, count

    def send(self, message: Any) -> str:
        ref = self.inner.send(message)
        self.count[0] -= 1
        if self.count[0] <= 0:
            import signal

            os.kill(os.getpid(), signal.SIGKILL)
        return ref


def default_transports(engine: Engine) -> dict[str, Transport]:
    from sosdesk.notify.run import build_transports

    with db.read(engine) as conn:
        config = get_config(conn)
    out = build_transports(NotifySettings.from_json(config.get("settings")), [])
    kill = int(os.environ.get("SOSDESK_SYNC_REMINDER_KILL_AFTER", "0") or 0)
    if kill:
        count = [kill]
        return {k: _KillAfter(v, count) for k, v in out.items()}
    return out


def run_all(engine: Engine, at: datetime, transports: Mapping[str, Transport] | None = None
            ) -> dict[str, RunReport]:
    with db.read(engine) as conn:
        regions = [r.region_id for r in conn.execute(select(reminder_regions.c.region_id).where(
            reminder_regions.c.mode == "service"))]
    out = {}
    if transports is None:
        transports = default_transports(engine)
    for region in regions:
        report = run_region(engine, region, at, transports)
        if report is not None:
            out[region] = report
    return out


class HandoverIn(BaseModel):
    record: list[dict[str, Any]] = Field(default_factory=list, max_length=100_000)


def router(engine: Engine) -> APIRouter:
    api = APIRouter()

    def office(authorization: str | None) -> str:
        device = admin_caller(engine, authorization)
        if device.national or not device.region:
            raise HTTPException(403, "réservé au poste d'une antenne")
        return device.region

    @api.get("/v1/phone/reminders/mode")
    def get_mode(authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
        region = office(authorization)
        with db.read(engine) as conn:
            return {"region": region, "mode": mode_of(conn, region)}

    @api.post("/v1/phone/reminders/handover")
    def handover(body: HandoverIn, authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
        region = office(authorization)
        with db.write(engine) as conn:
            mode = mode_of(conn, region)
            if mode != "to_service":
                return {"region": region, "mode": mode}
            store = shadow(engine, region)
            try:
                import_record(store, body.record, now())
            finally:
                store.close()
            set_mode(conn, region, "service")
            log_access(conn, "reminders_handover", None, 200)
        return {"region": region, "mode": "service"}

    @api.get("/v1/phone/reminders/record")
    def record(authorization: Annotated[str | None, Header()] = None,
               at: datetime | None = None) -> dict[str, Any]:
        """The service's messages of meetings after ``at`` − 2 days (``at``: the office's clock)."""
        region = office(authorization)
        with db.read(engine) as conn:
            mode = mode_of(conn, region)
        if mode != "to_office":
            raise HTTPException(409, "les rappels de cette région ne sont pas en cours de retour à l'antenne")
        store = shadow(engine, region)
        try:
            return {"region": region, "record": export_record(store, aware(at) if at else now())}
        finally:
            store.close()

    @api.post("/v1/phone/reminders/takeback")
    def takeback(authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
        region = office(authorization)
        with db.write(engine) as conn:
            if mode_of(conn, region) == "to_office":
                set_mode(conn, region, "office")
                log_access(conn, "reminders_takeback", None, 200)
            return {"region": region, "mode": mode_of(conn, region)}

    return api
