"""Evaluation of the symptom checker on clinician-written vignettes, and its latency."""

from __future__ import annotations

import json
import math
import statistics
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from .const import EMERGENCY, LEVEL_RANK, SELF_CARE, VITAL_KEYS
from .extract import extract_findings
from .pipeline import get_nlp
from .services import decide, triage_complaint

REPO_ROOT: Final = Path(__file__).resolve().parents[2]
DEV_SET: Final = REPO_ROOT / "tests" / "models" / "triage" / "vignettes.jsonl"
HOLDOUT_SET: Final = REPO_ROOT / "tests" / "models" / "triage" / "holdout.jsonl"
PATIENT_FIELDS: Final = ("age_years", "sex", "pregnant", "vitals")
# Vital-sign names other writers use for ours.
VITAL_ALIASES: Final = {"respiratory_rate": "resp_rate", "heart_rate": "pulse", "pulse_rate": "pulse",
                        "temperature": "temperature_c", "sbp": "systolic_bp",
                        "dbp": "diastolic_bp"}

Triage = Callable[..., dict[str, Any]]


@dataclass
class EvalReport:
    """Metrics over a vignette set, and the vignettes the checker got wrong."""

    metrics: dict[str, float | int | None]
    misses: list[dict[str, Any]] = field(default_factory=list)


class VignetteFileError(ValueError):
    """A vignette file that cannot be scored as it is, with the line that says why."""


def load_vignettes(path: str | Path) -> list[dict[str, Any]]:
    """Vignettes from a JSON-lines file (blank lines and // comments skipped), each checked before any is scored:
    a bad line is a VignetteFileError naming it, not a traceback halfway through the run."""
    vignettes = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            vignette = json.loads(line)
        except json.JSONDecodeError as err:
            raise VignetteFileError(f"line {number}: not JSON ({err.msg})") from err
        if isinstance(vignette, dict) and isinstance(vignette.get("vitals"), dict):
            vignette["vitals"] = {VITAL_ALIASES.get(k, k): v for k, v in vignette["vitals"].items()}
        problem = _vignette_problem(vignette)
        if problem:
            raise VignetteFileError(f"line {number}: {problem}")
        vignettes.append(vignette)
    return vignettes


def _vignette_problem(vignette: Any) -> str | None:
    if not isinstance(vignette, dict):
        return "a vignette is a JSON object"
    if not isinstance(vignette.get("text"), str) or not vignette["text"].strip():
        return "no \"text\""
    if vignette.get("level") not in LEVEL_RANK:
        return f"\"level\" must be one of {', '.join(LEVEL_RANK)}"
    if not isinstance(vignette.get("specialty"), str):
        return "no \"specialty\""
    vitals = vignette.get("vitals")
    if vitals is not None:
        if not isinstance(vitals, dict):
            return "\"vitals\" is an object"
        unknown = sorted(set(vitals) - set(VITAL_KEYS))
        if unknown:
            return f"unknown vital sign(s) {', '.join(unknown)} (known: {', '.join(VITAL_KEYS)})"
    return None


