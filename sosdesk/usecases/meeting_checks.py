"""The checks of the meeting edit gate (issue 13): what an edit, a cancellation, an attendance or
an undo would do to protected meetings, judged with ``domain.protection`` and priced on a copy of
the month. Reads only; ``meeting_edits`` writes through ``gate``."""


from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sosdesk.contract import tables
from sosdesk.domain import model as dm
from sosdesk.domain import pricing as pr
from sosdesk.domain.errors import InputError, UserError
from sosdesk.domain.protection import (
    ATTENDANCE,
    CANCEL,
    CONFIRM,
    MOVE,
    OPEN,
    REFUSE,
    MeetingFacts,
    Protection,
    billed_in_draft,
    combine,
    protection_of,
)
from sosdesk.domain.timegrid import (
    format_hhmm,
    local_day_minute,
    local_to_utc,
    month_bounds,
    week_slot_to_utc,
)
from sosdesk.domain.vocabulary import euros, long_day, month_label
from sosdesk.invoicing.day_sheets import proven_site_days
from sosdesk.invoicing.month_inputs import load_month, price_inputs
from sosdesk.invoicing.rates import load_schedule
from sosdesk.store import models as m
from sosdesk.store import ops_meetings as ops
from sosdesk.store.engine import Store
from sosdesk.store.invoice_models import Invoice


class EditProtected(ops.EditRefused):
    """The month's invoice left the draft state, or a held meeting would be cancelled: refused."""


@dataclass(frozen=True)
class EditCheck:
    """What an edit would do to protected meetings: ``level`` (open / confirm / refuse) and the
    French text to show (the consequence to confirm, or why it is refused)."""

    level: str
    message: str = ""

    @property
    def needs_confirmation(self) -> bool:
        return self.level == CONFIRM


class ConfirmationRequired(UserError):
    """The edit touches a protected meeting: ask the user (``check.message``), then call again with
    ``confirmed=True`` and their reason."""

    def __init__(self, check: EditCheck) -> None:
        self.check = check
        super().__init__(check.message)


# -- facts -------------------------------------------------------------------------------------


def _month(moment: datetime) -> str:
    return local_day_minute(moment)[0].strftime("%Y-%m")


@dataclass(frozen=True)
class _Draft:
    """The few columns of a month's regional invoice the gate needs (never its big JSON lines)."""

    status: str
    total_ht_cents: int
    total_ttc_cents: int


def _month_invoice(s: Session, cache: dict[tuple[str, str], _Draft | None], region: str, month: str
                   ) -> _Draft | None:
    """The month's regional invoice (latest edition); ``None``: none, or reopened by a credit note."""
    key = (region, month)
    if key not in cache:
        found = s.execute(select(Invoice.id, Invoice.status, Invoice.total_ht_cents, Invoice.total_ttc_cents)
                          .where(Invoice.kind == "regional", Invoice.scope == region, Invoice.month == month,
                                 Invoice.deleted.is_(False))
                          .order_by(Invoice.edition.desc()).limit(1)).first()
        credited = found is not None and s.scalar(select(Invoice.id).where(
            Invoice.kind == "credit_note", Invoice.credited_invoice_id == found.id,
            Invoice.status.in_(("validated", "paid"))).limit(1)) is not None
        cache[key] = None if found is None or credited else _Draft(
            found.status, found.total_ht_cents, found.total_ttc_cents)
    return cache[key]


def _invoice_status(s: Session, cache: dict[tuple[str, str], _Draft | None], region: str, month: str) -> str | None:
    inv = _month_invoice(s, cache, region, month)
    return None if inv is None else inv.status


def _facts(s: Session, row: m.Meeting, start: datetime, now: datetime,
           cache: dict[tuple[str, str], _Draft | None]) -> MeetingFacts:
    month = _month(start)
    return MeetingFacts(row.id, row.status, bool(row.attendance), bool(row.proof), start <= now, month,
                        _invoice_status(s, cache, row.region_id, month))


def _describe(s: Session, row: m.Meeting) -> str:
    """« le rendez-vous du mardi 24 novembre à 10:00 (Entretien individuel, Prénom1 Nom1) »."""
    return _describe_at(s, row.start, row.type_id, row.beneficiaries)


