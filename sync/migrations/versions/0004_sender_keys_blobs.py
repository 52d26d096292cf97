"""region files bound to their sender (sender_keys); attachments uploaded apart (blobs); invoice
numbers reserved by the service (invoice_numbers)

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sender_keys",
        sa.Column("key_id", sa.String(64), nullable=False),
        sa.Column("public_key", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("device_id", sa.String(64), nullable=True),
        sa.Column("region_id", sa.String(64), nullable=True),
        sa.Column("role", sa.String(32), nullable=True),
        sa.Column("revoked", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key_id", name=op.f("pk_sender_keys")),
    )
    op.create_index("ix_sender_keys_device", "sender_keys", ["device_id"])
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("upload_id", sa.String(64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_blobs")),
    )
    op.create_table(
        "blob_chunks",
        sa.Column("upload_id", sa.String(64), nullable=False),
        sa.Column("n", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("upload_id", "n", name=op.f("pk_blob_chunks")),
    )
    op.create_table(
        "blob_owners",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("region_id", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("sha256", "region_id", name=op.f("pk_blob_owners")),
    )
    op.create_table(
        "invoice_numbers",
        sa.Column("number", sa.String(64), nullable=False),
        sa.Column("stem", sa.String(64), nullable=False),
        sa.Column("invoice_id", sa.String(64), nullable=False),
        sa.Column("reserved_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("number", name=op.f("pk_invoice_numbers")),
    )
    op.create_index("ix_invoice_numbers_invoice", "invoice_numbers", ["invoice_id"])


def downgrade() -> None:
    op.drop_index("ix_invoice_numbers_invoice", table_name="invoice_numbers")
    op.drop_table("invoice_numbers")
    op.drop_table("blob_owners")
    op.drop_table("blob_chunks")
    op.drop_table("blobs")
    op.drop_index("ix_sender_keys_device", table_name="sender_keys")
    op.drop_table("sender_keys")
