"""`clinic bench store`: HTTP registration and search under concurrent clients, SQLCipher vs plain SQLite.

Both stores are built, seeded and served the same way in the same run; only the cipher differs.
The load generator is a separate process sharing the machine's cores: `wrk` (C, a few percent of a
core) when installed, else Python threads (which took about a quarter of the two cores themselves).
"""
from __future__ import annotations

import http.client
import ssl
import json
import multiprocessing
import random
import shutil
import statistics
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

from provisioning.tls import ensure_tls, tls_dir

from ..box import open_box
from ..demo import data
from ..patients.schemas import PatientIn
from ..patients.services import register_patient
from ..settings import Settings
from ..staff.schemas import StaffIn
from ..staff.services import create_staff
from ..store import Store
from ..store.keys import generate_key, write_key_file

PASSWORD = "bench-password-1"


def _settings(root: Path, port: int, workers: int) -> Settings:
    return Settings.model_validate({
        "box": {"device_id": "box-bench", "clinic_id": "BEN", "data_dir": str(root)},
        "store": {"key_file": str(root / "db.key")},
        "server": {"port": port, "host": "127.0.0.1", "workers": workers},
        "logging": {"file": str(root / "clinic.log")},  # as on a box: JSON lines to a file, not a terminal
    })


def _random_patient(rng: random.Random, i: int) -> PatientIn:
    sex = rng.choice(["female", "male"])
    given = rng.choice(data.GIVEN_FEMALE if sex == "female" else data.GIVEN_MALE)
    return PatientIn(given_name=given, family_name=rng.choice(data.FAMILY), sex=sex, age_years=rng.randint(0, 90),
                     phone=f"9{rng.randint(0, 10**9 - 1):09d}", village=rng.choice(data.VILLAGES))


def _prepare(root: Path, encrypted: bool, patients: int, port: int, workers: int) -> Settings:
    settings = _settings(root, port, workers)
    key = None
    if encrypted:
        key = generate_key()
        write_key_file(settings.key_path(), key)
    Store(settings.db_path, key).create()
    ensure_tls(root, "box-bench")
    box = open_box(settings, encrypted=encrypted)
    rng = random.Random(42)
    try:
        with box.write("bench:seed") as uow:
            create_staff(uow, StaffIn(username="bench", full_name="Bench", role="health_worker", password=PASSWORD))
        for start in range(0, patients, 500):
            with box.write("bench:seed") as uow:
                for i in range(start, min(patients, start + 500)):
                    register_patient(uow, _random_patient(rng, i), "BEN")
    finally:
        box.close()
    return settings


def _serve(settings: Settings, encrypted: bool) -> None:
    from ..server import ClinicServer

    ClinicServer(settings, encrypted=encrypted).run()


def _connect(port: int, ca: Path) -> http.client.HTTPSConnection:
    return http.client.HTTPSConnection("127.0.0.1", port, timeout=30, context=ssl.create_default_context(cafile=ca))


def _request(conn: http.client.HTTPConnection, method: str, path: str, body: Any = None,
             token: str | None = None) -> tuple[int, bytes]:
    headers = {"Content-Type": "application/json"} if body is not None else {}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    conn.request(method, path, body=json.dumps(body) if body is not None else None, headers=headers)
    resp = conn.getresponse()
    return resp.status, resp.read()


def _wait_up(port: int, ca: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            conn = _connect(port, ca)
            if _request(conn, "GET", "/api/v1/health")[0] == 200:
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("bench server did not start")


def _typo(rng: random.Random, word: str) -> str:
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1] + word[i] + word[i + 2:] if rng.random() < 0.5 else word[:i] + word[i + 1:]


def _search_query(rng: random.Random) -> str:
    """A given and family name as a health worker might type them, with one slip in the given name."""
    return f"{_typo(rng, rng.choice(data.GIVEN_FEMALE + data.GIVEN_MALE))} {rng.choice(data.FAMILY)}"


def _load(port: int, ca: Path, token: str, clients: int, seconds: float, kind: str) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client(n: int) -> None:
        nonlocal errors
        rng = random.Random(n)
        conn = _connect(port, ca)
        mine: list[float] = []
        bad = 0
        while time.monotonic() < stop_at:
            if kind == "register":
                method, path, body = "POST", "/api/v1/patients", _random_patient(rng, n).model_dump(mode="json",
                                                                                                  exclude_none=True)
            else:
                method, path, body = "GET", f"/api/v1/patients?q={quote(_search_query(rng))}&limit=10", None
            t0 = time.perf_counter()
            status, _ = _request(conn, method, path, body, token)
            mine.append(time.perf_counter() - t0)
            bad += status >= 400
        with lock:
            latencies.extend(mine)
            errors += bad

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - t0
    latencies.sort()
    return {"requests": len(latencies), "errors": errors, "per_s": round(len(latencies) / elapsed, 1),
            "p50_ms": round(statistics.median(latencies) * 1000, 2),
            "p99_ms": round(latencies[int(len(latencies) * 0.99) - 1] * 1000, 2)}


_WRK_SUMMARY = """
done = function(summary, latency, requests)
  io.write(string.format('{"requests": %d, "duration_us": %d, "status_errors": %d, "socket_errors": %d, '
    .. '"p50_us": %d, "p99_us": %d}\\n', summary.requests, summary.duration, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50), latency:percentile(99)))
end
"""


def _lua_string(text: str) -> str:
    return json.dumps(text)  # a JSON string of ASCII text is a valid Lua string literal


