"""sms outbox in PDU mode: the modem memory indices of every part of a concatenated message

Revision ID: 0032
Revises: 0030
Create Date: 2026-12-02 13:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0032'
down_revision = '0030'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('sms_outbox') as batch:
        batch.add_column(sa.Column('modem_parts', sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('sms_outbox') as batch:
        batch.drop_column('modem_parts')
