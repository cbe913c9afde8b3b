"""The box's self-test: each check a function returning a Check; `run_selftest` runs them all and
never raises for what it finds (a failing part is a failed check with its reason, not a traceback)."""
from __future__ import annotations

import os
import shutil
import socket
import ssl
import struct
import subprocess
import sys
import json
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from appliance.settings import Settings

MIN_FREE_BYTES = 2 * 1024 ** 3        # models, a year of a clinic's records and its backups
MAX_SKEW_S = 5.0
SERVE_LOG = "selftest-serve.log"     # in the data directory: `clinic serve` as the self-test started it
SERVE_PROGRESS_S = 10.0
STUN_BINDING, STUN_MAGIC = 0x0001, 0x2112A442


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    figures: dict[str, Any] = field(default_factory=dict)
    skipped: bool = False


def _guard(name: str, fn: Callable[[], Check]) -> Check:
    try:
        return fn()
    except Exception as err:  # noqa: BLE001 - a check that breaks is a failed check, with its reason
        return Check(name, False, f"{type(err).__name__}: {err}")


def check_disk(settings: Settings, min_free: int = MIN_FREE_BYTES) -> Check:
    data = settings.box.data_dir
    usage = shutil.disk_usage(data)
    probe = data / ".selftest-write"
    probe.write_bytes(os.urandom(4096))
    with open(probe, "rb+") as f:
        os.fsync(f.fileno())
    ok_rw = probe.read_bytes().__len__() == 4096
    probe.unlink()
    ok = ok_rw and usage.free >= min_free
    return Check("disk", ok, f"{data}: {usage.free / 1e9:.1f} GB free of {usage.total / 1e9:.1f} GB"
                 + ("" if usage.free >= min_free else f" (needs at least {min_free / 1e9:.1f} GB)")
                 + ("" if ok_rw else "; writing and reading back a block failed"),
                 {"free_bytes": usage.free, "total_bytes": usage.total})


def check_hub(settings: Settings, give_up_s: float, say: Callable[[str], None]) -> list[Check]:
    """Clock against the hub's, and the link to it: round trip and bytes per second as measured."""
    from sync.errors import SyncError

    from .steps import open_client

    box, client = open_client(settings, None, None, give_up_s, say)
    if client is None:
        return [Check("clock", True, "no hub enrolled: not compared", skipped=True),
                Check("link", True, "no hub enrolled: not measured", skipped=True)]
    try:
        started = time.monotonic()
        rtts = []
        for _ in range(3):
            t0 = time.monotonic()
            skew_ms = client.clock_skew_ms()
            rtts.append(time.monotonic() - t0)
        seconds = time.monotonic() - started
        stats = client.link.stats
        rate = (stats.bytes_in + stats.bytes_out) / seconds if seconds > 0 else 0.0
        rtt = sorted(rtts)[1]
        skew_s = skew_ms / 1000
        return [Check("clock", abs(skew_s) <= MAX_SKEW_S, f"{skew_s:+.2f} s from the hub's clock"
                      + ("" if abs(skew_s) <= MAX_SKEW_S else f" (more than {MAX_SKEW_S:.0f} s: set the time)"),
                      {"skew_s": skew_s}),
                Check("link", True, f"hub {client.link.host}: "
                      f"round trip {rtt * 1000:.0f} ms, {rate * 8 / 1000:.1f} kbit/s over {stats.exchanges} exchanges "
                      f"({stats.failures} failed and retried)",
                      {"rtt_ms": round(rtt * 1000, 1), "kbit_s": round(rate * 8 / 1000, 1),
                       "exchanges": stats.exchanges, "failures": stats.failures})]
    except SyncError as err:
        return [Check("clock", False, f"the hub's clock cannot be read: {err.detail}"),
                Check("link", False, f"no link to the hub: {err.detail}")]
    finally:
        client.link.close()
        box.close()


