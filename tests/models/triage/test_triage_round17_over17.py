"""Round 17, over-triage: pictures seen today that were sent to the emergency room (an adult's one short fit told
normal or conscious again, spotting in the first months of a pregnancy with the pain mild, IMCI's pneumonia told in
Hinglish: the ribs not drawn in, eating and drinking). Our own sentences, each beside the same picture with a red
flag, which stays an emergency."""

import pytest

from tests.models.triage.conftest import codes


def level(triage, text, age, sex="male", **kw):
    return triage(text, age_years=age, sex=sex, **kw)["level"]


# --- an adolescent's or adult's one short fit, told normal or awake again ---

ADULT_FITS_OVER = (
    ("mere bhai ko kal raat daura pada, 1 minute ka, ab hosh mein hai, pehli baar hua", 24),
    ("my flatmate had a seizure this morning lasting about a minute, now ok, first time ever", 21),
    ("16 saal ki beti ko pehli baar mirgi ka daura aaya 2 minute, ab theek hai, halka sir dard", 16),
)
ADULT_FITS_NOT_OVER = (
    ("mere bhai ko daura pada 1 minute ka, ab hosh mein par kuch samajh nahi aa raha, ulta seedha bol raha", 24),
    ("my flatmate had two seizures this morning, now ok", 21),
    ("my flatmate had a seizure lasting 10 minutes, now ok", 21),
    ("bhai ko daura pada 1 minute, ab bhi hosh nahi aaya", 24),
    ("my flatmate had a seizure this morning, hit his head on the kerb, now ok", 21),
)


@pytest.mark.parametrize("text, age", ADULT_FITS_OVER)
def test_an_adults_one_short_fit_told_normal_again_is_seen_today(triage, text, age):
    result = triage(text, age_years=age, sex="male")
    assert result["level"] == "urgent", (text, codes(result))
    assert "fit_over" in codes(result) and "convulsions" not in codes(result), codes(result)
    for danger, danger_age in ADULT_FITS_NOT_OVER:
        assert level(triage, danger, danger_age) == "emergency", danger
    # a young child's "ab theek" may be a drowsy child's after a fit: play, food or talk must be told
    assert level(triage, "beti ko jhatke aaye 1 minute, ab theek hai", 3, "female") == "emergency"


# --- spotting in the first months of a pregnancy (threatened miscarriage) ---

SPOTTING_EARLY = (
    "2 mahine ki pregnancy hai, aaj subah se halka spotting, pet mein thodi marod",
    "10 weeks pregnant, a little spotting on the pad today, no pain",
    "3 mahine pregnant hai, kapde pe khoon ka dhabba dikha, halka dard",
)
SPOTTING_DANGER = (
    "2 mahine ki pregnancy hai, halka spotting, pet mein bahut tez dard",  # severe pain: an ectopic
    "2 mahine ki pregnancy hai, halka spotting, chakkar aa raha",  # dizziness: blood lost
    "2 mahine ki pregnancy hai, bahut khoon aa raha, thakke nikal rahe",  # heavy bleeding
    "10 weeks pregnant, a little spotting, fever and a smelly discharge",  # an infected miscarriage
    "6 months pregnant, a little spotting since morning",  # past the first months
    "pregnant, a little spotting since morning",  # the weeks untold
)


@pytest.mark.parametrize("text", SPOTTING_EARLY)
def test_spotting_with_mild_or_no_pain_early_in_pregnancy_is_seen_today(triage, text):
    result = triage(text, age_years=24, sex="female")
    assert result["level"] == "urgent", (text, codes(result))
    assert "threatened_miscarriage" in codes(result) and "pregnancy_bleeding" not in codes(result), codes(result)
    for danger in SPOTTING_DANGER:
        assert level(triage, danger, 24, "female") == "emergency", danger


# --- IMCI pneumonia told in Hinglish ---

def test_fast_breathing_with_the_ribs_not_drawn_in_and_eating_is_imci_pneumonia(triage):
    text = "2 saal ka beta, 2 din se khansi aur bukhar, saans tez chal rahi, pasli ni dhas rahi"
    result = triage(text, age_years=2, sex="male")
    assert result["level"] == "urgent" and "child_pneumonia" in codes(result), codes(result)
    text = "4 saal ki beti, khansi bukhar, saans 45 minute mein, khana pina le rahi"
    result = triage(text, age_years=4, sex="female")
    assert result["level"] == "urgent" and "child_pneumonia" in codes(result), codes(result)
    for danger in ("2 saal ka beta, khansi bukhar, saans tez, pasli ni dhas rahi, par bilkul sust, jaag nahi raha",
                   "2 saal ka beta, khansi bukhar, saans tez, khana pina le raha, honth neele",
                   "2 saal ka beta, khansi bukhar, saans 65 gini, pasli ni dhas rahi"):
        assert level(triage, danger, 2) == "emergency", danger
