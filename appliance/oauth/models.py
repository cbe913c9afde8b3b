"""The objects Authlib asks for, built from rows: client, authorization code, refresh credential, user."""
from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_HASHER = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)


@dataclass
class StaffUser:
    staff_id: str
    role: str

    def get_user_id(self) -> str:
        return self.staff_id


class Client:
    def __init__(self, row: dict[str, Any]) -> None:
        self.row = row
        self.client_id = row["client_id"]
        self.redirect_uris = json.loads(row["redirect_uris"])
        self.grant_types = json.loads(row["grant_types"])
        self.role = row["role"]

    @property
    def public(self) -> bool:
        return self.row["secret_hash"] is None

    def get_client_id(self) -> str:
        return self.client_id

    def get_default_redirect_uri(self) -> str | None:
        return self.redirect_uris[0] if self.redirect_uris else None

    def get_allowed_scope(self, scope: str | None) -> str:
        return "clinic" if scope in (None, "", "clinic") else ""

    def check_redirect_uri(self, redirect_uri: str) -> bool:
        return redirect_uri in self.redirect_uris

    def check_client_secret(self, client_secret: str) -> bool:
        if self.public:
            return False
        try:
            return bool(_HASHER.verify(self.row["secret_hash"], client_secret))
        except (VerificationError, InvalidHashError):
            return False

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        if endpoint == "token":
            return method == "none" if self.public else method in ("client_secret_basic", "client_secret_post")
        return True

    def check_response_type(self, response_type: str) -> bool:
        return response_type == "code" and "authorization_code" in self.grant_types

    def check_grant_type(self, grant_type: str) -> bool:
        return grant_type in self.grant_types


class AuthCode:
    def __init__(self, row: dict[str, Any]) -> None:
        self.row = row
        self.code_challenge = row["code_challenge"]
        self.code_challenge_method = row["code_challenge_method"]

    def get_redirect_uri(self) -> str:
        return self.row["redirect_uri"]

    def get_scope(self) -> str:
        return self.row["scope"]

    def get_nonce(self) -> None:
        return None

    def get_auth_time(self) -> None:
        return None

    def is_expired(self) -> bool:
        return time.time() >= self.row["expires_at"]


class RefreshCredential:
    def __init__(self, row: dict[str, Any]) -> None:
        self.row = row
        self.family_id = row["family_id"]

    def check_client(self, client: Client) -> bool:
        return client.client_id == self.row["client_id"]

    def get_scope(self) -> str:
        return self.row["scope"]

    def get_expires_in(self) -> int:
        return max(0, self.row["expires_at"] - int(time.time()))

    def is_expired(self) -> bool:
        return time.time() >= self.row["expires_at"]

    def is_revoked(self) -> bool:
        return self.row["revoked_at"] is not None or self.row["rotated_at"] is not None


def hash_secret(secret: str) -> str:
    return _HASHER.hash(secret)
