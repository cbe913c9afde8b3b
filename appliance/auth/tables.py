"""Tables owned by auth: credentials, sessions and failed sign-ins (box-local, never synced raw)."""
from sqlalchemy import Column, Index, Integer, String, Table

from ..store.schema import metadata

credentials = Table(
    "credentials",
    metadata,
    Column("staff_id", String(36), primary_key=True),
    Column("username", String(40), nullable=False, unique=True),
    Column("password_hash", String(200), nullable=False),
    Column("pin_hash", String(200)),
    Column("updated_at", String(32), nullable=False),
)

sessions = Table(
    "sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("staff_id", String(36), nullable=False, index=True),
    Column("created_at", Integer, nullable=False),
    Column("last_seen_at", Integer, nullable=False),
    Column("expires_at", Integer, nullable=False),
    Column("revoked_at", Integer),
)

signin_failures = Table(
    "signin_failures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(40), nullable=False),
    Column("at", Integer, nullable=False),
    Index("ix_signin_failures_user_at", "username", "at"),
)
