"""Quiet hours at the hub: the box sends its clinic's zone with each message; the rule is the core one the
box's modem keeps too (sync/quiet_hours.py)."""
from __future__ import annotations

from ...quiet_hours import QUIET_FROM, QUIET_UNTIL, quiet_until, valid_zone

__all__ = ["QUIET_FROM", "QUIET_UNTIL", "quiet_until", "valid_zone"]
