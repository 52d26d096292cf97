"""invoices, invoice lines, workflow history and day attendance sheets (owned by the invoicing work)

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

import sosdesk.store.base

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def _sync_columns() -> list[sa.Column]:
    return [
        sa.Column('id', sa.String(length=64), nullable=False),
        sa.Column('row_version', sa.Integer(), nullable=False),
        sa.Column('deleted', sa.Boolean(), nullable=False),
        sa.Column('updated_at', sosdesk.store.base.UTCDateTime(), nullable=False),
        sa.Column('updated_by', sa.String(length=64), nullable=False),
    ]


def upgrade() -> None:
    op.create_table('invoices',
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('scope', sa.String(length=64), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('edition', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('number', sa.String(length=64), nullable=True),
    sa.Column('issued_at', sosdesk.store.base.UTCDateTime(), nullable=True),
    sa.Column('lines', sa.JSON(), nullable=False),
    sa.Column('custom_lines', sa.JSON(), nullable=False),
    sa.Column('missing_proof', sa.JSON(), nullable=False),
    sa.Column('annex', sa.JSON(), nullable=False),
    sa.Column('total_ht_cents', sa.Integer(), nullable=False),
    sa.Column('vat_cents', sa.Integer(), nullable=False),
    sa.Column('total_ttc_cents', sa.Integer(), nullable=False),
    sa.Column('vat_rate', sa.String(length=20), nullable=False),
    sa.Column('vat_mention', sa.Text(), nullable=False),
    sa.Column('rate_versions', sa.JSON(), nullable=False),
    sa.Column('sources', sa.JSON(), nullable=False),
    sa.Column('missing_regions', sa.JSON(), nullable=False),
    sa.Column('credited_invoice_id', sa.String(length=64), nullable=True),
    sa.Column('content_hash', sa.String(length=64), nullable=True),
    sa.Column('generated_at', sosdesk.store.base.UTCDateTime(), nullable=False),
    *_sync_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invoices')),
    sa.UniqueConstraint('kind', 'scope', 'month', 'edition', name='uq_invoices_period'),
    sa.UniqueConstraint('number', name=op.f('uq_invoices_number'))
    )
    op.create_table('invoice_events',
    sa.Column('invoice_id', sa.String(length=64), nullable=False),
    sa.Column('at', sosdesk.store.base.UTCDateTime(), nullable=False),
    sa.Column('user_id', sa.String(length=64), nullable=False),
    sa.Column('user_name', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('from_status', sa.String(length=16), nullable=False),
    sa.Column('to_status', sa.String(length=16), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    *_sync_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invoice_events'))
    )
    with op.batch_alter_table('invoice_events', schema=None) as batch_op:
        batch_op.create_index('ix_invoice_events_invoice', ['invoice_id'], unique=False)
    op.create_table('attendance_sheets',
    sa.Column('region_id', sa.String(length=64), nullable=False),
    sa.Column('site_id', sa.String(length=64), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('attachment_id', sa.String(length=64), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    *_sync_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance_sheets'))
    )
    with op.batch_alter_table('attendance_sheets', schema=None) as batch_op:
        batch_op.create_index('ix_attendance_sheets_site_date', ['site_id', 'date'], unique=False)
    op.create_table('frozen_items',
    sa.Column('item_kind', sa.String(length=16), nullable=False),
    sa.Column('item_id', sa.String(length=64), nullable=False),
    sa.Column('invoice_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('item_kind', 'item_id', 'invoice_id', name=op.f('pk_frozen_items'))
    )


def downgrade() -> None:
    op.drop_table('frozen_items')
    with op.batch_alter_table('attendance_sheets', schema=None) as batch_op:
        batch_op.drop_index('ix_attendance_sheets_site_date')
    op.drop_table('attendance_sheets')
    with op.batch_alter_table('invoice_events', schema=None) as batch_op:
        batch_op.drop_index('ix_invoice_events_invoice')
    op.drop_table('invoice_events')
    op.drop_table('invoices')
