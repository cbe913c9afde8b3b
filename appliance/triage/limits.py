"""Per-client-address rate limit of the public symptom checker (POST /check-symptoms).

A token bucket per address: ``per_minute`` requests a minute, refilled continuously, a burst of the same size.
The buckets live in shared memory made before the server forks its workers, so the limit holds for the box,
not per worker (each worker counting its own let a client through N times the rate with N workers). The
table is fixed: ``MAX_CLIENTS`` slots, an address keyed by a keyed hash (never stored itself), a few slots
probed per address; when all of them are taken the least recently seen is forgotten, so memory is bounded
whatever addresses come. CLOCK_MONOTONIC is one clock for all the processes of the box.
"""
from __future__ import annotations

import fcntl
import hashlib
import math
import multiprocessing
import os
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Final

MAX_CLIENTS: Final = 4096
PROBES: Final = 8  # slots tried per address before the oldest of them is reused


class RateLimiter:
    """Token buckets by client address, shared by the processes forked after it is made."""

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic,
                 slots: int = MAX_CLIENTS) -> None:
        self.rate = per_minute / 60.0
        self.capacity = float(per_minute)
        self.clock = clock
        ctx = multiprocessing.get_context("fork")
        self._keys = ctx.RawArray("Q", slots)  # 0: a free slot
        self._tokens = ctx.RawArray("d", slots)
        self._at = ctx.RawArray("d", slots)
        # A POSIX record lock on a file made now: the kernel releases it when its holder dies, where a
        # semaphore held by a killed worker would stall every request thread of the box on it for good.
        # It excludes other processes only; the thread lock, this process's other threads.
        self._lock_file = tempfile.TemporaryFile(prefix="clinic-rate-")
        self._thread_lock = threading.Lock()
        self._salt = os.urandom(16)  # made before the fork: every worker hashes alike

    def _key(self, address: str) -> int:
        digest = hashlib.blake2b(address.encode("utf-8", "surrogatepass"), digest_size=8, key=self._salt).digest()
        return int.from_bytes(digest, "big") or 1

    def _slot(self, key: int, now: float) -> int:
        """The address's slot: its own, else a free one, else the least recently seen of its probes."""
        n = len(self._keys)
        free = oldest = None
        for i in range(PROBES):
            slot = (key + i) % n
            owner = self._keys[slot]
            if owner == key:
                return slot
            if owner == 0:
                free = slot if free is None else free
            elif oldest is None or self._at[slot] < self._at[oldest]:
                oldest = slot
        slot = free if free is not None else oldest
        self._keys[slot], self._tokens[slot], self._at[slot] = key, self.capacity, now
        return slot

    def acquire(self, address: str) -> float:
        """Take one request for ``address``: 0 if allowed, else the seconds until the next is allowed."""
        key = self._key(address)
        with self._locked():
            now = self.clock()
            slot = self._slot(key, now)
            tokens = min(self.capacity, self._tokens[slot] + max(0.0, now - self._at[slot]) * self.rate)
            wait = 0.0
            if tokens >= 1:
                tokens -= 1
            else:
                wait = (1 - tokens) / self.rate
            self._tokens[slot], self._at[slot] = tokens, now
            return wait

    @contextmanager
    def _locked(self) -> Iterator[None]:
        with self._thread_lock:
            fcntl.lockf(self._lock_file, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.lockf(self._lock_file, fcntl.LOCK_UN)

    def tracked(self) -> int:
        """How many addresses the table holds now."""
        return sum(1 for key in self._keys if key)


def retry_after(wait: float) -> int:
    """Whole seconds for a Retry-After header (at least 1)."""
    return max(1, math.ceil(wait))
