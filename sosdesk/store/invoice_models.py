"""Invoice tables (pricing.md §6–§7) and the guard that keeps validated invoices immutable.

An invoice row holds its lines as JSON (a row is the unit of sync); workflow steps are append-only
``invoice_events`` rows. ``frozen_items`` is a local index of the meetings, expenses and rate
versions a validated invoice bills: a flush that changes their billed fields is refused.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import JSON, Date, Index, Integer, String, Text, UniqueConstraint, event, inspect, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from sosdesk.domain.errors import InputError
from sosdesk.domain.timegrid import local_to_utc
from sosdesk.domain.vocabulary import day_text
from sosdesk.store.base import Base, Synced, UTCDateTime, utcnow
from sosdesk.store.models import Expense, Meeting, RateTable

JSONList = list[Any]


class Invoice(Synced, Base):
    """A regional, national invoice or a credit note; ``scope`` is the region id or 'national'."""

    __tablename__ = "invoices"
    __table_args__ = (UniqueConstraint("kind", "scope", "month", "edition", name="uq_invoices_period"),)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    scope: Mapped[str] = mapped_column(String(64), nullable=False)
    month: Mapped[str] = mapped_column(String(7), nullable=False)
    # Raised when a credit note cancels an invoice so the period can be billed again.
    edition: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="draft")
    number: Mapped[str | None] = mapped_column(String(64), nullable=True, unique=True)
    issued_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    lines: Mapped[JSONList] = mapped_column(JSON, nullable=False, default=list)
    # The invoice's own free lines (also at the end of ``lines``): kept when regenerating.
    custom_lines: Mapped[JSONList] = mapped_column(JSON, nullable=False, default=list)
    missing_proof: Mapped[JSONList] = mapped_column(JSON, nullable=False, default=list)
    annex: Mapped[JSONList] = mapped_column(JSON, nullable=False, default=list)
    total_ht_cents: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    vat_cents: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    total_ttc_cents: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    vat_rate: Mapped[str] = mapped_column(String(20), nullable=False, default="0")
    vat_mention: Mapped[str] = mapped_column(Text, nullable=False, default="")
    rate_versions: Mapped[JSONList] = mapped_column(JSON, nullable=False, default=list)
    # national: the regional invoices it consolidates; regional: unused.
    sources: Mapped[JSONList] = mapped_column(JSON, nullable=False, default=list)
    missing_regions: Mapped[JSONList] = mapped_column(JSON, nullable=False, default=list)
    credited_invoice_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    content_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    generated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class InvoiceEvent(Synced, Base):
    """One workflow step: who, when, what, comment (append-only)."""

    __tablename__ = "invoice_events"
    __table_args__ = (Index("ix_invoice_events_invoice", "invoice_id"),)
    invoice_id: Mapped[str] = mapped_column(String(64), nullable=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    user_id: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    user_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    action: Mapped[str] = mapped_column(String(32), nullable=False)
    from_status: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    to_status: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    comment: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # Per-person proof (docs/security.md): the invoice content the step acted on and the person's
    # Ed25519 signature of the step (sosdesk.contract.proof); empty when nobody signed it.
    content_hash: Mapped[str | None] = mapped_column(String(64), nullable=True, default=None)
    signature: Mapped[str | None] = mapped_column(String(128), nullable=True, default=None)

    def step_fields(self) -> dict[str, Any]:
        """The fields a signature covers, as ``sosdesk.contract.proof.step_of`` reads them."""
        return {"invoice_id": self.invoice_id, "action": self.action, "from_status": self.from_status,
                "to_status": self.to_status, "at": self.at, "user_id": self.user_id,
                "content_hash": self.content_hash}


class AttendanceSheet(Synced, Base):
    """A scanned signed attendance sheet of one site and local day: the proof of every meeting held
    there that day (pricing.md §3 "attached to the meeting or to the day's attendance sheet")."""

    __tablename__ = "attendance_sheets"
    __table_args__ = (Index("ix_attendance_sheets_site_date", "site_id", "date"),)
    region_id: Mapped[str] = mapped_column(String(64), nullable=False)
    site_id: Mapped[str] = mapped_column(String(64), nullable=False)
    date: Mapped[date] = mapped_column(Date, nullable=False)  # local (Europe/Paris) day
    # SHA-256 of the scan, i.e. the id of its row in ``attachments``.
    attachment_id: Mapped[str] = mapped_column(String(64), nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class FrozenItem(Base):
    """Local index: an item (meeting, expense, rate version) billed by a validated invoice."""

    __tablename__ = "frozen_items"
    item_kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    item_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    invoice_id: Mapped[str] = mapped_column(String(64), primary_key=True)


class InvoiceFrozenError(InputError):
    """A change to a validated invoice or to what it bills: refused (DESIGN: immutable invoices)."""


# Fields that stay editable on a billed meeting (pricing.md §7: "the meeting can still get notes").
MEETING_FREE_FIELDS = frozenset({"note", "color", "fixed", "buffer_minutes", "series_id",
                                 "row_version", "updated_at", "updated_by"})
EXPENSE_FREE_FIELDS = frozenset({"row_version", "updated_at", "updated_by"})
SHEET_FREE_FIELDS = frozenset({"note", "row_version", "updated_at", "updated_by"})
# A validated invoice may only move to paid; sync bookkeeping columns always move.
INVOICE_FREE_FIELDS = frozenset({"status", "row_version", "updated_at", "updated_by"})


def _changed_fields(obj: Any) -> set[str]:
    state = inspect(obj)
    return {a.key for a in state.mapper.column_attrs if state.attrs[a.key].history.has_changes()}


def _old(obj: Any, key: str) -> Any:
    hist = inspect(obj).attrs[key].history
    if hist.deleted:
        return hist.deleted[0]
    return getattr(obj, key)


def frozen_items_for(invoice: Invoice) -> set[tuple[str, str]]:
    items: set[tuple[str, str]] = set()
    for line in invoice.lines:
        kind = {"expense": "expense"}.get(line.get("kind", ""), "meeting")
        if line.get("kind") == "custom":
            continue
        for item in line.get("items", []):
            items.add((kind, item))
    for version in invoice.rate_versions:
        items.add(("rate_table", version))
    return items


def _frozen_by(session: Session, kind: str, item_id: str) -> str | None:
    """The number (or id) of the validated invoice billing this item, if any."""
    with session.no_autoflush:
        invoice_id = session.scalars(select(FrozenItem.invoice_id).where(
            FrozenItem.item_kind == kind, FrozenItem.item_id == item_id)).first()
        if invoice_id is None:
            return None
        invoice = session.get(Invoice, invoice_id)
        return (invoice.number if invoice is not None else None) or invoice_id


def _frozen_on_sheet_day(session: Session, sheet: AttendanceSheet) -> str | None:
    """The validated invoice billing a meeting the sheet proves (its site, its day as it was), if any."""
    site, day = _old(sheet, "site_id"), _old(sheet, "date")
    start, end = local_to_utc(day, 0), local_to_utc(day + timedelta(days=1), 0)
    with session.no_autoflush:
        ids = list(session.scalars(select(Meeting.id).where(
            Meeting.site_id == site, Meeting.start >= start, Meeting.start < end)))
    for meeting_id in ids:
        number = _frozen_by(session, "meeting", meeting_id)
        if number:
            return number
    return None


def _check_invoice(session: Session, inv: Invoice, new: bool) -> None:
    if not new:
        old_status = _old(inv, "status")
        if old_status in ("validated", "paid"):
            changed = _changed_fields(inv) - INVOICE_FREE_FIELDS
            moving_to_paid = old_status == "validated" and inv.status in ("validated", "paid")
            if changed or not moving_to_paid:
                raise InvoiceFrozenError(
                    f"la facture {inv.number or inv.id} est validée : elle ne peut plus être modifiée "
                    "(émettez un avoir pour la corriger)")
    if inv.status in ("validated", "paid") and inv.kind != "credit_note":
        with session.no_autoflush:
            known = {(f.item_kind, f.item_id) for f in session.scalars(
                select(FrozenItem).where(FrozenItem.invoice_id == inv.id))}
        for kind, item in frozen_items_for(inv) - known:
            session.add(FrozenItem(item_kind=kind, item_id=item, invoice_id=inv.id))


@event.listens_for(Session, "before_flush")
def _guard_billed_rows(session: Session, flush_context: Any, instances: Any) -> None:
    """Refuse changes to billed fields of meetings/expenses/rate versions a validated invoice uses."""
    for obj in list(session.new):
        if isinstance(obj, Invoice):
            _check_invoice(session, obj, new=True)
    for obj in list(session.dirty):
        if not session.is_modified(obj, include_collections=False):
            continue
        if isinstance(obj, Invoice):
            _check_invoice(session, obj, new=False)
        elif isinstance(obj, Meeting) and _changed_fields(obj) - MEETING_FREE_FIELDS:
            number = _frozen_by(session, "meeting", obj.id)
            if number:
                raise InvoiceFrozenError(
                    f"la réunion {obj.id} est facturée par une facture validée ({number}) : sa date, sa "
                    "durée, son type, son lieu, ses participants, son statut et ses présences ne peuvent "
                    "plus changer (la note reste modifiable)")
        elif isinstance(obj, Expense) and _changed_fields(obj) - EXPENSE_FREE_FIELDS:
            number = _frozen_by(session, "expense", obj.id)
            if number:
                raise InvoiceFrozenError(f"le frais {obj.id} est facturé par une facture validée ({number}) : "
                                         "il ne peut plus être modifié")
        elif isinstance(obj, AttendanceSheet) and _changed_fields(obj) - SHEET_FREE_FIELDS:
            number = _frozen_on_sheet_day(session, obj)
            if number:
                raise InvoiceFrozenError(
                    f"la feuille d'émargement du {day_text(_old(obj, 'date'))} justifie des réunions facturées "
                    f"par une facture validée ({number}) : elle ne peut plus être retirée ni changée")
        elif isinstance(obj, RateTable) and _changed_fields(obj) - EXPENSE_FREE_FIELDS:
            number = _frozen_by(session, "rate_table", obj.valid_from.isoformat())
            if number:
                raise InvoiceFrozenError(
                    f"la grille tarifaire du {day_text(obj.valid_from)} a servi à une facture validée : "
                    "créez une nouvelle version datée au lieu de la modifier")


def release_items(session: Session, invoice_id: str) -> None:
    """A validated credit note cancels an invoice: its items may be corrected and billed again."""
    for row in session.scalars(select(FrozenItem).where(FrozenItem.invoice_id == invoice_id)):
        session.delete(row)
