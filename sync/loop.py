"""The `clinic sync run` loop: sync, rest, and meet failures with backoff and a circuit breaker.

Inside a round the client's patience already rides out a slow or lossy link; the breaker counts only
rounds that failed outright (the link carried nothing for the patience's limit, or the hub refused),
so a slow link is never taken for a dead one.
"""
from __future__ import annotations

import random
import time
from typing import Callable

from .backoff import Backoff, CircuitBreaker
from .client import SyncClient, SyncStatus
from .errors import SyncError


def sync_forever(client: SyncClient, *, interval_s: float, backoff: Backoff, breaker: CircuitBreaker,
                 synced: Callable[[SyncStatus], None], failed: Callable[[SyncError], None],
                 sleep: Callable[[float], None] = time.sleep, rounds: int | None = None) -> None:
    """Run sync rounds forever (or `rounds` of them, for tests)."""
    done = 0
    while rounds is None or done < rounds:
        done += 1
        if breaker.allow():
            try:
                st = client.sync_now()
            except SyncError as err:
                breaker.failure()
                failed(err)
            else:
                breaker.success()
                backoff.reset()
                synced(st)
                sleep(interval_s * random.uniform(0.8, 1.2))
                continue
        sleep(backoff.next_delay())