def stun_binding(host: str, port: int, timeout: float = 2.0, tries: int = 3) -> tuple[str, int]:
    """One STUN Binding request (RFC 8489) over UDP; returns the XOR-MAPPED-ADDRESS the server saw."""
    txid = os.urandom(12)
    request = struct.pack("!HHI", STUN_BINDING, 0, STUN_MAGIC) + txid
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_DGRAM) as sock:
        sock.settimeout(timeout)
        for _ in range(tries):
            sock.sendto(request, (host, port))
            try:
                data, _ = sock.recvfrom(2048)
            except socket.timeout:
                continue
            mtype, length, magic = struct.unpack("!HHI", data[:8])
            if magic != STUN_MAGIC or data[8:20] != txid or mtype != 0x0101:
                raise ValueError(f"not a STUN binding success (type {mtype:#06x})")
            pos = 20
            while pos + 4 <= 20 + length:
                atype, alen = struct.unpack("!HH", data[pos:pos + 4])
                value = data[pos + 4:pos + 4 + alen]
                if atype == 0x0020 and value[1] == 1:            # XOR-MAPPED-ADDRESS, IPv4
                    xport = struct.unpack("!H", value[2:4])[0] ^ (STUN_MAGIC >> 16)
                    xaddr = struct.unpack("!I", value[4:8])[0] ^ STUN_MAGIC
                    return socket.inet_ntoa(struct.pack("!I", xaddr)), xport
                pos += 4 + alen + (-alen % 4)
            return "?", 0
        raise TimeoutError(f"no STUN answer from {host}:{port} after {tries} tries")


def check_turn(settings: Settings, host: str, config: Path | str = "/etc/clinic/appliance.toml") -> Check:
    port = settings.media.turn_port
    try:
        addr, mapped_port = stun_binding(host, port)
    except (OSError, ValueError) as err:
        from .steps import turn_start_command
        return Check("turn", False, f"coturn at {host}:{port} does not answer a STUN binding: {err}; the box's "
                     f"TURN relay is needed for teleconsults with or without a hub: start it with "
                     f"{turn_start_command(config)}")
    return Check("turn", True, f"coturn at {host}:{port} answered a STUN binding (saw us as {addr}:{mapped_port})")


def check_models(settings: Settings) -> list[Check]:
    def triage() -> Check:
        from models.triage.services import triage_complaint

        t0 = time.monotonic()
        out = triage_complaint("chest pain and breathless since an hour, sweating")
        level = out.get("level") or out.get("triage_level")
        return Check("model:triage", bool(level), f"answered level {level!r} in {time.monotonic() - t0:.1f} s")

    def soap() -> Check:
        from models.soap.services import generate_soap

        t0 = time.monotonic()
        out = generate_soap("Doctor: What brings you here today? Patient: I have had fever and cough for three days. "
                            "Doctor: Take paracetamol 500 mg three times a day.")
        filled = [k for k, v in out.items() if v] if isinstance(out, dict) else []
        return Check("model:soap", bool(filled), f"a note with {', '.join(sorted(filled)[:4])} in "
                     f"{time.monotonic() - t0:.1f} s")

    def speech() -> Check:
        from models.speech.service import transcribe_file

        espeak = shutil.which("espeak-ng")
        if not espeak:
            return Check("model:speech", False, "espeak-ng (the test voice) is not installed")
        with tempfile.TemporaryDirectory() as tmp:
            wav = Path(tmp) / "hello.wav"
            subprocess.run([espeak, "-v", "en", "-w", str(wav), "the patient has a fever"], check=True,
                           capture_output=True, timeout=30)
            t0 = time.monotonic()
            out = transcribe_file(str(wav))
        text = out.get("text", "").lower()
        return Check("model:speech", "fever" in text, f"heard {text.strip()!r} in {time.monotonic() - t0:.1f} s"
                     + ("" if "fever" in text else " (expected 'fever')"))

    return [_guard("model:triage", triage), _guard("model:speech", speech), _guard("model:soap", soap)]


