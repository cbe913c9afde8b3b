"""sms outbox: reminders to patients by SMS, one row per message through its states

Revision ID: 0024
Revises: 0022
Create Date: 2026-12-02 08:45:00

The reminders module's outbox (appliance/reminders/outbox.py): queued -> storing -> stored ->
sent -> delivered, or dead after the last attempt. `modem_index` is where the message sits in the
modem's memory between +CMGW and +CMSS, so that a crash there can be reconciled without sending
twice; `mr` is the modem's message reference, matched against +CDS delivery reports.
"""
from alembic import op
import sqlalchemy as sa


revision = '0024'
down_revision = '0018'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'sms_outbox',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('patient_id', sa.String(length=36), nullable=True),
        sa.Column('kind', sa.String(length=40), nullable=False),
        sa.Column('number', sa.String(length=20), nullable=False),
        sa.Column('body', sa.Text(), nullable=False),
        sa.Column('language', sa.String(length=5), nullable=False),
        sa.Column('created_at', sa.String(length=32), nullable=False),
        sa.Column('status', sa.String(length=12), nullable=False),
        sa.Column('channel', sa.String(length=20), nullable=True),
        sa.Column('modem_index', sa.Integer(), nullable=True),
        sa.Column('mr', sa.Integer(), nullable=True),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('next_attempt_at', sa.Float(), nullable=False),
        sa.Column('last_error', sa.String(length=300), nullable=True),
        sa.Column('sent_at', sa.String(length=32), nullable=True),
        sa.Column('delivered_at', sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sms_outbox')),
    )
    op.create_index('ix_sms_outbox_status_next', 'sms_outbox', ['status', 'next_attempt_at'])


def downgrade() -> None:
    op.drop_index('ix_sms_outbox_status_next', table_name='sms_outbox')
    op.drop_table('sms_outbox')
