"""Round 23, look-alikes of a red flag (lookalikes.py, rules_lookalike.py): a quinsy that is not epiglottitis, Bell's
palsy that is not a stroke, floaters that are the eye's, atrial fibrillation breathless only on the stairs, a child's
fast breathing who plays in between (IMCI pneumonia), orthopnoea of days, a heavy nosebleed that pressing stopped, one
vomit after a knock (NICE NG232), epididymo-orchitis that is not torsion, spotting with period-like cramps early in a
pregnancy, one fit over with "now I'm normal". Our own sentences, each beside a look-alike that keeps the
emergency."""

import pytest

from tests.models.triage.conftest import assert_rule_has_texts, codes, told

SEEN_TODAY = (
    # a quinsy: the mouth opens part way, the breath fine
    ("sore throat for 4 days, now he cannot open his mouth fully, drooling, muffled voice, fever, breathing fine", 24,
     "male", "quinsy"),
    ("gale me ek taraf dard 3 din se, muh theek se nahi khulta, thook nahi nigal pa raha, bukhar", 30, "female",
     "quinsy"),
    # Bell's palsy: an eye that will not close, the limbs and the speech normal
    ("since morning her left side of face drooping, cannot close her left eye properly, arms and legs working fine, "
     "speaking clearly", 42, "female", "bells_palsy"),
    ("papa ka munh subah se tedha, daayi aankh band nahi hoti, haath pair theek hain, bolne me dikkat nahi", 50, "male",
     "bells_palsy"),
    ("right side of my face fell this morning, cannot close right eye, arms and legs fine, talking clearly", 40,
     "male", "bells_palsy"),
    # floaters with a blur
    ("since yesterday sudden blurred vision in left eye with black spots floating, no pain", 58, "male",
     "floaters_blur"),
    # a child breathing fast who plays in between (IMCI pneumonia)
    ("4 saal ki beti, 2 din se khansi bukhar, saans tez chal rahi, beech beech me khel bhi rahi", 4, "female",
     "child_pneumonia"),
    # orthopnoea with swollen legs of more than a few days
    ("raat ko lete hi saans phoolti, baith ke sota hu, pair sooj gaye, 10 din se", 70, "male", "orthopnoea_of_days"),
    # a heavy nosebleed that pressing stopped
    ("dadaji ke naak se bahut khoon aaya, 15 minute daba ke rakhe to ruka", 72, "male", "stopped_heavy_nosebleed"),
    # one vomit after a knock, well
    ("1 year old fell from the sofa, bump on head, cried at once, vomited once, now playing", 1, "male",
     "one_vomit_after_knock"),
    # epididymo-orchitis
    ("right testicle swollen and painful for 2 days, burning urine and mild fever", 35, "male", "epididymo_orchitis"),
    # spotting with period-like cramps early in a pregnancy (NICE NG126: the early pregnancy unit)
    ("9 weeks pregnant, since morning small spotting with mild cramps like periods, not heavy", 27, "female",
     "threatened_miscarriage"),
    # one fit, over, "now I'm normal" (NICE NG217: assessed the same day)
    ("had a fit this morning lasting a minute, now I'm normal, no fever", 30, "male", "fit_over"),
)


@pytest.mark.parametrize("text, age, sex, code", SEEN_TODAY)
def test_round23_lookalike_is_seen_today(triage, text, age, sex, code):
    r = told(triage, text, age, sex)
    assert r["level"] == "urgent", r["reasons"]
    assert code in codes(r), codes(r)


def test_round23_af_breathless_on_stairs_is_urgent(triage):
    r = told(triage, "heart beating irregular since yesterday, little breathless on stairs", 70, "male")
    assert r["level"] == "urgent", r["reasons"]
    assert "unstable_palpitations" not in codes(r)


STILL_EMERGENCY = (
    # a child drooling who cannot swallow saliva: epiglottitis's
    ("child 4 yrs fever, drooling, cant swallow even saliva, muffled voice", 4, "male"),
    ("cant swallow even saliva, drooling, muffled voice, noisy breathing, fever", 30, "male"),
    # a face with a weak arm or a slurred speech: a stroke
    ("face drooping on the right since an hour and right arm weak, speech slurred", 60, "male"),
    ("munh tedha ho gaya achanak, ek aankh band nahi hoti, bolne me dikkat", 62, "male"),
    ("sudden loss of vision in one eye and face drooping", 65, "female"),
    # palpitations breathless at rest
    ("heart racing and breathless at rest since an hour", 70, "male"),
    # a child breathing fast who is drowsy and cannot drink
    ("2 saal ka beta, khansi bukhar, saans tez, bilkul susti me, doodh nahi pee raha", 2, "male"),
    # a nosebleed that will not stop, dizzy
    ("heavy nosebleed that will not stop, feeling dizzy", 72, "male"),
    # vomits again and again after a knock, sleepy
    ("1 year old fell from the sofa, bump on head, vomited 3 times, sleepy", 1, "male"),
    # a boy's sudden testicular pain with vomiting: torsion
    ("sudden severe pain in left testicle since 2 hours with vomiting", 15, "male"),
    # heavy bleeding in early pregnancy, faint
    ("9 weeks pregnant, heavy bleeding with clots and feeling faint", 27, "female"),
    # fits again and again, drowsy
    ("had 3 fits this morning, now drowsy", 30, "male"),
)


@pytest.mark.parametrize("text, age, sex", STILL_EMERGENCY)
def test_round23_red_flag_beside_lookalike_stays_emergency(triage, text, age, sex):
    assert told(triage, text, age, sex)["level"] == "emergency"


@pytest.mark.parametrize("code", ("quinsy", "bells_palsy", "floaters_blur", "stopped_heavy_nosebleed",
                                  "one_vomit_after_knock", "epididymo_orchitis", "orthopnoea_of_days"))
def test_round23_lookalike_rules_have_texts(code):
    assert_rule_has_texts(code)