def check_devices(settings: Settings) -> list[Check]:
    from appliance.devices.registry import configured
    from appliance.devices.watch import PortBusy

    found = configured(settings.devices)
    if not found:
        return [Check("devices", True, "no serial device configured", skipped=True)]
    out = []
    for t, port, _room in found:
        try:
            sample = t.probe(port)
        except PortBusy as err:
            out.append(Check(f"device:{t.name}", False, err.detail))
            continue
        if sample is None:
            out.append(Check(f"device:{t.name}", False, f"{t.name} on {port} sent no good frame ({t.protocol})"))
        else:
            what = ", ".join(f"{k} {v:g}" for k, v in sample.values.items()) or f"answers ({sample.fault})"
            out.append(Check(f"device:{t.name}", True, f"{t.name} on {port}: {what}", {"values": sample.values}))
    return out


def check_printer(settings: Settings) -> Check:
    printer = getattr(settings, "printer", None)
    if printer is None or not printer.uri:
        return Check("printer", True, "no receipt printer configured", skipped=True)
    from appliance.printing.escpos import PrinterError, open_printer, test_slip

    try:
        with open_printer(printer.uri, printer.width_mm) as p:
            p.print_slip(test_slip(settings.box.clinic_name, settings.box.device_id, printer.width_mm))
    except PrinterError as err:
        return Check("printer", False, f"{printer.uri}: {err.detail}")
    return Check("printer", True, f"{printer.uri}: test slip printed ({printer.width_mm} mm)")


def check_serving(settings: Settings, config: Path, say: Callable[[str], None] = lambda _m: None,
                  wait_s: float | None = None) -> Check:
    """The box answers HTTPS on its port with its own certificate: started for the test if not running,
    then waited for on its readiness signal (GET /api/v1/health answers 200) for server.ready_wait_s,
    with progress; a box that fails to start is named in one line (why, and the log's path)."""
    from provisioning.tls import tls_dir

    host = "127.0.0.1" if settings.server.host in ("0.0.0.0", "::") else settings.server.host
    url = f"https://{host}:{settings.server.port}/api/v1/health"
    wait_s = settings.server.ready_wait_s if wait_s is None else wait_s
    ca = tls_dir(settings.box.data_dir) / "ca.crt"
    if not ca.exists():
        return Check("serving", False, f"certificate missing: {ca} (run `clinic keys rotate tls`)")
    ctx = ssl.create_default_context(cafile=str(ca))
    ctx.check_hostname = False      # the certificate names the LAN names; the CA is what is checked

    def answer() -> int | None:
        try:
            with urllib.request.urlopen(url, context=ctx, timeout=3) as resp:
                return resp.status
        except OSError:
            return None

    if answer() == 200:
        return Check("serving", True, f"{url} answers (the box is running)")
    busy = port_holder(settings.server.port)
    if busy:
        return Check("serving", False, f"port {settings.server.port} busy ({busy}) but no clinic box answers there")
    script = Path(sys.executable).with_name("clinic")
    cmd = [str(script)] if script.exists() else [sys.executable, "-c", "from appliance.cli import main; main()"]
    log_path = settings.box.data_dir / SERVE_LOG
    t0, told = time.monotonic(), 0.0
    with open(log_path, "wb") as log:
        proc = subprocess.Popen([*cmd, "--config", str(config), "serve"], stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True)
        say(f"serving: started the box (pid {proc.pid}); waiting up to {wait_s:.0f} s for {url}")
        try:
            while time.monotonic() - t0 < wait_s and proc.poll() is None:
                if answer() == 200:
                    return Check("serving", True, f"{url} answered {time.monotonic() - t0:.1f} s after start",
                                 {"start_s": round(time.monotonic() - t0, 1)})
                if time.monotonic() - told >= SERVE_PROGRESS_S:
                    told = time.monotonic()
                    say(f"serving: waiting for the box, {told - t0:.0f} s of {wait_s:.0f} s "
                        f"({startup_stage(log_path.read_text(errors='replace'))})")
                time.sleep(0.3)
            code = proc.poll()
            why = start_failure(log_path.read_text(errors="replace"), settings.server.port)
            if code is None:
                return Check("serving", False, f"{url} did not answer within {wait_s:.0f} s (last: {why}; "
                             f"raise server.ready_wait_s on a slow box); log: {log_path}")
            return Check("serving", False, f"the box stopped at start (exit {code}): {why}; log: {log_path}")
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, 15)
                try:
                    proc.wait(20)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, 9)
                    proc.wait(5)


