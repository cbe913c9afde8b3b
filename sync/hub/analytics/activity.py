"""Each clinic's events and bytes per day over the last days (by the events' own HLC time), for the
sparklines on the clinics-at-a-glance rows."""
from __future__ import annotations

from collections import defaultdict

from ...clock import HLCTimestamp
from ..store import HubStore
from . import charts

DAYS = 14
DAY_MS = 86_400_000


def per_day(store: HubStore, now_ms: int, days: int = DAYS) -> dict[str, tuple[list[int], list[int]]]:
    """{clinic: (events a day, bytes a day)}, oldest day first, today last."""
    start = (now_ms // DAY_MS - days + 1) * DAY_MS
    counts: dict[str, list[int]] = defaultdict(lambda: [0] * days)
    sizes: dict[str, list[int]] = defaultdict(lambda: [0] * days)
    for clinic, hlc, size in store.event_sizes(HLCTimestamp(start, 0).encode()):
        day = (HLCTimestamp.decode(hlc).wall_ms - start) // DAY_MS
        if 0 <= day < days:
            counts[clinic][day] += 1
            sizes[clinic][day] += size or 0
    return {c: (counts[c], sizes[c]) for c in counts}


def sparklines(activity: dict[str, tuple[list[int], list[int]]], clinic_id: str) -> str:
    """Two small lines (events, bytes) with the totals, or a dash when the clinic sent nothing."""
    events, sizes = activity.get(clinic_id, ([], []))
    if not any(events):
        return "<span class=muted>nothing in the last %d days</span>" % DAYS
    kb = sum(sizes) / 1000
    return (charts.sparkline(events, title=f"events a day, last {DAYS} days") + f" {sum(events):,} events<br>"
            + charts.sparkline(sizes, title=f"bytes a day, last {DAYS} days") + f" {kb:,.0f} kB")
