"""The access log (issue 16): who read whose personal file, when, how and why. Local to the office
file (never synced): it records reads made on this PC."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sosdesk.store.base import Base, UTCDateTime, utcnow


class AccessLog(Base):
    """One read of a person's data: ``action`` is export, open (window page) or print."""

    __tablename__ = "access_log"
    __table_args__ = (Index("ix_access_log_person", "person_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    user_id: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    action: Mapped[str] = mapped_column(String(16), nullable=False)
    person_id: Mapped[str] = mapped_column(String(64), nullable=False)
    detail: Mapped[str] = mapped_column(Text, nullable=False, default="")
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
