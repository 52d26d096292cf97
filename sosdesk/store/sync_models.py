"""Client-side sync state (local only, never synced): conflicts waiting for a person, and ops
the service refused, kept visible until dismissed (sync.md). The checkpoint lives in local_state.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from sosdesk.store.base import Base, UTCDateTime, utcnow


class SyncConflict(Base):
    """Both versions of a row edited on both sides: ``mine`` (this office) and ``theirs`` (service)."""

    __tablename__ = "sync_conflicts"
    __table_args__ = (Index("ix_sync_conflicts_row", "table_name", "row_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[str] = mapped_column(String(64), nullable=False)
    op_id: Mapped[int] = mapped_column(Integer, nullable=False)
    fields: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    my_fields: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    mine: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    theirs: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    theirs_version: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    resolved: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, index=True)
    resolution: Mapped[str] = mapped_column(String(16), nullable=False, default="")


class SyncRejected(Base):
    """An op the service refused (validated invoice, other region, reference data)."""

    __tablename__ = "sync_rejected"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    op_id: Mapped[int] = mapped_column(Integer, nullable=False)
    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[str] = mapped_column(String(64), nullable=False)
    action: Mapped[str] = mapped_column(String(16), nullable=False)
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    reason: Mapped[str] = mapped_column(String(64), nullable=False)
    dismissed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, index=True)