def _describe_at(s: Session, start: datetime, type_id: str, beneficiaries: Sequence[str]) -> str:
    day, minute = local_day_minute(start)
    mtype = s.get(m.MeetingType, type_id)
    names = []
    for bid in list(beneficiaries)[:3]:
        ben = s.get(m.Beneficiary, bid)
        names.append(f"{ben.first_name} {ben.last_name}".strip() if ben is not None else bid)
    who = ", ".join([mtype.label if mtype is not None and mtype.label else type_id, *names])
    return f"le rendez-vous du {long_day(day)} à {format_hhmm(minute)} ({who})"


# -- consequence on the draft --------------------------------------------------------------------


@dataclass
class _Planned:
    """A touched meeting after the edit: new placement, or ``None`` start when cancelled."""

    row: m.Meeting
    start: datetime
    minutes: int
    site: str
    type_id: str
    professionals: tuple[str, ...]
    beneficiaries: tuple[str, ...]
    cancelled_at: datetime | None = None
    # An undo / redo also puts back what happened and whether the row exists (usecases.undo).
    status: str | None = None
    attendance: dict[str, str] | None = None
    removed: bool = False


def _ht(pricing: pr.MonthPricing) -> int:
    return sum(line.amount_cents for line in pricing.lines)


def _vat_rate(schedule: pr.RateSchedule, month: str) -> Decimal:
    """VAT of the table valid on the month's last day, as the draft uses (pricing.md §6)."""
    table = schedule.table_for(month_bounds(month)[1] - timedelta(days=1))
    return table.vat_rate if table else Decimal(0)


def _billable(s: Session, p: _Planned, base: pr.BillableMeeting | None, sheets: set[tuple[str, date]]
              ) -> pr.BillableMeeting:
    site = s.get(m.Site, p.site)
    mtype = s.get(m.MeetingType, p.type_id)
    row = p.row
    proof = bool(row.proof and s.get(m.Attachment, row.proof) is not None)
    new = pr.BillableMeeting(
        id=row.id, type=p.type_id, type_kind=mtype.kind if mtype else "individual", start=p.start,
        minutes=p.minutes, site=p.site, site_kind=site.kind if site else "office",
        site_coefficient=Decimal(site.rate_coefficient or "1") if site else Decimal(1),
        professionals=p.professionals,
        professionals_present=None if row.professionals_present is None else tuple(row.professionals_present),
        beneficiaries=p.beneficiaries, status="cancelled" if p.cancelled_at else (p.status or row.status),
        cancelled_at=p.cancelled_at or (None if p.status else row.cancelled_at),
        attendance=dict(row.attendance or {} if p.attendance is None else p.attendance),
        has_proof=proof or (p.site, local_day_minute(p.start)[0]) in sheets)
    return new if base is None else replace(base, **{k: getattr(new, k) for k in (
        "type", "type_kind", "start", "minutes", "site", "site_kind", "site_coefficient", "professionals",
        "beneficiaries", "status", "cancelled_at", "has_proof", *(("attendance",) if p.attendance is not None
                                                                  else ()))})


def _consequences(s: Session, planned: Sequence[_Planned], now: datetime,
                  cache: dict[tuple[str, str], _Draft | None]) -> dict[str, str]:
    """Per draft month touched: « son montant passera de … à … ». The amount before is the draft's
    total as last generated (what the invoices page shows); the change is priced exactly with the
    real rates on a copy of the days the edit touches — meeting amounts are per meeting and travel
    per professional and day (pricing.md §3–§4), so those days' difference is the month's."""
    touched = {p.row.id for p in planned}
    keys = sorted({(p.row.region_id, _month(p.row.start)) for p in planned}
                  | {(p.row.region_id, _month(p.start)) for p in planned})
    days = {local_day_minute(x)[0] for p in planned for x in (p.row.start, p.start)}
    out: dict[str, str] = {}
    try:
        schedule = load_schedule(s)
    except InputError:
        return out
    for region, month in keys:
        inv = _month_invoice(s, cache, region, month)
        if inv is None or inv.status != "draft":
            continue
        inputs = load_month(s, region, month, days)
        first, nxt = month_bounds(month)
        sheets = proven_site_days(s, first, nxt)
        by_id = {bm.id: bm for bm in inputs.meetings}
        start, end = local_to_utc(first, 0), local_to_utc(nxt, 0)
        try:
            ht_before = _ht(price_inputs(inputs, schedule, now))
            inputs.meetings = [bm for bm in inputs.meetings if bm.id not in touched] + [
                _billable(s, p, by_id.get(p.row.id), sheets) for p in planned
                if start <= p.start < end and p.row.region_id == region and not p.removed]
            ht_after = _ht(price_inputs(inputs, schedule, now))
            new_ht = inv.total_ht_cents + ht_after - ht_before
            after = new_ht + pr.round_cents(Decimal(new_ht) * _vat_rate(schedule, month))  # pricing.md §6
        except InputError:
            out[month] = "son montant ne peut pas être recalculé (tarif manquant)"
            continue
        before = inv.total_ttc_cents
        out[month] = (f"son montant reste de {euros(before)}" if before == after
                      else f"son montant passera de {euros(before)} à {euros(after)}")
    return out


