"""TURN REST ephemeral credentials (draft-uberti-behave-turn-rest, coturn's use-auth-secret):
username "<expiry unix time>:<user>", password base64(HMAC-SHA1(secret, username))."""
from __future__ import annotations

import base64
import hashlib
import hmac
import re
import time
from dataclasses import dataclass

_USER = re.compile(r"^[A-Za-z0-9_.@-]{1,64}$")


@dataclass(frozen=True)
class TurnCredential:
    username: str
    credential: str
    ttl: int
    uris: list[str]

    def as_dict(self) -> dict:
        return {"username": self.username, "credential": self.credential, "ttl": self.ttl, "uris": self.uris}


def rest_password(secret: str, username: str) -> str:
    return base64.b64encode(hmac.new(secret.encode(), username.encode(), hashlib.sha1).digest()).decode()


def issue_credential(secret: str, user: str, ttl: int, uris: list[str], now: int | None = None) -> TurnCredential:
    """A credential valid for `ttl` seconds. `user` names who asked (an opaque id, never a person's name:
    coturn logs it)."""
    if not _USER.match(user):
        raise ValueError("user must be 1-64 characters of letters, digits, '_', '.', '@' or '-'")
    now = int(time.time()) if now is None else now
    username = f"{now + ttl}:{user}"
    return TurnCredential(username, rest_password(secret, username), ttl, list(uris))
