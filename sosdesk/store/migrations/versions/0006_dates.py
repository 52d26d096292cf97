"""Dates that matter: unavailabilities, closed days, sites' holiday calendar (issue 12)

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

import sosdesk.store.base

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def _synced() -> list[sa.Column]:
    return [
        sa.Column('id', sa.String(length=64), nullable=False),
        sa.Column('row_version', sa.Integer(), nullable=False),
        sa.Column('deleted', sa.Boolean(), nullable=False),
        sa.Column('updated_at', sosdesk.store.base.UTCDateTime(), nullable=False),
        sa.Column('updated_by', sa.String(length=64), nullable=False),
    ]


def _fk(column: str, table: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f'{target}.id'], name=op.f(f'fk_{table}_{column}_{target}'),
                                   initially='DEFERRED', deferrable=True)


def upgrade() -> None:
    with op.batch_alter_table('sites', schema=None) as batch_op:
        batch_op.add_column(sa.Column('holiday_calendar', sa.String(length=16), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('open_on_holidays', sa.Boolean(), nullable=False, server_default='0'))
    op.create_table(
        'unavailabilities',
        sa.Column('region_id', sa.String(length=64), nullable=False),
        sa.Column('professional_id', sa.String(length=64), nullable=True),
        sa.Column('beneficiary_id', sa.String(length=64), nullable=True),
        sa.Column('site_id', sa.String(length=64), nullable=True),
        sa.Column('first_date', sa.Date(), nullable=False),
        sa.Column('last_date', sa.Date(), nullable=False),
        sa.Column('start_time', sa.String(length=5), nullable=True),
        sa.Column('end_time', sa.String(length=5), nullable=True),
        sa.Column('capacity', sa.Integer(), nullable=True),
        sa.Column('reason', sa.String(length=200), nullable=False),
        *_synced(),
        sa.CheckConstraint('(professional_id IS NOT NULL) + (beneficiary_id IS NOT NULL) + '
                           '(site_id IS NOT NULL) = 1', name=op.f('ck_unavailabilities_one_subject')),
        _fk('region_id', 'unavailabilities', 'regions'),
        _fk('professional_id', 'unavailabilities', 'professionals'),
        _fk('beneficiary_id', 'unavailabilities', 'beneficiaries'),
        _fk('site_id', 'unavailabilities', 'sites'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_unavailabilities')),
    )
    with op.batch_alter_table('unavailabilities', schema=None) as batch_op:
        for column in ('region_id', 'professional_id', 'beneficiary_id', 'site_id', 'first_date', 'last_date'):
            batch_op.create_index(batch_op.f(f'ix_unavailabilities_{column}'), [column], unique=False)
    op.create_table(
        'closed_days',
        sa.Column('region_id', sa.String(length=64), nullable=True),
        sa.Column('date', sa.Date(), nullable=False),
        sa.Column('label', sa.String(length=200), nullable=False),
        *_synced(),
        _fk('region_id', 'closed_days', 'regions'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_closed_days')),
    )
    with op.batch_alter_table('closed_days', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_closed_days_region_id'), ['region_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_closed_days_date'), ['date'], unique=False)


def downgrade() -> None:
    op.drop_table('closed_days')
    op.drop_table('unavailabilities')
    with op.batch_alter_table('sites', schema=None) as batch_op:
        batch_op.drop_column('open_on_holidays')
        batch_op.drop_column('holiday_calendar')
