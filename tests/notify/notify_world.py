"""Reminder test world: a small office database, a real SMTP server (aiosmtpd) and a real HTTP server
standing in for the SMS gateway, both on 127.0.0.1."""

from __future__ import annotations

import ipaddress
import json
import socket
import ssl
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
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

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


# --- TLS and login: a throwaway certificate and two real TLS servers (STARTTLS, implicit SSL) -----

SMTP_USER = "rappels@asso.fr"
SMTP_PASSWORD = "Tr0mpette-de-Lyon"


@dataclass(frozen=True)
class CertFiles:
    """A self-signed certificate for 127.0.0.1/localhost and its key (PEM files in tmp_path)."""

    cert: Path
    key: Path

    def server_context(self) -> ssl.SSLContext:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(self.cert, self.key)
        return ctx


def make_certificate(folder: Path, name: str = "serveur") -> CertFiles:
    """Generate a fresh EC key and a self-signed certificate valid for 127.0.0.1 and localhost."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(minutes=5)).not_valid_after(now + timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                        x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / f"{name}.crt", folder / f"{name}.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return CertFiles(cert_path, key_path)


@pytest.fixture
def tls_cert(tmp_path: Path) -> CertFiles:
    return make_certificate(tmp_path)


@dataclass
class SecureMailbox(Mailbox):
    """A Mailbox that also records, per message, whether it came over TLS and from which login."""

    tls: list[bool] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        assert server.transport is not None
        self.tls.append(server.transport.get_extra_info("sslcontext") is not None)
        data = session.auth_data if session.authenticated else None
        self.logins.append(data.login.decode() if isinstance(data, LoginPassword) else "")
        return await super().handle_DATA(server, session, envelope)


def check_login(server: SMTP, session: Session, envelope: Envelope, mechanism: str,
                auth_data: Any) -> AuthResult:
    """The one account the test servers accept (AUTH LOGIN and PLAIN)."""
    ok = isinstance(auth_data, LoginPassword) and auth_data.login == SMTP_USER.encode() \
        and auth_data.password == SMTP_PASSWORD.encode()
    return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)


@dataclass
class SecureSmtp:
    host: str
    port: int
    box: SecureMailbox
    security: str
    cert: CertFiles

    def settings(self, ca_file: bool = True) -> dict[str, Any]:
        """Transport settings (no password: that lives in the keyring); trusts the test CA if asked."""
        out: dict[str, Any] = {"host": self.host, "port": self.port, "security": self.security,
                               "username": SMTP_USER, "sender": SMTP_USER}
        if ca_file:
            out["ca_file"] = str(self.cert.cert)
        return out


@pytest.fixture
def smtp_starttls_server(tls_cert: CertFiles) -> Iterator[SecureSmtp]:
    """STARTTLS required before anything else; login required, and only over TLS."""
    box = SecureMailbox()
    port = free_port()
    controller = Controller(box, hostname="127.0.0.1", port=port, tls_context=tls_cert.server_context(),
                            require_starttls=True, authenticator=check_login, auth_required=True,
                            auth_require_tls=True)
    controller.start()
    try:
        yield SecureSmtp("127.0.0.1", port, box, "starttls", tls_cert)
    finally:
        controller.stop()


@pytest.fixture
def smtp_ssl_server(tls_cert: CertFiles) -> Iterator[SecureSmtp]:
    """Implicit TLS from the first byte (port 465 style), with login.

    aiosmtpd 1.4 counts only STARTTLS as TLS for ``auth_require_tls``, so it is off here: the whole
    connection is encrypted anyway (SecureMailbox.tls records it per message).
    """
    box = SecureMailbox()
    port = free_port()
    controller = Controller(box, hostname="127.0.0.1", port=port, ssl_context=tls_cert.server_context(),
                            authenticator=check_login, auth_require_tls=False)
    controller.start()
    try:
        yield SecureSmtp("127.0.0.1", port, box, "ssl", tls_cert)
    finally:
        controller.stop()
