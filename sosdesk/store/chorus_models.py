"""Deposits of invoices to Chorus Pro (local to the national office that sends them, never synced).

One row per invoice, written *before* the file leaves (state ``sending``) so that an answer lost on
the way is reconciled by asking Chorus Pro, never by depositing a second time.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sosdesk.store.base import Base, UTCDateTime, utcnow


class ChorusDeposit(Base):
    __tablename__ = "chorus_deposits"
    invoice_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    # sending → deposited → available → paid, or rejected; uncertain when an answer was lost
    state: Mapped[str] = mapped_column(String(16), nullable=False)
    environment: Mapped[str] = mapped_column(String(16), nullable=False)
    file_name: Mapped[str] = mapped_column(String(200), nullable=False)
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    flux_number: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    chorus_id: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    chorus_status: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    last_error: Mapped[str] = mapped_column(Text, nullable=False, default="")
    deposited_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
