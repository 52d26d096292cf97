"""deposits of invoices to Chorus Pro and their status (owned by the Factur-X / Chorus Pro work)

Revision ID: 0008
Revises: 0005
"""
from alembic import op
import sqlalchemy as sa
import sosdesk.store.base


revision = '0008'
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('chorus_deposits',
    sa.Column('invoice_id', sa.String(length=64), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('environment', sa.String(length=16), nullable=False),
    sa.Column('file_name', sa.String(length=200), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('flux_number', sa.String(length=64), nullable=False),
    sa.Column('chorus_id', sa.String(length=64), nullable=False),
    sa.Column('chorus_status', sa.String(length=64), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.Column('deposited_at', sosdesk.store.base.UTCDateTime(), nullable=True),
    sa.Column('checked_at', sosdesk.store.base.UTCDateTime(), nullable=True),
    sa.Column('updated_at', sosdesk.store.base.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('invoice_id', name=op.f('pk_chorus_deposits'))
    )


def downgrade() -> None:
    op.drop_table('chorus_deposits')
