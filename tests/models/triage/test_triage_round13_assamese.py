"""Round 13 (a block PHC in the Brahmaputra valley, Assam): Assamese typed in Latin letters and in its own script —
pain as "bish" by its place, breath as "usah lobo tan", blood as "tez" with a verb of flowing, a fit as "khiluni",
"hux nai" (unconscious), "suku halodhiya" (yellow eyes), "gila nuware" (cannot swallow), "xaape kamurile" (a snake
bit); "nai", "nohoi" and the script's "নাই" that deny; everyday words the corrector misread ("kokal", the waist, read
as a cough; "khorkhor" as an itch; "bihu" as a scorpion) and false friends ("dore", like, is no Hindi fit; "fit
nohoi", it does not fit); "2 bosor age" in the past. Our own sentences, not the train10 file's, each with its
harmless neighbour."""

import pytest

from tests.models.triage.conftest import codes, lexicon_found as present, negated as denied


# --- pain named by its place ---

@pytest.mark.parametrize(("text", "symptom"), [
    ("3 din dhori pet bish, bhat khabo pora nai", "abdominal pain"),
    ("kali pora murot bhirkh bish", "headache"),
    ("dhan kati kati kokal bish hoise", "back pain"),
    ("bau aathu bish, khoj dibo tan", "knee pain"),
    ("বুকুৰ মাজত বিষ, ঘামি আছে", "chest pain"),
])
def test_pain_told_by_its_place(triage, text, symptom):
    assert symptom in present(triage(text, age_years=45)), present(triage(text, age_years=45))


def test_kokal_the_waist_is_no_cough(triage):
    result = triage("kokal bish 2 mah, gaat jin jin nai", age_years=50)
    assert "back pain" in present(result) and "cough" not in present(result)


# --- fever, denials ---

def test_fever_told_in_assamese_and_denied_in_the_script(triage):
    assert "fever" in present(triage("5 din dhori jor, kapuni di ahe", age_years=30))
    result = triage("দুদিনৰ পৰা নাক বন্ধ, জ্বৰ নাই", age_years=30)
    assert "fever" in denied(result) and "fever" not in present(result)


def test_nohoi_denies_yellow_eyes(triage):
    result = triage("haldi lagai haat halodhiya, suku halodhiya nohoi", age_years=24)
    assert "jaundice" in denied(result) and "jaundice" not in present(result)


def test_yellow_eyes_are_jaundice(triage):
    assert "jaundice" in present(triage("1 hoptah dhori bhok nai, suku duta halodhiya hoi ahise", age_years=35))


# --- blood: "tez" only with a verb of flowing, and how much ---

def test_blood_flowing_from_a_wound_that_will_not_stop_is_an_emergency(triage):
    result = triage("dao e bhori t kati dile, tez fura fura olai ase, bandhileu rokha nai", age_years=40)
    assert "bleeding" in present(result) and result["level"] == "emergency", codes(result)
    # Hindi's "tez" (sharp) is still a severity, not blood
    hindi = triage("सिर में तेज दर्द, उल्टी भी", age_years=40)
    assert "headache" in present(hindi) and "bleeding" not in present(hindi)


def test_a_little_blood_from_a_graze_is_not(triage):
    result = triage("lora'r aathu t sali gol, tez olop olal, ekhon bondho", age_years=9)
    assert "bleeding" in present(result) and "severe_bleeding" not in codes(result), codes(result)


def test_heavy_bleeding_after_a_home_birth_soaks_the_clothes(triage):
    result = triage("ghor te kesua hol 1 ghonta age, tez goise bohut, kapor titi gol, mur ghure", age_years=26,
                    sex="female")
    assert "vaginal bleeding" in present(result) and result["level"] == "emergency", codes(result)


# --- breathing, fits, consciousness ---

def test_hard_to_breathe_and_blue_lips(triage):
    result = triage("kesua'r usah lobo tan, ot nila nila", age_years=1)
    assert {"shortness of breath", "cyanosis"} <= present(result), present(result)
    assert result["level"] == "emergency"


def test_khorkhor_a_noise_in_the_ear_is_no_itch(triage):
    result = triage("kaan t khorkhor xobdo, kaan bish", age_years=30)
    assert "ear pain" in present(result) and "itching" not in present(result)


def test_a_fit_and_no_waking_after_it(triage):
    result = triage("khiluni uthil, etiyau hux nai", age_years=8)
    assert {"seizure", "loss of consciousness"} <= present(result), present(result)
    assert result["level"] == "emergency"


def test_dore_like_is_no_fit(triage):
    result = triage("pani dore pokhana 6 bar, bomi o", age_years=30)
    assert "diarrhea" in present(result) and "seizure" not in present(result), present(result)


def test_fit_nohoi_it_does_not_fit_is_no_fit(triage):
    result = triage("notun jama tu fit nohoi, pet dangor hoise", age_years=30, sex="female")
    assert "seizure" not in present(result) and result["level"] != "emergency", codes(result)


# --- a stroke, a snake, swallowing ---

def test_a_stroke_told_in_assamese_script(triage):
    result = triage("দেউতাৰ মুখখন এফালে বেঁকা হৈ গৈছে, কথাও স্পষ্ট নহয়", age_years=68)
    assert {"facial droop", "slurred speech"} <= present(result), present(result)
    assert result["level"] == "emergency"


def test_a_snake_bite_with_eyes_that_will_not_stay_open(triage):
    result = triage("rati bisonat xaape kamurile, etiya suku mel khai rakhibo pora nai", age_years=30)
    assert "snake bite" in present(result)
    assert result["level"] == "emergency" and "drooping_eyelids" in codes(result), codes(result)


def test_a_snake_bite_years_ago_is_the_past(triage):
    result = triage("3 bosor age xaape kamurisil, ekhon olop bish thake", age_years=40)
    assert result["level"] != "emergency", codes(result)


def test_cannot_swallow_and_a_stiff_neck_after_a_nail(triage):
    result = triage("bhori t gojal sumil, etiya thuk gila nuware, dingi tan", age_years=35)
    assert {"difficulty swallowing", "neck stiffness"} <= present(result), present(result)


def test_bihu_the_festival_is_no_scorpion(triage):
    result = triage("bihu t beshi pitha khalu, pet olop bhori lage", age_years=30)
    assert "scorpion_sting" not in codes(result), codes(result)


# --- the mind ---

def test_a_low_mood_without_a_death_wish(triage):
    result = triage("বানৰ পিছত মন বেয়া, কামত মন নালাগে। নিজকে কিবা কৰাৰ কথা ভবা নাই", age_years=40)
    assert {"low mood", "loss of interest"} <= present(result), present(result)
    assert "suicidal thoughts" in denied(result) and result["level"] != "emergency", codes(result)


def test_a_resolve_to_end_it_all_is_an_emergency(triage):
    result = triage("dhan sob nosto hol, sob shesh kori dim buli bhabisu", age_years=45)
    assert "suicidal thoughts" in present(result) and result["level"] == "emergency", codes(result)
