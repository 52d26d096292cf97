"""The protection gate of loads and imports (``sosdesk load``, ``sosdesk import``; issue 13): the
rule of ``domain.protection`` applied to what a sosdesk-data/1 file or a spreadsheet would change,
inside the load's one transaction (``interchange.load_data``'s ``protect``). The facts and the way
meetings are named are those of the window's gate, ``usecases.meeting_edits``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session

from sosdesk.domain.protection import (
    ATTENDANCE,
    CANCEL,
    CONFIRM,
    MOVE,
    OPEN,
    REFUSE,
    MeetingFacts,
    Protection,
    combine,
    happened,
    protection_of,
)
from sosdesk.store import models as m
from sosdesk.store.changes import Changes
from sosdesk.store.invoice_models import Invoice
from sosdesk.usecases.meeting_checks import (
    ConfirmationRequired,
    EditCheck,
    EditProtected,
    _describe,
    _describe_at,
    _Draft,
    _month,
    _month_invoice,
)

__all__ = ["load_guard"]

# Fields whose change records what happened, not where or what the meeting is.
_ATTENDANCE_FIELDS = frozenset({"status", "attendance", "professionals_present", "proof", "note"})
_COMPARED = ("start", "minutes", "site_id", "type_id", "professionals", "beneficiaries", "status", "attendance",
             "professionals_present", "proof", "note", "fixed", "buffer_minutes", "cancelled_at", "deleted")


def _loaded_action(before: dict[str, object], row: m.Meeting, old: MeetingFacts) -> str:
    changed = {k for k in _COMPARED if before[k] != getattr(row, k)}
    if row.status == "cancelled" and before["status"] != "cancelled":
        return CANCEL
    if not happened(old) and changed <= _ATTENDANCE_FIELDS and row.status in ("planned", "held"):
        return ATTENDANCE  # first attendance of a planned meeting: normal work until the month is billed
    return MOVE


def load_guard(force: bool = False, now: datetime | None = None
               ) -> Callable[[Session, Sequence[str]], Callable[[Changes], None]]:
    """The protection gate for a load or an import (``interchange.load_data``'s ``protect``).

    Before the writes it notes the stored meetings the file names; after them (same transaction)
    it judges each meeting the file really changed or added: a month whose invoice left the draft
    state → ``EditProtected``; a held / attended / proved meeting, or one already billable in a
    draft month → ``ConfirmationRequired`` unless ``force`` (the CLI's ``--force-protected``, whose
    reason the transaction records). Raising rolls the whole load back: nothing is written."""
    at = now or datetime.now(UTC)

    def before(s: Session, ids: Sequence[str]) -> Callable[[Changes], None]:
        # Every month's invoice as it stands BEFORE the load: a file that brings meetings together
        # with the invoice that bills them (a migration into an empty file) is not judged by it.
        cache: dict[tuple[str, str], _Draft | None] = {}
        for scope, month in s.execute(select(Invoice.scope, Invoice.month).where(
                Invoice.kind == "regional", Invoice.deleted.is_(False)).distinct()):
            _month_invoice(s, cache, scope, month)
        known = dict(cache)

        def status_before(region: str, month: str) -> str | None:
            inv = known.get((region, month))
            return None if inv is None else inv.status

        def facts_now(row: m.Meeting) -> MeetingFacts:
            month = _month(row.start)
            return MeetingFacts(row.id, row.status, bool(row.attendance), bool(row.proof), row.start <= at, month,
                                status_before(row.region_id, month))
        snap: dict[str, tuple[dict[str, object], MeetingFacts]] = {}
        wanted = sorted(set(ids))
        for i in range(0, len(wanted), 500):
            for row in s.scalars(select(m.Meeting).where(m.Meeting.id.in_(wanted[i:i + 500]))):
                values = {k: getattr(row, k) for k in _COMPARED}
                values = {k: list(v) if isinstance(v, list) else dict(v) if isinstance(v, dict) else v
                          for k, v in values.items()}
                snap[row.id] = (values, facts_now(row))

        def after(changes: Changes) -> None:
            touched = sorted(set(changes.ids("meetings")))
            # (meeting id, how to name it — made only for the one the message names, level)
            judged: list[tuple[str, Callable[[], str], Protection]] = []
            for mid in touched:
                row = s.get(m.Meeting, mid)
                if row is None:
                    continue
                new = facts_now(row)
                if mid not in snap:  # a new meeting: refused only in a locked month
                    lv = protection_of(new, ATTENDANCE)
                    if lv.level != OPEN:
                        judged.append((mid, partial(_describe, s, row), lv))
                    continue
                values, old = snap[mid]
                action = _loaded_action(values, row, old)

                def text(values: dict[str, object] = values) -> str:  # named as it was before the load
                    return _describe_at(s, values["start"], str(values["type_id"]),  # type: ignore[arg-type]
                                        values["beneficiaries"])  # type: ignore[arg-type]
                judged.append((mid, text, protection_of(old, action)))
                if new.month != old.month:
                    judged.append((mid, text, protection_of(replace(new, started=old.started), action)))
            level = combine(lv for _, _, lv in judged)
            if level.level == OPEN:
                return
            strictest = [(mid, name) for mid, name, lv in judged if lv.level == level.level]
            what = strictest[0][1]()
            others = len({mid for mid, _ in strictest}) - 1
            if others:
                what = f"{what} (et {others} autre(s))"
            if level.level == REFUSE:
                raise EditProtected(message=f"Refusé : {what} " + " ; ".join(level.reasons)
                                    + ". Rien n'a été écrit.")
            if not force:
                raise ConfirmationRequired(EditCheck(CONFIRM, f"{what[0].upper()}{what[1:]} "
                                                     + " et ".join(level.reasons) + "."))
        return after

    return before
