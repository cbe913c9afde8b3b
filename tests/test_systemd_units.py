"""Every unit in systemd/: valid for `systemd-analyze verify`, hardened to an exposure of at most 2.0 in
`systemd-analyze security --offline=true`, Type=notify with credentials and a restart policy, and its
ExecStart a command the installed `clinic` really has. The notify protocol itself over a real socket."""
from __future__ import annotations

import os
import re
import shlex
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from sync.sdnotify import Heartbeat, notify, watchdog_period

UNITS = sorted((Path(__file__).parents[1] / "systemd").glob("*.service"))
CLINIC = Path(sys.executable).parent / "clinic"
MAX_EXPOSURE = 2.0
NO_WATCHDOG = {"clinic-turn.service"}   # coturn sends READY=1 itself but never WATCHDOG=1


def _keys(unit: Path) -> dict[str, list[str]]:
    keys: dict[str, list[str]] = {}
    text = unit.read_text().replace("\\\n", " ")
    for line in text.splitlines():
        if "=" in line and not line.lstrip().startswith(("#", "[")):
            k, v = line.split("=", 1)
            keys.setdefault(k.strip(), []).append(v.strip())
    return keys


def test_the_units_are_all_there():
    names = {u.name for u in UNITS}
    assert {"clinic-appliance.service", "clinic-jobs.service", "clinic-sync.service", "clinic-hub.service",
            "clinic-turn.service", "clinic-devices.service"} <= names


@pytest.mark.parametrize("unit", UNITS, ids=lambda u: u.name)
def test_unit_verifies_and_is_hardened(unit: Path, tmp_path: Path):
    # verify wants the ExecStart binary to exist: point it at this venv's own `clinic`
    copy = tmp_path / unit.name
    copy.write_text(unit.read_text().replace("/opt/clinic/.venv/bin/clinic", str(CLINIC)))
    verify = subprocess.run(["systemd-analyze", "verify", "--man=no", str(copy)], capture_output=True, text=True)
    assert verify.returncode == 0 and not verify.stderr.strip(), verify.stderr

    sec = subprocess.run(["systemd-analyze", "security", "--offline=true", "--no-pager", str(unit)],
                         capture_output=True, text=True)
    found = re.search(r"Overall exposure level for \S+: (\d+\.\d+)", sec.stdout + sec.stderr)
    assert found, sec.stdout + sec.stderr
    assert float(found.group(1)) <= MAX_EXPOSURE, sec.stdout


@pytest.mark.parametrize("unit", UNITS, ids=lambda u: u.name)
def test_unit_is_supervised_and_gets_its_secrets_as_credentials(unit: Path):
    keys = _keys(unit)
    assert keys["Type"] == ["notify"] and keys["NotifyAccess"] == ["main"]
    assert keys["Restart"] in (["on-failure"], ["always"]) and keys.get("StartLimitIntervalSec") == ["0"]
    if unit.name not in NO_WATCHDOG:
        assert int(keys["WatchdogSec"][0]) >= 30
    assert keys["User"] != ["root"] and keys["CapabilityBoundingSet"] == [""]
    for cred in keys.get("LoadCredentialEncrypted", []) + keys.get("LoadCredential", []):
        assert cred.split(":", 1)[1].startswith("/etc/clinic/")
    assert not any("token" in e.lower() or "key" in e.lower() for e in keys.get("Environment", []))
    exec_start = shlex.split(keys["ExecStart"][0])
    assert not any(a.startswith("--admin-token=") or a == "--admin-token" for a in exec_start)


@pytest.mark.parametrize("unit", UNITS, ids=lambda u: u.name)
def test_unit_runs_a_real_clinic_command(unit: Path):
    argv = shlex.split(_keys(unit)["ExecStart"][0])
    assert argv[0] == "/opt/clinic/.venv/bin/clinic"
    words = [a for a in argv[1:] if not a.startswith(("-", "/", "%")) and "$" not in a
             and not a.isdigit() and a not in {"0.0.0.0"}]
    from click.testing import CliRunner

    from appliance.cli import main
    helped = CliRunner().invoke(main, [*words, "--help"])
    assert helped.exit_code == 0 and "Usage: " in helped.output, helped.output


@pytest.fixture()
def notify_socket(tmp_path, monkeypatch):
    path = tmp_path / "notify"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    sock.settimeout(5)
    monkeypatch.setenv("NOTIFY_SOCKET", str(path))
    yield sock
    sock.close()


def _received(sock: socket.socket) -> list[str]:
    sock.setblocking(False)
    out = []
    try:
        while True:
            out.append(sock.recv(4096).decode())
    except BlockingIOError:
        return out


def test_notify_outside_systemd_is_a_quiet_no_op(monkeypatch):
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    monkeypatch.delenv("WATCHDOG_USEC", raising=False)
    assert notify("READY=1") is False and watchdog_period() is None and Heartbeat().beat() is False


def test_the_watchdog_is_for_the_main_process_only(monkeypatch):
    monkeypatch.setenv("WATCHDOG_USEC", "30000000")
    monkeypatch.setenv("WATCHDOG_PID", str(os.getpid()))
    assert watchdog_period() == 15.0
    monkeypatch.setenv("WATCHDOG_PID", str(os.getpid() + 1))
    assert watchdog_period() is None


def test_sync_loop_says_ready_and_pings_the_watchdog(notify_socket, monkeypatch):
    from sync.backoff import Backoff, CircuitBreaker
    from sync.errors import SyncError
    from sync.loop import sync_forever

    monkeypatch.setenv("WATCHDOG_USEC", "2000000")  # ping each second at most
    monkeypatch.delenv("WATCHDOG_PID", raising=False)

    class Hub:
        def sync_now(self):
            raise SyncError("hub unreachable")

    clock = iter(range(0, 1000, 5))
    import sync.loop as loop
    monkeypatch.setattr(loop, "Heartbeat", lambda: Heartbeat(clock=lambda: float(next(clock))))
    sync_forever(Hub(), interval_s=1, backoff=Backoff(cap_s=0.01), breaker=CircuitBreaker(cool_s=0.01),
                 synced=lambda st: None, failed=lambda err: None, sleep=lambda s: None, rounds=3)
    got = _received(notify_socket)
    assert got[0].startswith("READY=1") and got.count("WATCHDOG=1") == 3


def test_jobs_scheduler_says_ready_and_pings_from_a_job(notify_socket, monkeypatch):
    from apscheduler.schedulers.background import BackgroundScheduler

    from appliance.jobs import supervised

    monkeypatch.setenv("WATCHDOG_USEC", "2000000")
    monkeypatch.delenv("WATCHDOG_PID", raising=False)
    scheduler = BackgroundScheduler()
    supervised(scheduler)
    assert scheduler.get_job("sd-watchdog") is not None
    scheduler.start()
    try:
        notify_socket.setblocking(True)
        first = notify_socket.recv(4096).decode()
        second = notify_socket.recv(4096).decode()   # the sd-watchdog job's first run, a second later
    finally:
        scheduler.shutdown(wait=False)
    assert first.startswith("READY=1") and second == "WATCHDOG=1"
