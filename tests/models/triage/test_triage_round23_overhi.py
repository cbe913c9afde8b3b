"""Round 23, everyday complaints in Hinglish, Marwari and Bhojpuri that had been over-triaged (signs_everyday.py): a few
drops of blood with hard stools or piles, a child's hard stool, a groin bulge that goes back on lying down, a memory
failing for a year, spotting after the menopause, a Bhojpuri denial of blood, an old man's nights up to pass urine,
threadworms, knotted leg veins, pale nails with a breath short on the stairs, a chest's burning after a feast, a fresh
grief, a calf's cramp at night, a sting's spots denied elsewhere, a slow heart failure's evening leg swelling in
Bhojpuri. Our own sentences, each beside a look-alike that keeps its higher level."""

import pytest

from tests.models.triage.conftest import codes, told

LEVELS = ("self_care", "routine", "urgent", "emergency")

# (text, age, sex, the level expected, a rule that must fire)
MENDED = (
    ("shauch ke baad 3-4 boond laal khoon girta, kabz rehti hai, dard nahi", 35, "male", "routine", "outlet_bleeding"),
    ("potty ke baad tapak tapak khoon, massa sa bahar aata, kabz", 45, "male", "routine", "outlet_bleeding"),
    ("beta 4 saal, potty bahut kadak hoti, kabhi khoon ki boond", 4, "male", "routine", "outlet_bleeding"),
    ("jangh ke jod par gola sa ubhar aata, let ke andar chala jaata", 60, "male", "routine", "groin_hernia"),
    ("dadi cheezen kahan rakhi bhool jaati, naam bhi bhool jaati, saal bhar se", 78, "female", "routine",
     "memory_loss"),
    ("raat me 3-4 ber pishab la uthe ke padela, dhaar patar ba", 70, "male", "routine", "prostate_symptoms"),
    ("taang ki nasen phool ke gutthi jaisi ho gayi, shaam ko bhaari lagta", 50, "female", "routine",
     "varicose_veins"),
    ("seedhi chadhte saans phoolti, naakhun safed pad gaye, thak jaati, 2 mahine se", 30, "female", "routine",
     "effort_breathlessness"),
    ("3 mahina se kaam karat me saans phoolela, sanjh ke goda me tanik soojan, aaram kaila pe thik", 66, "male",
     "routine", "slow_heart_failure"),
    ("bhoj ke baad seene me aag jaisi jalan, khatti dakar", 24, "male", "routine", "non_cardiac_chest_pain"),
)


@pytest.mark.parametrize("text, age, sex, level, rule", MENDED)
def test_round23_everyday_complaint_is_not_over_triaged(triage, text, age, sex, level, rule):
    r = told(triage, text, age, sex)
    assert r["level"] == level, r["reasons"]
    assert rule in codes(r), codes(r)


SELF_CARE = (
    ("maa ke guzarne ke 10 din ho gaye, man udaas rehta, rona aata, kaam kar rahi hu", 35, "female"),
    ("raat ko pindi me nas chadh jaati", 30, "female"),
)


@pytest.mark.parametrize("text, age, sex", SELF_CARE)
def test_round23_grief_and_cramp_are_self_care(triage, text, age, sex):
    assert told(triage, text, age, sex)["level"] == "self_care"


def test_round23_spotting_after_the_menopause_is_a_vaginal_bleed_seen_in_turn(triage):
    r = told(triage, "periods band hue 6 saal, ab halke khoon ke dhabbe dikhe", 56, "female")
    assert r["level"] == "routine", r["reasons"]
    assert "vaginal bleeding" in {s["name"] for s in r["symptoms"] if not s["negated"]}


def test_round23_bhojpuri_blood_denied(triage):
    r = told(triage, "10 din se khaansi ba, khoon na aawe", 30, "female")
    assert not {"bleeding", "coughing blood"} & {s["name"] for s in r["symptoms"] if not s["negated"]}
    assert r["level"] in ("self_care", "routine"), r["reasons"]


def test_round23_threadworms_with_an_itch_are_seen_in_turn(triage):
    r = told(triage, "bitiya ke potty me safed dhaage jaise kide dikhe, raat ko peeche khujli", 5, "female")
    assert r["level"] == "routine", r["reasons"]
    assert "itching" in {s["name"] for s in r["symptoms"] if not s["negated"]}


def test_round23_sting_with_spots_denied_elsewhere_is_local(triage):
    r = told(triage, "madhumakhi ne pair pe kaata, bas wahin soojan, saans sahi, daane kahin aur nahi", 30, "male")
    assert "rash" not in {s["name"] for s in r["symptoms"] if not s["negated"]}
    assert r["level"] == "self_care", r["reasons"]


# look-alikes that must stay seen today or sooner
STILL_URGENT = (
    ("latrine me bahut khoon aa raha, kaala sa, chakkar aa raha", 35, "male"),
    ("beta 3 mahine ka, potty me khoon ki boond", 0.25, "male"),
    ("jaangh ke jod pe gola, ab andar nahi ja raha, bahut dard aur ulti", 60, "male"),
    ("dadi kal se achanak sab bhool gayi, kisi ko pehchan nahi rahi", 78, "female"),
    ("mahina band hue 6 saal, ab bahut khoon aa raha, kapde bhig gaye, chakkar", 56, "female"),
    ("10 din se khaansi ba, khaansi me khoon aawela", 30, "female"),
    ("pishab ruk gail ba, bilkul na utarela, pet phoolal ba", 70, "male"),
    ("ek pair achanak sooj gaya, pindli me dard, garam", 50, "female"),
    ("saans phool rahi baithe baithe bhi, honth neele", 30, "female"),
    ("seene me aag jaisi jalan, pasina aa raha", 60, "male"),
    ("maa ke guzarne ke 10 din ho gaye, man udaas, jeene ka mann nahi", 35, "female"),
    ("pindli sooji hui, laal, garam, dard", 30, "female"),
    ("madhumakhi ne kaata, poore badan pe daane, saans phool rahi", 30, "male"),
    ("raat me let ke saans na aawe, uth ke baithe ke padela, goda me soojan", 66, "male"),
)


@pytest.mark.parametrize("text, age, sex", STILL_URGENT)
def test_round23_look_alikes_stay_seen_today(triage, text, age, sex):
    r = told(triage, text, age, sex)
    assert LEVELS.index(r["level"]) >= LEVELS.index("urgent"), r["reasons"]
