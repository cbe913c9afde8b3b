"""Round 11 (a taluka hospital in Marathwada and Vidarbha): Marathi as a clinic in Maharashtra meets it, in Latin
letters and in Devanagari — body parts with their case endings and "dukhne" (to hurt), fever, cough, breathlessness,
loose stools, a child who will not drink or wake, unconsciousness, a pesticide drunk, a snake's bite, bleeding that
soaks through a cloth, a baby that has stopped moving in the womb, a stroke told by a son on WhatsApp, Marathi
denials ("nahi", "nahiye", "ajibat nahi"), and Marathi everyday words the spelling corrector must leave alone
("majha" is "my", not "matha"). Our own sentences, not the train8 file's, each with its harmless neighbour where a
word could over-fire."""

import pytest

from models.triage.normalise import normalise
from tests.models.triage.conftest import codes, lexicon_found as present, negated as denied


# --- pain named by a Marathi body part and "dukhne" ---

@pytest.mark.parametrize(("text", "symptom"), [
    ("kaal paasun potat khup dukhtay", "abdominal pain"),
    ("sakalpasun doka dukhte ahe", "headache"),
    ("majhi kambar roj dukhte", "back pain"),
    ("aaichi donhi gudghe dukhtat", "knee pain"),
    ("chhatit dukhte ani ghaam yetoy", "chest pain"),
    ("पोटात दुखतंय", "abdominal pain"),
])
def test_marathi_pain_by_body_part_is_read(triage, text, symptom):
    assert symptom in present(triage(text, age_years=40))


def test_the_marathi_belly_is_read_and_a_pot_of_water_is_not(triage):
    assert "abdominal pain" in present(triage("pot dukhte", age_years=30))
    assert "abdominal pain" not in present(triage("a pot of hot water fell, hand is red", age_years=30))


def test_marathi_denial_of_a_pain(triage):
    result = triage("taap ahe, pot dukhat nahi, julab nahiye", age_years=30)
    assert "fever" in present(result)
    assert {"abdominal pain", "diarrhea"} <= denied(result)


# --- everyday symptoms ---

@pytest.mark.parametrize(("text", "symptom"), [
    ("don divas khokla ani taap yeto", "cough"),
    ("chaltana dham lagto", "shortness of breath"),
    ("kaal raatri paasun julab hot ahet", "diarrhea"),
    ("don divas paasun oktya yetat", "vomiting"),
    ("paay suzle ahet", "swelling"),
    ("kaan vahto ani kami aikta", "hearing loss"),
    ("sakali uthlyavar malmal hote", "nausea"),
    ("raatri zop lagat nahi", "insomnia"),
])
def test_marathi_everyday_symptoms_are_read(triage, text, symptom):
    assert symptom in present(triage(text, age_years=35))


def test_sweat_is_not_corrected_to_a_wound(triage):
    result = triage("dupari unhat kaam kela, khup ghaam aala", age_years=35)
    assert "sweating" in present(result)
    assert "wound" not in present(result)


# --- a young child: will not drink, will not wake (IMCI general danger signs) ---

def test_a_child_who_will_not_drink_is_an_emergency(triage):
    result = triage("mulga 1 varshacha, don divas julab, aata paani pit nahi", age_years=1)
    assert result["level"] == "emergency", codes(result)
    assert "unable to drink" in present(result)


def test_a_child_who_drinks_well_is_not_unable_to_drink(triage):
    assert "unable to drink" in present(triage("mulga 1 varshacha, dudh pit nahi", age_years=1))
    result = triage("mulga 1 varshacha, halki sardi, dudh changle pito, khelto", age_years=1)
    assert "unable to drink" not in present(result)
    assert result["level"] != "emergency", codes(result)


def test_a_child_who_does_not_wake_is_an_emergency(triage):
    result = triage("porgi 3 varshachi, taap, uthavla tari uthat nahi", age_years=3)
    assert result["level"] == "emergency", codes(result)


# --- the unconscious, and the awake ---

def test_unconscious_in_marathi_is_an_emergency(triage):
    result = triage("ajoba sakali paasun beshuddh ahet", age_years=75)
    assert result["level"] == "emergency", codes(result)
    assert "loss of consciousness" in present(result)


def test_awake_in_marathi_is_not_unconscious(triage):
    assert "loss of consciousness" in present(triage("shuddhit nahi", age_years=40))
    result = triage("halki chakkar aali pan shuddhit ahe, bolto barobar", age_years=40)
    assert "loss of consciousness" not in present(result)


# --- poison, pesticide, snake, scorpion ---

@pytest.mark.parametrize("text", [
    "majha bhau kitaknashak aushadh pyala",
    "tyane undir marnyachi pudi khalli",
    "mulgi ne vish ghetla",
])
def test_a_poison_taken_in_marathi_is_an_emergency(triage, text):
    result = triage(text, age_years=25)
    assert result["level"] == "emergency", codes(result)
    assert "poisoning" in present(result)


