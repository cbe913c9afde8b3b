"""Per-client-address rate limit of the public symptom checker (POST /check-symptoms).

A token bucket per address: ``per_minute`` requests a minute, refilled continuously, a burst of the same size.
Buckets live in the worker process (each worker counts its own requests: with N workers a client gets at
most N times the rate) and the least recently seen addresses are forgotten beyond ``MAX_CLIENTS``, so the
table's memory is bounded whatever addresses come.
"""
from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Final

MAX_CLIENTS: Final = 4096


class RateLimiter:
    """Token buckets by client address."""

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = per_minute / 60.0
        self.capacity = float(per_minute)
        self.clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # address -> (tokens, at)
        self._lock = threading.Lock()

    def acquire(self, address: str) -> float:
        """Take one request for ``address``: 0 if allowed, else the seconds until the next is allowed."""
        now = self.clock()
        with self._lock:
            tokens, at = self._buckets.pop(address, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - at) * self.rate)
            wait = 0.0
            if tokens >= 1:
                tokens -= 1
            else:
                wait = (1 - tokens) / self.rate
            self._buckets[address] = (tokens, now)
            while len(self._buckets) > MAX_CLIENTS:
                self._buckets.popitem(last=False)
            return wait


def retry_after(wait: float) -> int:
    """Whole seconds for a Retry-After header (at least 1)."""
    return max(1, math.ceil(wait))
