"""The OAuth endpoints' forms and answers (RFC 6749 and 7636), for the API document.

The endpoints themselves are authlib's (form-encoded, their own error format); these models only
describe them, so a client can be generated for the sign-in too."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..common import Output

PKCE = r"^[A-Za-z0-9._~-]{43,128}$"  # RFC 7636 unreserved characters


class _Form(BaseModel):
    """A form: text fields only, each left out or given (no null in a form); never used to validate."""

    model_config = ConfigDict(extra="forbid")  # (authlib ignores what it does not know)


class AuthorizeForm(_Form):
    """The sign-in page's post: staff credentials plus the client's code request (with PKCE)."""

    username: str = Field(max_length=200)
    password: str = Field(max_length=200)
    response_type: Literal["code"]
    client_id: str = Field(max_length=200)
    redirect_uri: str = Field(max_length=2000, description="One of the client's registered redirect URIs")
    code_challenge: str = Field(min_length=43, max_length=128, pattern=PKCE, description="PKCE, required")
    code_challenge_method: Literal["S256"]
    state: str = Field(default=None, max_length=500)
    scope: str = Field(default=None, max_length=200)


class TokenForm(_Form):
    """authorization_code (+ code_verifier), refresh_token (rotated), or client_credentials."""

    grant_type: Literal["authorization_code", "refresh_token", "client_credentials"]
    code: str = Field(default=None, max_length=500)
    redirect_uri: str = Field(default=None, max_length=2000)
    code_verifier: str = Field(default=None, min_length=43, max_length=128, pattern=PKCE)
    refresh_token: str = Field(default=None, max_length=500)
    client_id: str = Field(default=None, max_length=200)
    client_secret: str = Field(default=None, max_length=500)
    scope: str = Field(default=None, max_length=200)


class TokenOut(Output):
    access_token: str = Field(description="A short-lived JWT; send as Authorization: Bearer <token>")
    token_type: Literal["Bearer", "bearer"]
    expires_in: int
    refresh_token: str | None = Field(default=None, description="Rotated on every use; a replay revokes the family")
    scope: str | None = None


class OAuthErrorOut(Output):
    """An RFC 6749 error"""

    error: str
    error_description: str | None = None
    state: str | None = None
