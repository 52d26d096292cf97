"""Meeting edits of the calendar: create, move, resize, copy, cancel, attendance, proof, recurrence.

Each operation runs in ONE ``store.transaction``, refuses any candidate that breaks a hard rule
(``WeekIndex.check_candidate``, planning.md H1–H14) and returns the ``Changes`` it made (with the
change-log entries it wrote: undo reads them back, store/undo.py).
Cancelling is always allowed (a court can cancel its own appointment); it records ``cancelled_at``.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from sosdesk.domain import model as dm
from sosdesk.domain.attendance import missing_reason
from sosdesk.domain.errors import UserError
from sosdesk.domain.permissions import Actor, require
from sosdesk.domain.proof_files import check_proof
from sosdesk.domain.rules import WeekIndex
from sosdesk.domain.timegrid import (
    local_day_minute,
    local_to_utc,
    shift_week,
    week_monday,
    week_of,
    week_slot_to_utc,
)
from sosdesk.store import models as m
from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store
from sosdesk.store.naming import meeting_label, person_name
from sosdesk.store.week import load_week, new_meeting_row, to_week_meeting, week_meeting_rows

ATTENDANCE_VALUES = frozenset(dm.ATTENDANCE_VALUES)


class EditRefused(UserError):
    """The edit would break a hard rule (or names an unknown meeting): nothing was written."""

    def __init__(self, violations: Sequence[dm.Violation] = (), message: str = "") -> None:
        self.violations = list(violations)
        text = message or "\n".join(dict.fromkeys(v.message for v in self.violations))
        super().__init__(text or "modification refusée")


@dataclass
class Skipped:
    """A meeting not copied because it breaks a hard rule in the target week."""

    source_id: str
    week: str
    messages: list[str]
    day: date | None = None  # the local day the copy would have fallen on (shown to the user)


@dataclass
class CopyReport:
    created: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


# -- helpers -------------------------------------------------------------------------------------


def _require(store: Store, action: str, session: Session) -> None:
    """Role check (permissions.py); a file with no current user (single office PC) may edit."""
    uid = store.user_id
    if not uid:
        return
    user = session.get(m.User, uid)
    if user is not None:
        require(Actor(user.id, user.role, user.region_id), action)


def _row(session: Session, meeting_id: str) -> m.Meeting:
    row = session.get(m.Meeting, meeting_id)
    if row is None or row.deleted:
        raise EditRefused(message=f"rendez-vous introuvable : {meeting_id}")
    return row


def _check_all(session: Session, week: str, candidates: Sequence[dm.Meeting]) -> None:
    """Refuse unless every candidate fits the week together (they are placed one after another)."""
    problem, meetings = load_week(session, week)
    index = WeekIndex(problem, meetings)
    for c in candidates:
        index.remove(c.id)
    found: list[dm.Violation] = []
    for c in candidates:
        found += index.check_candidate(c)
        index.replace(c)
    if found:
        raise EditRefused(found)


def _valid_day(meeting: dm.Meeting) -> None:
    if message := dm.outside_week(meeting):
        raise EditRefused(message=message)


def _place(row: m.Meeting, week: str, meeting: dm.Meeting) -> None:
    """Write a candidate's placement and people onto a row (assigning new lists)."""
    row.type_id = meeting.type
    row.start = week_slot_to_utc(week, meeting.day, meeting.start)
    row.minutes = meeting.minutes
    row.site_id = meeting.site
    row.professionals = list(meeting.professionals)
    row.beneficiaries = list(meeting.beneficiaries)
    row.fixed = meeting.fixed
    row.buffer_minutes = meeting.buffer_minutes


def week_meeting(session: Session, meeting_id: str) -> tuple[str, dm.Meeting]:
    """A stored meeting's ISO week and its week-local form."""
    row = _row(session, meeting_id)
    week = week_of(local_day_minute(row.start)[0])
    return week, to_week_meeting(row, week)


# -- placement edits -------------------------------------------------------------------------------


def insert_meetings(session: Session, placements: Sequence[tuple[str, dm.Meeting]], note: str = "",
                    series_id: str | None = None) -> list[str]:
    """Write new planned meetings after checking each week's hard rules (all candidates together);
    raise ``EditRefused`` (nothing written) when one breaks a rule or reuses an id."""
    by_week: dict[str, list[dm.Meeting]] = {}
    for week, mt in placements:
        _valid_day(mt)
        by_week.setdefault(week, []).append(mt if mt.id else replace(mt, id=str(uuid.uuid4())))
    ids: list[str] = []
    for week, items in by_week.items():
        _check_all(session, week, items)
        for mt in items:
            existing = session.get(m.Meeting, mt.id)
            if existing is not None:
                if not existing.deleted:
                    raise EditRefused(message=f"le rendez-vous {mt.id} existe déjà")
                raise EditRefused(message=f"l'identifiant {mt.id} a déjà servi")
            row = new_meeting_row(session, week, mt, mt.id)
            row.note = note
            row.series_id = series_id
            ids.append(row.id)
    return ids


