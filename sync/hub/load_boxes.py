"""The simulated boxes of `clinic hub load`: their events, their pushes pre-built as a box sends them
(c1 columns, zstd with the shipped dictionary: sync/client.py's compact protocol), and the client
process that drives them against several hub workers from a bounded pool of threads.

Everything costly is done before the clock starts (events, c1 encoding, zstd-19): while the clock
runs a request costs one Ed25519 signature over the body's SHA-256, and the HTTP exchange.
"""
from __future__ import annotations

import http.client
import json
import os
import random
import signal
import ssl
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from .. import batch_codec
from ..clock import HLCTimestamp, wall_ms
from ..ids import uuid7
from ..protocol import (ACCEPT_BATCH, API, BATCH_HEADER, DEFAULT_DICT, DICT_HEADER, compress_with_dict,
                        decompress, decompress_with_dict, dumps, sign_request)

EVENTS_PER_VISIT = 4        # a patient registered, an encounter, its vitals, a diagnosis
PULL_LIMIT = 500
ATTEMPTS = 4                # per request, alternating workers, before the box gives up for this run
RETRY_PAUSE_S = 0.2


@dataclass(frozen=True)
class BoxSpec:
    """An enrolled box as the client process knows it: its id, its clinic and its private key."""
    device_id: str
    clinic_id: str
    key: bytes      # Ed25519, raw 32 bytes


def visit_events(device_id: str, first_seq: int, n: int, now_ms: int) -> list[dict[str, Any]]:
    """`n` events of one box from seq `first_seq`: visits of new patients, EVENTS_PER_VISIT events each."""
    out: list[dict[str, Any]] = []
    rnd = random.Random(f"{device_id}:{first_seq}")
    patient = encounter = None
    for seq in range(first_seq, first_seq + n):
        step = (seq - 1) % EVENTS_PER_VISIT
        hlc = HLCTimestamp(now_ms, seq)
        eid = uuid7(now_ms)
        if step == 0:
            patient = uuid7(now_ms)
            entity, entity_id, op = "patient", patient, "registered"
            fields = {"given_name": rnd.choice(("Amina", "Juma", "Neema", "Baraka", "Rehema")),
                      "family_name": f"Mzee {rnd.randrange(10**6)}", "sex": rnd.choice("FM"),
                      "birth_date": f"{rnd.randrange(1940, 2025)}-0{rnd.randrange(1, 10)}-1{rnd.randrange(10)}",
                      "village": rnd.choice(("Kijiji A", "Mlimani", "Pwani")), "phone": f"+2557{rnd.randrange(10**8):08d}"}
        elif step == 1:
            encounter = uuid7(now_ms)
            entity, entity_id, op = "encounter", encounter, "opened"
            fields = {"patient_id": patient, "reason": rnd.choice(("fever", "cough", "antenatal visit", "wound"))}
        elif step == 2:
            entity, entity_id, op = "vitals", uuid7(now_ms), "recorded"
            fields = {"encounter_id": encounter, "temperature_c": round(rnd.uniform(36, 40), 1),
                      "pulse": rnd.randrange(60, 130), "spo2": rnd.randrange(88, 100)}
        else:
            entity, entity_id, op = "diagnosis", uuid7(now_ms), "created"
            fields = {"encounter_id": encounter, "text": rnd.choice(("malaria", "pneumonia", "URTI")),
                      "code": rnd.choice(("1F4Z", "CA40", "CA07")), "certainty": "provisional"}
        out.append({"id": eid, "origin": device_id, "seq": seq, "hlc": hlc.encode(), "entity": entity,
                    "entity_id": entity_id, "op": op, "patient_id": patient, "fields": fields, "actor": "load-nurse",
                    "schema": 1, "recorded_at": time.strftime("%Y-%m-%dT%H:%M:%S.000+00:00", time.gmtime(now_ms / 1000))})
    return out


@dataclass
class Batch:
    """One push as the box sends it: its last seq and the compressed c1 body (signed at send time)."""
    last_seq: int
    body: bytes


def build_batches(box: BoxSpec, events: int, batch: int, now_ms: int) -> list[Batch]:
    evs = visit_events(box.device_id, 1, events, now_ms)
    out = []
    for start in range(0, events, batch):
        chunk = evs[start:start + batch]
        after = evs[start + batch]["hlc"] if start + batch < events else None
        report = {"waiting": events - start, "last_seq": events, "next_waiting_hlc": after, "skew_ms": 0}
        payload = {"events": batch_codec.encode_events(chunk), "report": report}
        out.append(Batch(chunk[-1]["seq"], compress_with_dict(dumps(payload), DEFAULT_DICT)))
    return out


