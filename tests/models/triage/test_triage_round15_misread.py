"""Round 15, theme E: wordings a tester found misread — a one-sided weakness or numbness told with "kamzori" or
"sunn" (the side before or after), a drool beside it read as a throat's, jaundice told as a list ("aankhen aur
peshab peele") or as "peeli pad gayi", lime or bleach that went into an eye told eye-first or of "the boy's eye", a
hurt child's crying read as low mood, a pregnancy's months after a comma read as the symptoms' duration, a faint that
is over read as a coma, acne in Hindi, chickenpox in a child who plays, and letters decorated with combining marks.
Our own sentences, each beside the neighbour that must stay where it was."""

import pytest

from tests.models.triage.conftest import codes, lexicon_found, symptom

SEEN_TODAY = {"urgent", "emergency"}


# --- a one-sided weakness told with "kamzori" is a stroke's (BE-FAST), a weakness all over a tiredness ---

@pytest.mark.parametrize("one_sided, all_over, age, sex", [
    ("subah se achanak daayi taraf kamzori", "teen hafte se poore sharir mein kamzori, bhookh kam", 67, "female"),
    ("kamzori seedhe haath mein, abhi abhi shuru hui", "ek hafte se kamzori, bukhar ke baad", 70, "male"),
    ("ek side kamzori lag rahi hai aadhe ghante se", "dono taraf kamzori rehti hai, khoon ki kami batayi thi", 58,
     "male"),
    # (read as "baaeen taraf kamzoree")
    ("बाईं तरफ़ कमज़ोरी आधे घंटे से", "पूरे बदन में कमज़ोरी रहती है", 64, "female"),
])
def test_one_sided_kamzori_is_a_stroke_and_kamzori_all_over_a_tiredness(triage, one_sided, all_over, age, sex):
    stroke, tired = triage(one_sided, age_years=age, sex=sex), triage(all_over, age_years=age, sex=sex)
    assert stroke["level"] == "emergency" and "stroke_signs" in codes(stroke), codes(stroke)
    assert "fatigue" not in lexicon_found(stroke)
    assert "stroke_signs" not in codes(tired) and "fatigue" in lexicon_found(tired), codes(tired)


# --- the side told after the limb, and the drool beside it: the face's, not the throat's ---

def test_a_drool_beside_one_sided_numb_limbs_is_the_face_and_beside_a_sore_throat_the_throat(triage):
    stroke = triage("haath aur pair sunn pad gaye daayi taraf ke, muh ke kinare se laar beh rahi", age_years=68,
                    sex="male")
    assert stroke["level"] == "emergency" and "stroke_signs" in codes(stroke), codes(stroke)
    assert "severe_throat" not in codes(stroke) and "ent" not in stroke["specialties"]
    assert {"numbness", "facial droop"} <= lexicon_found(stroke)
    assert stroke["specialties"][0] in ("emergency", "neurology")
    throat = triage("gale mein bahut dard, muh se laar beh rahi, nigal nahi pa raha", age_years=30, sex="male")
    assert "severe_throat" in codes(throat) and "facial droop" not in lexicon_found(throat), codes(throat)


def test_a_drool_beside_an_english_one_sided_weakness_is_the_face(triage):
    result = triage("his right arm went weak an hour ago and he is drooling from the mouth", age_years=71,
                    sex="male")
    assert "stroke_signs" in codes(result) and "severe_throat" not in codes(result), codes(result)
    assert "facial droop" in lexicon_found(result)


# --- jaundice told as a list, or as a body turned yellow ---

@pytest.mark.parametrize("text, age", [
    ("beti ki aankhen aur peshab dono peele, 5 din se", 6),
    ("peshab aur aankhen peeli ho rahi hain", 30),
    ("eyes and urine yellow since 3 days", 40),
])
def test_eyes_listed_with_the_urine_as_yellow_is_jaundice_the_urine_alone_not(triage, text, age):
    result = triage(text, age_years=age)
    assert result["level"] in SEEN_TODAY and "jaundice" in codes(result), codes(result)
    assert {"jaundice", "dark urine"} <= lexicon_found(result) and "yellow_urine" not in codes(result)
    urine = triage("peshab peela aa raha, garmi mein paani kam piya", age_years=age)
    assert urine["level"] == "routine" and "yellow_urine" in codes(urine), codes(urine)
    assert "jaundice" not in lexicon_found(urine)


