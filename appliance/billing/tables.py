"""Tables owned by the billing module. Balances are derived (sums), never stored."""
from sqlalchemy import Column, Integer, String, Table

from ..store.schema import metadata

charges = Table(
    "charges",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("patient_id", String(36), nullable=False, index=True),
    Column("encounter_id", String(36)),
    Column("description", String(160), nullable=False),
    Column("quantity", Integer, nullable=False),
    Column("unit_price_minor", Integer, nullable=False),
    Column("amount_minor", Integer, nullable=False),
    Column("source", String(80)),  # manual, prescription:<id>, encounter:<id>, adjust:<charge id>
    Column("reason", String(200)),  # why an adjustment changed a charge
    Column("created_at", String(32), nullable=False),
    Column("created_by", String(64), nullable=False),
)

payments = Table(
    "payments",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("patient_id", String(36), nullable=False, index=True),
    Column("amount_minor", Integer, nullable=False),
    Column("method", String(12), nullable=False),
    Column("reference", String(80)),
    Column("receipt_number", String(40), nullable=False, unique=True),
    Column("received_at", String(32), nullable=False),
    Column("received_by", String(64), nullable=False),
)

# The fee schedule: the consultation fee of each department (department_id NULL: every other one).
# The id is derived from (kind, department) so two boxes setting the same fee edit one record.
fees = Table(
    "fees",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("department_id", String(36)),
    Column("amount_minor", Integer, nullable=False),
    Column("updated_at", String(32), nullable=False),
    Column("updated_by", String(64), nullable=False),
)
