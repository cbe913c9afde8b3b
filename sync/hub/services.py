"""Hub services: enrolment, authentication, push, pull, conflicts. No Flask here."""
from __future__ import annotations

import hashlib
import json
import secrets
from datetime import datetime, timedelta, timezone
from typing import Any, Mapping

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ..clock import MAX_AHEAD_MS, HLCTimestamp, wall_ms
from ..errors import BadRequest, ClockAhead, Forbidden, SeqReused, Unauthorised
from ..ids import uuid7
from ..merge import RULES, Policy, fold
from ..protocol import DEVICE, TIME_WINDOW_MS, public_key_bytes, verify_request
from . import intake
from .store import Device, HubStore
from .store.protocol import HUB_ORIGIN

MAX_BATCH = 2000
RESOLVE_ATTEMPTS = 20


def _iso(ms: int | None = None) -> str:
    ms = wall_ms() if ms is None else ms
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc).isoformat(timespec="milliseconds")


def hub_time() -> str:
    return HLCTimestamp(wall_ms(), 0).encode()


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


TOKEN_HOURS_MAX = 30 * 24   # a token is for a box being installed, not a standing credential


def issue_token(store: HubStore, clinic_id: str, valid_hours: int = 72) -> str:
    """A one-time enrolment token for a box of `clinic_id` (shown once; only its hash is kept)."""
    if type(valid_hours) is not int or not 1 <= valid_hours <= TOKEN_HOURS_MAX:
        raise BadRequest(f"a token is valid for 1 to {TOKEN_HOURS_MAX} hours")
    if not isinstance(clinic_id, str) or not 0 < len(clinic_id) <= 64:
        raise BadRequest("clinic id must be 1 to 64 characters")
    token = secrets.token_urlsafe(24)
    expires = datetime.now(timezone.utc) + timedelta(hours=valid_hours)
    store.create_token(_hash(token), clinic_id, _iso(), expires.isoformat(timespec="milliseconds"))
    return token


def enrol_device(store: HubStore, token: str, device_id: str, public_key: bytes) -> Device:
    if not isinstance(token, str) or not token:
        raise BadRequest("token must be the enrolment token's text")
    intake.check_device_id(device_id)
    if len(public_key) != 32 or not any(public_key):
        raise BadRequest("public key must be 32 raw Ed25519 bytes")
    return store.redeem_token(_hash(token), device_id, public_key, _iso())


# An unknown device's request is checked against a key whose private half was thrown away: it fails
# as a bad signature does, in the same time.
_NO_SUCH_KEY = public_key_bytes(Ed25519PrivateKey.generate())


def rotate_device_key(store: HubStore, device: Device, new_public_key: bytes) -> None:
    """A box replaces its key: the request is signed with the old one, which stops working at once."""
    if len(new_public_key) != 32 or new_public_key == device.public_key:
        raise BadRequest("a new 32-byte Ed25519 public key is required")
    store.set_public_key(device.device_id, new_public_key, _iso())


def authenticate(store: HubStore, headers: Mapping[str, str], method: str, path: str, body: bytes) -> Device:
    """The device that signed this request; refused if unknown, revoked, badly signed or replayed."""
    device_id = headers.get(DEVICE, "")
    device = store.device(device_id) if intake.is_device_id(device_id) else None
    now = wall_ms()
    # The signature first: unknown, revoked and badly signed all get the same 401 until the request
    # proves it holds the device's key (before, "unknown device" and "revoked" told them apart).
    nonce = verify_request(device.public_key if device else _NO_SUCH_KEY, headers, method, path, body, now)
    if device is None:
        raise Unauthorised("bad signature")
    if device.revoked_at:
        raise Forbidden(f"device {device.device_id} was revoked", device_id=device.device_id)
    if not store.fresh_nonce(f"{device.device_id}:{nonce}", now, TIME_WINDOW_MS):
        raise Unauthorised("replayed request")
    return device


HELD_REPORT_MAX = 2000


