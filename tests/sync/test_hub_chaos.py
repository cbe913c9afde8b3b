"""Chaos, with the real parts (issue 19, must-show): two hub processes (separate machines: their own
gunicorn, one PostgreSQL) in a network namespace behind an emulated link, each publishing to a NATS
JetStream server of this test's own; a box pushes its day with ONE `clinic sync now`, knowing both
hub addresses. Mid-push the hub it talks to is SIGKILLed, the NATS server is restarted, and the link
is cut for a random while. Then every event is in PostgreSQL once and in the stream once, and a
second box of the clinic, pulling, holds exactly the first box's events."""
from __future__ import annotations

import os
import random
import secrets
import signal
import socket
import subprocess
import time

import nats
import pytest

from provisioning.tls import create_ca, issue_server_cert
from sync.bench_link import admin_token_file
from tests.conftest import require_tool
from tests.run_async import run_async

from .processes import BoxFiles, clinic, command, contiguous, wait_for
from .test_bad_link import opened_events
from .test_sync_now_2g import hub_rows, pg_hub_db  # noqa: F401  (the fixture)

PORTS = ("8443", "8444")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Nats:
    """A JetStream server of the test's own (its store on disk survives a restart), reachable inside the
    hub's namespace at 127.0.0.1:4222 through a Unix socket and two socat relays."""

    def __init__(self, processes, root, hub_ns: str) -> None:
        require_tool("nats-server", "nats-server")
        self.processes, self.root, self.port = processes, root, _free_port()
        self.store = root / "nats-store"
        self.server = None
        self.start()
        sock = root / "nats.sock"
        processes.spawn(["socat", f"UNIX-LISTEN:{sock},fork", f"TCP:127.0.0.1:{self.port}"], root / "nats-relay.log")
        wait_for("the NATS relay", lambda: sock.exists(), timeout=10)
        processes.spawn(["ip", "netns", "exec", hub_ns, "socat", "TCP-LISTEN:4222,bind=127.0.0.1,fork,reuseaddr",
                         f"UNIX-CONNECT:{sock}"], root / "nats-relay-ns.log")

    def start(self) -> None:
        self.server = self.processes.spawn(["nats-server", "-a", "127.0.0.1", "-p", str(self.port), "-js",
                                            "-sd", str(self.store)], self.root / "nats.log")
        wait_for("nats-server", self._answers, timeout=20)

    def _answers(self) -> bool:
        try:
            socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
            return True
        except OSError:
            return False

    def restart(self) -> None:
        self.processes.stop(self.server, signal.SIGKILL)
        time.sleep(1.0)
        self.start()

    def msg_ids(self, stream: str) -> list[str]:
        async def read() -> list[str]:
            nc = await nats.connect(f"nats://127.0.0.1:{self.port}", connect_timeout=5, allow_reconnect=False)
            try:
                js = nc.jetstream()
                try:
                    info = await js.stream_info(stream)
                except nats.js.errors.NotFoundError:
                    return []
                return [(await js.get_msg(stream, seq)).headers["Nats-Msg-Id"]
                        for seq in range(info.state.first_seq, info.state.last_seq + 1) if info.state.messages]
            finally:
                await nc.close()
        return run_async(read())


