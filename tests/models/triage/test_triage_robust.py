"""Issue 16: a triage that holds on words it has never seen — spelling, SMS, Hinglish and Devanagari, time and
negation, the safety bias, the missing rules, adult and child limits, self-care with advice, the meaning-level
fallback, and every rule's texts in English and Hindi."""

import re

import pytest

from models.triage.const import LEVEL_RANK, symptom_systems
from models.triage.evaluate import evaluate, load_vignettes, wilson_interval
from models.triage.extract import extract_findings
from models.triage.normalise import get_corrector, normalise
from models.triage.rule_roles import LEARNED_RULES, MEANING_RULES
from models.triage.rules import RULES
from models.triage.services import decide
from models.triage.texts import advice_table, rule_text, symptom_names_hi

from tests.models.triage.conftest import HERE, codes, negated, present

LATIN = re.compile(r"[A-Za-z]")


@pytest.mark.parametrize("typed, read", [
    ("cnt brth, chest tight", "can't breathe, chest tight"),
    ("his speech is slured, arm gone week", "his speech is slurred, arm gone weak"),
    ("diffculty breathng", "difficulty breathing"),
    ("backpain for 3 months", "back pain for 3 months"),
    ("सीने में दर्द", "seene mein dard"),
    ("1 week fever", "1 week fever"),  # "week" after a number is meant
    ("Mild back ache after gardening", "Mild back ache after gardening"),  # a real English word is left alone
])
def test_the_normaliser_reads_what_was_meant(typed, read):
    assert normalise(typed).text == read


def test_spans_quote_the_patients_own_words(triage):
    text = "pls help, cnt brth, सीने में दर्द"
    result = triage(text, age_years=50)
    for symptom in result["symptoms"]:
        assert text[symptom["start"]:symptom["end"]] == symptom["text"]
    assert {"shortness of breath", "chest pain"} <= present(result)


def test_short_words_and_english_words_are_protected():
    corrector = get_corrector()
    assert corrector.correct("cat") is None and corrector.correct("painting") is None
    assert corrector.correct("feaver") in {None, "fever"}  # lexicon spelling already
    assert corrector.correct("breathng") == "breathing"


@pytest.mark.parametrize("text, level, code", [
    ("chest", "urgent", "unclear_danger_word"),
    ("seena", "urgent", "unclear_danger_word"),
    ("pregnant, problem", "urgent", "unclear_danger_word"),
    ("I don't know", "urgent", "not_understood"),
    ("पता नहीं", "urgent", "not_understood"),
])
def test_safety_bias_never_routine(triage, text, level, code):
    result = triage(text)
    assert result["level"] == level and code in codes(result)


def test_safety_bias_leaves_parsed_complaints_to_their_rules(triage):
    assert triage("Pregnant 7 months, mild back pain", age_years=26)["level"] == "routine"
    assert triage("Blood pressure 170/100 on routine check, no symptoms", age_years=50)["level"] == "routine"
    assert triage("pimples on the face", age_years=20)["level"] == "routine"  # understood, if not listed


@pytest.mark.parametrize("text, gone", [
    ("had a fit 5 years ago, none since, now headache for 2 days", "seizure"),
    ("no thoughts of harming myself, just feeling low", "suicidal thoughts"),
    ("stroke 3 years ago, recovered fully, here for medicines", "weakness"),
    ("had chest pain last month, checked, none since, came for report", "chest pain"),
])
def test_past_and_denied_episodes_are_not_present(triage, text, gone):
    result = triage(text, age_years=45)
    assert gone in negated(result) and gone not in present(result)
    assert result["level"] != "emergency"


def test_recent_event_now_fine_still_counts(triage):
    assert triage("Teenage girl 16, fainted in school assembly, now fine")["level"] == "urgent"


def test_developmental_delay_is_not_a_stroke(triage):
    result = triage("my 3 year old is slow to start talking, says only a few words", age_years=3)
    assert "slurred speech" not in present(result)
    assert result["level"] == "routine" and "developmental_delay" in codes(result)


@pytest.mark.parametrize("text, age, code", [
    ("after eating peanuts her lips swelled and she is wheezing", 8, "anaphylaxis"),
    ("ate prawns, hives all over and feeling dizzy", 30, "anaphylaxis"),
    ("dengue, now bleeding gums and drowsy", 22, "dengue_warning_signs"),
    ("fever 4 days, belly pain and vomiting again and again", 25, "febrile_abdomen"),
    ("sweating and nausea, tired, diabetic", 62, "atypical_coronary_syndrome"),
    ("heaviness in the left arm and chest while climbing stairs", 55, "cardiac_chest_pain"),
    ("chehra ek taraf latak gaya, bol nahi pa rahe", 68, "stroke_signs"),
    ("मुंह टेढ़ा हो गया और बोल नहीं पा रहे", 70, "stroke_signs"),
    ("old man, fever and cough, breathing very fast", 80, "elderly_pneumonia"),
])
def test_rules_that_were_missing(triage, text, age, code):
    result = triage(text, age_years=age)
    assert result["level"] == "emergency" and code in codes(result)


