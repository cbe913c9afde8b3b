"""The hub's SMS gateway channel for the benches and tests of issue 22.

- vaccination day: a hub on a real local socket (werkzeug, a thread), the box enrolled with it over the
  signed sync link (HttpLink), the hub posting to a gateway simulator on another real socket; the hub,
  its gateway channel and the box share one clock.
- SIGKILL storm: the hub as its own process (`python -m sync.bench_sms hub …`), the box enrolled with it
  with its own device key, and the box's sender as processes to kill (`python -m sync.bench_sms worker …`,
  or `--zygote`): the router of `appliance.jobs.sms_router`, the entry point of clinic-jobs' SMS job.

A sender is `worker CONFIG PORT STARTED PREFER`; PREFER ("modem" or "hub") is that life's cheaper channel
(the modem's cost per SMS set below or above the hub's), so a storm's lives alternate between the two
channels and a kill may land inside either. With `--zygote CONFIG PORT STARTED` the box's code is imported
once and a sender forked for every "spawn PREFER" line on stdin (answering "ready <pid>"): each sender is
still its own process with its own database connection, serial port and hub link, killed with SIGKILL."""
from __future__ import annotations

import logging
import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from werkzeug.serving import make_server

from appliance.bench.sms_gateway_sim import SmsGatewaySimulator
from appliance.box import open_box
from appliance.jobs import sms_router
from appliance.settings import load_settings

from . import checkpoints

from .client import HttpLink, SyncClient, load_or_create_key
from .hub import services as hub_services
from .hub.app import create_hub_app
from .hub.sms.gateway import GatewayConfig
from .hub.sms.services import HubSms
from .hub.store import open_hub_store
from .sms_channel import HubChannel


@dataclass
class HubForBench:
    clock: list[float]
    channel: HubChannel
    gateway: SmsGatewaySimulator
    sms: HubSms
    store: Any
    client: SyncClient
    url: str
    _stop: list = field(default_factory=list)

    def close(self) -> None:
        for stop in reversed(self._stop):
            stop()


def start_hub_for_bench(box, root: Path, *, db_url: str | None = None, cost_per_sms: float = 1.0,
                        zone: str = "Asia/Kolkata", seed: int = 22, max_attempts: int = 8) -> HubForBench:
    """`box` an open box (its store and device id); `root` a directory for the hub's SQLite file."""
    logging.getLogger("werkzeug").setLevel(logging.WARNING)     # a line per request would drown the figures
    clock = [0.0]
    now = lambda: clock[0]                                     # noqa: E731
    gateway = SmsGatewaySimulator().start()
    store = open_hub_store(db_url or f"sqlite:///{Path(root) / 'hub.db'}", create=True)
    sms = HubSms(store.engine, GatewayConfig(gateway.url, gateway.token, cost_per_sms, timeout_s=2.0), clock=now,
                 rng=random.Random(seed), max_attempts=max_attempts)
    server = make_server("127.0.0.1", 0, create_hub_app(store, admin_token="bench-admin-token", sms=sms),
                         threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_port}"
    client = SyncClient(box.store, box.origin, Ed25519PrivateKey.generate(), HttpLink(url, timeout_s=10.0))
    client.enrol(hub_services.issue_token(store, "CLA"))
    channel = HubChannel(box.store, client, zone=zone, cost=cost_per_sms, clock=now)
    hub = HubForBench(clock, channel, gateway, sms, store, client, url)
    hub._stop += [gateway.stop, lambda: (server.shutdown(), thread.join(10)), store.engine.dispose]
    return hub


# -- the SIGKILL storm: the hub as a process, the box's sender as processes to kill ---------------------
def noon(zone: str) -> float:
    return datetime(2026, 12, 2, 12, 0, tzinfo=ZoneInfo(zone)).timestamp()


