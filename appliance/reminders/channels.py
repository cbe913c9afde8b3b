"""SMS channels and routing: every due message goes by the cheapest channel that is up.

A channel is "up" when its circuit breaker lets it be tried (closed, or the one half-open probe) and
the channel itself says it can send now (the modem: SIM in and registered on a network; the hub: the
link answers and the hub has a gateway). A message already in a channel's hands (stored in the modem,
handed to the hub) stays with that channel: only that channel knows whether it went.
"""
from __future__ import annotations

import time
from collections import Counter
from typing import Any, Callable, Protocol, runtime_checkable

from sqlalchemy import select

from .breaker import CLOSED, CircuitBreaker
from .const import CHANNEL_MODEM, MODEM_COST_PER_SMS, QUEUED, STORED
from .errors import ChannelError
from .gsm import GsmModem
from .outbox import ModemSender
from .quiet import quiet_until
from .tables import sms_outbox

SUCCESS = frozenset({"sent", "handed"})        # the channel took the message: its breaker closes
FAILURE = frozenset({"retrying", "dead"})      # it did not: one failure more on its breaker


@runtime_checkable
class Channel(Protocol):
    """One way out for an SMS. `send` takes one due row as far as the channel will and says what became
    of it: "sent", "handed" (taken; the channel reports later), "retrying", "dead" or "skipped"."""

    name: str
    breaker: CircuitBreaker

    def cost_per_sms(self) -> float: ...
    def ready(self) -> bool: ...
    def owns(self, row: dict[str, Any]) -> bool: ...
    def send(self, row: dict[str, Any]) -> str: ...
    def follow_up(self) -> int: ...
    def close(self) -> None: ...


class ModemChannel:
    """The clinic's GSM modem (it works with no internet): the outbox's modem sender behind `Channel`,
    reopening the serial port when the modem went away."""

    name = CHANNEL_MODEM

    def __init__(self, store, open_modem: Callable[[], GsmModem], *, clock: Callable[[], float] = time.time,
                 max_attempts: int, cost: float = MODEM_COST_PER_SMS, rng=None) -> None:
        self.store, self.open_modem, self.clock, self.max_attempts, self.cost, self.rng = (
            store, open_modem, clock, max_attempts, cost, rng)
        self.breaker = CircuitBreaker(CHANNEL_MODEM, clock=clock)
        self.sender: ModemSender | None = None

    @classmethod
    def on_port(cls, store, port: str, *, timeout: float | None = None, **kw: Any) -> "ModemChannel":
        def open_modem() -> GsmModem:
            modem = GsmModem(port, **({"timeout": timeout} if timeout else {}))
            try:
                modem.setup()
            except ChannelError:
                modem.close()
                raise
            return modem
        return cls(store, open_modem, **kw)

    def cost_per_sms(self) -> float:
        return self.cost

    def _drop(self) -> None:
        if self.sender is not None:
            self.sender.modem.close()       # reopened next time: the USB modem may have come back
            self.sender = None

    def ready(self) -> bool:
        try:
            if self.sender is None:
                self.sender = ModemSender(self.store, self.open_modem(), clock=self.clock, breaker=self.breaker,
                                          max_attempts=self.max_attempts, rng=self.rng)
            if not self.sender.recovered:
                self.sender.recover()
            self.sender.modem.check_ready()
            return True
        except ChannelError:
            if self.sender is not None and not self.sender.recovered:
                self._drop()
            return False

    def owns(self, row: dict[str, Any]) -> bool:
        return row["status"] == STORED

    def send(self, row: dict[str, Any]) -> str:
        if self.sender is None:        # dropped earlier this round (its memory is to be recovered): next round
            return "skipped"
        outcome = self.sender.send_one(row)
        if not self.sender.recovered:
            self._drop()
        return "dead" if outcome == "unsendable" else outcome

    def follow_up(self) -> int:
        if self.sender is None or not self.sender.recovered:
            return 0
        try:
            return self.sender.apply_reports(self.sender.modem.take_reports())
        except ChannelError:
            self._drop()
            return 0

    def close(self) -> None:
        self._drop()


class Router:
    """Each round: every channel follows up what it holds; then, outside quiet hours, each due message
    goes by the cheapest channel that is up, or by the channel that holds it. `discover`, asked at the start
    of each round, returns channels that have become available since (the hub's, once the box is enrolled)."""

    def __init__(self, store, channels: list[Channel], *, zone: str, clock: Callable[[], float] = time.time,
                 discover: Callable[[], list[Channel]] | None = None) -> None:
        self.store, self.channels, self.zone, self.clock = store, list(channels), zone, clock
        self.discover = discover

    def due(self, limit: int) -> list[dict[str, Any]]:
        with self.store.read() as conn:
            return [dict(r._mapping) for r in conn.execute(select(sms_outbox).where(
                sms_outbox.c.status.in_((QUEUED, STORED)), sms_outbox.c.next_attempt_at <= self.clock()
            ).order_by(sms_outbox.c.next_attempt_at, sms_outbox.c.created_at).limit(limit))]

    def send_due(self, limit: int = 50) -> dict[str, int]:
        counts: Counter = Counter()
        if self.discover is not None:
            names = {c.name for c in self.channels}
            self.channels += [c for c in self.discover() if c.name not in names]
        if not self.channels:
            return {}
        for ch in self.channels:
            counts["followed_up"] += ch.follow_up()
        if quiet_until(self.clock(), self.zone) is not None:
            return dict(counts)
        up: dict[str, bool] = {}
        by_cost = sorted(self.channels, key=lambda c: c.cost_per_sms())
        for row in self.due(limit):
            owner = next((c for c in self.channels if c.owns(row)), None)
            ch = next((c for c in ([owner] if owner else by_cost) if self._up(c, up)), None)
            if ch is None:
                counts["waiting"] += 1
                continue
            outcome = ch.send(row)
            counts[f"{outcome}_{ch.name}" if outcome in SUCCESS else outcome] += 1
            if outcome in SUCCESS:
                ch.breaker.succeeded()
            elif outcome in FAILURE:
                ch.breaker.failed()
                up[ch.name] = ch.breaker.state == CLOSED     # opened: the next message falls back
        for ch in self.channels:
            ch.breaker.probe_unused()      # a half-open probe no message used: offered again next round
        return dict(counts)

    @staticmethod
    def _up(ch: Channel, up: dict[str, bool]) -> bool:
        """Asked once a round per channel: may it be tried, and can it send now? A channel that cannot
        is one failure more on its breaker (a dead modem opens it without costing a message a try)."""
        if ch.name not in up:
            allowed = ch.breaker.allow()
            up[ch.name] = allowed and ch.ready()
            if allowed and not up[ch.name]:
                ch.breaker.failed()
        return up[ch.name]

    def close(self) -> None:
        for ch in self.channels:
            ch.close()
