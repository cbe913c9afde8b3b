"""Tables owned by the OAuth module: clients, one-time codes, refresh-token families."""
from sqlalchemy import Column, Integer, String, Table, Text

from ..store.schema import metadata

oauth_clients = Table(
    "oauth_clients",
    metadata,
    Column("client_id", String(48), primary_key=True),
    Column("name", String(80), nullable=False),
    Column("secret_hash", String(200)),
    Column("redirect_uris", Text, nullable=False),
    Column("grant_types", Text, nullable=False),
    Column("role", String(20)),
    Column("created_at", String(32), nullable=False),
    Column("revoked_at", String(32)),
)

oauth_codes = Table(
    "oauth_codes",
    metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("client_id", String(48), nullable=False),
    Column("staff_id", String(36), nullable=False),
    Column("redirect_uri", String(300), nullable=False),
    Column("scope", String(200), nullable=False),
    Column("code_challenge", String(128), nullable=False),
    Column("code_challenge_method", String(10), nullable=False),
    Column("expires_at", Integer, nullable=False),
)

oauth_refresh_tokens = Table(
    "oauth_refresh_tokens",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("family_id", String(36), nullable=False, index=True),
    Column("client_id", String(48), nullable=False),
    Column("staff_id", String(36), nullable=False),
    Column("scope", String(200), nullable=False),
    Column("issued_at", Integer, nullable=False),
    Column("expires_at", Integer, nullable=False),
    Column("rotated_at", Integer),
    Column("revoked_at", Integer),
)
