"""Round 13 (train10 part 01, a community health centre in rural Saurashtra and Kutch): Gujarati and Kutchi typed in
Latin letters and in the Gujarati script — fever as "tav", cough as "udharas", burning urine as "peshab ma baltra",
a pregnancy's month by its ordinal ("7mo mahino", "aathmo mahino"), the Gujarati knee ("ghutan", a choking in
Hindi), a stroke told as "mo vanku thai gayu", no answer when called, a krait's bite in the script, a plan to drink
poison, a bowlful of blood coughed up; "nathi" after the verb that denies; a fit of years ago with none since;
everyday words the corrector misread ("hato", was, as a hand; "ramto", playing, as blood; "fit nathi thata",
clothes that do not fit, as a fit). Our own sentences, not the train10 file's, each beside its harmless neighbour."""

import pytest

from tests.models.triage.conftest import codes, lexicon_found as present, negated as denied


# --- everyday Gujarati symptom words, and "nathi" after them ---

def test_fever_and_cough_told_in_gujarati_and_denied_with_nathi(triage):
    result = triage("be divas thi tav ane udharas, kafa aave che", age_years=30)
    assert {"fever", "cough"} <= present(result), present(result)
    calm = triage("shardi che, tav nathi, udharas nathi", age_years=30)
    assert {"fever", "cough"} <= denied(calm), denied(calm)


def test_burning_urine_is_dysuria_and_a_burning_chest_after_food_is_not(triage):
    result = triage("peshab ma baltra ane vaaramvaar javu pade, 2 divas thi", age_years=28, sex="female")
    assert {"dysuria", "frequent urination"} <= present(result), present(result)
    acid = triage("jamya pachhi chhati ma baltra ane khata odkar", age_years=35)
    assert "dysuria" not in present(acid) and "chest pain" not in present(acid)
    assert acid["level"] != "emergency", codes(acid)


def test_the_gujarati_script_is_read_as_gujarati_is_typed(triage):
    result = triage("બાળકને બે દિવસથી તાવ છે, ધાવતું નથી", age_years=0.4)
    assert "fever" in present(result) and "unable to drink" in present(result), present(result)
    assert result["level"] == "emergency", codes(result)
    well = triage("બાળક બરાબર ધાવે છે, તાવ નથી", age_years=0.4)
    assert "unable to drink" not in present(well) and "fever" in denied(well)


# --- a pregnancy's month said by its ordinal ---

def test_the_seventh_month_is_a_pregnancy(triage):
    result = triage("7mo mahino che, mathu sakht dukhe ane jhankhu dekhay", age_years=24, sex="female")
    assert result["level"] == "emergency", codes(result)
    months = triage("7 mahina thi mathu dukhe che", age_years=40, sex="male")
    assert months["level"] != "emergency", codes(months)


def test_the_eighth_month_in_the_script_is_a_pregnancy(triage):
    result = triage("આઠમો મહિનો છે, પગ અને મોઢું સૂજી ગયા, માથું દુખે", age_years=22, sex="female")
    assert "swelling" in present(result) and result["level"] == "emergency", codes(result)


# --- false friends ---

def test_the_gujarati_knee_is_no_choking(triage):
    result = triage("ghutan ma sojo ane dukhe, 3 varas thi", age_years=62)
    assert "knee pain" in present(result)
    assert "shortness of breath" not in present(result), present(result)
    hindi = triage("saans mein ghutan ho rahi hai", age_years=50)
    assert "shortness of breath" in present(hindi)


def test_everyday_words_are_not_blood_or_a_hand(triage):
    result = triage("dikro sheri ma ramto hato ne padi gayo, goda par chholaayu", age_years=7)
    assert {"fall", "wound"} <= present(result), present(result)
    assert "bleeding" not in present(result) and result["level"] != "emergency", codes(result)