def test_a_baby_turned_yellow_is_jaundice_and_poor_feeding_is_a_danger_sign(triage):
    result = triage("20 din ki bachchi peeli pad gayi hai, doodh theek se nahi pee rahi", age_years=0.05,
                    sex="female")
    assert result["level"] == "emergency" and "infant_jaundice" in codes(result), codes(result)
    assert {"jaundice", "unable to drink"} <= lexicon_found(result)
    older = triage("teen mahine ki bachchi peeli pad gayi hai, doodh kam pee rahi", age_years=0.25, sex="female")
    assert older["level"] in SEEN_TODAY and "jaundice" in lexicon_found(older), codes(older)
    teeth = triage("daant peele pad gaye hain", age_years=30)
    assert "stained_teeth" in codes(teeth) and "jaundice" not in lexicon_found(teeth), codes(teeth)


# --- a chemical in the eye, the eye told first or with its owner; a hurt child's crying ---

@pytest.mark.parametrize("chemical, neighbour, age", [
    ("bleach went into the boy's right eye while washing clothes, crying, eye red",
     "dust went into the boy's right eye while playing, crying, eye red", 9),
    ("bete ki aankh mein cement chala gaya", "bete ki aankh mein kachra chala gaya", 10),
    ("aankh mein galti se chuna pad gaya", "aankh mein jalan, acidity bhi hai", 35),
    ("her eyes got splashed with bleach while cleaning", "acid in the stomach and eyes burning", 30),
])
def test_a_chemical_in_the_eye_is_an_emergency_dust_or_acidity_not(triage, chemical, neighbour, age):
    result = triage(chemical, age_years=age)
    assert result["level"] == "emergency" and "chemical_in_eye" in codes(result), codes(result)
    assert "low mood" not in lexicon_found(result) and "psychiatry" not in result["specialties"]
    assert "chemical_in_eye" not in codes(triage(neighbour, age_years=age))


def test_crying_beside_a_hurt_is_the_hurt_and_crying_for_weeks_a_low_mood(triage):
    hurt = triage("lime went into my eye at the construction site, crying, eye red", age_years=30, sex="female")
    assert "low mood" not in lexicon_found(hurt) and "psychiatry" not in hurt["specialties"], codes(hurt)
    sad = triage("crying all the time since her husband left, also a small cut on the hand", age_years=30,
                 sex="female")
    assert "low mood" in lexicon_found(sad)


# --- a pregnancy's months after a comma are not the symptoms' duration ---

@pytest.mark.parametrize("text, name", [
    ("पेट से हूँ, 8 महीने, सिर में दर्द और धुंधला दिख रहा", "headache"),
    ("garbhvati hoon, 6 mahine, pair sooj gaye", "swelling"),
    ("pregnancy, 7 months, khoon aa raha hai", "vaginal bleeding"),
])
def test_pregnancy_months_after_a_comma_are_the_pregnancys_and_a_symptoms_days_its_own(triage, text, name):
    result = triage(text, age_years=25, sex="female")
    duration = symptom(result, name)["duration"] or ""
    assert "mahine" not in duration and "month" not in duration, symptom(result, name)
    own = triage("garbhvati hoon, 6 mahine, pet mein dard 2 din se", age_years=25, sex="female")
    assert symptom(own, "abdominal pain")["duration"] == "2 din se"


# --- a faint that is over is a faint (urgent), not a coma ---

@pytest.mark.parametrize("over, still, age", [
    ("nani mandir mein behosh ho gayi thi do minute ke liye, ab bilkul theek hain",
     "nani mandir mein behosh ho gayi thi, abhi tak hosh nahi aaya", 72),
    ("दादी बेहोश हो गई थी, अब ठीक है", "दादी अभी भी बेहोश है", 70),
    ("she passed out in the queue for a minute, she is fine now",
     "she passed out in the queue, still not responding", 48),
    # a knock on the head, a fever, a small child: a brief one is an emergency still
    ("nani gir ke behosh ho gayi thi do minute, ab theek hain",
     "nani gir ke behosh ho gayi thi, sir pe chot lagi, ab theek hain", 72),
    ("mummy behosh ho gayi thi, ab theek hai", "bukhar tha, mummy behosh ho gayi thi, ab theek hai", 40),
])
def test_a_faint_that_is_over_is_urgent_and_one_still_there_or_with_a_danger_an_emergency(triage, over, still, age):
    faint = triage(over, age_years=age, sex="female")
    assert faint["level"] == "urgent" and "coma" not in codes(faint), codes(faint)
    assert "fainting" in lexicon_found(faint) and "loss of consciousness" not in lexicon_found(faint)
    assert triage(still, age_years=age, sex="female")["level"] == "emergency"


