"""UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits; sortable by creation time."""
from __future__ import annotations

import secrets
import uuid


def uuid7(unix_ms: int) -> str:
    rand_a = secrets.randbits(12)
    rand_b = secrets.randbits(62)
    value = (unix_ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    return str(uuid.UUID(int=value))
