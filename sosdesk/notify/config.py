"""Reminder configuration as data: rules and templates (tables), quiet hours and transport
settings (local_state ``notify.settings``); secrets live in the OS keyring, never in the file."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sosdesk.domain.errors import InputError, ProblemList
from sosdesk.domain.timegrid import parse_hhmm
from sosdesk.notify.templates import CHANNELS, EVENTS, Template, default_template, validate_template
from sosdesk.store.engine import Store
from sosdesk.store.notify_models import ReminderRule, ReminderTemplate

SETTINGS_KEY = "notify.settings"
DEFAULT_RULES: tuple[tuple[str, int], ...] = (("sms", 48 * 60), ("sms", 120), ("email", 48 * 60))


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    channel: str
    offset_minutes: int
    active: bool = True


@dataclass
class NotifySettings:
    """Quiet hours (SMS only) and transport settings; passwords/tokens are in the keyring."""

    quiet_from: str = "20:00"
    quiet_to: str = "08:00"
    # A reminder pushed past quiet hours must still leave this long before the meeting, else skipped.
    min_lead_minutes: int = 60
    organisation: str = ""
    smtp: dict[str, Any] = field(default_factory=dict)   # host, port, security, username, sender, ca_file
    sms: dict[str, Any] = field(default_factory=dict)    # provider, url, username, sender

    def to_json(self) -> dict[str, Any]:
        return {"quiet_from": self.quiet_from, "quiet_to": self.quiet_to,
                "min_lead_minutes": self.min_lead_minutes, "organisation": self.organisation,
                "smtp": dict(self.smtp), "sms": dict(self.sms)}

    @staticmethod
    def from_json(data: dict[str, Any] | None) -> NotifySettings:
        data = data or {}
        return NotifySettings(
            quiet_from=str(data.get("quiet_from", "20:00")), quiet_to=str(data.get("quiet_to", "08:00")),
            min_lead_minutes=int(data.get("min_lead_minutes", 60)),
            organisation=str(data.get("organisation", "")),
            smtp=dict(data.get("smtp") or {}), sms=dict(data.get("sms") or {}))


def load_settings(store: Store) -> NotifySettings:
    return NotifySettings.from_json(store.get_state(SETTINGS_KEY))


def save_settings(store: Store, settings: NotifySettings) -> None:
    validate_settings(settings)
    store.set_state(SETTINGS_KEY, settings.to_json())


def validate_settings(settings: NotifySettings) -> None:
    """Raise InputError listing every bad quiet-hours field."""
    problems = ProblemList()
    for path, value in (("heures calmes (début)", settings.quiet_from),
                        ("heures calmes (fin)", settings.quiet_to)):
        try:
            parse_hhmm(value)
        except ValueError as exc:
            problems.add(path, str(exc))
    if settings.min_lead_minutes < 0:
        problems.add("délai minimal", "doit être positif")
    problems.raise_if_any()


def ensure_defaults(session: Session) -> None:
    """Create the default rules (48 h and 2 h SMS, 48 h e-mail) and templates on first use."""
    existing = set(session.scalars(select(ReminderTemplate.id)))
    # First use = no template yet; later, an empty rule set is the user's choice and stays empty.
    if not existing and session.scalar(select(ReminderRule.id).limit(1)) is None:
        for channel, offset in DEFAULT_RULES:
            session.add(ReminderRule(id=f"{channel}-{offset}", channel=channel, offset_minutes=offset,
                                     active=True))
    for channel in CHANNELS:
        for event in EVENTS:
            t = default_template(channel, event)
            if t.id not in existing:
                session.add(ReminderTemplate(id=t.id, channel=channel, event=event, subject=t.subject,
                                             body=t.body))
    session.flush()


def load_rules(store: Store) -> list[Rule]:
    with store.session() as s, s.begin():
        ensure_defaults(s)
        rows = s.scalars(select(ReminderRule).order_by(ReminderRule.channel, ReminderRule.offset_minutes.desc()))
        return [Rule(r.id, r.channel, r.offset_minutes, r.active) for r in rows]


def save_rules(store: Store, rules: list[Rule]) -> None:
    """Replace the rule set (validated as a whole: nothing saved when one rule is wrong)."""
    problems = ProblemList()
    seen: set[tuple[str, int]] = set()
    for i, r in enumerate(rules):
        if r.channel not in CHANNELS:
            problems.add(f"règle {i + 1}", f"canal inconnu « {r.channel} » (sms ou email)")
        if not 0 < r.offset_minutes <= 14 * 24 * 60:
            problems.add(f"règle {i + 1}", "le délai doit être entre 1 minute et 14 jours avant le rendez-vous")
        if (r.channel, r.offset_minutes) in seen:
            problems.add(f"règle {i + 1}", "règle en double (même canal, même délai)")
        seen.add((r.channel, r.offset_minutes))
    problems.raise_if_any()
    with store.session() as s, s.begin():
        ensure_defaults(s)
        keep = {r.id for r in rules if r.id}
        for row in s.scalars(select(ReminderRule)):
            if row.id not in keep:
                s.delete(row)
        s.flush()
        for r in rules:
            s.merge(ReminderRule(id=r.id or str(uuid.uuid4()), channel=r.channel,
                                 offset_minutes=r.offset_minutes, active=r.active))


def load_templates(store: Store) -> dict[tuple[str, str], Template]:
    with store.session() as s, s.begin():
        ensure_defaults(s)
        return {(r.channel, r.event): Template(r.channel, r.event, r.subject, r.body)
                for r in s.scalars(select(ReminderTemplate))}


def save_template(store: Store, template: Template) -> None:
    """Validate then save; raises InputError naming any unknown placeholder (nothing saved)."""
    validate_template(template)
    with store.session() as s, s.begin():
        ensure_defaults(s)
        row = s.get(ReminderTemplate, template.id)
        if row is None:
            raise InputError(f"modèle inconnu : {template.id}")
        row.subject = template.subject
        row.body = template.body
