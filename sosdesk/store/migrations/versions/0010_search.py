"""search index (issue 14): FTS5 over people, measures, meetings, invoices, expenses

Revision ID: 0010
Revises: 0008
"""
from alembic import op

from sosdesk.store import search_index

revision = '0010'
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Built from the rows already in the file; change capture keeps it current from now on.
    search_index.rebuild(op.get_bind())


def downgrade() -> None:
    conn = op.get_bind()
    for ddl in search_index.DROP:
        conn.exec_driver_sql(ddl)
