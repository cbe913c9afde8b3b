"""The learned component (models/triage/learned.py): it raises paraphrased red flags it was not trained on, never
lowers a rule's level, grants self-care only where no rule but "needs review" fired, and ships weights that
the repository's own files rebuild."""

import json
from functools import cache
from pathlib import Path

import pytest

from models.triage.const import EMERGENCY, LEVEL_RANK, LEVELS, ROUTINE, SELF_CARE, URGENT
from models.triage.evaluate import load_vignettes
from models.triage.extract import extract_findings
from models.triage.learned import (ABOUT_FILE, Prediction, combine, decide_level, enough_words, get_model,
                                   model_inputs)
from models.triage.services import decide
from models.triage.train import NEW_DIR, REPO_ROOT, digest, training_files

HERE = Path(__file__).parent

# Written for this test, after training: no vignette file holds them (checked below), and the rules alone do not read
# an emergency in them. ("prawns at the wedding, now his eyelids are puffed shut and he wheezes" was one: the model
# retrained in round 9 raised it only to urgent, and the rules now read it as anaphylaxis, test_triage_round9.py;
# "his grip let go of the cup and half his mouth hangs down" another, until round 12's rules read the hanging mouth
# as a facial droop, test_triage_false_friends12.py.)
FRESH_RED_FLAGS = [
    ("he was stirring tea and the spoon fell from his hand, now his words come out mashed", 68),
]


@cache
def training_texts() -> frozenset[str]:
    files = training_files()
    return frozenset(row["text"].lower() for path in files for row in load_vignettes(path))


@pytest.mark.parametrize(("text", "age"), FRESH_RED_FLAGS)
def test_the_model_raises_a_paraphrased_red_flag_it_was_not_trained_on(text, age):
    assert text.lower() not in training_texts()
    findings = extract_findings(text, age_years=age)
    rules_only, combined = decide(findings, learned=False), decide(findings)
    assert rules_only["level"] != EMERGENCY  # the rules miss it: the model is what catches it
    assert combined["level"] == EMERGENCY
    learned = [f for f in combined["findings"] if f["code"] == "learned_red_flag"]
    assert learned and learned[0]["evidence"][0].startswith("the complaint reads like ")
    assert learned[0]["reason"]["hi"] and combined["specialties"][0] == EMERGENCY


def test_the_model_never_lowers_a_rules_level_and_self_care_only_replaces_needs_review():
    rows = load_vignettes(HERE / "robust_holdout.jsonl") + load_vignettes(NEW_DIR / "part-07.jsonl")
    raised = granted = 0
    for row in rows:
        findings = extract_findings(row["text"], **{k: row[k] for k in ("age_years", "sex", "pregnant", "vitals")
                                                    if row.get(k) is not None})
        rules_only, combined = decide(findings, learned=False), decide(findings)
        before, after = LEVEL_RANK[rules_only["level"]], LEVEL_RANK[combined["level"]]
        if after < before:  # only self-care, only where the rules found nothing but "needs review"
            assert combined["level"] == SELF_CARE and rules_only["level"] == ROUTINE
            assert [f["code"] for f in rules_only["findings"]] == ["clinical_review"]
            assert [f["code"] for f in combined["findings"]] == ["learned_self_care"]
            granted += 1
        raised += after > before
        rule_codes = {f["code"] for f in rules_only["findings"]} - {"clinical_review"}
        assert rule_codes <= {f["code"] for f in combined["findings"]}  # every rule's reason stays
    assert raised >= 5 and granted >= 1


@pytest.mark.parametrize(("text", "kwargs"), [
    ("mild acidity after a heavy dinner, otherwise fine", {"age_years": 30, "vitals": {"spo2": 86}}),
    ("mild acidity after a heavy dinner, otherwise fine", {"age_years": 0.2}),
    # (a pregnancy's heartburn alone is care at home by rule since round 16: minor_care.heartburn)
    ("mild headache since the morning, otherwise fine", {"age_years": 26, "pregnant": True}),
    ("mild acidity after a heavy dinner, a little chest tightness", {"age_years": 30}),
])
def test_self_care_never_with_a_flag_an_abnormal_vital_or_a_risk_group(text, kwargs):
    result = decide(extract_findings(text, **kwargs))
    assert result["level"] != SELF_CARE
    assert "learned_self_care" not in {f["code"] for f in result["findings"]}


