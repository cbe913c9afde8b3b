"""Kiosk draft keys: what a staff member has typed but not yet saved is kept in the kiosk browser sealed with
AES-GCM (WebCrypto, kiosk/static/js/drafts.js) under a key only the box can give, so that the next person at a
shared kiosk PC reads nothing of it and one staff member cannot open another's.

Each staff member's key is HMAC-SHA256 of their staff id under the box's draft secret (32 random bytes in a
0600 file in the data dir, made on first use); it is handed out with a session (sign-in, PIN unlock, /me) and
the kiosk holds it in memory only. The same staff member gets the same key on every sign-in and PIN unlock, so
a draft survives a lock; losing the file only makes the drafts in browsers unreadable (they are then dropped).
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
from pathlib import Path

from ..const import DRAFT_SECRET_FILENAME, EXIT_KEY_MISSING
from ..errors import StartupError
from ..store.keys import KEY_BYTES, fsync_directory, generate_key, parse_key, read_private, write_private_temp

_INFO = b"clinic-edge/kiosk-draft-key/v1\x00"
_WHAT = "kiosk draft secret file"


def draft_secret(data_dir: Path) -> bytes:
    """The box's draft secret, made on first use. Two workers making it at once agree: the file is written
    aside, then linked into place only if none is there yet (the loser reads the winner's)."""
    path = Path(data_dir) / DRAFT_SECRET_FILENAME
    if not path.exists():
        _create(path)
    return parse_key(read_private(path, what=_WHAT), path, what=_WHAT)


def _create(path: Path) -> None:
    tmp = path.with_name(f"{path.name}.{secrets.token_hex(8)}.tmp")  # each maker its own
    write_private_temp(tmp, generate_key().hex().encode() + b"\n")
    try:
        os.link(tmp, path)  # fails if another process made it first: theirs stands
    except FileExistsError:
        pass
    except OSError as err:
        raise StartupError(f"{_WHAT} {path} cannot be made: {err.strerror}", EXIT_KEY_MISSING) from err
    finally:
        tmp.unlink(missing_ok=True)
    fsync_directory(path.parent)


def draft_key(secret: bytes, staff_id: str) -> str:
    """The staff member's draft key: 256 bits, base64url without padding (what WebCrypto imports as raw)."""
    if len(secret) != KEY_BYTES:
        raise ValueError("the draft secret is 32 bytes")
    mac = hmac.new(secret, _INFO + staff_id.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).rstrip(b"=").decode("ascii")
