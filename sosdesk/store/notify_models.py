"""Reminder rules, templates and the reminder outbox (local to the office, never synced).

Rules and templates are configuration edited in the window (DESIGN: configuration is data). The
outbox ``reminder_messages`` is the office's record of what was, or will be, sent to whom: it is
local because the messages leave from this office's PC and carry personal data.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sosdesk.store.base import Base, UTCDateTime, utcnow


class ReminderRule(Base):
    """Send a reminder on ``channel`` ``offset_minutes`` before each meeting (when ``active``)."""

    __tablename__ = "reminder_rules"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    channel: Mapped[str] = mapped_column(String(8), nullable=False)
    offset_minutes: Mapped[int] = mapped_column(Integer, nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class ReminderTemplate(Base):
    """The French text of one (channel, event) message; id is ``channel:event``."""

    __tablename__ = "reminder_templates"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    channel: Mapped[str] = mapped_column(String(8), nullable=False)
    event: Mapped[str] = mapped_column(String(16), nullable=False)
    subject: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    body: Mapped[str] = mapped_column(Text, nullable=False, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)


class ReminderMessage(Base):
    """One message of the reminder outbox.

    States: pending → sending → sent; retrying (after a transient failure, ``next_attempt_at``);
    failed (gave up, ``last_error``); skipped (never sent: no consent, bad number, too late —
    ``last_error`` says why); superseded (the meeting changed before it left); uncertain (an
    e-mail whose sender died between sending and recording: a person checks).
    """

    __tablename__ = "reminder_messages"
    __table_args__ = (
        Index("ix_reminder_messages_state_next", "state", "next_attempt_at"),
        Index("ix_reminder_messages_meeting", "meeting_id", "beneficiary_id", "channel"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    meeting_id: Mapped[str] = mapped_column(String(64), nullable=False)
    beneficiary_id: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    channel: Mapped[str] = mapped_column(String(8), nullable=False)
    event: Mapped[str] = mapped_column(String(16), nullable=False)
    offset_minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    version: Mapped[str] = mapped_column(String(64), nullable=False)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    meeting_start: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    # For an update: the start the beneficiary was told before ({ancienne_date}).
    previous_start: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    recipient: Mapped[str] = mapped_column(String(254), nullable=False, default="")
    subject: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    body: Mapped[str] = mapped_column(Text, nullable=False, default="")
    state: Mapped[str] = mapped_column(String(16), nullable=False, default="pending")
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    last_error: Mapped[str] = mapped_column(Text, nullable=False, default="")
    provider_ref: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
