"""The right of access (GDPR art. 15) and the access log (issue 16).

``person_file`` gathers everything this office file holds about one beneficiary in the documented
``sosdesk-person/1`` shape (docs/data-protection.md); every read of a person's file — export, the
window's person page, a printed document about them — is recorded by ``record_access``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import inspect, or_, select
from sqlalchemy.orm import Session

from sosdesk.domain.errors import InputError
from sosdesk.domain.permissions import Actor
from sosdesk.domain.timegrid import utc_to_local
from sosdesk.domain.vocabulary import day_text
from sosdesk.store import models as m
from sosdesk.store.changes import to_jsonable
from sosdesk.store.dates_models import Unavailability
from sosdesk.store.engine import Store
from sosdesk.store.invoice_models import AttendanceSheet, Invoice, frozen_items_for
from sosdesk.store.notify_models import ReminderMessage
from sosdesk.store.privacy_models import AccessLog
from sosdesk.usecases.gate import allow

FORMAT = "sosdesk-person/1"
ACCESS_ACTIONS = {"export": "export du dossier", "open": "fiche ouverte", "print": "document imprimé"}
LOCAL_FIELDS = frozenset({"password_hash"})


def _columns(row: Any) -> dict[str, Any]:
    return {a.key: to_jsonable(getattr(row, a.key)) for a in inspect(type(row)).column_attrs
            if a.key not in LOCAL_FIELDS}


def _person(s: Session, person_id: str) -> m.Beneficiary:
    person = s.get(m.Beneficiary, person_id)
    if person is None:
        raise InputError(f"bénéficiaire inconnu : {person_id}", "--person")
    return person


def _log(s: Session, actor_id: str, action: str, person_id: str, detail: str, reason: str) -> None:
    s.add(AccessLog(user_id=actor_id, action=action, person_id=person_id, detail=detail[:1000],
                    reason=reason[:1000]))


def record_access(store: Store, actor: Actor | None, person_id: str, action: str, detail: str = "",
                  reason: str = "") -> None:
    """Write one access-log entry (who, when, what, why): ``action`` in ACCESS_ACTIONS."""
    assert action in ACCESS_ACTIONS
    with store.session() as s, s.begin():
        _log(s, actor.user_id if actor else store.user_id, action, person_id, detail, reason)


def _meeting(mt: m.Meeting, person_id: str, names: dict[str, dict[str, str]]) -> dict[str, Any]:
    alone = list(mt.beneficiaries) == [person_id]
    return {
        "id": mt.id, "start": to_jsonable(mt.start), "local_start": utc_to_local(mt.start).isoformat(),
        "minutes": mt.minutes, "type": mt.type_id, "type_label": names["types"].get(mt.type_id, mt.type_id),
        "site": mt.site_id, "site_name": names["sites"].get(mt.site_id, mt.site_id), "status": mt.status,
        "cancelled_at": to_jsonable(mt.cancelled_at), "deleted": mt.deleted,
        "professionals": [names["pros"].get(p, p) for p in mt.professionals],
        "attendance": mt.attendance.get(person_id), "collective": not alone,
        # A collective meeting's note may speak of the others: only the person's own meetings' notes.
        "note": mt.note if alone else None, "proof": mt.proof,
    }


def _attachments(s: Session, meetings: list[m.Meeting]) -> list[dict[str, Any]]:
    wanted: dict[str, str] = {}
    for mt in meetings:
        if mt.proof:
            wanted.setdefault(mt.proof, f"preuve de la réunion {mt.id}")
        day = utc_to_local(mt.start).date()
        for sheet in s.scalars(select(AttendanceSheet).where(
                AttendanceSheet.site_id == mt.site_id, AttendanceSheet.date == day,
                AttendanceSheet.deleted.is_(False))):
            wanted.setdefault(sheet.attachment_id, f"feuille d'émargement du {day_text(day)} ({mt.site_id})")
    out = []
    for sha, why in sorted(wanted.items()):
        row = s.get(m.Attachment, sha)
        out.append({"sha256": sha, "for": why, "filename": row.filename if row else None,
                    "media_type": row.media_type if row else None,
                    "size": len(row.content) if row else None})
    return out


def _change_log(s: Session, keys: list[tuple[str, str]], meeting_ids: list[str]) -> list[dict[str, Any]]:
    out = []
    own = or_(*[(m.ChangeLog.table_name == t) & (m.ChangeLog.row_id == r) for t, r in keys])
    for e in s.scalars(select(m.ChangeLog).where(own).order_by(m.ChangeLog.seq)):
        out.append({"at": to_jsonable(e.at), "user": e.user_id, "origin": e.origin, "action": e.action,
                    "table": e.table_name, "row": e.row_id, "label": e.label, "changes": e.changes})
    if meeting_ids:
        # Meetings are shared with professionals and other people: which field changed, not values.
        q = select(m.ChangeLog).where(m.ChangeLog.table_name == "meetings",
                                      m.ChangeLog.row_id.in_(meeting_ids)).order_by(m.ChangeLog.seq)
        for e in s.scalars(q):
            out.append({"at": to_jsonable(e.at), "user": e.user_id, "origin": e.origin, "action": e.action,
                        "table": e.table_name, "row": e.row_id, "label": e.label,
                        "fields": sorted(e.changes)})
    return sorted(out, key=lambda e: (e["at"], e["table"], e["row"]))


def _names(s: Session) -> dict[str, dict[str, str]]:
    return {
        "types": {t.id: t.label or t.id for t in s.scalars(select(m.MeetingType))},
        "sites": {t.id: t.name for t in s.scalars(select(m.Site))},
        "pros": {p.id: p.display_name for p in s.scalars(select(m.Professional))},
        "users": {u.id: u.name for u in s.scalars(select(m.User))},
        "regions": {r.id: r.name for r in s.scalars(select(m.Region))},
    }


def person_file(store: Store, actor: Actor | None, person_id: str, now: datetime, reason: str = "",
                out_name: str = "") -> dict[str, Any]:
    """Everything held about ``person_id`` (sosdesk-person/1); the export is access-logged in the
    same transaction."""
    allow(actor, "person_export")
    with store.session() as s, s.begin():
        person = _person(s, person_id)
        allow(actor, "person_export", [person.region_id])
        names = _names(s)
        meetings = [mt for mt in s.scalars(select(m.Meeting).order_by(m.Meeting.start))
                    if person_id in mt.beneficiaries]
        ids = {mt.id for mt in meetings}
        absences = list(s.scalars(select(Unavailability).where(Unavailability.beneficiary_id == person_id)))
        reminders = s.scalars(select(ReminderMessage).where(ReminderMessage.beneficiary_id == person_id)
                              .order_by(ReminderMessage.due_at))
        invoices = []
        for inv in s.scalars(select(Invoice).where(Invoice.deleted.is_(False)).order_by(Invoice.month)):
            billed = sorted(i for k, i in frozen_items_for(inv) if k == "meeting" and i in ids)
            if billed:
                invoices.append({"id": inv.id, "number": inv.number, "kind": inv.kind, "month": inv.month,
                                 "status": inv.status, "meetings": billed})
        accesses = [{"at": to_jsonable(a.at), "user": a.user_id, "user_name": names["users"].get(a.user_id),
                     "action": a.action, "detail": a.detail, "reason": a.reason}
                    for a in s.scalars(select(AccessLog).where(AccessLog.person_id == person_id)
                                       .order_by(AccessLog.id))]
        record = _columns(person)
        result = {
            "format": FORMAT,
            "exported_at": to_jsonable(now),
            "exported_by": actor.user_id if actor else store.user_id,
            "person": record,
            "region_name": names["regions"].get(person.region_id),
            "referent_name": names["pros"].get(person.referent_id or ""),
            "meetings": [_meeting(mt, person_id, names) for mt in meetings],
            "unavailabilities": [_columns(a) for a in absences],
            "reminders": [{"meeting": r.meeting_id, "channel": r.channel, "event": r.event,
                           "due_at": to_jsonable(r.due_at), "state": r.state, "recipient": r.recipient,
                           "subject": r.subject, "body": r.body, "sent_at": to_jsonable(r.sent_at)}
                          for r in reminders],
            "invoices": invoices,
            "change_log": _change_log(s, [("beneficiaries", person_id)]
                                      + [("unavailabilities", a.id) for a in absences], sorted(ids)),
            "attachments": _attachments(s, meetings),
            "access_log": accesses,
        }
        _log(s, actor.user_id if actor else store.user_id, "export", person_id, out_name, reason)
    return result


@dataclass(frozen=True, slots=True)
class AccessEntry:
    at: datetime
    user_id: str
    user_name: str
    action: str
    person_id: str
    person_name: str
    detail: str
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"at": self.at.isoformat(), "user": self.user_id, "user_name": self.user_name,
                "action": self.action, "person": self.person_id, "person_name": self.person_name,
                "detail": self.detail, "reason": self.reason}


def access_log(store: Store, actor: Actor | None, person_id: str | None = None) -> list[AccessEntry]:
    """The access log, oldest first (one person's with ``person_id``); a regional administrator
    sees the entries about people of their region."""
    allow(actor, "read_access_log")
    with store.session() as s:
        q = select(AccessLog).order_by(AccessLog.id)
        if person_id is not None:
            q = q.where(AccessLog.person_id == person_id)
        users = {u.id: u.name for u in s.scalars(select(m.User))}
        people = {b.id: b for b in s.scalars(select(m.Beneficiary))}
        out = []
        for a in s.scalars(q):
            person = people.get(a.person_id)
            if actor is not None and actor.role != "national_coordinator" and (
                    person is None or person.region_id != actor.region):
                continue
            out.append(AccessEntry(a.at, a.user_id, users.get(a.user_id, a.user_id), a.action, a.person_id,
                                   person.display_name if person else a.person_id, a.detail, a.reason))
    return out
