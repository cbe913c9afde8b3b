"""Quiet hours: no SMS between 21:00 and 08:00 in the clinic's own time zone. One rule for the box's modem
(appliance/reminders) and the hub's gateway (sync/hub/sms), which may not import each other."""
from __future__ import annotations

from datetime import datetime, time as dtime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

QUIET_FROM, QUIET_UNTIL = dtime(21, 0), dtime(8, 0)


def valid_zone(zone: str) -> bool:
    try:
        ZoneInfo(zone)
        return True
    except (ZoneInfoNotFoundError, ValueError):
        return False


def quiet_until(ts: float, zone: str) -> float | None:
    """If `ts` (epoch seconds) falls in the clinic's quiet hours, the epoch of the next 08:00 there; else None."""
    local = datetime.fromtimestamp(ts, timezone.utc).astimezone(ZoneInfo(zone))
    t = local.time()
    if QUIET_UNTIL <= t < QUIET_FROM:
        return None
    day = local.date() if t < QUIET_UNTIL else local.date() + timedelta(days=1)
    return datetime.combine(day, QUIET_UNTIL, ZoneInfo(zone)).timestamp()