def _message(s: Session, rows: Sequence[m.Meeting], first: m.Meeting, level: Protection,
             consequences: dict[str, str]) -> str:
    """« Le rendez-vous du … (type, personne) a eu lieu et est facturé dans le brouillon de
    novembre 2026 : son montant passera de … à … »; a refusal starts with « Refusé : »."""
    what = _describe(s, first)
    if len(rows) > 1:
        what = f"parmi les {len(rows)} rendez-vous choisis, {what}"
    if level.level == REFUSE:
        return f"Refusé : {what} " + " ; ".join(level.reasons) + "."
    said: set[str] = set()
    parts = []
    for reason in level.reasons:
        month = next((mo for mo in consequences if reason == billed_in_draft(mo)), None)
        if month is not None:
            reason += " : " + consequences[month]
            said.add(month)
        parts.append(reason)
    text = f"{what[0].upper()}{what[1:]} " + " et ".join(parts) + "."
    for month, consequence in consequences.items():
        if month not in said:
            text += f"\nLe brouillon de {month_label(month)} : {consequence}."
    return text


# -- checks (dry run) ------------------------------------------------------------------------------


def _judge(store: Store, planned: Sequence[_Planned], action: str, now: datetime,
           actions: dict[str, str] | None = None) -> EditCheck:
    """The strictest level over the touched meetings, before and after (``actions``: per meeting,
    when they differ — an undo step may move one and put back another's attendance)."""
    with store.session() as s:
        rows = [p.row for p in planned]
        cache: dict[tuple[str, str], _Draft | None] = {}
        levels: list[tuple[m.Meeting, Protection]] = []
        for p in planned:
            act = (actions or {}).get(p.row.id, action)
            old = _facts(s, p.row, p.row.start, now, cache)
            levels.append((p.row, protection_of(old, act)))
            if p.start != p.row.start or p.status is not None or p.attendance is not None:
                new = replace(_facts(s, p.row, p.start, now, cache), started=old.started)
                if p.status is not None:
                    new = replace(new, status=p.status)
                if p.attendance is not None:
                    new = replace(new, has_attendance=bool(p.attendance))
                levels.append((p.row, protection_of(new, act)))
        level = combine(lv for _, lv in levels)
        if level.level == OPEN or not rows:
            return EditCheck(OPEN)
        first = next(row for row, lv in levels if lv.level == level.level)
        consequences = _consequences(s, planned, now, cache) if level.level == CONFIRM else {}
        return EditCheck(level.level, _message(s, rows, first, level, consequences))


def _planned_moves(store: Store, week: str, meetings: Sequence[dm.Meeting]) -> list[_Planned]:
    with store.session() as s:
        out = []
        for mt in meetings:
            row = s.get(m.Meeting, mt.id)
            if row is None or row.deleted or dm.outside_week(mt):
                continue  # the write refuses it with its own message
            s.expunge(row)
            out.append(_Planned(row, week_slot_to_utc(week, mt.day, mt.start), mt.minutes, mt.site, mt.type,
                                tuple(mt.professionals), tuple(mt.beneficiaries)))
        return out


def _changed(p: _Planned) -> bool:
    r = p.row
    return (p.start != r.start or p.minutes != r.minutes or p.site != r.site_id or p.type_id != r.type_id
            or list(p.professionals) != list(r.professionals) or list(p.beneficiaries) != list(r.beneficiaries))


