"""sms contacts: a patient's consent to SMS reminders, their number and language; what a
reminder in the outbox is about (ref_id: the appointment or encounter that caused it)

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-02 09:05:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0025'
down_revision = '0024'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'sms_contacts',
        sa.Column('patient_id', sa.String(length=36), nullable=False),
        sa.Column('number', sa.String(length=20), nullable=False),
        sa.Column('language', sa.String(length=5), nullable=False),
        sa.Column('consent', sa.Boolean(), nullable=False),
        sa.Column('opted_out_at', sa.String(length=32), nullable=True),
        sa.Column('updated_at', sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint('patient_id', name=op.f('pk_sms_contacts')),
    )
    op.create_index('ix_sms_contacts_number', 'sms_contacts', ['number'])
    with op.batch_alter_table('sms_outbox') as batch:
        batch.add_column(sa.Column('ref_id', sa.String(length=36), nullable=True))
    op.create_index('ix_sms_outbox_patient_id', 'sms_outbox', ['patient_id'])


def downgrade() -> None:
    op.drop_index('ix_sms_outbox_patient_id', table_name='sms_outbox')
    with op.batch_alter_table('sms_outbox') as batch:
        batch.drop_column('ref_id')
    op.drop_index('ix_sms_contacts_number', table_name='sms_contacts')
    op.drop_table('sms_contacts')
