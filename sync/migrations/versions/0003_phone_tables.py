"""professionals' phone: feed tokens, field sign-in codes and sessions, page requests, access log,
reminder regions and sender configuration

Revision ID: 0003
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "phone_feed_tokens",
        sa.Column("professional_id", sa.String(64), nullable=False),
        sa.Column("region_id", sa.String(64), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=True),
        sa.Column("nonce", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("professional_id", name=op.f("pk_phone_feed_tokens")),
        sa.UniqueConstraint("token_hash"),
    )
    op.create_table(
        "phone_field_codes",
        sa.Column("code_hash", sa.String(64), nullable=False),
        sa.Column("professional_id", sa.String(64), nullable=False),
        sa.Column("region_id", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("code_hash", name=op.f("pk_phone_field_codes")),
    )
    op.create_index("ix_phone_field_codes_professional_id", "phone_field_codes", ["professional_id"])
    op.create_table(
        "phone_field_sessions",
        sa.Column("session_hash", sa.String(64), nullable=False),
        sa.Column("professional_id", sa.String(64), nullable=False),
        sa.Column("region_id", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("session_hash", name=op.f("pk_phone_field_sessions")),
    )
    op.create_index("ix_phone_field_sessions_professional_id", "phone_field_sessions", ["professional_id"])
    op.create_table(
        "phone_field_requests",
        sa.Column("client_id", sa.String(64), nullable=False),
        sa.Column("professional_id", sa.String(64), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("client_id", name=op.f("pk_phone_field_requests")),
    )
    op.create_table(
        "phone_access_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("professional_id", sa.String(64), nullable=True),
        sa.Column("status", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phone_access_log")),
    )
    op.create_index("ix_phone_access_log_at", "phone_access_log", ["at"])
    op.create_table(
        "phone_reminder_regions",
        sa.Column("region_id", sa.String(64), nullable=False),
        sa.Column("mode", sa.String(16), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("region_id", name=op.f("pk_phone_reminder_regions")),
    )
    op.create_table(
        "phone_reminder_config",
        sa.Column("key", sa.String(32), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_phone_reminder_config")),
    )


def downgrade() -> None:
    op.drop_table("phone_reminder_config")
    op.drop_table("phone_reminder_regions")
    op.drop_index("ix_phone_access_log_at", table_name="phone_access_log")
    op.drop_table("phone_access_log")
    op.drop_table("phone_field_requests")
    op.drop_index("ix_phone_field_sessions_professional_id", table_name="phone_field_sessions")
    op.drop_table("phone_field_sessions")
    op.drop_index("ix_phone_field_codes_professional_id", table_name="phone_field_codes")
    op.drop_table("phone_field_codes")
    op.drop_table("phone_feed_tokens")