def send_forever(config: str, port: str, started: str, prefer: str, announce: str = "ready") -> None:
    """`started`: the storm's start (epoch); the worker's clock runs from noon in the clinic then,
    so the storm never meets quiet hours whatever the hour it is run at. `port`: the modem simulator's
    pty (outside /dev, so set here rather than in the settings file, whose pattern wants /dev/…)."""
    t0 = float(started)
    box = open_box(load_settings(config, environ={}))
    base = noon(box.settings.alerts.timezone)
    box.settings.sms = box.settings.sms.model_copy(update={
        "modem_port": port, "modem_cost_per_sms": 0.25 if prefer == "modem" else 4.0})
    router = sms_router(box, clock=lambda: base + time.time() - t0)
    print(announce, flush=True)
    while True:
        router.send_due(limit=20)


def zygote(config: str, port: str, started: str) -> None:
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)      # killed senders are reaped by the kernel
    print("zygote", flush=True)
    for line in sys.stdin:
        words = line.split()
        if not words or words[0] != "spawn":
            continue
        pid = os.fork()
        if pid == 0:
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            try:
                send_forever(config, port, started, words[1], announce=f"ready {os.getpid()}")
            finally:
                os._exit(1)


def serve_hub(root: str, gateway_url: str, gateway_token: str, started: str, zone: str) -> None:
    """The hub for the storm, as its own process: its SQLite file in `root`, its clock from noon in the
    clinic at `started` (as the senders'), delivering what it holds every second (its own retries)."""
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    t0, base = float(started), noon(zone)
    store = open_hub_store(f"sqlite:///{Path(root) / 'hub.db'}", create=True)
    sms = HubSms(store.engine, GatewayConfig(gateway_url, gateway_token, 1.0, timeout_s=2.0),
                 clock=lambda: base + time.time() - t0, rng=random.Random())
    server = make_server("127.0.0.1", 0, create_hub_app(store, admin_token="bench-admin-token", sms=sms),
                         threaded=True)

    def retry() -> None:
        while True:
            time.sleep(1.0)
            sms.deliver_due()
    threading.Thread(target=retry, daemon=True).start()
    print(f"hub {server.server_port}", flush=True)
    server.serve_forever()


@dataclass
class HubProcess:
    proc: subprocess.Popen
    gateway: SmsGatewaySimulator
    url: str

    def close(self) -> None:
        self.proc.kill()
        self.proc.wait()
        self.gateway.stop()


def start_hub_process(config: Path, root: Path, started: str) -> HubProcess:
    """A hub process with a gateway simulator (in this process, counting), the box of `config` enrolled
    with it as `clinic sync enrol` does (its own device key; the hub's address in its checkpoints)."""
    settings = load_settings(config, environ={})
    gateway = SmsGatewaySimulator().start()
    proc = subprocess.Popen([sys.executable, "-m", "sync.bench_sms", "hub", str(root), gateway.url, gateway.token,
                             started, settings.alerts.timezone], stdout=subprocess.PIPE, text=True)
    line = proc.stdout.readline().split()
    if line[:1] != ["hub"]:
        proc.kill()
        gateway.stop()
        raise RuntimeError(f"the storm's hub did not start ({line!r})")
    url = f"http://127.0.0.1:{line[1]}"
    store = open_hub_store(f"sqlite:///{Path(root) / 'hub.db'}")
    box = open_box(settings)
    try:
        client = SyncClient(box.store, box.origin, load_or_create_key(settings.box.data_dir),
                            HttpLink(url, timeout_s=10.0))
        client.enrol(hub_services.issue_token(store, "CLA"))
        with box.store.write() as conn:
            checkpoints.put_many(conn, {"hub_url": url, "hub_ca": ""})
    finally:
        box.close()
        store.engine.dispose()
    return HubProcess(proc, gateway, url)


if __name__ == "__main__":
    if sys.argv[1] == "hub":
        serve_hub(*sys.argv[2:7])
    elif sys.argv[1] == "--zygote":
        zygote(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        send_forever(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5])
