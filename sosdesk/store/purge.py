"""Erasing a person's data at the end of retention (issue 16, docs/data-protection.md « Effacement »).

The beneficiary row stays as a pseudonymised tombstone (``purged_at`` set, names replaced, every
other personal field emptied) so validated invoices, which are immutable and bill them by id, still
print with their totals. Meetings billed by a validated invoice stay (ids only); the others lose the
person (a meeting of theirs alone becomes a tombstone). Their unavailabilities go, the local
reminder messages are deleted, and the old values in the change log and the sent outbox ops are
redacted. The erasure is an ordinary synced update: the service and every office follow it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import delete, inspect, select
from sqlalchemy.orm import Session

from sosdesk.domain.retention import follow_up_end, past_retention, pseudonym
from sosdesk.domain.timegrid import utc_to_local
from sosdesk.domain.vocabulary import month_label
from sosdesk.store import search_index
from sosdesk.store.base import SYNC_COLUMNS
from sosdesk.store.changes import to_jsonable
from sosdesk.store.dates_models import Unavailability
from sosdesk.store.invoice_models import FrozenItem, Invoice, frozen_items_for
from sosdesk.store.models import Beneficiary, ChangeLog, Meeting, OutboxOp, Region
from sosdesk.store.notify_models import ReminderMessage
from sosdesk.store.sync_models import SyncConflict, SyncRejected

REDACTED = "<effacé>"
CHUNK = 400  # ids per IN (...) query
# Invoices whose lines no longer change: the meetings they bill are kept (ids only). A regional
# invoice is frozen once consolidated into the national one.
CLOSED_INVOICE = ("validated", "paid", "consolidated")


@dataclass
class PurgeCandidate:
    """A person whose follow-up ended before the cutoff, and what erasing them touches."""

    beneficiary_id: str
    name: str
    region_id: str
    follow_up_end: date
    meetings: list[str] = field(default_factory=list)
    billed_meetings: list[str] = field(default_factory=list)  # kept: a validated invoice bills them
    blocking_invoices: list[str] = field(default_factory=list)  # not validated yet: refuse
    region_name: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"beneficiary": self.beneficiary_id, "region": self.region_id,
                "follow_up_end": self.follow_up_end.isoformat(), "meetings": len(self.meetings),
                "billed_meetings": len(self.billed_meetings), "blocking_invoices": self.blocking_invoices}


def _meetings_by_person(s: Session, ids: set[str]) -> dict[str, list[Meeting]]:
    out: dict[str, list[Meeting]] = defaultdict(list)
    for meeting in s.scalars(select(Meeting).where(Meeting.deleted.is_(False))):
        for bid in meeting.beneficiaries:
            if bid in ids:
                out[bid].append(meeting)
    return out


def _invoices_by_meeting(s: Session) -> tuple[set[str], dict[str, list[str]]]:
    """Meetings billed by a closed invoice; meeting id → labels of the open invoices billing it."""
    closed: set[str] = set()
    open_: dict[str, list[str]] = defaultdict(list)
    invoices = list(s.scalars(select(Invoice).where(Invoice.deleted.is_(False), Invoice.kind != "credit_note")))
    regions = {r.id: r.name for r in s.scalars(select(Region))}
    # A regional invoice consolidated into a validated national one is closed with it.
    in_validated = {src for inv in invoices if inv.status in CLOSED_INVOICE for src in inv.sources}
    for invoice in invoices:
        label = invoice.number or (f"facture {'nationale' if invoice.scope == 'national' else regions.get(invoice.scope, invoice.scope)}"
                                   f" de {month_label(invoice.month)}")
        for kind, item in frozen_items_for(invoice):
            if kind != "meeting":
                continue
            if invoice.status in CLOSED_INVOICE or invoice.id in in_validated:
                closed.add(item)
            else:
                open_[item].append(label)
    return closed, open_


def candidates(s: Session, cutoff: date, only: str | None = None) -> list[PurgeCandidate]:
    """Live beneficiaries whose follow-up ended before ``cutoff`` (or exactly ``only``, whatever
    its dates, when named), sorted by id."""
    q = select(Beneficiary).where(Beneficiary.deleted.is_(False))
    if only is not None:
        q = q.where(Beneficiary.id == only)
    people = {b.id: b for b in s.scalars(q)}
    regions = {r.id: r.name for r in s.scalars(select(Region))}
    meetings = _meetings_by_person(s, set(people))
    billed, open_invoices = _invoices_by_meeting(s)
    billed |= set(s.scalars(select(FrozenItem.item_id).where(FrozenItem.item_kind == "meeting")))
    out = []
    for bid, person in sorted(people.items()):
        mine = meetings.get(bid, [])
        last = max((utc_to_local(mt.start).date() for mt in mine), default=None)
        end = follow_up_end(person.measure_end, last)
        if only is None and not past_retention(end, cutoff):
            continue
        blocking = sorted({label for mt in mine for label in open_invoices.get(mt.id, [])})
        out.append(PurgeCandidate(bid, person.display_name, person.region_id, end or cutoff,
                                  [mt.id for mt in mine], [mt.id for mt in mine if mt.id in billed],
                                  blocking, regions.get(person.region_id, person.region_id)))
    return out


def erase(s: Session, people: list[PurgeCandidate], today: date) -> None:
    """Erase ``people`` inside the caller's transaction (the change capture writes the synced ops
    at the one flush), then redact what the change log and outbox kept of them."""
    with s.no_autoflush:
        for candidate in people:
            _erase_rows(s, candidate, today)
    s.flush()
    redact(s, [c.beneficiary_id for c in people])


def _erase_rows(s: Session, candidate: PurgeCandidate, today: date) -> None:
    bid = candidate.beneficiary_id
    person = s.get(Beneficiary, bid)
    assert person is not None
    person.first_name, person.last_name = "", pseudonym(bid)
    person.birth_date = person.measure_start = person.measure_end = None
    person.measure = person.phone = person.email = ""
    person.sms_consent = person.email_consent = False
    person.requirements, person.available, person.unavailable = [], [], []
    person.sites, person.forbidden_with = [], []
    person.referent_id = None
    person.purged_at = today
    person.deleted = True
    billed = set(candidate.billed_meetings)
    for meeting in s.scalars(select(Meeting).where(Meeting.id.in_(candidate.meetings))):
        if bid not in meeting.beneficiaries:
            continue
        alone = list(meeting.beneficiaries) == [bid]
        if meeting.id in billed:
            if alone:
                meeting.note = ""  # the note stays editable on a billed meeting (pricing.md §7)
            continue
        if alone:
            meeting.note, meeting.attendance, meeting.deleted = "", {}, True
        else:
            meeting.beneficiaries = [b for b in meeting.beneficiaries if b != bid]
            meeting.attendance = {k: v for k, v in meeting.attendance.items() if k != bid}
    for absence in s.scalars(select(Unavailability).where(Unavailability.beneficiary_id == bid)):
        absence.reason = ""
        absence.deleted = True


def _chunks(ids: list[str]) -> list[list[str]]:
    return [ids[i:i + CHUNK] for i in range(0, len(ids), CHUNK)]


def _rows_of(s: Session, bids: list[str]) -> dict[str, list[str]]:
    """Table → row ids holding the people ``bids``: their beneficiary rows and their absences."""
    absences: list[str] = []
    for part in _chunks(bids):
        absences += s.scalars(select(Unavailability.id).where(Unavailability.beneficiary_id.in_(part)))
    return {"beneficiaries": list(bids), "unavailabilities": absences}


def _redacted(fields: dict[str, Any]) -> dict[str, Any]:
    return {k: pair if k == "deleted" else [REDACTED, REDACTED] for k, pair in fields.items()}


def _collapse_pending(s: Session, table: str, row_id: str) -> None:
    """The ops of an erased row not sent yet become one op carrying only the erased state: an
    insert stays an insert (the service creates the row already erased), updates become one update
    whose old values are redacted (the service's conflict check then asks a person if its copy moved)."""
    model: Any = Beneficiary if table == "beneficiaries" else Unavailability
    row: Any = s.get(model, row_id)
    ops = list(s.scalars(select(OutboxOp).where(OutboxOp.table_name == table, OutboxOp.row_id == row_id,
                                                OutboxOp.state == "pending").order_by(OutboxOp.op_id)))
    if row is None or not ops:
        return
    keys = sorted({k for op in ops for k in op.fields if k != "deleted"})
    inserting = ops[0].action == "insert"
    if inserting:
        keys = sorted({a.key for a in inspect(model).column_attrs} - set(SYNC_COLUMNS) - {"id"})
    fields: dict[str, Any] = {k: [None if inserting else REDACTED, to_jsonable(getattr(row, k))] for k in keys}
    fields["deleted"] = [False, bool(row.deleted)]
    first = ops[0]
    first.fields = fields
    first.action = "insert" if inserting else ("delete" if row.deleted else "update")
    for op in ops[1:]:
        s.delete(op)


def redact(s: Session, bids: list[str]) -> None:
    """Replace the values kept about erased people: change log entries of their rows, their outbox
    ops (sent ones redacted, pending ones collapsed to the erased state), refused ops and conflicts,
    their reminder messages (deleted). Callers flush first; nothing here needs another flush."""
    s.flush()
    with s.no_autoflush:
        _redact(s, bids)
    # The search index dropped their documents at the flush; merge it so their words leave the file.
    search_index.compact(s.connection())


def _redact(s: Session, bids: list[str]) -> None:
    for table, ids in _rows_of(s, bids).items():
        for part in _chunks(ids):
            for entry in s.scalars(select(ChangeLog).where(ChangeLog.table_name == table,
                                                           ChangeLog.row_id.in_(part))):
                entry.changes = _redacted(entry.changes)
            pending: set[str] = set()
            for op in s.scalars(select(OutboxOp).where(OutboxOp.table_name == table, OutboxOp.row_id.in_(part))):
                if op.state == "pending":
                    pending.add(op.row_id)
                else:
                    op.fields = _redacted(op.fields)
                    op.result = None
            for row_id in sorted(pending):
                _collapse_pending(s, table, row_id)
            for rejected in s.scalars(select(SyncRejected).where(SyncRejected.table_name == table,
                                                                 SyncRejected.row_id.in_(part))):
                rejected.fields = _redacted(rejected.fields)
            # A conflict kept both versions of the person: nothing is left to decide.
            s.execute(delete(SyncConflict).where(SyncConflict.table_name == table, SyncConflict.row_id.in_(part)))
    for part in _chunks(list(bids)):
        s.execute(delete(ReminderMessage).where(ReminderMessage.beneficiary_id.in_(part)))


def redact_sent(s: Session, row_keys: set[tuple[str, str]]) -> None:
    """After a push: redact the sent ops of erased people among ``row_keys``."""
    ids = [r for t, r in row_keys if t == "beneficiaries"]
    if not ids:
        return
    erased = list(s.scalars(select(Beneficiary.id).where(Beneficiary.id.in_(ids),
                                                         Beneficiary.purged_at.is_not(None))))
    if erased:
        redact(s, erased)


def erase_local_traces(s: Session, bid: str) -> None:
    """A pulled erasure: this office's rows of the person were erased by the same sync page (they
    come as ordinary rows); redact its change log, outbox and reminders, like the office that purged."""
    for absence in s.scalars(select(Unavailability).where(Unavailability.beneficiary_id == bid,
                                                          Unavailability.deleted.is_(False))):
        absence.reason = ""
        absence.deleted = True
    s.flush()
    redact(s, [bid])


def is_purged(s: Session, bid: str) -> bool:
    person = s.get(Beneficiary, bid)
    return person is not None and person.purged_at is not None
