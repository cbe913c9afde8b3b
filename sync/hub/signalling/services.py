"""Rooms, join tokens, calls and the message channel between a doctor's browser and a box. No Flask here.

The box accepts nothing inbound: it long-polls the hub for the messages of its clinic's calls (signed
as sync is, sync/hub/services.authenticate) and answers through the hub. A doctor reaches a room only
with a join token: one room (so one encounter of one clinic), one doctor, JOIN_TOKEN_TTL_S seconds,
one use. A join opens a call whose bearer key the browser holds for the consult; an ICE restart after
a cut link is a new offer on the same call, not a new join. A join also hands the page the clinic's phone
(sync/hub/contacts), which the page shows whenever the call cannot get through.
"""
from __future__ import annotations

import hashlib
import json
import re
import secrets
import time
from dataclasses import dataclass, field
from typing import Any, Callable

from sqlalchemy import Engine, and_, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from ...clock import wall_ms
from ...errors import BadRequest, Forbidden
from ...ids import uuid7
from ..contacts.services import contact_of
from .const import (BOX_ERROR_REASONS, BOX_KINDS, CALL_TTL_S, DOCTOR_KINDS, JOIN_TOKEN_TTL_S, LISTENER_LIVE_S,
                    MAX_CALL_CAPTIONS, MAX_CAPTION_CHARS, MAX_MESSAGES, MAX_SDP_CHARS, POLL_EVERY_S, POLL_WAIT_S,
                    STALE_S, TURN_TTL_S)
from .errors import BadSignal, CallClosed, JoinRefused, UnknownRoom, WrongRoom
from .tables import hub_call_captions, hub_calls, hub_join_tokens, hub_rooms, hub_signal_listeners, hub_signals

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:@-]{0,63}$")
_ROOM = re.compile(r"^[0-9a-f-]{36}$")


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _check_id(value: Any, what: str, most: int = 64) -> str:
    if not isinstance(value, str) or len(value) > most or not _ID.match(value):
        raise BadRequest(f"{what} must be 1 to {most} letters, digits, '.', '_', ':', '@' or '-'")
    return value


@dataclass(frozen=True)
class TurnServers:
    """The TURN relays the hub hands to both ends (relay only), with TURN REST credentials minted from
    the relays' shared secret (coturn's use-auth-secret)."""

    uris: tuple[str, ...] = ()
    secret: str | None = None

    def ice_servers(self, user: str, now_s: int | None = None) -> list[dict[str, Any]]:
        if not self.uris or not self.secret:
            return []
        from media.turn.credentials import issue_credential

        cred = issue_credential(self.secret, user, TURN_TTL_S, list(self.uris), now=now_s)
        return [{"urls": list(self.uris), "username": cred.username, "credential": cred.credential}]


@dataclass(frozen=True)
class JoinToken:
    token: str
    room_id: str
    expires_ms: int


@dataclass(frozen=True)
class Call:
    call_id: str
    room_id: str
    clinic_id: str
    encounter_id: str
    doctor_id: str


