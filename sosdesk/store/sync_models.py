"""Client-side sync state (local only, never synced): conflicts waiting for a person, and ops
the service refused, kept visible until dismissed (sync.md). The checkpoint lives in local_state.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Index, Integer, String, UniqueConstraint, event, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from sosdesk.domain.errors import InputError
from sosdesk.store.base import Base, UTCDateTime, utcnow
from sosdesk.store.changes import ORIGIN
from sosdesk.store.models import LocalState

# local_state keys written by the sync client (sosdesk.syncclient.service uses the same ones).
ROLE_KEY, REGION_KEY = "sync.role", "sync.region"
OFFICE_ROLES = frozenset({"regional_admin", "regional_validator"})
# Reference data the national role alone writes (sync.md): read-only in an office's file.
READ_ONLY_IN_OFFICES = {"meeting_types": "les types de rendez-vous", "rate_tables": "les grilles tarifaires"}


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


class SyncRelay(Base):
    """National side: an op merged from a region file, to forward to the central service under the
    office's device id (the region is the one the file carries, bound when the coordinator merged it)."""

    __tablename__ = "sync_relay"
    __table_args__ = (UniqueConstraint("device_id", "op_id", name="uq_sync_relay_device_op"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    device_id: Mapped[str] = mapped_column(String(64), nullable=False)
    region_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    op_id: Mapped[int] = mapped_column(Integer, nullable=False)
    op: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    source: Mapped[str] = mapped_column(String(255), nullable=False, default="")
    # "pending" until the central service answered, then its status (applied, duplicate, …)
    state: Mapped[str] = mapped_column(String(16), nullable=False, default="pending", index=True)


class ReferenceReadOnlyError(InputError):
    """An office edited reference data that only the national coordinator writes."""


def _is_office(session: Session) -> bool:
    with session.no_autoflush:
        state = {k: v for k, v in session.execute(select(LocalState.key, LocalState.value).where(
            LocalState.key.in_((ROLE_KEY, REGION_KEY))))}
    role = state.get(ROLE_KEY)
    return role in OFFICE_ROLES or (role is None and bool(state.get(REGION_KEY)))


@event.listens_for(Session, "before_flush")
def _reference_read_only(session: Session, flush_context: Any, instances: Any) -> None:
    """Refuse, in an office's file, a local edit of meeting types or rate tables (received from the
    national office read-only) before it is written, instead of only at the next push."""
    if session.info.get(ORIGIN, "local") != "local":
        return
    touched = [o for o in session.new if getattr(o, "__tablename__", None) in READ_ONLY_IN_OFFICES]
    touched += [o for o in session.dirty if getattr(o, "__tablename__", None) in READ_ONLY_IN_OFFICES
                and session.is_modified(o, include_collections=False)]
    if touched and _is_office(session):
        what = READ_ONLY_IN_OFFICES[touched[0].__tablename__]
        raise ReferenceReadOnlyError(
            f"{what[0].upper()}{what[1:]} sont fixés par le coordinateur national : une antenne ne peut "
            "pas les modifier (demandez la modification au national, elle arrivera à la prochaine "
            "synchronisation).")
