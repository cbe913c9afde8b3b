"""Quiet hours: no SMS between 21:00 and 08:00 in the clinic's time zone."""
from __future__ import annotations

from datetime import datetime, time as dtime, timedelta, timezone
from zoneinfo import ZoneInfo

QUIET_FROM, QUIET_UNTIL = dtime(21, 0), dtime(8, 0)


def quiet_until(ts: float, zone: str) -> float | None:
    """If `ts` (epoch seconds) falls in quiet hours, the epoch of the next 08:00 local; else None."""
    local = datetime.fromtimestamp(ts, timezone.utc).astimezone(ZoneInfo(zone))
    t = local.time()
    if QUIET_UNTIL <= t < QUIET_FROM:
        return None
    day = local.date() if t < QUIET_UNTIL else local.date() + timedelta(days=1)
    return datetime.combine(day, QUIET_UNTIL, ZoneInfo(zone)).timestamp()
