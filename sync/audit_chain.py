"""The audit chain's record hash, in the pure core so the hub can recompute what a box sent.

Must equal appliance/audit/services.record_hash (tests/sync/test_batch_codec.py checks it on real
records): a box need not send `hash` (the hub recomputes it) nor a `prev_hash` that is the hash of
the record before it in the same batch. The record's MAC is not in its event at all: the hub
anchors the chain's head MAC at each sync (sync/hub/anchors.py), and the MACs between follow from
the hashes for whoever holds the box's audit key (appliance/audit/services.py).
"""
from __future__ import annotations

import hashlib
import json
from typing import Any, Mapping

CHAINED = ("seq", "id", "at", "actor", "username", "role", "action", "permission", "method", "path",
           "patient_ids", "record_id", "device", "ip", "outcome", "status", "reason", "prev_hash")


def is_chained(entity: str, fields: Mapping[str, Any]) -> bool:
    """An audit event whose fields carry a chained record (its id is the event's entity_id)."""
    return entity == "audit" and all(k in fields for k in CHAINED if k != "id") and "hash" in fields


def record_hash(row: Mapping[str, Any]) -> str:
    canonical = json.dumps({k: row[k] for k in CHAINED}, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def event_hash(ev: Mapping[str, Any]) -> str:
    """The hash an audit event's record must carry (the record id is the event's entity_id)."""
    return record_hash({**ev["fields"], "id": ev["entity_id"]})
