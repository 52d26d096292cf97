"""Each role's home page (issue 14): the counts and lists of work waiting for the signed-in person,
each item naming where it is done (``Target``). The window shows them; the tests check them.

- regional administrator: attendance to record, proofs missing for the month, obligations under
  target this week, failed reminders, sync conflicts;
- regional validator: invoices to approve, their proof status and what changed since the last
  rejection;
- national coordinator: the month × region board, regions late, totals, the validation queue.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sosdesk.domain import vocabulary as voc
from sosdesk.domain.attendance import missing_reason
from sosdesk.domain.invoice_diff import lines_diff
from sosdesk.domain.invoice_workflow import STATUS_LABELS, invoice_title
from sosdesk.domain.permissions import Actor
from sosdesk.domain.rules import obligations
from sosdesk.domain.timegrid import utc_to_local, week_of
from sosdesk.invoicing.month_inputs import load_month
from sosdesk.invoicing.queries import recent_months
from sosdesk.store import models as m
from sosdesk.store import search_index
from sosdesk.store.engine import Store
from sosdesk.store.invoice_models import Invoice, InvoiceEvent
from sosdesk.store.notify_models import ReminderMessage
from sosdesk.store.people_rows import field_label
from sosdesk.store.sync_models import SyncConflict
from sosdesk.store.week import load_reference, to_week_meeting, week_meeting_rows
from sosdesk.usecases.gate import current_actor
from sosdesk.usecases.targets import Target

SHOWN = 40            # items listed per section (the count says how many there are)
ATTENDANCE_WEEKS = 8  # how far back « présences à saisir » looks
BOARD_MONTHS = 4
FAILED_REMINDERS = ("failed", "uncertain")
ADMIN_SECTIONS = ("attendance", "proofs", "obligations", "reminders", "conflicts")


@dataclass(frozen=True, slots=True)
class Item:
    label: str
    detail: str
    target: Target
    notes: tuple[str, ...] = ()   # more lines (the validator's « depuis le rejet » changes)


@dataclass
class Section:
    key: str
    count: int
    items: list[Item]
    target: Target


@dataclass(frozen=True, slots=True)
class Cell:
    invoice_id: str
    status: str
    label: str
    total_cents: int
    missing: int


@dataclass
class Board:
    """Month × region: the latest invoice of each region and month, and the national one."""

    months: list[str]
    regions: list[tuple[str, str]]
    cells: dict[tuple[str, str], Cell] = field(default_factory=dict)

    def month_total(self, month: str) -> int:
        return sum(c.total_cents for (scope, mo), c in self.cells.items() if mo == month and scope != "national")


@dataclass
class Home:
    role: str
    user_name: str
    region_name: str
    today: date
    sections: list[Section]
    board: Board | None = None

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)

    @property
    def nothing_to_do(self) -> bool:
        return all(s.count == 0 for s in self.sections)


def home(store: Store, now: datetime | None = None, actor: Actor | None = None) -> Home:
    """The home of ``actor`` (default: the file's user; no user at all: the administrator's)."""
    instant = now or datetime.now(UTC)
    if actor is None:
        actor = current_actor(store)
    role = actor.role if actor else "regional_admin"
    region = None if actor is None or role == "national_coordinator" else (actor.region or "")
    today = utc_to_local(instant).date()
    with store.session() as s:
        user = s.get(m.User, actor.user_id) if actor else None
        region_row = s.get(m.Region, region) if region else None
        page = Home(role, user.name if user else "", region_row.name if region_row else "", today, [])
        if role == "regional_validator":
            page.sections = [_to_approve(s, region)]
        elif role == "national_coordinator":
            page.board = _board(s, today)
            page.sections = [_late(s, page.board), _queue(s, page.board)]
        else:
            page.sections = [_attendance(s, region, instant), _proofs(s, region, today),
                             _obligations(s, region, today), _reminders(s, region), _conflicts(s)]
    return page


# -- regional administrator --------------------------------------------------------------------------


def _names(s: Session, model: Any, ids: Iterable[str]) -> dict[str, str]:
    wanted = set(ids)
    if not wanted:
        return {}
    return {r.id: r.display_name for r in s.scalars(select(model).where(model.id.in_(wanted)))}


def _meeting_items(s: Session, rows: list[m.Meeting]) -> list[Item]:
    bens = _names(s, m.Beneficiary, (b for r in rows for b in r.beneficiaries))
    pros = _names(s, m.Professional, (p for r in rows for p in r.professionals))
    types = {t.id: t.label or t.id for t in s.scalars(select(m.MeetingType))}
    sites = {x.id: x.name or x.id for x in s.scalars(select(m.Site))}
    items = []
    for r in rows:
        local = utc_to_local(r.start)
        people = [str(bens.get(b, b)) for b in r.beneficiaries] + [str(pros.get(p, p)) for p in r.professionals]
        items.append(Item(f"{types.get(r.type_id, r.type_id)} — {', '.join(people[:3])}",
                          f"{voc.long_day(local.date())} {voc.table_time(local)} · {sites.get(r.site_id, r.site_id)}",
                          Target("planning", "meeting", r.id)))
    return items


def _attendance(s: Session, region: str | None, now: datetime) -> Section:
    start = now - timedelta(weeks=ATTENDANCE_WEEKS)
    cols = (m.Meeting.id, m.Meeting.status, m.Meeting.beneficiaries, m.Meeting.attendance, m.Meeting.start,
            m.Meeting.minutes)
    q = select(*cols).where(m.Meeting.deleted.is_(False), m.Meeting.status != "cancelled",
                            m.Meeting.start >= start, m.Meeting.start < now)
    if region is not None:
        q = q.where(m.Meeting.region_id == region)
    ids = [r.id for r in s.execute(q.order_by(m.Meeting.start, m.Meeting.id))
           if missing_reason(r.status, r.beneficiaries, r.attendance or {}, r.start, r.minutes, now)]
    rows = sorted(s.scalars(select(m.Meeting).where(m.Meeting.id.in_(ids[:SHOWN]))),
                  key=lambda r: (r.start, r.id)) if ids else []
    first = Target("planning", "week", week_of(utc_to_local(rows[0].start).date())) if rows else Target("planning")
    return Section("attendance", len(ids), _meeting_items(s, rows), first)


def _regions(s: Session, region: str | None) -> list[str]:
    if region is not None:
        return [region] if region else []
    return list(s.scalars(select(m.Region.id).where(m.Region.deleted.is_(False)).order_by(m.Region.id)))


def _proofs(s: Session, region: str | None, today: date) -> Section:
    month = f"{today:%Y-%m}"
    meeting_ids: list[str] = []
    expense_ids: list[str] = []
    for rid in _regions(s, region):
        inputs = load_month(s, rid, month)
        meeting_ids += [x.id for x in inputs.meetings if x.status == "held" and not x.has_proof]
        expense_ids += [e.id for e in inputs.expenses if not e.has_receipt]
    rows = sorted(s.scalars(select(m.Meeting).where(m.Meeting.id.in_(meeting_ids[:SHOWN]))),
                  key=lambda r: (r.start, r.id)) if meeting_ids else []
    items = _meeting_items(s, rows)
    for e in sorted(s.scalars(select(m.Expense).where(m.Expense.id.in_(expense_ids[:SHOWN]))),
                    key=lambda e: (e.date, e.id)) if expense_ids else []:
        cat = voc.EXPENSE_CATEGORY_LABELS.get(e.category, e.category)
        items.append(Item(e.label or cat, f"{cat} · {voc.day_text(e.date)} · {voc.euros(e.amount_cents)}",
                          Target("expenses", "expense", e.id, month=f"{e.date:%Y-%m}")))
    # The month's regional invoice (draft or not yet made) is where the missing proofs are listed.
    return Section("proofs", len(meeting_ids) + len(expense_ids), items[:SHOWN],
                   Target("invoices", "cell", "", region or "", month))


def _obligations(s: Session, region: str | None, today: date) -> Section:
    week = week_of(today)
    problem = load_reference(s, region, week)
    meetings = [to_week_meeting(r, week) for r in week_meeting_rows(s, week, region)]
    under = [o for o in obligations(problem, meetings) if o.planned_minutes < o.required_minutes]
    by_person: dict[str, list[str]] = {}
    for o in under:  # one line per beneficiary, their types under target side by side
        mtype = problem.meeting_types.get(o.type)
        by_person.setdefault(o.beneficiary, []).append(
            f"{mtype.label if mtype else o.type} : {voc.duration(o.planned_minutes)} prévues sur "
            f"{voc.duration(o.required_minutes)}")
    items = []
    for bid, gaps in list(by_person.items())[:SHOWN]:
        b = problem.beneficiaries.get(bid)
        name = f"{b.first_name} {b.last_name}".strip() if b else bid
        items.append(Item(name, " ; ".join(gaps), Target("planning", "beneficiary", bid)))
    return Section("obligations", len(by_person), items, Target("planning", "week", week))


def _reminders(s: Session, region: str | None) -> Section:
    q = select(ReminderMessage, m.Meeting).join(m.Meeting, m.Meeting.id == ReminderMessage.meeting_id).where(
        ReminderMessage.state.in_(FAILED_REMINDERS))
    if region is not None:
        q = q.where(m.Meeting.region_id == region)
    rows = [(msg, meeting) for msg, meeting in s.execute(q.order_by(ReminderMessage.due_at.desc(), ReminderMessage.id))]
    bens = _names(s, m.Beneficiary, (msg.beneficiary_id for msg, _meeting in rows[:SHOWN]))
    items = []
    for msg, meeting in rows[:SHOWN]:
        local = utc_to_local(msg.meeting_start)
        channel = "SMS" if msg.channel == "sms" else "e-mail"
        items.append(Item(f"{channel} à {bens.get(msg.beneficiary_id, msg.beneficiary_id)}",
                          f"rendez-vous du {voc.long_day(local.date())} {voc.table_time(local)}"
                          + (f" · {msg.last_error}" if msg.last_error else ""),
                          Target("reminders", "meeting", meeting.id)))
    return Section("reminders", len(rows), items, Target("reminders"))


def _conflicts(s: Session) -> Section:
    rows = list(s.scalars(select(SyncConflict).where(SyncConflict.resolved.is_(False))
                          .order_by(SyncConflict.created_at, SyncConflict.id)))
    conn = s.connection()
    items = []
    for c in rows[:SHOWN]:
        label = ""
        for kind in search_index.TABLE_KINDS.get(c.table_name, ())[:1]:
            label = conn.exec_driver_sql("SELECT label FROM search_docs WHERE kind = ? AND row_id = ?",
                                         (kind, c.row_id)).scalar() or ""
        what = voc.RECORD_KIND_LABELS.get(c.table_name, c.table_name)
        items.append(Item(f"{what.capitalize()} : {label}" if label else what.capitalize(),
                          f"champs en conflit : {', '.join(field_label(str(f)) for f in c.fields)}",
                          Target("sync")))
    return Section("conflicts", len(rows), items, Target("sync"))


# -- regional validator -------------------------------------------------------------------------------


def _region_names(s: Session) -> dict[str, str]:
    return {r.id: r.name or r.id for r in s.scalars(select(m.Region))}


def since_rejection(s: Session, invoice: Invoice) -> tuple[str, list[str]]:
    """The last rejection's comment and what changed in the lines since (empty: never rejected)."""
    event = s.scalars(select(InvoiceEvent).where(InvoiceEvent.invoice_id == invoice.id,
                                                 InvoiceEvent.action == "reject")
                      .order_by(InvoiceEvent.at.desc())).first()
    if event is None:
        return "", []
    log = s.scalars(select(m.ChangeLog).where(m.ChangeLog.table_name == "invoices",
                                              m.ChangeLog.row_id == invoice.id, m.ChangeLog.at >= event.at)
                    .order_by(m.ChangeLog.seq))
    before = next((entry.changes["lines"][0] for entry in log if "lines" in entry.changes), None)
    if before is None:
        return event.comment, ["aucune ligne modifiée depuis le rejet"]
    return event.comment, lines_diff(before or [], invoice.lines) or ["aucune ligne modifiée depuis le rejet"]


