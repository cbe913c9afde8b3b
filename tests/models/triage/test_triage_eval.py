"""Accuracy floors on the vignettes, the metric computation, and latency."""

import pytest

from models.triage.const import EMERGENCY, ROUTINE
from models.triage.evaluate import bench_triage, evaluate

FLOORS = {"level_accuracy": 0.85, "symptom_f1": 0.9}


def test_dev_set_meets_the_floors(dev_vignettes):
    metrics = evaluate(dev_vignettes).metrics
    assert metrics["vignettes"] >= 100
    assert metrics["emergency_sensitivity"] == 1.0
    for name, floor in FLOORS.items():
        assert metrics[name] >= floor, (name, metrics[name])


def test_holdout_never_misses_an_emergency(holdout_vignettes):
    metrics = evaluate(holdout_vignettes).metrics
    assert metrics["vignettes"] >= 30
    assert metrics["emergency_sensitivity"] == 1.0
    assert metrics["level_accuracy"] >= FLOORS["level_accuracy"]


def test_metrics_are_computed_as_defined():
    vignettes = [
        {"text": "a", "level": EMERGENCY, "specialty": "emergency", "symptoms": ["cough"], "negated": ["fever"]},
        {"text": "b", "level": ROUTINE, "specialty": "ent", "symptoms": ["sneezing"], "negated": []},
    ]
    answers = {
        "a": {"level": ROUTINE, "specialties": ["pulmonology"], "red_flags": [],
              "symptoms": [{"name": "cough", "negated": False}, {"name": "fever", "negated": False}]},
        "b": {"level": EMERGENCY, "specialties": ["ent"], "red_flags": ["x"],
              "symptoms": [{"name": "sneezing", "negated": False}]},
    }
    metrics = evaluate(vignettes, triage=lambda text, **_: answers[text]).metrics
    assert metrics["level_accuracy"] == 0.0
    assert metrics["emergency_sensitivity"] == 0.0
    assert metrics["under_triage_rate"] == 0.5
    assert metrics["over_triage_rate"] == 0.5
    assert metrics["specialty_top1_accuracy"] == 0.5
    assert metrics["symptom_precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert metrics["symptom_recall"] == 1.0
    assert metrics["negation_accuracy"] == pytest.approx(2 / 3, abs=1e-4)


def test_latency_is_well_under_50_ms(dev_vignettes):
    timing = bench_triage(dev_vignettes[:60], repeats=1)
    assert timing["complaints"] == 60
    assert timing["median_ms"] < 50
