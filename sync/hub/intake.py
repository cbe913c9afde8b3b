"""What a box may push: well-formed events of its own, about patients its clinic holds.

Everything here is checked before anything is stored. Before, a malformed event (no `op`, a
referral without its patient, a report with a text `last_seq`) was stored and then failed the
indexing: the box got a 500 without an ack and sent the same batch again forever; and a box could
name another clinic's patient in a `registered` or `referral` event (and so read that patient's
whole history) or in an update (and so change it).
"""
from __future__ import annotations

import re
from typing import Any, Iterable

from ..audit_chain import event_hash, is_chained
from ..clock import HLCTimestamp
from ..errors import BadRequest, Forbidden
from .store import REFERENCE_ENTITIES, Device, HubStore

# As a box's settings allow (appliance/settings.py), and short enough for the nonce key (id:32 hex)
# to fit its 64 characters.
DEVICE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{2,30}$")
RESERVED_DEVICE_IDS = frozenset({"hub"})  # the hub's own origin: its resolutions carry the admin's authority
_TEXT = (str,)
_OPTIONAL_TEXT = (str, type(None))
_FIELDS: dict[str, tuple[type, ...]] = {
    "id": _TEXT, "origin": _TEXT, "hlc": _TEXT, "entity": _TEXT, "entity_id": _TEXT, "op": _TEXT,
    "fields": (dict,), "recorded_at": _TEXT, "actor": _OPTIONAL_TEXT, "patient_id": _OPTIONAL_TEXT,
}
# The hub's columns (tables.py): a longer text is refused here, not by PostgreSQL after a partial write.
_MAX_CHARS = {"id": 36, "origin": 64, "hlc": 16, "entity": 40, "entity_id": 36, "patient_id": 36, "op": 40}
MAX_SEQ = 2**31 - 1            # hub_events.seq and device_stats are 32-bit integers
MAX_SKEW_MS = 10**12           # about 31 years: any real clock is within it


def is_device_id(device_id: Any) -> bool:
    return isinstance(device_id, str) and bool(DEVICE_ID.fullmatch(device_id))


def check_device_id(device_id: Any) -> str:
    if not is_device_id(device_id) or device_id.lower() in RESERVED_DEVICE_IDS:
        raise BadRequest("device_id must be 3 to 31 letters, digits, '.', '_' or '-' (and not a reserved name)")
    return device_id


def _hlc(value: Any, what: str) -> None:
    try:
        if not isinstance(value, str):
            raise ValueError(value)
        HLCTimestamp.decode(value)
    except ValueError as err:
        raise BadRequest(f"{what} is not an HLC timestamp") from err


def _text(value: str | None, most: int, what: str) -> None:
    if value is not None and (len(value) > most or "\x00" in value):
        raise BadRequest(f"{what} must be at most {most} characters, without NUL")


def check_events(events: Any) -> list[dict[str, Any]]:
    if not isinstance(events, list):
        raise BadRequest("events must be a list")
    for n, ev in enumerate(events):
        if not isinstance(ev, dict):
            raise BadRequest(f"event {n} is not an object")
        for name, types in _FIELDS.items():
            if not isinstance(ev.get(name), types) or (types is _TEXT and not ev[name]):
                raise BadRequest(f"event {n}: {name} is missing or of the wrong type")
        for name, most in _MAX_CHARS.items():
            _text(ev[name], most, f"event {n}: {name}")
        for name in ("seq", "schema"):
            if type(ev.get(name)) is not int or not 1 <= ev[name] <= MAX_SEQ:
                raise BadRequest(f"event {n}: {name} must be a whole number from 1 to {MAX_SEQ}")
        _hlc(ev["hlc"], f"event {n}: hlc")
        if ev["entity"] == "referral" and ev["op"] == "created":
            f = ev["fields"]
            if not isinstance(f.get("patient_id"), str) or not isinstance(f.get("to_clinic"), str) \
                    or not f["patient_id"] or not f["to_clinic"]:
                raise BadRequest(f"event {n}: a referral names its patient_id and to_clinic")
            _text(f["patient_id"], 36, f"event {n}: the referral's patient_id")
            _text(f["to_clinic"], 64, f"event {n}: the referral's to_clinic")
    if len({(ev["origin"], ev["seq"]) for ev in events}) != len(events):
        raise BadRequest("two events of the batch have the same seq")
    return events


