"""The `clinic sync run` loop: sync, rest, and meet failures with backoff and a circuit breaker.

Inside a round the client's patience already rides out a slow or lossy link; the breaker counts only
rounds that failed outright (the link carried nothing for the patience's limit, or the hub refused),
so a slow link is never taken for a dead one.
"""
from __future__ import annotations

import random
from typing import Callable

from sync.sdnotify import Heartbeat

from .backoff import Backoff, CircuitBreaker
from .client import SyncClient, SyncStatus
from .errors import SyncError


def sync_forever(client: SyncClient, *, interval_s: float, backoff: Backoff, breaker: CircuitBreaker,
                 synced: Callable[[SyncStatus], None], failed: Callable[[SyncError], None],
                 sleep: Callable[[float], None] | None = None, rounds: int | None = None) -> None:
    """Run sync rounds forever (or `rounds` of them, for tests). Under systemd (clinic-sync.service,
    Type=notify): READY=1 before the first round, WATCHDOG=1 between rounds and through each rest, so
    the unit's WatchdogSec= must exceed one round's patience (the client's give-up time)."""
    heart = Heartbeat()
    if sleep is None:
        sleep = heart.sleep
    heart.ready("syncing")
    done = 0
    while rounds is None or done < rounds:
        done += 1
        heart.beat()
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
