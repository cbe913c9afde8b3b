"""Checking an access token: signature (current or grace-period key), issuer, audience, expiry."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from joserfc import jwt
from joserfc.errors import JoseError

from ..errors import Unauthenticated
from .const import SIGNING_ALG
from .keys import key_set, load_keys
from .server import audience, issuer


def looks_like_jwt(token: str) -> bool:
    return token.count(".") == 2


def verify_access_token(token: str, data_dir: Path, device_id: str) -> dict[str, Any]:
    registry = jwt.JWTClaimsRegistry(iss={"essential": True, "value": issuer(device_id)},
                                     aud={"essential": True, "value": audience(device_id)},
                                     exp={"essential": True}, sub={"essential": True})
    try:
        decoded = jwt.decode(token, key_set(load_keys(data_dir)), algorithms=[SIGNING_ALG])
        registry.validate(decoded.claims)
    except (JoseError, ValueError) as err:
        raise Unauthenticated(f"access token refused: {err.__class__.__name__}") from err
    return dict(decoded.claims)
