"""data protection: beneficiaries.purged_at (retention purge) and the local access log

Revision ID: 0011
Revises: 0010
"""
from alembic import op
import sqlalchemy as sa
import sosdesk.store.base


revision = '0011'
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('beneficiaries') as batch:
        batch.add_column(sa.Column('purged_at', sa.Date(), nullable=True))
    op.create_table('access_log',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sosdesk.store.base.UTCDateTime(), nullable=False),
    sa.Column('user_id', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('person_id', sa.String(length=64), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_access_log'))
    )
    op.create_index('ix_access_log_person', 'access_log', ['person_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_access_log_person', table_name='access_log')
    op.drop_table('access_log')
    with op.batch_alter_table('beneficiaries') as batch:
        batch.drop_column('purged_at')
