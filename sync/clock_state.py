"""The box's view of time relative to the hub: the HLC floor the hub's time set, and the skew reported."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

from . import checkpoints
from .clock import MAX_AHEAD_MS, SKEW_REPORT_MS, HLCTimestamp, receive_bounded, skew_ms, wall_ms


@dataclass
class ClockReport:
    skew_ms: int
    floor: str
    refused_ms: int

    @property
    def flagged(self) -> bool:
        return abs(self.skew_ms) > SKEW_REPORT_MS or self.refused_ms > 0


def floor(conn: Connection) -> HLCTimestamp | None:
    """The lowest HLC this box may stamp next (the outbox takes max(last event, floor))."""
    text = checkpoints.get(conn, "hlc_floor")
    return HLCTimestamp.decode(text) if text else None


def observe_hub_time(conn: Connection, hub_hlc: str, sent_ms: int, received_ms: int | None = None) -> ClockReport:
    """Take the hub's time into the box clock and record the skew. The hub is the time authority:
    a box booted in 1970 jumps to hub time; a box ahead keeps its (monotonic) clock but is flagged."""
    received_ms = wall_ms() if received_ms is None else received_ms
    hub = HLCTimestamp.decode(hub_hlc)
    skew = skew_ms(sent_ms, received_ms, hub.wall_ms)
    # Trusted "now" is the hub's reading; the bound only matters if the hub itself jumped.
    new, refused = receive_bounded(floor(conn), hub, trusted_ms=hub.wall_ms, max_ahead_ms=MAX_AHEAD_MS)
    checkpoints.put_many(conn, {"hlc_floor": new.encode(), "skew_ms": str(skew), "hub_time": hub_hlc})
    return ClockReport(skew, new.encode(), refused)
