"""`clinic bench sync`: hub ingest through sync.hub.services.push_events (no HTTP, TLS or signatures),
on PostgreSQL and SQLite: a push in one transaction (now) against a transaction per step (before) and
the old one-INSERT-per-event path, with the process's CPU time beside the wall time."""
from __future__ import annotations

import json
import os
from contextlib import contextmanager, nullcontext
import re
import secrets
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any, Callable

from .audit_chain import event_hash, is_chained

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def as_device(events: list[dict[str, Any]], device_id: str) -> list[dict[str, Any]]:
    """One box's events as another box's (other clinic, other ids), audit chain recomputed."""
    ns = uuid.uuid5(uuid.NAMESPACE_URL, device_id)
    text = _UUID.sub(lambda m: str(uuid.uuid5(ns, m.group(0))), json.dumps(events))
    out = json.loads(text)
    prev = None
    for ev in out:
        ev["origin"] = device_id
        if is_chained(ev["entity"], ev["fields"]):
            if prev is not None:
                ev["fields"]["prev_hash"] = prev
            ev["fields"]["hash"] = prev = event_hash(ev)
    return out


def _per_step(store_cls):
    """The path before: the same statements, but each step of a push in a transaction of its own
    (scope, owners, audit predecessor, append, grants, conflicts, contact), each on a pooled
    connection checked out with a ping."""
    class PerStepStore(store_cls):
        @contextmanager
        def transaction(self):
            yield self
    return PerStepStore


def _naive(store_cls):
    """The old path: one INSERT per event, one transaction and fold per indexed event."""
    class NaiveStore(_per_step(store_cls)):
        def append(self, device, events):
            return self.append_naive(device, events)

        def add_scopes(self, grants):
            for patient_id, clinic_id in grants:
                self.add_scope(patient_id, clinic_id)

        def records_events(self, records):
            return {key: self.entity_events(*key) for key in records}
    return NaiveStore


def _server_cpu_s(store) -> float | None:
    """CPU seconds spent so far by the PostgreSQL backends serving this store's database (read from
    /proc: the server runs on this machine here); None for SQLite, or when /proc does not show them."""
    if store.engine.dialect.name != "postgresql":
        return None
    from sqlalchemy import text

    with store.engine.connect() as conn:
        pids = [r[0] for r in conn.execute(text("SELECT pid FROM pg_stat_activity WHERE datname = current_database()"))]
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def ingest_rate(store, devices_events: dict[str, list[dict[str, Any]]], batch: int) -> dict[str, Any]:
    from .hub import services

    devices = {}
    for n, device_id in enumerate(devices_events):
        token = services.issue_token(store, f"CL{n}")
        devices[device_id] = services.enrol_device(store, token, device_id, secrets.token_bytes(32))
    total, spent, cpu = 0, 0.0, 0.0
    server_started = _server_cpu_s(store)
    cursors = {d: 0 for d in devices_events}
    while any(cursors[d] < len(evs) for d, evs in devices_events.items()):
        for device_id, evs in devices_events.items():     # the boxes take turns, as at a real hub
            chunk = evs[cursors[device_id]:cursors[device_id] + batch]
            if not chunk:
                continue
            started, cpu_started = time.perf_counter(), time.process_time()
            answer = services.push_events(store, devices[device_id], chunk, {"last_seq": evs[-1]["seq"]})
            spent += time.perf_counter() - started
            cpu += time.process_time() - cpu_started
            if answer["ack"] != chunk[-1]["seq"]:
                raise RuntimeError(f"ack {answer['ack']} after pushing up to {chunk[-1]['seq']}")
            cursors[device_id] += len(chunk)
            total += len(chunk)
    server = _server_cpu_s(store)
    server_cpu = None if server is None or server_started is None else server - server_started
    return {"events": total, "seconds": spent, "cpu_s": cpu, "per_s": total / spent, "per_cpu_s": total / cpu,
            "server_cpu_s": server_cpu, "per_total_cpu_s": total / (cpu + (server_cpu or 0.0))}


PATHS = {"one transaction": lambda cls: cls, "per step": _per_step, "per event": _naive}


def bench_ingest(events: list[dict[str, Any]], pg_admin_url: str, *, boxes: int = 4, batch: int = 200,
                 paths: tuple[str, ...] = ("one transaction", "per step", "per event"),
                 say: Callable[[str], None] = print) -> list[dict[str, Any]]:
    """events/s of each path on each backend (a fresh database each), and the new path's ratio to
    the one before it ("per step") in the same run."""
    from .hub.store import PostgresHubStore, SQLiteHubStore, open_hub_store
    from .hub.store.scratch import throwaway_database

    by_device = {f"bench-box-{n}": as_device(events, f"bench-box-{n}") for n in range(boxes)}
    rows = []
    with tempfile.TemporaryDirectory(prefix="clinic-bench-ingest-") as tmp:
        for backend in ("postgresql", "sqlite"):
            by_path = {}
            for path in paths:
                sqlite_url = "sqlite:///" + str(Path(tmp) / ("hub-" + path.replace(" ", "-") + ".db"))
                with (throwaway_database(pg_admin_url, "clinic_bench_ingest") if backend == "postgresql"
                      else nullcontext(sqlite_url)) as url:
                    store = open_hub_store(url, create=True)
                    store = PATHS[path](PostgresHubStore if backend == "postgresql" else SQLiteHubStore)(store.engine)
                    try:
                        row = {"backend": backend, "path": path, "batch": batch,
                               **ingest_rate(store, by_device, batch)}
                    finally:
                        store.engine.dispose()
                by_path[path] = row
                ratio = ""
                if path != "one transaction" and "one transaction" in by_path:
                    ratio = f"  (one transaction: {by_path['one transaction']['per_s'] / row['per_s']:.2f}x this)"
                server = "" if row["server_cpu_s"] is None else (
                    f" + {row['server_cpu_s']:.1f} s in PostgreSQL: {row['per_total_cpu_s']:,.0f} events per CPU-second "
                    f"in all")
                say(f"hub ingest {backend:10} {path:15}: {row['events']:,} events from {boxes} boxes, batches of "
                    f"{batch}: {row['per_s']:,.0f} events/s ({row['seconds']:.1f} s wall; CPU {row['cpu_s']:.1f} s "
                    f"in this process{server}){ratio}")
                rows.append(row)
    return rows
