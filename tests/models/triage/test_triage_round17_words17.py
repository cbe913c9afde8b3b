"""Round 17, everyday words: north Karnataka's Kannada in Latin letters as a PHC nurse types it (ushiru, kannu kempu,
kivi inda keevu, muttu, naayi parchide, meenu mullu), Kannada's "neeru" (water) that is no Malayalam swelling, a
Kannada word the corrector had bent into a broken bone, and the Garhwal hills' "ni" (not) before a Hinglish verb.
Our own sentences; where a new word raises a level, the same picture without its danger stays low."""

import pytest

from models.triage.normalise import normalise

from tests.models.triage.conftest import codes, lexicon_found, negated

# --- Kannada symptoms in Latin letters ---

KANNADA_SYMPTOMS = (
    ("ajji ge 2 dina inda ushiru kashta aagtide, kemmu ide", 68, "female", {"shortness of breath", "cough"}),
    ("eradu kannu kempu aagide ninne inda, neeru bartide", 30, "male", {"red eye"}),
    ("jwara 101 ninne inda, kannu hinde novu, mai kai novu", 25, "male", {"fever", "retro-orbital pain"}),
    ("kivi inda keevu baruttide 1 varsha inda, kivi swalpa kelsolla", 40, "male", {"ear discharge", "hearing loss"}),
    ("muttu sariyagi bartilla 6 tingala inda, weight jasti aagide", 22, "female", {"irregular periods"}),
    ("kannu haladi aagide 4 dina, oota beda antaane", 35, "male", {"jaundice", "loss of appetite"}),
    ("ratri nidde swalpa kadime, 2 vaara inda", 45, "female", {"insomnia"}),
    ("Motion 4 dina aagilla, hotte bhaara", 50, "male", {"constipation"}),
    ("Appa ge ratri 5 sala mootra hogbeku, 6 tingala inda", 66, "male", {"frequent urination"}),
    ("bennu mele bili kale 3 tingala inda, turike illa", 30, "female", {"skin patches"}),
    ("right wrist novu 1 tingala inda, kelsa maadoke kashta", 38, "female", {"wrist pain"}),
    ("edhe dabdaba anisutte, 10 nimisha inda", 30, "female", {"palpitations"}),
)


@pytest.mark.parametrize("text, age, sex, expected", KANNADA_SYMPTOMS)
def test_everyday_kannada_words_of_a_symptom_are_read(triage, text, age, sex, expected):
    result = triage(text, age_years=age, sex=sex)
    assert expected <= lexicon_found(result), (text, lexicon_found(result))


def test_kannada_eye_and_ear_complaints_go_to_their_departments(triage):
    assert triage("eradu kannu kempu, kannu novu illa", age_years=30, sex="male")["specialties"][0] == "ophthalmology"
    assert triage("kivi inda keevu baruttide, kivi kelsolla", age_years=40, sex="male")["specialties"][0] == "ent"
    assert triage("muttu regular illa, 45 dina ge ondsala", age_years=26,
                  sex="female")["specialties"][0] == "obstetrics and gynecology"


def test_a_kannada_denial_still_denies_the_new_words(triage):
    result = triage("jwara ide, ushiru kashta illa, kannu kempu illa", age_years=30, sex="male")
    assert {"shortness of breath", "red eye"} <= negated(result), negated(result)


# --- water is no swelling ---

def test_kannada_water_is_not_a_swelling_but_a_malayalam_swelling_still_is(triage):
    for text in ("jwara 2 dina, neeru chennagi kudiyutte", "bisilalli kelsa, neeru kudidre sari aaytu",
                 "kannu kempu, neeru bartide"):
        assert "swelling" not in lexicon_found(triage(text, age_years=30, sex="male")), text
    assert "swelling" in lexicon_found(triage("randu divasamayi kaal neeru vechu", age_years=60, sex="female"))


# --- the tablets ran out: no broken bone ---

def test_tablets_that_ran_out_are_no_broken_bone(triage):
    result = triage("BP tablet mugidide 10 dina inda, yenu tondare illa", age_years=58, sex="male")
    assert "fracture" not in result["red_flags"] and result["level"] in ("routine", "self_care"), codes(result)


# --- the hills' "ni" ---

