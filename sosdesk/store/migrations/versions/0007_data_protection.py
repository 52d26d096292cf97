"""Data protection (issue 16): this file's secret key for the ids of imported people

Revision ID: 0007
Revises: 0005
"""
import json
import secrets

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = "0006"
branch_labels = None
depends_on = None

ID_KEY = 'import.id_key'


def upgrade() -> None:
    conn = op.get_bind()
    found = conn.execute(sa.text("SELECT 1 FROM local_state WHERE key = :k"), {"k": ID_KEY}).first()
    if found is None:
        conn.execute(sa.text("INSERT INTO local_state (key, value) VALUES (:k, :v)"),
                     {"k": ID_KEY, "v": json.dumps(secrets.token_hex(32))})


def downgrade() -> None:
    op.get_bind().execute(sa.text("DELETE FROM local_state WHERE key = :k"), {"k": ID_KEY})