def create_meetings(store: Store, placements: Sequence[tuple[str, dm.Meeting]], label: str,
                    note: str = "", series_id: str | None = None) -> Changes:
    """Create planned meetings (``(week, meeting)`` pairs, ids given or made) after checking each week."""
    with store.transaction(label) as (session, changes):
        _require(store, "plan", session)
        insert_meetings(session, placements, note, series_id)
    return changes


def create_meeting(store: Store, week: str, meeting: dm.Meeting, note: str = "") -> Changes:
    return create_meetings(store, [(week, meeting)], "Créer un rendez-vous", note=note)


def update_meetings(store: Store, week: str, meetings: Sequence[dm.Meeting], label: str,
                    notes: dict[str, str] | None = None, reason: str = "") -> Changes:
    """Move / reassign / resize / edit several meetings of one week together (one step).

    Protection of held and billed meetings is the use case's (``usecases.meeting_edits``); ``reason``
    is what the user typed when confirming, kept in the change log."""
    with store.transaction(label, reason=reason) as (session, changes):
        _require(store, "plan", session)
        for mt in meetings:
            _valid_day(mt)
        rows = [_row(session, mt.id) for mt in meetings]
        for row in rows:
            if row.status == "cancelled":
                raise EditRefused(message=f"{meeting_label(session, row)} est annulé : il ne peut plus changer")
        _check_all(session, week, meetings)
        for row, mt in zip(rows, meetings, strict=True):
            _place(row, week, mt)
            if notes and mt.id in notes:
                row.note = notes[mt.id]
    return changes


def copy_meetings(store: Store, week: str, meetings: Sequence[dm.Meeting]) -> Changes:
    """Ctrl+drag: new planned meetings at the given places (ids given by the caller, or made)."""
    copies = [(week, replace(mt, fixed=False, status="planned")) for mt in meetings]
    return create_meetings(store, copies, "Copier des rendez-vous")


def cancel_meetings(store: Store, meeting_ids: Iterable[str], at: datetime | None = None,
                    reason: str = "") -> Changes:
    """Cancel meetings, recording when (pricing.md §3 bills late cancellations as no-shows)."""
    when = (at or datetime.now(UTC)).astimezone(UTC)
    with store.transaction("Annuler des rendez-vous", reason=reason) as (session, changes):
        _require(store, "plan", session)
        for mid in meeting_ids:
            row = _row(session, mid)
            if row.status == "cancelled":
                continue
            row.status = "cancelled"
            row.cancelled_at = when
    return changes


def set_note(store: Store, meeting_id: str, note: str) -> Changes:
    with store.transaction("Modifier la note") as (session, changes):
        _require(store, "plan", session)
        row = _row(session, meeting_id)
        row.note = note
    return changes


# -- attendance and proof ------------------------------------------------------------------------


def record_attendance(store: Store, meeting_id: str, attendance: dict[str, str],
                      professionals_present: Sequence[str] | None = None) -> Changes:
    """Mark a meeting held with each beneficiary's attendance and the professionals present."""
    with store.transaction("Saisir les présences") as (session, changes):
        _require(store, "record_attendance", session)
        row = _row(session, meeting_id)
        if row.status == "cancelled":
            raise EditRefused(message=f"{meeting_label(session, row)} est annulé")
        bad = [f"{person_name(session, b)} : {v}" for b, v in attendance.items()
               if b not in row.beneficiaries or v not in ATTENDANCE_VALUES]
        if bad:
            raise EditRefused(message="présence invalide : " + ", ".join(bad))
        if professionals_present is not None:
            unknown = [p for p in professionals_present if p not in row.professionals]
            if unknown:
                raise EditRefused(message="professionnel absent du rendez-vous : "
                                  + ", ".join(person_name(session, p) for p in unknown))
        row.status = "held"
        row.attendance = {b: attendance[b] for b in row.beneficiaries if b in attendance}
        row.professionals_present = None if professionals_present is None else list(professionals_present)
    return changes


def mark_day_held(store: Store, day: date, meeting_ids: Iterable[str] | None = None) -> Changes:
    """"Toute la journée a eu lieu": planned meetings of that local day become held, everyone
    present unless recorded otherwise (restricted to ``meeting_ids`` when given)."""
    start, end = local_to_utc(day, 0), local_to_utc(day + timedelta(days=1), 0)
    wanted = None if meeting_ids is None else set(meeting_ids)
    with store.transaction("Journée entière tenue") as (session, changes):
        _require(store, "record_attendance", session)
        rows = session.scalars(select(m.Meeting).where(
            m.Meeting.deleted.is_(False), m.Meeting.start >= start, m.Meeting.start < end,
            m.Meeting.status == "planned"))
        for row in rows:
            if wanted is not None and row.id not in wanted:
                continue
            row.status = "held"
            row.attendance = {b: row.attendance.get(b, "present") for b in row.beneficiaries}
    return changes


