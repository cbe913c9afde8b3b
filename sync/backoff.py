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


# Pushes: the first of START_BATCH events (a c2 batch of 1,000 events of a clinic day is ~7 KB, about a
# second at 64 kbit/s), growing to MAX_BATCH, what the hub takes in one push.
START_BATCH, MAX_BATCH, BATCH_TARGET_S = 1000, 2000, 12.0


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


@dataclass
class Patience:
    """How `sync now` and `sync run` meet a failing link: try again at once after a first failure (a
    connection the hub dropped, one lost answer), then after short jittered waits, for as long as the
    link still carries an exchange now and then. Only a link that carried nothing for `give_up_s`
    ends the run: slow is not dead."""

    give_up_s: float = 1800.0
    backoff: Backoff = field(default_factory=lambda: Backoff(base_s=0.5, cap_s=15.0))
    clock: callable = time.monotonic
    failures: int = 0
    last_good: float | None = None

    def begin(self) -> None:
        self.failures, self.last_good = 0, self.clock()
        self.backoff.reset()

    def carried(self) -> None:
        """An exchange went through."""
        self.begin()

    def dead_for(self) -> float:
        return self.clock() - (self.last_good if self.last_good is not None else self.clock())

    def next_wait(self) -> float | None:
        """Seconds to wait before the next try after a failure; None once the link is dead too long."""
        self.failures += 1
        if self.last_good is None:
            self.last_good = self.clock()
        if self.dead_for() >= self.give_up_s:
            return None
        wait = 0.0 if self.failures == 1 else self.backoff.next_delay()
        return min(wait, max(0.0, self.give_up_s - self.dead_for()))
