"""A circuit breaker per SMS channel: after N consecutive failures the channel is open (nothing is
tried, so a dead modem costs no message an attempt); after `reset_after` seconds one probe is let
through (half-open) and its result closes or re-opens the circuit."""
from __future__ import annotations

import time
import weakref
from typing import Callable

CLOSED, OPEN, HALF_OPEN = "closed", "open", "half-open"
_LIVE: "weakref.WeakSet[CircuitBreaker]" = weakref.WeakSet()   # this process's breakers, for /metrics


class CircuitBreaker:
    def __init__(self, name: str, *, failures_to_open: int = 3, reset_after: float = 60.0,
                 clock: Callable[[], float] = time.time) -> None:
        self.name, self.failures_to_open, self.reset_after, self.clock = name, failures_to_open, reset_after, clock
        self.state, self.failures, self.opened_at = CLOSED, 0, 0.0
        self.opened_count = 0
        _LIVE.add(self)

    def allow(self) -> bool:
        """May the channel be tried now? In half-open, only the one probe is."""
        if self.state == OPEN and self.clock() >= self.opened_at + self.reset_after:
            self.state = HALF_OPEN
            return True
        return self.state == CLOSED

    def succeeded(self) -> None:
        self.state, self.failures = CLOSED, 0

    def probe_unused(self) -> None:
        """The half-open probe was let through but nothing was tried: open again, the probe still due."""
        if self.state == HALF_OPEN:
            self.state = OPEN

    def failed(self) -> None:
        self.failures += 1
        if self.state == HALF_OPEN or self.failures >= self.failures_to_open:
            if self.state != OPEN:
                self.opened_count += 1
            self.state, self.opened_at = OPEN, self.clock()


def breaker_states() -> dict[str, str]:
    """The state of every breaker alive in this process, by channel name."""
    return {b.name: b.state for b in list(_LIVE)}
