"""Round 11 (a tribal-belt PHC in southern Odisha and Bastar): dangers told in Odia, in the Odia script and in
Chhattisgarhi that were sent lower — a krait's paralysis told as eyelids that will not open, a snake or a dog that bit
("kamudila"), a fit and a fever told as "ainth gis" and "jar", a newborn yellow and not feeding in Odia letters, a
child who ate forest seeds, wild mushrooms with vomiting and loose stools, blood vomited and black stools, a scald
from a pot pulled over, a hanging foretold — and the everyday Odia words of a clinic there (pain by its place, fever,
vomiting, breath, itch, durations like "6 masa hela"). Our own sentences, not the train8 file's, each with its
harmless neighbour where a word could over-fire."""

import pytest

from tests.models.triage.conftest import codes, lexicon_found as present, negated as denied


# --- a krait's descending paralysis told in Odia: the eyelids will not open, the words come thick ---

def test_eyelids_that_will_not_open_with_belly_pain_are_a_krait_bite(triage):
    result = triage("Jhia bhuin re soi thila, sakale peta byatha kahila, ebe aankhi pata kholi paruni", age_years=12)
    assert result["level"] == "emergency", codes(result)
    assert "descending_paralysis" in codes(result)


def test_eyes_that_open_are_no_paralysis(triage):
    result = triage("aankhi lal hoigala, pani bohuchi, byatha nahin", age_years=30)
    assert "drooping_eyelids" not in codes(result) and result["level"] != "emergency", codes(result)


def test_thick_words_told_in_odia_are_slurred_speech(triage):
    assert "slurred speech" in present(triage("kali ru katha jada jada hauchi", age_years=60))


# --- bites ---

@pytest.mark.parametrize("text", ["khetare sapa kamudila, pada fulijauchi", "naga damsila hata re, ghanta e hela"])
def test_a_snake_bite_told_in_odia_is_envenomation(triage, text):
    result = triage(text, age_years=40)
    assert result["level"] == "emergency", codes(result)
    assert "snake bite" in present(result)


def test_a_dog_bite_told_in_odia_is_a_dog_bite_not_a_snake(triage):
    result = triage("kukura kamudila goda re, rakta bandha hela", age_years=50)
    assert "dog bite" in present(result) and "snake bite" not in present(result)
    assert result["level"] != "emergency", codes(result)


# --- Chhattisgarhi: "jar" (fever), "ainth gis" (a fit), "aankhi nai kholat" (eyes not opening) ---

def test_a_fit_told_in_chhattisgarhi_devanagari_is_a_convulsion(triage):
    result = triage("नोनी ल दू दिन ले जर हे, बिहनिया अइंठ गिस", age_years=4)
    assert {"fever", "seizure"} <= present(result), present(result)
    assert result["level"] == "emergency"


def test_a_child_not_opening_the_eyes_in_chhattisgarhi_is_unconscious(triage):
    assert "loss of consciousness" in present(triage("abhi le aankhi nai kholat he", age_years=5))


def test_colic_told_as_ainthan_is_no_fit(triage):
    result = triage("pet mein ainthan ho rahi hai khana khane ke baad", age_years=30)
    assert "seizure" not in present(result)


def test_jara_as_hindi_a_little_is_no_fever(triage):
    assert "fever" not in present(triage("jara sa sir dard hai subah se", age_years=30))


# --- the Odia script, read aloud ---

def test_a_newborn_yellow_and_not_feeding_in_odia_script_is_an_emergency(triage):
    result = triage("ପୁଅ 20 ଦିନର, ଆଖି ହଳଦିଆ, ସ୍ତନ ପିଉନି", age_years=0.05)
    assert {"jaundice", "unable to drink"} <= present(result), present(result)
    assert result["level"] == "emergency", codes(result)


def test_belly_pain_in_odia_script(triage):
    assert "abdominal pain" in present(triage("ପେଟ ବ୍ୟଥା ହେଉଛି", age_years=30))


# --- poisons of the forest and the fields ---

def test_forest_seeds_eaten_by_a_child_are_poisoning(triage):
    result = triage("pua jangala re dhatura manji khaila, ebe banti hauchi", age_years=5)
    assert "poisoning" in present(result) and result["level"] == "emergency", codes(result)


