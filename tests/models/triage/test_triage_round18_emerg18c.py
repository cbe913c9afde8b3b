"""Round 18, the emergencies of poisons, despair, bites, burns and farm injuries told in Punjabi, Telugu and Hindi:
aluminium phosphide and rat poison eaten (an emergency even while the patient looks well: the liver fails days
later), a pesticide drunk or splashed in the eye, a bottle of sleeping tablets swallowed, a suicide plan told with
its means or its night, a snake's bite told in Punjabi, bleeding that does not stop, clothes caught fire at the
stove, and heat's confusion told in Telugu. Our own sentences, each beside a look-alike that must not fire."""

import pytest

from tests.models.triage.conftest import codes


def present(result: dict) -> set[str]:
    return {s["name"] for s in result["symptoms"] if not s["negated"]}


# --- a poison eaten or drunk, told verb-last in Punjabi and Telugu ---

@pytest.mark.parametrize("text, age", [
    ("munde ne celphos di ik goli kha layi", 24),
    ("putt ne quickphos kha leya khet wale kamre ch", 20),
    ("aunty ratol ki tube kha gayi ghar pe, abhi sab normal lag raha", 40),
    ("ammayi ratol konchem tinnadi ninna raatri", 17),
    ("thatha purugula mandu seesa lo nundi taagadu", 70),
])
def test_a_farm_or_rat_poison_eaten_is_a_poisoning_emergency(triage, text, age):
    result = triage(text, age_years=age, sex="female")
    assert result["level"] == "emergency", codes(result)
    assert "poisoning" in present(result), present(result)


def test_rat_poison_eaten_by_someone_who_looks_well_stays_an_emergency(triage):
    result = triage("beti ne ratol paste kha liya, ulti nahi, pet dard nahi, bilkul theek lag rahi", age_years=18,
                    sex="female")
    assert result["level"] == "emergency", codes(result)
    assert "poisoning" in codes(result), codes(result)


def test_a_medicine_taken_by_mouth_in_telugu_is_no_poisoning(triage):
    # "BP mandu" taken is a dose, not a pesticide: only "purugula mandu" is one
    result = triage("BP mandu roju taagutadu, tala tirugudu konchem", age_years=60, sex="male")
    assert "poisoning" not in present(result), present(result)


@pytest.mark.parametrize("text", [
    "nind ki goliyan kha li ek patta pura, ab hila rahe to jaagti nahi",
    "neend di goliyan kha layi saariyan",
])
def test_a_strip_of_sleeping_tablets_swallowed_is_an_overdose(triage, text):
    result = triage(text, age_years=30, sex="female")
    assert result["level"] == "emergency", codes(result)
    assert "poisoning" in present(result), present(result)


# --- a pesticide splashed into the eye ---

@pytest.mark.parametrize("text", [
    "spray karde hoye tanki di nali khul gayi te akh ch chhitte pai gaye, akh nahi khuldi",
    "keetnashak ke chheente seedhe aankh mein, jal rahi hai",
])
def test_a_farm_spray_splashed_into_the_eye_is_a_chemical_eye_injury(triage, text):
    result = triage(text, age_years=35, sex="male")
    assert result["level"] == "emergency", codes(result)
    assert "chemical_in_eye" in codes(result), codes(result)


def test_water_splashed_on_tired_eyes_is_no_chemical_injury(triage):
    result = triage("computer pe kaam karke aankh thak jaati, aankh mein thande paani ke chheente maarta hoon",
                    age_years=28, sex="male")
    assert "chemical_in_eye" not in codes(result), codes(result)


# --- a suicide plan: the means at hand, the night told, or the method named ---

def test_a_rope_got_ready_with_the_night_told_is_a_suicide_plan(triage):
    result = triage("mera beta kehta hai rassi la ke rakh li hai, aaj raat sab khatam kar dega", age_years=22,
                    sex="male")
    assert result["level"] == "emergency", codes(result)
    assert {"suicide_plan", "suicide_means"} & codes(result), codes(result)


def test_a_poison_named_as_the_way_to_end_it_all_is_a_suicide_plan(triage):
    result = triage("fasal maari gayi, karza chadh gaya, mann vich aaya sulphas kha ke sab khatam kar deyanga",
                    age_years=50, sex="male")
    assert result["level"] == "emergency", codes(result)
    assert "suicide_plan" in codes(result), codes(result)


def test_finishing_the_work_tonight_is_no_suicide_plan(triage):
    result = triage("dukaan ka hisaab baaki hai, aaj raat sab kaam khatam kar dega beta, thoda sir dard", age_years=45,
                    sex="male")
    assert not {"suicide_plan", "suicide_means", "suicide_risk"} & codes(result), codes(result)


# --- a snake's bite told in Punjabi ---

def test_a_snake_bite_told_in_punjabi_is_an_envenomation(triage):
    result = triage("khet ch sapp ne ladd leya gitte te, latt suj gayi", age_years=38, sex="male")
    assert result["level"] == "emergency", codes(result)
    assert "snake bite" in present(result), present(result)


# --- bleeding that does not stop, told in Punjabi ---

def test_bleeding_that_does_not_stop_told_in_punjabi_is_severe_bleeding(triage):
    result = triage("toke ch ungal kat gayi, kapda bann ke vi khoon nahi rukda", age_years=40, sex="male")
    assert result["level"] == "emergency", codes(result)
    assert "severe_bleeding" in codes(result), codes(result)


def test_a_graze_whose_bleeding_stopped_is_not_severe_bleeding(triage):
    result = triage("goda chhil gaya, thoda khoon aaya si, hun band ho gaya", age_years=12, sex="male")
    assert "severe_bleeding" not in codes(result), codes(result)


# --- clothes caught fire ---

@pytest.mark.parametrize("text", [
    "gas te chaa banaundi de dupatte nu agg lag gayi, pith te baahan sarh gaiyan",
    "stove pe khana banate waqt saree mein aag lag gayi, pet aur haath jal gaye",
])
def test_clothes_caught_fire_is_a_major_burn(triage, text):
    result = triage(text, age_years=29, sex="female")
    assert result["level"] == "emergency", codes(result)
    assert "major_burn" in codes(result), codes(result)


def test_a_small_scald_on_a_finger_is_no_major_burn(triage):
    result = triage("chai banate hue ungli thodi jal gayi, chhala nahi", age_years=29, sex="female")
    assert "major_burn" not in codes(result), codes(result)


# --- heat: a body burning and talk without sense, in Telugu ---

def test_a_body_burning_hot_with_talk_that_makes_no_sense_is_an_emergency(triage):
    result = triage("polam lo endalo pani chestu unnadu, ippudu olu nippula kaalutondi, ardham kaakunda "
                    "matladutunnadu", age_years=50, sex="male")
    assert result["level"] == "emergency", codes(result)
    assert "confusion" in present(result), present(result)
    assert "heat_stroke" in codes(result), codes(result)


def test_a_tired_worker_after_the_sun_who_talks_clearly_is_no_heat_stroke(triage):
    result = triage("dhoop mein kaam karke aaya, thoda sir dard aur thakaan, baat theek kar raha, paani pi raha",
                    age_years=40, sex="male")
    assert "heat_stroke" not in codes(result), codes(result)


def test_a_field_in_telugu_is_no_scorpion(triage):
    result = triage("chenu lo pani chesi vachadu, kaallu noppi", age_years=45, sex="male")
    assert not {"scorpion_sting", "scorpion_sting_danger"} & codes(result), codes(result)
