"""Finance over a period: planned vs held vs billed amounts per region and month, expenses by
category, invoices by status, payments and ageing, credit notes (docs/reports.md § Finances).

- *Planned* = every non-cancelled meeting priced as if held by the professionals listed;
  *held* = each meeting priced on its recorded outcome (held, no-show, late cancellation) — both
  with the billing engine (``domain.pricing``: rate in force, site coefficient, rounding per
  meeting), meetings only (no travel, no expenses); a meeting with no rate in force is counted
  apart (« non tarifés »), never guessed.
- *Billed* = the meeting lines of the region's latest regional invoice edition for the month, as
  stored (any status); the invoice's total HT is shown beside it.
- *Payment*: the day an invoice was marked paid (its « paid » workflow event); *age* = days from
  issue to payment, or to ``today`` while unpaid (buckets 0–30, 31–60, 61–90, > 90 days).
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from sosdesk.domain import pricing as pr
from sosdesk.domain.periods import Period
from sosdesk.domain.timegrid import utc_to_local
from sosdesk.invoicing.month_inputs import load_month
from sosdesk.invoicing.rates import load_schedule
from sosdesk.store import models as m
from sosdesk.store.engine import Store
from sosdesk.store.invoice_models import Invoice, InvoiceEvent
from sosdesk.usecases.reports.common import Scope, region_names, resolve_scope

AGE_BUCKETS = ((30, "0–30 jours"), (60, "31–60 jours"), (90, "61–90 jours"), (None, "plus de 90 jours"))


@dataclass(frozen=True, slots=True)
class RegionMonth:
    region: str
    region_name: str
    month: str
    planned_cents: int
    held_cents: int
    billed_cents: int | None  # None: no regional invoice for that month yet
    invoice_ht_cents: int | None
    invoice_status: str | None
    unpriced: int  # meetings with no rate in force


@dataclass(frozen=True, slots=True)
class ExpenseMonth:
    category: str
    month: str
    count: int
    amount_cents: int


@dataclass(frozen=True, slots=True)
class StatusTotal:
    status: str
    count: int
    ht_cents: int
    ttc_cents: int


@dataclass(frozen=True, slots=True)
class InvoiceAge:
    invoice: str
    number: str
    kind: str
    scope: str
    month: str
    status: str
    ttc_cents: int
    issued: date | None
    paid: date | None
    days: int | None
    bucket: str


@dataclass(frozen=True, slots=True)
class FinanceReport:
    period: Period
    scope: Scope
    months: tuple[str, ...]
    regions: tuple[RegionMonth, ...]
    expenses: tuple[ExpenseMonth, ...]
    statuses: tuple[StatusTotal, ...]
    invoices: tuple[InvoiceAge, ...]
    credit_notes: tuple[InvoiceAge, ...]
    paid_by_month: tuple[tuple[str, int], ...]  # (payment month, TTC cents)


def bucket(days: int) -> str:
    for limit, label in AGE_BUCKETS:
        if limit is None or days <= limit:
            return label
    return AGE_BUCKETS[-1][1]


def price_planned_and_held(meetings: list[pr.BillableMeeting], schedule: pr.RateSchedule,
                           now: datetime) -> tuple[int, int, int]:
    """(planned cents, held cents, meetings without a rate) with the billing engine's rules."""
    planned = held = unpriced = 0
    for mt in meetings:
        table = schedule.table_for(mt.local_date)
        if table is None or mt.type not in table.meeting_types:
            if mt.status != "cancelled":
                unpriced += 1
            continue
        if mt.status != "cancelled":
            as_held = dataclasses.replace(mt, status="held", professionals_present=None)
            planned += pr.price_meeting(as_held, table, "held").amount_cents
        result, _ = pr.outcome(mt, table, now)
        if result is not None:
            held += pr.price_meeting(mt, table, result).amount_cents
    return planned, held, unpriced


