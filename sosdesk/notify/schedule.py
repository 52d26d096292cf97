"""Which reminder, update and cancellation messages the upcoming meetings call for.

Each message has an idempotency key = hash(meeting × beneficiary × channel × event × offset ×
meeting version), the version being a hash of what the beneficiary is told (start, duration,
site, status, still a participant). So a run creates each message once, a moved meeting makes
new keys (an update, fresh reminders) and the old version's unsent messages are superseded: a
stale reminder never leaves.

Decisions (docs/reminders.md):
- Reminders are created when due; a reminder whose time passed before the meeting was planned
  is sent at once, but only the one closest to the meeting, and not when the beneficiary was
  already told about this version (an update).
- An update is sent only to someone already told about an older version; a cancellation only
  to someone already told about the meeting (nobody hears of a meeting only to be told it is off).
- SMS quiet hours (default 20:00–08:00 Europe/Paris): a message due inside them waits until
  their end; a reminder that would then arrive less than ``min_lead_minutes`` before the meeting
  is skipped (recorded with the reason), an update or cancellation is skipped only if the
  meeting has begun by then. E-mail has no quiet hours.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from sosdesk.domain.timegrid import local_day_minute, local_to_utc, parse_hhmm, utc_to_local
from sosdesk.notify.config import NotifySettings, Rule
from sosdesk.notify.templates import Template, french_date, french_time, render
from sosdesk.store import models as m
from sosdesk.store.notify_models import ReminderMessage

ACTIVE = ("pending", "retrying")
HELD = "held"  # not sent while the meeting conflicts with a leave, absence, closure or holiday
INFORMED = ("sent", "sending", "uncertain")
LOOKAHEAD = timedelta(days=1)  # rows appear a day early so the page shows what is coming


def meeting_version(meeting: m.Meeting, beneficiary_id: str) -> str:
    """Hash of what this beneficiary was told; changes when the meeting moves or is called off."""
    member = beneficiary_id in meeting.beneficiaries and not meeting.deleted
    status = meeting.status if member else "cancelled"
    text = f"{meeting.start.isoformat()}|{meeting.minutes}|{meeting.site_id}|{status}"
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def is_called_off(meeting: m.Meeting, beneficiary_id: str) -> bool:
    return meeting.deleted or meeting.status == "cancelled" or beneficiary_id not in meeting.beneficiaries


def message_key(meeting_id: str, beneficiary_id: str, channel: str, event: str, offset: int,
                version: str) -> str:
    text = f"{meeting_id}|{beneficiary_id}|{channel}|{event}|{offset}|{version}"
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def quiet_end(due: datetime, settings: NotifySettings) -> datetime:
    """``due`` if outside SMS quiet hours, else the instant they end (Europe/Paris)."""
    start, end = parse_hhmm(settings.quiet_from), parse_hhmm(settings.quiet_to)
    if start == end:
        return due
    day, minute = local_day_minute(due)
    if start < end:
        inside = start <= minute < end
        next_end_day = day
    else:  # wraps midnight (20:00 → 08:00)
        inside = minute >= start or minute < end
        next_end_day = day + timedelta(days=1) if minute >= start else day
    return local_to_utc(next_end_day, end) if inside else due


@dataclass
class Plan:
    """What one scheduling pass did."""

    created: int = 0
    superseded: int = 0
    # Reminders put on hold (their meeting falls on a leave, absence, closure or holiday: the office
    # must move or cancel it first) and resumed (the conflict is gone), with the reasons.
    held: int = 0
    resumed: int = 0
    held_reasons: dict[str, str] = field(default_factory=dict)


def template_values(meeting: m.Meeting, ben: m.Beneficiary | None, session: Session,
                    settings: NotifySettings, previous_start: datetime | None) -> dict[str, str]:
    site = session.get(m.Site, meeting.site_id)
    mtype = session.get(m.MeetingType, meeting.type_id)
    pros = [session.get(m.Professional, pid) for pid in meeting.professionals]
    organisation = settings.organisation
    if not organisation:
        row = session.get(m.Setting, "settings")
        data: dict[str, Any] = row.data if row else {}
        organisation = str(data.get("organisation") or data.get("name") or "")
    values = {
        "prenom": ben.first_name if ben else "", "date": french_date(meeting.start),
        "heure": french_time(meeting.start), "duree": f"{meeting.minutes} min",
        "site": site.name if site else "", "adresse": site.address if site else "",
        "professionnel": " et ".join(p.display_name for p in pros if p is not None),
        "type": (mtype.label or mtype.id) if mtype else "", "organisation": organisation,
    }
    if previous_start is not None:
        values["ancienne_date"] = french_date(previous_start)
        values["ancienne_heure"] = french_time(previous_start)
    return values


def render_message(template: Template, values: dict[str, str]) -> tuple[str, str]:
    return render(template.subject, values), render(template.body, values)


class Scheduler:
    """One scheduling pass in ``session`` at ``now``: creates message rows, supersedes stale ones."""

    def __init__(self, session: Session, now: datetime, rules: list[Rule], settings: NotifySettings,
                 templates: dict[tuple[str, str], Template]) -> None:
        self.s = session
        self.now = now
        self.settings = settings
        self.templates = templates
        self.rules: dict[str, list[int]] = defaultdict(list)
        for r in rules:
            if r.active:
                self.rules[r.channel].append(r.offset_minutes)
        self.plan = Plan()
        self._keys: set[str] = set()

    def run(self) -> Plan:
        max_offset = max((o for offs in self.rules.values() for o in offs), default=0)
        horizon = self.now + timedelta(minutes=max_offset) + LOOKAHEAD
        q = select(m.Meeting).where(m.Meeting.start > self.now, m.Meeting.start <= horizon)
        meetings = {row.id: row for row in self.s.scalars(q)}
        # Meetings already messaged about may have moved out of the horizon: they still need care.
        history: dict[str, list[ReminderMessage]] = defaultdict(list)
        for msg in self.s.scalars(select(ReminderMessage).where(
                or_(ReminderMessage.meeting_id.in_(list(meetings)),
                    ReminderMessage.meeting_start > self.now - timedelta(days=1)))):
            history[msg.meeting_id].append(msg)
            self._keys.add(msg.key)
        for mid in set(history) - set(meetings):
            row = self.s.get(m.Meeting, mid)
            if row is not None:
                meetings[mid] = row
        self.blocked = self._blocked(horizon)
        for meeting in meetings.values():
            self._meeting(meeting, history.get(meeting.id, []))
        self.s.flush()
        return self.plan

    def _blocked(self, horizon: datetime) -> dict[str, str]:
        """Planned meetings up to ``horizon`` that someone's leave or absence, a site's closure, a
        public holiday or a closed day makes impossible, with the reason (the dates feature's rule)."""
        from sosdesk.store.dates import impacted_meetings

        first, last = utc_to_local(self.now).date(), utc_to_local(horizon).date()
        return {i.meeting_id: " ; ".join(i.reasons) for i in impacted_meetings(self.s, first, last)}

    def _meeting(self, meeting: m.Meeting, history: list[ReminderMessage]) -> None:
        bens = dict.fromkeys([*meeting.beneficiaries, *(h.beneficiary_id for h in history)])
        for bid in bens:
            for channel in ("sms", "email"):
                past = [h for h in history if h.beneficiary_id == bid and h.channel == channel]
                if past or self.rules.get(channel):
                    self._person(meeting, bid, channel, past)

    def _person(self, meeting: m.Meeting, bid: str, channel: str, past: list[ReminderMessage]) -> None:
        version = meeting_version(meeting, bid)
        for h in past:
            if (h.state in ACTIVE or h.state == HELD) and h.version != version:
                h.state = "superseded"
                h.last_error = "le rendez-vous a changé avant l'envoi"
                h.updated_at = self.now
                self.plan.superseded += 1
        informed = sorted((h for h in past if h.state in INFORMED), key=lambda h: h.id)
        latest = informed[-1] if informed else None
        if meeting.start <= self.now:
            return
        if is_called_off(meeting, bid):
            if latest is not None and latest.event != "cancellation" and meeting.status != "held":
                self._add(meeting, bid, channel, "cancellation", 0, version, self.now, None)
            return
        if meeting.status != "planned":
            return
        reason = self.blocked.get(meeting.id)
        if reason:
            # Nothing leaves while the meeting cannot take place: the office moves or cancels it
            # (a cancellation then informs the person as usual); removing the leave resumes them.
            for h in past:
                if h.state in ACTIVE:
                    h.state, h.last_error, h.updated_at = HELD, f"suspendu : {reason}", self.now
                    self.plan.held += 1
            self.plan.held_reasons[meeting.id] = reason
            return
        for h in past:
            if h.state == HELD:
                h.state, h.last_error, h.updated_at = "pending", "", self.now
                self.plan.resumed += 1
        told_now = any(h.version == version for h in informed)
        if latest is not None and not told_now:
            self._add(meeting, bid, channel, "update", 0, version, self.now, latest.meeting_start)
            told_now = True
        offsets = sorted(self.rules.get(channel, []))
        overdue = [o for o in offsets if meeting.start - timedelta(minutes=o) < self.now]
        for offset in offsets:
            due = meeting.start - timedelta(minutes=offset)
            if due >= self.now:
                self._add(meeting, bid, channel, "reminder", offset, version, due, None)
        if overdue and not told_now:
            self._add(meeting, bid, channel, "reminder", overdue[0], version, self.now, None)

    def _add(self, meeting: m.Meeting, bid: str, channel: str, event: str, offset: int, version: str,
             due: datetime, previous_start: datetime | None) -> None:
        key = message_key(meeting.id, bid, channel, event, offset, version)
        if key in self._keys:
            return
        self._keys.add(key)
        state, reason = "pending", ""
        if channel == "sms":
            shifted = quiet_end(due, self.settings)
            if shifted != due:
                due = shifted
                latest_ok = meeting.start - timedelta(minutes=self.settings.min_lead_minutes
                                                      if event == "reminder" else 0)
                if due > latest_ok or due >= meeting.start:
                    state, reason = "skipped", "heures calmes : trop tard pour l'envoyer ensuite"
        ben = self.s.get(m.Beneficiary, bid)
        template = self.templates.get((channel, event))
        subject = body = ""
        if template is not None:
            values = template_values(meeting, ben, self.s, self.settings, previous_start)
            subject, body = render_message(template, values)
        self.s.add(ReminderMessage(
            key=key, meeting_id=meeting.id, beneficiary_id=bid, channel=channel, event=event,
            offset_minutes=offset, version=version, due_at=due, meeting_start=meeting.start,
            previous_start=previous_start,
            recipient=(ben.phone if channel == "sms" else ben.email) if ben else "",
            subject=subject, body=body, state=state, attempts=0, next_attempt_at=due,
            last_error=reason, created_at=self.now, updated_at=self.now))
        self.plan.created += 1