def test_combine_only_raises_and_self_care_needs_review_only():
    thresholds = get_model().thresholds
    sure = {
        "emergency": Prediction({EMERGENCY: 1.0, URGENT: 0.0, ROUTINE: 0.0, SELF_CARE: 0.0}, {}),
        "self_care": Prediction({EMERGENCY: 0.0, URGENT: 0.0, ROUTINE: 0.0, SELF_CARE: 1.0}, {}),
        "unsure": Prediction({level: 0.25 for level in LEVELS}, {}),
    }
    for level in LEVELS:
        for review_only in (False, True):
            for prediction in sure.values():
                decision = combine(level, review_only, prediction, thresholds)
                if decision.raise_to:
                    assert LEVEL_RANK[decision.raise_to] > LEVEL_RANK[level]
                assert not decision.self_care or review_only
    assert combine(ROUTINE, False, sure["self_care"], thresholds).self_care is False
    assert combine(URGENT, False, sure["emergency"], thresholds).raise_to == EMERGENCY
    assert combine(EMERGENCY, False, sure["emergency"], thresholds).raise_to is None


def test_a_reassured_complaint_is_not_raised_from_routine_but_may_be_from_urgent():
    thresholds = get_model().thresholds
    sure = Prediction({EMERGENCY: 1.0, URGENT: 0.0, ROUTINE: 0.0, SELF_CARE: 0.0}, {})
    content = Prediction({EMERGENCY: 0.0, URGENT: 0.0, ROUTINE: 0.0, SELF_CARE: 1.0}, {})
    assert decide_level(ROUTINE, False, sure, thresholds, False).raise_to == EMERGENCY
    assert decide_level(ROUTINE, False, sure, thresholds, False, reassured=True).raise_to is None
    assert decide_level(SELF_CARE, True, sure, thresholds, False, reassured=True).raise_to is None
    assert decide_level(URGENT, False, sure, thresholds, False, reassured=True).raise_to == EMERGENCY
    assert decide_level(ROUTINE, True, content, thresholds, False, reassured=True).self_care


def test_short_complaints_are_the_rules_alone():
    assert not enough_words("chest") and not enough_words("denies fits") and not enough_words("cnt breathe")
    result = decide(extract_findings("chest"))
    assert result["level"] == URGENT and not any(f["code"].startswith("learned_") for f in result["findings"])


def test_the_shipped_weights_say_what_they_were_trained_on_and_it_is_the_repositorys_files():
    about = json.loads(ABOUT_FILE.read_text(encoding="utf-8"))
    files = sorted(training_files())
    assert about["trained_on"] == {str(p.relative_to(REPO_ROOT)): digest(p) for p in files}, \
        "vignette files changed: rebuild the weights with `clinic triage train`"
    assert set(about["thresholds"]) == {"emergency", "emergency_from_routine", "urgent", "self_care", "specialty",
                                        "symptom"}
    assert about["held_out"] and get_model().about == about


def test_the_symptom_head_adds_what_the_lexicon_missed_marked_and_nothing_it_found_or_a_man_cannot_have():
    from models.triage.services import learned_symptoms

    findings = extract_findings("fever since two days, keeps forgetting things", sex="male", age_years=70)
    assert "fever" in {m.name for m in findings.mentions}
    prediction = Prediction({}, {}, symptoms={"confusion": 0.9, "fever": 0.99, "vaginal bleeding": 0.8,
                                              "headache": 0.2})
    added = learned_symptoms(findings, prediction)
    assert [s["name"] for s in added] == ["confusion"]  # not fever (found), not a gynaecological one, not p 0.2
    assert added[0]["learned"] is True and added[0]["text"] == "" and added[0]["negated"] is False
    assert set(added[0]["label"]) == {"en", "hi"}


def test_the_shipped_symptom_head_scores_each_symptom_on_its_own():
    model = get_model()
    classes, weights, bias = model.heads["symptoms"]
    assert len(classes) >= 50 and weights.shape == (len(model.columns), len(classes)) and bias.shape == (len(classes),)
    prediction = model.predict(*model_inputs(extract_findings("fever and cough since 3 days, body ache",
                                                              age_years=30)))
    assert all(0.0 <= p <= 1.0 for p in prediction.symptoms.values())
    assert sum(prediction.symptoms.values()) > 2.0  # a sigmoid each, not one softmax over them
    assert min(prediction.symptoms[name] for name in ("fever", "cough", "body ache")) > 0.5
    assert prediction.symptoms["vaginal bleeding"] < 0.1


def test_the_weights_ship_as_int8_and_training_scores_exactly_what_ships():
    import numpy as np

    from models.triage.learned import WEIGHTS_FILE, as_shipped, quantize

    weights = np.random.default_rng(7).normal(size=(50, 3)).astype(np.float32)
    weights[:, 2] = 0.0  # a class no feature speaks for keeps its zeros
    shipped = as_shipped(weights)
    assert np.abs(shipped - weights).max() <= np.abs(weights).max() / 254 + 1e-6
    again, scale = quantize(shipped)
    assert np.array_equal(again.astype(np.float32) * scale, shipped)  # saving what training scored changes nothing
    with np.load(WEIGHTS_FILE) as data:
        assert all(data[name].dtype == np.int8 for name in data.files if name.endswith("_weights"))
    assert WEIGHTS_FILE.stat().st_size < 2_000_000
