"""search names across scripts: recompute the search name and skeleton of Devanagari names

Revision ID: 0043
Revises: 0042
Create Date: 2026-12-03 21:10:00

A name registered in Devanagari (सुनीता देवी) had an empty phonetic skeleton and no keys in common
with the same name typed in Latin letters (Sunita Devi): search and the duplicate check missed
one for the other. Its skeleton is now that of its Latin spelling, and the normalised name keeps
the virama and nukta (शर्मा was stored as शरमा). Only names with Devanagari letters change; their
rows are rewritten (the patients' update trigger then tells each process's name index, which
derives the other keys from the stored name). Like revisions 0011 and 0015, this uses the app's name
functions of the time it runs.
"""
from alembic import op
import sqlalchemy as sa


revision = '0043'
down_revision = '0042'
branch_labels = None
depends_on = None


def upgrade() -> None:
    from appliance.patients.names import search_columns

    conn = op.get_bind()
    rows = conn.execute(sa.text(
        "SELECT id, given_name, family_name, search_name, search_skeleton FROM patients")).fetchall()
    changed = []
    for pid, given, family, name, skel in rows:
        new = search_columns(given, family)
        if (new["search_name"], new["search_skeleton"]) != (name, skel):
            changed.append({"id": pid, **new})
    if changed:
        conn.execute(sa.text("UPDATE patients SET search_name = :search_name, search_skeleton = :search_skeleton "
                             "WHERE id = :id"), changed)


def downgrade() -> None:
    pass  # the old code reads these names as well as it could before: nothing to undo
