"""A pregnancy the clinic gives (the kiosk's "Pregnant?" Yes / No / Not known) is patient context like age and sex:
it beats the text, and the text is read in its light as it would be in the light of a pregnancy the text tells."""

import pytest

from models.triage.const import LEVEL_RANK
from models.triage.extract import extract_findings
from tests.models.triage.conftest import codes
from tests.models.triage.test_triage_subject import PREGNANCY_CODES

WOMAN = {"age_years": 26, "sex": "female"}


@pytest.mark.parametrize(("text", "level", "rule"), [
    ("bleeding since morning", "emergency", "pregnancy_bleeding"),
    ("severe pain in the belly", "emergency", "pregnancy_severe_abdominal_pain"),
    ("pet mein dard hai", "urgent", "pregnancy_abdominal_pain"),
    ("headache since yesterday", "urgent", "pregnancy_headache_vision"),
    ("fever since two days", "urgent", "pregnancy_fever"),
    ("swelling of both feet", "urgent", "pregnancy_swelling"),
])
def test_given_pregnant_the_pregnancy_rules_decide(triage, text, level, rule):
    result = triage(text, pregnant=True, **WOMAN)
    assert LEVEL_RANK[result["level"]] >= LEVEL_RANK[level] and rule in codes(result)  # the learned model may add
    assert "obstetrics and gynecology" in result["specialties"][:2]
    not_known = triage(text, pregnant=None, **WOMAN)
    assert rule not in codes(not_known)


@pytest.mark.parametrize("text", ["khoon aa raha hai", "severe pain in the belly", "headache since yesterday",
                                  "32 weeks pregnant, headache and swelling of feet"])
def test_given_not_pregnant_no_pregnancy_rule_fires(triage, text):
    result = triage(text, pregnant=False, **WOMAN)
    assert not codes(result) & PREGNANCY_CODES, codes(result)
    assert extract_findings(text, pregnant=False, **WOMAN).patient.gestation_weeks is None  # no stale weeks


def test_given_pregnant_the_baby_not_moving_is_in_the_womb(triage):
    result = triage("baby not moving since morning", pregnant=True)
    assert "reduced_fetal_movement" in codes(result) and result["level"] == "emergency"
    assert "pediatrics" not in result["specialties"]  # no child is the patient
    facts = extract_findings("baby not moving since morning", pregnant=True).patient
    assert not facts.infant and not facts.child
    # the same words with the pregnancy denied are said of a baby
    assert "reduced_fetal_movement" not in codes(triage("baby not moving since morning", pregnant=False))


def test_given_pregnant_a_he_in_the_text_does_not_make_the_patient_a_man(triage):
    result = triage("he is bleeding a lot", pregnant=True)
    assert "pregnancy_bleeding" in codes(result) and result["level"] == "emergency"
    assert extract_findings("he is bleeding a lot", pregnant=True).patient.sex is None
    # without the pregnancy the text's "he" still decides: no vaginal bleeding in a man
    assert "pregnancy_bleeding" not in codes(triage("he is bleeding a lot"))


def test_the_given_answer_beats_the_text(triage):
    assert "pregnancy_bleeding" in codes(triage("not pregnant, bleeding since morning", pregnant=True, **WOMAN))
    assert "pregnancy_bleeding" not in codes(triage("I am pregnant, bleeding since morning", pregnant=False,
                                                    **WOMAN))
