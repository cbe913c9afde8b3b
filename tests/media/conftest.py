"""Fixtures for the TURN relay: box settings with TURN on free ports, and the real coturn
(Debian's `turnserver`) started with the config the appliance generates."""
from __future__ import annotations

import ipaddress
import json
import os
import random
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from appliance.settings import Settings, load_settings
from media.turn.client import TurnClient, TurnError
from media.turn.config import secret_store, turn_paths, write_turn_config
from media.turn.credentials import issue_credential
from provisioning.tls import ensure_tls
from tests.conftest import require_tool


def free_port(kinds=(socket.SOCK_STREAM, socket.SOCK_DGRAM)) -> int:
    """A port free for TCP and UDP on 127.0.0.1 and ::1."""
    for _ in range(200):
        port = random.randint(20000, 39999)
        try:
            for family, host in ((socket.AF_INET, "127.0.0.1"), (socket.AF_INET6, "::1")):
                for kind in kinds:
                    with socket.socket(family, kind) as s:
                        s.bind((host, port))
        except OSError:
            continue
        return port
    raise RuntimeError("no free port")


def host_addresses() -> tuple[str, str]:
    """A non-loopback IPv4 and IPv6 address of this machine: the 'remote peers' a consult needs (no
    other host exists in the test); they are reserved ranges, so only allowed-peer-ip lets a relay reach them."""
    out = json.loads(subprocess.run(["ip", "-j", "addr"], capture_output=True, text=True, check=True).stdout)
    v4 = v6 = None
    for link in out:
        for a in link.get("addr_info", []):
            ip = ipaddress.ip_address(a["local"])
            if ip.is_loopback or ip.is_link_local or ip.is_multicast:
                continue
            if ip.version == 4 and v4 is None:
                v4 = str(ip)
            if ip.version == 6 and v6 is None and a.get("scope") == "global":
                v6 = str(ip)
    if v4 is None or v6 is None:
        pytest.fail(f"the TURN tests need a non-loopback IPv4 and global IPv6 address on this machine; got {v4}, {v6}")
    return v4, v6


@dataclass
class Coturn:
    settings: Settings
    process: subprocess.Popen
    log: Path
    peer_v4: str
    peer_v6: str

    @property
    def server_v4(self) -> tuple[str, int]:
        return ("127.0.0.1", self.settings.media.turn_port)

    @property
    def server_v6(self) -> tuple[str, int]:
        return ("::1", self.settings.media.turn_port)

    def credential(self, user: str = "staff-1", secret: str | None = None, ttl: int = 300, now: int | None = None):
        secret = secret or secret_store(self.settings).current().value
        return issue_credential(secret, user, ttl, [], now=now)

    def client(self, cred, v6: bool = False) -> TurnClient:
        return TurnClient(self.server_v6 if v6 else self.server_v4, cred.username, cred.credential)

    def logs(self) -> str:
        return self.log.read_text(errors="replace")[-4000:]


@pytest.fixture
def turn_settings(tmp_path: Path) -> Settings:
    """A box's settings: TURN on free ports of 127.0.0.1 and ::1 (the 'clinic LAN' of the test), the API on
    127.0.0.1, and this machine's own addresses allowed as the consult's peers."""
    peer_v4, peer_v6 = host_addresses()
    data_dir = tmp_path / "data"
    relay_low = random.randrange(40000, 60000, 100)
    config = tmp_path / "appliance.toml"
    config.write_text(f"""
[box]
device_id = "box-turn-1"
clinic_id = "TST"
data_dir = "{data_dir}"
[server]
host = "127.0.0.1"
port = {free_port()}
[media]
turn_listen_ips = ["127.0.0.1", "::1"]
turn_port = {free_port()}
turns_port = {free_port()}
turn_relay_min_port = {relay_low}
turn_relay_max_port = {relay_low + 99}
turn_allowed_peers = ["{peer_v4}/32", "{peer_v6}/128"]
turn_credential_ttl_s = 300
turn_secret_grace_s = 900
""")
    settings = load_settings(config, environ={})
    ensure_tls(data_dir, settings.box.device_id)
    return settings


def _ready(settings: Settings, proc: subprocess.Popen, log: Path) -> None:
    """Wait until coturn answers an unauthenticated Allocate with its 401 challenge."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"turnserver exited {proc.returncode}:\n{log.read_text(errors='replace')[-3000:]}")
        client = TurnClient(("127.0.0.1", settings.media.turn_port), "x", "x", timeout=0.5)
        try:
            client.allocate()
        except TurnError:
            return  # the challenge answered, then our bogus credential refused: it serves
        except OSError:
            time.sleep(0.2)
        finally:
            client.close()
    raise AssertionError(f"turnserver did not answer:\n{log.read_text(errors='replace')[-3000:]}")


@pytest.fixture
def coturn(turn_settings: Settings, tmp_path: Path):
    """Debian's turnserver, run with exactly the config `clinic media turn-config` writes."""
    binary = require_tool("turnserver")
    paths = write_turn_config(turn_settings)
    log = tmp_path / "turnserver.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([binary, "-c", str(paths.conf)], stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
    try:
        _ready(turn_settings, proc, log)
        host_v4, host_v6 = host_addresses()
        yield Coturn(turn_settings, proc, log, host_v4, host_v6)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(5)


@pytest.fixture
def udp_peer():
    """UDP echo servers a relay may be pointed at: bind(host) -> (socket, port); answers 'echo:' + data."""
    import threading

    socks: list[socket.socket] = []
    stop = threading.Event()

    def bind(host: str, port: int = 0, echo: bool = True) -> socket.socket:
        s = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_DGRAM)
        s.bind((host, port))
        socks.append(s)
        if echo:
            s.settimeout(0.2)

            def serve():
                while not stop.is_set():
                    try:
                        data, addr = s.recvfrom(65535)
                        s.sendto(b"echo:" + data, addr)
                    except socket.timeout:
                        continue
                    except OSError:
                        return
            threading.Thread(target=serve, daemon=True).start()
        return s

    yield bind
    stop.set()
    time.sleep(0.3)
    for s in socks:
        s.close()
