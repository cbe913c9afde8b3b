"""Round 12 (a block PHC in rural West Bengal): Bengali typed in Latin letters and in its own script, and some
Assamese — fever told as "jor", pain as "byatha" by its place, breath as "shash kosto", a fit as "khichuni", no
answer when called ("sara dicche na"), a krait's bite and the eyelids that will not lift, a stroke told as "mukh beke
gechhe", a fall from a tree with legs that will not move, lime in a child's eye; "nei" and "hoy na" that deny;
everyday words the corrector misread ("dhore", for a time, read as a fit; "sob", all, as short of breath); durations
in "bochor" and "mas". Our own sentences, not the train9 file's, each with its harmless neighbour."""

import pytest

from tests.models.triage.conftest import codes, lexicon_found as present, negated as denied


# --- everyday words are not symptoms ---

def test_dhore_for_a_time_is_no_fit(triage):
    result = triage("4 din dhore pet e byatha", age_years=30)
    assert "abdominal pain" in present(result)
    assert "seizure" not in present(result) and "convulsions" not in codes(result), codes(result)


def test_a_fit_told_in_hindi_is_still_a_fit(triage):
    assert "seizure" in present(triage("bachche ko daure pad rahe hain", age_years=6))


def test_sob_all_is_not_short_of_breath(triage):
    result = triage("sob somoy mathay byatha thake", age_years=35)
    assert "headache" in present(result)
    assert "shortness of breath" not in present(result)


def test_sob_in_english_shorthand_is_still_breathless(triage):
    assert "shortness of breath" in present(triage("sob since morning", age_years=50))


# --- fever, and Hindi's "jor" (force) ---

@pytest.mark.parametrize("text", ["5 din dhore jor achhe, sathe kashi", "gaa ta jor jor lagche",
                                  "jwor ahise, gaa gorom"])
def test_fever_told_in_bengali_or_assamese(triage, text):
    assert "fever" in present(triage(text, age_years=30))


def test_jor_se_in_hindi_is_no_fever(triage):
    assert "fever" not in present(triage("jor se khansi aa rahi hai raat bhar", age_years=30))


# --- denials after the word ---

def test_nei_and_hoy_na_deny_what_comes_before(triage):
    result = triage("pet e byatha achhe, bomi hoy na, jor nei", age_years=25)
    assert "abdominal pain" in present(result)
    assert {"vomiting", "fever"} <= denied(result), denied(result)


def test_insomnia_told_with_hoy_na_is_a_complaint(triage):
    result = triage("raate ghum hoy na, mon kharap thake", age_years=40)
    assert "insomnia" in present(result) and "insomnia" not in denied(result)


# --- dangers ---

def test_no_answer_when_called_is_unconscious(triage):
    result = triage("dadu ke daakle sara dicche na", age_years=75)
    assert "loss of consciousness" in present(result)
    assert result["level"] == "emergency", codes(result)


def test_sara_din_the_whole_day_is_not_unconscious(triage):
    assert "loss of consciousness" not in present(triage("sara din jor thake", age_years=30))


def test_a_krait_bite_with_eyelids_that_will_not_lift(triage):
    result = triage("raate mejhe te ghumocchilo, keute kamreche, ekhon chokher pata tulte parche na", age_years=16)
    assert "snake bite" in present(result)
    assert result["level"] == "emergency" and "drooping_eyelids" in codes(result), codes(result)


def test_a_red_eye_that_waters_is_no_paralysis(triage):
    result = triage("chokh lal, chokh diye jol porche", age_years=30)
    assert "red eye" in present(result)
    assert "drooping_eyelids" not in codes(result) and result["level"] != "emergency", codes(result)


def test_a_stroke_told_in_bengali(triage):
    result = triage("hotat mukh beke gechhe, dan haat pa obosh hoye gechhe, kotha jorie jacche", age_years=66)
    assert {"facial droop", "slurred speech"} <= present(result), present(result)
    assert result["level"] == "emergency", codes(result)


def test_a_stroke_told_in_bengali_script(triage):
    result = triage("মায়ের মুখ বেঁকে গেছে, কথা জড়িয়ে যাচ্ছে", age_years=70)
    assert {"facial droop", "slurred speech"} <= present(result), present(result)
    assert result["level"] == "emergency"


def test_a_fall_from_a_tree_with_legs_that_will_not_move(triage):
    result = triage("narkel gachh theke pore gechhe, komore byatha, dui pa nadate parche na", age_years=28)
    assert "fall" in present(result)
    assert result["level"] == "emergency", codes(result)


def test_an_ankle_twisted_with_the_legs_moving_is_not_the_spine(triage):
    result = triage("pa mochke gechhe, ektu fule gechhe, hatte parchi", age_years=28)
    assert result["level"] != "emergency", codes(result)


def test_lime_in_the_eye_is_a_chemical_injury(triage):
    result = triage("chun chokhe dhuke gechhe, chokh lal", age_years=5)
    assert "chemical_in_eye" in codes(result) and result["level"] == "emergency", codes(result)


@pytest.mark.parametrize("text", ["indur marar bish kheyechhe, ghame bhije jacche", "bikh khaise, bomi korise"])
def test_poison_drunk_is_poisoning(triage, text):
    result = triage(text, age_years=22)
    assert "poisoning" in present(result) and result["level"] == "emergency", codes(result)


def test_medicine_taken_is_no_poisoning(triage):
    assert "poisoning" not in present(triage("jorer oshudh kheyechhi, ekhon bhalo", age_years=22))


def test_a_child_pulled_out_of_the_pond(triage):
    result = triage("chhele pukure dube gechhilo, tule anechi, kashche", age_years=3)
    assert result["level"] == "emergency", codes(result)


# --- a burning feeling is no burn ---

def test_burning_urine_is_dysuria_not_a_burn(triage):
    result = triage("prosrab korte jala kore 3 din", age_years=30)
    assert "dysuria" in present(result) and "burn" not in present(result)


def test_a_scald_from_rice_water_is_a_burn(triage):
    assert "burn" in present(triage("gorom bhater fen paye pore gechhe", age_years=30))


# --- durations in Bengali units ---

def test_a_knee_pain_of_years_is_chronic(triage):
    result = triage("3 bochor dhore hatu te byatha", age_years=62)
    assert "knee pain" in present(result)
    knee = next(s for s in result["symptoms"] if s["name"] == "knee pain")
    assert knee["duration"], knee


def test_a_childs_age_in_years_is_no_duration(triage):
    result = triage("3 bochorer meye, kal theke jor", age_years=3)
    fever = next(s for s in result["symptoms"] if s["name"] == "fever")
    assert "bochor" not in (fever["duration"] or ""), fever


def test_a_seizure_of_childhood_is_past(triage):
    result = triage("chhotobelay mrigi chhilo, ekhon matha ghore", age_years=20)
    assert "dizziness" in present(result)
    assert "convulsions" not in codes(result) and result["level"] != "emergency", codes(result)
