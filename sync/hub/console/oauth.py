"""OAuth2 for hub staff, with Authlib as on the box (appliance/oauth): the authorization code grant
with PKCE (S256 required, public clients only — a doctor's app or a tablet), the person approving
being signed in to the console (password + TOTP). Codes are single use (10 min); access tokens are
opaque, 15 minutes, kept hashed. No implicit, password or refresh grant. No Flask views here."""
from __future__ import annotations

import hashlib
import json
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from authlib.integrations.flask_oauth2 import AuthorizationServer
from authlib.oauth2.rfc6749 import grants
from flask import Flask
from sqlalchemy import Engine, select, update
from sqlalchemy.exc import IntegrityError

from ...clock import wall_ms
from ...errors import BadRequest
from ...pkce import StrictPKCE
from .accounts import Staff
from .tables import hub_oauth_clients, hub_oauth_codes, hub_oauth_tokens, hub_staff

SCOPE = "doctor"
CODE_MS = 10 * 60_000
ACCESS_TOKEN_S = 15 * 60
_CLIENT_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{2,63}$")


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def register_client(engine: Engine, client_id: str, name: str, redirect_uris: list[str]) -> dict[str, Any]:
    """A public client (no secret: PKCE protects its code) with its exact redirect URIs."""
    if not _CLIENT_ID.match(client_id or ""):
        raise BadRequest("client id: 3-64 of a-z, 0-9, '.', '_' or '-'")
    if not redirect_uris or any(not re.match(r"^(https://|http://127\.0\.0\.1[:/]|http://localhost[:/])\S+$", u)
                                or "#" in u for u in redirect_uris):
        raise BadRequest("redirect URIs must be https:// (or http:// on loopback), without a fragment")
    if not (name or "").strip() or len(name) > 120:
        raise BadRequest("name: 1 to 120 characters")
    try:
        with engine.begin() as conn:
            conn.execute(hub_oauth_clients.insert(), {
                "client_id": client_id, "name": name.strip(), "redirect_uris": json.dumps(redirect_uris),
                "created_at": datetime.now(timezone.utc).isoformat(timespec="milliseconds")})
    except IntegrityError as err:
        raise BadRequest(f"client {client_id} exists") from err
    return {"client_id": client_id, "redirect_uris": redirect_uris}


@dataclass
class StaffUser:
    id: str
    role: str

    def get_user_id(self) -> str:
        return self.id


class Client:
    def __init__(self, row: Any) -> None:
        self.client_id, self.name = row.client_id, row.name
        self.redirect_uris = json.loads(row.redirect_uris)

    def get_client_id(self) -> str:
        return self.client_id

    def get_default_redirect_uri(self) -> str | None:
        return self.redirect_uris[0] if self.redirect_uris else None

    def get_allowed_scope(self, scope: str | None) -> str:
        return SCOPE if scope in (None, "", SCOPE) else ""

    def check_redirect_uri(self, redirect_uri: str) -> bool:
        return redirect_uri in self.redirect_uris

    def check_client_secret(self, client_secret: str) -> bool:
        return False

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        return method == "none" if endpoint == "token" else True

    def check_response_type(self, response_type: str) -> bool:
        return response_type == "code"

    def check_grant_type(self, grant_type: str) -> bool:
        return grant_type == "authorization_code"


class AuthCode:
    def __init__(self, row: Any) -> None:
        self.row = row
        self.code_challenge, self.code_challenge_method = row.code_challenge, row.code_challenge_method

    def get_redirect_uri(self) -> str:
        return self.row.redirect_uri

    def get_scope(self) -> str:
        return self.row.scope

    def get_nonce(self) -> None:
        return None

    def get_auth_time(self) -> None:
        return None

    def is_expired(self) -> bool:
        return wall_ms() >= self.row.expires_ms


