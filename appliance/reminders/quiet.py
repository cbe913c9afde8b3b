"""Quiet hours: no SMS between 21:00 and 08:00 in the clinic's time zone (the rule is core, shared with the
hub's gateway channel: sync/quiet_hours.py)."""
from __future__ import annotations

from sync.quiet_hours import QUIET_FROM, QUIET_UNTIL, quiet_until

__all__ = ["QUIET_FROM", "QUIET_UNTIL", "quiet_until"]
