"""Reads one region's month from the store as the plain values pricing works on, and prices it."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sosdesk.domain import pricing as pr
from sosdesk.domain.closures import holiday_name
from sosdesk.domain.invoice_document import AnnexExpense, AnnexMeeting, AnnexRow, AnnexTravel
from sosdesk.domain.timegrid import format_hhmm, local_day_minute, local_to_utc, month_bounds, utc_to_local
from sosdesk.invoicing.day_sheets import proven_site_days
from sosdesk.store import models as m


@dataclass
class MonthInputs:
    """Everything the pricing of one region's month needs, plus names for the annex."""

    region: str
    month: str
    meetings: list[pr.BillableMeeting]
    expenses: list[pr.BillableExpense]
    homes: dict[str, str | None]
    matrix: dict[tuple[str, str], int]
    type_labels: dict[str, str]
    site_names: dict[str, str]
    pro_names: dict[str, str]
    ben_refs: dict[str, str]
    require_proof: bool
    # Meeting id → public holiday it was held on (its site's calendar): a warning for the
    # validator, never a refusal (a meeting in detention on a holiday may be legitimate). Issue 12.
    holidays: dict[str, str] = field(default_factory=dict)
    ben_names: dict[str, str] = field(default_factory=dict)  # full names: the office's own messages only


def settings_data(session: Session) -> dict[str, Any]:
    row = session.get(m.Setting, "settings")
    return dict(row.data) if row is not None and not row.deleted else {}


def load_month(session: Session, region: str, month: str, days: Collection[date] | None = None) -> MonthInputs:
    """Meetings whose local date is in ``month`` and expenses dated in it, for ``region``.

    ``days``: only the meetings of these local days of the month, and no expenses — enough to price
    the change an edit makes (meeting amounts are per meeting, travel per professional and day)."""
    first, nxt = month_bounds(month)
    start, end = local_to_utc(first, 0), local_to_utc(nxt, 0)
    if days is not None:
        inside = sorted(d for d in days if first <= d < nxt)
        if inside:
            start, end = local_to_utc(inside[0], 0), local_to_utc(inside[-1] + timedelta(days=1), 0)
        else:
            start = end
    rows = list(session.scalars(select(m.Meeting).where(
        m.Meeting.deleted.is_(False), m.Meeting.region_id == region, m.Meeting.start >= start,
        m.Meeting.start < end)))
    if days is not None:
        wanted = set(days)
        rows = [r for r in rows if utc_to_local(r.start).date() in wanted]
    sites = {s.id: s for s in session.scalars(select(m.Site))}
    types = {t.id: t for t in session.scalars(select(m.MeetingType))}
    proofs = {p for p in (r.proof for r in rows) if p}
    expense_rows = [] if days is not None else list(session.scalars(select(m.Expense).where(
        m.Expense.deleted.is_(False), m.Expense.region_id == region, m.Expense.date >= first,
        m.Expense.date < nxt)))
    proofs |= {e.receipt for e in expense_rows if e.receipt}
    known = set(session.scalars(select(m.Attachment.id).where(m.Attachment.id.in_(proofs)))) if proofs else set()
    sheets = proven_site_days(session, first, nxt)  # a day's sheet proves that site's meetings that day
    meetings = []
    for r in rows:
        site = sites.get(r.site_id)
        mtype = types.get(r.type_id)
        meetings.append(pr.BillableMeeting(
            id=r.id, type=r.type_id, type_kind=mtype.kind if mtype else "individual", start=r.start,
            minutes=r.minutes, site=r.site_id, site_kind=site.kind if site else "office",
            site_coefficient=Decimal(site.rate_coefficient or "1") if site else Decimal(1),
            professionals=tuple(r.professionals),
            professionals_present=None if r.professionals_present is None else tuple(r.professionals_present),
            beneficiaries=tuple(r.beneficiaries), status=r.status, cancelled_at=r.cancelled_at,
            attendance=dict(r.attendance or {}),
            has_proof=bool(r.proof and r.proof in known) or (r.site_id, utc_to_local(r.start).date()) in sheets))
    expenses = [pr.BillableExpense(e.id, e.date, e.category, e.amount_cents, e.label,
                                   bool(e.receipt and e.receipt in known), e.meeting_id) for e in expense_rows]
    pros = list(session.scalars(select(m.Professional)))
    bens = {b for r in rows for b in r.beneficiaries}
    ben_rows: list[m.Beneficiary] = list(session.scalars(select(m.Beneficiary).where(m.Beneficiary.id.in_(bens)))) if bens else []
    return MonthInputs(
        region=region, month=month, meetings=meetings, expenses=expenses,
        homes={p.id: p.home_site_id for p in pros},
        matrix={(t.from_site, t.to_site): t.minutes for t in session.scalars(
            select(m.TravelTime).where(m.TravelTime.deleted.is_(False)))},
        type_labels={t.id: t.label for t in types.values()},
        site_names={s.id: s.name for s in sites.values()},
        pro_names={p.id: p.display_name for p in pros},
        ben_refs={b.id: f"{b.initials} ({b.id})" for b in ben_rows},
        ben_names={b.id: b.display_name for b in ben_rows},
        require_proof=bool(settings_data(session).get("require_proof_document", True)),
        holidays=_holidays(rows, sites))


def _holidays(rows: list[m.Meeting], sites: dict[str, m.Site]) -> dict[str, str]:
    out: dict[str, str] = {}
    for r in rows:
        if r.status == "cancelled":
            continue
        site = sites.get(r.site_id)
        name = holiday_name(site.holiday_calendar if site is not None else "", utc_to_local(r.start).date())
        if name:
            out[r.id] = name
    return out


def price_inputs(inputs: MonthInputs, schedule: pr.RateSchedule, now: datetime) -> pr.MonthPricing:
    return pr.price_month(inputs.meetings, inputs.expenses, schedule, inputs.homes, inputs.matrix, now,
                          inputs.require_proof, inputs.type_labels, {**inputs.pro_names, **inputs.ben_names})


def annex_rows(inputs: MonthInputs, result: pr.MonthPricing) -> list[AnnexRow]:
    """One row per billed meeting, travel day and expense: the printable proof annex.

    Beneficiaries appear as initials + id, never full names (GDPR art. 10)."""
    rows: list[AnnexRow] = []
    for p in result.priced:
        mt = p.meeting
        day, minute = local_day_minute(mt.start)
        present = mt.professionals if mt.status == "cancelled" else mt.present()
        rows.append(AnnexMeeting(
            mt.id, inputs.region, day, format_hhmm(minute), mt.minutes, mt.type,
            inputs.type_labels.get(mt.type, mt.type), mt.site, inputs.site_names.get(mt.site, mt.site),
            tuple(inputs.pro_names.get(x, x) for x in present), tuple(inputs.ben_refs.get(b, b) for b in mt.beneficiaries),
            mt.status, p.outcome, str(p.quantity), p.amount_cents, inputs.holidays.get(mt.id, "")))
    for t in result.travel:
        rows.append(AnnexTravel(f"{t.professional}|{t.day.isoformat()}", inputs.region, t.day,
                                inputs.pro_names.get(t.professional, t.professional),
                                tuple(inputs.site_names.get(s, s) for s in t.sites), tuple(t.meetings),
                                t.raw_minutes, t.billed_minutes, t.amount_cents))
    for e in result.expenses:
        rows.append(AnnexExpense(e.id, inputs.region, e.date, e.category, e.label, e.has_receipt, e.amount_cents))
    return rows