def test_clothes_that_do_not_fit_are_no_fit(triage):
    result = triage("kapda fit nathi thata, 6 mahina ma vajan vadhyu", age_years=40, sex="female")
    assert "seizure" not in present(result) | denied(result), present(result)
    fit = triage("kale raate fit aavi, 3 minute", age_years=30)
    assert "seizure" in present(fit) and fit["level"] == "emergency"


def test_heavy_periods_are_not_a_haemorrhage(triage):
    result = triage("6 mahina thi mahina ma bahu lohi jaay, thak lage", age_years=38, sex="female")
    assert "fatigue" in present(result)
    assert result["level"] != "emergency", codes(result)


# --- a past episode told with "pehla", and nothing since ---

def test_a_fit_of_years_ago_with_none_since_is_past(triage):
    result = triage("4 varas pehla ek vaar khench aavi hati, tyarthi kai nathi, aaje shardi che", age_years=30)
    assert "convulsions" not in codes(result) and result["level"] != "emergency", codes(result)
    today = triage("aaje savare khench aavi, 3 minute, have ungh ungh kare", age_years=30)
    assert "seizure" in present(today) and today["level"] == "emergency"


# --- danger signs ---

def test_a_stroke_told_in_gujarati(triage):
    result = triage("kaka nu mo achanak vanku thai gayu ne bolvama lochaa vade che", age_years=66)
    assert {"facial droop", "slurred speech"} <= present(result), present(result)
    assert result["level"] == "emergency", codes(result)
    sore = triage("mo ma chhaala padya che, tikhu lage", age_years=30)
    assert sore["level"] != "emergency" and "facial droop" not in present(sore)


def test_no_answer_when_called_is_unconscious(triage):
    result = triage("dada ne bolaviye to javab nathi aapta, savar thi", age_years=80)
    assert "loss of consciousness" in present(result) and result["level"] == "emergency", codes(result)


def test_a_krait_bite_with_drooping_eyelids_in_the_script(triage):
    result = triage("રાતે કાળોતરો કરડ્યો, હવે આંખના પોપચાં ઢળી પડે છે", age_years=25)
    assert "snake bite" in present(result), present(result)
    assert result["level"] == "emergency" and "drooping_eyelids" in codes(result), codes(result)
    eye = triage("આંખ લાલ છે, પાણી પડે છે", age_years=25)
    assert "drooping_eyelids" not in codes(eye) and eye["level"] != "emergency", codes(eye)


def test_a_plan_to_drink_poison_is_suicidal(triage):
    result = triage("khetar ni dawa raakhi che, raate pi laish evu kahe che", age_years=40)
    assert "suicidal thoughts" in present(result) and result["level"] == "emergency", codes(result)
    taken = triage("tav ni dawa lidhi, have saru che", age_years=40)
    assert "suicidal thoughts" not in present(taken)


def test_a_bowlful_of_blood_coughed_up_is_an_emergency(triage):
    result = triage("udharas sathe vaati bhari ne lohi aavyu", age_years=45)
    assert {"cough", "coughing blood"} <= present(result), present(result)
    assert result["level"] == "emergency", codes(result)
    threads = triage("1 mahina thi udharas, kafa ma lohi na resa", age_years=45)
    assert "coughing blood" in present(threads) and threads["level"] != "emergency", codes(threads)


@pytest.mark.parametrize("text", ["dikri ne tav che ane gunchvai gai che, vaat barabar nathi karti",
                                  "baa aadu avdu bole che, kai samajatu nathi"])
def test_confusion_told_in_gujarati(triage, text):
    result = triage(text, age_years=70)
    assert "confusion" in present(result) and result["level"] == "emergency", codes(result)


def test_a_baby_who_will_not_feed_and_one_who_feeds(triage):
    result = triage("3 mahina nu baby kale thi dhavtu j nathi, dhilu padi gayu", age_years=0.25)
    assert "unable to drink" in present(result) and result["level"] == "emergency", codes(result)
    feeds = triage("3 mahina nu baby, naak bandh jevu, dhave che barabar, tav nathi", age_years=0.25)
    assert "unable to drink" not in present(feeds) and feeds["level"] != "emergency", codes(feeds)
