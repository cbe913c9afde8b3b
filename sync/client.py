"""The box side of sync: enrol, push own events since the hub's ack, pull scoped events since the cursor.

Every step is resumable: the ack and the cursor are written in the same transaction as what they
describe, so a cut link loses at most the batch in flight (re-sent, then de-duplicated by the hub).
"""
from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Protocol

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from appliance.audit.services import chain_head, macs_at
from appliance.events.outbox import events_after, last_seq
from appliance.store import Store
from appliance.store.keys import write_private_file

from . import checkpoints
from .apply import apply_events, pending_count
from .backoff import BATCH_TARGET_S, MAX_BATCH, START_BATCH, BatchSizer, Patience
from .clock import wall_ms
from .clock_state import observe_hub_time
from .errors import HubNotTrusted, LinkDead, NotEnrolled, SyncError, TransportError
from .link import HttpLink  # noqa: F401 - the box's link, imported from here by callers
from . import batch_codec
from .protocol import (ACCEPT_BATCH, API, BATCH_HEADER, DEFAULT_CODEC, DEFAULT_DICT, DICT_HEADER, HUB_TIME, compress,
                       compress_with_dict, decompress, decompress_with_dict, dumps, public_key_bytes, sign_request)

KEY_FILENAME = "device.ed25519"
# How far ahead of the ack a push may pick from, clinical events first (audit records of reads can
# pile up by the thousand while a link is down).
PRIORITY_WINDOW = 2000
# Bulky, non-urgent entities go after clinical ones; everything else is clinical (priority 0).
BULKY_ENTITIES = frozenset({"audit", "transcript", "soap_version", "soap_diff", "soap_signature", "soap_addendum",
                            "alert", "triage"})


def priority(entity: str) -> int:
    return 1 if entity in BULKY_ENTITIES else 0


class Link(Protocol):
    """One HTTP exchange with the hub: (status, headers, body). Raises TransportError on a cut link."""

    def post(self, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]: ...


@dataclass
class SyncStatus:
    last_seq: int
    acked: int
    cursor: int
    pending: int
    skew_ms: int
    enrolled: bool
    last_error: str | None

    @property
    def waiting(self) -> int:
        return self.last_seq - self.acked

    @property
    def synced(self) -> bool:
        """True only when the hub has committed (acked) every event this box wrote."""
        return self.enrolled and self.waiting == 0


