"""The ``clinic triage`` click group, driven through CliRunner."""

import json
from pathlib import Path

from click.testing import CliRunner

from models.triage.cli import triage

HOLDOUT = Path(__file__).parent / "holdout.jsonl"


def test_triage_text_as_json():
    result = CliRunner().invoke(triage, ["--json", "8 month old baby with fast breathing"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["level"] == "emergency"
    assert payload["specialties"][0] == "emergency"


def test_options_may_follow_the_text():
    result = CliRunner().invoke(triage, ["breathless", "--age", "70", "--vital", "spo2=85", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["level"] == "emergency"


def test_text_from_stdin_and_human_summary():
    for args in ([], ["-"]):
        result = CliRunner().invoke(triage, args, input="runny nose and sneezing, no fever\n")
        assert result.exit_code == 0, result.output
        assert "Level:" in result.output
        assert "Denied: fever" in result.output


def test_empty_complaint_is_a_usage_error():
    result = CliRunner().invoke(triage, ["   "])
    assert result.exit_code == 2
    assert "empty" in result.output


def test_eval_prints_metrics():
    result = CliRunner().invoke(triage, ["eval", str(HOLDOUT)])
    assert result.exit_code == 0, result.output
    for label in ("level accuracy", "emergency sensitivity", "under-triage rate", "over-triage rate",
                  "specialty top-1 accuracy", "symptom precision", "symptom recall", "negation accuracy"):
        assert label in result.output


def test_eval_json():
    result = CliRunner().invoke(triage, ["eval", "--json", str(HOLDOUT)])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.output)
    assert metrics["vignettes"] >= 30
    assert 0 <= metrics["level_accuracy"] <= 1


def test_eval_names_the_bad_line_of_a_vignette_file_and_scores_nothing(tmp_path):
    good = '{"text": "fever", "age_years": 30, "level": "routine", "specialty": "general medicine"}'
    cases = {
        '{"text": "fever", "level": "routine", "specialty": "ent", "vitals": {"temp_c": 39}}': "temp_c",
        '{"text": "fever", "level": "soon", "specialty": "ent"}': '"level" must be one of',
        '{"text": "fever", "level": "routine"': "not JSON",
        '["fever"]': "JSON object",
    }
    for bad, message in cases.items():
        path = tmp_path / "vignettes.jsonl"
        path.write_text(f"// a comment\n{good}\n{bad}\n", encoding="utf-8")
        result = CliRunner().invoke(triage, ["eval", str(path)])
        assert result.exit_code == 2, result.output
        assert "line 3" in result.output and message in result.output, result.output
        assert "Traceback" not in result.output and "level accuracy" not in result.output
