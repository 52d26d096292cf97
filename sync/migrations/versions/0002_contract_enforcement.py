"""frozen items, access log, throttling counters, devices last seen

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        batch.add_column(sa.Column("last_seen", sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        "frozen_items",
        sa.Column("item_kind", sa.String(length=16), nullable=False),
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("invoice_id", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("item_kind", "item_id", "invoice_id", name=op.f("pk_frozen_items")),
    )
    op.create_index("ix_frozen_items_invoice", "frozen_items", ["invoice_id"])
    op.create_table(
        "access_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("person", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_access_log")),
    )
    op.create_table(
        "throttle",
        sa.Column("key", sa.String(length=96), nullable=False),
        sa.Column("window", sa.BigInteger(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_throttle")),
    )


def downgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        batch.drop_column("last_seen")
    op.drop_table("throttle")
    op.drop_table("access_log")
    op.drop_index("ix_frozen_items_invoice", table_name="frozen_items")
    op.drop_table("frozen_items")
