"""per-person signed invoice workflow steps: users.signing_key (synced public key), users.sealed_key
(private key sealed under the password, local), invoice_events.content_hash and .signature (synced)

Revision ID: 0016
Revises: 0011
"""
from alembic import op
import sqlalchemy as sa


revision = '0016'
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('signing_key', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('sealed_key', sa.String(length=256), nullable=True))
    with op.batch_alter_table('invoice_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('content_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('signature', sa.String(length=128), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('invoice_events', schema=None) as batch_op:
        batch_op.drop_column('signature')
        batch_op.drop_column('content_hash')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('sealed_key')
        batch_op.drop_column('signing_key')
