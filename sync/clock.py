"""Hybrid logical clock (Kulkarni et al. 2014): causality-respecting, close to wall time, never backwards.

A timestamp is (wall_ms, counter), encoded as 16 lowercase hex digits so that string order is
time order; the event's origin device id breaks ties between equal timestamps.
"""
from __future__ import annotations

import time
from dataclasses import dataclass

MAX_COUNTER = 0xFFFF
# How far a remote timestamp may be ahead of trusted time (the hub's) before it is refused or clamped.
MAX_AHEAD_MS = 5 * 60_000
# Skew between the box and the hub beyond which the admin is told.
SKEW_REPORT_MS = 2_000


@dataclass(frozen=True, order=True)
class HLCTimestamp:
    wall_ms: int
    counter: int = 0

    def encode(self) -> str:
        return f"{self.wall_ms:012x}{self.counter:04x}"

    @classmethod
    def decode(cls, text: str) -> "HLCTimestamp":
        if len(text) != 16:
            raise ValueError(f"not an HLC timestamp: {text!r}")
        return cls(int(text[:12], 16), int(text[12:], 16))


ZERO = HLCTimestamp(0, 0)


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


def tick(last: HLCTimestamp | None, physical_ms: int | None = None) -> HLCTimestamp:
    """The timestamp of a local event after `last`: wall time if it moved on, else last + 1."""
    last = last or ZERO
    pt = wall_ms() if physical_ms is None else physical_ms
    if pt > last.wall_ms:
        return HLCTimestamp(pt, 0)
    return _bump(last)


def receive(last: HLCTimestamp | None, remote: HLCTimestamp, physical_ms: int | None = None) -> HLCTimestamp:
    """The clock after seeing a remote timestamp (a pulled event, or the hub's time)."""
    last = last or ZERO
    pt = wall_ms() if physical_ms is None else physical_ms
    wall = max(last.wall_ms, remote.wall_ms, pt)
    if wall == last.wall_ms == remote.wall_ms:
        counter = max(last.counter, remote.counter) + 1
    elif wall == last.wall_ms:
        counter = last.counter + 1
    elif wall == remote.wall_ms:
        counter = remote.counter + 1
    else:
        counter = 0
    if counter > MAX_COUNTER:
        return HLCTimestamp(wall + 1, 0)
    return HLCTimestamp(wall, counter)


def _bump(ts: HLCTimestamp) -> HLCTimestamp:
    if ts.counter >= MAX_COUNTER:
        return HLCTimestamp(ts.wall_ms + 1, 0)
    return HLCTimestamp(ts.wall_ms, ts.counter + 1)


def receive_bounded(last: HLCTimestamp | None, remote: HLCTimestamp, trusted_ms: int,
                    max_ahead_ms: int = MAX_AHEAD_MS) -> tuple[HLCTimestamp, int]:
    """`receive`, but never pulled past trusted time + max_ahead_ms; returns (clock, ms refused).

    A timestamp a year ahead (a box whose clock ran away) would otherwise drag every clock with it."""
    limit = trusted_ms + max_ahead_ms
    excess = max(0, remote.wall_ms - limit)
    if excess:
        remote = HLCTimestamp(limit, 0)
    return receive(last, remote, trusted_ms), excess


def skew_ms(local_sent_ms: int, local_received_ms: int, hub_ms: int) -> int:
    """Box clock minus hub clock, taking the hub's reading as made half-way through the round trip."""
    return (local_sent_ms + local_received_ms) // 2 - hub_ms
