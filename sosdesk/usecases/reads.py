"""What the window reads, each in its own short session: the UI opens no database session itself
(its lists, forms and status lines call these)."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sosdesk.domain.pricing import version_in_force
from sosdesk.store import models as m
from sosdesk.store import ops_expenses, people_rows
from sosdesk.store import reports as rp
from sosdesk.store.changes import DEMO_OUTBOX
from sosdesk.store.engine import Store
from sosdesk.store.ops_expenses import ExpenseRow
from sosdesk.store.people_rows import Choices, PersonRow
from sosdesk.store.reports import Table

# -- reference lists ------------------------------------------------------------------------------


def region_choices(store: Store, scope: str | None = None) -> list[tuple[str, str]]:
    """``(id, label)`` of the regions a user of ``scope`` (None: every region) may pick."""
    with store.session() as s:
        return list(people_rows.choices(s, scope).regions)


def regions_by_name(store: Store) -> list[tuple[str, str]]:
    """``(id, name)`` of every live region, by name."""
    with store.session() as s:
        return [(r.id, r.name) for r in s.scalars(
            select(m.Region).where(m.Region.deleted.is_(False)).order_by(m.Region.name))]


def region_ids(store: Store) -> list[str]:
    with store.session() as s:
        return list(s.scalars(select(m.Region.id).where(m.Region.deleted.is_(False)).order_by(m.Region.id)))


def pending_changes(store: Store) -> int:
    """Local changes not yet sent to the service (the status bar's sync line); the rows `sosdesk demo`
    wrote are nobody's changes and are not counted (the Synchronisation page shows them apart)."""
    demo_upto = store.get_state(DEMO_OUTBOX) or 0
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(m.OutboxOp)
                            .where(m.OutboxOp.state == "pending", m.OutboxOp.op_id > demo_upto)) or 0)


# -- people ------------------------------------------------------------------------------------------


def people(store: Store, kind: str, region: str | None, ids: Collection[str] | None = None) -> list[PersonRow]:
    with store.session() as s:
        return list(people_rows.list_rows(s, kind, region, ids))


@dataclass(frozen=True, slots=True)
class PersonForm:
    """What a person dialog shows: its choices, the stored record (empty when new) and its history."""

    choices: Choices
    original: dict[str, Any]
    history: list[Any]


def person_form(store: Store, kind: str, row_id: str | None, scope: str | None) -> PersonForm:
    with store.session() as s:
        return PersonForm(people_rows.choices(s, scope),
                          (people_rows.record(s, kind, row_id) if row_id else None) or {},
                          list(people_rows.history(s, kind, row_id)) if row_id else [])


# -- expenses -----------------------------------------------------------------------------------------


def expenses(store: Store, month: str | None, region: str | None,
             ids: Collection[str] | None = None) -> list[ExpenseRow]:
    with store.session() as s:
        return list(ops_expenses.list_expenses(s, month, region, ids))


@dataclass(frozen=True, slots=True)
class ExpenseForm:
    """A stored expense as its dialog shows it."""

    date: date
    category: str
    amount_cents: int
    label: str
    meeting: str
    region: str


def expense_form(store: Store, region: str | None, row_id: str | None) -> tuple[list[tuple[str, str]],
                                                                                ExpenseForm | None]:
    """The regions the dialog offers and the stored expense (None when new)."""
    with store.session() as s:
        regions = list(people_rows.choices(s, region).regions)
        row = s.get(m.Expense, row_id) if row_id else None
        if row is None:
            return regions, None
        return regions, ExpenseForm(row.date, row.category, row.amount_cents, row.label,
                                    row.meeting_id or "", row.region_id)


def expense_meeting_choices(store: Store, region: str, month: str) -> list[tuple[str, str]]:
    with store.session() as s:
        return list(ops_expenses.meeting_choices(s, region, month))


# -- calendar ----------------------------------------------------------------------------------------


def meeting_week(store: Store, meeting_id: str) -> str:
    """The ISO week of a stored meeting (``EditRefused`` when it does not exist)."""
    from sosdesk.store.ops_meetings import week_meeting

    with store.session() as s:
        return week_meeting(s, meeting_id)[0]


def day_sheet_files(store: Store, day: date) -> list[tuple[str, str]]:
    """``(site id, file name)`` of each scanned attendance sheet attached for local ``day``."""
    from sosdesk.invoicing.day_sheets import day_sheets

    with store.session() as s:
        out = []
        for sheet in day_sheets(s, day):
            scan = s.get(m.Attachment, sheet.attachment_id)
            out.append((sheet.site_id, scan.filename if scan else "?"))
    return out


# -- reports -------------------------------------------------------------------------------------------


REPORTS: dict[str, Callable[[Session, str, str | None], Table]] = {
    "staffing": lambda s, p, r: rp.staffing_table(rp.staffing(s, p, r), p, rp.region_names(s)),
    "obligations": lambda s, p, r: rp.obligations_table(rp.obligations_coverage(s, p, r), p, rp.region_names(s)),
    "activity": lambda s, p, r: rp.activity_table(rp.activity(s, p, r), p, rp.region_names(s)),
    "billed": lambda s, p, r: rp.billed_table(rp.billed(s, p, r), p, rp.region_names(s)),
}


def report(store: Store, key: str, period: str, region: str | None) -> Table:
    """One report table (``staffing`` for an ISO week, the others for a month), in a read session."""
    with store.session() as s:
        return REPORTS[key](s, period, region)


# -- rates -----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RateFormData:
    """The rate version in force on a day (else the earliest), its stored content, the meeting types."""

    version: str | None
    content: dict[str, Any]
    types: list[tuple[str, str]]


def rate_form_data(store: Store, day: date) -> RateFormData:
    """The version billing applies on ``day`` (``pricing.version_in_force``), else the earliest."""
    with store.session() as s:
        rows = list(s.scalars(select(m.RateTable).where(m.RateTable.deleted.is_(False))))
        types = [(t.id, t.label) for t in s.scalars(
            select(m.MeetingType).where(m.MeetingType.deleted.is_(False)).order_by(m.MeetingType.label))]
    if not rows:
        return RateFormData(None, {}, types)
    wanted = version_in_force([r.valid_from for r in rows], day) or min(r.valid_from for r in rows)
    row = next(r for r in rows if r.valid_from == wanted)
    return RateFormData(row.id, dict(row.content or {}), types)


def absences(store: Store, subject: str, row_id: str) -> list[tuple[str, str]]:
    """(id, French text) of one person's or site's dated unavailabilities (« Congés et absences » tab)."""
    from sosdesk.store import dates

    with store.session() as s:
        return [(r.id, dates.absence_text(r)) for r in dates.list_absences(s, subject, row_id)]


def impacted_meetings(store: Store, first: date, last: date, only: list[str]) -> Any:
    """Planned meetings that a leave or closure from ``first`` to ``last`` makes impossible."""
    from sosdesk.store import dates

    with store.session() as s:
        return dates.impacted_meetings(s, first, last, only=only)


def professional_on_service(store: Store, professional_id: str) -> bool:
    """The professional already reached the service (pushed at least once) and is not deleted."""
    with store.session() as s:
        pro = s.get(m.Professional, professional_id)
        return pro is not None and pro.row_version > 0 and not pro.deleted
