"""The one gate for moving, resizing, editing and cancelling meetings (issue 13: protect what happened).

Every caller — the calendar's drag, keyboard and dialogs, the absences tab, the CLI — goes through
``update_meetings`` / ``cancel_meetings`` here. Before writing they judge each touched meeting with
``domain.protection``: an open edit is written; a protected one raises ``ConfirmationRequired``
carrying the consequence in French (the draft total before → after, priced on a copy of the month
with the real rates) until the caller re-calls with ``confirmed=True`` and the user's ``reason``
(kept in the change log); a locked month raises ``EditProtected`` (nothing written).
The checks themselves live in ``meeting_checks`` (re-exported here); this module writes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select

from sosdesk.domain import model as dm
from sosdesk.domain.timegrid import local_to_utc
from sosdesk.store import models as m
from sosdesk.store import ops_meetings as ops
from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store
from sosdesk.usecases.meeting_checks import (  # the checks, re-exported: callers import them here
    ConfirmationRequired,
    EditCheck,
    EditProtected,
    check_attendance,
    check_cancel,
    check_revert,
    check_update,
    gate,
)

__all__ = [
    "ConfirmationRequired",
    "EditCheck",
    "EditProtected",
    "cancel_meetings",
    "check_attendance",
    "check_cancel",
    "check_revert",
    "check_update",
    "gate",
    "gate_revert",
    "mark_day_held",
    "reason_of",
    "record_attendance",
    "update_meetings",
]


def gate_revert(store: Store, targets: dict[str, dict[str, Any]], confirmed: bool, reason: str,
                now: datetime | None = None) -> str:
    """``check_revert`` as a gate: raises ``EditProtected`` / ``ConfirmationRequired`` like any
    edit of protected meetings; returns the reason to keep in the change log."""
    if not targets:
        return reason.strip()
    return gate(check_revert(store, targets, now), confirmed, reason)


def record_attendance(store: Store, meeting_id: str, attendance: dict[str, str],
                      professionals_present: Sequence[str] | None = None, now: datetime | None = None
                      ) -> Changes:
    """``ops.record_attendance`` unless the meeting's month is locked (``EditProtected``)."""
    gate(check_attendance(store, [meeting_id], now), False, "")
    return ops.record_attendance(store, meeting_id, attendance, professionals_present)


# -- writes --------------------------------------------------------------------------------------


def update_meetings(store: Store, week: str, meetings: Sequence[dm.Meeting], label: str,
                    notes: dict[str, str] | None = None, *,
                    confirmed: bool = False, reason: str = "", now: datetime | None = None) -> Changes:
    """Move / resize / edit meetings of one week through the protection gate (then ``ops``)."""
    why = gate(check_update(store, week, meetings, now), confirmed, reason)
    return ops.update_meetings(store, week, meetings, label, notes, reason=why)


def cancel_meetings(store: Store, ids: Iterable[str], at: datetime | None = None, *, confirmed: bool = False, reason: str = "",
                    now: datetime | None = None) -> Changes:
    """Cancel meetings through the protection gate; ``at`` is the cancellation time (default now)."""
    chosen = list(ids)
    why = gate(check_cancel(store, chosen, now or at), confirmed, reason)
    return ops.cancel_meetings(store, chosen, at=at, reason=why)


def reason_of(store: Store, meeting_id: str) -> str:
    """The last reason recorded in the change log for this meeting (« » when none)."""
    with store.session() as s:
        row = (s.query(m.ChangeLog).filter(m.ChangeLog.table_name == "meetings", m.ChangeLog.row_id == meeting_id,
                                           m.ChangeLog.reason != "").order_by(m.ChangeLog.seq.desc()).first())
        return row.reason if row is not None else ""


def mark_day_held(store: Store, day: date, meeting_ids: Iterable[str] | None = None,
                  now: datetime | None = None) -> Changes:
    """« Toute la journée a eu lieu » through the gate: refused (``EditProtected``, nothing written)
    when one of the day's planned meetings lies in a month whose invoice left the draft state."""
    start, end = local_to_utc(day, 0), local_to_utc(day + timedelta(days=1), 0)
    wanted = None if meeting_ids is None else set(meeting_ids)
    with store.session() as s:
        ids = [i for i in s.scalars(select(m.Meeting.id).where(
            m.Meeting.deleted.is_(False), m.Meeting.start >= start, m.Meeting.start < end,
            m.Meeting.status == "planned").order_by(m.Meeting.start, m.Meeting.id))
            if wanted is None or i in wanted]
    if ids:
        gate(check_attendance(store, ids, now), False, "")
    return ops.mark_day_held(store, day, ids)
