"""Issue 16 (i16-scope): who the complaint is about. Pregnancy-only rules, prototypes and learned urgency do not
apply when pregnancy is impossible (a man, a child, an age outside 10-55) or denied; a denied pregnancy is never
pregnancy context; a patient told of in the third person ("my father", "her baby") brings their sex and age to the
rules. The wordings are this branch's own, not the issue's."""

import pytest

from models.triage.extract import extract_findings
from models.triage.learned import get_model, model_inputs
from models.triage.patient import read_patient
from models.triage.subject import subject_sex

from tests.models.triage.conftest import codes, present

# Rules that only a pregnancy, a delivery or a missed period may fire.
PREGNANCY_CODES = {
    "pregnancy_bleeding", "eclampsia_signs", "pregnancy_severe_abdominal_pain", "labour_danger", "prolonged_labour",
    "in_labour",
    "reduced_fetal_movement", "pregnancy_high_fever", "pregnancy_breathing", "preeclampsia_severe_features",
    "pregnancy_severe_hypertension", "pregnancy_fever", "pregnancy_headache_vision", "pregnancy_swelling",
    "pregnancy_abdominal_pain", "ruptured_membranes", "pregnancy_vomiting", "pregnancy_hypertension",
    "pregnancy_see_today", "puerperal_infection", "vaginal_bleeding_check_pregnancy",
}


def reads_like_pregnancy(result: dict) -> bool:
    return any("pregnan" in evidence for f in result["findings"] for evidence in f["evidence"])


def assert_no_pregnancy_context(result: dict, *, gynaecological: bool = False) -> None:
    """No pregnancy rule, reason or department; ``gynaecological``: a complaint of the womb or the periods (a
    discharge, bleeding per vaginum) is the gynaecologist's whether or not a pregnancy is possible."""
    assert not codes(result) & PREGNANCY_CODES, codes(result)
    assert not reads_like_pregnancy(result), result["reasons"]
    if not gynaecological:
        assert result["specialties"][0] != "obstetrics and gynecology"


# --- 1. Pregnancy impossible or denied: headache with blurred vision is judged as it is in patients who were not
# pregnant (urgent; an emergency only as a stroke or the like), never as eclampsia ---

@pytest.mark.parametrize(("text", "patient"), [
    ("my dad woke up with a headache and his eyes are blurry", {}),
    ("mere papa ke sar mein dard hai aur dhundhla dikhta hai", {}),
    ("he has had a headache since last night and things look blurred", {}),
    ("headache with blurry eyesight today", {"sex": "male"}),
    ("headache with blurry eyesight today", {"pregnant": False}),
    ("headache with blurry eyesight today", {"age_years": 63, "sex": "female"}),
    ("headache with blurry eyesight today", {"age_years": 8}),
    ("not pregnant. blurred vision and a headache since the afternoon", {}),
    ("pregnant nahi hu, sir mein dard aur dhundhla dikh raha", {}),
    ("मैं गर्भवती नहीं हूँ, सिर दर्द और धुंधला दिखना", {}),
])
def test_no_eclampsia_when_pregnancy_is_ruled_out(triage, text, patient):
    result = triage(text, **patient)
    assert_no_pregnancy_context(result)
    assert result["level"] in ("urgent", "emergency")


@pytest.mark.parametrize(("text", "patient"), [
    ("my dad woke up with a headache and his eyes are blurry", {}),
    ("mere papa ke sar mein dard hai aur dhundhla dikhta hai", {}),
    ("headache with blurry eyesight today", {"sex": "male"}),
    ("pregnant nahi hu, sir mein dard aur dhundhla dikh raha", {}),
])
def test_the_learned_model_does_not_read_eclampsia_into_a_man_or_a_denial(triage, text, patient):
    """The model's own no-pregnancy head decides: it learned "headache and blurred vision" without the eclampsia
    cases that make it an emergency in the main head. Urgent by rule (headache with a vision change); the model may
    still read a stroke into "woke up with" (trained on six more writers, it does), never eclampsia."""
    findings = extract_findings(text, **patient)
    assert findings.patient.pregnancy_ruled_out
    prediction = get_model().predict(*model_inputs(findings))
    assert prediction.without_pregnancy().emergency < prediction.emergency
    result = triage(text, **patient)
    assert result["level"] in ("urgent", "emergency") and "headache_with_vision_change" in codes(result)
    assert_no_pregnancy_context(result)


