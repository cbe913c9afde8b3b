"""`clinic hub stress`: many threads against a real hub (gunicorn, TLS), every codec, counting crashes.

A zstd compressor shared by a worker's threads crashed workers with SIGSEGV under concurrent
requests (issue 15, item 8): a crash shows here as a gunicorn "Worker … was sent SIGSEGV" line,
a dropped connection, or a 5xx — each counted, none allowed.
"""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ..clock import HLCTimestamp, wall_ms
from ..ids import uuid7
from ..protocol import API, CODECS, compress, decompress, dumps, public_key_bytes, sign_request
from . import services
from .cli import ADMIN_TOKEN_ENV
from .store import open_hub_store

# A worker that died: gunicorn's arbiter says so when it reaps it.
CRASH = re.compile(r"Worker \(pid:\d+\) (was sent|exited with code)")
_RAISED = re.compile(r"^[\w.]+(Error|Exception|Fault)\b")  # the last line of a traceback in the hub's log


def clinic_command() -> list[str]:
    script = Path(sys.executable).with_name("clinic")
    return [str(script)] if script.exists() else [sys.executable, "-c", "from appliance.cli import main; main()"]


class _Pusher:
    """One enrolled device: its key and its next seq (a thread of its own, so seqs stay in order)."""

    def __init__(self, store, clinic_id: str, n: int) -> None:
        self.key = Ed25519PrivateKey.generate()
        self.n = n
        self.device_id = f"stress-{os.getpid()}-{n}"
        services.enrol_device(store, services.issue_token(store, clinic_id), self.device_id,
                              public_key_bytes(self.key))
        self.seq = 0

    def event(self) -> dict[str, Any]:
        self.seq += 1
        now = wall_ms()
        pid = uuid7(now)
        return {"id": uuid7(now), "origin": self.device_id, "seq": self.seq, "hlc": HLCTimestamp(now, 0).encode(),
                "entity": "patient", "entity_id": pid, "op": "registered", "patient_id": pid,
                "fields": {"given_name": "Stress", "family_name": f"Test {self.seq}"}, "actor": "stress",
                "schema": 1, "recorded_at": services._iso(now)}


