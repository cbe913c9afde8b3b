"""Round 14 (train11 part 02, a sub-district hospital in Jammu and Kashmir): Urdu in its own script, Kashmiri in
Latin letters and in the Perso-Arabic script, Dogri, Gojri and Pahari — a complaint in the Urdu script was "not
understood" (now read through script_urdu.py into the Latin letters the lexicon reads); Kashmiri pain by its place
("kalas dod"), fever ("tap chhu") and its denial ("tap ni"), cough ("tsaas"), vomiting ("wokun"), breath ("shah chhu
tang"), the stroke's speech, mouth and one-sided limbs, chest heaviness going to the left arm with sweat, a baby who
does not take the breast, a child who cannot be woken, a fall from a tree with legs that feel nothing, a glassful of
coughed blood, a choking child, a pesticide spray drunk, a rope kept to die by; Dogri's stroke; Gojri and Pahari
bee stings, drowning, a stone-hard belly; Kashmiri time ("zeh doh pyeth", "warih brounh"). Our own sentences, not
the train11 file's; each test holds its fix and its harmless neighbour, and each fails on 963d0ed."""

import pytest

from tests.models.triage.conftest import codes, lexicon_found as present, negated as denied


# --- the Urdu script ---

def test_urdu_script_chest_pressure_with_sweat_is_read(triage):
    result = triage("والد صاحب کو ایک گھنٹے سے سینے میں دباؤ، پسینہ آ رہا ہے", age_years=60, sex="male")
    assert {"chest pain", "sweating"} <= present(result), present(result)
    assert result["level"] == "emergency" and "not_understood" not in codes(result), codes(result)
    # the neighbour: a cold with its denials, in the same script
    calm = triage("دو دن سے زکام اور چھینک، بخار نہیں، سانس ٹھیک ہے", age_years=30, sex="female")
    assert "fever" in denied(calm) and calm["level"] in ("self_care", "routine"), codes(calm)


def test_urdu_script_bp_pair_and_pregnancy_word(triage):
    result = triage("سات مہینے کا حمل، بی پی 160/110، سر میں درد", age_years=25, sex="female")
    assert "pregnancy_hypertension" in codes(result) or result["level"] == "emergency", codes(result)
    calm = triage("پانچ دن سے کمر میں ہلکا درد، بخار نہیں", age_years=40, sex="male")
    assert "back pain" in present(calm) and calm["level"] != "emergency", codes(calm)


def test_kashmiri_in_urdu_script_not_after_the_copula(triage):
    result = triage("شُر چھ نہ دود چوان، تپ چھس", age_years=0.1, sex="male")
    assert {"unable to drink", "fever"} <= present(result), present(result)
    assert result["level"] == "emergency", codes(result)
    calm = triage("تپ چھ نہ، نزلہ چھ", age_years=30, sex="male")
    assert "fever" in denied(calm), denied(calm)


# --- Kashmiri in Latin letters: pain, fever, cough, vomiting and their denials ---

@pytest.mark.parametrize(("text", "symptom"), [
    ("kalas chhu sakh dod zeh doh pyeth", "headache"),
    ("yadas manz dod chhu raath pyeth", "abdominal pain"),
    ("kamras manz dod, bor tulith", "back pain"),
    ("dandas dod chhu tre doh pyeth", "toothache"),
    ("thod tsaas chhu hafta pyeth", "cough"),
    ("wokun chhes subhan pyeth", "vomiting"),
])
def test_kashmiri_complaints_by_their_words(triage, text, symptom):
    result = triage(text, age_years=35, sex="male")
    assert symptom in present(result), present(result)
    assert "not_understood" not in codes(result)


def test_kashmiri_fever_and_its_denial(triage):
    assert "fever" in present(triage("tap chhus raath pyeth, tsaas ti", age_years=30, sex="male"))
    calm = triage("tsaas chhu, tap ni, shah theek", age_years=30, sex="male")
    assert "fever" in denied(calm) and "shortness of breath" in denied(calm), denied(calm)
    assert calm["level"] != "emergency"


# --- dangers ---

def test_kashmiri_stroke_speech_mouth_and_one_side(triage):
    result = triage("bab subhan wothus, kath chhus ni saaf neraan, dachhun athh te dachhun zang chhus ni hilaan",
                    age_years=70, sex="male")
    assert {"slurred speech", "weakness"} <= present(result) and result["level"] == "emergency", codes(result)
    calm = triage("bab chhu theek, kath chhu karaan, bas kalas thod dod", age_years=70, sex="male")
    assert calm["level"] != "emergency", codes(calm)


def test_dogri_stroke(triage):
    result = triage("खब्बा हत्थ नेईं चलदा, मुंह इक पास्सै होई गेआ", age_years=68, sex="female")
    assert result["level"] == "emergency" and "stroke_signs" in codes(result), codes(result)
    calm = triage("लत्तें च कोई सुन्नपन नेईं, कमर च थोड़ी पीड़", age_years=40, sex="male")
    assert calm["level"] != "emergency", codes(calm)