def _wrk_script(token: str, kind: str, rng: random.Random, count: int = 20000) -> str:
    """A wrk script cycling through `count` distinct requests generated like the Python client's."""
    auth = f"['Authorization'] = {_lua_string('Bearer ' + token)}"
    if kind == "register":
        bodies = (json.dumps(_random_patient(rng, 0).model_dump(mode="json", exclude_none=True)) for _ in range(count))
        table = ",\n".join(_lua_string(b) for b in bodies)
        make = (f"wrk.format('POST', '/api/v1/patients', {{{auth}, ['Content-Type'] = 'application/json'}}, "
                f"items[i % #items + 1])")
    else:
        paths = (f"/api/v1/patients?q={quote(_search_query(rng))}&limit=10" for _ in range(count))
        table = ",\n".join(_lua_string(p) for p in paths)
        make = f"wrk.format('GET', items[i % #items + 1], {{{auth}}})"
    return (f"items = {{\n{table}\n}}\ni = 0\n"
            f"request = function()\n  i = i + 1\n  return {make}\nend\n{_WRK_SUMMARY}")


def _load_wrk(port: int, token: str, clients: int, seconds: float, kind: str, seed: int) -> dict[str, float]:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(_wrk_script(token, kind, random.Random(seed)))
    try:
        out = subprocess.run(["wrk", "-t1", f"-c{clients}", f"-d{max(1, round(seconds))}s", "-s", f.name,
                              f"https://127.0.0.1:{port}"], capture_output=True, text=True, timeout=seconds + 60)
    finally:
        Path(f.name).unlink()
    summary = next((json.loads(line) for line in out.stdout.splitlines() if line.startswith('{"requests"')), None)
    if summary is None:
        raise RuntimeError(f"wrk printed no summary: {out.stderr.strip() or out.stdout.strip()}")
    return {"requests": summary["requests"], "errors": summary["status_errors"] + summary["socket_errors"],
            "per_s": round(summary["requests"] / (summary["duration_us"] / 1e6), 1),
            "p50_ms": round(summary["p50_us"] / 1000, 2), "p99_ms": round(summary["p99_us"] / 1000, 2)}


def _run_one(encrypted: bool, patients: int, clients: int, seconds: float, workers: int,
             client: str) -> dict[str, Any]:
    from .._port import free_port

    port = free_port()
    with tempfile.TemporaryDirectory(prefix="clinic-bench-") as tmp:
        t0 = time.perf_counter()
        settings = _prepare(Path(tmp), encrypted, patients, port, workers)
        seed_s = time.perf_counter() - t0
        proc = multiprocessing.get_context("fork").Process(target=_serve, args=(settings, encrypted), daemon=True)
        proc.start()
        ca = tls_dir(settings.box.data_dir) / "ca.crt"
        try:
            _wait_up(port, ca)
            conn = _connect(port, ca)
            status, body = _request(conn, "POST", "/api/v1/sessions", {"username": "bench", "password": PASSWORD})
            token = json.loads(body)["token"]
            if client == "wrk":
                _load_wrk(port, token, clients, min(2.0, seconds), "search", 1)  # warm up
                search = _load_wrk(port, token, clients, seconds, "search", 2)
                register = _load_wrk(port, token, clients, seconds, "register", 3)
            else:
                _load(port, ca, token, clients, min(2.0, seconds), "search")  # warm up
                search = _load(port, ca, token, clients, seconds, "search")
                register = _load(port, ca, token, clients, seconds, "register")
        finally:
            proc.terminate()
            proc.join(15)
        return {"store": "sqlcipher" if encrypted else "sqlite", "seed_s": round(seed_s, 1),
                "register": register, "search": search}


def default_client() -> str:
    return "wrk" if shutil.which("wrk") else "python"


def run_store_bench(*, patients: int, clients: int, seconds: float, workers: int = 2,
                    client: str | None = None) -> dict[str, Any]:
    client = client or default_client()
    if client == "wrk" and not shutil.which("wrk"):
        raise RuntimeError("wrk is not installed (Debian package wrk); use --client python")
    enc = _run_one(True, patients, clients, seconds, workers, client)
    plain = _run_one(False, patients, clients, seconds, workers, client)
    return {
        "patients": patients, "clients": clients, "seconds": seconds, "workers": workers, "client": client,
        "results": [enc, plain],
        "ratios": {
            "register_throughput_plain_over_encrypted": round(plain["register"]["per_s"] / enc["register"]["per_s"], 2),
            "search_throughput_plain_over_encrypted": round(plain["search"]["per_s"] / enc["search"]["per_s"], 2),
            "register_p99_encrypted_over_plain": round(enc["register"]["p99_ms"] / plain["register"]["p99_ms"], 2),
            "search_p99_encrypted_over_plain": round(enc["search"]["p99_ms"] / plain["search"]["p99_ms"], 2),
        },
        "targets": {"register_per_s": ">= 300", "search_p99_ms": "<= 50", "encrypted_over_plain": "<= 1.3"},
    }


def print_report(report: dict[str, Any]) -> str:
    lines = [f"clinic bench store: {report['patients']} patients, {report['clients']} concurrent clients, "
             f"{report['seconds']} s per phase, {report['workers']} server workers, HTTPS, every access audited, "
             f"load from {report['client']}",
             f"{'store':10} {'phase':9} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}"]
    for r in report["results"]:
        for phase in ("register", "search"):
            m = r[phase]
            lines.append(f"{r['store']:10} {phase:9} {m['per_s']:8.1f} {m['p50_ms']:8.2f} {m['p99_ms']:8.2f} "
                         f"{m['errors']:7d}")
    for k, v in report["ratios"].items():
        lines.append(f"{k:45} {v:.2f}")
    return "\n".join(lines)
