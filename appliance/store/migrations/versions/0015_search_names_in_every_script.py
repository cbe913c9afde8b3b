"""search names in every script: recompute patients' search_name where the new normalisation differs

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-26 03:20:00

The search name kept only a-z and 0-9: a name registered in Devanagari (सुनीता देवी) was stored with
an empty search name and could never be found by name. Letters of every script are kept now. Only
names with letters outside the Latin alphabet change; their rows are rewritten (the patients'
update trigger then tells each process's name index). Like revision 0011, this uses the app's name
functions of the time it runs.
"""
from alembic import op
import sqlalchemy as sa


revision = '0015'
down_revision = '0014'
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
