"""change log: the reason typed when a protected meeting (held, billed in a draft) is changed (issue 13)

Revision ID: 0009
Revises: 0008
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('change_log') as batch:
        batch.add_column(sa.Column('reason', sa.Text(), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('change_log') as batch:
        batch.drop_column('reason')