def test_spraying_with_vomiting_and_sweat_is_pesticide_poisoning(triage):
    result = triage("kapsavar fawarni keli, aata ghaam ani ultya", age_years=30)
    assert result["level"] == "emergency", codes(result)


def test_spraying_alone_is_no_poisoning(triage):
    assert triage("fawarni keli, ultya ani ghaam", age_years=30)["level"] == "emergency"
    result = triage("udya kapsavar fawarni karaychi ahe, mask kuthla ghyava?", age_years=30)
    assert result["level"] != "emergency", codes(result)


def test_a_snake_bite_in_marathi_is_an_emergency(triage):
    result = triage("shetat ghonas chavla paayala", age_years=40)
    assert result["level"] == "emergency", codes(result)
    assert "snake bite" in present(result)


# --- bleeding: spurting, soaking through a cloth ---

def test_bleeding_that_soaks_through_a_cloth_is_an_emergency(triage):
    result = triage("vila lagla, rakta khup jatay, kapda bandhla tari bhijtoy", age_years=35)
    assert result["level"] == "emergency", codes(result)


def test_a_small_cut_that_stopped_bleeding_is_not(triage):
    assert triage("koyta lagla, rakta thambat nahi, kapda bandhla tari bhijla", age_years=35)["level"] == "emergency"
    result = triage("bhaji chirtana bot kaapla, dablyavar rakta thambla", age_years=35)
    assert result["level"] != "emergency", codes(result)


# --- pregnancy: the baby not moving; moving is no complaint ---

def test_a_baby_that_stopped_moving_is_an_emergency(triage):
    result = triage("8 va mahina, kal paasun baal halla nahi", age_years=26, sex="female", pregnant=True)
    assert result["level"] == "emergency", codes(result)
    assert "reduced fetal movement" in present(result)


def test_a_baby_moving_well_is_no_reduced_movement(triage):
    assert "reduced fetal movement" in present(triage("baal halat nahi", age_years=26, sex="female", pregnant=True))
    result = triage("7 va mahina, baal halta ahe barobar, thodi kambar dukhte", age_years=26, sex="female",
                    pregnant=True)
    assert "reduced fetal movement" not in present(result)


# --- a stroke told in Marathi by a son on WhatsApp ---

def test_a_stroke_told_in_marathi_is_an_emergency(triage):
    result = triage("Baba 70 cha tond ek baju vakda zala, bolna adakhalta, dava haat uchalta yet nahi", age_years=70)
    assert result["level"] == "emergency", codes(result)
    assert "facial droop" in present(result)


# --- suicide: thoughts, a plan, and a denial ---

def test_a_thought_of_ending_life_in_marathi_is_an_emergency(triage):
    result = triage("karjamule navra mhanto jiv dyaycha ahe", age_years=40)
    assert result["level"] == "emergency", codes(result)


def test_a_denied_thought_of_ending_life_is_not(triage):
    assert "suicidal thoughts" in present(triage("jiv dyaycha vichar yeto", age_years=40))
    result = triage("zop kami, udaas vatta, pan jiv dyaycha vichar nahi", age_years=40)
    assert "suicidal thoughts" not in present(result)
    assert result["level"] != "emergency", codes(result)


# --- the spelling corrector leaves Marathi words and their Hindi neighbours alone ---

def test_everyday_words_are_not_corrected_into_symptom_words():
    from models.triage.normalise import normalise
    words = {"majha": "matha", "ahet": "khet", "khup": "khun", "baba": "baby", "radta": "rakta", "budha": "budla",
             "aandhi": "gandhi", "shikayat": "shinkatat"}
    for word, not_read_as in words.items():
        assert not_read_as not in normalise(f"{word} ahe").text.split(), word


def test_a_drowning_in_marathi_and_an_old_man_who_is_not_drowned(triage):
    assert triage("mulga vihirit budla, kadhla tevha shwas lagto", age_years=8)["level"] == "emergency"
    result = triage("budha aadmi 70, dono aankh se dhundla dikhta 1 saal se", age_years=70)
    assert result["level"] != "emergency", codes(result)


@pytest.mark.parametrize("text, reading", [("सीने का दर्द", "seene ka dard"), ("दिल का दौरा", "dil ka daura"),
                                           ("बच्चे की खांसी", "bachche ki khaansi"), ("दूध नहीं पी रहा", "doodh nahi pi raha")])
def test_hindis_short_words_in_devanagari_keep_their_hinglish_spelling_beside_marathis(text, reading):
    # Marathi's "kaa" is a word of the lexicon now; Devanagari का is still Hindi's "ka", as the Hindi wordings spell it
    assert normalise(text).text == reading


def test_chest_pain_told_with_ka_in_devanagari_is_read(triage):
    assert "chest pain" in present(triage("सीने का दर्द और पसीना", age_years=55))
