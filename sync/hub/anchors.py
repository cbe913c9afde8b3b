"""The audit chain's head, anchored at the hub with every sync (issue 15, item 5).

A box's audit log is chained with MACs under a key the database key does not give
(appliance/audit/services.py). A holder of that key could still rewrite the box's history and
re-chain it; the hub keeps what the box said its head was, sync after sync, so such a rewrite shows
against the hub's copy:

- every sync, the box reports its head (seq, MAC); the hub stores it as a *pending* anchor;
- the hub answers with the seqs of the device's pending anchors; at its next sync the box reports
  the MAC it then holds at each of those seqs; the same MAC confirms the anchor, another (or none:
  the record is gone) marks it a *mismatch*, which the console shows as the device's error, the
  log reports, and `clinic hub anchors --mismatches` lists (exit 1);
- a head older than an anchor already held (the chain went back) is a mismatch too.

The hub cannot compute MACs: it compares the box's word now with the box's word then.
"""
from __future__ import annotations

import logging
import re
from typing import Any, Mapping

from ..errors import BadRequest
from .store import Device, HubStore

CONFIRM_MAX = 20        # pending anchors a box is asked about at once (newest first)
_MAC = re.compile(r"^[0-9a-f]{64}$")

_log = logging.getLogger("clinic.hub.audit")


def check_report(audit: Any) -> dict[str, Any]:
    """{"seq": n, "mac": hex or null, "confirm": {"<seq>": hex or null}}: checked before anything is stored."""
    if not isinstance(audit, dict):
        raise BadRequest("audit must be an object")
    seq, mac, confirm = audit.get("seq"), audit.get("mac"), audit.get("confirm", {})
    if type(seq) is not int or not 0 <= seq < 2**62:
        raise BadRequest("audit.seq must be a whole number from 0")
    if not (mac is None or (isinstance(mac, str) and _MAC.match(mac))):
        raise BadRequest("audit.mac must be 64 hex digits or null")
    if not isinstance(confirm, dict) or len(confirm) > CONFIRM_MAX:
        raise BadRequest(f"audit.confirm must be an object of at most {CONFIRM_MAX} seqs")
    checked = {}
    for key, value in confirm.items():
        if not (isinstance(key, str) and key.isdigit() and len(key) < 19):
            raise BadRequest("audit.confirm keys are seqs")
        if not (value is None or (isinstance(value, str) and _MAC.match(value))):
            raise BadRequest("audit.confirm values must be 64 hex digits or null")
        checked[int(key)] = value
    return {"seq": seq, "mac": mac, "confirm": checked}


def anchor_head(store: HubStore, device: Device, audit: Mapping[str, Any], now: str) -> dict[str, Any]:
    """Check the box's answers for its pending anchors, check and store its new head; returns the
    pending seqs to ask about next time and the mismatches found now."""
    mismatches = []
    for seq, mac in sorted(audit["confirm"].items()):
        for anchor in store.anchors(device.device_id, seq=seq):
            if anchor["status"] == "mismatch":
                continue
            if mac == anchor["mac"]:
                if anchor["status"] == "pending":
                    store.check_anchor(anchor["id"], "confirmed", now, None)
                continue
            detail = (f"the box now holds MAC {str(mac)[:16]}… at audit seq {seq}, but reported "
                      f"{str(anchor['mac'])[:16]}… there at {anchor['received_at']}: its audit chain was rewritten"
                      if mac else f"the box no longer holds audit seq {seq}, or its MAC (anchored at {anchor['received_at']})")
            store.check_anchor(anchor["id"], "mismatch", now, detail)
            mismatches.append(detail)
    newest = store.anchors(device.device_id, limit=1)
    if newest and audit["seq"] < newest[0]["seq"]:
        detail = f"the box's audit chain went back from seq {newest[0]['seq']} to {audit['seq']}"
        store.check_anchor(newest[0]["id"], "mismatch", now, "; ".join(filter(None, [newest[0]["detail"], detail])))
        mismatches.append(detail)
    same = [a for a in store.anchors(device.device_id, seq=audit["seq"]) if a["status"] != "mismatch"]
    for anchor in same:
        if anchor["mac"] != audit["mac"]:
            detail = (f"the box reports MAC {str(audit['mac'])[:16]}… at audit seq {audit['seq']}, not the one "
                      f"it anchored there at {anchor['received_at']}: its audit chain was rewritten")
            store.check_anchor(anchor["id"], "mismatch", now, detail)
            mismatches.append(detail)
    if not any(a["mac"] == audit["mac"] for a in same):   # the box's word now, checked at its next sync
        store.add_anchor({"clinic_id": device.clinic_id, "device_id": device.device_id, "seq": audit["seq"],
                          "mac": audit["mac"], "received_at": now, "status": "pending", "detail": None,
                          "checked_at": None})
    if mismatches:
        _log.error("audit chain of device %s (clinic %s) does not match the hub's anchors: %s",
                   device.device_id, device.clinic_id, "; ".join(mismatches))
        store.record_contact(device.device_id, now, errors=1,
                             last_error=f"AUDIT CHAIN MISMATCH: {mismatches[0]}"[:200])
    pending = [a["seq"] for a in store.anchors(device.device_id, status="pending", limit=CONFIRM_MAX)]
    return {"confirm": sorted(set(pending)), "mismatches": mismatches}