def _to_approve(s: Session, region: str | None) -> Section:
    q = select(Invoice).where(Invoice.deleted.is_(False), Invoice.kind == "regional",
                              Invoice.status == "submitted")
    if region is not None:
        q = q.where(Invoice.scope == region)
    rows = list(s.scalars(q.order_by(Invoice.month, Invoice.scope)))
    names = _region_names(s)
    items = []
    for inv in rows[:SHOWN]:
        missing = len(inv.missing_proof)
        proof = (f"{missing} justificatif(s) manquant(s)" if missing else "justificatifs complets")
        comment, changes = since_rejection(s, inv)
        notes = ((f"rejetée : « {comment} »", *(f"depuis : {c}" for c in changes)) if comment or changes else ())
        items.append(Item(f"{invoice_title(inv.kind, names.get(inv.scope, inv.scope))}, "
                          f"{voc.month_label(inv.month)}",
                          f"{voc.euros(inv.total_ttc_cents)} TTC · {proof}",
                          Target("invoices", "invoice", inv.id, inv.scope, inv.month), notes))
    return Section("to_approve", len(rows), items, Target("invoices"))


# -- national coordinator -----------------------------------------------------------------------------


def _board(s: Session, today: date) -> Board:
    months = recent_months(today, BOARD_MONTHS)
    regions = [(r.id, r.name or r.id) for r in s.scalars(
        select(m.Region).where(m.Region.deleted.is_(False)).order_by(m.Region.name))]
    board = Board(months, regions)
    for inv in s.scalars(select(Invoice).where(Invoice.deleted.is_(False), Invoice.month.in_(months),
                                               Invoice.kind != "credit_note").order_by(Invoice.edition)):
        board.cells[(inv.scope, inv.month)] = Cell(inv.id, inv.status, STATUS_LABELS.get(inv.status, inv.status),
                                                   inv.total_ttc_cents, len(inv.missing_proof))
    return board


