"""`clinic hub load`: many simulated boxes pushing and pulling against several hub workers on this
machine (issue 19, item 6), then the check that every event is in the hub log exactly once.

A fresh PostgreSQL database; the boxes enrolled up front in one transaction; `workers` hub processes,
each its own `clinic hub serve` (gunicorn, TLS, one worker of 8 threads) on its own loopback port, as
separate machines over one PostgreSQL would be; the boxes driven from another process
(sync/hub/load_boxes.py) by a bounded pool of threads, for at most `seconds`. Printed: ingest,
latencies, the PostgreSQL connections the workers held (pg_stat_activity, sampled), the CPU each side
used, and "lost" and "doubled" as counted in hub_events.
"""
from __future__ import annotations

import hashlib
import http.client
import multiprocessing
import os
import secrets
import signal
import ssl
import subprocess
import tempfile
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import create_engine, text

from ..protocol import API, public_key_bytes
from .cli import ADMIN_TOKEN_ENV, LOAD_PG_URL
from .load_boxes import BoxSpec, client_process
from .store import open_hub_store
from .store.scratch import throwaway_database
from .stress import CRASH, clinic_command
from .tables import devices, enrolment_tokens

SAMPLE_EVERY_S = 0.2
MAX_EVENTS = 2_000_000      # boxes x events per box: the pushes are all built in memory first


def enrol_boxes(store, n: int) -> list[BoxSpec]:
    """`n` boxes, each its own clinic and Ed25519 key, enrolled in one transaction: the rows a token's
    redemption leaves (the token spent by the device, the device with its key), written in bulk."""
    now = datetime.now(timezone.utc)
    iso = now.isoformat(timespec="milliseconds")
    boxes, tokens, rows = [], [], []
    for i in range(n):
        key = Ed25519PrivateKey.generate()
        box = BoxSpec(f"load-{i:05d}", f"LOAD{i:05d}", key.private_bytes_raw())
        boxes.append(box)
        tokens.append({"token_hash": hashlib.sha256(secrets.token_bytes(24)).hexdigest(), "clinic_id": box.clinic_id,
                       "created_at": iso, "expires_at": (now + timedelta(hours=1)).isoformat(timespec="milliseconds"),
                       "used_by": box.device_id})
        rows.append({"device_id": box.device_id, "clinic_id": box.clinic_id, "public_key": public_key_bytes(key),
                     "enrolled_at": iso})
    with store.engine.begin() as conn:
        conn.execute(enrolment_tokens.insert(), tokens)
        conn.execute(devices.insert(), rows)
    return boxes


class ConnectionSampler:
    """Connections to one database in pg_stat_activity, sampled on a thread (from the admin database,
    so the sampler's own connection is not counted)."""

    def __init__(self, admin_url: str, database: str) -> None:
        self.engine = create_engine(admin_url, isolation_level="AUTOCOMMIT", pool_size=1)
        self.database = database
        self.peak = self.peak_active = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        with self.engine.connect() as conn:
            while not self.stop.is_set():
                total, active = conn.execute(text(
                    "SELECT count(*), count(*) FILTER (WHERE state = 'active') FROM pg_stat_activity "
                    "WHERE datname = :db"), {"db": self.database}).one()
                self.peak, self.peak_active = max(self.peak, total), max(self.peak_active, active)
                self.stop.wait(SAMPLE_EVERY_S)

    def __enter__(self) -> "ConnectionSampler":
        self.thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self.stop.set()
        self.thread.join(5)
        self.engine.dispose()


def _cpu_s(pids: list[int]) -> float:
    """User + system CPU seconds of these live processes (from /proc)."""
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def _group(pgid: int) -> list[int]:
    """The processes of a process group: a hub's gunicorn master and its worker."""
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[2]) == pgid:
                    out.append(int(entry.name))
            except (OSError, IndexError, ValueError):
                continue
    return out


def _backends(engine, database: str) -> list[int]:
    with engine.connect() as conn:
        return [r[0] for r in conn.execute(text("SELECT pid FROM pg_stat_activity WHERE datname = :db"),
                                           {"db": database})]


