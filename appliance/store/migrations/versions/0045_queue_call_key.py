"""the idempotency key of the Call next that called a token: one key per intended call, sent again by the kiosk
when the answer was lost on the link, so the retry answers the patient already called instead of calling a second

Revision ID: 0045
Revises: 0044
Create Date: 2026-12-05 09:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0045'
down_revision = '0044'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('call_key', sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.drop_column('call_key')
