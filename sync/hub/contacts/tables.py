"""The contacts' table (own metadata, created by h0020): one row per clinic that has a phone at the hub."""
from sqlalchemy import Column, MetaData, String, Table

contacts_metadata = MetaData(naming_convention={
    "ix": "ix_%(column_0_label)s", "uq": "uq_%(table_name)s_%(column_0_name)s", "pk": "pk_%(table_name)s"})

hub_clinic_contacts = Table(
    "hub_clinic_contacts", contacts_metadata,
    Column("clinic_id", String(64), primary_key=True),
    Column("phone", String(16), nullable=False),          # E.164: + and at most 15 digits
    Column("name", String(120)),                          # who answers it (optional)
    Column("updated_at", String(32), nullable=False),
    Column("updated_by", String(64), nullable=False),     # a console username, or "cli"
)