@pytest.mark.parametrize(("text", "patient"), [
    ("my husband suddenly has the worst headache of his life and cannot see", {}),
    ("my father's face has drooped and his vision went blurred suddenly", {}),
    ("my brother had a fit and is now confused", {}),
    ("bhai ko achanak bahut tez sir dard aur ulti, gardan akad gayi", {}),
    ("sudden severe headache, cannot see out of the left eye", {"sex": "male", "age_years": 58}),
])
def test_a_dangerous_complaint_in_a_man_stays_an_emergency(triage, text, patient):
    result = triage(text, **patient)
    assert result["level"] == "emergency", result["reasons"]
    assert not codes(result) & PREGNANCY_CODES


@pytest.mark.parametrize("text", [
    "my wife is 7 months pregnant, bad headache and blurry vision",
    "I am pregnant, 32 weeks, my husband says I look swollen, headache and blurred vision",
    "not pregnant now, delivered 10 days ago, soaking pads with blood",
])
def test_a_pregnancy_or_delivery_told_of_the_patient_still_counts(triage, text):
    result = triage(text)
    assert result["level"] == "emergency"
    assert codes(result) & PREGNANCY_CODES


def test_signs_only_a_pregnancy_has_do_not_fire_in_a_man(triage):
    assert "ruptured_membranes" in codes(triage("water is leaking from below since morning"))
    result = triage("water is leaking from below since morning", sex="male")
    assert_no_pregnancy_context(result)
    assert "vaginal discharge" not in present(result)


def test_a_woman_of_unknown_pregnancy_keeps_the_pregnancy_reading(triage):
    """Nothing rules a pregnancy out: the learned model may still read eclampsia into it."""
    result = triage("headache with blurry eyesight today", sex="female", age_years=27)
    assert result["level"] in ("urgent", "emergency")


# --- 2. A denied pregnancy is never pregnancy context ---

@pytest.mark.parametrize("text", [
    "not pregnant; pain low in the tummy and a whitish discharge for 4 days",
    "pregnancy test was negative, cramping lower abdomen with discharge",
    "main pregnant nahi hoon, neeche pet mein dard aur safed pani",
    "I'm not pregnant. Burning when I pee and itching down there",
])
def test_a_denied_pregnancy_is_no_pregnancy_context(triage, text):
    result = triage(text, sex="female", age_years=26)
    assert_no_pregnancy_context(result, gynaecological="vaginal discharge" in present(result))
    assert result["level"] != "emergency"
    findings = extract_findings(text, sex="female", age_years=26)
    model_text, facts = model_inputs(findings)
    assert "pregnan" not in model_text.lower() and "p:pregnant" not in facts
    assert "pregnancy" not in findings.danger_words
    assert findings.patient.pregnancy_ruled_out


@pytest.mark.parametrize(("text", "denied"), [
    ("she is not pregnant", True),
    ("pregnancy test negative", True),
    ("UPT -ve", True),
    ("garbhvati nahi hai", True),
    ("pregnant hai ya nahi pata nahi", False),
    ("she is pregnant, no bleeding", False),
    ("I am pregnant", False),
])
def test_denials_of_pregnancy_are_read(text, denied):
    facts = read_patient(text)
    assert (facts.pregnant is False) == denied
    assert facts.pregnancy_excluded == denied


def test_a_missed_period_outweighs_a_denial(triage):
    """An ectopic pregnancy kills: a late period with one-sided pain is an emergency whatever she believes."""
    result = triage("not pregnant, but my period is 3 weeks late and I have pain low in the belly on one side")
    assert result["level"] == "emergency" and "possible_ectopic" in codes(result)


# --- 3. Third-person complaints: the subject's sex and age are the patient's ---