def check_report(report: Any) -> dict[str, Any]:
    """The box's word on its backlog: numbers, and an HLC; anything else is refused, not stored."""
    if report is None:
        return {}
    if not isinstance(report, dict):
        raise BadRequest("report must be an object")
    for name, low, high in (("last_seq", 0, MAX_SEQ), ("waiting", 0, MAX_SEQ), ("skew_ms", -MAX_SKEW_MS, MAX_SKEW_MS)):
        if name in report and (type(report[name]) is not int or not low <= report[name] <= high):
            raise BadRequest(f"report: {name} must be a whole number from {low} to {high}")
    if report.get("next_waiting_hlc") is not None:
        _hlc(report["next_waiting_hlc"], "report: next_waiting_hlc")
    return report


def _patients_named(events: Iterable[dict[str, Any]]) -> set[str]:
    named = set()
    for ev in events:
        if ev.get("patient_id"):
            named.add(ev["patient_id"])
        if ev["entity"] == "patient":
            named.add(ev["entity_id"])
        if ev["entity"] == "referral" and ev["op"] == "created":
            named.add(ev["fields"]["patient_id"])
    return named


def check_scope(store: HubStore, device: Device, events: list[dict[str, Any]]) -> None:
    """A box writes only about patients its clinic holds. A patient the hub has not seen yet is a
    new patient of this clinic (its registration may come in a later batch: clinical events go
    first); one held only by other clinics is refused."""
    held = store.clinics_of(_patients_named(events))
    for patient_id, clinics in sorted(held.items()):
        if clinics and device.clinic_id not in clinics:
            raise Forbidden(f"patient {patient_id} is not a patient of clinic {device.clinic_id}",
                            patient_id=patient_id)


def check_owners(store: HubStore, device: Device, events: list[dict[str, Any]]) -> None:
    """A box writes a record the hub already holds only if its clinic wrote it before (reference data
    such as departments: only the clinic that made it), or if the record belongs to a patient its
    clinic holds. Before, a box could rename another clinic's department, or send an event with
    another clinic's diagnosis id and no patient, which opened a conflict showing that diagnosis."""
    held = store.holders({(ev["entity"], ev["entity_id"]) for ev in events})
    scope = store.clinics_of({p for h in held.values() for p in h.patients})
    for ev in events:
        holders = held.get((ev["entity"], ev["entity_id"]))
        if holders is None or device.clinic_id in holders.clinics:
            continue
        via_patient = ev["entity"] not in REFERENCE_ENTITIES and any(
            device.clinic_id in scope.get(p, ()) for p in holders.patients)
        if not via_patient:
            raise Forbidden(f"{ev['entity']} {ev['entity_id']} belongs to clinic {holders.owner}",
                            entity=ev["entity"], entity_id=ev["entity_id"], seq=ev["seq"])


def check_audit_chain(store: HubStore, device: Device, events: list[dict[str, Any]]) -> str | None:
    """The hub recomputes each audit record's hash from its fields (a compact push does not even send
    it) and checks the chain: each record's prev_hash is the hash of the record before it, in this
    batch or as stored. A record changed after it was chained, or a batch whose records do not chain,
    is refused and nothing is stored; a break against stored records is returned (to be flagged)."""
    chained = sorted((ev for ev in events if is_chained(ev["entity"], ev["fields"])
                      and isinstance(ev["fields"]["hash"], str)), key=lambda ev: _audit_seq(ev))
    if not chained:
        return None
    by_seq = {}
    for ev in chained:
        if event_hash(ev) != ev["fields"]["hash"]:
            raise BadRequest(f"event seq {ev['seq']}: the audit record's hash does not match its fields "
                             f"(the record was changed after it was chained)", seq=ev["seq"], code="audit-tampered")
        by_seq[_audit_seq(ev)] = ev
    for ev in chained:
        prev = by_seq.get(_audit_seq(ev) - 1)
        if prev is not None and prev["fields"].get("hash") != ev["fields"]["prev_hash"]:
            raise BadRequest(f"event seq {ev['seq']}: the audit record's prev_hash is not the hash of the "
                             f"record before it (the chain was rewritten)", seq=ev["seq"], code="audit-tampered")
    # Against what the hub already holds: a box that rewrote and re-chained its history links its new
    # records to hashes the hub never saw. Its events are taken (refusing them would stop the clinic's
    # sync for good) and the break is flagged for the admin, as the audit anchors do (anchors.py).
    first = chained[0]
    if _audit_seq(first) - 1 not in by_seq:
        before = store.audit_record_before(device.device_id, first["seq"])
        if before is not None and _audit_seq(before) == _audit_seq(first) - 1 \
                and before["fields"].get("hash") != first["fields"]["prev_hash"]:
            return f"audit record {_audit_seq(first)} does not chain to record {_audit_seq(before)} held at the hub"
    return None


def _audit_seq(ev: dict[str, Any]) -> int:
    seq = ev["fields"].get("seq")
    if type(seq) is not int:
        raise BadRequest(f"event seq {ev['seq']}: an audit record's seq must be a whole number")
    return seq
