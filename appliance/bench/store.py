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
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
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
        # A clinic open around the clock: out of working hours every read also raises an alert, and
        # the figures would depend on the hour the bench runs.
        "alerts": {"work_start": "00:00", "work_end": "24:00"},
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
    n = len(latencies)
    quantiles = [latencies[min(n - 1, int(n * k / QUANTILE_STEPS))] * 1000 for k in range(QUANTILE_STEPS + 1)] \
        if n else []
    return {"requests": n, "errors": errors, "seconds": elapsed, "quantiles_ms": quantiles}


QUANTILE_STEPS = 400  # latencies are kept as this many quantiles per load run, to merge runs exactly enough

_WRK_SUMMARY = f"""
done = function(summary, latency, requests)
  local q = {{}}
  for k = 0, {QUANTILE_STEPS} do q[#q + 1] = string.format('%d', latency:percentile(100 * k / {QUANTILE_STEPS})) end
  io.write(string.format('{{"requests": %d, "duration_us": %d, "status_errors": %d, "socket_errors": %d, '
    .. '"quantiles_us": [%s]}}\\n', summary.requests, summary.duration, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    table.concat(q, ',')))
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
            "seconds": summary["duration_us"] / 1e6, "quantiles_ms": [q / 1000 for q in summary["quantiles_us"]]}


def merge_runs(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """One phase's figures from its rounds: throughput over the summed time, and p50/p99 of the
    rounds' latencies together (each round's quantiles weighted by its number of requests)."""
    requests = sum(r["requests"] for r in runs)
    seconds = sum(r["seconds"] for r in runs)
    points = sorted((q, r["requests"] / len(r["quantiles_ms"])) for r in runs for q in r["quantiles_ms"])

    def percentile(p: float) -> float:
        if not points:
            return 0.0
        target, seen = p / 100 * sum(w for _, w in points), 0.0
        for value, weight in points:
            seen += weight
            if seen >= target:
                return value
        return points[-1][0]

    return {"requests": requests, "errors": sum(r["errors"] for r in runs),
            "per_s": round(requests / seconds, 1) if seconds else 0.0, "p50_ms": round(percentile(50), 2),
            "p99_ms": round(percentile(99), 2), "rounds_per_s": [round(r["requests"] / r["seconds"], 1)
                                                                  for r in runs if r["seconds"]]}


@dataclass
class _Server:
    store: str
    port: int
    ca: Path
    token: str
    proc: Any
    seed_s: float


def _start(root: Path, encrypted: bool, patients: int, workers: int) -> _Server:
    from .._port import free_port

    port = free_port()
    root.mkdir(mode=0o700)
    t0 = time.perf_counter()
    settings = _prepare(root, encrypted, patients, port, workers)
    seed_s = time.perf_counter() - t0
    proc = multiprocessing.get_context("fork").Process(target=_serve, args=(settings, encrypted), daemon=True)
    proc.start()
    ca = tls_dir(settings.box.data_dir) / "ca.crt"
    try:
        _wait_up(port, ca)
        status, body = _request(_connect(port, ca), "POST", "/api/v1/sessions",
                                {"username": "bench", "password": PASSWORD})
        token = json.loads(body)["token"]
    except BaseException:
        _stop(proc)
        raise
    return _Server("sqlcipher" if encrypted else "sqlite", port, ca, token, proc, round(seed_s, 1))


def _stop(proc) -> None:
    proc.terminate()
    proc.join(15)


def _drive(server: _Server, client: str, clients: int, seconds: float, kind: str, seed: int) -> dict[str, Any]:
    if client == "wrk":
        return _load_wrk(server.port, server.token, clients, seconds, kind, seed)
    return _load(server.port, server.ca, server.token, clients, seconds, kind)


def default_client() -> str:
    return "wrk" if shutil.which("wrk") else "python"


def reference_loop_s() -> float:
    """Seconds a fixed pure-Python loop takes now: how fast this machine is at the moment (a shared
    virtual machine's speed was seen to change twofold within minutes), printed beside the figures."""
    t0 = time.perf_counter()
    total = 0
    for i in range(5_000_000):
        total += i
    return round(time.perf_counter() - t0, 2)


def run_store_bench(*, patients: int, clients: int, seconds: float, workers: int = 2,
                    client: str | None = None, rounds: int = 6) -> dict[str, Any]:
    """Both stores are seeded and served at once; each phase's load alternates between them in
    rounds (which store goes first alternates too), so a change in the machine's speed during the
    run (a shared virtual machine's neighbours) falls on both alike."""
    client = client or default_client()
    if client == "wrk" and not shutil.which("wrk"):
        raise RuntimeError("wrk is not installed (Debian package wrk); use --client python")
    per_round = max(1.0, round(seconds / rounds)) if client == "wrk" else seconds / rounds
    loop_before = reference_loop_s()
    runs: dict[tuple[str, str], list[dict[str, Any]]] = {}
    with tempfile.TemporaryDirectory(prefix="clinic-bench-") as tmp:
        servers: list[_Server] = []
        try:
            for encrypted in (True, False):
                root = Path(tmp) / ("sqlcipher" if encrypted else "sqlite")
                servers.append(_start(root, encrypted, patients, workers))
            for server in servers:
                _drive(server, client, clients, min(2.0, seconds), "search", 1)  # warm up
            for kind in ("search", "register"):  # searches first: they then find the index loaded as is
                for n in range(rounds):
                    for server in servers if n % 2 == 0 else servers[::-1]:
                        runs.setdefault((server.store, kind), []).append(
                            _drive(server, client, clients, per_round, kind, 2 + n))
        finally:
            for server in servers:
                _stop(server.proc)
    results = [{"store": s.store, "seed_s": s.seed_s, "search": merge_runs(runs[(s.store, "search")]),
                "register": merge_runs(runs[(s.store, "register")])} for s in servers]
    enc, plain = results
    return {
        "patients": patients, "clients": clients, "seconds": per_round * rounds, "rounds": rounds,
        "workers": workers, "client": client, "results": results,
        "reference_loop_s": {"before": loop_before, "after": reference_loop_s()},
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
             f"{report['seconds']:g} s per phase in {report['rounds']} rounds alternating between the stores, "
             f"{report['workers']} server workers, HTTPS, every access audited, load from {report['client']}",
             f"{'store':10} {'phase':9} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}"]
    for r in report["results"]:
        for phase in ("register", "search"):
            m = r[phase]
            lines.append(f"{r['store']:10} {phase:9} {m['per_s']:8.1f} {m['p50_ms']:8.2f} {m['p99_ms']:8.2f} "
                         f"{m['errors']:7d}  rounds: {' '.join(f'{x:.0f}' for x in m['rounds_per_s'])} req/s")
    for k, v in report["ratios"].items():
        lines.append(f"{k:45} {v:.2f}")
    loop = report["reference_loop_s"]
    lines.append(f"machine speed: a fixed 5M-step Python loop took {loop['before']:.2f} s before the run and "
                 f"{loop['after']:.2f} s after (lower is faster)")
    return "\n".join(lines)
