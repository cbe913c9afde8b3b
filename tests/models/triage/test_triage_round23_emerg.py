"""Round 23, emergencies told quietly: a tearing chest pain only likened to a tear, with Indian English's "back" for
"ago" before it; pre-eclampsia's headache and blurring days after a delivery told "days back"; an old woman with a
fever who knows no one ("kisi ko nahi pehchaan rahi"); a belly gone tight that may not be touched, with fever and
vomiting; a pot of boiling milk over a toddler's chest and belly; a breech the dai names in labour with the waters
gone. Our own sentences, each beside a look-alike that keeps its lower level."""

import pytest


def result(triage, text, age, sex):
    return triage(text, age_years=age, sex=sex)


def codes(r: dict) -> set[str]:
    return {f["code"] for f in r["findings"]}


EMERGENCIES = (
    # a tearing pain likened, the chest's and the back's pain told beside it (ESC 2014: aortic dissection)
    ("papa 58, bp ki dawai chhod di thi, 15 min back sudden pain in chest spreading to the back, he says like "
     "something ripping inside, sweating a lot", 58, "male", "aortic_dissection_signs"),
    ("chest pain going through to his back since half an hour, says something is tearing inside", 65, "male",
     "aortic_dissection_signs"),
    # headache with a blurred sight in the week after a birth, a high reading at home (severe pre-eclampsia)
    ("normal delivery 4 days back, since morning bad headache and blurring of eyes, BP 166/112 on home machine", 29,
     "female", "preeclampsia_severe_features"),
    # an old woman with a fever who knows no one (NICE CG103: delirium; with the fever, a sepsis)
    ("dadi 78 saal, parso se bukhar, aaj ghar walon ko nahi pehchaan rahi, peshab bhi kam", 78, "female",
     "sepsis_signs"),
    # the belly tender to touch, with fever and vomiting (peritonitis: a surgeon now)
    ("beta 12 saal, 2 din se pet me dard, ulti ho rahi, pet pe haath nahi lagane deta, halka bukhar", 12, "male",
     "belly_guarded"),
    ("2 days tummy pain, now fever and vomiting, won't let me touch his tummy", 9, "male", "belly_guarded"),
    ("4 din se pet dard, ab sara pet kadak ho gaya, bukhar aur ulti bhi", 35, "female", "belly_guarded"),
    # a scald over the chest and the belly of a toddler (ETAT: a major burn by its extent)
    ("ubalti chai ka patila munni ke upar ulat gaya, chhati aur pet par chhale", 2, "female", "major_burn"),
    # a breech in labour with the waters gone (WHO MCPC: malpresentation, to a hospital that can operate)
    ("9 mahine poore, subah se dard chal rahe, thaili bhi subah phat gayi, nurse boli bachcha ulta hai", 24,
     "female", "breech_in_labour"),
    # the bag of waters burst with a time between, and a fever (amnionitis)
    ("aathwa mahina khatam, thaili kal raat phoot gayi, ab tez bukhar", 23, "female", "amnionitis"),
)


@pytest.mark.parametrize("text, age, sex, code", EMERGENCIES)
def test_round23_quiet_emergency(triage, text, age, sex, code):
    r = result(triage, text, age, sex)
    assert r["level"] == "emergency", r["reasons"]
    assert code in codes(r), r["reasons"]


LOOK_ALIKES = (
    # a back pain told after a time, its verb after it: still the back's, no chest pain, no tear
    ("3 days back is paining after lifting a bucket", 40, "male"),
    # a headache with blurring in a man, no pregnancy, no high reading
    ("headache and blurring after long hours on the laptop", 30, "male"),
    # a child who does not know the new teacher yet: no confusion
    ("bachcha school me nayi teacher ko nahi pehchaan raha, baaki sab theek", 6, "male"),
    # a tight belly of wind after a heavy meal, no fever, no vomiting
    ("shaadi me bahut kha liya, poora pet tight lag raha, gas", 30, "male"),
    # a sprained wrist the child will not let anyone touch: no belly
    ("gir gaya, kalai suji hai, haath nahi lagane deta", 8, "male"),
    # a glass of warm milk drunk at night: no scald
    ("raat ko garam doodh peeta hai, fir bhi neend nahi aati", 45, "male"),
    # a breech told from a scan at 30 weeks, no pains, no water: the antenatal visit's
    ("30 weeks pregnant, scan says baby is breech, no pain, baby moving well", 26, "female"),
    # a delivery told two months back with a low mood: no lying-in danger
    ("delivery 2 months back, feeling low and tired, baby feeding well", 27, "female"),
)


@pytest.mark.parametrize("text, age, sex", LOOK_ALIKES)
def test_round23_look_alike_not_emergency(triage, text, age, sex):
    r = result(triage, text, age, sex)
    assert r["level"] != "emergency", r["reasons"]


def test_round23_back_after_a_time_is_ago_not_the_back(triage):
    r = result(triage, "20 min back sudden severe pain in chest", 60, "male")
    names = {s["name"] for s in r["symptoms"] if not s["negated"]}
    assert "chest pain" in names and "back pain" not in names, r["symptoms"]
    r = result(triage, "3 days back is paining after lifting a bucket", 40, "male")
    assert "back pain" in {s["name"] for s in r["symptoms"]}, r["symptoms"]


def test_round23_delivery_days_back_is_the_lying_in(triage):
    r = result(triage, "delivery 6 days back, now headache and blurring, BP 162/110", 25, "female")
    assert r["level"] == "emergency" and r["specialties"][0] in ("obstetrics and gynecology", "emergency"), r["reasons"]
    r = result(triage, "mood low since delivery 6 weeks ago, crying a lot", 26, "female")
    assert r["level"] != "emergency", r["reasons"]


def test_round23_a_tight_belly_alone_stays_below_an_emergency(triage):
    r = result(triage, "poora pet tight hai, dard bhi halka, khana khane ke baad", 40, "female")
    assert r["level"] != "emergency" and "belly_guarded" not in codes(r), r["reasons"]
