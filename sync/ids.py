"""UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then 74 more bits.

`uuid7` fills them at random (the hub's ids). `counted_uuid7` is RFC 9562's fixed-length dedicated
counter (§6.2, method 1), for the ids a box mints: 42 random bits drawn once per process (again
after a fork, or when the counter wraps) and a 32-bit counter from a random start. Consecutive ids
of one process then differ by a small number after their milliseconds, which a batch of events
carries as deltas (sync/batch_codec.py): ~1 byte per id on the wire instead of ~10. Two processes
collide only with the same 42 bits, the same millisecond and the same counter value.
"""
from __future__ import annotations

import os
import secrets
import threading
import uuid
from contextlib import contextmanager
from typing import Callable, Iterator

_randbits: Callable[[int], int] = secrets.randbits
_NODE_BITS, _COUNTER_BITS = 42, 32
_lock = threading.Lock()
_counter: list[int] = []          # [node, next counter value]; empty: draw at the next id


def _compose(unix_ms: int, rand74: int) -> str:
    value = (unix_ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76 | (rand74 >> 62) << 64 | 0b10 << 62 | (rand74 & ((1 << 62) - 1))
    return str(uuid.UUID(int=value))


def uuid7(unix_ms: int) -> str:
    return _compose(unix_ms, _randbits(12) << 62 | _randbits(62))


def counted_uuid7(unix_ms: int) -> str:
    with _lock:
        if not _counter or _counter[1] >= 1 << _COUNTER_BITS:
            _counter[:] = [_randbits(_NODE_BITS), _randbits(_COUNTER_BITS - 1)]
        node, count = _counter
        _counter[1] = count + 1
    return _compose(unix_ms, node << _COUNTER_BITS | count)


def _forget_counter() -> None:
    _counter.clear()


os.register_at_fork(after_in_child=_forget_counter)    # a forked child must not reuse its parent's node


@contextmanager
def seeded(randbits: Callable[[int], int]) -> Iterator[None]:
    """Draw the random bits from `randbits` (a seeded simulation replays its ids exactly)."""
    global _randbits
    saved, saved_counter, _randbits = _randbits, list(_counter), randbits
    _counter.clear()
    try:
        yield
    finally:
        _randbits = saved
        _counter[:] = saved_counter
