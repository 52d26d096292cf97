"""E-mail reminders over real TLS SMTP servers on 127.0.0.1 (STARTTLS and implicit SSL) with login.

The servers present a throwaway self-signed certificate; the product trusts it only because the
settings name it as a CA file (verification is never switched off).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from sosdesk.notify.config import NotifySettings, Rule, save_rules, save_settings
from sosdesk.notify.credentials import SMTP_SERVICE, set_secret
from sosdesk.notify.run import resend, run_reminders
from sosdesk.store import Store
from sosdesk.store.notify_models import ReminderMessage
from tests.notify.notify_world import (
    NOW,
    SMTP_PASSWORD,
    SMTP_USER,
    SecureSmtp,
    build_office,
    hours,
    make_certificate,
)

# M1 (Anaïs, e-mail consent) starts 52 h after NOW: its 48 h e-mail reminder is due at NOW + 4 h.
DUE_48 = NOW + hours(4)
ACCOUNT = f"{SMTP_USER}@127.0.0.1"


def configure(store: Store, server: SecureSmtp, trust: bool = True, **extra: str) -> None:
    """E-mail only (one 48 h rule); the password goes to the keyring, never to the settings."""
    save_rules(store, [Rule("", "email", 48 * 60)])
    save_settings(store, NotifySettings(organisation="Association Rhône Suivi",
                                        smtp={**server.settings(ca_file=trust), **extra}))


def email_rows(store: Store) -> dict[str, ReminderMessage]:
    """The e-mail reminders of Anaïs (B1) and Zoé (B3), the two who consented to e-mail."""
    with store.session() as s:
        return {r.beneficiary_id: r for r in s.scalars(select(ReminderMessage).where(
            ReminderMessage.channel == "email", ReminderMessage.beneficiary_id.in_(["B1", "B3"])))}


def test_starttls_and_login_deliver_the_french_reminder(office: Store, smtp_starttls_server: SecureSmtp) -> None:
    set_secret(SMTP_SERVICE, ACCOUNT, SMTP_PASSWORD)
    configure(office, smtp_starttls_server)
    report = run_reminders(office, now=DUE_48)
    assert report.count("sent") == 2, report.lines        # Anaïs and Zoé consented to e-mail
    box = smtp_starttls_server.box
    assert box.tls == [True, True] and box.logins == [SMTP_USER, SMTP_USER]
    mail = next(msg for msg in box.messages if msg["To"] == "anais@example.org")
    assert mail["From"] == SMTP_USER
    assert mail["Subject"] == "Rappel : rendez-vous le samedi 28 novembre 2026 à 14h00"
    text = mail.get_content()
    for part in ("Bonjour Anaïs", "samedi 28 novembre 2026 à 14h00", "12 rue Garibaldi, 69003 Lyon",
                 "Hélène Moreau", "Association Rhône Suivi"):
        assert part in text
    assert email_rows(office)["B1"].state == "sent"


def test_implicit_ssl_delivers(office: Store, smtp_ssl_server: SecureSmtp) -> None:
    set_secret(SMTP_SERVICE, ACCOUNT, SMTP_PASSWORD)
    configure(office, smtp_ssl_server)
    report = run_reminders(office, now=DUE_48)
    assert report.count("sent") == 2, report.lines
    assert smtp_ssl_server.box.tls == [True, True]
    assert smtp_ssl_server.box.logins == [SMTP_USER, SMTP_USER]
    assert {msg["To"] for msg in smtp_ssl_server.box.messages} == {"anais@example.org", "zoe@example.org"}


def test_wrong_password_fails_at_once_with_a_french_reason(
        office: Store, smtp_starttls_server: SecureSmtp) -> None:
    set_secret(SMTP_SERVICE, ACCOUNT, "mauvais-mot-de-passe")
    configure(office, smtp_starttls_server)
    report = run_reminders(office, now=DUE_48)
    assert report.count("failed") == 2 and report.count("retrying") == 0
    rows = email_rows(office)
    assert rows["B1"].state == "failed" and rows["B1"].attempts == 1 and rows["B1"].sent_at is None
    assert "identifiant ou mot de passe SMTP refusé" in (rows["B1"].last_error or "")
    assert ACCOUNT in (rows["B1"].last_error or "")
    # Not retried later: nothing leaves, nothing is tried again.
    later = run_reminders(office, now=DUE_48 + hours(2))
    assert not later.lines and not smtp_starttls_server.box.messages
    assert email_rows(office)["B1"].attempts == 1


def test_untrusted_certificate_is_refused_and_nothing_is_marked_sent(
        office: Store, smtp_starttls_server: SecureSmtp, smtp_ssl_server: SecureSmtp, tmp_path: Path) -> None:
    set_secret(SMTP_SERVICE, ACCOUNT, SMTP_PASSWORD)
    other_ca = make_certificate(tmp_path, "autre-autorite")   # trusted, but not the server's issuer
    at = DUE_48
    # No CA file (STARTTLS), then a CA file naming another authority (implicit SSL): both refused.
    for server, ca in ((smtp_starttls_server, {}), (smtp_ssl_server, {"ca_file": str(other_ca.cert)})):
        configure(office, server, trust=False, **ca)
        report = run_reminders(office, now=at)
        assert report.count("sent") == 0 and report.count("failed") == 2, report.lines
        detail = report.lines[0].detail
        assert "certificat du serveur SMTP non reconnu pour 127.0.0.1" in detail
        assert "rien n'a été envoyé" in detail and "ca_file" in detail
        assert not server.box.messages
        rows = email_rows(office)
        assert all(r.state == "failed" and r.sent_at is None for r in rows.values())
        for row in rows.values():     # "Renvoyer" after the settings change
            resend(office, row.id, now=at)
        at += hours(1)
    # Trusting the right authority then delivers the same messages.
    configure(office, smtp_ssl_server)
    assert run_reminders(office, now=at).count("sent") == 2
    assert all(r.state == "sent" for r in email_rows(office).values())


def test_missing_ca_file_is_a_clear_permanent_failure(office: Store, smtp_starttls_server: SecureSmtp,
                                                      tmp_path: Path) -> None:
    set_secret(SMTP_SERVICE, ACCOUNT, SMTP_PASSWORD)
    configure(office, smtp_starttls_server, trust=False, ca_file=str(tmp_path / "absent.pem"))
    report = run_reminders(office, now=DUE_48)
    assert report.count("failed") == 2
    assert "fichier de certificats SMTP" in report.lines[0].detail and "absent.pem" in report.lines[0].detail
    assert not smtp_starttls_server.box.messages


def test_password_comes_from_the_keyring_never_from_the_data_file(
        office: Store, smtp_starttls_server: SecureSmtp, db_path: Path) -> None:
    set_secret(SMTP_SERVICE, ACCOUNT, SMTP_PASSWORD)
    configure(office, smtp_starttls_server)
    assert run_reminders(office, now=DUE_48).count("sent") == 2
    assert smtp_starttls_server.box.logins == [SMTP_USER, SMTP_USER]
    office.close()
    files = [p for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)]
    assert files
    for path in files:
        assert SMTP_PASSWORD.encode() not in path.read_bytes(), path
    # Without the keyring entry, login is impossible: the password was nowhere else.
    set_secret(SMTP_SERVICE, ACCOUNT, "")
    other = build_office(db_path.parent / "autre.db")
    try:
        configure(other, smtp_starttls_server)
        report = run_reminders(other, now=DUE_48)
        assert report.count("failed") == 2
        assert "mot de passe SMTP absent du trousseau" in report.lines[0].detail
    finally:
        other.close()


def test_plain_connection_to_a_tls_only_server_says_to_choose_the_security(
        office: Store, smtp_starttls_server: SecureSmtp) -> None:
    set_secret(SMTP_SERVICE, ACCOUNT, SMTP_PASSWORD)
    configure(office, smtp_starttls_server, security="none")
    report = run_reminders(office, now=DUE_48)
    assert report.count("failed") == 2 and report.count("retrying") == 0
    assert "vérifiez la sécurité choisie (starttls, ssl ou none)" in report.lines[0].detail
    assert not smtp_starttls_server.box.messages
