"""Service tables of the professionals' phone (issue 15): calendar feed tokens, sign-in codes and
sessions of the mobile page, page requests already applied, and the access log.

Tokens and codes are stored as SHA-256 hashes only. Defined on the service's metadata (migration
0003) without touching ``sync/models.py``.
"""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, Column, DateTime, Index, Integer, String, Table

from sync.models import metadata

feed_tokens = Table(
    "phone_feed_tokens", metadata,
    Column("professional_id", String(64), primary_key=True),
    Column("region_id", String(64), nullable=False),
    Column("token_hash", String(64), nullable=True, unique=True),   # NULL: revoked
    Column("nonce", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("revoked_at", DateTime(timezone=True), nullable=True),
)

field_codes = Table(
    "phone_field_codes", metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("professional_id", String(64), nullable=False, index=True),
    Column("region_id", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Column("used_at", DateTime(timezone=True), nullable=True),
    Column("revoked", Boolean, nullable=False, default=False),
)

field_sessions = Table(
    "phone_field_sessions", metadata,
    Column("session_hash", String(64), primary_key=True),
    Column("professional_id", String(64), nullable=False, index=True),
    Column("region_id", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Column("revoked", Boolean, nullable=False, default=False),
)

# A page request (client id made by the page) already turned into ops: a retried send answers
# the stored result and changes nothing.
field_requests = Table(
    "phone_field_requests", metadata,
    Column("client_id", String(64), primary_key=True),
    Column("professional_id", String(64), nullable=False),
    Column("result", JSON, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
)

# Who used which door, when, with what answer: ids and statuses only, never names or tokens.
access_log = Table(
    "phone_access_log", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("kind", String(24), nullable=False),
    Column("professional_id", String(64), nullable=True),
    Column("status", Integer, nullable=False),
    Index("ix_phone_access_log_at", "at"),
)


# Reminders sent by the service: which side sends for a region, and the sender configuration.
# mode: office (default) | to_service (waits for the office's handover) | service | to_office
# (the service stopped; waits for the office to take its record back).
reminder_regions = Table(
    "phone_reminder_regions", metadata,
    Column("region_id", String(64), primary_key=True),
    Column("mode", String(16), nullable=False),
    Column("changed_at", DateTime(timezone=True), nullable=False),
)

reminder_config = Table(
    "phone_reminder_config", metadata,
    Column("key", String(32), primary_key=True),
    Column("value", JSON, nullable=False),
)
