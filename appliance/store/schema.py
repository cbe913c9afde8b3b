"""The one MetaData every module declares its tables on (each module owns its own tables)."""
from __future__ import annotations

import importlib

from sqlalchemy import MetaData

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

# Every module that owns tables; importing them fills `metadata` (Alembic compares against it).
TABLE_MODULES = (
    "appliance.store.numbers",
    "appliance.events.tables",
    "appliance.audit.tables",
    "appliance.alerts.tables",
    "sync.tables",
    "appliance.auth.tables",
    "appliance.oauth.tables",
    "appliance.patients.tables",
    "appliance.staff.tables",
    "appliance.appointments.tables",
    "appliance.encounters.tables",
    "appliance.prescriptions.tables",
    "appliance.billing.tables",
    "appliance.inventory.tables",
    "appliance.triage.tables",
    "appliance.transcripts.tables",
    "appliance.soap.tables",
    "appliance.devices.tables",
    "appliance.printing.tables",
    "appliance.reminders.tables",
    "appliance.teleconsult.tables",
    "appliance.consults.tables",
)


def load_all_tables() -> MetaData:
    for name in TABLE_MODULES:
        importlib.import_module(name)
    return metadata
