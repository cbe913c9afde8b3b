"""`clinic bench reminders`: the two storms of issue 22 at full size, with figures.

- vaccination day: N reminders due at 09:00, the modem dead for the first hour; the breaker must
  open within seconds, nothing goes in quiet hours, every reminder is delivered exactly once.
- SIGKILL storm: the production sender (the router of clinic-jobs' SMS job, with the modem on a socat
  pty and the hub's gateway through a hub process) killed `kills` times at random during a send storm;
  the modem and gateway simulators count duplicates and losses across both channels.

The tests run the same functions at a small scale (tests/appliance/reminders/)."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any, Callable
from zoneinfo import ZoneInfo

from sqlalchemy import select

from ..box import open_box
from ..reminders.breaker import OPEN
from ..reminders.channels import Channel, ModemChannel, Router
from ..reminders.const import CHANNEL_MODEM, MAX_ATTEMPTS
from ..reminders.outbox import count_by_status, enqueue_sms
from ..reminders.tables import sms_outbox
from ..settings import load_settings, render_settings_toml
from .gsm_sim import GsmModemSimulator

IST = ZoneInfo("Asia/Kolkata")
ROOT = Path(__file__).resolve().parents[2]
WORKER = "sync.bench_sms"


def run_vaccination_day(box, sim: GsmModemSimulator, n: int = 500, *, outage_s: int = 3600,
                        hub: Any = None) -> dict[str, Any]:
    """`box` an open box with an empty outbox; `sim` a plugged-in modem simulator; the modem is
    dead from 09:00 for `outage_s` (the breaker's half-open probe costs a timeout a minute).
    With `hub` (sync/bench_sms.py's HubForBench: .clock, .channel, .gateway, .sms — a hub on a real socket
    and a gateway simulator, on this run's clock), the gateway
    answers 500 for the same hour, and the router chooses between the two channels."""
    nine = datetime(2026, 12, 2, 9, 0, tzinfo=IST).timestamp()
    numbers = [f"+9197{i:08d}" for i in range(n)]
    with box.write("bench") as uow:
        for number in numbers:
            enqueue_sms(uow, number=number, body="Your child's vaccination at Test Clinic is today.",
                        kind="vaccination", not_before=nine)
    clock = hub.clock if hub is not None else [0.0]
    clock[0] = nine - 12 * 3600                      # 21:00 the evening before
    now = lambda: clock[0]                           # noqa: E731
    modem = ModemChannel.on_port(box.store, sim.port, timeout=0.2, clock=now, max_attempts=MAX_ATTEMPTS,
                                 rng=random.Random(7))
    channels: list[Channel] = [modem] + ([hub.channel] if hub is not None else [])
    router = Router(box.store, channels, zone="Asia/Kolkata", clock=now)
    gateway = hub.gateway if hub is not None else None

    def sent_so_far() -> int:
        return len(sim.sent) + (len(gateway.sent) if gateway is not None else 0)

    while clock[0] < nine:                           # the quiet night, every 10 minutes
        router.send_due(limit=100)
        clock[0] += 600
    sent_in_quiet_hours = sent_so_far()
    sim.fault = "mute"                               # from 09:00: the modem is dead
    if gateway is not None:
        gateway.fault = "500"                        # and the gateway fails
    ticks_to_open: dict[str, int | None] = {ch.name: None for ch in channels}
    t_outage = time.monotonic()
    for tick in range(outage_s // 10):               # every 10 s of the outage
        router.send_due(limit=100)
        for ch in channels:
            if ticks_to_open[ch.name] is None and ch.breaker.state == OPEN:
                ticks_to_open[ch.name] = tick + 1
        clock[0] += 10
    outage_wall_s = time.monotonic() - t_outage
    with box.read() as conn:
        attempts_in_outage = sum(r[0] for r in conn.exec_driver_sql("SELECT attempts FROM sms_outbox"))
        handed_in_outage = conn.exec_driver_sql("SELECT count(*) FROM sms_outbox WHERE channel = 'hub'").scalar()
    sim.fault = None                                 # it answers again
    if gateway is not None:
        gateway.fault = None
    t0, cpu0 = time.monotonic(), time.process_time()
    rounds, by_status = 0, {}
    while clock[0] < nine + outage_s + 6 * 3600:     # the hub's backoff may hold a message an hour more
        router.send_due(limit=100)
        rounds += 1
        with box.read() as conn:
            by_status = count_by_status(conn)
        if by_status.get("delivered", 0) == n:
            break
        clock[0] += 10
    drain_s, drain_cpu = time.monotonic() - t0, time.process_time() - cpu0
    router.close()
    sent = Counter(s.da for s in sim.sent)
    if gateway is not None:
        sent.update(s.to for s in gateway.sent)
    duplicates = sum(c - 1 for c in sent.values() if c > 1)
    lost = sum(1 for x in numbers if sent[x] == 0)
    with box.read() as conn:
        by_channel = {c or "none": k for c, k in conn.exec_driver_sql(
            "SELECT channel, count(*) FROM sms_outbox GROUP BY channel")}
    out = {"messages": n, "outage_minutes": outage_s // 60, "sent_in_quiet_hours": sent_in_quiet_hours,
           "breaker_open_after_ticks_of_10s": ticks_to_open[CHANNEL_MODEM],
           "breaker_opened": modem.breaker.opened_count, "attempts_spent_in_outage": attempts_in_outage,
           "sent": sum(sent.values()), "duplicates": duplicates, "lost": lost, "outbox": by_status,
           "rounds_after_return": rounds, "drain_seconds": round(drain_s, 2), "drain_cpu_seconds": round(drain_cpu, 2),
           "outage_wall_seconds": round(outage_wall_s, 2), "by_channel": by_channel,
           "box_dead_letters": by_status.get("dead", 0)}
    if hub is not None:
        out.update({"hub_breaker_open_after_ticks_of_10s": ticks_to_open["hub"],
                    "hub_breaker_opened": hub.channel.breaker.opened_count, "handed_to_hub_in_outage": handed_in_outage,
                    "gateway_posts": sum(gateway.posts.values()), "gateway_sent": len(gateway.sent),
                    "modem_sent": len(sim.sent), "hub_dead_letters": len(hub.sms.dead_letters())})
    return out


def _status_of(config: Path, number: str) -> str | None:
    box = open_box(load_settings(config, environ={}))
    try:
        with box.read() as conn:
            return conn.execute(select(sms_outbox.c.status).where(sms_outbox.c.number == number)).scalar()
    finally:
        box.close()


def _statuses(config: Path) -> Counter:
    box = open_box(load_settings(config, environ={}))
    try:
        with box.read() as conn:
            return Counter(r.status for r in conn.execute(select(sms_outbox.c.status)))
    finally:
        box.close()


class _Workers:
    """Senders to kill (sync/bench_sms.py: the clinic-jobs SMS router, which this box-side module may not
    import, so it is run by name): a fresh `python -m` process each (the bench), or forked from a zygote
    that imported the box's code once (the test: the same kill, without the imports' seconds)."""

    def __init__(self, config: Path, port: str, started: str, fork: bool) -> None:
        self.args, self.zygote = [str(config), port, started], None
        if fork:
            self.zygote = subprocess.Popen([sys.executable, "-m", WORKER, "--zygote",
                                            *self.args], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                           stderr=subprocess.DEVNULL, text=True)
            self._expect(self.zygote, "zygote")

    @staticmethod
    def _expect(proc: subprocess.Popen, word: str) -> str:
        line = proc.stdout.readline().strip()
        if not line.startswith(word):
            proc.kill()
            raise RuntimeError(f"the storm worker did not start ({line!r})")
        return line

    def start(self, prefer: str) -> int:
        if self.zygote is None:
            self.proc = subprocess.Popen([sys.executable, "-m", WORKER, "worker", *self.args, prefer],
                                         cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
            self._expect(self.proc, "ready")
            return self.proc.pid
        self.zygote.stdin.write(f"spawn {prefer}\n")
        self.zygote.stdin.flush()
        return int(self._expect(self.zygote, "ready").split()[1])

    def kill(self, pid: int) -> None:
        os.kill(pid, signal.SIGKILL)
        if self.zygote is None:
            self.proc.wait()
            return
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.01)

    def close(self) -> None:
        if self.zygote is not None:
            self.zygote.kill()
            self.zygote.wait()


def run_kill_storm(config: Path, sim: GsmModemSimulator, n: int = 200, kills: int = 20, *, seed: int = 22,
                   max_wait_s: float = 0.6, drain_timeout_s: float = 240.0, fork: bool = False,
                   start_hub: Callable[[Path, Path, str], Any] | None = None, window_s: float = 0.3) -> dict[str, Any]:
    """`config` an initialised box's settings file with an empty outbox; `start_hub(config, dir, started)`
    a hub process with a gateway simulator (.gateway, .close()), the box enrolled with it (sync/bench_sms.py).
    Each life of the sender prefers the modem or the hub in turn. Half the kills come at a random moment;
    the other half are aimed: the simulators answer `window_s` late, and the sender is killed as soon as the
    modem (or the gateway, through the hub) has sent a message — after the send, before the box's commit.
    `kills_between_send_and_commit` counts the kills whose message was not committed as sent when it died."""
    box = open_box(load_settings(config, environ={}))
    numbers = [f"+9198{i:08d}" for i in range(n)]
    with box.write("bench") as uow:
        for number in numbers:
            enqueue_sms(uow, number=number, body="Your follow-up at Test Clinic is tomorrow.", kind="follow_up")
    box.close()
    started = str(time.time())
    hub = start_hub(config, config.parent, started) if start_hub is not None else None
    gateway = hub.gateway if hub is not None else None

    def delivered_to() -> Counter:
        sent = Counter(s.da for s in sim.sent)
        if gateway is not None:
            sent.update(s.to for s in gateway.sent)
        return sent

    sim.answer_delay_s = window_s
    if gateway is not None:
        gateway.answer_delay_s = window_s
    rng = random.Random(seed)
    t0 = time.monotonic()
    lives: Counter = Counter()
    in_window = 0
    workers = None
    statuses: Counter = Counter()
    try:
        workers = _Workers(config, sim.port, started, fork)
        for life in range(kills):
            prefer = "hub" if hub is not None and life % 2 else "modem"
            aimed = life % 4 >= 2
            lives[f"{prefer}_{'aimed' if aimed else 'random'}"] += 1
            channel_sent = gateway.sent if prefer == "hub" else sim.sent
            before = len(channel_sent)
            pid = workers.start(prefer)
            if aimed:                   # killed as soon as the channel sent one: the box is awaiting its answer
                deadline = time.monotonic() + 30
                while len(channel_sent) == before and time.monotonic() < deadline:
                    time.sleep(0.002)
            else:
                time.sleep(rng.uniform(0.05, max_wait_s))
            workers.kill(pid)
            if aimed and len(channel_sent) > before:
                number = channel_sent[before].da if prefer == "modem" else channel_sent[before].to
                in_window += _status_of(config, number) not in ("sent", "delivered")
        sent_while_killing = sum(delivered_to().values())
        pid = workers.start("modem")
        try:
            deadline = time.monotonic() + drain_timeout_s
            while time.monotonic() < deadline:
                statuses = _statuses(config)
                if sum(delivered_to()[x] > 0 for x in numbers) == n and statuses["sent"] + statuses["delivered"] == n:
                    break
                time.sleep(0.3)
        finally:
            workers.kill(pid)
    finally:
        if workers is not None:
            workers.close()
        if hub is not None:
            hub.close()
    sent = delivered_to()
    out = {"messages": n, "kills": kills, "lives_preferring": dict(lives), "sent_while_killing": sent_while_killing,
           "sent": sum(sent.values()), "duplicates": sum(c - 1 for c in sent.values() if c > 1),
           "lost": sum(1 for x in numbers if sent[x] == 0), "outbox": dict(statuses),
           "kills_between_send_and_commit": in_window, "modem_sent": len(sim.sent), "seconds": round(time.monotonic() - t0, 1)}
    if gateway is not None:
        out.update({"gateway_sent": len(gateway.sent), "gateway_posts": sum(gateway.posts.values())})
    return out


def new_bench_box(root: Path) -> Path:
    from provisioning import box as provision

    data_dir = root / "data"
    config = root / "appliance.toml"
    provision.init_box(config, render_settings_toml("box-bench-sms", "BSM", "Test Clinic", data_dir,
                                                    data_dir / "db.key", 8080, kek_file=root / "kek.key"),
                       "bench-admin-password-1")
    return config


def run_reminders_bench(*, messages: int = 500, storm_messages: int = 200, kills: int = 20,
                        start_hub: Callable[[Any, Path], Any] | None = None,
                        start_storm_hub: Callable[[Path, Path, str], Any] | None = None,
                        only: str | None = None) -> dict[str, Any]:
    """`start_hub(box, dir)`: the hub's gateway channel for the second vaccination day (the wiring, which
    this box-side module may not import, comes from `clinic bench reminders`). `only`: one part by name."""
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="bench-sms-") as tmp:
        root = Path(tmp)
        for name, with_hub in (("vaccination_day", False), ("vaccination_day_with_hub", True)):
            if (with_hub and start_hub is None) or (only and only != name):
                continue
            (root / name).mkdir()
            config = new_bench_box(root / name)
            sim = GsmModemSimulator(root / name).plug_in()
            box = open_box(load_settings(config, environ={}))
            hub = start_hub(box, root / name) if with_hub else None
            try:
                out[name] = run_vaccination_day(box, sim, messages, hub=hub)
            finally:
                if hub is not None:
                    hub.close()
                box.close()
                sim.unplug()
        if only and only != "kill_storm":
            return out
        (root / "ks").mkdir()
        config = new_bench_box(root / "ks")
        sim = GsmModemSimulator(root / "ks").plug_in()
        try:
            out["kill_storm"] = run_kill_storm(config, sim, storm_messages, kills, start_hub=start_storm_hub)
        finally:
            sim.unplug()
    return out


def print_report(report: dict[str, Any]) -> str:
    lines = []
    for name, figures in report.items():
        lines.append(f"{name}:")
        lines += [f"  {k:32} {v}" for k, v in figures.items()]
    return "\n".join(lines)
