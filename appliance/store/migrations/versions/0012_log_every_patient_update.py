"""patient search log: every update of a patient, not only of its name or status

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-26 00:10:00

The name index now also holds what a search shows of each active patient (clinic number, names,
sex, birth date, phone, village), so that a search reads no patient row: a change to any of
those must reach it. Patients are updated rarely (demographics, retirement, merges), so the
trigger logs every update rather than list the columns (a column added later is covered too).
"""
from alembic import op


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

OLD_UPDATE_TRIGGER = ("CREATE TRIGGER trg_patients_searchable_upd AFTER UPDATE OF search_name, search_skeleton, "
                      "retired_at, merged_into ON patients "
                      "BEGIN INSERT INTO patient_search_log (patient_id) VALUES (NEW.id); END")
UPDATE_TRIGGER = ("CREATE TRIGGER trg_patients_upd AFTER UPDATE ON patients "
                  "BEGIN INSERT INTO patient_search_log (patient_id) VALUES (NEW.id); END")


def upgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS trg_patients_searchable_upd")
    op.execute(UPDATE_TRIGGER)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS trg_patients_upd")
    op.execute(OLD_UPDATE_TRIGGER)
