"""Round 14 (train11 part 03, a community health centre in the hills of Manipur, Nagaland, Mizoram and Meghalaya):
Meitei typed in Latin letters and written in the Bengali script, Nagamese, Mizo and Khasi — fever as "hakchang
shaba" and "khawsik", blood that comes out ("ee thokli", "thisen a tla"), unconsciousness ("sense leite", "a hre
lo"), fits ("fit lakle", "a kut leh ke a khur"), a snake's bite ("rul in a seh", "kamuri dise"), a bleeding that will
not stop ("khun ... rukhi nai"), a hanging, wild mushrooms, a stroke told in Meitei script; the denials of each
language ("hakchang shade", "khawsik a nei lo", "ym don fever", "kamuri nai"), a past told in Meitei ("chahi 5
mamangda"). Our own sentences, not the train11 file's; each test holds its fix and its harmless neighbour, and each
fails on 963d0ed."""

import pytest

from tests.models.triage.conftest import codes, lexicon_found as present, negated as denied


# --- Meitei in the Bengali script is read as Meitei, not as Hindi's nearest words ---

def test_meitei_script_fever_with_nonsense_talk_and_yellow_eyes(triage):
    # fever 4 days, today talking nonsense, does not know people, eyes yellow
    result = triage("হকচাং শাবা নুমিৎ মরি ওইরে, ঙসি মরম নাইদবা ৱা ঙাংলি, মী খঙদে, মিৎ ইয়েলো ওইরে", age_years=40)
    assert {"fever", "confusion", "jaundice"} <= present(result), present(result)
    assert result["level"] == "emergency", codes(result)
    # the neighbour: a headache with the fever denied
    calm = triage("হৌজিক কোক খরা নারি, হকচাং শাদে", age_years=40)
    assert "headache" in present(calm) and "fever" in denied(calm), present(calm)
    assert calm["level"] != "emergency"
    # a Bengali complaint has none of Meitei's everyday words: read as Bengali, as before
    bengali = triage("আমার জ্বর আর মাথা ব্যথা", age_years=30)
    assert {"fever", "headache"} <= present(bengali), present(bengali)


def test_meitei_script_unconscious_after_vomiting(triage):
    result = triage("ইমা ঙসি ভোমিট অহুম তৌরে, হৌজিক সেন্স লৈতে", age_years=60)
    assert "loss of consciousness" in present(result) and result["level"] == "emergency", codes(result)
    calm = triage("ইমা ঙসি কোক খরা নারি, ভোমিট তৌদে", age_years=60)
    assert "vomiting" in denied(calm) and calm["level"] != "emergency", codes(calm)


def test_meitei_script_one_side_weak_and_speech_unclear(triage):
    result = triage("ইপু ঙসি য়েৎথংবা খুৎ অমসুং খোং থাংগৎপা ঙম্দ্রে, ৱা ঙাংবা ময়েক শেংদে", age_years=70)
    assert "weakness" in present(result) and result["level"] == "emergency", codes(result)
    calm = triage("ইপু খোং নারি চহি অনি ওইরে", age_years=70)
    assert calm["level"] != "emergency"


# --- Meitei in Latin letters ---

def test_meitei_blood_coughed_up_by_the_cup(triage):
    result = triage("ngasi lokpada ee yamna thokli, thawai kanna lei", age_years=45)
    assert "coughing blood" in present(result) and result["level"] == "emergency", codes(result)
    calm = triage("lokpa khara leire, lokpada ee thokte, hakchang shade", age_years=45)
    assert "cough" in present(calm) and {"fever", "coughing blood"} <= denied(calm), denied(calm)
    assert calm["level"] != "emergency"


def test_meitei_child_pulled_out_of_a_pond(triage):
    result = triage("angang asi pukhri-da tarakhi, houjik lokli, thawai kanna lei", age_years=3)
    assert "drowning" in codes(result) or result["level"] == "emergency", codes(result)
    assert result["level"] == "emergency"


def test_meitei_nail_prick_then_locked_jaw(triage):
    result = triage("khongda nail chupkhiba numit taruk oire, houjik chinbal hangba yade", age_years=35)
    assert "tetanus_after_wound" in codes(result) and result["level"] == "emergency", codes(result)
    calm = triage("khongda nail chupkhiba ngarang, ee thokte", age_years=35)
    assert calm["level"] != "emergency"


def test_meitei_fit_years_ago_is_a_past(triage):
    result = triage("chahi 3 mamangda fit laklammi, houjik khong nari", age_years=30)
    assert "convulsions" not in codes(result) and result["level"] != "emergency", codes(result)
    today = triage("ngasi fit ani lakle, houjik tumli", age_years=30)
    assert "seizure" in present(today) and today["level"] == "emergency", codes(today)