_HEADERS = {"Content-Type": "application/json", "Content-Encoding": "zstd", "Accept-Encoding-Clinic": "zstd",
            ACCEPT_BATCH: batch_codec.FORMAT}


class _Connections:
    """One kept-alive HTTPS connection per hub worker, for one client thread."""

    def __init__(self, ports: list[int], context: ssl.SSLContext) -> None:
        self.ports, self.context = ports, context
        self.conns: dict[int, http.client.HTTPSConnection] = {}

    def post(self, worker: int, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, dict[str, Any]]:
        conn = self.conns.get(worker)
        if conn is None:
            conn = self.conns[worker] = http.client.HTTPSConnection("127.0.0.1", self.ports[worker],
                                                                    context=self.context, timeout=60)
        try:
            conn.request("POST", path, body, headers)
            resp = conn.getresponse()
            raw = resp.read()
        except Exception:
            conn.close()
            del self.conns[worker]
            raise
        name = resp.getheader(DICT_HEADER)
        data = decompress_with_dict(raw, name) if name else decompress(raw, resp.getheader("Content-Encoding"))
        return resp.status, json.loads(data or b"{}")

    def close(self) -> None:
        for conn in self.conns.values():
            conn.close()


@dataclass
class _BoxState:
    spec: BoxSpec
    key: Ed25519PrivateKey
    batches: list[Batch]
    next_batch: int = 0
    turn: int = 0           # the worker of the next push (its pull goes to the next one): they alternate
    cursor: int = 0
    ack: int = 0
    acked_by: dict[int, int] = field(default_factory=dict)     # batch index -> worker that acked it
    failed: str | None = None


