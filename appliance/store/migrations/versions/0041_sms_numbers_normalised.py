"""SMS numbers stored before the trunk 0 and the international 00 were understood ("+09812345678",
"+00919811122233") rewritten as E.164 (+919812345678), in the contacts and in what is still queued;
a number that cannot be made whole is left as it was (nothing can reach it; the desk asks again)

Revision ID: 0041
Revises: 0040
Create Date: 2026-12-03 21:00:00
"""
from alembic import op
import sqlalchemy as sa

from clinical.phones import msisdn

revision = '0041'
down_revision = '0040'
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    for table, key, only_queued in (("sms_contacts", "patient_id", False), ("sms_outbox", "id", True)):
        where = " WHERE status = 'queued'" if only_queued else ""
        for row_key, number in conn.execute(sa.text(f"SELECT {key}, number FROM {table}{where}")).all():
            # what was stored is "+" and every digit typed: read again without the + it was given
            fixed = msisdn(number.lstrip("+"))
            if fixed and fixed != number:
                conn.execute(sa.text(f"UPDATE {table} SET number = :n WHERE {key} = :k"), {"n": fixed, "k": row_key})


def downgrade() -> None:
    pass  # the old forms were wrong numbers; nothing to give back
