"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-25 15:03:07.076587
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None

# The event log and clinical observations are insert-only: the database itself refuses changes.
APPEND_ONLY = ("events", "encounter_vitals", "encounter_notes", "stock_movements")


def upgrade() -> None:
    op.create_table('appointments',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('patient_id', sa.String(length=36), nullable=False),
    sa.Column('department_id', sa.String(length=36), nullable=False),
    sa.Column('doctor_id', sa.String(length=36), nullable=True),
    sa.Column('day', sa.String(length=10), nullable=False),
    sa.Column('slot_time', sa.String(length=5), nullable=True),
    sa.Column('reason', sa.String(length=200), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('token_number', sa.Integer(), nullable=True),
    sa.Column('booked_at', sa.String(length=32), nullable=False),
    sa.Column('checked_in_at', sa.String(length=32), nullable=True),
    sa.Column('called_at', sa.String(length=32), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appointments')),
    sa.UniqueConstraint('day', 'token_number', name='uq_appointments_day_token')
    )
    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.create_index('ix_appointments_day_status', ['day', 'status'], unique=False)
        batch_op.create_index(batch_op.f('ix_appointments_patient_id'), ['patient_id'], unique=False)

    op.create_table('charges',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('patient_id', sa.String(length=36), nullable=False),
    sa.Column('encounter_id', sa.String(length=36), nullable=True),
    sa.Column('description', sa.String(length=160), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit_price_minor', sa.Integer(), nullable=False),
    sa.Column('amount_minor', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=80), nullable=True),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_charges'))
    )
    with op.batch_alter_table('charges', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_charges_patient_id'), ['patient_id'], unique=False)

    op.create_table('credentials',
    sa.Column('staff_id', sa.String(length=36), nullable=False),
    sa.Column('username', sa.String(length=40), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('staff_id', name=op.f('pk_credentials')),
    sa.UniqueConstraint('username', name=op.f('uq_credentials_username'))
    )
    op.create_table('departments',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_departments')),
    sa.UniqueConstraint('name', name=op.f('uq_departments_name'))
    )
    op.create_table('encounters',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('patient_id', sa.String(length=36), nullable=False),
    sa.Column('appointment_id', sa.String(length=36), nullable=True),
    sa.Column('department_id', sa.String(length=36), nullable=True),
    sa.Column('doctor_id', sa.String(length=36), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('complaint', sa.Text(), nullable=True),
    sa.Column('opened_at', sa.String(length=32), nullable=False),
    sa.Column('closed_at', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_encounters')),
    sa.UniqueConstraint('appointment_id', name=op.f('uq_encounters_appointment_id'))
    )
    with op.batch_alter_table('encounters', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_encounters_patient_id'), ['patient_id'], unique=False)

    op.create_table('events',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin', sa.String(length=64), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('hlc', sa.String(length=16), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('op', sa.String(length=40), nullable=False),
    sa.Column('fields', sa.Text(), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('patient_id', sa.String(length=36), nullable=True),
    sa.Column('schema', sa.Integer(), nullable=False),
    sa.Column('recorded_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_events')),
    sa.UniqueConstraint('origin', 'seq', name=op.f('uq_events_origin'))
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index('ix_events_entity', ['entity', 'entity_id'], unique=False)
        batch_op.create_index('ix_events_hlc', ['hlc'], unique=False)

    op.create_table('inventory_items',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('sku', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('unit_price_minor', sa.Integer(), nullable=False),
    sa.Column('reorder_level', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inventory_items')),
    sa.UniqueConstraint('sku', name=op.f('uq_inventory_items_sku'))
    )
    op.create_table('patients',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('clinic_number', sa.String(length=40), nullable=False),
    sa.Column('given_name', sa.String(length=80), nullable=False),
    sa.Column('family_name', sa.String(length=80), nullable=False),
    sa.Column('search_name', sa.String(length=170), nullable=False),
    sa.Column('search_skeleton', sa.String(length=170), nullable=False),
    sa.Column('sex', sa.String(length=10), nullable=False),
    sa.Column('birth_date', sa.String(length=10), nullable=True),
    sa.Column('birth_date_estimated', sa.Boolean(), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=True),
    sa.Column('village', sa.String(length=120), nullable=True),
    sa.Column('address', sa.String(length=200), nullable=True),
    sa.Column('national_id', sa.String(length=20), nullable=True),
    sa.Column('guardian_name', sa.String(length=120), nullable=True),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('retired_at', sa.String(length=32), nullable=True),
    sa.Column('merged_into', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_patients')),
    sa.UniqueConstraint('clinic_number', name=op.f('uq_patients_clinic_number'))
    )
    with op.batch_alter_table('patients', schema=None) as batch_op:
        batch_op.create_index('ix_patients_phone', ['phone'], unique=False)

    op.create_table('payments',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('patient_id', sa.String(length=36), nullable=False),
    sa.Column('amount_minor', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=12), nullable=False),
    sa.Column('reference', sa.String(length=80), nullable=True),
    sa.Column('receipt_number', sa.String(length=40), nullable=False),
    sa.Column('received_at', sa.String(length=32), nullable=False),
    sa.Column('received_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payments')),
    sa.UniqueConstraint('receipt_number', name=op.f('uq_payments_receipt_number'))
    )
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payments_patient_id'), ['patient_id'], unique=False)

    op.create_table('prescriptions',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('encounter_id', sa.String(length=36), nullable=False),
    sa.Column('patient_id', sa.String(length=36), nullable=False),
    sa.Column('prescriber', sa.String(length=64), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('allergy_override_reason', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('dispensed_at', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_prescriptions'))
    )
    with op.batch_alter_table('prescriptions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_prescriptions_encounter_id'), ['encounter_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_prescriptions_patient_id'), ['patient_id'], unique=False)

    op.create_table('sessions',
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('staff_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.Integer(), nullable=False),
    sa.Column('last_seen_at', sa.Integer(), nullable=False),
    sa.Column('expires_at', sa.Integer(), nullable=False),
    sa.Column('revoked_at', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('token_hash', name=op.f('pk_sessions'))
    )
    with op.batch_alter_table('sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sessions_staff_id'), ['staff_id'], unique=False)

    op.create_table('signin_failures',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('username', sa.String(length=40), nullable=False),
    sa.Column('at', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signin_failures'))
    )
    with op.batch_alter_table('signin_failures', schema=None) as batch_op:
        batch_op.create_index('ix_signin_failures_user_at', ['username', 'at'], unique=False)

    op.create_table('encounter_diagnoses',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('encounter_id', sa.String(length=36), nullable=False),
    sa.Column('text', sa.String(length=200), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=True),
    sa.Column('certainty', sa.String(length=12), nullable=False),
    sa.Column('recorded_by', sa.String(length=64), nullable=False),
    sa.Column('recorded_at', sa.String(length=32), nullable=False),
    sa.Column('retired_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['encounter_id'], ['encounters.id'], name=op.f('fk_encounter_diagnoses_encounter_id_encounters')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_encounter_diagnoses'))
    )
    with op.batch_alter_table('encounter_diagnoses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_encounter_diagnoses_encounter_id'), ['encounter_id'], unique=False)

    op.create_table('encounter_notes',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('encounter_id', sa.String(length=36), nullable=False),
    sa.Column('author', sa.String(length=64), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['encounter_id'], ['encounters.id'], name=op.f('fk_encounter_notes_encounter_id_encounters')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_encounter_notes'))
    )
    with op.batch_alter_table('encounter_notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_encounter_notes_encounter_id'), ['encounter_id'], unique=False)

    op.create_table('encounter_vitals',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('encounter_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('unit', sa.String(length=10), nullable=False),
    sa.Column('source', sa.String(length=40), nullable=False),
    sa.Column('recorded_at', sa.String(length=32), nullable=False),
    sa.Column('recorded_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['encounter_id'], ['encounters.id'], name=op.f('fk_encounter_vitals_encounter_id_encounters')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_encounter_vitals'))
    )
    with op.batch_alter_table('encounter_vitals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_encounter_vitals_encounter_id'), ['encounter_id'], unique=False)

    op.create_table('patient_allergies',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('patient_id', sa.String(length=36), nullable=False),
    sa.Column('substance', sa.String(length=80), nullable=False),
    sa.Column('reaction', sa.String(length=200), nullable=True),
    sa.Column('severity', sa.String(length=10), nullable=False),
    sa.Column('recorded_at', sa.String(length=32), nullable=False),
    sa.Column('recorded_by', sa.String(length=64), nullable=False),
    sa.Column('retired_at', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_patient_allergies_patient_id_patients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_patient_allergies'))
    )
    with op.batch_alter_table('patient_allergies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_patient_allergies_patient_id'), ['patient_id'], unique=False)

    op.create_table('patient_search_keys',
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('patient_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_patient_search_keys_patient_id_patients')),
    sa.PrimaryKeyConstraint('key', 'patient_id', name=op.f('pk_patient_search_keys')),
    sqlite_with_rowid=False
    )
    op.create_table('prescription_items',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('prescription_id', sa.String(length=36), nullable=False),
    sa.Column('drug', sa.String(length=120), nullable=False),
    sa.Column('dose', sa.Float(), nullable=False),
    sa.Column('unit', sa.String(length=12), nullable=False),
    sa.Column('route', sa.String(length=20), nullable=False),
    sa.Column('frequency', sa.String(length=12), nullable=False),
    sa.Column('duration_days', sa.Integer(), nullable=False),
    sa.Column('instructions', sa.String(length=300), nullable=True),
    sa.ForeignKeyConstraint(['prescription_id'], ['prescriptions.id'], name=op.f('fk_prescription_items_prescription_id_prescriptions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_prescription_items'))
    )
    with op.batch_alter_table('prescription_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_prescription_items_prescription_id'), ['prescription_id'], unique=False)

    op.create_table('staff',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('username', sa.String(length=40), nullable=False),
    sa.Column('full_name', sa.String(length=120), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('department_id', sa.String(length=36), nullable=True),
    sa.Column('phone', sa.String(length=20), nullable=True),
    sa.Column('registration_number', sa.String(length=40), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['departments.id'], name=op.f('fk_staff_department_id_departments')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff')),
    sa.UniqueConstraint('username', name=op.f('uq_staff_username'))
    )
    op.create_table('stock_movements',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('item_id', sa.String(length=36), nullable=False),
    sa.Column('delta', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=20), nullable=False),
    sa.Column('reference', sa.String(length=80), nullable=True),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['inventory_items.id'], name=op.f('fk_stock_movements_item_id_inventory_items')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_movements'))
    )
    with op.batch_alter_table('stock_movements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stock_movements_item_id'), ['item_id'], unique=False)

    op.create_table('staff_schedules',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('staff_id', sa.String(length=36), nullable=False),
    sa.Column('weekday', sa.Integer(), nullable=False),
    sa.Column('start_time', sa.String(length=5), nullable=False),
    sa.Column('end_time', sa.String(length=5), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_staff_schedules_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_schedules')),
    sa.UniqueConstraint('staff_id', 'weekday', 'start_time', name=op.f('uq_staff_schedules_staff_id'))
    )
    with op.batch_alter_table('staff_schedules', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staff_schedules_staff_id'), ['staff_id'], unique=False)

    for table in APPEND_ONLY:
        op.execute(f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
                   f"BEGIN SELECT RAISE(ABORT, '{table} are append-only'); END")
        op.execute(f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
                   f"BEGIN SELECT RAISE(ABORT, '{table} are append-only'); END")


def downgrade() -> None:
    for table in APPEND_ONLY:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")
    with op.batch_alter_table('staff_schedules', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_staff_schedules_staff_id'))

    op.drop_table('staff_schedules')
    with op.batch_alter_table('stock_movements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stock_movements_item_id'))

    op.drop_table('stock_movements')
    op.drop_table('staff')
    with op.batch_alter_table('prescription_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_prescription_items_prescription_id'))

    op.drop_table('prescription_items')
    op.drop_table('patient_search_keys')
    with op.batch_alter_table('patient_allergies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_patient_allergies_patient_id'))

    op.drop_table('patient_allergies')
    with op.batch_alter_table('encounter_vitals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_encounter_vitals_encounter_id'))

    op.drop_table('encounter_vitals')
    with op.batch_alter_table('encounter_notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_encounter_notes_encounter_id'))

    op.drop_table('encounter_notes')
    with op.batch_alter_table('encounter_diagnoses', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_encounter_diagnoses_encounter_id'))

    op.drop_table('encounter_diagnoses')
    with op.batch_alter_table('signin_failures', schema=None) as batch_op:
        batch_op.drop_index('ix_signin_failures_user_at')

    op.drop_table('signin_failures')
    with op.batch_alter_table('sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sessions_staff_id'))

    op.drop_table('sessions')
    with op.batch_alter_table('prescriptions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_prescriptions_patient_id'))
        batch_op.drop_index(batch_op.f('ix_prescriptions_encounter_id'))

    op.drop_table('prescriptions')
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payments_patient_id'))

    op.drop_table('payments')
    with op.batch_alter_table('patients', schema=None) as batch_op:
        batch_op.drop_index('ix_patients_phone')

    op.drop_table('patients')
    op.drop_table('inventory_items')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_hlc')
        batch_op.drop_index('ix_events_entity')

    op.drop_table('events')
    with op.batch_alter_table('encounters', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_encounters_patient_id'))

    op.drop_table('encounters')
    op.drop_table('departments')
    op.drop_table('credentials')
    with op.batch_alter_table('charges', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_charges_patient_id'))

    op.drop_table('charges')
    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_appointments_patient_id'))
        batch_op.drop_index('ix_appointments_day_status')

    op.drop_table('appointments')