def build_server(app: Flask, engine: Engine) -> AuthorizationServer:
    def query_client(client_id: str) -> Client | None:
        with engine.connect() as conn:
            row = conn.execute(select(hub_oauth_clients).where(hub_oauth_clients.c.client_id == client_id)).first()
        return Client(row) if row else None

    def user_for(staff_id: str) -> StaffUser | None:
        with engine.connect() as conn:
            row = conn.execute(select(hub_staff.c.id, hub_staff.c.role, hub_staff.c.disabled_at)
                               .where(hub_staff.c.id == staff_id)).first()
        return StaffUser(row.id, row.role) if row and row.disabled_at is None else None

    class CodeGrant(grants.AuthorizationCodeGrant):
        TOKEN_ENDPOINT_AUTH_METHODS = ["none"]

        def save_authorization_code(self, code: str, request) -> None:
            data = request.payload.data
            with engine.begin() as conn:
                conn.execute(hub_oauth_codes.insert(), {
                    "code_hash": _hash(code), "client_id": request.client.client_id, "staff_id": request.user.id,
                    "redirect_uri": request.payload.redirect_uri or request.client.get_default_redirect_uri(),
                    "scope": request.payload.scope or SCOPE, "code_challenge": data["code_challenge"],
                    "code_challenge_method": data["code_challenge_method"], "expires_ms": wall_ms() + CODE_MS})

        def query_authorization_code(self, code: str, client):
            with engine.connect() as conn:
                row = conn.execute(select(hub_oauth_codes).where(
                    hub_oauth_codes.c.code_hash == _hash(code), hub_oauth_codes.c.client_id == client.client_id,
                    hub_oauth_codes.c.used_ms.is_(None))).first()
            found = AuthCode(row) if row else None
            return found if found and not found.is_expired() else None

        def delete_authorization_code(self, authorization_code) -> None:
            with engine.begin() as conn:     # spent, not deleted: a replayed code is refused, and seen
                conn.execute(update(hub_oauth_codes).where(
                    hub_oauth_codes.c.code_hash == authorization_code.row.code_hash).values(used_ms=wall_ms()))

        def authenticate_user(self, authorization_code):
            return user_for(authorization_code.row.staff_id)

    def save_token(token: dict[str, Any], request) -> None:
        with engine.begin() as conn:
            conn.execute(hub_oauth_tokens.insert(), {
                "token_hash": _hash(token["access_token"]), "client_id": request.client.client_id,
                "staff_id": request.user.id, "scope": token.get("scope") or SCOPE,
                "expires_ms": wall_ms() + int(token.get("expires_in", ACCESS_TOKEN_S)) * 1000})

    app.config.setdefault("OAUTH2_TOKEN_EXPIRES_IN", {"authorization_code": ACCESS_TOKEN_S})
    app.config.setdefault("OAUTH2_REFRESH_TOKEN_GENERATOR", False)
    server = AuthorizationServer(app, query_client=query_client, save_token=save_token)
    server.register_grant(CodeGrant, [StrictPKCE(required=True)])
    return server


def staff_for_token(engine: Engine, token: str | None) -> Staff | None:
    """The hub staff member behind a bearer access token (None: unknown, expired, or disabled)."""
    if not token:
        return None
    with engine.connect() as conn:
        row = conn.execute(select(hub_staff.c.id, hub_staff.c.username, hub_staff.c.full_name, hub_staff.c.role)
                           .join(hub_oauth_tokens, hub_oauth_tokens.c.staff_id == hub_staff.c.id).where(
            hub_oauth_tokens.c.token_hash == _hash(token), hub_oauth_tokens.c.expires_ms > wall_ms(),
            hub_staff.c.disabled_at.is_(None))).first()
    return Staff(row.id, row.username, row.full_name, row.role) if row else None


def pkce_pair() -> tuple[str, str]:
    """(verifier, S256 challenge): what a client makes for each authorization (tests and tools)."""
    import base64
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    return verifier, challenge
