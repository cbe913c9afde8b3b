"""PKCE as OAuth 2.1 has it, for both authorization servers (the box's and the hub console's): one class,
in the core both may import."""
from __future__ import annotations

from authlib.oauth2.rfc6749.errors import InvalidGrantError, InvalidRequestError
from authlib.oauth2.rfc7636 import CodeChallenge


class StrictPKCE(CodeChallenge):
    """PKCE as OAuth 2.1 has it: every authorization request carries an S256 challenge, and every
    code exchange its verifier (Authlib alone lets confidential clients skip both)."""

    SUPPORTED_CODE_CHALLENGE_METHOD = ["S256"]

    def validate_code_challenge(self, grant, redirect_uri):
        data = grant.request.payload.data
        if not data.get("code_challenge") or data.get("code_challenge_method") != "S256":
            raise InvalidRequestError("PKCE is required: send code_challenge with code_challenge_method=S256")
        return super().validate_code_challenge(grant, redirect_uri)

    def validate_code_verifier(self, grant, result):
        if not grant.request.form.get("code_verifier"):
            raise InvalidRequestError("Missing 'code_verifier'")
        try:
            return super().validate_code_verifier(grant, result)
        except InvalidGrantError:
            grant.delete_authorization_code(grant.request.authorization_code)  # no second guess
            raise
