"""`clinic bench sync --link 2g`: a clinic's events pushed by ONE real `clinic sync now` over an
emulated link (sync/linkemu.py), to a real hub (gunicorn, HTTPS, PostgreSQL) — seconds, bytes on the
wire, failed exchanges, and how many `sync now` runs it took. Root only (network namespaces)."""
from __future__ import annotations

import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

_SCRIPT = Path(sys.executable).with_name("clinic")
CLINIC = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-c", "from appliance.cli import main; main()"]
HUB_PORT = "8443"
PG_SOCKET_DIR = "/var/run/postgresql"      # a Unix socket reaches PostgreSQL from the hub's namespace


@dataclass
class LinkRun:
    events: int
    seconds: float
    wire_bytes: int           # IP bytes both ways at the box's end, retransmissions included
    tcp_bytes: int            # TCP payload the box's link counted (TLS and HTTP included)
    failed_exchanges: int
    sync_now_runs: int
    exit_code: int
    link_line: str


class Processes:
    """Long-running processes a run started; `stop_all` ends each by its own process group."""

    def __init__(self) -> None:
        self.running: list[subprocess.Popen] = []

    def spawn(self, cmd: list[str], log: Path) -> subprocess.Popen:
        with open(log, "wb") as out:
            proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        self.running.append(proc)
        return proc

    def stop(self, proc: subprocess.Popen, sig: int = signal.SIGTERM, grace_s: float = 10) -> None:
        if proc.poll() is None:
            try:
                os.killpg(proc.pid, sig)          # the group spawn created with start_new_session
                proc.wait(grace_s)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(5)
            except ProcessLookupError:
                pass
        if proc in self.running:
            self.running.remove(proc)

    def stop_all(self) -> None:
        for proc in list(reversed(self.running)):
            self.stop(proc)


def admin_token_file(directory: Path) -> Path:
    """A throw-away hub admin token in a file of mode 0600 (the hub refuses a token on its command line)."""
    path = directory / "hub-admin-token"
    path.write_text(secrets.token_hex(16))
    path.chmod(0o600)
    return path


def clinic_command(*args: str, config: Path | None = None, netns: str | None = None) -> list[str]:
    cmd = [*CLINIC, *(["--config", str(config)] if config else []), *args]
    return ["ip", "netns", "exec", netns, *cmd] if netns else cmd


def _run(cmd: list[str], timeout: float = 600) -> str:
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    if res.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {res.returncode}: {res.stderr.strip()[-500:]}")
    return res.stdout


def make_day(root: Path, patients: int, days: int) -> Path:
    """A seeded box (`clinic init` + `clinic demo seed`) to copy for every run; returns its root."""
    config = root / "box.toml"
    _run(clinic_command("init", "--data-dir", str(root / "data"), "--device-id", "bench-2g", "--clinic-id", "CLA",
                 "--admin-password", "bench-admin-pass-1", config=config))
    _run(clinic_command("demo", "seed", "--patients", str(patients), "--days", str(days), config=config))
    return root


def _copy_box(template: Path, root: Path) -> Path:
    shutil.copytree(template, root)
    config = root / "box.toml"
    config.write_text(config.read_text().replace(str(template), str(root)))
    return config


def run_once(template: Path, work: Path, profile: dict, pg_admin_url: str) -> LinkRun:
    from sqlalchemy.engine import make_url

    from .hub.store.scratch import throwaway_database

    config = _copy_box(template, work / "box")
    with throwaway_database(pg_admin_url, "clinic_bench_link") as url:
        hub_db = f"postgresql+psycopg://postgres@/{make_url(url).database}?host={PG_SOCKET_DIR}"
        return _run_on(config, work, profile, hub_db)


