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
    pass


def downgrade() -> None:
    pass
