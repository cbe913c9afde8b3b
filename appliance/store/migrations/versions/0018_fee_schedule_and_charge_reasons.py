"""fee schedule and charge reasons

Revision ID: 0018
Revises: 0015
Create Date: 2026-12-02 07:40:00

A closed visit was charged nothing: the consultation fee comes from a fee schedule now (one
default and one fee per department), and a charge can be adjusted with a reason (an adjustment
is a charge of its own that names the one it changes, so balances stay sums).
"""
from alembic import op
import sqlalchemy as sa


revision = '0018'
down_revision = '0028'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('fees',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('department_id', sa.String(length=36), nullable=True),
    sa.Column('amount_minor', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fees'))
    )
    with op.batch_alter_table('charges', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reason', sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('charges', schema=None) as batch_op:
        batch_op.drop_column('reason')
    op.drop_table('fees')