def build(store: Store, period: Period, region: str | None = None, today: date | None = None,
          now: datetime | None = None) -> FinanceReport:
    scope = resolve_scope(store, region)
    today = today or date.today()
    now = now or datetime.now().astimezone()
    months = tuple(period.months())
    with store.session() as s:
        names = region_names(s)
        regions = [scope.region] if scope.region else sorted(
            r.id for r in s.scalars(select(m.Region).where(m.Region.deleted.is_(False))))
        schedule = load_schedule(s)
        q = select(Invoice).where(Invoice.deleted.is_(False), Invoice.month.in_(months))
        if scope.region:
            q = q.where(Invoice.scope == scope.region)
        invoices = list(s.scalars(q))
        paid_at: dict[str, datetime] = {}
        if invoices:
            for ev in s.scalars(select(InvoiceEvent).where(
                    InvoiceEvent.action == "paid", InvoiceEvent.invoice_id.in_([i.id for i in invoices]))):
                paid_at[ev.invoice_id] = min(paid_at.get(ev.invoice_id, ev.at), ev.at)
        rows: list[RegionMonth] = []
        expense_acc: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
        for rid in regions:
            for month in months:
                inputs = load_month(s, rid, month)
                inside = [x for x in inputs.meetings if period.first <= x.local_date <= period.last]
                planned, held, unpriced = price_planned_and_held(inside, schedule, now)
                for e in inputs.expenses:
                    if period.first <= e.date <= period.last:
                        acc = expense_acc[(e.category, month)]
                        acc[0] += 1
                        acc[1] += e.amount_cents
                regional = [i for i in invoices if i.kind == "regional" and i.scope == rid and i.month == month]
                latest = max(regional, key=lambda i: i.edition, default=None)
                billed = None if latest is None else sum(int(line.get("amount_cents", 0)) for line in latest.lines
                                                         if line.get("kind") == "meeting")
                rows.append(RegionMonth(rid, names.get(rid, rid), month, planned, held, billed,
                                        None if latest is None else latest.total_ht_cents,
                                        None if latest is None else latest.status, unpriced))
    status_acc: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    ages: list[InvoiceAge] = []
    paid_months: dict[str, int] = defaultdict(int)
    for inv in sorted(invoices, key=lambda i: (i.month, i.kind, i.scope, i.edition)):
        acc = status_acc[inv.status]
        acc[0] += 1
        acc[1] += inv.total_ht_cents
        acc[2] += inv.total_ttc_cents
        issued = utc_to_local(inv.issued_at).date() if inv.issued_at else None
        paid = utc_to_local(paid_at[inv.id]).date() if inv.id in paid_at else None
        days = None if issued is None else ((paid or today) - issued).days
        if paid is not None:
            paid_months[f"{paid.year:04d}-{paid.month:02d}"] += inv.total_ttc_cents
        label = "non émise" if issued is None else ("payée" if paid else bucket(days or 0))
        ages.append(InvoiceAge(inv.id, inv.number or "", inv.kind, inv.scope, inv.month, inv.status,
                               inv.total_ttc_cents, issued, paid, days, label))
    statuses = tuple(StatusTotal(k, *v) for k, v in sorted(status_acc.items(), key=lambda kv: _status_order(kv[0])))
    expenses = tuple(ExpenseMonth(cat, month, *v) for (cat, month), v in sorted(
        expense_acc.items(), key=lambda kv: (_category_order(kv[0][0]), kv[0][1])))
    return FinanceReport(period, scope, months, tuple(rows), expenses, statuses,
                         tuple(a for a in ages if a.kind != "credit_note"),
                         tuple(a for a in ages if a.kind == "credit_note"),
                         tuple(sorted(paid_months.items())))


def _status_order(status: str) -> int:
    order = ("draft", "submitted", "rejected", "approved", "validated", "paid")
    return order.index(status) if status in order else 99


def _category_order(category: str) -> tuple[int, str]:
    cats = list(pr.CATEGORY_LABELS)
    return (cats.index(category) if category in cats else 99, category)


