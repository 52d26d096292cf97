"""reminder rules, templates and the reminder outbox (owned by the reminders work)

Revision ID: 0004
Revises: 0003
"""
from alembic import op
import sqlalchemy as sa
import sosdesk.store.base


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('reminder_messages',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('meeting_id', sa.String(length=64), nullable=False),
    sa.Column('beneficiary_id', sa.String(length=64), nullable=False),
    sa.Column('channel', sa.String(length=8), nullable=False),
    sa.Column('event', sa.String(length=16), nullable=False),
    sa.Column('offset_minutes', sa.Integer(), nullable=False),
    sa.Column('version', sa.String(length=64), nullable=False),
    sa.Column('due_at', sosdesk.store.base.UTCDateTime(), nullable=False),
    sa.Column('meeting_start', sosdesk.store.base.UTCDateTime(), nullable=False),
    sa.Column('previous_start', sosdesk.store.base.UTCDateTime(), nullable=True),
    sa.Column('recipient', sa.String(length=254), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', sosdesk.store.base.UTCDateTime(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.Column('provider_ref', sa.String(length=200), nullable=False),
    sa.Column('created_at', sosdesk.store.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sosdesk.store.base.UTCDateTime(), nullable=False),
    sa.Column('sent_at', sosdesk.store.base.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reminder_messages')),
    sa.UniqueConstraint('key', name=op.f('uq_reminder_messages_key'))
    )
    with op.batch_alter_table('reminder_messages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reminder_messages_beneficiary_id'), ['beneficiary_id'], unique=False)
        batch_op.create_index('ix_reminder_messages_meeting', ['meeting_id', 'beneficiary_id', 'channel'], unique=False)
        batch_op.create_index('ix_reminder_messages_state_next', ['state', 'next_attempt_at'], unique=False)

    op.create_table('reminder_rules',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('channel', sa.String(length=8), nullable=False),
    sa.Column('offset_minutes', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reminder_rules'))
    )
    op.create_table('reminder_templates',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('channel', sa.String(length=8), nullable=False),
    sa.Column('event', sa.String(length=16), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('updated_at', sosdesk.store.base.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reminder_templates'))
    )


def downgrade() -> None:
    op.drop_table('reminder_templates')
    op.drop_table('reminder_rules')
    with op.batch_alter_table('reminder_messages', schema=None) as batch_op:
        batch_op.drop_index('ix_reminder_messages_state_next')
        batch_op.drop_index('ix_reminder_messages_meeting')
        batch_op.drop_index(batch_op.f('ix_reminder_messages_beneficiary_id'))

    op.drop_table('reminder_messages')
