"""Sending due messages from the reminder outbox, each exactly once.

A message is recorded ``sending`` (committed) before the transport is called and ``sent`` after.
If the process dies in between, the next run finds a ``sending`` row older than
``STALE_SENDING``: an SMS is sent again with the same idempotency key (the gateway drops the
duplicate), an e-mail is marked ``uncertain`` for a person to check (SMTP has no such key; a resend
keeps the same Message-ID). Transient failures are retried with exponential backoff, then marked
``failed``; the reason is always recorded.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from sosdesk.notify.config import NotifySettings
from sosdesk.notify.phone import sms_number
from sosdesk.notify.schedule import ACTIVE, meeting_version, render_message, template_values
from sosdesk.notify.templates import Template
from sosdesk.notify.transports import Outgoing, Transport, TransportError
from sosdesk.store import models as m
from sosdesk.store.engine import Store
from sosdesk.store.notify_models import ReminderMessage

MAX_ATTEMPTS = 5
BACKOFF_BASE = timedelta(minutes=1)
BACKOFF_MAX = timedelta(hours=1)
STALE_SENDING = timedelta(minutes=5)


def backoff(attempts: int) -> timedelta:
    """Wait after the n-th failed attempt: 1, 2, 4, 8 … minutes, at most an hour."""
    return min(BACKOFF_BASE * (2 ** max(attempts - 1, 0)), BACKOFF_MAX)


@dataclass(frozen=True, slots=True)
class Line:
    """One message handled by a run, for the CLI table and the window."""

    message_id: int
    beneficiary_id: str
    meeting_id: str
    channel: str
    event: str
    state: str
    detail: str = ""

    def to_json(self) -> dict[str, object]:
        return {"id": self.message_id, "beneficiary": self.beneficiary_id, "meeting": self.meeting_id,
                "channel": self.channel, "event": self.event, "state": self.state, "detail": self.detail}


@dataclass
class RunReport:
    dry_run: bool = False
    created: int = 0
    superseded: int = 0
    held: dict[str, str] = field(default_factory=dict)  # meeting id → why its reminders are on hold
    lines: list[Line] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def count(self, state: str) -> int:
        return sum(1 for line in self.lines if line.state == state)

    @property
    def has_problems(self) -> bool:
        return any(line.state in ("failed", "retrying", "uncertain", "waiting") for line in self.lines)

    def to_json(self) -> dict[str, object]:
        return {"dry_run": self.dry_run, "created": self.created, "superseded": self.superseded,
                "held": [{"meeting": k, "reason": v} for k, v in sorted(self.held.items())],
                "messages": [line.to_json() for line in self.lines], "warnings": list(self.warnings)}


def recover_interrupted(session: Session, now: datetime, report: RunReport) -> None:
    """Handle rows left ``sending`` by a sender that died between sending and recording."""
    cutoff = now - STALE_SENDING
    for row in session.scalars(select(ReminderMessage).where(
            ReminderMessage.state == "sending", ReminderMessage.updated_at < cutoff)):
        if row.channel == "sms":
            row.state = "retrying"
            row.next_attempt_at = now
            row.last_error = "envoi interrompu : renvoyé avec la même clé (la passerelle ignore les doublons)"
        else:
            row.state = "uncertain"
            row.last_error = ("envoi interrompu : l'e-mail est peut-être parti ; vérifiez puis marquez-le "
                              "envoyé ou renvoyez-le (même Message-ID)")
            report.lines.append(_line(row, "uncertain", row.last_error))
        row.updated_at = now


def _line(row: ReminderMessage, state: str, detail: str = "") -> Line:
    return Line(row.id, row.beneficiary_id, row.meeting_id, row.channel, row.event, state, detail)


@dataclass(frozen=True, slots=True)
class Verdict:
    """What to do with a due row: send ``outgoing``, or set ``state`` with ``reason``."""

    state: str
    reason: str = ""
    outgoing: Outgoing | None = None


def judge(session: Session, row: ReminderMessage, now: datetime, settings: NotifySettings,
          templates: Mapping[tuple[str, str], Template], closer: set[int]) -> Verdict:
    """Last checks just before sending: still current, not too late, consent, valid address."""
    meeting = session.get(m.Meeting, row.meeting_id)
    if meeting is None or meeting_version(meeting, row.beneficiary_id) != row.version:
        return Verdict("superseded", "le rendez-vous a changé avant l'envoi")
    if row.id in closer:
        return Verdict("superseded", "remplacé par un rappel plus proche du rendez-vous")
    if meeting.start <= now:
        return Verdict("skipped", "trop tard : le rendez-vous a commencé")
    ben = session.get(m.Beneficiary, row.beneficiary_id)
    if ben is None or ben.deleted:
        return Verdict("skipped", "bénéficiaire inconnu ou supprimé")
    if row.channel == "sms":
        if not ben.sms_consent:
            return Verdict("skipped", "pas de consentement SMS enregistré")
        try:
            recipient = sms_number(ben.phone)
        except ValueError as exc:
            return Verdict("skipped", str(exc))
    else:
        if not ben.email_consent:
            return Verdict("skipped", "pas de consentement e-mail enregistré")
        recipient = ben.email.strip()
        if "@" not in recipient or " " in recipient or recipient.startswith("@") or recipient.endswith("@"):
            return Verdict("skipped", f"adresse e-mail invalide « {recipient} »" if recipient
                           else "aucune adresse e-mail")
    template = templates.get((row.channel, row.event))
    if template is None:
        subject, body = row.subject, row.body
    else:
        values = template_values(meeting, ben, session, settings, row.previous_start)
        subject, body = render_message(template, values)
    return Verdict("send", outgoing=Outgoing(row.key, row.channel, recipient, subject, body))


def _closer_reminders(rows: list[ReminderMessage]) -> set[int]:
    """Ids of due reminders made redundant by a due reminder closer to the same meeting."""
    groups: dict[tuple[str, str, str, str], list[ReminderMessage]] = defaultdict(list)
    for row in rows:
        if row.event == "reminder":
            groups[(row.meeting_id, row.beneficiary_id, row.channel, row.version)].append(row)
    out: set[int] = set()
    for group in groups.values():
        keep = min(group, key=lambda r: r.offset_minutes)
        out |= {r.id for r in group if r.id != keep.id}
    return out


def due_rows(session: Session, now: datetime) -> list[ReminderMessage]:
    return list(session.scalars(select(ReminderMessage).where(
        ReminderMessage.state.in_(ACTIVE), ReminderMessage.next_attempt_at <= now
    ).order_by(ReminderMessage.next_attempt_at, ReminderMessage.id)))


def preview_due(session: Session, now: datetime, settings: NotifySettings,
                templates: Mapping[tuple[str, str], Template], transports: Mapping[str, Transport],
                report: RunReport) -> None:
    """Dry run: what a real run would do with each due row, without writing or sending."""
    rows = due_rows(session, now)
    closer = _closer_reminders(rows)
    for row in rows:
        v = judge(session, row, now, settings, templates, closer)
        if v.state != "send":
            report.lines.append(_line(row, v.state, v.reason))
        elif row.channel not in transports:
            report.lines.append(_line(row, "waiting", f"{row.channel} : envoi non configuré"))
        else:
            assert v.outgoing is not None
            report.lines.append(_line(row, "would_send", f"{v.outgoing.recipient} : {v.outgoing.body}"))


def send_due(store: Store, now: datetime, settings: NotifySettings,
             templates: Mapping[tuple[str, str], Template], transports: Mapping[str, Transport],
             report: RunReport) -> None:
    """Send every due row, one short transaction per step so a crash loses nothing."""
    with store.session() as s, s.begin():
        recover_interrupted(s, now, report)
        ids = [r.id for r in due_rows(s, now)]
        closer = _closer_reminders(due_rows(s, now))
    for row_id in ids:
        with store.session() as s:
            with s.begin():
                row = s.get(ReminderMessage, row_id)
                if row is None or row.state not in ACTIVE:
                    continue  # another sender (window timer vs command) took it
                v = judge(s, row, now, settings, templates, closer)
                if v.state != "send":
                    row.state, row.last_error, row.updated_at = v.state, v.reason, now
                    report.lines.append(_line(row, v.state, v.reason))
                    continue
                transport = transports.get(row.channel)
                if transport is None:
                    report.lines.append(_line(row, "waiting", f"{row.channel} : envoi non configuré"))
                    continue
                assert v.outgoing is not None
                out = v.outgoing
                claimed = s.execute(update(ReminderMessage).where(
                    ReminderMessage.id == row_id, ReminderMessage.state == row.state).values(
                    state="sending", attempts=ReminderMessage.attempts + 1, recipient=out.recipient,
                    subject=out.subject, body=out.body, updated_at=now))
                if claimed.rowcount != 1:  # type: ignore[attr-defined]
                    continue
            # "sending" is committed: only now may the message leave.
            try:
                ref = transport.send(out)
            except TransportError as exc:
                _record_failure(s, row_id, now, exc, report)
            else:
                with s.begin():
                    done = s.get(ReminderMessage, row_id, populate_existing=True)
                    assert done is not None
                    done.state, done.sent_at, done.updated_at = "sent", now, now
                    done.provider_ref, done.last_error = ref[:200], ""
                    report.lines.append(_line(done, "sent", out.recipient))


def _record_failure(s: Session, row_id: int, now: datetime, exc: TransportError, report: RunReport) -> None:
    with s.begin():
        row = s.get(ReminderMessage, row_id, populate_existing=True)
        assert row is not None
        if exc.transient and row.attempts < MAX_ATTEMPTS:
            row.state = "retrying"
            row.next_attempt_at = now + backoff(row.attempts)
            row.last_error = f"essai {row.attempts}/{MAX_ATTEMPTS} : {exc}"
        else:
            row.state = "failed"
            row.last_error = f"abandon après {row.attempts} essai(s) : {exc}" if exc.transient else str(exc)
        row.updated_at = now
        report.lines.append(_line(row, row.state, row.last_error))
