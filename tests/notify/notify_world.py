"""Reminder test world: a small office database, a real SMTP server (aiosmtpd) and a real HTTP server
standing in for the SMS gateway, both on 127.0.0.1."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from sosdesk.store import Store, open_store
from sosdesk.store import models as m

# Thursday 2026-11-26 10:00 Paris (09:00 UTC): the test's "now".
NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Mailbox:
    """What the SMTP server received; ``refuse`` makes it answer that code to RCPT."""

    messages: list[EmailMessage] = field(default_factory=list)
    refuse: list[str] = field(default_factory=list)

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope, address: str,
                          options: list[str]) -> str:
        if self.refuse:
            return self.refuse.pop(0)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        assert isinstance(envelope.content, bytes)
        mail = message_from_bytes(envelope.content, policy=policy.default)
        assert isinstance(mail, EmailMessage)
        self.messages.append(mail)
        return "250 Message accepted for delivery"


@dataclass
class Smtp:
    host: str
    port: int
    box: Mailbox

    def settings(self) -> dict[str, Any]:
        return {"host": self.host, "port": self.port, "security": "none", "sender": "rappels@asso.fr"}


@pytest.fixture
def smtp_server() -> Iterator[Smtp]:
    box = Mailbox()
    port = free_port()
    controller = Controller(box, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield Smtp("127.0.0.1", port, box)
    finally:
        controller.stop()


@dataclass
class Gateway:
    url: str
    requests: list[dict[str, Any]] = field(default_factory=list)
    delivered: dict[str, dict[str, Any]] = field(default_factory=dict)
    fail_with: list[int] = field(default_factory=list)

    def settings(self) -> dict[str, Any]:
        return {"provider": "http_json", "url": self.url, "sender": "ASSO"}


@pytest.fixture
def sms_gateway() -> Iterator[Gateway]:
    gateway = Gateway(url="")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body = json.loads(self.rfile.read(length))
            record = {"body": body, "key": self.headers.get("Idempotency-Key"),
                      "auth": self.headers.get("Authorization")}
            gateway.requests.append(record)
            if gateway.fail_with:
                self.send_response(gateway.fail_with.pop(0))
                self.end_headers()
                self.wfile.write(b"erreur")
                return
            # A real provider drops a second request carrying the same idempotency key.
            gateway.delivered.setdefault(str(record["key"]), body)
            payload = json.dumps({"id": f"sms-{len(gateway.delivered)}"}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    gateway.url = f"http://127.0.0.1:{server.server_address[1]}/sms"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield gateway
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def build_office(path: Path) -> Store:
    """One region, two sites, a professional, three beneficiaries and two meetings on Saturday 14:00."""
    store = open_store(path)

    def fill(s: Any) -> None:
        s.add(m.Region(id="R1", name="Rhône"))
        s.add(m.Site(id="S1", region_id="R1", name="Antenne de Lyon", address="12 rue Garibaldi, 69003 Lyon",
                     capacity=3))
        s.add(m.Site(id="S2", region_id="R1", name="Antenne de Villeurbanne",
                     address="3 cours Émile-Zola, 69100 Villeurbanne", capacity=3))
        s.add(m.MeetingType(id="IND", label="Entretien individuel", kind="individual", minutes=60,
                            skill="psy"))
        s.add(m.Professional(id="P1", region_id="R1", first_name="Hélène", last_name="Moreau"))
        s.add(m.Beneficiary(id="B1", region_id="R1", first_name="Anaïs", last_name="Lefèvre",
                            phone="06 12 34 56 78", email="anais@example.org", sms_consent=True,
                            email_consent=True))
        s.add(m.Beneficiary(id="B2", region_id="R1", first_name="Jérôme", last_name="Dupré",
                            phone="06 98 76 54 32", email="jerome@example.org", sms_consent=False,
                            email_consent=False))
        s.add(m.Beneficiary(id="B3", region_id="R1", first_name="Zoé", last_name="Bernard",
                            phone="12", email="zoe@example.org", sms_consent=True, email_consent=True))
        # Saturday 2026-11-28 14:00 Paris = 13:00 UTC (52 h after NOW).
        s.add(m.Meeting(id="M1", region_id="R1", type_id="IND", start=datetime(2026, 11, 28, 13, 0, tzinfo=UTC),
                        minutes=60, site_id="S1", professionals=["P1"], beneficiaries=["B1"]))
        s.add(m.Meeting(id="M2", region_id="R1", type_id="IND", start=datetime(2026, 11, 28, 13, 0, tzinfo=UTC),
                        minutes=60, site_id="S2", professionals=["P1"], beneficiaries=["B2", "B3"]))

    store.edit(fill, "fixture")
    return store


@pytest.fixture
def office(db_path: Path) -> Iterator[Store]:
    store = build_office(db_path)
    yield store
    store.close()


def hours(n: float) -> timedelta:
    return timedelta(hours=n)
