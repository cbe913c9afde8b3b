"""The console's own tables (hub staff, their sessions, their audit trail); created by h0008."""
from sqlalchemy import BigInteger, Column, Index, Integer, MetaData, String, Table, Text

console_metadata = MetaData(naming_convention={
    "ix": "ix_%(column_0_label)s", "uq": "uq_%(table_name)s_%(column_0_name)s", "pk": "pk_%(table_name)s"})

hub_staff = Table(
    "hub_staff", console_metadata,
    Column("id", String(36), primary_key=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("full_name", String(120), nullable=False),
    Column("role", String(20), nullable=False),            # hub_admin | district_manager | remote_doctor
    Column("password_hash", Text, nullable=False),         # argon2id
    Column("totp_secret", String(64), nullable=False),     # base32, RFC 6238 (30 s, 6 digits, SHA-1)
    Column("totp_last_step", BigInteger, nullable=False, default=0),   # a code is good once
    Column("created_at", String(32), nullable=False),
    Column("disabled_at", String(32)),
)

# Only the SHA-256 of a session token is kept: a copy of the database signs nobody in.
hub_staff_sessions = Table(
    "hub_staff_sessions", console_metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("staff_id", String(36), nullable=False, index=True),
    Column("csrf", String(64), nullable=False),
    Column("created_ms", BigInteger, nullable=False),
    Column("last_seen_ms", BigInteger, nullable=False),
)

hub_staff_audit = Table(
    "hub_staff_audit", console_metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    Column("at", String(32), nullable=False),
    Column("at_ms", BigInteger, nullable=False),
    Column("username", String(64), nullable=False),
    Column("action", String(40), nullable=False),
    Column("target", String(200)),
    Column("detail", Text),
    Column("address", String(64)),
    Index("ix_hub_staff_audit_user_action", "username", "action", "at_ms"),
)
