"""The OAuth protocol endpoints (form-encoded, as RFC 6749 has them), public by nature."""
from __future__ import annotations

import json

from authlib.oauth2 import OAuth2Error
from flask import Blueprint, Response, current_app, request

from ..auth import services as auth_services
from ..errors import Unauthenticated
from ..api.routing import RouteSpec
from ..auth.rbac import PUBLIC
from .models import StaffUser
from .schemas import AuthorizeForm, OAuthErrorOut, TokenForm, TokenOut

oauth_blueprint = Blueprint("oauth", __name__, url_prefix="/oauth")
PUBLIC_ENDPOINTS = ("oauth.authorize", "oauth.token")

# For the API document only: these two are authlib's endpoints, not declared through appliance.api.
DOCUMENTED_ROUTES = [
    RouteSpec(rule="/oauth/authorize", method="post", permission=PUBLIC, tag="oauth", body=None, query=None,
              status=302, endpoint="oauth.authorize", form=AuthorizeForm,
              summary="Sign in and authorize a client (code + PKCE); redirects to the client with a code, or "
                      "with an error once the client and its redirect URI are known",
              responses={429: "Too many failed sign-ins for this account: it is locked for a while"},
              error_models={400: OAuthErrorOut}),
    RouteSpec(rule="/oauth/token", method="post", permission=PUBLIC, tag="oauth", body=None, query=None,
              status=200, endpoint="oauth.token", form=TokenForm, response=TokenOut,
              summary="Exchange a code (with its PKCE verifier), a refresh token or client credentials for tokens",
              error_models={400: OAuthErrorOut, 401: OAuthErrorOut}),
]


@oauth_blueprint.post("/authorize")
def authorize():
    """The sign-in page posts here: staff credentials plus the client's code request (with PKCE)."""
    box = current_app.extensions["clinic.box"]
    server = current_app.extensions["clinic.oauth"]
    username, password = request.form.get("username", ""), request.form.get("password", "")
    staff_id = auth_services.check_password(box.store, username, password,
                                            max_failures_per_hour=box.settings.auth.max_failed_signins_per_hour)
    if staff_id is None:
        raise Unauthenticated("wrong username or password")
    user = StaffUser(staff_id, "")
    try:
        server.get_consent_grant(end_user=user)
    except OAuth2Error as err:
        return server.handle_error_response(request, err)
    return server.create_authorization_response(grant_user=user)


@oauth_blueprint.post("/token")
def token():
    """Token endpoint: authorization_code (+code_verifier), refresh_token (rotated), client_credentials."""
    resp: Response = current_app.extensions["clinic.oauth"].create_token_response()
    if resp.status_code == 400 and request.form.get("grant_type") in ("refresh_token", "authorization_code"):
        body = json.loads(resp.get_data() or b"{}")
        if body.get("error") == "invalid_grant":  # expired, replayed or unknown credentials
            resp.status_code = 401
    resp.headers["Cache-Control"] = "no-store"
    return resp
