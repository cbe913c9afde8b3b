"""The service's contract: output schema, vocabularies, input errors, thread-safe loading."""

import json
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.triage import ENGINE_VERSION, LEVELS, TriageInputError, present_symptom_names, triage_complaint
from models.triage.const import MAX_TEXT_CHARS, SPECIALTIES_FILE, SYMPTOMS_FILE, specialties, symptom_systems
from models.triage.pipeline import build_nlp, get_nlp

SHARED_CANDIDATES = (Path(__file__).resolve().parents[4] / "shared" / "triage", Path("/work/shared/triage"))
SYMPTOM_KEYS = {"name", "negated", "text", "start", "end", "duration", "severity", "label", "duration_label", "learned",
                "past"}


def test_output_schema_and_vocabularies(triage):
    text = "7 months pregnant, severe headache and blurred vision since morning, no fever"
    result = triage(text)
    assert set(result) == {"symptoms", "signs", "level", "specialties", "red_flags", "reasons", "findings",
                           "advice", "pregnant", "engine_version"}
    assert [f["code"] for f in result["findings"] if f["red_flag"]] == result["red_flags"]
    assert all(set(f["name"]) == set(f["reason"]) == {"en", "hi"} for f in result["findings"])
    assert result["advice"] and all(set(a["text"]) == {"en", "hi"} for a in result["advice"])
    assert result["engine_version"] == ENGINE_VERSION
    assert result["level"] in LEVELS
    assert set(result["specialties"]) <= set(specialties())
    assert result["specialties"][0] == "emergency"
    assert result["red_flags"] and all(isinstance(r, str) for r in result["reasons"])
    for symptom in result["symptoms"]:
        assert set(symptom) == SYMPTOM_KEYS
        assert symptom["name"] in symptom_systems()
        assert isinstance(symptom["negated"], bool)
        assert symptom["duration"] is None or isinstance(symptom["duration"], str)
        assert symptom["duration_label"] is None or set(symptom["duration_label"]) == {"en", "hi"}
        assert symptom["severity"] in {None, "mild", "moderate", "severe"}
        assert text[symptom["start"]:symptom["end"]] == symptom["text"]
    json.dumps(result)  # serialisable as is


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "x" * (MAX_TEXT_CHARS + 1)])
def test_rejects_empty_or_too_long_text(text):
    with pytest.raises(TriageInputError) as info:
        triage_complaint(text)
    assert isinstance(info.value, ValueError)
    assert info.value.length == len(text)


def test_accepts_text_at_the_length_limit(triage):
    assert triage("cough " * (MAX_TEXT_CHARS // 6))["level"] in LEVELS


@pytest.mark.parametrize("vitals", [{"bp": 120}, {"spo2": "low"}])
def test_rejects_unknown_or_non_numeric_vitals(vitals):
    with pytest.raises(TriageInputError):
        triage_complaint("cough", vitals=vitals)


def test_present_symptom_names_for_the_legacy_route(triage):
    assert present_symptom_names("fever and cough, no vomiting") == ["fever", "cough"]
    with pytest.raises(TriageInputError):
        present_symptom_names(" ")


def test_pipeline_is_built_once_per_process_even_under_concurrency():
    seen = []
    threads = [threading.Thread(target=lambda: seen.append(get_nlp())) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(nlp) for nlp in seen}) == 1


def test_unknown_pipeline_base_is_refused():
    with pytest.raises(ValueError):
        build_nlp("nonexistent")


@pytest.mark.parametrize("mark", ["\u0621", "\u0626", "\u064b", "\u0651", "\u0652", "\u0654", "\u0674"])
def test_an_arabic_script_mark_with_no_latin_reading_is_a_valid_result(mark):
    """Hamza, shadda, sukun and their kin read as nothing in Latin letters: alone or beside words they are a
    result (an unparsed complaint is urgent), not an exception (hypothesis found hamza alone)."""
    for text in (mark, f"{mark} {mark}", f"bukhar {mark} 2 din se"):
        result = triage_complaint(text)
        assert result["level"] in LEVELS
    assert triage_complaint("\u0621")["level"] == "urgent"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=1, max_size=300).filter(str.strip))
def test_any_text_gives_a_valid_result(triage, text):
    result = triage(text)
    assert result["level"] in LEVELS
    for symptom in result["symptoms"]:
        assert text[symptom["start"]:symptom["end"]] == symptom["text"]


@pytest.mark.parametrize("name", [SYMPTOMS_FILE.name, SPECIALTIES_FILE.name])
def test_shipped_vocabularies_match_the_shared_ones(name):
    shared = next((d for d in SHARED_CANDIDATES if d.is_dir()), None)
    if shared is None:
        pytest.skip("shared/triage is not present")
    shipped = SYMPTOMS_FILE.parent / name
    assert shipped.read_bytes() == (shared / name).read_bytes(), f"{shipped} is stale: copy {shared / name} again"


@pytest.mark.parametrize("text", [
    "stopped breathing", "his breathing has stopped", "cardiac arrest", "heart stopped", "no pulse",
    "baby saans nahi le raha", "saans band ho gayi",
])
def test_an_arrest_is_an_emergency_though_stopped_and_nahi_negate_what_they_follow(triage, text):
    """"stopped" and "nahi" after a symptom cancel it ("cough stopped"): an arrest was read as
    breathing that had stopped being a complaint, and came out routine."""
    out = triage(text)
    assert out["level"] == "emergency", out
    assert any(s["name"] == "loss of consciousness" and not s["negated"] for s in out["symptoms"])


@pytest.mark.parametrize("text", ["no breathing difficulty, mild cough", "cough stopped yesterday"])
def test_a_negated_breathing_complaint_is_no_arrest(triage, text):
    assert triage(text)["level"] != "emergency"


LEVEL_ORDER = {"emergency": 0, "urgent": 1, "routine": 2, "self_care": 3}


@pytest.mark.parametrize(("text", "vitals", "age"), [
    ("runny nose and sneezing since yesterday, mild", {"spo2": 84}, 40),   # self-care words, emergency vitals
    ("runny nose and sneezing since yesterday, mild", {"systolic_bp": 78}, 40),
    ("cough and fever for 2 days", {"spo2": 84, "pulse": 150}, 40),       # "needs review" words
    ("mild headache since morning", {"resp_rate": 34}, 30),
])
def test_reasons_agree_with_the_level_highest_first(triage, text, vitals, age):
    """The reasons explain the decided level: highest first, and no "minor illness" or "needs review" under a level
    another rule raised (the kiosk's card showed "SELF-CARE Minor illness" on an emergency)."""
    result = triage(text, age_years=age, sex="male", vitals=vitals)
    levels = [f["level"] for f in result["findings"]]
    assert levels[0] == result["level"] != "routine"
    assert levels == sorted(levels, key=LEVEL_ORDER.__getitem__)
    assert [r.split(" ", 1)[0].lower() for r in result["reasons"]] == levels
    assert not {"minor_illness", "clinical_review", "learned_self_care"} & {f["code"] for f in result["findings"]}


def test_a_default_level_finding_stays_when_it_is_the_level(triage):
    result = triage("runny nose and sneezing since yesterday, mild", age_years=40, sex="male")
    assert result["level"] == "self_care"
    assert result["findings"][0]["code"] in {"minor_illness", "learned_self_care"}