def test_a_killed_worker_a_restarted_nats_and_a_cut_link_lose_and_double_nothing(fast_link, processes, pg_hub_db,
                                                                                  tmp_path):
    hub_db, engine = pg_hub_db
    seed = int(os.environ.get("CHAOS_SEED", secrets.randbelow(10**6)))
    rng, seed_note = random.Random(seed), f"CHAOS_SEED={seed}"
    box = BoxFiles.plan(tmp_path, f"box-{secrets.token_hex(3)}", "CLA")
    making = processes.spawn(["bash", "-c", " && ".join(" ".join(map(str, c)) for c in (
        command(*box.init_args(), config=box.config),
        command("demo", "seed", "--patients", "4", "--days", "1", config=box.config)))], tmp_path / "box-init.log")
    broker = Nats(processes, tmp_path, fast_link.hub_ns)
    stream, prefix = f"CHAOS_{secrets.token_hex(3)}", f"chaos{secrets.token_hex(3)}.events"
    tls = tmp_path / "hub-tls"
    create_ca(tls, "hub")
    issue_server_cert(tls, ["clinic-hub"], [fast_link.hub_ip])
    hubs, logs = [], []
    for port in PORTS:          # one after the other: the first migrates the database
        logs.append(tmp_path / f"hub-{port}.log")
        hubs.append(processes.spawn(command(
            "hub", "serve", "--db", hub_db, "--host", fast_link.hub_ip, "--port", port, "--workers", "1",
            "--admin-token-file", str(admin_token_file(tmp_path)), "--certfile", str(tls / "server.crt"),
            "--keyfile", str(tls / "server.key"), "--nats-url", "nats://127.0.0.1:4222", "--nats-stream", stream,
            "--nats-prefix", prefix, "--nats-republish-every", "2", netns=fast_link.hub_ns), logs[-1]))
        wait_for(f"the hub on {port}", lambda: "Booting worker" in logs[-1].read_text(), timeout=60)
    urls = [a for port in PORTS for a in ("--hub", f"https://{fast_link.hub_ip}:{port}")]
    assert making.wait(120) == 0, (tmp_path / "box-init.log").read_text()
    token = clinic("hub", "token", "create", "--db", hub_db, "--clinic", "CLA").stdout.strip()
    clinic("sync", "enrol", *urls, "--token", token, "--hub-ca", str(tls / "ca.crt"), config=box.config,
           netns=fast_link.box_ns, timeout=120)
    opened = box.open()
    try:
        own = opened_events(opened, box.device_id)
    finally:
        opened.close()
    total = len(own)

    err = tmp_path / "sync-now.err"
    run = processes.spawn(command("sync", "now", "--no-progress", "--batch", "20", "--give-up-after", "120",
                                  config=box.config, netns=fast_link.box_ns), err)
    committed = lambda: contiguous([seq for seq, _ in hub_rows(engine, box.device_id)])  # noqa: E731
    wait_for("the first pushes at the hub", committed, timeout=60, every=0.02)
    processes.stop(hubs[0], signal.SIGKILL)                     # the worker the box talks to, mid-push
    at = committed()
    assert at < total, f"the push ({total} events) ended before the trouble; {seed_note}"
    fast_link.cut()                                              # at once, for a random while
    cut_s, started = rng.uniform(3.0, 7.0), time.monotonic()
    broker.restart()                                             # NATS away and back meanwhile
    time.sleep(max(0.0, cut_s - (time.monotonic() - started)))
    fast_link.restore()
    assert run.wait(300) == 0, f"{seed_note}\n{err.read_text()}"
    said = err.read_text()
    assert f"{total:,} of {total:,} events committed at the hub" in said, said
    assert "moves to another hub" in said, said                 # the box went on with the other worker

    rows = hub_rows(engine, box.device_id)
    assert [seq for seq, _ in rows] == list(range(1, total + 1)), f"every event in PostgreSQL once; {seed_note}"
    assert [ev_id for _, ev_id in rows] == [e["id"] for e in own]

    # A second box of the clinic (it, too, finds the first hub dead) pulls exactly the first box's events.
    other = BoxFiles.plan(tmp_path, f"box-{secrets.token_hex(3)}", "CLA")
    clinic(*other.init_args(), config=other.config)
    token = clinic("hub", "token", "create", "--db", hub_db, "--clinic", "CLA").stdout.strip()
    clinic("sync", "enrol", *urls, "--token", token, "--hub-ca", str(tls / "ca.crt"), config=other.config,
           netns=fast_link.box_ns, timeout=120)
    clinic("sync", "now", "--no-progress", config=other.config, netns=fast_link.box_ns, timeout=120)
    opened = other.open()
    try:
        held = opened_events(opened, box.device_id)
    finally:
        opened.close()
    assert [e["id"] for e in held] == [e["id"] for e in own], "the replica differs from the box"

    # The stream: every event of the hub log once (the surviving worker's re-publisher fills the gaps the
    # killed worker and the NATS restart left), nothing twice.
    with engine.connect() as conn:
        from sqlalchemy import text
        logged = {f"{o}:{s}" for o, s in conn.execute(text("SELECT origin, seq FROM hub_events"))}
    ids: list[str] = []

    def caught_up() -> bool:
        ids[:] = broker.msg_ids(stream)
        return set(ids) >= logged
    wait_for("the stream to hold every logged event", caught_up, timeout=60, every=1.0)
    assert len(ids) == len(set(ids)) == len(logged), f"{len(ids) - len(set(ids))} doubled in the stream; {seed_note}"
    print(f"\nchaos ({seed_note}): {total} events; killed worker at {at}; stream {len(ids)} messages; "
          f"{said.count('trying again')} exchanges tried again")
