"""Failed enrolments per client address: a token bucket each failure drains (issue 15, item 14).

An enrolment token has 192 bits, so guessing is hopeless, but nothing stopped ~1,200 guesses a second.
A box enrols once; ``per_minute`` failures a minute (refilled continuously) is plenty for a mistyped
token, and an address past it gets 429 until it has waited. Buckets live in the worker process (with
N workers an address gets at most N times the rate) and the table is bounded by ``MAX_CLIENTS``.
"""
from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable

MAX_CLIENTS = 4096
ENROL_FAILURES_PER_MINUTE = 10


class FailureLimiter:
    def __init__(self, per_minute: int = ENROL_FAILURES_PER_MINUTE,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = per_minute / 60.0
        self.capacity = float(per_minute)
        self.clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # address -> (tokens, at)
        self._lock = threading.Lock()

    def _tokens(self, address: str, now: float) -> float:
        tokens, at = self._buckets.pop(address, (self.capacity, now))
        return min(self.capacity, tokens + (now - at) * self.rate)

    def wait(self, address: str) -> int:
        """0 if `address` may try, else the whole seconds until it may (for Retry-After)."""
        now = self.clock()
        with self._lock:
            tokens = self._tokens(address, now)
            self._buckets[address] = (tokens, now)
            return 0 if tokens >= 1 else max(1, math.ceil((1 - tokens) / self.rate))

    def failed(self, address: str) -> None:
        now = self.clock()
        with self._lock:
            self._buckets[address] = (max(0.0, self._tokens(address, now) - 1), now)
            while len(self._buckets) > MAX_CLIENTS:
                self._buckets.popitem(last=False)