class HubWorkers:
    """`n` hub processes (`clinic hub serve`, gunicorn, TLS, one worker each) over one store."""

    def __init__(self, url: str, root: Path, n: int) -> None:
        from provisioning.tls import create_ca, issue_server_cert
        from ..ports import free_port

        self.tls = root / "tls"
        create_ca(self.tls, "hub-load")
        issue_server_cert(self.tls, ["localhost"], ["127.0.0.1"])
        self.url, self.root = url, root
        self.ports = [free_port() for _ in range(n)]
        self.logs = [root / f"hub-{i}.log" for i in range(n)]
        self.procs: list[subprocess.Popen] = []
        self.sizes: list[int] = []

    @property
    def ca_file(self) -> str:
        return str(self.tls / "ca.crt")

    def __enter__(self) -> "HubWorkers":
        env = {**os.environ, ADMIN_TOKEN_ENV: "load-" + os.urandom(8).hex()}
        for port, log in zip(self.ports, self.logs):
            with open(log, "wb") as out:
                self.procs.append(subprocess.Popen(
                    [*clinic_command(), "hub", "serve", "--db", self.url, "--port", str(port),
                     "--certfile", str(self.tls / "server.crt"), "--keyfile", str(self.tls / "server.key"),
                     "--workers", "1"], stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True))
        deadline = time.monotonic() + 120     # a loaded machine starts gunicorn slowly
        for proc, log in zip(self.procs, self.logs):
            while "Booting worker" not in log.read_text():
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"a hub worker did not start:\n{log.read_text()[-3000:]}")
                time.sleep(0.1)
        # A worker loads the hub's app after it says it is booting: the first answer says it is ready
        # (else its imports run on the clock and the first requests wait behind them).
        context = ssl.create_default_context(cafile=self.ca_file)
        for port in self.ports:
            while True:
                try:
                    conn = http.client.HTTPSConnection("127.0.0.1", port, context=context, timeout=30)
                    conn.request("GET", f"{API}/time")
                    if conn.getresponse().status == 200:
                        break
                except OSError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.2)
                finally:
                    conn.close()
        return self

    def cpu_s(self) -> list[float | None]:
        """Each hub process group's CPU seconds so far (None: it is gone)."""
        return [_cpu_s(_group(p.pid)) if p.poll() is None else None for p in self.procs]

    def crashes(self) -> list[str]:
        """Worker deaths logged while under load (read before the stop, whose SIGTERM is no crash)."""
        lines = []
        for log in self.logs:
            lines += [line for line in log.read_text(errors="replace").splitlines() if CRASH.search(line)]
        return lines

    def __exit__(self, *_exc) -> None:
        for proc in self.procs:
            try:
                os.killpg(proc.pid, signal.SIGTERM)
            except ProcessLookupError:      # killed by the run (a hub machine lost)
                pass
        for proc in self.procs:
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(5)


def count_log(store) -> dict[str, Any]:
    """Every (origin, seq) in hub_events, the log's rows and its distinct event ids."""
    seqs: dict[str, list[int]] = {}
    with store.engine.connect() as conn:
        for origin, seq in conn.execute(text("SELECT origin, seq FROM hub_events")):
            seqs.setdefault(origin, []).append(seq)
        rows, ids = conn.execute(text("SELECT count(*), count(DISTINCT id) FROM hub_events")).one()
    return {"seqs": seqs, "rows": rows, "ids": ids}


def check_exactly_once(acks: dict[str, int], log: dict[str, Any]) -> dict[str, int]:
    """Lost: seqs 1..ack of a box missing from the log; doubled: rows beyond one per (origin, seq) or per
    event id; gaps: origins whose rows are not exactly seqs 1..highest. Rows above a box's ack (stored,
    the answer lost) are counted apart: a real box sends them again and they are stored once."""
    lost = doubled = gaps = beyond = 0
    for device_id, ack in acks.items():
        stored = log["seqs"].get(device_id, [])
        held = set(stored)
        doubled += len(stored) - len(held)
        lost += sum(1 for s in range(1, ack + 1) if s not in held)
        if held and (max(held) != len(held) or min(held) != 1):
            gaps += 1
        beyond += sum(1 for s in held if s > ack)
    doubled += log["rows"] - log["ids"]
    strangers = set(log["seqs"]) - set(acks)
    return {"lost": lost, "doubled": doubled, "gaps": gaps, "beyond_ack": beyond, "strangers": len(strangers)}