@pytest.mark.parametrize("text", [
    "we ate wild mushrooms from the forest last night, since morning vomiting and loose motions",
    "jangli khukhdi ki sabzi khayi thi, ab ulti aur dast ho rahe",
])
def test_wild_mushrooms_then_vomiting_or_loose_stools_are_an_emergency(triage, text):
    result = triage(text, age_years=35)
    assert "wild_mushroom_poisoning" in codes(result) and result["level"] == "emergency", codes(result)


def test_wild_mushrooms_told_without_a_symptom_are_no_poisoning_emergency(triage):
    result = triage("wild mushrooms grow near our house, can we eat them? I have a mild cough", age_years=35)
    assert "wild_mushroom_poisoning" not in codes(result)


# --- blood vomited, black stools; the bleeding after a delivery ---

def test_blood_vomited_told_in_odia_is_severe_bleeding(triage):
    result = triage("aji sakalu rakta banti hela, dehe durbala", age_years=50)
    assert "severe_bleeding" in codes(result), codes(result)


def test_black_stools_told_in_odia_are_blood_in_the_stool(triage):
    assert "blood in stool" in present(triage("tini dina hela jhada kala kala", age_years=50))


def test_bleeding_that_does_not_stop_after_a_home_delivery_is_an_emergency(triage):
    result = triage("ghare prasaba hela, rakta banda heuni", age_years=22, sex="female")
    assert result["level"] == "emergency", codes(result)


def test_bleeding_that_stopped_after_a_cut_is_no_heavy_bleeding(triage):
    result = triage("hata kati gala, rakta bandha hela", age_years=30)
    assert "severe_bleeding" not in codes(result)


# --- the baby in the womb ---

def test_a_baby_that_has_not_moved_told_in_odia_is_reduced_fetal_movement(triage):
    result = triage("8 masa pet, aji sakalu ru pila haluni", age_years=24, sex="female", pregnant=True)
    assert "reduced fetal movement" in present(result) and result["level"] == "emergency", codes(result)


def test_a_baby_moving_well_told_in_odia_is_no_alarm(triage):
    result = triage("8 masa pet, pila bhala haluchi, khali goda fula", age_years=24, sex="female", pregnant=True)
    assert "reduced fetal movement" not in present(result)


# --- a scald from a pot pulled over a child ---

def test_a_pot_of_hot_dal_pulled_over_the_chest_and_arms_is_a_major_burn(triage):
    result = triage("toddler pulled the pot of hot dal down, chest and both arms red with blisters", age_years=2)
    assert "burn" in present(result) and result["level"] == "emergency", codes(result)


def test_a_hot_pot_on_the_stove_is_no_burn(triage):
    assert "burn" not in present(triage("the pot of hot water is on the stove, I have a cough", age_years=30))


# --- a hanging foretold; a passive wish in Odia ---

def test_a_hanging_foretold_with_the_rope_kept_is_suicide_risk(triage):
    result = triage("bolta hai kal subah fanda laga lega, rassi le aaya hai", age_years=35)
    assert "suicidal thoughts" in present(result) and result["level"] == "emergency", codes(result)


def test_a_passive_wish_to_die_in_odia_is_seen_today(triage):
    result = triage("kichhi bhala laguni, mone hue mori jibi", age_years=30)
    assert "death_wish" in codes(result) and result["level"] == "urgent", codes(result)


# --- forgetting for a year is a dementia to assess, not an acute confusion ---

@pytest.mark.parametrize("text", ["Bou 80, sabu bhulijauchi, barsha hela", "dadi sab bhool jaati hai, do saal se"])
def test_long_forgetfulness_is_no_emergency(triage, text):
    result = triage(text, age_years=80)
    assert result["level"] == "routine" and "memory_loss" in codes(result), codes(result)


# --- a fit long ago is history ("bachpan me") ---

def test_fits_in_childhood_told_with_me_are_history(triage):
    result = triage("do din se sir dard, bachpan me mirgi ke daure the, ab nahi", age_years=30)
    assert "convulsions" not in codes(result), codes(result)


# --- a household itch (scabies) ---

