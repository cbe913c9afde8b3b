"""Round 12, Kerala: Malayalam in Manglish and in its own script (script_deccan.py reads its ta "th", zha "zh", nya
"nj", nga "ng" as Manglish types them), its words for symptoms and danger signs (signs_malayalam.py), its "illa" and
"onnumilla", and its past ("1 varsham munpu"). Our own sentences, each with a neighbour that must not change."""

import pytest

from models.triage.script_deccan import to_latin

from tests.models.triage.conftest import negated, present


@pytest.mark.parametrize("word, latin", [
    ("കഴുത്ത്", "kazhuthu"), ("കുഞ്ഞ്", "kunju"), ("തുടങ്ങി", "thudangi"), ("ഉണ്ട്", "undu"), ("മുതൽ", "muthal"),
    ("നെഞ്ച്", "nenchu"), ("പത്ത്", "pathu"),
    ("ಕಚ್ಚಿದೆ", "kachchide"), ("தலை", "thalai"),  # Kannada and Tamil as before
])
def test_malayalam_letters_read_as_manglish_types_them(word, latin):
    assert to_latin(word) == latin


@pytest.mark.parametrize("text, symptom", [
    ("randu divasamayi vayaru vedana, chardiyum undu", "abdominal pain"),
    ("innale muthal shwasam muttal, chuma", "shortness of breath"),
    ("വൈകിട്ട് മുതൽ നെഞ്ചു വേദന", "chest pain"),
    ("raavile thala karakkam, ksheenam", "dizziness"),
    ("3 divasamaayi pani, thalavedana", "fever"),
])
def test_malayalam_wordings_are_read(triage, text, symptom):
    assert symptom in present(triage(text, age_years=40))


def test_pani_as_work_is_no_fever(triage):
    assert "fever" not in present(triage("computer pani aanu, kaikkuzha vedana", age_years=30))
    assert "fever" in present(triage("kaikkuzha vedana, pani undu", age_years=30))


def test_illa_and_onnumilla_deny(triage):
    result = triage("cheriya chuma, pani illa, shwasam muttal onnumilla", age_years=30)
    assert {"fever", "shortness of breath"} <= negated(result)
    assert "cough" in present(result)


def test_a_snake_and_an_unconscious_patient_are_emergencies(triage):
    assert triage("paambu kadichu, kaal neeru vechu", age_years=30)["level"] == "emergency"
    assert triage("thenginte mukalil ninnu veenu, bodham illa", age_years=40)["level"] == "emergency"
    assert triage("kaal thenni veenu, cheriya murivu", age_years=30)["level"] != "emergency"


def test_a_fit_a_year_ago_is_history(triage):
    assert "seizure" not in present(triage("last fits 1 varsham munpu, gulika refill venam",
                                           age_years=30))
    assert "seizure" in present(triage("ippo fits vannu, 10 minute aayi", age_years=30))


def test_bleeding_that_will_not_stop_is_heavy(triage):
    assert triage("kai murinju, chora nilkkunnilla", age_years=30)["level"] == "emergency"
    assert triage("kai murinju, chora ninnu", age_years=30)["level"] != "emergency"