def _late(s: Session, board: Board) -> Section:
    """Regions whose invoice for last month is not approved yet."""
    month = board.months[-1]
    items = []
    for rid, name in board.regions:
        cell = board.cells.get((rid, month))
        if cell is not None and cell.status in ("approved", "validated", "paid"):
            continue
        state = "aucune facture" if cell is None else f"facture {cell.label}"
        items.append(Item(name, f"{voc.month_label(month)} : {state}",
                          Target("invoices", "cell", cell.invoice_id if cell else "", rid, month)))
    return Section("late", len(items), items[:SHOWN], Target("invoices", "cell", "", "national", month))


def _queue(s: Session, board: Board) -> Section:
    """National invoices to validate, and months whose regions are all approved with no national draft."""
    items = []
    for inv in s.scalars(select(Invoice).where(Invoice.deleted.is_(False), Invoice.kind.in_(("national", "credit_note")),
                                               Invoice.status == "submitted").order_by(Invoice.month)):
        items.append(Item(f"{invoice_title(inv.kind)}, {voc.month_label(inv.month)} — à valider",
                          f"{voc.euros(inv.total_ttc_cents)} TTC",
                          Target("invoices", "invoice", inv.id, inv.scope, inv.month)))
    for month in board.months:
        approved = [rid for rid, _n in board.regions
                    if (c := board.cells.get((rid, month))) is not None and c.status == "approved"]
        if approved and (("national", month) not in board.cells) and len(approved) == len(board.regions):
            items.append(Item(f"Facture nationale, {voc.month_label(month)} — à consolider",
                              f"{len(approved)} région(s) approuvée(s)",
                              Target("invoices", "cell", "", "national", month)))
    return Section("queue", len(items), items[:SHOWN], Target("invoices"))

