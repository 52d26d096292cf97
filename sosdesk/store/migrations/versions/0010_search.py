"""search index (issue 14): FTS5 over people, measures, meetings, invoices, expenses

Revision ID: 0010
Revises: 0009
"""
from alembic import op

from sosdesk.store import search_index

revision = '0010'
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Empty tables now; filled from the rows already in the file once the file has reached the
    # head schema (store/engine.py, open_store), so that later migrations may change the columns
    # the indexer reads. Change capture keeps it current from then on.
    conn = op.get_bind()
    search_index.create(conn)
    search_index.request_rebuild(conn)


def downgrade() -> None:
    conn = op.get_bind()
    for ddl in search_index.DROP:
        conn.exec_driver_sql(ddl)