def check_update(store: Store, week: str, meetings: Sequence[dm.Meeting], now: datetime | None = None
                 ) -> EditCheck:
    """Dry run of a move / resize / edit: its protection level and the text to show."""
    at = now or datetime.now(UTC)
    return _judge(store, [p for p in _planned_moves(store, week, meetings) if _changed(p)], MOVE, at)


def _planned_cancels(store: Store, ids: Iterable[str], at: datetime) -> list[_Planned]:
    with store.session() as s:
        out = []
        for mid in ids:
            row = s.get(m.Meeting, mid)
            if row is None or row.deleted or row.status == "cancelled":
                continue
            s.expunge(row)
            out.append(_Planned(row, row.start, row.minutes, row.site_id, row.type_id, tuple(row.professionals),
                                tuple(row.beneficiaries), cancelled_at=at))
        return out


def check_cancel(store: Store, ids: Iterable[str], now: datetime | None = None) -> EditCheck:
    """Dry run of cancelling meetings: its protection level and the text to show."""
    at = now or datetime.now(UTC)
    return _judge(store, _planned_cancels(store, ids, at), CANCEL, at)


def check_attendance(store: Store, ids: Iterable[str], now: datetime | None = None) -> EditCheck:
    """Recording attendance: refused only in a month whose invoice left the draft state."""
    at = now or datetime.now(UTC)
    with store.session() as s:
        rows = [r for r in (s.get(m.Meeting, mid) for mid in ids) if r is not None and not r.deleted]
        for r in rows:
            s.expunge(r)
    planned = [_Planned(r, r.start, r.minutes, r.site_id, r.type_id, tuple(r.professionals),
                        tuple(r.beneficiaries)) for r in rows]
    return _judge(store, planned, ATTENDANCE, at)


# Fields whose change is recording what happened (judged as attendance, not as a move).
_HAPPENED_FIELDS = frozenset({"status", "attendance", "professionals_present", "proof"})


def check_revert(store: Store, targets: dict[str, dict[str, Any]], now: datetime | None = None) -> EditCheck:
    """Dry run of an undo / redo putting meetings back to ``targets`` (meeting id → the field values
    to write, JSON form as the change log keeps them; ``deleted`` too). Judged as the edit it is:
    a cancellation as a cancel, attendance put back or removed as attendance, anything else
    (placement, revival, removal) as a move — so a step once confirmed asks again, with its
    consequence, and a month whose invoice left the draft refuses it."""
    at = now or datetime.now(UTC)
    planned: list[_Planned] = []
    actions: dict[str, str] = {}
    with store.session() as s:
        for mid, values in targets.items():
            row = s.get(m.Meeting, mid)
            if row is None:
                continue
            s.expunge(row)

            def get(key: str, current: Any, row: m.Meeting = row, values: dict[str, Any] = values) -> Any:
                return tables.from_json("meetings", key, values[key]) if key in values else current
            status = get("status", row.status)
            removed = bool(values.get("deleted", row.deleted))
            p = _Planned(row, get("start", row.start), get("minutes", row.minutes), get("site_id", row.site_id),
                         get("type_id", row.type_id), tuple(get("professionals", row.professionals)),
                         tuple(get("beneficiaries", row.beneficiaries)),
                         cancelled_at=get("cancelled_at", row.cancelled_at) if status == "cancelled" else None,
                         status=status, attendance=get("attendance", row.attendance) or {}, removed=removed)
            if row.deleted and removed:
                continue
            planned.append(p)
            if status == "cancelled" and row.status != "cancelled" and not row.deleted:
                actions[mid] = CANCEL
            elif set(values) <= _HAPPENED_FIELDS and not row.deleted:
                actions[mid] = ATTENDANCE
            else:
                actions[mid] = MOVE
    return _judge(store, planned, MOVE, at, actions)


def gate(check: EditCheck, confirmed: bool, reason: str) -> str:
    """A check's verdict: raise ``EditProtected`` (refuse) or ``ConfirmationRequired`` (not yet
    confirmed), require a reason once confirmed; returns the reason to record."""
    if check.level == REFUSE:
        raise EditProtected(message=check.message)
    if check.level == CONFIRM:
        if not confirmed:
            raise ConfirmationRequired(check)
        if not reason.strip():
            raise InputError("indiquez le motif de la modification d'un rendez-vous protégé", "reason")
        return reason.strip()
    return reason.strip()