def push_events(store: HubStore, device: Device, events: list[dict[str, Any]],
                report: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Accept a batch of the device's own events; idempotent by (origin, seq); ack the contiguous seq."""
    if isinstance(events, list) and len(events) > MAX_BATCH:
        raise BadRequest(f"at most {MAX_BATCH} events per push")
    intake.check_events(events)
    report = intake.check_report(report)
    now = wall_ms()
    for ev in events:
        if ev.get("origin") != device.device_id:
            raise Forbidden("a box may push only its own events", origin=ev.get("origin"))
        ahead = HLCTimestamp.decode(ev["hlc"]).wall_ms - now
        if ahead > MAX_AHEAD_MS:
            store.record_contact(device.device_id, _iso(now), skew_ms=ahead, errors=1,
                                 last_error="clock ahead")
            raise ClockAhead(ahead, MAX_AHEAD_MS)
    try:
        with store.transaction() as tx:   # one connection, one commit for the whole push
            return _store_batch(tx, device, events, report, now)
    except (Forbidden, SeqReused) as err:
        if getattr(err, "hub_flag", None):  # after the rollback, in a transaction of its own
            store.flag(device.device_id, device.clinic_id, err.hub_flag, err.detail, _iso(now))
        raise


def _store_batch(tx: HubStore, device: Device, events: list[dict[str, Any]], report: Mapping[str, Any],
                 now: int) -> dict[str, Any]:
    """The checks against what the hub holds, the append, the indexes and the box's contact, all in
    the caller's transaction. A refusal that is the box's misbehaviour carries `hub_flag`: the
    caller flags it for the admin once this transaction is rolled back."""
    intake.check_scope(tx, device, events)
    broken_chain = intake.check_audit_chain(tx, device, events)
    try:
        intake.check_owners(tx, device, events)
    except Forbidden as err:
        err.hub_flag = "foreign-record"
        raise
    try:
        ack, held = tx.append_batch(device, events, HELD_REPORT_MAX)
    except SeqReused as err:
        err.hub_flag = "seq-reused"
        raise
    _index(tx, device, events)
    if broken_chain:
        tx.flag(device.device_id, device.clinic_id, "audit-chain-broken", broken_chain, _iso(now))
    if "last_seq" in report:
        waiting = max(0, int(report["last_seq"]) - ack)
        oldest = _oldest_waiting(events, ack, report.get("next_waiting_hlc")) if waiting else None
    else:                                   # a box from before lag was reported
        waiting, oldest = int(report.get("waiting", 0)), None
    tx.record_contact(device.device_id, _iso(now), acked_seq=ack, waiting=waiting,
                      skew_ms=int(report.get("skew_ms", 0)), oldest_waiting_hlc=oldest)
    # What the hub holds beyond the ack, so a box sending by priority does not send it again.
    return {"ack": ack, "held": held}


def _oldest_waiting(events: list[dict[str, Any]], ack: int, next_hlc: str | None) -> str | None:
    """HLC of the first event after the ack: in the batch when the ack stopped inside it (a gap),
    else the box's word for the event after the batch."""
    return next((ev["hlc"] for ev in events if ev["seq"] == ack + 1), next_hlc)


def lag_seconds(stats: Mapping[str, Any], now_ms: int | None = None) -> float | None:
    """Now minus the HLC of the oldest event the box reported still waiting; 0 when it was caught up;
    None when events wait but the box did not say since when (the console says "unknown", not 0)."""
    if not stats.get("waiting"):
        return 0.0
    if not stats.get("oldest_waiting_hlc"):
        return None
    now_ms = wall_ms() if now_ms is None else now_ms
    try:
        oldest = HLCTimestamp.decode(stats["oldest_waiting_hlc"]).wall_ms
    except ValueError:  # stored before reports were checked: no figure rather than no page
        return None
    return max(0.0, (now_ms - oldest) / 1000)


def _index(store: HubStore, device: Device, events: list[dict[str, Any]]) -> None:
    """Scope (who may read the patient) and review conflicts, kept as events arrive: set-wise, one
    statement for the batch's grants and one fold per reviewed record (before: per event)."""
    grants = []
    for ev in events:
        if ev["entity"] == "patient" and ev["op"] == "registered":
            grants.append((ev["entity_id"], device.clinic_id))
        elif ev["entity"] == "referral" and ev["op"] == "created" and ev["fields"].get("to_clinic"):
            # (a referral to a facility outside the network names no clinic: nobody is given the patient)
            grants.append((ev["fields"]["patient_id"], ev["fields"]["to_clinic"]))
    store.add_scopes(grants)
    reviewed = {(ev["entity"], ev["entity_id"]) for ev in events
                if ev["entity"] in RULES and Policy.REVIEW in RULES[ev["entity"]].fields.values()}
    if not reviewed:
        return
    owners = None
    for (entity, entity_id), stored in sorted(store.records_events(reviewed).items()):
        folded = fold(entity, entity_id, stored)
        if not folded.conflicts:
            continue
        # The conflict is the owning clinic's (whose event came first), not the last pusher's.
        owners = owners if owners is not None else store.holders(reviewed)
        owner = owners[(entity, entity_id)].owner
        for c in folded.conflicts:
            store.upsert_conflict({
                "id": c.id, "clinic_id": owner, "entity": c.entity, "entity_id": c.entity_id,
                "field": c.field, "winner_value": json.dumps(c.winner_value), "winner_origin": c.winner.origin,
                "winner_hlc": c.winner.hlc, "loser_value": json.dumps(c.loser_value),
                "loser_origin": c.loser.origin, "loser_hlc": c.loser.hlc,
                "status": "resolved" if c.resolved_by else "open"})


def pull_events(store: HubStore, device: Device, cursor: int, limit: int, share: bool = False) -> dict[str, Any]:
    """The next page after `cursor`; with `share`, also how many events this device has still to
    receive from the cursor on (counted first: a box asks once a run, for its progress). The contact is the
    transport's to record, with the bytes it moved (app.reply: one upsert an exchange, not two)."""
    left = store.scope_count(device, cursor) if share else None
    events, next_cursor = store.pull(device, cursor, max(1, min(limit, MAX_BATCH)))
    answer = {"events": events, "cursor": next_cursor, "head": store.head()}
    if left is not None:
        answer["share"] = left
    return answer


def resolve_conflict(store: HubStore, conflict_id: str, choice: str, actor: str) -> dict[str, Any]:
    """The admin's choice ('winner' or 'loser') becomes a hub event that has seen both values."""
    conflict = next((c for c in store.conflicts("open") if c["id"] == conflict_id), None)
    if conflict is None:
        raise BadRequest(f"conflict {conflict_id} is not open")
    value = json.loads(conflict["winner_value" if choice == "winner" else "loser_value"])
    hub = store.device(HUB_ORIGIN) or Device(HUB_ORIGIN, conflict["clinic_id"], b"", None)
    # The resolution names the record's patient, so every clinic holding the patient receives it
    # (before: only the clinic whose box pushed last, never the one that owns the record).
    patient_id = fold(conflict["entity"], conflict["entity_id"],
                      store.entity_events(conflict["entity"], conflict["entity_id"])).patient_id
    base = max(conflict["winner_hlc"], conflict["loser_hlc"])
    return append_hub_event(store, conflict["clinic_id"], conflict["entity"], conflict["entity_id"], "resolved",
                            {conflict["field"]: value, "base_hlc": base}, actor, patient_id, after_hlc=base)


def append_hub_event(store: HubStore, clinic_id: str, entity: str, entity_id: str, op: str,
                     fields: dict[str, Any], actor: str, patient_id: str | None,
                     after_hlc: str | None = None) -> dict[str, Any]:
    """Write one hub-origin event (a conflict's resolution, a remote doctor's note or prescription):
    the next hub seq, an HLC after `after_hlc` (the newest version its writer saw), indexed as any
    pushed event is. Every clinic holding `patient_id` (and `clinic_id` itself) pulls it."""
    now = wall_ms()
    hlc = HLCTimestamp(now, 0)
    if after_hlc:
        seen = HLCTimestamp.decode(after_hlc)
        if seen >= hlc:
            hlc = HLCTimestamp(seen.wall_ms, seen.counter + 1)
    ev = {"id": uuid7(now), "origin": HUB_ORIGIN, "seq": 0, "hlc": hlc.encode(),
          "entity": entity, "entity_id": entity_id, "op": op,
          "fields": fields, "actor": actor, "patient_id": patient_id,
          "schema": 1, "recorded_at": _iso(now)}
    hub = store.device(HUB_ORIGIN) or Device(HUB_ORIGIN, clinic_id, b"", None)
    # Two writers at once computed the same next seq, and the second insert was dropped as a
    # duplicate: take the next free seq until this event is the one stored under it.
    for _ in range(RESOLVE_ATTEMPTS):
        ev["seq"] = store.acked(HUB_ORIGIN) + 1
        try:
            store.append(Device(HUB_ORIGIN, clinic_id, hub.public_key, None), [ev])
        except SeqReused:  # the other writer took this seq
            continue
        if any(e["id"] == ev["id"] for e in store.entity_events(ev["entity"], ev["entity_id"])):
            break
    else:
        raise BadRequest("the hub is busy and could not store this; try again")
    _index(store, Device(HUB_ORIGIN, clinic_id, b"", None), [ev])
    return ev
