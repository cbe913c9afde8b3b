"""Hybrid logical clock (Kulkarni et al. 2014): causality-respecting, close to wall time, never backwards.

A timestamp is (wall_ms, counter), encoded as 16 lowercase hex digits so that string order is
time order; the event's origin device id breaks ties between equal timestamps.
"""
from __future__ import annotations

import time
from dataclasses import dataclass

MAX_COUNTER = 0xFFFF


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
