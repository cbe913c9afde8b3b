"""Round 10a (train7 part 01, a rural PHC in Rajasthan and Gujarat): emergencies told in Hinglish, Gujarati and
Rajasthani that were sent lower (a wish to die with the rope hidden, a fever after a home delivery timed in Hinglish,
rat poison in Devanagari, a grandmother's BP tablets, a baby that has not moved, the gut out of a horn wound,
drooping eyelids that cannot swallow, a father turning blue); Gujarati and Rajasthani words for everyday symptoms
and their negations ("koni", "nathi"); and what was sent too high (a Gujarati knee read as "ghutan", sunburn of the
face, heavy periods, a dog's teeth marks read as a snake's, "saam" and "lehar" spelt into "saanp" and "zehar").
Our own sentences."""

import pytest

from models.triage.rules import RULES
from models.triage.texts import rule_text

from tests.models.triage.conftest import negated, present


def codes(result: dict) -> set[str]:
    return {f["code"] for f in result["findings"]}


@pytest.mark.parametrize("code", ["descending_paralysis", "drooping_eyelids", "evisceration", "sudden_hearing_loss",
                                  "rabies_signs"])
def test_the_new_rules_have_english_and_hindi_texts(code):
    rule = next(r for r in RULES if r.id == code)
    text = rule_text(code)
    assert rule.reason and text.reason_hi and text.name["en"] and text.name["hi"]


# --- emergencies that were sent lower ---

@pytest.mark.parametrize("text", [
    "beta 22 saal ka, do din se keh raha hai mujhe marna hai, khana nahi kha raha",
    "bhabhi ne zeher chhupa ke rakha tha almari mein, ro rahi hai",
    "mari dikri kahe che marvu che, kai khati nathi",
])
def test_a_wish_to_die_or_the_means_hidden_is_suicide_risk(triage, text):
    result = triage(text, age_years=22)
    assert result["level"] == "emergency" and "suicidal thoughts" in present(result), result["findings"]


@pytest.mark.parametrize("text", [
    "delivery hui 6 din pehle, tez bukhar aa raha hai, kaanpti hai",
    "delivery ko 10 din hue, bahut tez bukhar hai aur pet mein dard",
])
def test_a_delivery_timed_in_hinglish_makes_a_high_fever_a_postnatal_emergency(triage, text):
    result = triage(text, age_years=26, sex="female")
    assert result["level"] == "emergency" and "pregnancy_high_fever" in codes(result), result["findings"]


def test_headache_and_dim_sight_days_after_a_delivery_is_eclampsia(triage):
    result = triage("delivery ko 3 din hue, sir mein bahut dard, aankhon ke aage dhundhla", age_years=24, sex="female")
    assert result["level"] == "emergency" and "eclampsia_signs" in codes(result), result["findings"]


@pytest.mark.parametrize("text", [
    "बेटे ने चूहे मारने की दवा खा ली, अभी ठीक लग रहा है",
    "3 saal ka pota nana ki sugar wali goliyan kha gaya, khel raha hai",
])
def test_rat_poison_or_someone_elses_tablets_swallowed_is_poisoning(triage, text):
    result = triage(text, age_years=3)
    assert result["level"] == "emergency" and "poisoning" in present(result), result["findings"]


def test_a_baby_that_does_not_move_at_all_is_an_emergency(triage):
    result = triage("नौ महीने की गर्भवती, बच्चा सुबह से बिल्कुल नहीं हिल रहा", age_years=27, sex="female")
    assert result["level"] == "emergency" and "reduced fetal movement" in present(result), result["findings"]


def test_a_baby_that_has_not_moved_since_yesterday_is_an_emergency(triage):
    result = triage("saatva mahina chal raha, kal raat se bachcha hila hi nahi, dard koi nahi", age_years=25, sex="female")
    assert result["level"] == "emergency" and "reduced fetal movement" in present(result)


@pytest.mark.parametrize("text", [
    "bail ne seeng maara, pet phat gaya, aante bahar dikh rahi hain",
    "gaay e shingdu maaryu, aantarda bahar aavi gaya",
])
def test_the_gut_out_of_a_wound_is_an_emergency(triage, text):
    result = triage(text, age_years=40, sex="male")
    assert result["level"] == "emergency" and "evisceration" in codes(result), result["findings"]


def test_drooping_eyelids_that_cannot_swallow_are_a_climbing_paralysis(triage):
    result = triage("subah se aankh ki palkein jhuk rahi hain, khana nigla nahi jaa raha", age_years=30, sex="male")
    assert result["level"] == "emergency" and "descending_paralysis" in codes(result), result["findings"]


def test_drooping_eyelids_alone_are_seen_today(triage):
    result = triage("do din se palkein gir rahi hain shaam ko", age_years=30, sex="female")
    assert result["level"] == "urgent" and "drooping_eyelids" in codes(result), result["findings"]


@pytest.mark.parametrize("text", [
    "dadaji saans nahi le rahe theek se, hont neele pad rahe",
    "nana ji saans theek se nahi le rahe, neele pad rahe",
])
def test_not_breathing_properly_and_turning_blue_is_breathlessness_not_its_denial(triage, text):
    result = triage(text, age_years=70)
    assert result["level"] == "emergency" and "shortness of breath" in present(result), result["findings"]


