"""A bad link for real: two network namespaces joined by ../shared/tools/tunlink.py (delay, rate, loss),
for the bad-link tests and `clinic bench sync --link` (root only; nothing here runs on a box).

The box side is tunlink's NS_A (10.99.NET.2 on tlNETa), the hub side NS_B (10.99.NET.1 on tlNETb).
Names and NET are unique per run, so parallel runs (pytest-xdist, two checkouts) do not collide.
"""
from __future__ import annotations

import os
import random
import re
import secrets
import shutil
import subprocess
import sys
from pathlib import Path

from typing import Any, Callable


def wait_for(what: str, check: Callable[[], object], timeout: float, every: float = 0.1):
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        got = check()
        if got:
            return got
        time.sleep(every)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


def _find_tunlink() -> Path:
    """The workplace's user-space link: $CLINIC_TUNLINK, ../shared beside the checkout, or /work/shared."""
    candidates = [os.environ.get("CLINIC_TUNLINK"), Path(__file__).resolve().parents[2] / "shared/tools/tunlink.py",
                  Path("/work/shared/tools/tunlink.py")]
    for candidate in candidates:
        if candidate and Path(candidate).exists():
            return Path(candidate)
    return Path(candidates[1])


TUNLINK = _find_tunlink()
PROFILE_2G = {"delay_ms": 200, "rate_kbit": 64, "loss": 0.05}
PROFILE_3G = {"delay_ms": 100, "rate_kbit": 1000, "loss": 0.01}
PROFILES = {"2g": PROFILE_2G, "3g": PROFILE_3G}


def _ip(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(["ip", *args], capture_output=True, text=True, check=check, timeout=15)


def unavailable_reason() -> str | None:
    """Why this machine cannot make namespaces and TUN links (None when it can)."""
    if not TUNLINK.exists():
        return f"{TUNLINK} is missing"
    if shutil.which("ip") is None:
        return "iproute2 (`ip`) is not installed"
    if os.geteuid() != 0:
        return "network namespaces need root"
    try:
        os.close(os.open("/dev/net/tun", os.O_RDWR))
    except OSError as err:
        return f"/dev/net/tun is unusable: {err}"
    probe = f"ceprobe{secrets.token_hex(3)}"
    res = _ip("netns", "add", probe, check=False)
    if res.returncode != 0:
        return f"`ip netns add` fails: {res.stderr.strip()}"
    _ip("netns", "del", probe, check=False)
    return None


def _free_net() -> int:
    """A NET number whose tlNETa/b devices do not exist in the root namespace (where tunlink makes them)."""
    used = {int(n) for n in re.findall(r"\btl(\d+)[ab]\b", _ip("-o", "link").stdout)}
    free = [n for n in range(2, 255) if n not in used]
    return random.SystemRandom().choice(free)


class BadLink:
    """`processes` starts and stops the relay: spawn(cmd, log) -> Popen, stop(proc)."""

    def __init__(self, processes: Any, log_dir: Path, *, delay_ms: float, rate_kbit: float,
                 loss: float, seed: int = 1) -> None:
        self.processes = processes
        tag = f"{os.getpid() % 100000}{secrets.token_hex(2)}"
        self.box_ns, self.hub_ns = f"ce-box-{tag}", f"ce-hub-{tag}"
        self.net = _free_net()
        self.box_ip, self.hub_ip = f"10.99.{self.net}.2", f"10.99.{self.net}.1"
        self.box_dev = f"tl{self.net}a"
        self.made: list[str] = []
        self.relay = None
        try:
            for ns in (self.box_ns, self.hub_ns):
                _ip("netns", "add", ns)
                self.made.append(ns)
            # A real link does not slow down when the box's CPU is busy: the emulator runs ahead of the
            # processes it carries (nice -10; namespaces need root, which may also raise a priority), so what
            # the box meets is the profile's delay, rate and loss, not a starved relay's.
            self.relay = processes.spawn(
                ["nice", "-n", "-10", sys.executable, str(TUNLINK), self.box_ns, self.hub_ns, "--delay-ms", str(delay_ms),
                 "--rate-kbit", str(rate_kbit), "--loss", str(loss), "--seed", str(seed), "--net", str(self.net)],
                log_dir / "tunlink.log")
            wait_for("tunlink to bring both ends up", self._up, timeout=15)
        except BaseException:
            self.close()
            raise

    def _up(self) -> bool:
        if self.relay.poll() is not None:
            raise AssertionError(f"tunlink exited with {self.relay.returncode}")
        return all(ip in _ip("-n", ns, "-o", "addr", "show", check=False).stdout
                   for ns, ip in ((self.box_ns, self.box_ip), (self.hub_ns, self.hub_ip)))

    def cut(self) -> None:
        _ip("-n", self.box_ns, "link", "set", self.box_dev, "down")

    def restore(self) -> None:
        _ip("-n", self.box_ns, "link", "set", self.box_dev, "up")

    def wire_bytes(self) -> int:
        """IP bytes both ways on the box's end of the link (headers and retransmissions included)."""
        import json

        stats = json.loads(_ip("-n", self.box_ns, "-s", "-j", "link", "show", "dev", self.box_dev).stdout)[0]
        return int(stats["stats64"]["rx"]["bytes"]) + int(stats["stats64"]["tx"]["bytes"])

    def close(self) -> None:
        """Stop the relay, then delete the namespaces (the caller stops what runs inside them first)."""
        if self.relay is not None:
            self.processes.stop(self.relay)
        for ns in self.made:
            _ip("netns", "del", ns, check=False)
        self.made.clear()
