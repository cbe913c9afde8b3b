"""The Authlib authorization server wired to the box's store: only the code (+PKCE), refresh and
client-credentials grants exist; implicit and password grants are never registered."""
from __future__ import annotations

from typing import Any

from authlib.integrations.flask_oauth2 import AuthorizationServer
from authlib.oauth2.rfc6749 import grants
from authlib.oauth2.rfc9068 import JWTBearerTokenGenerator
from authlib.common.security import generate_token
from flask import Flask

from sync.pkce import StrictPKCE

from ..staff.services import staff_brief
from . import services
from .const import ACCESS_TOKEN_SECONDS, SIGNING_ALG
from .keys import load_keys
from .models import StaffUser


def audience(device_id: str) -> str:
    return f"clinic-box:{device_id}"


def issuer(device_id: str) -> str:
    return f"clinic-box:{device_id}/oauth"


def build_server(app: Flask, box) -> AuthorizationServer:
    store = box.store
    data_dir = box.settings.box.data_dir

    def user_for(staff_id: str) -> StaffUser | None:
        with store.read() as conn:
            staff = staff_brief(conn, staff_id)
        return StaffUser(staff_id, staff["role"]) if staff and staff["active"] else None

    class TokenGenerator(JWTBearerTokenGenerator):
        def get_jwks(self):
            current = load_keys(data_dir)[0]
            return {"keys": [{"kty": "oct", "k": current["k"], "kid": current["kid"], "alg": SIGNING_ALG}]}

        def get_audiences(self, client, user, scope):
            return audience(box.origin)

        def get_extra_claims(self, client, grant_type, user, scope):
            if user is not None:
                return {"kind": "staff", "role": user.role}
            return {"kind": "client", "role": client.role, "name": client.row["name"]}

    class CodeGrant(grants.AuthorizationCodeGrant):
        TOKEN_ENDPOINT_AUTH_METHODS = ["none", "client_secret_basic", "client_secret_post"]

        def save_authorization_code(self, code: str, request) -> None:
            data = request.payload.data
            with store.write() as conn:
                services.save_code(conn, code, client_id=request.client.client_id, staff_id=request.user.staff_id,
                                   redirect_uri=request.payload.redirect_uri, scope=request.payload.scope or "clinic",
                                   challenge=data["code_challenge"], method=data["code_challenge_method"])

        def query_authorization_code(self, code: str, client):
            with store.read() as conn:
                found = services.find_code(conn, code, client.client_id)
            return found if found and not found.is_expired() else None

        def delete_authorization_code(self, authorization_code) -> None:
            with store.write() as conn:
                services.use_code(conn, authorization_code)

        def authenticate_user(self, authorization_code):
            return user_for(authorization_code.row["staff_id"])

    class RefreshGrant(grants.RefreshTokenGrant):
        TOKEN_ENDPOINT_AUTH_METHODS = ["none", "client_secret_basic", "client_secret_post"]
        INCLUDE_NEW_REFRESH_TOKEN = True

        def authenticate_refresh_token(self, refresh_token: str):
            with store.write() as conn:  # a replayed token revokes its family: that must commit
                return services.find_refresh_token(conn, refresh_token)

        def authenticate_user(self, credential):
            return user_for(credential.row["staff_id"])

        def revoke_old_credential(self, credential) -> None:
            with store.write() as conn:
                services.rotate(conn, credential)

    class ServiceGrant(grants.ClientCredentialsGrant):
        TOKEN_ENDPOINT_AUTH_METHODS = ["client_secret_basic", "client_secret_post"]

    def query_client(client_id: str):
        with store.read() as conn:
            return services.find_client(conn, client_id)

    def save_token(token: dict[str, Any], request) -> None:
        if "refresh_token" not in token or request.user is None:
            return
        previous = getattr(request, "refresh_token", None)
        family = getattr(previous, "family_id", None)
        with store.write() as conn:
            services.save_refresh_token(conn, token["refresh_token"], family_id=family,
                                        client_id=request.client.client_id, staff_id=request.user.staff_id,
                                        scope=token.get("scope", ""))

    server = AuthorizationServer(app, query_client=query_client, save_token=save_token)
    generator = TokenGenerator(issuer(box.origin), alg=SIGNING_ALG,
                               refresh_token_generator=lambda *a, **k: generate_token(48),
                               expires_generator=lambda client, grant_type: ACCESS_TOKEN_SECONDS)
    server.register_token_generator("default", generator)
    server.register_grant(CodeGrant, [StrictPKCE(required=True)])
    server.register_grant(RefreshGrant)
    server.register_grant(ServiceGrant)
    return server