def test_adult_and_child_breathing_limits_say_their_own_reason(triage):
    adult = triage("cough and fever", age_years=45, vitals={"resp_rate": 34})
    assert adult["level"] == "emergency" and "resp_rate_danger_adult" in codes(adult)
    assert not any("IMCI" in f["reason"]["en"] for f in adult["findings"])
    child = triage("cough", age_years=2, vitals={"resp_rate": 48})
    assert "resp_rate_danger_child" in codes(child)
    assert any("IMCI" in f["reason"]["en"] for f in child["findings"])


@pytest.mark.parametrize("text", [
    "constipated for 3 days, otherwise fine", "usual period cramps, mild", "itchy mosquito bites",
    "small scratch on my arm from a thorn", "mild acidity after spicy food",
])
def test_minor_complaints_get_self_care_and_advice(triage, text):
    result = triage(text, age_years=28, sex="female")
    assert result["level"] == "self_care"
    assert len(result["advice"]) >= 2 and result["advice"][-1]["code"] == "self_care"


def test_the_fallback_only_raises_and_says_why():
    rows = load_vignettes(HERE / "robust_dev.jsonl") + load_vignettes(HERE / "paraphrase_probe.jsonl")
    raised = 0
    for row in rows:
        findings = extract_findings(row["text"], age_years=row.get("age_years"))
        without, with_ = decide(findings, meaning=False, learned=False), decide(findings, learned=False)
        assert LEVEL_RANK[with_["level"]] >= LEVEL_RANK[without["level"]]
        if with_["level"] != without["level"]:
            raised += 1
            meaning = [f for f in with_["findings"] if f["code"].startswith("meaning_")]
            assert meaning and "close to" in meaning[0]["evidence"][0]
    assert raised >= 5


def test_a_denied_red_flag_does_not_raise(triage):
    result = triage("palpitations sometimes, no chest pain or breathlessness", age_years=50)
    assert not {"meaning_red_flag", "meaning_possible_red_flag"} & codes(result)


def test_every_rule_has_english_and_hindi_texts():
    advice = advice_table()
    for rule in (*RULES, *MEANING_RULES.values(), *LEARNED_RULES.values()):
        text = rule_text(rule.id)  # KeyError: a rule without texts
        assert text.name["en"] and rule.reason
        for hindi in (text.name["hi"], text.reason_hi):
            assert hindi and not LATIN.search(hindi), (rule.id, hindi)
        assert text.advice in advice
    for key, words in advice.items():
        assert words["en"] and words["hi"] and not LATIN.search(words["hi"]), key
    assert set(symptom_names_hi()) == set(symptom_systems())
    assert not any(LATIN.search(name) for name in symptom_names_hi().values())


def test_wilson_interval():
    assert wilson_interval(0, 0) == (0.0, 1.0)
    low, high = wilson_interval(56, 56)
    assert high == 1.0 and 0.93 < low < 0.94
    low, high = wilson_interval(47, 56)
    assert low < 47 / 56 < high


def test_eval_reports_self_care_recall_and_the_interval():
    vignettes = [{"text": "runny nose and sneezing, mild", "age_years": 30, "level": "self_care",
                  "specialty": "ent", "symptoms": ["runny nose", "sneezing"]},
                 {"text": "chest", "age_years": 50, "level": "emergency", "specialty": "emergency", "symptoms": []}]
    metrics = evaluate(vignettes).metrics
    assert metrics["self_care_recall"] == 1.0
    assert metrics["emergency_sensitivity"] == 0.0 and metrics["emergency_sensitivity_ci95"][0] == 0.0
    assert metrics["under_triage_rate"] == 0.5


def test_development_set_of_issue_16_meets_its_floors():
    metrics = evaluate(load_vignettes(HERE / "robust_dev.jsonl")).metrics
    assert metrics["emergency_sensitivity"] >= 0.98
    assert metrics["level_accuracy"] >= 0.95
    assert metrics["under_triage_rate"] <= 0.03
    assert metrics["self_care_recall"] >= 0.9
    assert metrics["symptom_recall"] >= 0.9 and metrics["symptom_precision"] >= 0.9


def test_own_holdout_keeps_its_final_score():
    """robust_holdout.jsonl was written before the rules changed and scored twice (first sight, final); its
    misses are not read. This only keeps later changes from losing ground on it."""
    metrics = evaluate(load_vignettes(HERE / "robust_holdout.jsonl")).metrics
    assert metrics["emergency_sensitivity"] >= 0.9
    assert metrics["level_accuracy"] >= 0.9
    assert metrics["under_triage_rate"] <= 0.05


@pytest.mark.parametrize("text", [
    "सात महीने की गर्भवती, तेज सिरदर्द और धुंधला दिखना",     # found by a new user: only the headache was read
    "आठ महीने का गर्भ है, सिर में तेज दर्द, नज़र धुंधली हो गई",
])
def test_blurred_vision_in_devanagari_is_read_and_names_the_eclampsia_flag(triage, text):
    result = triage(text, age_years=24, sex="female", pregnant=True)
    assert "blurred vision" in present(result), result["symptoms"]
    assert result["level"] == "emergency" and "eclampsia_signs" in result["red_flags"], result["red_flags"]