def store_attachment(session: Session, filename: str, content: bytes, media_type: str) -> str:
    """Add a content-addressed attachment (id = SHA-256) unless already there; return its id."""
    sha = hashlib.sha256(content).hexdigest()
    existing = session.get(m.Attachment, sha)
    if existing is None:
        session.add(m.Attachment(id=sha, filename=filename, media_type=media_type, content=content))
    elif existing.deleted:
        existing.deleted = False
    return sha


def attach_proof(store: Store, meeting_ids: Iterable[str], filename: str, content: bytes,
                 media_type: str = "application/pdf") -> tuple[str, Changes]:
    """Attach a scanned proof (PDF/image) to meetings; the file is kept once by its SHA-256.

    The file is checked first (``domain.proof_files``: PDF/JPEG/PNG/TIFF by content, size cap);
    a refusal (:class:`ProofRefused`, an ``InputError``) stores nothing."""
    proof = check_proof(filename, content)
    with store.transaction("Joindre un justificatif") as (session, changes):
        _require(store, "record_attendance", session)
        rows = [_row(session, mid) for mid in meeting_ids]
        sha = store_attachment(session, filename, content, proof.media_type)
        for row in rows:
            row.proof = sha
    return sha, changes


def missing_attendance(session: Session, week: str, now: datetime | None = None) -> list[m.Meeting]:
    """Meetings of the week whose attendance is missing (the one rule: ``domain.attendance``)."""
    instant = now or datetime.now(UTC)
    return [row for row in week_meeting_rows(session, week)
            if missing_reason(row.status, row.beneficiaries, row.attendance or {}, row.start, row.minutes,
                              instant)]


# -- recurrence --------------------------------------------------------------------------------


def _copy_into(session: Session, target_week: str, sources: Sequence[dm.Meeting], report: CopyReport,
               series: dict[str, str | None], notes: dict[str, str]) -> None:
    """Place copies in ``target_week`` one by one, skipping (and listing) those that break a rule."""
    problem, meetings = load_week(session, target_week)
    index = WeekIndex(problem, meetings)
    for src in sources:
        cand = replace(src, id=str(uuid.uuid4()), status="planned")
        found = index.check_candidate(cand)
        if found:
            report.skipped.append(Skipped(src.id, target_week, list(dict.fromkeys(v.message for v in found)),
                                          week_monday(target_week) + timedelta(days=cand.day - 1)))
            continue
        row = new_meeting_row(session, target_week, cand, cand.id)
        row.series_id = series.get(src.id)
        row.note = notes.get(src.id, "")
        index.replace(cand)
        report.created.append(cand.id)


def series_weeks(session: Session, series_id: str) -> set[str]:
    """ISO weeks that already hold an occurrence of the series, cancelled ones included (a cancelled
    occurrence is an exception of the series: extending it never brings it back)."""
    starts = session.scalars(select(m.Meeting.start).where(m.Meeting.series_id == series_id,
                                                           m.Meeting.deleted.is_(False)))
    return {week_of(local_day_minute(s)[0]) for s in starts}


def repeat_weekly(store: Store, meeting_id: str, until: date) -> tuple[CopyReport, Changes]:
    """Repeat a meeting every week (same day and time) up to ``until``, extending its series: weeks
    that already hold an occurrence (moved or cancelled ones too) are left as they are; occurrences
    that break a rule (a holiday, a closure, someone's leave…) are skipped and listed."""
    report = CopyReport()
    with store.transaction("Répéter chaque semaine") as (session, changes):
        _require(store, "plan", session)
        row = _row(session, meeting_id)
        week, src = week_meeting(session, meeting_id)
        if row.series_id is None:
            row.series_id = str(uuid.uuid4())
        taken = series_weeks(session, row.series_id)
        target = shift_week(week, 1)
        while week_monday(target) + timedelta(days=src.day - 1) <= until:
            if target not in taken:
                _copy_into(session, target, [replace(src, fixed=row.fixed)], report, {src.id: row.series_id},
                           {src.id: row.note})
            target = shift_week(target, 1)
    return report, changes


def copy_week_to_next(store: Store, week: str) -> tuple[CopyReport, Changes]:
    """Copy this week's meetings (planned and held: a held week is copied as its slots) to the next
    week as planned meetings, skipping (and listing) rule breakers; cancelled ones are not copied."""
    report = CopyReport()
    with store.transaction("Copier la semaine suivante") as (session, changes):
        _require(store, "plan", session)
        rows = [r for r in week_meeting_rows(session, week) if r.status in ("planned", "held")]
        sources = [to_week_meeting(r, week) for r in rows]
        _copy_into(session, shift_week(week, 1), sources, report, {r.id: r.series_id for r in rows},
                   {r.id: r.note for r in rows})
    return report, changes