def _run_on(config: Path, work: Path, profile: dict, hub_db: str) -> LinkRun:
    """One `sync now` of the box at `config` through the emulated link to a hub on `hub_db`."""
    from .linkemu import BadLink

    procs = Processes()
    link = None
    try:
        link = BadLink(procs, work, **profile)
        token = _run(clinic_command("hub", "token", "create", "--db", hub_db, "--clinic", "CLA")).strip()
        ca = serve_hub(procs, link, work, hub_db)
        _run(clinic_command("sync", "enrol", "--hub", f"https://{link.hub_ip}:{HUB_PORT}", "--token", token,
                     "--hub-ca", str(ca), config=config, netns=link.box_ns))
        before = link.wire_bytes()
        started = time.monotonic()
        res = subprocess.run(clinic_command("sync", "now", "--no-progress", config=config, netns=link.box_ns),
                             capture_output=True, text=True, timeout=3600)
        seconds = time.monotonic() - started
        wire = link.wire_bytes() - before
        line = next((ln for ln in res.stdout.splitlines() if ln.startswith("link:")), "")
        tcp = sum(int(n.replace(",", "")) for n in re.findall(r"([\d,]+) bytes (?:out|in)", line))
        total = re.search(r"last seq (\d+)", res.stdout)
        return LinkRun(events=int(total.group(1)) if total else 0, seconds=seconds, wire_bytes=wire, tcp_bytes=tcp,
                       failed_exchanges=res.stderr.count("trying again"), sync_now_runs=1,
                       exit_code=res.returncode, link_line=line or res.stderr.strip()[-300:])
    finally:
        procs.stop_all()
        if link is not None:
            link.close()


def serve_hub(procs: Processes, link, work: Path, hub_db: str) -> Path:
    """`clinic hub serve` over HTTPS in the link's hub namespace, on `hub_db`; returns its CA certificate."""
    from provisioning.tls import create_ca, issue_server_cert

    from .linkemu import wait_for

    tls = work / "hub-tls"
    create_ca(tls, "hub")
    issue_server_cert(tls, ["clinic-hub"], [link.hub_ip])
    hub_log = work / "hub.log"
    procs.spawn(clinic_command("hub", "serve", "--db", hub_db, "--host", link.hub_ip, "--port", HUB_PORT,
                               "--admin-token-file", str(admin_token_file(work)), "--certfile", str(tls / "server.crt"),
                               "--keyfile", str(tls / "server.key"), netns=link.hub_ns), hub_log)
    wait_for("the hub to listen", lambda: "Booting worker" in hub_log.read_text(), timeout=60)
    return tls / "ca.crt"


def make_clinic_day(root: Path) -> Path:
    """The clinic day of issue 19 through the box's own services (sync/bench_day.py), with its audit trail."""
    from .bench_day import CLINIC_DAY, build_day

    build_day(root, device_id="bench-2g", config_name="box.toml", **CLINIC_DAY)
    return root


def bench_link(profile_name: str, runs: int, patients: int, days: int, pg_admin_url: str,
               say: Callable[[str], None], clinic_day: bool = False) -> list[LinkRun]:
    from .linkemu import PROFILES, unavailable_reason

    reason = unavailable_reason()
    if reason:
        raise RuntimeError(f"the link emulator cannot run here: {reason}")
    root = Path(tempfile.mkdtemp(prefix="clinic-bench-link-"))
    try:
        if clinic_day:
            say("building the clinic day through the box's services …")
            template = make_clinic_day(root / "template")
        else:
            say(f"seeding a box: {patients} patients over {days} days …")
            template = make_day(root / "template", patients, days)
        out = []
        for i in range(runs):
            work = root / f"run-{i + 1}"
            work.mkdir()
            out.append(run_once(template, work, PROFILES[profile_name], pg_admin_url))
            say(format_run(i + 1, out[-1]))
        return out
    finally:
        shutil.rmtree(root, ignore_errors=True)


def format_run(n: int, r: LinkRun) -> str:
    return (f"run {n}: {r.events:,} events in {r.seconds:.0f} s, {r.wire_bytes / 1000:,.0f} KB on the wire "
            f"({r.wire_bytes / max(1, r.events):.0f} B/event; TCP payload {r.tcp_bytes / 1000:,.0f} KB), "
            f"{r.failed_exchanges} failed exchanges retried, {r.sync_now_runs} `sync now` run "
            f"(exit {r.exit_code})\n  {r.link_line}")