def _pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def run_load(*, boxes: int = 1000, workers: int = 2, seconds: float = 60, events: int = 200, batch: int = 50,
             threads: int = 32, sample: int = 100, pg_url: str = LOAD_PG_URL, kill_after: int | None = None,
             work_dir: Path | None = None, say=print) -> dict[str, Any]:
    """The whole run (see the module's docstring); returns the figures print_report prints. With
    `kill_after`, the last hub process (master and worker) is killed (SIGKILL) after that many pushes,
    as a hub machine lost under load: its boxes' requests go to the other workers."""
    ctx = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory(prefix="hub-load-", dir=work_dir) as tmp, throwaway_database(pg_url, "clinic_hub_load") as url:
        root = Path(tmp)
        database = url.rsplit("/", 1)[1]
        store = open_hub_store(url, create=True)       # migrated once, before the workers start
        try:
            started = time.monotonic()
            specs = enrol_boxes(store, boxes)
            enrol_s = time.monotonic() - started
            store.engine.dispose()      # the connections counted are the hub workers' alone
            say(f"  {boxes} boxes enrolled in {enrol_s:.1f} s; starting {workers} hub workers")
            with HubWorkers(url, root, workers) as hubs:
                parent, child = ctx.Pipe()
                kill = None if kill_after is None else (kill_after, hubs.procs[-1].pid)
                client = ctx.Process(target=client_process, args=(child, specs, hubs.ports, hubs.ca_file, events,
                                                                  batch, threads, seconds, sample, kill), daemon=True)
                client.start()
                try:
                    built = _receive(parent, client, 600)
                    say(f"  {built['batches']} pushes built and compressed in {built['built_s']:.1f} s; driving")
                    with ConnectionSampler(pg_url, database) as sampler:
                        hub_cpu0 = hubs.cpu_s()
                        pg_cpu0 = _cpu_s(_backends(sampler.engine, database))
                        parent.send("go")
                        ran = _receive(parent, client, seconds + 300)
                        # a hub killed by the run takes its CPU figure with it: the live ones are summed
                        hub_cpu = sum(b - a for a, b in zip(hub_cpu0, hubs.cpu_s()) if a is not None and b is not None)
                        pg_cpu = _cpu_s(_backends(sampler.engine, database)) - pg_cpu0
                    crashes = hubs.crashes()
                    before = count_log(store)
                    parent.send("again")
                    again = _receive(parent, client, 300)
                    after = count_log(store)
                finally:
                    client.join(10)
                    if client.is_alive():
                        client.kill()
        finally:
            store.engine.dispose()
    check = check_exactly_once(ran["acks"], before)
    repushed_wrong = [a for a in again if a["status"] != 200 or a["ack"] != a["expected_ack"] or a["held"]]
    return {
        "boxes": boxes, "workers": workers, "threads": threads, "batch": batch, "events_per_box": events,
        "enrol_s": enrol_s, "wall_s": ran["wall_s"], "events": ran["events"], "pushes": ran["pushes"],
        "pulls": len(ran["pull_ms"]), "pushes_by_worker": ran["pushes_by_worker"], "pulled": ran["pulled"],
        "killed_at": ran["killed_at"], "ingest_per_s": ran["events"] / max(ran["wall_s"], 1e-9),
        "push_p50": _pct(ran["push_ms"], 0.50), "push_p95": _pct(ran["push_ms"], 0.95),
        "push_p99": _pct(ran["push_ms"], 0.99), "push_max": max(ran["push_ms"], default=float("nan")),
        "pull_p50": _pct(ran["pull_ms"], 0.50), "pull_p99": _pct(ran["pull_ms"], 0.99),
        "pg_peak": sampler.peak, "pg_peak_active": sampler.peak_active,
        "client_cpu_s": ran["client_cpu_s"], "build_s": built["built_s"], "hub_cpu_s": hub_cpu, "pg_cpu_s": pg_cpu,
        "retries": ran["retries"], "server_errors": ran["server_errors"], "errors": ran["errors"],
        "failed_boxes": ran["failed_boxes"], "unfinished_boxes": ran["unfinished_boxes"], "crashes": crashes,
        "log_rows": before["rows"], **check,
        "repushed": len(again), "repushed_to_other": sum(1 for a in again if a["sent_to"] != a["acked_by"]),
        "repushed_wrong": len(repushed_wrong), "repush_stored": after["rows"] - before["rows"],
        "load_avg": os.getloadavg(),
    }


