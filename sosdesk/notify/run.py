"""The reminders entry point shared by ``sosdesk reminders send`` and the window's timer, plus the
few manual actions a person takes on the outbox (resend, confirm an uncertain e-mail)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from sosdesk.domain.errors import InputError
from sosdesk.domain.timegrid import now_utc
from sosdesk.notify.config import NotifySettings, load_rules, load_settings, load_templates
from sosdesk.notify.schedule import Scheduler
from sosdesk.notify.sender import RunReport, preview_due, send_due
from sosdesk.notify.sms import SmsSettings, SmsTransport
from sosdesk.notify.smtp import SmtpSettings, SmtpTransport
from sosdesk.notify.transports import Transport
from sosdesk.store import models as m
from sosdesk.store.engine import Store
from sosdesk.store.notify_models import ReminderMessage


def build_transports(settings: NotifySettings, warnings: list[str]) -> dict[str, Transport]:
    """Transports for the configured channels; a channel left unconfigured is reported, not fatal."""
    out: dict[str, Transport] = {}
    try:
        smtp = SmtpSettings.from_json(settings.smtp)
        if smtp is None:
            warnings.append("e-mail : aucun serveur SMTP configuré, les e-mails attendent")
        else:
            out["email"] = SmtpTransport(smtp)
    except (ValueError, TypeError) as exc:
        warnings.append(f"e-mail : réglages invalides ({exc})")
    try:
        sms = SmsSettings.from_json(settings.sms)
        if sms is None:
            warnings.append("SMS : aucune passerelle configurée, les SMS attendent")
        else:
            out["sms"] = SmsTransport(sms)
    except (ValueError, TypeError) as exc:
        warnings.append(f"SMS : réglages invalides ({exc})")
    return out


SERVICE_SENDS = ("Les rappels de cette région sont envoyés par le service central : ce poste n'en "
                 "envoie pas.")


def run_reminders(store: Store, now: datetime | None = None, dry_run: bool = False,
                  transports: Mapping[str, Transport] | None = None,
                  may_send: Callable[[Store, datetime], bool] | None = None) -> RunReport:
    """Create the messages upcoming meetings call for, then send those that are due.

    ``dry_run`` writes nothing and sends nothing: it reports what a real run would do.
    ``may_send`` (the office's callers pass ``usecases.reminders_mode.office_sends``) says whether this
    file sends its region's reminders now: when the service sends them, the office sends none.
    """
    now = now or now_utc()
    if not dry_run and may_send is not None and not may_send(store, now):
        return RunReport(warnings=[SERVICE_SENDS])
    settings = load_settings(store)
    rules = load_rules(store)
    templates = load_templates(store)
    report = RunReport(dry_run=dry_run)
    if transports is None:
        transports = build_transports(settings, report.warnings)
    with store.session() as s:
        s.begin()
        plan = Scheduler(s, now, rules, settings, templates).run()
        report.created, report.superseded = plan.created, plan.superseded
        report.held = dict(plan.held_reasons)
        if plan.held_reasons:
            report.warnings.append(
                f"{len(plan.held_reasons)} rendez-vous tombent sur un congé, une absence, une fermeture ou un "
                "jour férié : leurs rappels sont suspendus tant qu'ils ne sont ni déplacés ni annulés")
        if dry_run:
            preview_due(s, now, settings, templates, transports, report)
            s.rollback()
            return report
        s.commit()
    send_due(store, now, settings, templates, transports, report)
    return report


@dataclass(frozen=True, slots=True)
class MessageRow:
    """A message as the window lists it (beneficiary shown by name: the page is for office staff)."""

    id: int
    beneficiary_id: str
    beneficiary: str
    meeting_id: str
    meeting_start: datetime
    channel: str
    event: str
    state: str
    due_at: datetime
    sent_at: datetime | None
    attempts: int
    detail: str
    body: str


def list_messages(store: Store, beneficiary_id: str | None = None, limit: int = 2000) -> list[MessageRow]:
    with store.session() as s:
        q = select(ReminderMessage).order_by(ReminderMessage.due_at.desc(), ReminderMessage.id.desc())
        if beneficiary_id:
            q = q.where(ReminderMessage.beneficiary_id == beneficiary_id)
        rows = list(s.scalars(q.limit(limit)))
        names = {b.id: b.display_name for b in s.scalars(select(m.Beneficiary).where(
            m.Beneficiary.id.in_({r.beneficiary_id for r in rows})))}
        return [MessageRow(r.id, r.beneficiary_id, names.get(r.beneficiary_id, r.beneficiary_id), r.meeting_id,
                           r.meeting_start, r.channel, r.event, r.state, r.due_at, r.sent_at, r.attempts,
                           r.last_error or (f"à {r.recipient}" if r.state == "sent" else ""), r.body)
                for r in rows]


def resend(store: Store, message_id: int, now: datetime | None = None) -> None:
    """Send a failed or uncertain message again (same idempotency key, same Message-ID)."""
    now = now or now_utc()
    with store.session() as s, s.begin():
        row = s.get(ReminderMessage, message_id)
        if row is None:
            raise InputError(f"message {message_id} inconnu")
        if row.state not in ("failed", "uncertain"):
            raise InputError(f"message {message_id} : seul un message en échec ou incertain se renvoie")
        row.state, row.next_attempt_at, row.updated_at = "retrying", now, now
        row.attempts = 0
        row.last_error = "renvoi demandé"


def mark_sent(store: Store, message_id: int, now: datetime | None = None) -> None:
    """A person checked that an uncertain e-mail did arrive."""
    now = now or now_utc()
    with store.session() as s, s.begin():
        row = s.get(ReminderMessage, message_id)
        if row is None or row.state != "uncertain":
            raise InputError(f"message {message_id} : seul un message incertain peut être confirmé")
        row.state, row.sent_at, row.updated_at = "sent", row.sent_at or now, now
        row.last_error = "envoi confirmé à la main"
