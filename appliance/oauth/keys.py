"""Token-signing keys: a current key and the previous ones kept for a grace period, so rotating
the key never cuts off a signed-in user (access tokens live 15 minutes)."""
from __future__ import annotations

import base64
import json
import secrets
import time
from pathlib import Path

from joserfc.jwk import KeySet, OctKey

from ..store.keys import write_private_file
from .const import ACCESS_TOKEN_SECONDS, KEYS_FILENAME


def _path(data_dir: Path) -> Path:
    return data_dir / KEYS_FILENAME


def _new_key() -> dict:
    return {"kid": secrets.token_hex(8), "k": base64.urlsafe_b64encode(secrets.token_bytes(32)).decode().rstrip("="),
            "created": int(time.time())}


def load_keys(data_dir: Path) -> list[dict]:
    path = _path(data_dir)
    if not path.exists():
        write_private_file(path, json.dumps({"keys": [_new_key()]}).encode())
    return json.loads(path.read_text())["keys"]


def rotate_keys(data_dir: Path, grace_s: int = 2 * ACCESS_TOKEN_SECONDS) -> str:
    """New current key; keys retired more than `grace_s` ago are dropped. Returns the new key id."""
    keys = load_keys(data_dir)
    now = int(time.time())
    kept = [k for k in keys if now - k.get("retired", now) <= grace_s]
    for k in kept:
        k.setdefault("retired", now)
    new = _new_key()
    write_private_file(_path(data_dir), json.dumps({"keys": [new, *kept]}).encode())
    return new["kid"]


def key_set(keys: list[dict]) -> KeySet:
    return KeySet([OctKey.import_key({"kty": "oct", "k": k["k"], "kid": k["kid"]}) for k in keys])