def _receive(conn, process, timeout: float) -> Any:
    if not conn.poll(timeout):
        raise RuntimeError(f"the client process said nothing for {timeout:.0f} s (alive: {process.is_alive()})")
    return conn.recv()


def passed(report: dict[str, Any]) -> bool:
    return (report["lost"] == 0 and report["doubled"] == 0 and report["gaps"] == 0 and report["strangers"] == 0
            and report["repushed_wrong"] == 0 and report["repush_stored"] == 0 and not report["crashes"]
            and report["failed_boxes"] == 0)


def print_report(r: dict[str, Any], echo=print) -> None:
    echo(f"hub load: {r['boxes']} boxes, {r['workers']} hub workers (separate gunicorn processes, 8 threads each), "
         f"{r['threads']} client threads, batches of {r['batch']}")
    echo(f"  events pushed {r['events']:,} in {r['pushes']:,} pushes (per worker: "
         f"{', '.join(f'{n:,}' for n in r['pushes_by_worker'])}) and {r['pulls']:,} pulls ({r['pulled']:,} events), "
         f"{r['wall_s']:.1f} s wall: hub ingest {r['ingest_per_s']:,.0f} events/s"
         + (f" ({r['unfinished_boxes']} boxes not finished when time was up)" if r["unfinished_boxes"] else ""))
    echo(f"  push latency p50 {r['push_p50']:.0f} ms, p95 {r['push_p95']:.0f} ms, p99 {r['push_p99']:.0f} ms "
         f"(max {r['push_max']:.0f}); pull p50 {r['pull_p50']:.0f} ms, p99 {r['pull_p99']:.0f} ms")
    echo(f"  PostgreSQL connections to the hub's database: peak {r['pg_peak']} ({r['pg_peak_active']} active at once)")
    echo(f"  CPU while driving: client {r['client_cpu_s']:.1f} s ({100 * r['client_cpu_s'] / max(r['wall_s'], 1e-9):.0f} % "
         f"of one core; payloads pre-built in {r['build_s']:.1f} s before), hub workers {r['hub_cpu_s']:.1f} s"
         f"{' (the live one)' if r['killed_at'] is not None else ''}, "
         f"PostgreSQL backends {r['pg_cpu_s']:.1f} s; load average {', '.join(f'{x:.1f}' for x in r['load_avg'])}")
    if r["killed_at"] is not None:
        echo(f"  hub worker {r['workers'] - 1} killed (SIGKILL, master and worker) after push {r['killed_at']:,}; "
             "its boxes' requests went to the other worker")
    echo(f"  retries {r['retries']}, 5xx {r['server_errors']}, worker crashes {len(r['crashes'])}, "
         f"boxes stopped by an error {r['failed_boxes']}")
    for line in r["crashes"][:3] + r["errors"][:3]:
        echo(f"    {line}")
    echo(f"  check: {r['log_rows']:,} rows in hub_events; per origin, rows == highest seq == the box's ack; "
         f"{r['repushed']} acked batches pushed again ({r['repushed_to_other']} to the other worker): "
         f"{r['repushed'] - r['repushed_wrong']} acked exactly, {r['repush_stored']} rows stored")
    echo(f"  {r['lost']} lost, {r['doubled']} doubled" + (f", {r['gaps']} origins with gaps" if r["gaps"] else "")
         + (f", {r['beyond_ack']} stored beyond an ack" if r["beyond_ack"] else "")
         + ("" if passed(r) else "  — FAILED"))