@pytest.mark.parametrize("text", [
    "teen hafte pehle bandar ne kaata tha, ab paani dekh ke dar jaata hai, ghoont nahi le pata",
    "bitten by a stray dog last month, now scared of water and restless",
])
def test_fear_of_water_after_a_bite_is_rabies(triage, text):
    result = triage(text, age_years=30, sex="male")
    assert result["level"] == "emergency" and "rabies_signs" in codes(result), result["findings"]


@pytest.mark.parametrize("text", [
    "beti ne kal dupatte se latakne ki koshish ki, aaj chup hai",
    "bhai bolta hai mar jaunga, kuch khata nahi",
])
def test_a_hanging_tried_or_a_death_foretold_is_suicide_risk(triage, text):
    result = triage(text, age_years=17)
    assert result["level"] == "emergency" and "suicidal thoughts" in present(result), result["findings"]


# (a guard: passes without the round's changes too)
def test_a_snake_named_beside_a_dog_bite_is_still_envenomation(triage):
    result = triage("kutte ne haath pe kaata tha, aaj khet mein saanp ne pair pe kaat liya", age_years=30)
    assert "envenomation" in codes(result)


# --- urgent ones sent lower ---

def test_deafness_of_sudden_onset_is_seen_today(triage):
    result = triage("aaj subah se baayein kaan se achanak sunai dena band ho gaya", age_years=40)
    assert result["level"] != "routine" and "sudden_hearing_loss" in codes(result), result["findings"]


def test_ringing_in_the_ear_is_no_wheeze(triage):
    result = triage("kaan mein seeti bajti hai raat ko", age_years=50)
    assert "wheezing" not in present(result)


# --- Gujarati and Rajasthani words for symptoms, and their negations ---

@pytest.mark.parametrize(("text", "symptom"), [
    ("be divas thi pet ma dukhe che", "abdominal pain"),
    ("maathu dukhe che savar thi", "headache"),
    ("jamna ghutan ma dukhavo che", "knee pain"),
    ("pag ma sojo che", "swelling"),
    ("aakha sharir ma khanjval aave che", "itching"),
    ("kal thi jhada thay che", "diarrhea"),
    ("chaar divas thi sandas nathi thayu", "constipation"),
    ("chadhta shwas chadhe che", "shortness of breath"),
    ("raat ne paseeno aave, teen hafta su", "night sweats"),
    ("haath ma jhanjhanaat thay che", "numbness"),
    ("bapor thi ghen ma che, jaagto nathi", "lethargy"),
    ("peshab mein laali aa rahi hai", "blood in urine"),
    ("kaan se kabhi kabhi paani aata hai", "ear discharge"),
    ("kaan mein sunai thoda kam", "hearing loss"),
])
def test_gujarati_and_rajasthani_symptom_words(triage, text, symptom):
    assert symptom in present(triage(text, age_years=40)), text


@pytest.mark.parametrize(("text", "symptom"), [
    ("pag ma dukhe, sojo nathi", "swelling"),
    ("sir dukhe, bukhar koni", "fever"),
])
def test_koni_and_nathi_deny_the_symptom_before_them(triage, text, symptom):
    assert symptom in negated(triage(text, age_years=40)), text


def test_a_gujarati_duration_makes_a_knee_pain_of_years_routine(triage):
    result = triage("banne ghutan ma varsho thi dukhavo, sojo nathi", age_years=72, sex="female")
    assert "knee pain" in present(result) and "shortness of breath" not in present(result)
    assert result["level"] == "routine", result["findings"]


# --- sent too high ---

# (a guard: passes without the round's changes too)
def test_hindi_ghutan_is_still_suffocation(triage):
    assert "shortness of breath" in present(triage("chhati mein ghutan ho rahi hai", age_years=50))


def test_sunburn_of_the_face_told_in_rajasthani_is_no_major_burn(triage):
    result = triage("dhoop mein chehra thoda jal gaya, chhala koni", age_years=30)
    assert "major_burn" not in codes(result) and result["level"] == "self_care", result["findings"]


def test_heavy_periods_are_no_haemorrhage_without_faintness(triage):
    result = triage("periods mein bahut zyada khoon, 7 din chalte hain, 4 mahine se", age_years=38, sex="female")
    assert "severe_bleeding" not in codes(result) and "vaginal bleeding" in present(result)


def test_a_dogs_teeth_marks_are_no_snake_bite(triage):
    result = triage("kutte ne haath pe kaat liya, do daant ke nishaan hain", age_years=30)
    assert "envenomation" not in codes(result) and "dog_bite" in codes(result), result["findings"]


# (a guard: passes without the round's changes too)
def test_two_teeth_marks_with_no_biter_named_are_still_a_snake_bite(triage):
    result = triage("khet mein kuch kaat gaya pair pe, do daant ke nishaan", age_years=30)
    assert "envenomation" in codes(result)


@pytest.mark.parametrize("text", [
    "roj saam ko sir bhaari rehta hai",
    "pet mein dard lehar ki tarah aata hai",
])
def test_evening_and_a_wave_are_no_snake_and_no_poison(triage, text):
    assert not {"snake bite", "poisoning"} & present(triage(text, age_years=35)), text
