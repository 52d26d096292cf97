"""client-side sync state: conflicts, rejected ops (owned by the sync work)

Revision ID: 0003
Revises: 0002
"""
from alembic import op
import sqlalchemy as sa
import sosdesk.store.base


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_conflicts',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('created_at', sosdesk.store.base.UTCDateTime(), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=64), nullable=False),
    sa.Column('op_id', sa.Integer(), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('my_fields', sa.JSON(), nullable=False),
    sa.Column('mine', sa.JSON(), nullable=False),
    sa.Column('theirs', sa.JSON(), nullable=False),
    sa.Column('theirs_version', sa.Integer(), nullable=False),
    sa.Column('resolved', sa.Boolean(), nullable=False),
    sa.Column('resolution', sa.String(length=16), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts'))
    )
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.create_index('ix_sync_conflicts_row', ['table_name', 'row_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_conflicts_resolved'), ['resolved'], unique=False)

    op.create_table('sync_rejected',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('created_at', sosdesk.store.base.UTCDateTime(), nullable=False),
    sa.Column('op_id', sa.Integer(), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('reason', sa.String(length=64), nullable=False),
    sa.Column('dismissed', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_rejected'))
    )
    with op.batch_alter_table('sync_rejected', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_rejected_dismissed'), ['dismissed'], unique=False)

    op.create_table('sync_relay',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('created_at', sosdesk.store.base.UTCDateTime(), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.Column('region_id', sa.String(length=64), nullable=True),
    sa.Column('op_id', sa.Integer(), nullable=False),
    sa.Column('op', sa.JSON(), nullable=False),
    sa.Column('source', sa.String(length=255), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_relay')),
    sa.UniqueConstraint('device_id', 'op_id', name='uq_sync_relay_device_op')
    )
    with op.batch_alter_table('sync_relay', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_relay_state'), ['state'], unique=False)


def downgrade() -> None:
    op.drop_table('sync_relay')
    op.drop_table('sync_rejected')
    op.drop_table('sync_conflicts')