@dataclass
class Signalling:
    engine: Engine
    turn: TurnServers = field(default_factory=TurnServers)
    clock: Callable[[], int] = wall_ms
    sleep: Callable[[float], None] = time.sleep

    # -- rooms and join tokens -------------------------------------------------------------------
    def room_for(self, clinic_id: str, encounter_id: str) -> str:
        """The room of one encounter of one clinic (made on first use)."""
        _check_id(clinic_id, "clinic id")
        _check_id(encounter_id, "encounter id", 36)
        for _ in range(2):
            with self.engine.begin() as conn:
                found = conn.execute(select(hub_rooms.c.room_id).where(
                    hub_rooms.c.clinic_id == clinic_id, hub_rooms.c.encounter_id == encounter_id)).scalar()
                if found:
                    return found
                try:
                    room_id = uuid7(self.clock())
                    conn.execute(insert(hub_rooms).values(room_id=room_id, clinic_id=clinic_id,
                                                          encounter_id=encounter_id, created_ms=self.clock()))
                    return room_id
                except IntegrityError:
                    continue            # another worker made it at the same moment: read theirs
        raise BadRequest("could not make the room; try again")

    def issue_join_token(self, doctor_id: str, clinic_id: str, encounter_id: str,
                         ttl_s: int = JOIN_TOKEN_TTL_S) -> JoinToken:
        """A join token for one doctor into one encounter's room (shown once; only its hash is kept)."""
        _check_id(doctor_id, "doctor id")
        if type(ttl_s) is not int or not 1 <= ttl_s <= 3600:
            raise BadRequest("a join token lives 1 to 3600 seconds")
        room_id = self.room_for(clinic_id, encounter_id)
        token, now = "jt_" + secrets.token_urlsafe(24), self.clock()
        with self.engine.begin() as conn:
            conn.execute(insert(hub_join_tokens).values(token_hash=_hash(token), room_id=room_id,
                                                        doctor_id=doctor_id, created_ms=now,
                                                        expires_ms=now + ttl_s * 1000))
        return JoinToken(token, room_id, now + ttl_s * 1000)

    def join(self, room_id: Any, token: Any) -> dict[str, Any]:
        """Spend a join token on its room: a call (id and bearer key for the browser's channel) and the
        ICE servers. Every refusal changes nothing (the claim is one conditional UPDATE)."""
        if not isinstance(room_id, str) or not _ROOM.match(room_id):
            raise UnknownRoom("no such room")
        if not isinstance(token, str) or not token.startswith("jt_") or len(token) > 100:
            raise JoinRefused("send the join token (jt_…) you were given")
        now = self.clock()
        with self.engine.begin() as conn:
            room = conn.execute(select(hub_rooms).where(hub_rooms.c.room_id == room_id)).first()
            if room is None:
                raise UnknownRoom("no such room")
            row = conn.execute(select(hub_join_tokens).where(hub_join_tokens.c.token_hash == _hash(token))).first()
            if row is None:
                raise JoinRefused("unknown join token")
            if row.room_id != room_id:
                raise WrongRoom("this join token is for another encounter's room")
            if row.used_ms is not None:
                raise JoinRefused("this join token has been used already; ask for a new one")
            if row.expires_ms <= now:
                raise JoinRefused("this join token has expired; ask for a new one")
            call_id, key = uuid7(now), secrets.token_urlsafe(32)
            claimed = conn.execute(update(hub_join_tokens).where(
                hub_join_tokens.c.token_hash == row.token_hash, hub_join_tokens.c.used_ms.is_(None))
                .values(used_ms=now, call_id=call_id)).rowcount
            if claimed != 1:
                raise JoinRefused("this join token has been used already; ask for a new one")
            conn.execute(insert(hub_calls).values(call_id=call_id, room_id=room_id, doctor_id=row.doctor_id,
                                                  key_hash=_hash(key), created_ms=now,
                                                  expires_ms=now + CALL_TTL_S * 1000))
        return {"call_id": call_id, "call_key": key, "room_id": room_id, "encounter_id": room.encounter_id,
                "clinic_id": room.clinic_id, "doctor_id": row.doctor_id, "ice_transport_policy": "relay",
                "ice_servers": self.turn.ice_servers(f"doctor-{call_id[-12:]}", now // 1000),
                "expires_ms": now + CALL_TTL_S * 1000, "clinic_signalling": self.clinic_signalling(room.clinic_id),
                "clinic_contact": self.clinic_contact(room.clinic_id)}

    # -- the doctor's side of a call ---------------------------------------------------------------
    def call(self, call_id: Any, key: Any) -> Call:
        if not isinstance(call_id, str) or not isinstance(key, str) or len(call_id) > 36 or len(key) > 100:
            raise CallClosed("unknown call")
        with self.engine.begin() as conn:
            row = conn.execute(select(hub_calls, hub_rooms.c.clinic_id, hub_rooms.c.encounter_id)
                               .join(hub_rooms, hub_rooms.c.room_id == hub_calls.c.room_id)
                               .where(hub_calls.c.call_id == call_id)).first()
        if row is None or not secrets.compare_digest(row.key_hash, _hash(key)):
            raise CallClosed("unknown call")
        if row.ended_ms is not None or row.expires_ms <= self.clock():
            raise CallClosed("this call has ended; join again")
        return Call(row.call_id, row.room_id, row.clinic_id, row.encounter_id, row.doctor_id)

    def send_to_box(self, call: Call, kind: Any, body: Any) -> int:
        """A message from the doctor's browser for the box; an offer's SDP is checked before it is stored."""
        if not isinstance(kind, str) or kind not in DOCTOR_KINDS:  # a list or an object is no kind either
            raise BadSignal(f"a browser sends one of {', '.join(sorted(DOCTOR_KINDS))}")
        if kind == "offer":
            body = {"sdp": check_sdp(body, "offer"), "type": "offer", "encounter_id": call.encounter_id,
                    "doctor_id": call.doctor_id, "room_id": call.room_id,
                    "ice_servers": self.turn.ice_servers(f"box-{call.call_id[-12:]}", self.clock() // 1000)}
        else:
            body = {"encounter_id": call.encounter_id}
        msg_id = self._store(call.call_id, call.clinic_id, "box", kind, body)
        if kind == "bye":
            with self.engine.begin() as conn:
                conn.execute(update(hub_calls).where(hub_calls.c.call_id == call.call_id)
                             .values(ended_ms=self.clock()))
        return msg_id

    def poll_doctor(self, call: Call, after: Any, wait_s: Any = POLL_WAIT_S) -> dict[str, Any]:
        after, wait_s = _cursor(after), _wait(wait_s)
        where = and_(hub_signals.c.call_id == call.call_id, hub_signals.c.to_side == "doctor")
        return {**self._poll(where, after, wait_s), "clinic_signalling": self.clinic_signalling(call.clinic_id)}

    def record_caption(self, call: Call, text: Any) -> int:
        """A final caption the doctor's browser received from the room, kept for the visit's SOAP draft
        (the captions travel browser ↔ box only; the browser hands the hub what it heard)."""
        if not isinstance(text, str) or not text.strip():
            raise BadRequest("text: the caption's words")
        text = " ".join(text.split())
        if len(text) > MAX_CAPTION_CHARS or "\x00" in text:
            raise BadRequest(f"text: at most {MAX_CAPTION_CHARS} characters")
        with self.engine.begin() as conn:
            held = conn.execute(select(func.count()).select_from(hub_call_captions).where(
                hub_call_captions.c.call_id == call.call_id)).scalar_one()
            if held >= MAX_CALL_CAPTIONS:
                raise BadRequest(f"a call keeps at most {MAX_CALL_CAPTIONS} captions")
            return conn.execute(insert(hub_call_captions).values(
                call_id=call.call_id, clinic_id=call.clinic_id, encounter_id=call.encounter_id, text=text,
                created_ms=self.clock()).returning(hub_call_captions.c.id)).scalar_one()

    def captions_for(self, clinic_id: str, encounter_id: str) -> list[str]:
        """Every final caption of one encounter's calls, in the order they arrived (a rejoin continues it)."""
        with self.engine.connect() as conn:
            return list(conn.execute(select(hub_call_captions.c.text).where(
                hub_call_captions.c.clinic_id == clinic_id, hub_call_captions.c.encounter_id == encounter_id)
                .order_by(hub_call_captions.c.id)).scalars())

    def clinic_contact(self, clinic_id: str) -> dict[str, Any] | None:
        """The number the doctor rings when the call cannot reach the clinic (None: the hub has none), so
        the page that says "phone the clinic" also says which number."""
        held = contact_of(self.engine, clinic_id)
        return None if held is None else held.as_json()

    # -- the box's side ----------------------------------------------------------------------------
    def record_listener(self, device_id: str, clinic_id: str) -> None:
        """A box has started a long-poll for its clinic's calls (so it is listening for the next
        LISTENER_LIVE_S seconds at least)."""
        now = self.clock()
        for _ in range(2):
            with self.engine.begin() as conn:
                if conn.execute(update(hub_signal_listeners).where(hub_signal_listeners.c.device_id == device_id)
                                .values(clinic_id=clinic_id, seen_ms=now)).rowcount:
                    return
                try:
                    conn.execute(insert(hub_signal_listeners).values(device_id=device_id, clinic_id=clinic_id,
                                                                     seen_ms=now))
                    return
                except IntegrityError:
                    continue            # its other poll (another worker) made the row first: update it

    def clinic_signalling(self, clinic_id: str) -> dict[str, Any]:
        """Whether a box of the clinic is listening for calls ("live"), or none has polled within
        LISTENER_LIVE_S ("absent": an offer would wait for nobody); how long ago one last polled."""
        now = self.clock()
        with self.engine.connect() as conn:
            seen = conn.execute(select(func.max(hub_signal_listeners.c.seen_ms))
                                .where(hub_signal_listeners.c.clinic_id == clinic_id)).scalar()
        live = seen is not None and now - seen <= LISTENER_LIVE_S * 1000
        return {"state": "live" if live else "absent",
                "seen_s_ago": None if seen is None else max(0, (now - seen) // 1000)}

    def poll_box(self, clinic_id: str, cursor: Any, wait_s: Any = POLL_WAIT_S) -> dict[str, Any]:
        """Messages for this clinic's calls after `cursor` (0: the box has just connected, so only those
        of the last STALE_S seconds — an offer from an hour ago is nobody's call any more)."""
        cursor, wait_s = _cursor(cursor), _wait(wait_s)
        where = and_(hub_signals.c.clinic_id == clinic_id, hub_signals.c.to_side == "box")
        if cursor == 0:
            where = and_(where, hub_signals.c.created_ms > self.clock() - STALE_S * 1000)
        got = self._poll(where, cursor, wait_s)
        # A call's later offer supersedes its earlier ones (the doctor pressed Retry while the box was away):
        # the room answers only the last, the one the doctor's page is waiting on.
        last_offer = {m["call_id"]: m["id"] for m in got["messages"] if m["kind"] == "offer"}
        got["messages"] = [m for m in got["messages"] if m["kind"] != "offer" or last_offer[m["call_id"]] == m["id"]]
        return got

    def send_to_doctor(self, clinic_id: str, call_id: Any, kind: Any, body: Any) -> int:
        """The box's answer (or error, or bye) to a call of its own clinic."""
        if not isinstance(kind, str) or kind not in BOX_KINDS:
            raise BadSignal(f"a box sends one of {', '.join(sorted(BOX_KINDS))}")
        if not isinstance(call_id, str) or len(call_id) > 36:
            raise BadSignal("call_id is missing")
        with self.engine.begin() as conn:
            row = conn.execute(select(hub_rooms.c.clinic_id).join(hub_calls, hub_calls.c.room_id == hub_rooms.c.room_id)
                               .where(hub_calls.c.call_id == call_id)).first()
        if row is None:
            raise BadSignal("no such call")
        if row.clinic_id != clinic_id:
            raise Forbidden("this call is another clinic's")
        offer_id = body.get("offer_id") if isinstance(body, dict) else None
        if kind == "answer":
            body = {"sdp": check_sdp(body, "answer"), "type": "answer"}
        elif kind == "error":
            detail = body.get("detail") if isinstance(body, dict) else None
            reason = body.get("reason") if isinstance(body, dict) else None
            body = {"detail": detail[:300] if isinstance(detail, str) else "the room refused the call",
                    "reason": reason if isinstance(reason, str) and reason in BOX_ERROR_REASONS else "room_refused"}
        else:
            body = {}
        if kind != "bye" and type(offer_id) is int and offer_id > 0:
            body["offer_id"] = offer_id     # which offer this answers: the page drops answers to superseded ones
        return self._store(call_id, clinic_id, "doctor", kind, body)

    # -- storage -----------------------------------------------------------------------------------
    def _store(self, call_id: str, clinic_id: str, to_side: str, kind: str, body: dict[str, Any]) -> int:
        with self.engine.begin() as conn:
            return conn.execute(insert(hub_signals).values(
                call_id=call_id, clinic_id=clinic_id, to_side=to_side, kind=kind, body=json.dumps(body),
                created_ms=self.clock()).returning(hub_signals.c.id)).scalar_one()

    def _poll(self, where, after: int, wait_s: float) -> dict[str, Any]:
        """Held until a message is there or `wait_s` has passed (any worker may store it: read again)."""
        deadline = time.monotonic() + wait_s
        while True:
            with self.engine.connect() as conn:
                rows = conn.execute(select(hub_signals).where(where, hub_signals.c.id > after)
                                    .order_by(hub_signals.c.id).limit(MAX_MESSAGES)).all()
                if not rows and after == 0:
                    after = conn.execute(select(func.coalesce(func.max(hub_signals.c.id), 0))).scalar_one()
            if rows or time.monotonic() >= deadline:
                break
            self.sleep(POLL_EVERY_S)
        messages = [{"id": r.id, "call_id": r.call_id, "kind": r.kind, **json.loads(r.body)} for r in rows]
        return {"messages": messages, "cursor": rows[-1].id if rows else after}


def _cursor(value: Any) -> int:
    if type(value) is not int or not 0 <= value < 2**62:
        raise BadRequest("the cursor is a whole number from 0")
    return value


def _wait(value: Any) -> float:
    if type(value) not in (int, float) or not 0 <= value <= POLL_WAIT_S:
        raise BadRequest(f"wait is 0 to {POLL_WAIT_S} seconds")
    return float(value)


_SDP_LINE = re.compile(r"^[a-z]=[^\x00]*$")


def check_sdp(body: Any, kind: str) -> str:
    """An SDP the other end can take: text of session-description lines with ICE credentials, a DTLS
    fingerprint and at least one media section. Garbage is refused here, before anything is started."""
    if not isinstance(body, dict) or body.get("type", kind) != kind or not isinstance(body.get("sdp"), str):
        raise BadSignal(f"an {kind} is {{\"type\": \"{kind}\", \"sdp\": \"v=0…\"}}")
    sdp = body["sdp"]
    if len(sdp) > MAX_SDP_CHARS:
        raise BadSignal(f"the SDP is longer than {MAX_SDP_CHARS} characters")
    lines = [line for line in sdp.replace("\r\n", "\n").split("\n") if line]
    if not lines or lines[0] != "v=0" or not all(_SDP_LINE.match(line) for line in lines):
        raise BadSignal("the SDP is not a session description (it must start with v=0, one field a line)")
    if not any(line.startswith("m=") for line in lines):
        raise BadSignal("the SDP has no media section")
    if not any(line.startswith("a=ice-ufrag:") for line in lines) or \
            not any(line.startswith("a=fingerprint:") for line in lines):
        raise BadSignal("the SDP lacks ICE credentials or a DTLS fingerprint")
    return sdp