def test_the_hills_ni_before_a_verb_is_not(triage):
    assert "insomnia" in lexicon_found(triage("2 hafte se raat ko neend ni aati", age_years=50, sex="female"))
    assert "shortness of breath" in lexicon_found(triage("lete hi saans ni aati, baith ke raat kaati",
                                                         age_years=65, sex="male"))
    assert "vomiting" in negated(triage("sir pe chot lagi, ulti ni hui, behosh ni hua", age_years=30, sex="male"))
    # before anything but a verb "ni" is left as typed (Marathi's "and": "aai ni baba")
    assert normalise("aai ni baba").text == "aai ni baba"
    assert normalise("saans ni aati").text == "saans nahi aati"


def test_days_without_a_stool_in_hinglish_are_constipation(triage):
    assert "constipation" in lexicon_found(triage("4 din se latrine nahi hui, pet bhaari", age_years=70, sex="male"))
    assert "constipation" in lexicon_found(triage("3 din se potty nahi, pet mulayam", age_years=40, sex="male"))
    assert "constipation" in lexicon_found(triage("buba ki latrine kadi aati", age_years=72, sex="male"))


# --- pictures whose new words raise the level: and the same picture without them stays low ---

def test_a_retained_placenta_is_an_emergency(triage):
    for text in ("ghar pe delivery hui 1 ghanta pehle, aanwal abhi tak ni nikla",
                 "baby born at home an hour ago, the placenta has not come out yet"):
        result = triage(text, age_years=24, sex="female")
        assert result["level"] == "emergency" and "retained_placenta" in codes(result), (text, codes(result))
    well = triage("ghar pe delivery hui kal, aanwal bhi nikal gaya, khoon thoda, baccha doodh pee raha",
                  age_years=24, sex="female")
    assert "retained_placenta" not in codes(well), codes(well)


def test_a_mother_who_says_her_baby_was_swapped_is_an_emergency(triage):
    result = triage("delivery ke 10 din baad se bahu bolti hai kisi ne baccha badal diya, raat ko soti nahi",
                    age_years=22, sex="female")
    assert result["level"] == "emergency" and "infant_harm_thoughts" in codes(result), codes(result)
    calm = triage("delivery ke 10 din baad se bahu thodi udaas, neend kam, baccha doodh pee raha",
                  age_years=22, sex="female")
    assert "infant_harm_thoughts" not in codes(calm)


def test_fear_of_water_after_a_dog_bite_in_kannada_is_rabies(triage):
    result = triage("naayi kachittu 1 tingala hinde, ega neeru nodidre hedarikotare", age_years=30, sex="male")
    assert result["level"] == "emergency" and "rabies_signs" in codes(result), codes(result)
    assert triage("naayi kachittu 1 tingala hinde, vaccine 3 dose aagide, ega aaramagiddane", age_years=30,
                  sex="male")["level"] != "emergency"


def test_a_dog_scratch_in_kannada_is_a_rabies_exposure(triage):
    result = triage("naayi parchide kaalu mele, 2 gante aaytu", age_years=9, sex="male")
    assert "dog bite" in lexicon_found(result) and result["level"] == "urgent", codes(result)


def test_a_fish_bone_in_the_throat_in_kannada_is_seen_today(triage):
    result = triage("meenu mullu gantalalli sikkide, nungoke novu, maatadtare", age_years=40, sex="female")
    assert result["level"] == "urgent" and "foreign_body" in codes(result), codes(result)


def test_a_kannada_stroke_is_an_emergency(triage):
    result = triage("ajja ge bayi ondu kade hogide, balagai lift aagtilla, maatu clear illa", age_years=72, sex="male")
    assert result["level"] == "emergency", codes(result)
    assert {"facial droop", "weakness"} <= lexicon_found(result), lexicon_found(result)


def test_a_scald_from_a_pot_of_hot_water_in_kannada_is_a_burn(triage):
    result = triage("magu bisi neeru pateli eleditu, kaalu mele, swalpa kempu", age_years=3, sex="female")
    assert "burn" in lexicon_found(result), lexicon_found(result)


def test_dust_blown_into_the_eye_at_the_thresher_is_seen_today(triage):
    result = triage("bhatta hola alli kannige kasa bidtu, kannu kempu, neeru bartide", age_years=35, sex="male")
    assert result["level"] == "urgent" and "eye_injury" in codes(result), codes(result)
    assert "red eye" in lexicon_found(result)