def _key_bytes(key: Ed25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def load_or_create_key(data_dir: Path) -> Ed25519PrivateKey:
    path = Path(data_dir) / KEY_FILENAME
    if path.exists():
        return Ed25519PrivateKey.from_private_bytes(path.read_bytes())
    key = Ed25519PrivateKey.generate()
    write_private_file(path, _key_bytes(key))
    return key


def pending_key_path(data_dir: Path) -> Path:
    return Path(data_dir) / (KEY_FILENAME + ".new")


class SyncClient:
    def __init__(self, store: Store, device_id: str, key: Ed25519PrivateKey, link: Link, *,
                 codec: str = DEFAULT_CODEC, sizer: BatchSizer | None = None,
                 progress: Callable[[int, int, int], None] | None = None, patience: Patience | None = None,
                 pushed: Callable[[int, int], None] | None = None, say: Callable[[str], None] | None = None,
                 sleep: Callable[[float], None] = time.sleep, compact: bool = True,
                 first_batch: int = START_BATCH) -> None:
        self.store, self.device_id, self.key, self.link = store, device_id, key, link
        self.codec = codec
        # The compact protocol (c1 columns, zstd with the shipped dictionary) until a hub refuses it;
        # then plain JSON for the rest of this client's life (an old hub, or one without the dictionary).
        self.dictionary = DEFAULT_DICT if codec == "zstd" and compact else None
        self.batch_format = batch_codec.FORMAT
        # Batches sized to the link: a compact (c2) batch of 1,000 events of a clinic day is ~7 KB, about a
        # second at 64 kbit/s, and every batch fewer saves a round trip (400 ms on 2G) and compresses better;
        # the sizer halves on a slow or cut one.
        self.sizer = sizer or BatchSizer(size=max(1, min(first_batch, MAX_BATCH)), high=MAX_BATCH,
                                         target_s=BATCH_TARGET_S)
        # Pull pages keep their own sizer, as before (50 growing to 1,000): a replacement box applies and
        # commits page by page, and a cut link costs one page.
        self.pull_sizer = BatchSizer() if sizer is None else sizer
        self.progress = progress        # (pull cursor, hub head, events received) after each page applied
        # With progress: how many events the hub had still to send this box when the run's pulls began
        # (its clinic's share of the log past the cursor; None from a hub that does not count them).
        self.share: int | None = None
        self.pushed = pushed            # (events committed at the hub, events written here) after each push
        self.patience = patience        # None: the first failed exchange ends sync_now (tests, one-shot jobs)
        self.say = say or (lambda _msg: None)
        self.sleep = sleep

    # -- one exchange ------------------------------------------------------------------------------
    def _call(self, path: str, payload: dict[str, Any], *, signed: bool = True, retried: bool = False) -> dict[str, Any]:
        compact, original = self.dictionary is not None, payload
        headers = {"Content-Type": "application/json", "Content-Encoding": self.codec,
                   "Accept-Encoding-Clinic": self.codec}
        if compact:
            if isinstance(payload.get("events"), list) and all(isinstance(e, dict) for e in payload["events"]):
                payload = {**payload, "events": batch_codec.encode_events(payload["events"], fmt=self.batch_format)}
                headers[BATCH_HEADER] = self.batch_format
            body = compress_with_dict(dumps(payload), self.dictionary)
            headers.update({DICT_HEADER: self.dictionary, ACCEPT_BATCH: self.batch_format})
        else:
            body = compress(dumps(payload), self.codec)
        sent = wall_ms()
        if signed:
            with self.store.read() as conn:
                skew = int(checkpoints.get(conn, "skew_ms", "0"))
            headers.update(sign_request(self.key, self.device_id, "POST", path, body, sent - skew))
        status, rheaders, rbody = self.link.post(path, body, headers)
        rheaders = {k.lower(): v for k, v in rheaders.items()}
        hub_time = rheaders.get(HUB_TIME.lower())
        if hub_time:
            with self.store.write() as conn:
                observe_hub_time(conn, hub_time, sent, wall_ms())
        if rheaders.get(DICT_HEADER.lower()):
            data = json.loads(decompress_with_dict(rbody, rheaders[DICT_HEADER.lower()]) or b"{}")
        else:
            data = json.loads(decompress(rbody, rheaders.get("content-encoding")) or b"{}")
        if data.get("format") in batch_codec.FORMATS:
            data["events"] = batch_codec.decode_events(data["events"], 10**6)
        if status >= 500:
            raise TransportError(f"hub answered {status}")
        if status == 401 and "window" in str(data.get("detail")) and not retried:
            return self._call(path, original, signed=signed, retried=True)   # skew now known: sign again
        if status == 400 and compact and data.get("code") == "unknown-batch-format" and self.batch_format != "c1":
            # A hub of before c2: the same request in c1 (columns without id deltas), still compressed.
            self.say("the hub does not read c2 batches; sending c1")
            self.batch_format = "c1"
            return self._call(path, original, signed=signed, retried=retried)
        if status == 400 and compact:
            # An old hub (no c1, no dictionary: "unknown content encoding", "not JSON") or a hub without
            # this dictionary ("unknown-dictionary"): nothing was stored; the same request, plain.
            self.say(f"the hub does not take the compact protocol ({data.get('detail', status)}); sending plain JSON")
            self.dictionary = None
            return self._call(path, original, signed=signed, retried=retried)
        if status >= 400:
            err = SyncError(data.get("detail", f"hub refused ({status})"), **{k: v for k, v in data.items()
                                                                             if k != "detail"})
            err.status = status
            with self.store.write() as conn:
                checkpoints.put(conn, "last_error", err.detail)
            raise err
        return data

    def exchange(self, path: str, payload: dict[str, Any]) -> dict[str, Any]:
        """One signed exchange with the hub on the sync link (the SMS hand-over uses it)."""
        self._require_enrolled()
        return self._call(path, payload)

    # -- device key rotation ---------------------------------------------------------------------
    def rotate_key(self, data_dir: Path) -> str:
        """New device key: written beside the old one first, announced to the hub signed with the old,
        then swapped in. A cut link or power cut at any step leaves a key the hub accepts: if the
        hub took the new key but the box never swapped, `recover_key` finds that out."""
        self._require_enrolled()
        pending = pending_key_path(data_dir)
        new_key = Ed25519PrivateKey.generate()
        write_private_file(pending, _key_bytes(new_key))
        self._call(f"{API}/device/key", {"public_key": public_key_bytes(new_key).hex()})
        os.replace(pending, Path(data_dir) / KEY_FILENAME)
        self.key = new_key
        return public_key_bytes(new_key).hex()[:16]

    def recover_key(self, data_dir: Path) -> None:
        """After an interrupted rotation: keep whichever key the hub now knows."""
        pending = pending_key_path(data_dir)
        if not pending.exists():
            return
        candidate = Ed25519PrivateKey.from_private_bytes(pending.read_bytes())
        old_key, self.key = self.key, candidate
        try:
            self._call(f"{API}/time", {})
            self._call(f"{API}/pull", {"cursor": 0, "limit": 1})
        except SyncError:
            self.key = old_key          # the hub never took the new key: it is of no use
            pending.unlink()
            return
        os.replace(pending, Path(data_dir) / KEY_FILENAME)

    # -- enrolment ---------------------------------------------------------------------------------
    def enrol(self, token: str) -> dict[str, Any]:
        """Enrolment is idempotent for the same token, device and key: a lost answer is asked again."""
        if self.patience is not None:
            self.patience.begin()
        self._patiently(lambda: self._call(f"{API}/time", {}, signed=False))   # signatures carry hub time
        data = self._patiently(lambda: self._call(f"{API}/enrol", {
            "token": token, "device_id": self.device_id, "public_key": public_key_bytes(self.key).hex()},
            signed=False))
        with self.store.write() as conn:
            # Another clinic, or another device enrolling this store (a backup restored onto a new
            # box: the old box's ack and cursor are not this device's): counted afresh from 0.
            before = checkpoints.get(conn, "enrolled_device")
            if (checkpoints.get(conn, "enrolled_clinic") != data["clinic_id"]
                    or before not in (None, self.device_id)):
                checkpoints.put_many(conn, {"enrolled_clinic": data["clinic_id"], "hub_ack": "0",
                                            "hub_cursor": "0"})
            # else: the same enrolment again (its answer was lost, or the technician ran it twice):
            # what was pushed and pulled since stays counted
            checkpoints.put_many(conn, {"enrolled_device": self.device_id})
        return data

    def clock_skew_ms(self) -> int:
        """One time exchange with the hub (retried over a bad link like every other): the skew as measured."""
        self._patiently(lambda: self._call(f"{API}/time", {}, signed=False))
        return self.status().skew_ms

    def _require_enrolled(self) -> None:
        with self.store.read() as conn:
            if checkpoints.get(conn, "enrolled_clinic") is None:
                raise NotEnrolled("this box is not enrolled with a hub (run `clinic sync enrol`)")

    # -- push and pull -----------------------------------------------------------------------------
    def push_batch(self) -> int:
        """Send the next batch of own events after the hub's ack; returns how many the ack moved.

        Clinical events go before bulky ones (audit records, transcripts, notes drafts): the batch is
        chosen by priority from a window above the ack, skipping what the hub already holds there.
        The hub stores events beyond a gap and acks the contiguous prefix, so the ack still moves
        once the window's bulky events follow; applying is order-free, and a record that arrives
        before its parent waits on the other boxes until the parent comes."""
        with self.store.read() as conn:
            acked = checkpoints.get_int(conn, "hub_ack")
            held = set(json.loads(checkpoints.get(conn, "hub_held", "[]")))
            window = events_after(conn, self.device_id, acked, max(PRIORITY_WINDOW, self.sizer.size * 4))
            newest = last_seq(conn, self.device_id)
            skew = int(checkpoints.get(conn, "skew_ms", "0"))
        todo = [e for e in window if e["seq"] not in held]
        if not todo:
            return 0
        batch = sorted(todo, key=lambda e: (priority(e["entity"]), e["seq"]))[:self.sizer.size]
        chosen = {e["seq"] for e in batch}
        rest = [e for e in todo if e["seq"] not in chosen]
        # The oldest event still waiting once this batch is in tells the hub how old the backlog is.
        after = min((e["hlc"] for e in rest), default=None) if rest else None
        if after is None and newest > window[-1]["seq"]:
            with self.store.read() as conn:
                beyond = events_after(conn, self.device_id, window[-1]["seq"], 1)
            after = beyond[0]["hlc"] if beyond else None
        report = {"waiting": newest - acked, "last_seq": newest, "next_waiting_hlc": after, "skew_ms": skew}
        started = time.monotonic()
        try:
            data = self._call(f"{API}/push", {"events": sorted(batch, key=lambda e: e["seq"]), "report": report})
        except TransportError as err:
            if err.extra.get("sent", True):
                self.sizer.failed()
            raise
        self.sizer.succeeded(time.monotonic() - started)
        with self.store.write() as conn:
            checkpoints.put_many(conn, {"hub_ack": str(data["ack"]), "hub_held": json.dumps(data.get("held", []))})
        if self.pushed:
            self.pushed(data["ack"], newest)
        return max(data["ack"] - acked, len(batch))

    def audit_anchor(self) -> dict[str, Any]:
        """The audit chain's head for the hub to anchor, and the MACs now held at the seqs of the
        anchors it has not yet confirmed (sync/hub/anchors.py)."""
        with self.store.read() as conn:
            head = chain_head(conn) or {"seq": 0, "mac": None}
            asked = [int(s) for s in json.loads(checkpoints.get(conn, "audit_confirm", "[]"))]
            held = macs_at(conn, asked)
        return {"seq": head["seq"], "mac": head["mac"], "confirm": {str(s): held.get(s) for s in asked}}

    def pull_batch(self, *, anchor: bool = False, share: bool = False) -> int:
        """Fetch and apply the next page after the cursor; cursor and data commit together. With
        `anchor`, the request also carries the audit chain's head for the hub to anchor; with `share`,
        it asks how many events are still to come (kept in `self.share`)."""
        with self.store.read() as conn:
            cursor = checkpoints.get_int(conn, "hub_cursor")
        payload: dict[str, Any] = {"cursor": cursor, "limit": self.pull_sizer.size}
        if anchor:
            payload["audit"] = self.audit_anchor()
        if share:
            payload["share"] = True
        started = time.monotonic()
        try:
            data = self._call(f"{API}/pull", payload)
        except TransportError as err:
            if err.extra.get("sent", True):
                self.pull_sizer.failed()
            raise
        self.pull_sizer.succeeded(time.monotonic() - started)
        if share and type(data.get("share")) is int:
            self.share = data["share"]
        if isinstance(data.get("audit_confirm"), list):
            with self.store.write() as conn:
                checkpoints.put(conn, "audit_confirm", json.dumps([s for s in data["audit_confirm"]
                                                                   if type(s) is int][:50]))
        if data["cursor"] == cursor:
            return 0
        with self.store.write() as conn:
            if checkpoints.get_int(conn, "hub_cursor") != cursor:
                return 0        # another sync process moved on meanwhile
            apply_events(conn, data["events"])
            checkpoints.put_many(conn, {"hub_cursor": str(data["cursor"]), "hub_head": str(data["head"])})
        if self.progress:
            self.progress(data["cursor"], data["head"], len(data["events"]))
        return max(1, len(data["events"]))

    def sync_now(self, max_rounds: int = 10_000) -> SyncStatus:
        """Push until the hub has everything, then pull until caught up (the first pull that goes through
        anchors the audit chain's head at the hub). With patience, failed exchanges are tried again (each step
        resumes from the hub's exact ack or the cursor) until caught up, stopped (Ctrl-C), or the link carried
        nothing for the patience's limit."""
        self._require_enrolled()
        if self.patience is not None:
            self.patience.begin()
        self._until_done(self.push_batch, max_rounds)
        anchored = False

        def pull() -> int:
            nonlocal anchored
            got = self.pull_batch(anchor=not anchored, share=not anchored and self.progress is not None)
            anchored = True
            return got

        self._until_done(pull, max_rounds)
        with self.store.write() as conn:
            checkpoints.put(conn, "last_error", "")
        return self.status()

    def _until_done(self, step: Callable[[], int], max_rounds: int) -> None:
        for _ in range(max_rounds):
            if self._patiently(step) <= 0:
                return

    def _patiently(self, exchange: Callable[[], Any]) -> Any:
        while True:
            try:
                result = exchange()
            except (LinkDead, HubNotTrusted):   # waiting helps neither
                raise
            except TransportError as err:
                if self.patience is None:
                    raise
                self._wait_after(err)
                continue
            if self.patience is not None:
                self.patience.carried()
            return result

    def _wait_after(self, err: TransportError) -> None:
        wait = self.patience.next_wait()
        st = self.status()
        if wait is None:
            detail = (f"no exchange with the hub went through for {self.patience.dead_for():.0f} s "
                      f"(last: {err.detail}); {committed(st)}")
            with self.store.write() as conn:
                checkpoints.put(conn, "last_error", detail)
            raise LinkDead(detail, acked=st.acked, last_seq=st.last_seq, cursor=st.cursor) from err
        self.say(f"{err.detail}; {committed(st)}; trying again"
                 + (f" in {wait:.0f} s" if wait >= 1 else "") + f" (failure {self.patience.failures})")
        if wait > 0:
            self.sleep(wait)

    def status(self) -> SyncStatus:
        with self.store.read() as conn:
            state = checkpoints.all_state(conn)
            return SyncStatus(last_seq=last_seq(conn, self.device_id), acked=int(state.get("hub_ack", 0)),
                              cursor=int(state.get("hub_cursor", 0)), pending=pending_count(conn),
                              skew_ms=int(state.get("skew_ms", 0)), enrolled="enrolled_clinic" in state,
                              last_error=state.get("last_error") or None)


def committed(st: SyncStatus) -> str:
    """What the hub holds, in the health worker's words."""
    return f"{st.acked:,} of {st.last_seq:,} events committed at the hub"
