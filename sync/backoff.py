"""Retry pacing: exponential backoff with full jitter, a circuit breaker, and adaptive batch size."""
from __future__ import annotations

import random
import time
from dataclasses import dataclass, field


@dataclass
class Backoff:
    """Full jitter (AWS style): sleep uniform(0, min(cap, base * 2**n)), so 1,000 boxes spread out."""

    base_s: float = 1.0
    cap_s: float = 300.0
    rng: random.Random = field(default_factory=random.Random)
    failures: int = 0

    def next_delay(self) -> float:
        self.failures += 1
        return self.rng.uniform(0, min(self.cap_s, self.base_s * 2 ** min(self.failures, 30)))

    def reset(self) -> None:
        self.failures = 0

    def first_contact_delay(self, spread_s: float = 60.0) -> float:
        """A box starting (or a link coming back) waits a random slice first: no stampede."""
        return self.rng.uniform(0, spread_s)


@dataclass
class CircuitBreaker:
    """Open after `threshold` failures in a row; one trial after `cool_s`; closed on success."""

    threshold: int = 5
    cool_s: float = 120.0
    clock: callable = time.monotonic
    failures: int = 0
    opened_at: float | None = None

    @property
    def state(self) -> str:
        if self.opened_at is None:
            return "closed"
        return "half-open" if self.clock() - self.opened_at >= self.cool_s else "open"

    def allow(self) -> bool:
        return self.state != "open"

    def success(self) -> None:
        self.failures, self.opened_at = 0, None

    def failure(self) -> None:
        self.failures += 1
        if self.failures >= self.threshold or self.state == "half-open":
            self.opened_at = self.clock()


@dataclass
class BatchSizer:
    """AIMD on the link: grow while round trips stay fast, halve on a failure or a slow one."""

    size: int = 50
    low: int = 5
    high: int = 1000
    target_s: float = 5.0

    def succeeded(self, seconds: float) -> None:
        self.size = min(self.high, self.size * 2) if seconds < self.target_s / 2 else \
            max(self.low, self.size // 2) if seconds > self.target_s else self.size

    def failed(self) -> None:
        self.size = max(self.low, self.size // 2)
