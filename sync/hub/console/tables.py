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

# Which clinics a doctor serves (created by h0010): their queue and charts are these clinics' only.
hub_doctor_clinics = Table(
    "hub_doctor_clinics", console_metadata,
    Column("staff_id", String(36), primary_key=True),
    Column("clinic_id", String(64), primary_key=True),
    Column("linked_at", String(32), nullable=False),
)

# Every read and write of a patient's record at the hub, hash-chained as the box's audit is: each
# row's hash covers its content and the previous row's hash, so an edited or removed row shows.
hub_patient_audit = Table(
    "hub_patient_audit", console_metadata,
    Column("seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=False),
    Column("at", String(32), nullable=False),
    Column("username", String(64), nullable=False),
    Column("action", String(40), nullable=False),
    Column("patient_id", String(36)),
    Column("clinic_id", String(64)),
    Column("detail", Text),
    Column("address", String(64)),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    Index("ix_hub_patient_audit_patient", "patient_id"),
)

# OAuth2 for hub staff (created by h0010): public clients (code + PKCE S256 only), one-use codes and
# short-lived opaque access tokens, both kept as SHA-256 hashes.
hub_oauth_clients = Table(
    "hub_oauth_clients", console_metadata,
    Column("client_id", String(64), primary_key=True),
    Column("name", String(120), nullable=False),
    Column("redirect_uris", Text, nullable=False),          # JSON list, matched exactly
    Column("created_at", String(32), nullable=False),
)

hub_oauth_codes = Table(
    "hub_oauth_codes", console_metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("client_id", String(64), nullable=False),
    Column("staff_id", String(36), nullable=False),
    Column("redirect_uri", Text, nullable=False),
    Column("scope", String(100), nullable=False),
    Column("code_challenge", String(128), nullable=False),
    Column("code_challenge_method", String(10), nullable=False),
    Column("expires_ms", BigInteger, nullable=False),
    Column("used_ms", BigInteger),
)

hub_oauth_tokens = Table(
    "hub_oauth_tokens", console_metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("client_id", String(64), nullable=False),
    Column("staff_id", String(36), nullable=False, index=True),
    Column("scope", String(100), nullable=False),
    Column("expires_ms", BigInteger, nullable=False),
)