def test_an_itch_the_whole_household_shares_is_routine_scabies(triage):
    result = triage("hatare chhota chhota phutkuri, ghara re sabu kunduauchhanti", age_years=10)
    assert "household_itch" in codes(result) and result["level"] == "routine", codes(result)


def test_an_itch_of_one_person_after_a_new_soap_stays_minor(triage):
    assert "household_itch" not in codes(triage("naya sabun se halki khujli", age_years=25))


# --- everyday Odia words: pain by its place, fever, vomiting, breath, itch, and their denials ---

@pytest.mark.parametrize("text, symptom", [
    ("munda byatha heuchi kali ru", "headache"),
    ("pithi byatha 2 masa hela", "back pain"),
    ("kampa jara asuchi", "fever"),
    ("sakalu ru tini thara banti", "vomiting"),
    ("bhoka laguni, dehe durbala", "loss of appetite"),
    ("chalile nishwasa phule", "shortness of breath"),
    ("dehe bahut kunduauchi", "itching"),
    ("naka bandha, chhinka heuchi", "nasal congestion"),
    ("parisra re jala", "dysuria"),
    ("otha nila padiche", "cyanosis"),
])
def test_everyday_odia_words(triage, text, symptom):
    assert symptom in present(triage(text, age_years=30)), present(triage(text, age_years=30))


@pytest.mark.parametrize("text, symptom", [
    ("kasa achhi, jara nahin", "fever"),
    ("peta byatha, banti heuni", "vomiting"),
    ("phikka daga, kunduani nahin", "itching"),
])
def test_odia_denials(triage, text, symptom):
    result = triage(text, age_years=30)
    assert symptom in denied(result) and symptom not in present(result)


def test_an_odia_duration_is_read(triage):
    result = triage("aankhi re dhundhi dishuchi 6 masa hela", age_years=65)
    blurred = next(s for s in result["symptoms"] if s["name"] == "blurred vision")
    assert blurred["duration"] is not None


# --- sickle cell disease: pain or fever is a crisis seen today, chest pain or breathlessness the chest syndrome ---

@pytest.mark.parametrize("text", [
    "mujhe sickle cell hai, kal raat se dono pair aur kamar me tez dard, goli se aaram nahi",
    "SS card holder, fever since morning and pain in both knees",
])
def test_a_sickle_cell_patient_with_pain_or_fever_is_seen_today(triage, text):
    result = triage(text, age_years=19)
    assert "sickle_crisis" in codes(result) and result["level"] in {"urgent", "emergency"}, codes(result)


def test_sickle_cell_with_breathlessness_is_the_acute_chest_syndrome(triage):
    result = triage("sickle wala beta, 2 din se saans phool rahi", age_years=9)
    assert "sickle_chest_syndrome" in codes(result) and result["level"] == "emergency", codes(result)


def test_a_sickle_cell_patient_for_a_refill_is_reviewed_not_sent_home(triage):
    result = triage("sickle cell patient, folic acid finished, bas thoda thakaan", age_years=20)
    assert "sickle_cell_review" in codes(result) and result["level"] == "routine", codes(result)


def test_a_cut_from_a_sickle_is_no_sickle_cell_disease(triage):
    result = triage("fasal kaatte hue sickle se ungli kat gayi, khoon ruk gaya", age_years=30)
    assert not codes(result) & {"sickle_crisis", "sickle_cell_review", "sickle_chest_syndrome"}, codes(result)


def test_a_mild_pain_that_comes_and_goes_at_a_sickle_follow_up_is_routine(triage):
    result = triage("sickle cell hai, dawa chal rahi, kabhi kabhi kamar me halka dard, bukhar nahi", age_years=22)
    assert "sickle_crisis" not in codes(result) and result["level"] == "routine", codes(result)


# --- a puffy face with cola-coloured urine: acute nephritis, seen today ---

def test_a_puffy_face_on_waking_with_cola_urine_is_nephritis_seen_today(triage):
    result = triage("beti 9 saal, aaj subah se chehra phula, peshab kali chai jaisa", age_years=9)
    assert "nephritic_signs" in codes(result) and result["level"] == "urgent", codes(result)


def test_a_sulking_face_is_no_swelling(triage):
    assert "swelling" not in present(triage("beta naraz hai, mooh phula ke baitha hai", age_years=9))
