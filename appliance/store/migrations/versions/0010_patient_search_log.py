"""patient search log: which patients' search keys changed, for the in-process name index

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-25 18:10:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

# Triggers, not services, write the log: every path that changes search keys or a patient's
# searchability (registration, edits, merges, retirements, rows applied by sync or a rebuild)
# is caught, including ones written later.
TRIGGERS = {
    "trg_patient_search_keys_ins": "AFTER INSERT ON patient_search_keys BEGIN "
                                   "INSERT INTO patient_search_log (patient_id) VALUES (NEW.patient_id); END",
    "trg_patient_search_keys_del": "AFTER DELETE ON patient_search_keys BEGIN "
                                   "INSERT INTO patient_search_log (patient_id) VALUES (OLD.patient_id); END",
    "trg_patients_searchable_upd": "AFTER UPDATE OF search_name, search_skeleton, retired_at, merged_into ON patients "
                                   "BEGIN INSERT INTO patient_search_log (patient_id) VALUES (NEW.id); END",
    "trg_patients_del": "AFTER DELETE ON patients BEGIN "
                        "INSERT INTO patient_search_log (patient_id) VALUES (OLD.id); END",
}


def upgrade() -> None:
    op.create_table('patient_search_log',
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('patient_id', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_patient_search_log'))
    )
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table('patient_search_log')
