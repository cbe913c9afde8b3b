"""OAuth storage: clients, codes, refresh-token families (rotation and reuse detection)."""
from __future__ import annotations

import hashlib
import json
import secrets
import time
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from ..auth.rbac import ROLES
from ..common import new_id, utc_now
from ..errors import Conflict, InvalidInput
from .const import AUTH_CODE_SECONDS, REFRESH_TOKEN_SECONDS
from .models import AuthCode, Client, RefreshCredential, hash_secret
from .tables import oauth_clients, oauth_codes, oauth_refresh_tokens


def digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def register_client(conn: Connection, name: str, *, redirect_uris: list[str] = (), role: str | None = None,
                    confidential: bool = False) -> dict[str, Any]:
    """A browser client (public, PKCE, redirect URIs) or a device/service client (secret + role)."""
    if confidential and role not in ROLES:
        raise InvalidInput(f"a service client needs a role, one of {', '.join(ROLES)}")
    if not confidential and not redirect_uris:
        raise InvalidInput("a browser client needs at least one redirect URI")
    if conn.execute(select(oauth_clients.c.client_id).where(oauth_clients.c.name == name)).first():
        raise Conflict(f"client {name} exists")
    secret = secrets.token_urlsafe(32) if confidential else None
    row = {"client_id": secrets.token_urlsafe(16), "name": name,
           "secret_hash": hash_secret(secret) if secret else None,
           "redirect_uris": json.dumps(list(redirect_uris)),
           "grant_types": json.dumps(["client_credentials"] if confidential
                                     else ["authorization_code", "refresh_token"]),
           "role": role if confidential else None, "created_at": utc_now()}
    conn.execute(insert(oauth_clients), row)
    return {"client_id": row["client_id"], "client_secret": secret, "name": name}


def find_client(conn: Connection, client_id: str) -> Client | None:
    row = conn.execute(select(oauth_clients).where(oauth_clients.c.client_id == client_id,
                                                   oauth_clients.c.revoked_at.is_(None))).first()
    return Client(dict(row._mapping)) if row else None


def save_code(conn: Connection, code: str, *, client_id: str, staff_id: str, redirect_uri: str, scope: str,
              challenge: str, method: str) -> None:
    conn.execute(insert(oauth_codes), {"code_hash": digest(code), "client_id": client_id, "staff_id": staff_id,
                                       "redirect_uri": redirect_uri, "scope": scope, "code_challenge": challenge,
                                       "code_challenge_method": method,
                                       "expires_at": int(time.time()) + AUTH_CODE_SECONDS})


def find_code(conn: Connection, code: str, client_id: str) -> AuthCode | None:
    row = conn.execute(select(oauth_codes).where(oauth_codes.c.code_hash == digest(code),
                                                 oauth_codes.c.client_id == client_id)).first()
    return AuthCode(dict(row._mapping)) if row else None


def use_code(conn: Connection, code: AuthCode) -> None:
    conn.execute(delete(oauth_codes).where(oauth_codes.c.code_hash == code.row["code_hash"]))


def save_refresh_token(conn: Connection, token: str, *, family_id: str | None, client_id: str, staff_id: str,
                       scope: str) -> None:
    now = int(time.time())
    conn.execute(insert(oauth_refresh_tokens), {
        "token_hash": digest(token), "family_id": family_id or new_id(), "client_id": client_id,
        "staff_id": staff_id, "scope": scope or "", "issued_at": now, "expires_at": now + REFRESH_TOKEN_SECONDS})


def find_refresh_token(conn: Connection, token: str) -> RefreshCredential | None:
    """A usable refresh token; presenting one that was already rotated revokes its whole family."""
    row = conn.execute(select(oauth_refresh_tokens).where(oauth_refresh_tokens.c.token_hash == digest(token))).first()
    if row is None:
        return None
    cred = RefreshCredential(dict(row._mapping))
    if row.rotated_at is not None and row.revoked_at is None:
        revoke_family(conn, cred.family_id)
        return None
    if row.revoked_at is not None or cred.is_expired():
        return None
    return cred


def rotate(conn: Connection, cred: RefreshCredential) -> None:
    conn.execute(update(oauth_refresh_tokens).where(oauth_refresh_tokens.c.token_hash == cred.row["token_hash"])
                 .values(rotated_at=int(time.time())))


def revoke_staff_tokens(conn: Connection, staff_id: str) -> None:
    """Refresh tokens of a deactivated staff member stop working (access tokens are refused while
    the account is inactive, and expire within minutes)."""
    conn.execute(update(oauth_refresh_tokens).where(oauth_refresh_tokens.c.staff_id == staff_id,
                                                    oauth_refresh_tokens.c.revoked_at.is_(None))
                 .values(revoked_at=int(time.time())))


def revoke_family(conn: Connection, family_id: str) -> None:
    conn.execute(update(oauth_refresh_tokens).where(oauth_refresh_tokens.c.family_id == family_id,
                                                    oauth_refresh_tokens.c.revoked_at.is_(None))
                 .values(revoked_at=int(time.time())))
