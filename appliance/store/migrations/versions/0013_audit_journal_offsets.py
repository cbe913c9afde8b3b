"""audit journal offsets: how far each journal file of reads' records has been moved into the audit log

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-26 00:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_journal_offsets',
    sa.Column('journal', sa.String(length=80), nullable=False),
    sa.Column('offset', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('journal', name=op.f('pk_audit_journal_offsets'))
    )


def downgrade() -> None:
    op.drop_table('audit_journal_offsets')
