"""Reminders end to end: real SMTP server and real HTTP SMS gateway on 127.0.0.1."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, inspect, select

from sosdesk.notify.config import NotifySettings, Rule, save_rules, save_settings
from sosdesk.notify.run import list_messages, resend, run_reminders
from sosdesk.notify.sender import MAX_ATTEMPTS, RunReport
from sosdesk.store import Store, open_store
from sosdesk.store import models as m
from sosdesk.store.notify_models import ReminderMessage
from tests.notify.notify_world import NOW, Gateway, Smtp, hours

# M1 starts 52 h after NOW: its 48 h reminders are due at NOW + 4 h.
DUE_48 = NOW + hours(4)


def configure(store: Store, smtp: Smtp | None = None, gateway: Gateway | None = None) -> None:
    save_settings(store, NotifySettings(organisation="Association Rhône Suivi",
                                        smtp=smtp.settings() if smtp else {},
                                        sms=gateway.settings() if gateway else {}))


def states(store: Store) -> dict[tuple[str, str, str, str], str]:
    with store.session() as s:
        return {(r.meeting_id, r.beneficiary_id, r.channel, f"{r.event}{r.offset_minutes}"): r.state
                for r in s.scalars(select(ReminderMessage))}


def reason(report: RunReport, beneficiary: str, channel: str) -> str:
    return next(line.detail for line in report.lines
                if line.beneficiary_id == beneficiary and line.channel == channel)


def move(store: Store, meeting_id: str, **fields: object) -> None:
    def edit(s: object) -> None:
        row = s.get(m.Meeting, meeting_id)  # type: ignore[attr-defined]
        for key, value in fields.items():
            setattr(row, key, value)
    store.edit(edit, "modifier")


def test_migration_creates_the_reminder_tables(tmp_path: object, db_path: object) -> None:
    store = open_store(db_path)  # type: ignore[arg-type]
    tables = set(inspect(store.engine).get_table_names())
    assert {"reminder_rules", "reminder_templates", "reminder_messages"} <= tables
    cols = {c["name"] for c in inspect(store.engine).get_columns("reminder_messages")}
    assert set(ReminderMessage.__table__.columns.keys()) == cols
    store.close()


def test_nothing_before_due_then_each_reminder_arrives_once_with_its_text(
        office: Store, smtp_server: Smtp, sms_gateway: Gateway) -> None:
    configure(office, smtp_server, sms_gateway)
    early = run_reminders(office, now=NOW)
    assert early.created > 0 and not early.lines          # created, not due yet
    assert not smtp_server.box.messages and not sms_gateway.requests

    report = run_reminders(office, now=DUE_48)
    assert report.count("sent") == 3    # B1 SMS + e-mail, B3 e-mail
    mail = next(msg for msg in smtp_server.box.messages if msg["To"] == "anais@example.org")
    text = mail.get_content()
    assert mail["Subject"] == "Rappel : rendez-vous le samedi 28 novembre 2026 à 14h00"
    for part in ("Bonjour Anaïs", "samedi 28 novembre 2026 à 14h00", "12 rue Garibaldi, 69003 Lyon",
                 "Hélène Moreau", "Association Rhône Suivi"):
        assert part in text
    assert mail["Message-ID"].endswith("@rappels.sosdesk>")
    [sms] = sms_gateway.requests
    assert sms["body"]["to"] == "+33612345678" and sms["body"]["sender"] == "ASSO"
    assert sms["body"]["text"].startswith("Bonjour Anaïs, rappel : rendez-vous le samedi 28 novembre 2026 à 14h00")
    assert sms["key"] == sms["body"]["reference"]

    # Running again (window timer, command) sends nothing twice.
    again = run_reminders(office, now=DUE_48 + timedelta(minutes=5))
    assert again.count("sent") == 0
    assert len(smtp_server.box.messages) == 2 and len(sms_gateway.requests) == 1


def test_missing_consent_and_invalid_number_are_not_sent_and_say_why(
        office: Store, smtp_server: Smtp, sms_gateway: Gateway) -> None:
    configure(office, smtp_server, sms_gateway)
    report = run_reminders(office, now=DUE_48)
    assert reason(report, "B2", "sms") == "pas de consentement SMS enregistré"
    assert reason(report, "B2", "email") == "pas de consentement e-mail enregistré"
    assert "numéro de téléphone invalide « 12 »" in reason(report, "B3", "sms")
    assert all(r["body"]["to"] == "+33612345678" for r in sms_gateway.requests)
    assert {msg["To"] for msg in smtp_server.box.messages} == {"anais@example.org", "zoe@example.org"}
    assert states(office)[("M2", "B2", "sms", "reminder2880")] == "skipped"
    assert not report.has_problems


def test_moved_meeting_sends_an_update_and_never_the_stale_reminder(
        office: Store, smtp_server: Smtp, sms_gateway: Gateway) -> None:
    configure(office, smtp_server, sms_gateway)
    run_reminders(office, now=DUE_48)
    assert len(sms_gateway.requests) == 1
    # Moved to Sunday 29 at 10:00 Paris, at another site.
    move(office, "M1", start=datetime(2026, 11, 29, 9, 0, tzinfo=UTC), site_id="S2")
    run_reminders(office, now=DUE_48 + hours(1))
    texts = [r["body"]["text"] for r in sms_gateway.requests if r["body"]["to"] == "+33612345678"]
    assert len(texts) == 2
    assert texts[1] == ("Bonjour Anaïs, votre rendez-vous du samedi 28 novembre 2026 à 14h00 est déplacé "
                        "au dimanche 29 novembre 2026 à 10h00, 3 cours Émile-Zola, 69100 Villeurbanne.")
    subjects = [msg["Subject"] for msg in smtp_server.box.messages if msg["To"] == "anais@example.org"]
    assert subjects[-1] == "Rendez-vous déplacé au dimanche 29 novembre 2026 à 10h00"
    # Later runs (old meeting's 2 h mark, new one's 48 h and 2 h marks) only speak of the new time.
    for at in (datetime(2026, 11, 27, 9, 0, tzinfo=UTC), datetime(2026, 11, 28, 11, 30, tzinfo=UTC),
               datetime(2026, 11, 29, 7, 0, tzinfo=UTC)):
        run_reminders(office, now=at)
    later = [r["body"]["text"] for r in sms_gateway.requests[2:]]
    assert len(later) == 2
    assert all("rappel : rendez-vous le dimanche 29 novembre 2026 à 10h00" in t for t in later)


def test_pending_reminder_of_a_moved_meeting_is_superseded(office: Store, sms_gateway: Gateway) -> None:
    configure(office, gateway=sms_gateway)
    run_reminders(office, now=NOW)       # rows created, nothing due
    move(office, "M1", start=datetime(2026, 11, 28, 15, 0, tzinfo=UTC))
    report = run_reminders(office, now=NOW + hours(1))
    assert report.superseded >= 2
    run_reminders(office, now=DUE_48)    # the old version's due time: nothing for it
    assert not sms_gateway.requests
    run_reminders(office, now=DUE_48 + hours(2))
    [req] = sms_gateway.requests
    assert "à 16h00" in req["body"]["text"]


def test_cancelled_meeting_sends_a_cancellation_then_nothing(
        office: Store, smtp_server: Smtp, sms_gateway: Gateway) -> None:
    configure(office, smtp_server, sms_gateway)
    run_reminders(office, now=DUE_48)
    move(office, "M1", status="cancelled", cancelled_at=DUE_48 + hours(1))
    run_reminders(office, now=DUE_48 + hours(1))
    texts = [r["body"]["text"] for r in sms_gateway.requests]
    assert texts[-1] == ("Bonjour Anaïs, votre rendez-vous du samedi 28 novembre 2026 à 14h00 est annulé. "
                         "Nous vous recontacterons.")
    assert smtp_server.box.messages[-1]["Subject"] == "Rendez-vous du samedi 28 novembre 2026 annulé"
    before = len(sms_gateway.requests)
    run_reminders(office, now=datetime(2026, 11, 28, 11, 30, tzinfo=UTC))
    assert len(sms_gateway.requests) == before


def test_cancelled_before_any_reminder_sends_nothing(office: Store, sms_gateway: Gateway) -> None:
    configure(office, gateway=sms_gateway)
    run_reminders(office, now=NOW)
    move(office, "M1", status="cancelled")
    run_reminders(office, now=DUE_48)
    run_reminders(office, now=DUE_48 + hours(47))
    assert not sms_gateway.requests


def test_smtp_refusal_is_retried_with_backoff_then_delivered(office: Store, smtp_server: Smtp) -> None:
    configure(office, smtp=smtp_server)
    save_rules(office, [Rule("", "email", 48 * 60)])
    smtp_server.box.refuse = ["451 4.3.0 Réessayez plus tard", "451 4.3.0 Réessayez plus tard"]
    first = run_reminders(office, now=DUE_48)
    assert first.count("retrying") == 2 and first.has_problems
    assert "451" in first.lines[0].detail
    assert run_reminders(office, now=DUE_48 + timedelta(seconds=30)).count("sent") == 0   # backoff: 1 min
    second = run_reminders(office, now=DUE_48 + timedelta(minutes=1))
    assert second.count("sent") == 2
    assert len(smtp_server.box.messages) == 2


def test_smtp_permanent_refusal_fails_at_once_with_the_reason(office: Store, smtp_server: Smtp) -> None:
    configure(office, smtp=smtp_server)
    save_rules(office, [Rule("", "email", 48 * 60)])
    smtp_server.box.refuse = ["550 5.1.1 Boîte inconnue"] * 2
    report = run_reminders(office, now=DUE_48)
    assert report.count("failed") == 2
    assert "destinataire refusé (550" in report.lines[0].detail
    run_reminders(office, now=DUE_48 + hours(1))
    assert not smtp_server.box.messages


def test_gateway_500_is_retried_then_reported_failed(office: Store, sms_gateway: Gateway) -> None:
    configure(office, gateway=sms_gateway)
    sms_gateway.fail_with = [500] * MAX_ATTEMPTS
    at = DUE_48
    for attempt in range(1, MAX_ATTEMPTS + 1):
        report = run_reminders(office, now=at)
        [line] = [ln for ln in report.lines if ln.state in ("retrying", "failed")]
        assert "HTTP 500" in line.detail
        assert line.state == ("failed" if attempt == MAX_ATTEMPTS else "retrying")
        at += timedelta(minutes=2 ** (attempt - 1))
    assert len(sms_gateway.requests) == MAX_ATTEMPTS and not sms_gateway.delivered
    [row] = [r for r in list_messages(office, "B1") if r.channel == "sms" and r.due_at == DUE_48]
    assert row.state == "failed" and row.attempts == MAX_ATTEMPTS
    resend(office, row.id, now=at)
    run_reminders(office, now=at)
    assert len(sms_gateway.delivered) == 1


def test_unconfigured_channel_waits_and_loses_nothing(office: Store, sms_gateway: Gateway) -> None:
    configure(office, gateway=sms_gateway)
    report = run_reminders(office, now=DUE_48)
    assert any("aucun serveur SMTP" in w for w in report.warnings)
    assert any(line.state == "waiting" and line.channel == "email" for line in report.lines)
    with office.session() as s:
        pending = s.scalar(select(func.count()).select_from(ReminderMessage).where(
            ReminderMessage.channel == "email", ReminderMessage.state == "pending"))
    assert pending == 2


def test_dry_run_writes_and_sends_nothing(office: Store, smtp_server: Smtp, sms_gateway: Gateway) -> None:
    configure(office, smtp_server, sms_gateway)
    report = run_reminders(office, now=DUE_48, dry_run=True)
    assert report.count("would_send") == 3
    assert not smtp_server.box.messages and not sms_gateway.requests
    with office.session() as s:
        assert s.scalar(select(func.count()).select_from(ReminderMessage)) == 0


@pytest.mark.parametrize(("start_local_hour", "expect"), [(9, "sent"), (8, "skipped")])
def test_sms_quiet_hours_wait_until_eight_or_skip_when_too_late(
        office: Store, sms_gateway: Gateway, start_local_hour: int, expect: str) -> None:
    configure(office, gateway=sms_gateway)
    save_rules(office, [Rule("", "sms", 120)])
    # Monday 30 Nov at 09:30 / 08:30 Paris: the 2 h reminder falls at 07:30 / 06:30, in quiet hours.
    move(office, "M1", start=datetime(2026, 11, 30, start_local_hour - 1, 30, tzinfo=UTC))
    run_reminders(office, now=datetime(2026, 11, 30, 6, 45, tzinfo=UTC))   # 07:45 Paris
    assert not sms_gateway.requests
    report = run_reminders(office, now=datetime(2026, 11, 30, 7, 0, tzinfo=UTC))  # 08:00 Paris
    if expect == "sent":
        assert len(sms_gateway.requests) == 1
    else:
        assert not sms_gateway.requests
        assert states(office)[("M1", "B1", "sms", "reminder120")] == "skipped"
        assert not report.lines   # decided when created, listed on the page with its reason


def test_gateway_token_comes_from_the_keyring(office: Store, sms_gateway: Gateway) -> None:
    from sosdesk.notify.credentials import SMS_SERVICE, set_secret

    settings = {**sms_gateway.settings(), "username": "antenne"}
    save_settings(office, NotifySettings(sms=settings))
    set_secret(SMS_SERVICE, f"antenne@{sms_gateway.url}", "jeton-secret")
    run_reminders(office, now=DUE_48)
    assert sms_gateway.requests[0]["auth"] == "Bearer jeton-secret"
    assert "jeton-secret" not in str(office.get_state("notify.settings"))


def test_smtp_login_without_keyring_password_fails_clearly(office: Store, smtp_server: Smtp) -> None:
    save_settings(office, NotifySettings(smtp={**smtp_server.settings(), "username": "rappels"}))
    report = run_reminders(office, now=DUE_48)
    assert report.count("failed") == 2
    failed = [line.detail for line in report.lines if line.state == "failed"]
    assert all("mot de passe SMTP absent du trousseau pour rappels@127.0.0.1" in d for d in failed)
    assert not smtp_server.box.messages


def test_reminders_wait_while_the_meeting_falls_on_a_leave_and_resume_when_it_is_lifted(
        office: Store, smtp_server: Smtp, sms_gateway: Gateway) -> None:
    from sosdesk.store.dates import AbsenceInput, add_absence, remove_absence

    configure(office, smtp_server, sms_gateway)
    assert run_reminders(office, now=NOW).created > 0               # B1's reminders are waiting
    absence_id, _ = add_absence(office, AbsenceInput("beneficiary", "B1", "2026-11-27", "2026-11-29",
                                                     reason="hospitalisation"))
    report = run_reminders(office, now=DUE_48)
    assert "M1" in report.held and "hospitalisation" in report.held["M1"]
    assert any("suspendus" in w for w in report.warnings)
    assert not any(line.beneficiary_id == "B1" for line in report.lines)   # nothing left for Anaïs
    assert report.count("sent") == 1                                       # B3's e-mail for M2 still leaves
    held = {k: v for k, v in states(office).items() if k[1] == "B1"}
    assert held and set(held.values()) == {"held"}
    with office.session() as s:
        row = s.scalars(select(ReminderMessage).where(ReminderMessage.beneficiary_id == "B1")).first()
        assert row is not None and row.last_error.startswith("suspendu : ")
    # the leave is lifted before the meeting: the reminders go out at the next run, once
    remove_absence(office, absence_id)
    resumed = run_reminders(office, now=DUE_48 + timedelta(minutes=10))
    assert {line.channel for line in resumed.lines if line.beneficiary_id == "B1" and line.state == "sent"} == \
        {"sms", "email"}
    assert not resumed.held
    again = run_reminders(office, now=DUE_48 + timedelta(minutes=20))
    assert again.count("sent") == 0


def test_held_reminders_of_a_meeting_moved_in_one_click_go_out_for_its_new_time(
        office: Store, sms_gateway: Gateway) -> None:
    from sosdesk.store.dates import AbsenceInput, add_absence
    from sosdesk.usecases import rescheduling

    def workable(s: object) -> None:  # the rules need the skill and opening hours to find a slot
        s.get(m.Professional, "P1").skills = ["psy"]  # type: ignore[attr-defined]
        s.get(m.Beneficiary, "B1").requirements = [{"type": "IND", "minutes": 60}]  # type: ignore[attr-defined]
        s.get(m.Site, "S1").open = [{"day": d, "from": "09:00", "to": "18:00"} for d in range(1, 6)]  # type: ignore[attr-defined]
    office.edit(workable, "fixture")
    configure(office, gateway=sms_gateway)
    run_reminders(office, now=NOW)
    add_absence(office, AbsenceInput("beneficiary", "B1", "2026-11-27", "2026-11-29", reason="hospitalisation"))
    assert "M1" in run_reminders(office, now=NOW + hours(1)).held
    proposal = rescheduling.propose_move(office, "M1", NOW + hours(1))
    assert proposal.start is not None and proposal.start >= datetime(2026, 11, 30, tzinfo=UTC)
    rescheduling.move_to(office, proposal, now=NOW + hours(1))
    report = run_reminders(office, now=proposal.start - hours(47))
    assert not report.held
    texts = [r["body"]["text"] for r in sms_gateway.requests if r["body"]["to"] == "+33612345678"]
    assert texts and "30 novembre 2026" in texts[-1]