def test_a_small_childs_faint_that_is_over_stays_an_emergency(triage):
    assert triage("mummy behosh ho gayi thi, ab theek hai", age_years=35, sex="female")["level"] == "urgent"
    assert triage("beta behosh ho gaya tha, ab theek hai", age_years=3, sex="male")["level"] == "emergency"


# --- acne in Hindi ---

@pytest.mark.parametrize("text", ["gaal aur maathe pe muhaase ho gaye", "चेहरे पर मुहांसे"])
def test_acne_in_hindi_is_the_skins(triage, text):
    result = triage(text, age_years=19, sex="female")
    assert result["level"] in {"self_care", "routine"} and result["specialties"][0] == "dermatology", codes(result)


# --- chickenpox in a child who plays ---

@pytest.mark.parametrize("well, unwell, age, sex, levels", [
    ("7 saal ke bete ko chhoti mata nikli hai, halka bukhar, khel raha hai aur kha raha hai",
     "7 saal ke bete ko chhoti mata nikli hai, halka bukhar, khel raha hai aur kha raha hai", 0.7, "male", SEEN_TODAY),
    ("chickenpox ho gaya, halka bukhar, khel rahi hai", "chickenpox ho gaya, halka bukhar, pregnant hoon 5 mahine", 26,
     "female", SEEN_TODAY),
    ("chickenpox ke daane, halka bukhar, khel raha hai", "chickenpox ke daane, bukhar, saans tez chal rahi", 7, "male",
     {"emergency"}),
    ("chickenpox spots since yesterday, mild fever, eating and playing well",
     "chickenpox, fever, very sleepy, hard to wake", 7, "male", {"emergency"}),
    ("chickenpox, mild fever, playing well", "chickenpox, mild fever for 5 days, playing well", 7, "male", SEEN_TODAY),
])
def test_chickenpox_in_a_well_child_is_routine_in_an_infant_a_pregnancy_or_with_a_danger_seen_today(
        triage, well, unwell, age, sex, levels):
    result = triage(well, age_years=7, sex=sex)
    assert result["level"] == "routine" and "well_chickenpox" in codes(result), codes(result)
    assert "fever_with_rash" not in codes(result)
    assert set(result["specialties"][:2]) & {"pediatrics", "infectious disease"}
    other = triage(unwell, age_years=age, sex=sex)
    assert other["level"] in levels and "well_chickenpox" not in codes(other), codes(other)


# --- combining marks over Latin letters decorate them; an Indian script's are its letters ---

@pytest.mark.parametrize("text, name", [
    ("c\u0337h\u0337e\u0337s\u0337t\u0337 p\u0337a\u0337i\u0337n\u0337 since an hour", "chest pain"),
    ("s\u0332e\u0332v\u0332e\u0332r\u0332e\u0332 h\u0332e\u0332a\u0332d\u0332a\u0332c\u0332h\u0332e\u0332", "headache"),
    ("f\u0336e\u0336v\u0336e\u0336r\u0336 and cough for 3 days", "fever"),
    ("ch\u00e9st p\u00e0in since an hour", "chest pain"),
    ("b\u0338\u0321u\u0334k\u0337h\u0336a\u0338r\u0335 2 din se", "fever"),
])
def test_marks_over_latin_letters_are_dropped_and_devanagari_signs_kept(triage, text, name):
    result = triage(text, age_years=50, sex="male")
    assert name in lexicon_found(result) and "not_understood" not in codes(result), codes(result)
    assert {"chest pain"} <= lexicon_found(triage("सीने में दर्द", age_years=50, sex="male"))
    assert {"fever"} <= lexicon_found(triage("बुख़ार 2 दिन से", age_years=50, sex="male"))