def evaluate(vignettes: Iterable[dict[str, Any]], triage: Triage = triage_complaint) -> EvalReport:
    """Level accuracy, emergency sensitivity (with its Wilson 95 % interval), under/over-triage, self-care recall,
    specialty top-1, symptom P/R/F1, negation accuracy; and level accuracy by kind where vignettes name one."""
    n = correct_level = under = over = top1 = 0
    emergencies = emergencies_caught = self_care = self_care_given = 0
    kinds: dict[str, list[int]] = {}
    true_pos = false_pos = false_neg = 0
    negation_checked = negation_correct = 0
    misses = []
    for vignette in vignettes:
        n += 1
        result = triage(vignette["text"], **{k: vignette[k] for k in PATIENT_FIELDS if vignette.get(k) is not None})
        want, got = vignette["level"], result["level"]
        correct_level += want == got
        under += LEVEL_RANK[got] < LEVEL_RANK[want]
        over += LEVEL_RANK[got] > LEVEL_RANK[want]
        if want == EMERGENCY:
            emergencies += 1
            emergencies_caught += got == EMERGENCY
        if want == SELF_CARE:
            self_care += 1
            self_care_given += got == SELF_CARE
        if vignette.get("kind"):
            tally = kinds.setdefault(vignette["kind"], [0, 0])
            tally[0] += want == got
            tally[1] += 1
        top1 += bool(result["specialties"]) and result["specialties"][0] == vignette["specialty"]
        status = {s["name"]: s["negated"] for s in result["symptoms"]}
        present = {name for name, negated in status.items() if not negated}
        gold_present, gold_negated = set(vignette.get("symptoms", ())), set(vignette.get("negated", ()))
        true_pos += len(present & gold_present)
        false_pos += len(present - gold_present)
        false_neg += len(gold_present - present)
        for name in (gold_present | gold_negated) & status.keys():
            negation_checked += 1
            negation_correct += status[name] == (name in gold_negated)
        if want != got or present != gold_present:
            misses.append({"text": vignette["text"], "kind": vignette.get("kind"), "want_level": want,
                           "got_level": got,
                           "want_symptoms": sorted(gold_present), "got_symptoms": sorted(present),
                           "red_flags": result["red_flags"]})
    precision = true_pos / (true_pos + false_pos) if true_pos + false_pos else 1.0
    recall = true_pos / (true_pos + false_neg) if true_pos + false_neg else 1.0
    low, high = wilson_interval(emergencies_caught, emergencies)
    metrics = {
        "vignettes": n,
        "level_accuracy": _ratio(correct_level, n),
        "emergency_sensitivity": _ratio(emergencies_caught, emergencies),
        "emergency_sensitivity_ci95": [low, high] if emergencies else None,
        "emergencies": emergencies,
        "under_triage_rate": _ratio(under, n),
        "over_triage_rate": _ratio(over, n),
        "self_care_recall": _ratio(self_care_given, self_care),
        "specialty_top1_accuracy": _ratio(top1, n),
        "symptom_precision": round(precision, 4),
        "symptom_recall": round(recall, 4),
        "symptom_f1": round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0,
        "negation_accuracy": _ratio(negation_correct, negation_checked),
    }
    for kind, (right, total) in sorted(kinds.items()):
        metrics[f"level_accuracy[{kind}]"] = _ratio(right, total)
    return EvalReport(metrics, misses)


def wilson_interval(successes: int, trials: int, z: float = 1.96) -> tuple[float, float]:
    """Wilson score interval of a proportion (95 % by default): sound at 0 and 1 and for small samples."""
    if not trials:
        return (0.0, 1.0)
    p = successes / trials
    centre = (p + z * z / (2 * trials)) / (1 + z * z / trials)
    half = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / (1 + z * z / trials)
    return (round(max(0.0, centre - half), 4), round(min(1.0, centre + half), 4))


def bench_triage(vignettes: Iterable[dict[str, Any]] | str | Path = DEV_SET, *, repeats: int = 3,
                 base: str | None = None) -> dict[str, float]:
    """Median and p99 milliseconds per complaint over the vignettes (pipeline loaded beforehand)."""
    rows = load_vignettes(vignettes) if isinstance(vignettes, (str, Path)) else list(vignettes)
    nlp = get_nlp(base) if base else get_nlp()
    triage = _triage_with(nlp)
    triage("warm up")
    timings, cpu = [], []
    for _ in range(repeats):
        for row in rows:
            kwargs = {k: row[k] for k in PATIENT_FIELDS if row.get(k) is not None}
            start, start_cpu = time.perf_counter(), time.thread_time()
            triage(row["text"], **kwargs)
            timings.append((time.perf_counter() - start) * 1000)
            cpu.append((time.thread_time() - start_cpu) * 1000)
    timings.sort()
    cpu.sort()
    return {"complaints": len(timings), "median_ms": round(statistics.median(timings), 3),
            "p99_ms": _percentile(timings, 0.99), "max_ms": round(timings[-1], 3),
            # the CPU the complaint itself took (time.thread_time): what other processes take is left out
            "cpu_median_ms": round(statistics.median(cpu), 3), "cpu_p99_ms": _percentile(cpu, 0.99),
            "cpu_max_ms": round(cpu[-1], 3)}


def _percentile(ordered: list[float], fraction: float) -> float:
    return round(ordered[min(len(ordered) - 1, int(fraction * len(ordered)))], 3)


def compare_bases(vignettes: list[dict[str, Any]], bases: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Accuracy and latency of the checker on each spaCy pipeline base ("blank", the English model)."""
    results = {}
    for base in bases:
        triage = _triage_with(get_nlp(base))
        results[base] = {**evaluate(vignettes, triage).metrics, **bench_triage(vignettes, base=base)}
    return results


def _triage_with(nlp) -> Triage:
    def triage(text: str, **patient: Any) -> dict[str, Any]:
        return decide(extract_findings(text, nlp=nlp, **patient))
    return triage


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None