@pytest.mark.parametrize(("text", "sex"), [
    ("my husband has a cough", "male"),
    ("mere pati ko bukhar hai", "male"),
    ("mere 2 saal ke bete ko dast", "male"),
    ("meri behen ko chakkar aa rahe hain", "female"),
    ("her little one is 5 weeks old and feels hot", None),
    ("her stomach hurts since lunch", "female"),
    ("mother says her son has had fever for two days", "male"),
    ("I am worried about my husband, he coughs at night", None),
    ("52/M with chest pain", "male"),
    ("mera man ghabra raha hai", None),
])
def test_the_subjects_sex_is_read(text, sex):
    assert subject_sex(text) == sex


@pytest.mark.parametrize(("text", "age"), [
    ("my father is 72 and has a cough", 72),
    ("my son is 14, pain in the right lower belly since night", 14),
    ("my father is 72 kg", None),
    ("my wife is 8 months pregnant", None),
])
def test_a_relations_stated_age_is_read(text, age):
    assert read_patient(text).age_years == age


@pytest.mark.parametrize(("text", "level", "code"), [
    ("her little one is 5 weeks old and feels hot", "emergency", "young_infant_danger"),
    ("my father can't get his words out since an hour, mouth twisted", "emergency", "stroke_signs"),
    ("my dad is 74, fever and cough and he is breathing fast", "emergency", "elderly_pneumonia"),
    ("meri beti ko bukhar hai, vo 8 mahine ki hai", "urgent", "infant_fever"),
    ("my wife has bleeding from below since morning", "urgent", "vaginal_bleeding_check_pregnancy"),
])
def test_third_person_complaints_use_the_subjects_age_and_sex(triage, text, level, code):
    result = triage(text)
    assert code in codes(result)
    assert result["level"] == level or (level == "urgent" and result["level"] == "emergency")


def test_bleeding_from_below_in_a_man_is_bleeding_not_vaginal(triage):
    result = triage("my husband has bleeding from below")
    assert "vaginal bleeding" not in present(result) and "bleeding" in present(result)
    assert "bleeding" in codes(result)
    assert_no_pregnancy_context(result)


def test_the_kiosks_sex_beats_the_texts(triage):
    """A relative's word is a guess; the sex given at registration is not."""
    facts = extract_findings("my husband says I have had fever after the delivery", sex="female").patient
    assert facts.sex == "female" and facts.postpartum and not facts.pregnancy_excluded
    assert "pregnancy_fever" in codes(triage("he has a fever since yesterday, she delivered last week",
                                             sex="female"))


def test_the_no_pregnancy_head_can_only_take_back_a_raise():
    """For a patient who cannot be pregnant the model raises no higher than both heads agree on; it never raises
    higher than the main head would, and it never lowers the rules' level (that is combine's, unchanged)."""
    from models.triage.learned import Prediction, decide_level

    thresholds = {"emergency": 0.35, "emergency_from_routine": 0.5, "urgent": 0.5, "self_care": 0.35}
    main = {"emergency": 0.8, "urgent": 0.15, "routine": 0.04, "self_care": 0.01}
    cases = [  # (no-pregnancy head, raise for a patient who may be pregnant, raise when pregnancy is ruled out)
        ({"emergency": 0.2, "urgent": 0.6, "routine": 0.15, "self_care": 0.05}, "emergency", "urgent"),
        ({"emergency": 0.1, "urgent": 0.2, "routine": 0.6, "self_care": 0.1}, "emergency", None),
        ({"emergency": 0.9, "urgent": 0.05, "routine": 0.04, "self_care": 0.01}, "emergency", "emergency"),
    ]
    for head, may_be_pregnant, ruled_out in cases:
        prediction = Prediction(main, {}, head)
        assert decide_level("routine", False, prediction, thresholds, False).raise_to == may_be_pregnant
        assert decide_level("routine", False, prediction, thresholds, True).raise_to == ruled_out
    low_main = Prediction({"emergency": 0.1, "urgent": 0.2, "routine": 0.6, "self_care": 0.1}, {},
                          {"emergency": 0.9, "urgent": 0.05, "routine": 0.04, "self_care": 0.01})
    assert decide_level("routine", False, low_main, thresholds, True).raise_to is None
