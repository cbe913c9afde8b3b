"""Conflict review for people: both values with who, when and which box, the merge rule that
applied, and a resolution with a reason (through the hub's own resolve service). No Flask here."""
from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Engine

from ...errors import BadRequest
from ...merge import RULES
from .. import services
from ..store import HubStore
from . import accounts
from .glance import hlc_ms

MAX_REASON = 500
RULE_TEXT = ("Two people changed this at the same time on different boxes. Until someone decides, every "
             "box shows the later change (by the boxes' clocks) — marked 'applied for now' — and keeps both.")


class AlreadyResolved(BadRequest):
    """A second submission of a decision already made (a double click, or two people at once)."""
    status, title = 409, "Already resolved"


def _author(events: list[dict[str, Any]], origin: str, hlc: str) -> dict[str, Any]:
    ev = next((e for e in events if e.get("origin") == origin and e.get("hlc") == hlc), None)
    return {"actor": (ev or {}).get("actor") or "unknown", "box": origin, "at_ms": hlc_ms(hlc)}


def open_conflicts(store: HubStore, clinic_id: str | None = None) -> list[dict[str, Any]]:
    out = []
    for c in store.conflicts("open"):
        if clinic_id is not None and c["clinic_id"] != clinic_id:
            continue
        events = store.entity_events(c["entity"], c["entity_id"])
        rule = RULES.get(c["entity"])
        out.append({
            "id": c["id"], "clinic_id": c["clinic_id"], "entity": c["entity"], "entity_id": c["entity_id"],
            "field": c["field"],
            "applied": {"value": json.loads(c["winner_value"]), **_author(events, c["winner_origin"], c["winner_hlc"])},
            "other": {"value": json.loads(c["loser_value"]), **_author(events, c["loser_origin"], c["loser_hlc"])},
            "rule": (rule.note if rule and rule.note else "concurrent edits go to review"),
        })
    return out


def resolve(store: HubStore, engine: Engine, staff: accounts.Staff, conflict_id: str, choice: str, reason: str,
            address: str | None = None) -> dict[str, Any]:
    """Keep the applied value ('applied') or take the other ('other'); the reason is required and audited.
    The resolution is a hub event: every box holding the record receives it at its next pull."""
    if not staff.may("resolve"):
        raise BadRequest("your role cannot resolve conflicts")
    mapping = {"applied": "winner", "other": "loser"}
    if choice not in mapping:
        raise BadRequest("choose which value to keep")
    reason = (reason or "").strip()
    if not reason:
        raise BadRequest("give a reason: the hub's audit keeps it with the decision")
    if len(reason) > MAX_REASON:
        raise BadRequest(f"the reason is too long (at most {MAX_REASON} characters)")
    if not any(c["id"] == conflict_id for c in store.conflicts("open")) and any(
            c["id"] == conflict_id for c in store.conflicts("resolved")):
        by = accounts.who_resolved(engine, conflict_id)
        raise AlreadyResolved(f"this conflict was already resolved{' by ' + by if by else ''}; "
                              "nothing was changed now")
    ev = services.resolve_conflict(store, conflict_id, mapping[choice], f"hub:{staff.username}")
    accounts.audit(engine, staff.username, "conflict resolved", conflict_id,
                   json.dumps({"kept": choice, "value": ev["fields"], "reason": reason}, default=str), address)
    return ev