def _log_lines(text: str) -> list[tuple[str, str]]:
    """(logger, message) of each line of `clinic serve`'s output: JSON log lines and plain ones."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            rec = json.loads(line)
        except ValueError:
            out.append(("", line))
            continue
        if isinstance(rec, dict):
            msg = str(rec.get("msg", ""))
            if rec.get("exception"):
                msg += ": " + str(rec["exception"]).strip().splitlines()[-1]
            out.append((str(rec.get("logger", "")), msg))
    return out


def startup_stage(text: str) -> str:
    """How far a starting box got, from its log: for the progress line."""
    lines = _log_lines(text)
    booted = sum(1 for _l, m in lines if m.startswith("Booting worker"))
    if booted:
        return f"{booted} worker(s) booted, loading the models"
    if any(m.startswith("Listening at") for _l, m in lines):
        return "listening, starting workers"
    if any(m.startswith("clinic box ") for _l, m in lines):
        return "store open, starting the server"
    return "opening the store"


def start_failure(text: str, port: int) -> str:
    """The one line that says why `clinic serve` did not come up, from its output."""
    lines = _log_lines(text)
    joined = "\n".join(m for _l, m in lines)
    if "Address already in use" in joined or "Connection in use" in joined:
        return f"port {port} busy (another process listens on it)"
    upgrades = [m for lg, m in lines if lg.startswith("alembic") and m.startswith("Running upgrade")]
    errors = [m for _l, m in lines if m.startswith(("clinic: ", "Traceback")) or "Error" in m.split(":")[0]]
    if upgrades and errors:
        return f"migration failed: {upgrades[-1].removeprefix('Running upgrade ')}: {errors[-1]}"
    for _l, m in reversed(lines):
        if m.startswith("clinic: "):
            return m.removeprefix("clinic: ")
    if "server.crt" in joined or "server.key" in joined:
        return "certificate missing or unreadable (run `clinic keys rotate tls`)"
    if errors:
        return errors[-1]
    plain = [m for lg, m in lines if not lg]
    return (plain or [m for _l, m in lines] or ["no output"])[-1][:200]


def port_holder(port: int) -> str | None:
    """Something already accepting connections on the port (not a clinic box: that was asked first)."""
    with socket.socket() as sock:
        sock.settimeout(1)
        try:
            sock.connect(("127.0.0.1", port))
        except OSError:
            return None
    return "something accepts connections there"


def run_selftest(settings: Settings, config: Path, *, turn_host: str = "127.0.0.1", hub_give_up_s: float = 30.0,
                 models: bool = True, serving: bool = True, say: Callable[[str], None] = lambda _m: None) -> list[Check]:
    checks = [_guard("disk", lambda: check_disk(settings))]
    if serving:
        checks.append(_guard("serving", lambda: check_serving(settings, config, say)))
    try:
        checks += check_hub(settings, hub_give_up_s, say)
    except Exception as err:  # noqa: BLE001
        checks.append(Check("link", False, f"{type(err).__name__}: {err}"))
    checks.append(_guard("turn", lambda: check_turn(settings, turn_host, config)))
    if models:
        checks += check_models(settings)
    try:
        checks += check_devices(settings)
    except Exception as err:  # noqa: BLE001
        checks.append(Check("devices", False, f"{type(err).__name__}: {err}"))
    checks.append(_guard("printer", lambda: check_printer(settings)))
    return checks
