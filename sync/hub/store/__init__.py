"""The hub's store behind a Protocol (protocol.py), implemented over SQLAlchemy Core for SQLite and
PostgreSQL (sql.py) from one mixin per concern: enrolment and devices (devices.py), the event log
(log.py), review conflicts and audit anchors (review.py)."""
from .protocol import REFERENCE_ENTITIES, Device, Holders, HubStore
from .sql import PostgresHubStore, SqlHubStore, SQLiteHubStore, open_hub_store

__all__ = ["REFERENCE_ENTITIES", "Device", "Holders", "HubStore", "PostgresHubStore", "SQLiteHubStore", "SqlHubStore",
           "open_hub_store"]
