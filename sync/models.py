"""Tables of the central service: current row states, the change log, applied ops, devices."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData(naming_convention={
    "ix": "ix_%(column_0_label)s",
    "pk": "pk_%(table_name)s",
})

# Small key/values: the sequence counter (also the push lock row) and the token secret.
server_state = Table(
    "server_state", metadata,
    Column("key", String(32), primary_key=True),
    Column("num", BigInteger, nullable=False, default=0),
    Column("text", Text, nullable=False, default=""),
)

enrol_codes = Table(
    "enrol_codes", metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("region_id", String(64), nullable=True),
    Column("role", String(32), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Column("used_by", String(64), nullable=True),
)

devices = Table(
    "devices", metadata,
    Column("device_id", String(64), primary_key=True),
    Column("region_id", String(64), nullable=True),
    Column("role", String(32), nullable=False),
    Column("refresh_hash", String(64), nullable=False, unique=True),
    Column("revoked", Boolean, nullable=False, default=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("parent_device", String(64), nullable=True),
    Column("last_seen", DateTime(timezone=True), nullable=True),
)

# Current state of every synced row: region NULL = reference data visible to every office.
rows = Table(
    "rows", metadata,
    Column("table_name", String(64), primary_key=True),
    Column("row_id", String(64), primary_key=True),
    Column("region_id", String(64), nullable=True),
    Column("row_version", Integer, nullable=False),
    Column("deleted", Boolean, nullable=False, default=False),
    Column("data", JSON, nullable=False),
    Column("server_seq", BigInteger, nullable=False),
    Index("ix_rows_seq", "server_seq", unique=True),
    Index("ix_rows_region_seq", "region_id", "server_seq"),
)

change_log = Table(
    "change_log", metadata,
    Column("server_seq", BigInteger, primary_key=True, autoincrement=False),
    Column("region_id", String(64), nullable=True),
    Column("table_name", String(64), nullable=False),
    Column("row_id", String(64), nullable=False),
    Column("row_version", Integer, nullable=False),
    Column("payload", JSON, nullable=False),
    Column("device_id", String(64), nullable=False),
    Column("op_id", BigInteger, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Index("ix_change_log_row", "table_name", "row_id", "row_version"),
)

# The idempotency key of sync.md: a replayed op returns the stored result.
applied_ops = Table(
    "applied_ops", metadata,
    Column("device_id", String(64), primary_key=True),
    Column("op_id", BigInteger, primary_key=True, autoincrement=False),
    Column("result", JSON, nullable=False),
)

# Losing values of last-writer-wins fields and ops held for a person (sync.md).
conflict_log = Table(
    "conflict_log", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("table_name", String(64), nullable=False),
    Column("row_id", String(64), nullable=False),
    Column("region_id", String(64), nullable=True),
    Column("field", String(64), nullable=False),
    Column("losing", JSON, nullable=True),
    Column("winning", JSON, nullable=True),
    Column("device_id", String(64), nullable=False),
    Column("op_id", BigInteger, nullable=False),
)

# Items (meetings, expenses, rate versions) billed by a validated invoice: their billed fields are
# frozen on the service too, until a validated credit note releases them (pricing.md §7).
frozen_items = Table(
    "frozen_items", metadata,
    Column("item_kind", String(16), primary_key=True),
    Column("item_id", String(64), primary_key=True),
    Column("invoice_id", String(64), primary_key=True),
    Index("ix_frozen_items_invoice", "invoice_id"),
)

# Who pulled or pushed what (device, person, table, count): never the rows themselves.
access_log = Table(
    "access_log", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("device_id", String(64), nullable=False),
    Column("person", String(64), nullable=False, default=""),
    Column("action", String(16), nullable=False),
    Column("table_name", String(64), nullable=False),
    Column("count", Integer, nullable=False),
)

# Throttling counters of enrolment and token calls, shared by every service process.
throttle = Table(
    "throttle", metadata,
    Column("key", String(96), primary_key=True),
    Column("window", BigInteger, nullable=False),
    Column("count", Integer, nullable=False),
)

# Keys that sign region files (docs/security.md): a device's key registered at or after enrolment,
# or an office key issued by the national coordinator. Role and region of a file come from here.
sender_keys = Table(
    "sender_keys", metadata,
    Column("key_id", String(64), primary_key=True),
    Column("public_key", String(64), nullable=False),
    Column("kind", String(8), nullable=False),          # device | office
    Column("device_id", String(64), nullable=True),     # device keys: the device it belongs to
    Column("region_id", String(64), nullable=True),     # office keys (device keys: the device's)
    Column("role", String(32), nullable=True),
    Column("revoked", Boolean, nullable=False, default=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("ix_sender_keys_device", "device_id"),
)

# Attachment files uploaded apart from the push (content-addressed): the bytes in chunks, so a
# file streams in and out without being held in memory, shared by every service process.
blobs = Table(
    "blobs", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("upload_id", String(64), nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

blob_chunks = Table(
    "blob_chunks", metadata,
    Column("upload_id", String(64), primary_key=True),
    Column("n", Integer, primary_key=True, autoincrement=False),
    Column("data", LargeBinary, nullable=False),
)

# Which regions uploaded a file (proof of holding it): a row may only name a file its region sent.
blob_owners = Table(
    "blob_owners", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("region_id", String(64), primary_key=True),   # "" = the national office
)

# Invoice numbers handed out by the service (pricing.md §7, docs/security.md): reserved for one
# national invoice under the push lock, consumed when its validation arrives; an abandoned
# reservation expires and its number goes to the next invoice, so numbers stay gapless.
invoice_numbers = Table(
    "invoice_numbers", metadata,
    Column("number", String(64), primary_key=True),
    Column("stem", String(64), nullable=False),
    Column("invoice_id", String(64), nullable=False),
    Column("reserved_at", DateTime(timezone=True), nullable=False),
    Index("ix_invoice_numbers_invoice", "invoice_id"),
)
