"""Reminders sent by the central service for an enrolled region: due over a weekend they leave
exactly once with no office PC running; the service killed right after a send and restarted does
not double-send; switching a region between the office and the service never sends twice."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from sosdesk.notify.config import NotifySettings, Rule, save_rules, save_settings
from sosdesk.notify.run import run_reminders
from sosdesk.notify.sender import RunReport
from sosdesk.store import Store
from sosdesk.store import models as m
from sosdesk.syncclient import service
from sosdesk.syncclient.transport import HttpTransport
from sosdesk.usecases.reminders_mode import K_BY_SERVICE, office_sends
from sync import auth, db
from tests.notify.notify_world import Gateway, build_office, sms_gateway
from tests.sync.realserver import ROOT, RealServer
from tests.sync.syncworld import fresh_store

__all__ = ["sms_gateway"]
pytestmark = pytest.mark.slow

THU_M1_DUE = datetime(2026, 11, 26, 13, 5, tzinfo=UTC)     # M1 (Sat 14:00) 48 h SMS reminder due
SAT_M3_DUE = datetime(2026, 11, 28, 8, 5, tzinfo=UTC)      # M3 (Mon 9:00 Paris) due Sat 9:00 Paris


def office_run(store: Store, now: datetime) -> RunReport:
    """The office's own run, as its CLI and window make it: asking first whether it still sends."""
    return run_reminders(store, now=now, may_send=office_sends)


class World:
    def __init__(self, tmp: Path, gateway: Gateway) -> None:
        self.tmp, self.gateway = tmp, gateway
        self.url = f"sqlite:///{tmp / 'server.db'}"
        self.env = {"SOSDESK_SYNC_REMINDERS_DIR": str(tmp / "reminders")}
        self.server = RealServer(self.url, self.env).start()
        self.national = build_office(tmp / "national.db")
        self.national.edit(lambda s: s.add(m.Meeting(
            id="M3", region_id="R1", type_id="IND", start=datetime(2026, 11, 30, 8, 0, tzinfo=UTC), minutes=60,
            site_id="S1", professionals=["P1"], beneficiaries=["B1"])), "lundi")
        self._enrol(self.national, None, "national_coordinator")
        service.sync_now(self.national)
        self.office = fresh_store(tmp / "office.db")
        self._enrol(self.office, "R1", "regional_admin")
        service.sync_now(self.office)
        # The office's own configuration (it sends while its region is not enrolled) …
        save_settings(self.office, NotifySettings(sms=gateway.settings()))
        save_rules(self.office, [Rule("", "sms", 48 * 60)])
        # … and the one the national coordinator sets for the service.
        cfg = tmp / "sender.json"
        cfg.write_text(json.dumps({"settings": {"sms": gateway.settings()},
                                   "rules": [{"channel": "sms", "offset_minutes": 48 * 60}]}))
        assert self.sync_cli("reminders-config", "--file", str(cfg)).returncode == 0

    def _enrol(self, store: Store, region: str | None, role: str) -> None:
        engine = db.make_engine(self.url)
        with db.write(engine) as conn:
            code = auth.make_code(conn, region, role)
        engine.dispose()
        service.enrol(store, self.server.base, code, HttpTransport(self.server.base))

    def sync_cli(self, *argv: str, **env: str) -> subprocess.CompletedProcess[str]:
        import os

        return subprocess.run([sys.executable, "-m", "sync.cli", *argv, "--db", self.url], cwd=ROOT,
                              env={**os.environ, **self.env, **env}, capture_output=True, text=True, timeout=120)

    def service_pass(self, at: datetime, **env: str) -> subprocess.CompletedProcess[str]:
        return self.sync_cli("reminders-run", "--now", at.isoformat(), **env)

    def keys(self) -> Counter[str]:
        """Idempotency keys the gateway was asked to send, with how many times."""
        return Counter(str(r["key"]) for r in self.gateway.requests)

    def close(self) -> None:
        self.server.stop()
        self.national.close()
        self.office.close()


@pytest.fixture
def world(tmp_path: Path, sms_gateway: Gateway) -> Iterator[World]:
    w = World(tmp_path, sms_gateway)
    try:
        yield w
    finally:
        w.close()