class Driver:
    """The client side: boxes shared out over `threads` threads, each box pushing its batches in order
    and pulling a page after each push, its requests alternating between the workers."""

    def __init__(self, boxes: list[BoxSpec], ports: list[int], ca_file: str, *, events: int, batch: int,
                 kill: tuple[int, int] | None = None) -> None:
        self.ports = ports
        self.kill = kill        # (after this many pushes, SIGKILL this process group): a hub machine lost
        self.context = ssl.create_default_context(cafile=ca_file)
        now = wall_ms()
        started = time.monotonic()
        self.boxes = [_BoxState(b, Ed25519PrivateKey.from_private_bytes(b.key), build_batches(b, events, batch, now),
                                turn=n) for n, b in enumerate(boxes)]
        self.build_s = time.monotonic() - started
        self.lock = threading.Lock()
        self.push_ms: list[float] = []
        self.pull_ms: list[float] = []
        self.retries = 0
        self.errors: list[str] = []
        self.server_errors = 0
        self.pulled = 0
        self.pushes_by_worker = [0] * len(ports)
        self.killed_at: int | None = None

    def _exchange(self, conns: _Connections, box: _BoxState, first: int, path: str, body: bytes,
                  extra: dict[str, str]) -> tuple[int, int, dict[str, Any]]:
        """POST to worker `first`, signed anew for each attempt; on a dropped connection or a 5xx, the next worker."""
        last = ""
        for attempt in range(ATTEMPTS):
            worker = (first + attempt) % len(self.ports)
            headers = {**_HEADERS, **extra, DICT_HEADER: DEFAULT_DICT,
                       **sign_request(box.key, box.spec.device_id, "POST", path, body, wall_ms())}
            try:
                status, data = conns.post(worker, path, body, headers)
            except Exception as err:  # noqa: BLE001 - a dropped connection: the other worker
                last = f"{type(err).__name__}: {err}"
            else:
                if status < 500:
                    return worker, status, data
                with self.lock:
                    self.server_errors += 1
                last = f"{status} {data.get('detail', '')}"
            with self.lock:
                self.retries += 1
            time.sleep(RETRY_PAUSE_S * attempt)
        raise RuntimeError(f"{path} failed on every worker: {last}")

    def push(self, conns: _Connections, box: _BoxState) -> None:
        b = box.batches[box.next_batch]
        started = time.perf_counter()
        worker, status, data = self._exchange(conns, box, box.turn, f"{API}/push", b.body,
                                              {BATCH_HEADER: batch_codec.FORMAT})
        took = (time.perf_counter() - started) * 1000
        if status != 200 or data.get("ack") != b.last_seq:
            raise RuntimeError(f"push of seq ..{b.last_seq}: {status} {str(data)[:200]}")
        box.ack = data["ack"]
        box.acked_by[box.next_batch] = worker
        box.next_batch += 1
        with self.lock:
            self.push_ms.append(took)
            self.pushes_by_worker[worker] += 1
            if self.kill is not None and len(self.push_ms) == self.kill[0]:
                os.killpg(self.kill[1], signal.SIGKILL)
                self.killed_at = len(self.push_ms)

    def pull(self, conns: _Connections, box: _BoxState) -> None:
        body = compress_with_dict(dumps({"cursor": box.cursor, "limit": PULL_LIMIT}), DEFAULT_DICT)
        started = time.perf_counter()
        _, status, data = self._exchange(conns, box, box.turn + 1, f"{API}/pull", body, {})
        box.turn += 1
        took = (time.perf_counter() - started) * 1000
        if status != 200:
            raise RuntimeError(f"pull from {box.cursor}: {status} {str(data)[:200]}")
        box.cursor = data["cursor"]
        events = data["events"]
        if data.get("format") == batch_codec.FORMAT:
            events = batch_codec.decode_events(events, PULL_LIMIT * 2)
        with self.lock:
            self.pull_ms.append(took)
            self.pulled += len(events)

    def _thread(self, mine: list[_BoxState], until: float) -> None:
        conns = _Connections(self.ports, self.context)
        try:
            while time.monotonic() < until:
                todo = [b for b in mine if b.failed is None and b.next_batch < len(b.batches)]
                if not todo:
                    return
                for box in todo:
                    if time.monotonic() >= until:
                        return
                    try:
                        self.push(conns, box)
                        self.pull(conns, box)
                    except Exception as err:  # noqa: BLE001 - counted; this box stops, the others go on
                        box.failed = str(err)[:300]
                        with self.lock:
                            self.errors.append(f"{box.spec.device_id}: {box.failed}")
        finally:
            conns.close()

    def run(self, threads: int, seconds: float) -> dict[str, Any]:
        cpu0, started = os.times(), time.monotonic()
        until = started + seconds
        pool = [threading.Thread(target=self._thread, args=(self.boxes[n::threads], until), daemon=True)
                for n in range(threads)]
        for t in pool:
            t.start()
        for t in pool:
            t.join()
        wall, cpu1 = time.monotonic() - started, os.times()
        return {"wall_s": wall, "client_cpu_s": (cpu1.user - cpu0.user) + (cpu1.system - cpu0.system),
                "build_s": self.build_s, "push_ms": self.push_ms, "pull_ms": self.pull_ms,
                "retries": self.retries, "server_errors": self.server_errors, "errors": self.errors[:20],
                "failed_boxes": sum(1 for b in self.boxes if b.failed),
                "unfinished_boxes": sum(1 for b in self.boxes if b.next_batch < len(b.batches)),
                "acks": {b.spec.device_id: b.ack for b in self.boxes},
                "pushes": sum(b.next_batch for b in self.boxes), "pushes_by_worker": self.pushes_by_worker,
                "pulled": self.pulled, "killed_at": self.killed_at,
                "events": sum(b.ack for b in self.boxes)}

    def push_again(self, sample: int, seed: int = 0) -> list[dict[str, Any]]:
        """Send `sample` acked batches, picked at random, again to the worker that did not ack them; each
        answer's ack and held seqs, and what the box expects: its final ack, nothing held."""
        acked = [(box, n) for box in self.boxes for n in box.acked_by]
        picked = random.Random(seed).sample(acked, min(sample, len(acked)))
        conns = _Connections(self.ports, self.context)
        out = []
        try:
            for box, n in picked:
                worker, status, data = self._exchange(conns, box, box.acked_by[n] + 1, f"{API}/push", box.batches[n].body,
                                                      {BATCH_HEADER: batch_codec.FORMAT})
                out.append({"device_id": box.spec.device_id, "batch": n, "acked_by": box.acked_by[n],
                            "sent_to": worker, "status": status, "ack": data.get("ack"),
                            "held": data.get("held"), "expected_ack": box.ack})
        finally:
            conns.close()
        return out


def client_process(conn, boxes: list[BoxSpec], ports: list[int], ca_file: str, events: int, batch: int,
                   threads: int, seconds: float, sample: int, kill: tuple[int, int] | None = None) -> None:
    """The client side in its own process (multiprocessing, spawned), talking with the run over a pipe:
    "built" once the payloads are ready; then, told "go", the run's figures; told "again", the re-pushes."""
    cpu0 = os.times()
    driver = Driver(boxes, ports, ca_file, events=events, batch=batch, kill=kill)
    cpu1 = os.times()
    conn.send({"built_s": driver.build_s, "build_cpu_s": (cpu1.user - cpu0.user) + (cpu1.system - cpu0.system),
               "batches": sum(len(b.batches) for b in driver.boxes)})
    if conn.recv() != "go":
        return
    conn.send(driver.run(threads, seconds))
    if conn.recv() == "again":
        conn.send(driver.push_again(sample))