def _worker(base: str, ca_file: str, pusher: _Pusher, until: float, tally: Counter, errors: list[str],
            lock: threading.Lock) -> None:
    import requests

    session = requests.Session()
    session.trust_env = False  # REQUESTS_CA_BUNDLE in the environment would override verify
    session.verify = ca_file
    codecs = sorted(CODECS)
    # Half the threads ask for the time (cheap, so many answers are compressed at once, as by boxes
    # at start-up); the other half pull and push, signed, with bodies and answers in every codec.
    kinds = ("time",) if pusher.n % 2 == 0 else ("pull", "push")
    n = 0
    while time.monotonic() < until:
        codec = codecs[n % len(codecs)]
        kind = kinds[(n // len(codecs)) % len(kinds)]
        n += 1
        headers = {"Accept-Encoding-Clinic": codec}
        try:
            if kind == "time":
                resp = session.get(f"{base}{API}/time", headers=headers, timeout=30)
            else:
                payload = {"cursor": 0, "limit": 500} if kind == "pull" else {"events": [pusher.event()]}
                raw = dumps(payload)
                body = compress(raw, codec)
                headers.update(sign_request(pusher.key, pusher.device_id, "POST", f"{API}/{kind}", body, wall_ms()))
                headers["Content-Encoding"] = codec
                resp = session.post(f"{base}{API}/{kind}", data=body, headers=headers, timeout=30)
            ok = resp.status_code < 400
            if ok:  # the answer must decode as the codec asked for
                decompress(resp.content, resp.headers.get("Content-Encoding"))
            outcome = f"{resp.status_code}"
            if resp.status_code >= 500:
                with lock:
                    errors.append(f"{kind} {codec}: {resp.status_code} {resp.text[:200]}")
        except Exception as err:  # noqa: BLE001 - a dropped connection or an answer that does not decode
            if kind == "push":
                pusher.seq -= 1  # not acked: the same seq goes again
            outcome = f"error:{type(err).__name__}"
            with lock:
                errors.append(f"{kind} {codec}: {err}"[:300])
        with lock:
            tally[(kind, codec, outcome)] += 1


def run_stress(*, seconds: float = 60, threads: int = 32, workers: int = 2, db_url: str | None = None,
               work_dir: Path | None = None) -> dict[str, Any]:
    """Start a hub (gunicorn, TLS, `workers` processes of 8 threads), hammer it from `threads` threads
    for `seconds` with every codec on time, pull and push; stop it; count what went wrong."""
    from ..ports import free_port
    from provisioning.tls import create_ca, issue_server_cert

    with tempfile.TemporaryDirectory(prefix="hub-stress-", dir=work_dir) as tmp:
        root = Path(tmp)
        url = db_url or f"sqlite:///{root / 'hub.db'}"
        store = open_hub_store(url, create=True)
        try:
            pushers = [_Pusher(store, "STRESS", n) for n in range(threads)]
        finally:
            store.engine.dispose()
        tls = root / "tls"
        create_ca(tls, "hub-stress")
        issue_server_cert(tls, ["localhost"], ["127.0.0.1"])
        port = free_port()
        log = root / "hub.log"
        env = {**os.environ, ADMIN_TOKEN_ENV: "stress-" + os.urandom(8).hex()}
        with open(log, "wb") as out:
            hub = subprocess.Popen([*clinic_command(), "hub", "serve", "--db", url, "--port", str(port),
                                    "--certfile", str(tls / "server.crt"), "--keyfile", str(tls / "server.key"),
                                    "--workers", str(workers)], stdout=out, stderr=subprocess.STDOUT, env=env,
                                   start_new_session=True)
        try:
            deadline = time.monotonic() + 120  # a loaded CI machine starts gunicorn slowly
            while log.read_text().count("Booting worker") < workers:
                if hub.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"the hub did not start:\n{log.read_text()}")
                time.sleep(0.1)
            tally: Counter = Counter()
            errors: list[str] = []
            lock = threading.Lock()
            until = time.monotonic() + seconds
            started = time.monotonic()
            pool = [threading.Thread(target=_worker, args=(f"https://127.0.0.1:{port}", str(tls / "ca.crt"),
                                                          p, until, tally, errors, lock)) for p in pushers]
            for t in pool:
                t.start()
            for t in pool:
                t.join()
            elapsed = time.monotonic() - started
        finally:
            # What the hub logged while under load; the stop below sends SIGTERM to the whole group, and a
            # worker that dies of it before the master reaps it is logged "was sent SIGTERM": not a crash.
            under_load = log.stat().st_size if log.exists() else 0
            if hub.poll() is None:
                os.killpg(hub.pid, signal.SIGTERM)
                try:
                    hub.wait(20)
                except subprocess.TimeoutExpired:
                    os.killpg(hub.pid, signal.SIGKILL)
                    hub.wait(5)
        text = log.read_bytes()[:under_load].decode(errors="replace")
    crashes = [line for line in text.splitlines() if CRASH.search(line)]
    raised = Counter(line[:160] for line in text.splitlines() if _RAISED.match(line))
    total = sum(tally.values())
    return {
        "seconds": round(elapsed, 1), "threads": threads, "workers": workers, "requests": total,
        "requests_per_s": round(total / max(elapsed, 1e-9), 1),
        "crashes": len(crashes), "crash_lines": crashes[:5], "first_errors": [e.split("\n")[0] for e in errors[:3]],
        "hub_raised": raised.most_common(5),
        "server_errors": sum(v for (_, _, o), v in tally.items() if o.startswith("5")),
        "dropped": sum(v for (_, _, o), v in tally.items() if o.startswith("error")),
        "by_codec": {c: sum(v for (_, cc, _), v in tally.items() if cc == c) for c in sorted(CODECS)},
        "by_outcome": dict(sum((Counter({o: v}) for (_, _, o), v in tally.items()), Counter())),
        "by_kind": {k: sum(v for (kk, _, _), v in tally.items() if kk == k) for k in ("time", "pull", "push")},
    }


def print_report(report: dict[str, Any], echo=print) -> None:
    echo(f"hub stress: {report['threads']} threads, {report['workers']} workers, {report['seconds']} s, "
         f"{report['requests']} requests ({report['requests_per_s']}/s)")
    echo("  by codec:   " + ", ".join(f"{c} {n}" for c, n in report["by_codec"].items()))
    echo("  by request: " + ", ".join(f"{k} {n}" for k, n in report["by_kind"].items()))
    echo("  by answer:  " + ", ".join(f"{o} {n}" for o, n in sorted(report["by_outcome"].items())))
    echo(f"  worker crashes {report['crashes']}, 5xx {report['server_errors']}, "
         f"dropped connections {report['dropped']}")
    for line in report["crash_lines"] + report["first_errors"]:
        echo(f"    {line}")
    for line, n in report["hub_raised"]:
        echo(f"    hub log, {n}x: {line}")