def test_weekend_reminders_leave_once_from_the_service_even_when_killed_mid_batch(world: World) -> None:
    assert world.sync_cli("reminders-region", "--region", "R1", "--service").stdout.strip() == "to_service"
    # Not yet: the service waits for the office to hand over (it might be sending right now).
    assert world.service_pass(THU_M1_DUE).returncode == 0 and world.gateway.requests == []
    # Friday evening, the office PC's last run before the weekend: it hands over and stops.
    report = office_run(world.office, now=THU_M1_DUE - timedelta(hours=1))
    assert report.warnings and "service central" in report.warnings[0] and world.office.get_state(K_BY_SERVICE)
    # Thursday 13:05: the service sends M1's reminder and is SIGKILLed right after the send.
    killed = world.service_pass(THU_M1_DUE, SOSDESK_SYNC_REMINDER_KILL_AFTER="1")
    assert killed.returncode == -9 and len(world.gateway.requests) == 1
    world.service_pass(THU_M1_DUE + timedelta(minutes=1))          # may still be sending: left alone
    assert len(world.gateway.requests) == 1
    world.service_pass(THU_M1_DUE + timedelta(minutes=15))         # stale: same key again, gateway dedupes
    assert len(world.gateway.delivered) == 1
    # The weekend: no office PC runs; the service passes every few hours.
    for at in (SAT_M3_DUE - timedelta(hours=12), SAT_M3_DUE, SAT_M3_DUE + timedelta(minutes=30),
               SAT_M3_DUE + timedelta(hours=26), datetime(2026, 11, 30, 7, 0, tzinfo=UTC)):
        assert world.service_pass(at).returncode == 0
    assert len(world.gateway.delivered) == 2                        # M1 and M3 for B1 (B2: no consent)
    texts = [b["text"] if "text" in b else json.dumps(b) for b in world.gateway.delivered.values()]
    assert any("lundi 30 novembre" in t for t in texts)
    keys = world.keys()
    assert sorted(keys.values()) == [1, 2]                          # the killed send retried once, same key
    # The office PC comes back on Monday: it sends nothing.
    assert office_run(world.office, now=datetime(2026, 11, 30, 7, 30, tzinfo=UTC)).count("sent") == 0
    assert len(world.gateway.requests) == 3


def test_switching_a_region_between_office_and_service_never_sends_twice(world: World) -> None:
    # Office mode: the office PC sends M1's reminder on Thursday.
    assert office_sends(world.office, THU_M1_DUE)
    assert office_run(world.office, now=THU_M1_DUE).count("sent") == 1
    # The coordinator enrols the region; the office hands over at its next run.
    world.sync_cli("reminders-region", "--region", "R1", "--service")
    assert office_run(world.office, now=THU_M1_DUE + timedelta(minutes=5)).count("sent") == 0
    world.service_pass(THU_M1_DUE + timedelta(minutes=10))          # knows M1 was sent: nothing
    assert len(world.gateway.requests) == 1
    world.service_pass(SAT_M3_DUE)                                  # the service sends M3's
    assert len(world.gateway.requests) == 2
    # Withdrawn: the service stops at once, the office takes the record back and sends nothing twice.
    assert world.sync_cli("reminders-region", "--region", "R1", "--office").stdout.strip() == "to_office"
    world.service_pass(SAT_M3_DUE + timedelta(minutes=5))
    assert len(world.gateway.requests) == 2
    report = office_run(world.office, now=SAT_M3_DUE + timedelta(minutes=10))
    assert report.count("sent") == 0 and not world.office.get_state(K_BY_SERVICE)
    assert len(world.gateway.requests) == 2 and set(world.keys().values()) == {1}
    # A meeting moved afterwards is the office's again: its update reaches the beneficiary once.
    world.national.edit(lambda s: setattr(s.get(m.Meeting, "M3"), "start",
                                          datetime(2026, 11, 30, 9, 0, tzinfo=UTC)), "déplacer")
    service.sync_now(world.national)
    service.sync_now(world.office)
    assert office_run(world.office, now=SAT_M3_DUE + timedelta(minutes=20)).count("sent") == 1
    assert len(world.gateway.requests) == 3 and set(world.keys().values()) == {1}
