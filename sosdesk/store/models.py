"""Core tables of the office database (interchange.md objects, users, change log, outbox).

Lists that belong to one row (windows, skills, participants, attendance, requirements) are JSON
columns of that row: a row is the unit of sync, its fields the unit of merge (sync.md), and a
week is always read whole. Windows keep the interchange shape ``{"day", "from", "to"}``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from sosdesk.store.base import Base, Synced, UTCDateTime, utcnow

JSONList = list[Any]
JSONDict = dict[str, Any]


def _fk(target: str) -> ForeignKey:
    # Deferred so that sync pages and interchange files may arrive in any order within a transaction.
    return ForeignKey(target, deferrable=True, initially="DEFERRED")


class Setting(Synced, Base):
    """Organisation settings (one row, id 'settings'): organisation, SIRET, invoice prefix, buyer."""

    __tablename__ = "settings"
    data: Mapped[JSONDict] = mapped_column(JSON, default=dict, nullable=False)


class Region(Synced, Base):
    __tablename__ = "regions"
    name: Mapped[str] = mapped_column(String(200), nullable=False)


class Site(Synced, Base):
    __tablename__ = "sites"
    region_id: Mapped[str] = mapped_column(_fk("regions.id"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False, default="office")
    address: Mapped[str] = mapped_column(String(400), nullable=False, default="")
    capacity: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    rate_coefficient: Mapped[str] = mapped_column(String(20), nullable=False, default="1.00")
    open: Mapped[JSONList] = mapped_column(JSON, nullable=False, default=list)
    # Public holidays (issue 12): calendar code ("" = metropolitan France) and whether the site opens.
    holiday_calendar: Mapped[str] = mapped_column(String(16), nullable=False, default="", server_default="")
    open_on_holidays: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False,
                                                   server_default="0")


class TravelTime(Synced, Base):
    """Travel minutes from one site to another; id is ``FROM|TO``."""

    __tablename__ = "travel_minutes"
    __table_args__ = (UniqueConstraint("from_site", "to_site"),)
    from_site: Mapped[str] = mapped_column(_fk("sites.id"), nullable=False)
    to_site: Mapped[str] = mapped_column(_fk("sites.id"), nullable=False)
    minutes: Mapped[int] = mapped_column(Integer, nullable=False)


class MeetingType(Synced, Base):
    __tablename__ = "meeting_types"
    label: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    minutes: Mapped[int] = mapped_column(Integer, nullable=False)
    skill: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    professionals: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    min_participants: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    max_participants: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    color: Mapped[str | None] = mapped_column(String(16), nullable=True)


class Professional(Synced, Base):
    __tablename__ = "professionals"
    region_id: Mapped[str] = mapped_column(_fk("regions.id"), nullable=False, index=True)
    first_name: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    last_name: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    skills: Mapped[JSONList] = mapped_column(JSON, nullable=False, default=list)
    home_site_id: Mapped[str | None] = mapped_column(_fk("sites.id"), nullable=True)
    sites: Mapped[JSONList] = mapped_column(JSON, nullable=False, default=list)
    email: Mapped[str] = mapped_column(String(254), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    max_minutes_per_week: Mapped[int | None] = mapped_column(Integer, nullable=True)
    available: Mapped[JSONList] = mapped_column(JSON, nullable=False, default=list)

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip() or self.id


class Beneficiary(Synced, Base):
    __tablename__ = "beneficiaries"
    __sensitive_fields__ = ("first_name", "last_name", "birth_date", "measure", "measure_start",
                            "measure_end", "requirements", "available", "unavailable", "sites",
                            "forbidden_with", "referent_id", "max_meetings_per_day")
    region_id: Mapped[str] = mapped_column(_fk("regions.id"), nullable=False, index=True)
    first_name: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    last_name: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    measure: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    measure_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    measure_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    phone: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(254), nullable=False, default="")
    sms_consent: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    email_consent: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    requirements: Mapped[JSONList] = mapped_column(JSON, nullable=False, default=list)
    available: Mapped[JSONList] = mapped_column(JSON, nullable=False, default=list)
    unavailable: Mapped[JSONList] = mapped_column(JSON, nullable=False, default=list)
    sites: Mapped[JSONList] = mapped_column(JSON, nullable=False, default=list)
    forbidden_with: Mapped[JSONList] = mapped_column(JSON, nullable=False, default=list)
    referent_id: Mapped[str | None] = mapped_column(_fk("professionals.id"), nullable=True)
    max_meetings_per_day: Mapped[int] = mapped_column(Integer, nullable=False, default=2)
    # Set when the person's data was erased (retention, issue 16): the row stays as a pseudonymised
    # tombstone so validated invoices keep their references; every office and the service follow.
    purged_at: Mapped[date | None] = mapped_column(Date, nullable=True, default=None)

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip() or self.id

    @property
    def initials(self) -> str:
        return "".join(p[:1].upper() + "." for p in (self.first_name, self.last_name) if p) or self.id


class RateTable(Synced, Base):
    """An effective-dated rate table (pricing.md §1); id is its ``valid_from`` date."""

    __tablename__ = "rate_tables"
    valid_from: Mapped[date] = mapped_column(Date, nullable=False, unique=True)
    content: Mapped[JSONDict] = mapped_column(JSON, nullable=False, default=dict)


class Meeting(Synced, Base):
    __tablename__ = "meetings"
    __sensitive_fields__ = ("attendance", "professionals_present", "status", "cancelled_at", "proof")
    __table_args__ = (Index("ix_meetings_start", "start"),)
    region_id: Mapped[str] = mapped_column(_fk("regions.id"), nullable=False, index=True)
    type_id: Mapped[str] = mapped_column(_fk("meeting_types.id"), nullable=False)
    start: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    minutes: Mapped[int] = mapped_column(Integer, nullable=False)
    site_id: Mapped[str] = mapped_column(_fk("sites.id"), nullable=False)
    professionals: Mapped[JSONList] = mapped_column(JSON, nullable=False, default=list)
    beneficiaries: Mapped[JSONList] = mapped_column(JSON, nullable=False, default=list)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="planned")
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    attendance: Mapped[JSONDict] = mapped_column(JSON, nullable=False, default=dict)
    # None means "the meeting's professionals" once held (interchange.md).
    professionals_present: Mapped[JSONList | None] = mapped_column(JSON, nullable=True)
    proof: Mapped[str | None] = mapped_column(String(64), nullable=True)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # Fixed meetings (court/police, recurring sessions) are never moved by the planner (H14).
    fixed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    buffer_minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    series_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    color: Mapped[str | None] = mapped_column(String(16), nullable=True)

    def present_professionals(self) -> list[str]:
        if self.professionals_present is not None:
            return list(self.professionals_present)
        return list(self.professionals) if self.status == "held" else []


class Expense(Synced, Base):
    __tablename__ = "expenses"
    __sensitive_fields__ = ("date", "category", "amount_cents", "label", "receipt", "meeting_id")
    region_id: Mapped[str] = mapped_column(_fk("regions.id"), nullable=False, index=True)
    date: Mapped[date] = mapped_column(Date, nullable=False)
    category: Mapped[str] = mapped_column(String(20), nullable=False)
    amount_cents: Mapped[int] = mapped_column(Integer, nullable=False)
    label: Mapped[str] = mapped_column(String(400), nullable=False, default="")
    receipt: Mapped[str | None] = mapped_column(String(64), nullable=True)
    meeting_id: Mapped[str | None] = mapped_column(_fk("meetings.id"), nullable=True)


class Attachment(Synced, Base):
    """A content-addressed file (scanned attendance sheet, receipt): id is its SHA-256."""

    __tablename__ = "attachments"
    filename: Mapped[str] = mapped_column(String(255), nullable=False, default="")
    media_type: Mapped[str] = mapped_column(String(100), nullable=False, default="application/octet-stream")
    content: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)


class User(Synced, Base):
    __tablename__ = "users"
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    role: Mapped[str] = mapped_column(String(32), nullable=False)
    region_id: Mapped[str | None] = mapped_column(_fk("regions.id"), nullable=True)
    email: Mapped[str] = mapped_column(String(254), nullable=False, default="")
    # scrypt hash (sosdesk/store/users.py); local to this file: never logged, never synced.
    password_hash: Mapped[str | None] = mapped_column(String(256), nullable=True, default=None)
    # The person's Ed25519 key for signing invoice workflow steps (docs/security.md): the public half
    # is synced (the service pins it); the private half, sealed under the password, never leaves here.
    signing_key: Mapped[str | None] = mapped_column(String(64), nullable=True, default=None)
    sealed_key: Mapped[str | None] = mapped_column(String(256), nullable=True, default=None)


# --- local only (never synced) -------------------------------------------------------------


class ChangeLog(Base):
    """Audit trail: who changed what, when, old → new (DESIGN: every change is recorded)."""

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_row", "table_name", "row_id"),)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    user_id: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    origin: Mapped[str] = mapped_column(String(16), nullable=False, default="local")
    action: Mapped[str] = mapped_column(String(16), nullable=False)
    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[str] = mapped_column(String(64), nullable=False)
    changes: Mapped[JSONDict] = mapped_column(JSON, nullable=False, default=dict)
    label: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    # Why a protected meeting (held, billed in a draft) was changed anyway, typed when confirming.
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")


class OutboxOp(Base):
    """A local edit waiting to be pushed (sync.md): written in the edit's own transaction."""

    __tablename__ = "outbox"
    op_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[str] = mapped_column(String(64), nullable=False)
    action: Mapped[str] = mapped_column(String(16), nullable=False)
    # {field: [old, new]} in JSON-safe form
    fields: Mapped[JSONDict] = mapped_column(JSON, nullable=False, default=dict)
    base_version: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # pending → pushed (result from the server kept for the rejected list)
    state: Mapped[str] = mapped_column(String(16), nullable=False, default="pending", index=True)
    result: Mapped[JSONDict | None] = mapped_column(JSON, nullable=True)


class LocalState(Base):
    """Small local key/values: current user, sync checkpoint, UI choices that are data."""

    __tablename__ = "local_state"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)


SYNCED_MODELS: tuple[type[Base], ...] = (
    Setting, Region, Site, TravelTime, MeetingType, Professional, Beneficiary, RateTable,
    Meeting, Expense, Attachment, User,
)