# --- Nagamese ---

def test_nagamese_bleeding_that_will_not_stop(triage):
    result = triage("kuthar pora theng te kati dise, khun bisi olai ase, kapor bandhi dise bhi rukhi nai", age_years=30)
    assert "bleeding" in present(result) and result["level"] == "emergency", codes(result)
    calm = triage("haat te olop kati dise, khun olaise abhi bondo", age_years=30)
    assert "bleeding" in denied(calm) and calm["level"] != "emergency", codes(calm)


def test_nagamese_snake_bite_in_the_paddy(triage):
    result = triage("dhan kheti te sap kamuri dise, duta dat laga dag ase, theng bisi phuli jaise", age_years=40)
    assert "snake bite" in present(result) and result["level"] == "emergency", codes(result)
    calm = triage("kukur bacha haat chaati dise, kamuri nai", age_years=10)
    assert "dog bite" in denied(calm) and calm["level"] != "emergency", codes(calm)


def test_nagamese_fall_and_legs_that_will_not_move(triage):
    result = triage("gach pora giri dise, kamor te bisi bikha, duta theng hilabo napare", age_years=35)
    assert {"back pain", "weakness"} <= present(result) and result["level"] == "emergency", codes(result)
    calm = triage("kaam kori kena kamor bikha 2 mahina pora", age_years=35)
    assert "back pain" in present(calm) and calm["level"] != "emergency"


def test_nagamese_wild_mushroom_then_vomiting(triage):
    result = triage("jungle pora chatu anise khaise, abhi bisi ulti aru pet bisi bikha", age_years=30)
    assert "wild_mushroom_poisoning" in codes(result) and result["level"] == "emergency", codes(result)


# --- Mizo ---

def test_mizo_snake_bite_with_bleeding_gums(triage):
    result = triage("rul in a ke a seh, a ha hni atangin thisen a chhuak", age_years=40)
    assert "snake bite" in present(result) and result["level"] == "emergency", codes(result)
    calm = triage("rul ka hmu a, mahse min seh lo", age_years=40)
    assert "snake bite" in denied(calm) and calm["level"] != "emergency", codes(calm)


def test_mizo_child_fit_and_no_answer(triage):
    result = triage("ka fapa khawsik nasa, tunah a kut leh ke a khur a, kan ko pawhin a chhang lo", age_years=2)
    assert {"seizure", "loss of consciousness"} <= present(result) and result["level"] == "emergency", codes(result)
    calm = triage("ka fapa a hnar tui a luang a, khawsik a nei lo", age_years=2)
    assert "fever" in denied(calm) and calm["level"] != "emergency", codes(calm)


def test_mizo_baby_breathing_fast_with_indrawing(triage):
    result = triage("ka naupang a thawk a chak lutuk, a awm a lut lut", age_years=0.3)
    assert result["level"] == "emergency", codes(result)


def test_mizo_hanging_and_a_plan(triage):
    result = triage("a pindan-ah a inkhai a, a hre lo", age_years=20)
    assert result["level"] == "emergency", codes(result)
    plan = triage("vawiin zan ka inthat dawn", age_years=20)
    assert "suicidal thoughts" in present(plan) and plan["level"] == "emergency", codes(plan)


def test_mizo_chest_heavy_and_sweating(triage):
    result = triage("ka pa kum 60, a awm a rit a, a thlan a chhuak nasa, a luak duh", age_years=60)
    assert "chest pain" in present(result) and result["level"] == "emergency", codes(result)
    calm = triage("ka lung a na, zanah ka mu thei lo, ka awm erawh a na lo", age_years=40)
    assert "chest pain" in denied(calm) and calm["level"] != "emergency", codes(calm)


# --- Khasi ---

def test_khasi_denial_before_the_word(triage):
    result = triage("nga don sore throat, ym don fever", age_years=30)
    assert "fever" in denied(result), denied(result)


def test_khasi_child_drowsy_with_stiff_neck(triage):
    result = triage("u khynnah u don fever, ka khlieh ka pang jur, neck stiff bad u sngewthiah", age_years=6)
    assert {"fever", "headache", "lethargy"} <= present(result) and result["level"] == "emergency", codes(result)
    calm = triage("ka khlieh ka pang khyndiat, ym don fever", age_years=30)
    assert "headache" in present(calm) and "fever" in denied(calm) and calm["level"] != "emergency"
