"""UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits; sortable by creation time."""
from __future__ import annotations

import secrets
import uuid
from contextlib import contextmanager
from typing import Callable, Iterator

_randbits: Callable[[int], int] = secrets.randbits


def uuid7(unix_ms: int) -> str:
    rand_a = _randbits(12)
    rand_b = _randbits(62)
    value = (unix_ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    return str(uuid.UUID(int=value))


@contextmanager
def seeded(randbits: Callable[[int], int]) -> Iterator[None]:
    """Draw the random bits from `randbits` (a seeded simulation replays its ids exactly)."""
    global _randbits
    saved, _randbits = _randbits, randbits
    try:
        yield
    finally:
        _randbits = saved