def test_chest_heaviness_going_to_the_left_arm(triage):
    result = triage("seenas peth chhu bor hyu, dod chhu khovris athas taam gatshaan", age_years=58, sex="male")
    assert "chest pain" in present(result) and result["level"] == "emergency", codes(result)
    calm = triage("athas dod chhu kaam karith, baaki theek", age_years=58, sex="male")
    assert "chest pain" not in present(calm) and calm["level"] != "emergency", codes(calm)


def test_baby_not_at_the_breast_and_a_child_who_cannot_be_woken(triage):
    result = triage("koor chhe dah doh, maajeh hund dod chhe ni chevaan", age_years=0.03, sex="female")
    assert "unable to drink" in present(result) and result["level"] == "emergency", codes(result)
    sleepy = triage("shur chhu tap, wuthaavaan chhi magar pheri shongaan", age_years=3, sex="male")
    assert "reduced_consciousness" in codes(sleepy), codes(sleepy)
    calm = triage("shur chhu dod chevaan, gindaan chhu, tap ni", age_years=1, sex="male")
    assert calm["level"] != "emergency", codes(calm)


def test_fall_from_a_tree_with_legs_that_feel_nothing(triage):
    result = triage("kulis peth peyov, dushwen zangan chhus ni kenh baasaan", age_years=40, sex="male")
    assert result["level"] == "emergency", codes(result)
    calm = triage("sheenas peth peyi, thod dod, pakaan chhe theek", age_years=30, sex="female")
    assert calm["level"] != "emergency", codes(calm)


def test_glassful_of_coughed_blood(triage):
    result = triage("tsaasas saeth yivaan rath, akh glass bharith", age_years=45, sex="male")
    assert "coughing blood" in present(result) and result["level"] == "emergency", codes(result)
    calm = triage("tsaasas saeth rath thod, tap ni", age_years=45, sex="male")
    assert "coughing blood" in present(calm) and calm["level"] == "urgent", codes(calm)


def test_choking_child_and_breath_that_does_not_come(triage):
    result = triage("badam hotis manz phas, shah chhus ni yivaan", age_years=3, sex="male")
    assert result["level"] == "emergency" and "airway_obstruction" in codes(result), codes(result)
    calm = triage("hotis dod chhu, tap ni", age_years=10, sex="male")
    assert calm["level"] != "emergency", codes(calm)


def test_pesticide_spray_drunk_and_a_rope_kept(triage):
    result = triage("nechuv chyav baagas wali spray dawa, wokun chhus", age_years=22, sex="male")
    assert "poisoning" in present(result) and result["level"] == "emergency", codes(result)
    rope = triage("sa chhe wanaan maareh panun paan, raz chhes kamras manz thovmut", age_years=30, sex="female")
    assert "suicide_plan" in codes(rope), codes(rope)
    calm = triage("dil chhum udaas, marnuk khayal chhum ni", age_years=30, sex="female")
    assert calm["level"] != "emergency", codes(calm)


def test_gojri_and_pahari_dangers(triage):
    stung = triage("madhu makhiyan ne kai jagah dang maare, saah aukha", age_years=30, sex="male")
    assert stung["level"] == "emergency", codes(stung)
    drowned = triage("munda nadi ch dubb gaya si, kadd leya", age_years=8, sex="male")
    assert drowned["level"] == "emergency", codes(drowned)
    belly = triage("kal to pet ch dard, hun pet patthar jaisa sakht", age_years=25, sex="male")
    assert "acute_abdomen" in codes(belly), codes(belly)
    calm = triage("pet ch thoda dard roti khaan baad, tap koni", age_years=25, sex="male")
    assert calm["level"] != "emergency" and "fever" in denied(calm), codes(calm)


def test_a_relatives_stroke_of_years_ago_is_the_past(triage):
    result = triage("bab oas faalij gomut zeh warih brounh, me chhu bas kalas thod dod", age_years=35, sex="male")
    assert result["level"] != "emergency", codes(result)


def test_a_snake_not_named_and_a_wifes_month_told_by_its_ordinal(triage):
    bitten = triage("khet ma kaalo keedo dang maar gayo, do chhote chhote daant ka nishaan", age_years=40, sex="male")
    assert "snake bite" in present(bitten) and "envenomation" in codes(bitten), codes(bitten)
    calm = triage("machhar ne kaata, thodi khujli", age_years=40, sex="male")
    assert "envenomation" not in codes(calm), codes(calm)
    bleeding = triage("biwi ko aathwan mahina hai, raat se khoon aa raha hai", age_years=27, sex="female")
    assert "pregnancy_bleeding" in codes(bleeding), codes(bleeding)
