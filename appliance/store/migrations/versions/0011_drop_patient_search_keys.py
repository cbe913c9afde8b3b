"""drop patient_search_keys: each process's name index derives the keys from the stored names

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-25 21:40:00

A registration wrote 8 key rows (and, by trigger, 8 log rows), scattered over the key index: more
than half the cost of a registration under the write lock, and every one of those pages encrypted
at commit. The keys are a function of the normalised name that `patients.search_name` already
holds, so the in-process index computes them itself; the search log now records a patient's
insertion instead of its key rows.
"""
from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

OLD_TRIGGERS = ("trg_patient_search_keys_ins", "trg_patient_search_keys_del")
INSERT_TRIGGER = ("CREATE TRIGGER trg_patients_ins AFTER INSERT ON patients BEGIN "
                  "INSERT INTO patient_search_log (patient_id) VALUES (NEW.id); END")


def upgrade() -> None:
    for name in OLD_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table('patient_search_keys')
    op.execute(INSERT_TRIGGER)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS trg_patients_ins")
    op.create_table('patient_search_keys',
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('patient_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_patient_search_keys_patient_id_patients')),
    sa.PrimaryKeyConstraint('key', 'patient_id', name=op.f('pk_patient_search_keys')),
    sqlite_with_rowid=False
    )
    op.execute("CREATE TRIGGER trg_patient_search_keys_ins AFTER INSERT ON patient_search_keys BEGIN "
               "INSERT INTO patient_search_log (patient_id) VALUES (NEW.patient_id); END")
    op.execute("CREATE TRIGGER trg_patient_search_keys_del AFTER DELETE ON patient_search_keys BEGIN "
               "INSERT INTO patient_search_log (patient_id) VALUES (OLD.patient_id); END")
    # the code of revision 0010 reads the keys from the table: write them from the names
    from appliance.patients.names import name_keys

    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, given_name, family_name FROM patients")).fetchall()
    keys = [{"key": k, "patient_id": pid} for pid, given, family in rows for k in sorted(name_keys(given, family))]
    if keys:
        conn.execute(sa.text("INSERT INTO patient_search_keys (key, patient_id) VALUES (:key, :patient_id)"), keys)
