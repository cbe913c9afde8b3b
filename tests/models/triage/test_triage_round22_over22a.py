"""Round 22, over-triage in Purnia's and Katihar's Bhojpuri, Maithili and Surjapuri: Bhojpuri's "naikhe" (not) and
Maithili's "kono" (any) in a denial, everyday words the corrector had turned into symptoms ("daur", running, into a
fit; "ghaaw", a wound, into sweat), a fit told years or a month ago, a dog's bite and a fish bone told with the
Bihari past, and the well child's, the well newborn's and the family's words (a bump on the head, a breath-holding
spell, pseudo-menses, breast buds, posseting, a bus's sickness, a fear named). Our own sentences; each narrowing has
a guard that the danger picture beside it stays high."""

import pytest

from tests.models.triage.conftest import codes
from tests.models.triage.conftest import told as result
from tests.models.triage.conftest import told_denied as denied
from tests.models.triage.conftest import told_level as level
from tests.models.triage.conftest import told_present as present

HIGH = ("urgent", "emergency")


# --- Bhojpuri "naikhe" and Maithili "kono" deny what they follow ---
def test_naikhe_denies_the_fever_and_the_blood(triage):
    text = "teen din se dast, bukhar naikhe, khoon naikhe"
    assert {"fever", "blood in stool"} <= denied(triage, text, 28, "male")
    assert level(triage, text, 28, "male") not in HIGH


def test_guard_a_fever_told_beside_a_denied_blood_stays(triage):
    assert "fever" in present(triage, "dast teen din se, bukhar ba, khoon naikhe", 28, "male")


def test_kono_dikkat_nai_denies_the_breath(triage):
    assert "shortness of breath" in denied(triage, "bichhi kaatlak gor par, saans mein kono dikkat nai", 30, "male")


def test_guard_a_breath_in_trouble_stays_an_emergency(triage):
    assert level(triage, "saans mein dikkat chhai, kaali sa", 30, "male") == "emergency"


# --- everyday words the corrector had read as symptoms ---
def test_running_about_is_no_fit(triage):
    res = result(triage, "beta khelat khelat gir gail, ghutna chhil gail, ab daur raha ba", 8, "male")
    assert "seizure" not in {s["name"] for s in res["symptoms"] if not s["negated"]} and res["level"] not in HIGH


def test_guard_a_fit_told_daura_stays_an_emergency(triage):
    assert level(triage, "beta ke mirgi ke daura aail, haath gor ainthait ba", 8, "male") == "emergency"


def test_ghaaw_is_a_wound_not_sweat(triage):
    found = present(triage, "haath mein ghaaw, khoon band bha gel", 30, "male")
    assert "wound" in found and "sweating" not in found


# --- a fit of years ago, of last month, a doctor's name for it ---
def test_a_fit_six_years_ago_is_history(triage):
    res = result(triage, "chhav saal pahile mirgi aail rahe, tab se kabhi na aail, dawai band ba", 12, "female")
    assert res["level"] in ("self_care", "routine") and "convulsions" not in res["red_flags"]


def test_a_febrile_fit_last_month_in_a_child_well_now_is_no_emergency(triage):
    text = "pichhla mahina bukhar me ek beer jhatka aayal rahai, aab theek chhai, khelait chhai"
    assert level(triage, text, 2, "female") in ("self_care", "routine")


def test_the_doctors_name_for_a_fit_over_is_no_fit(triage):
    assert level(triage, "doctor kahlak bukhar wala jhatka. aab theek chhai, khelait chhai", 2, "female") != "emergency"


@pytest.mark.parametrize("text", [
    "aaj subah mirgi aail, abhi bhi behosh ba",
    "aai bhor sa bukhar, aa ek beer jhatka aayal",
    "bachcha ke aaj bukhar wala jhatka aail",
])
def test_guard_a_fit_of_today_stays_an_emergency(triage, text):
    assert level(triage, text, 2, "female") == "emergency"


# --- a dog's bite and a fish bone in the Bihari past ---
def test_kukur_kaatlak_is_a_dog_bite_seen_today(triage):
    res = result(triage, "kukur kaatlak gor mein, khoon aayal", 30, "male")
    assert "dog_bite" in codes(res) and res["level"] == "urgent"


def test_a_fish_bone_caught_in_the_throat_is_the_ent_today(triage):
    res = result(triage, "machhli ke kaanta gala me atak gail, ghotai me dard", 35, "female")
    assert "foreign_body" in codes(res) and res["level"] == "urgent"


def test_guard_a_fish_bone_with_the_breath_in_trouble_is_an_emergency(triage):
    assert level(triage, "kaanta gala me atak gail, saans phulait chhai", 35, "female") == "emergency"


# --- a well child's bump on the head (NICE NG232) ---
def test_a_maithili_head_bump_in_a_child_playing_after_it_is_home_care(triage):
    text = "beti palang sa khasi parlai, maatha par goomra, turant kanlai, aab khel rahal chhai, ulti nai, behosh nai"
    res = result(triage, text, 3, "female")
    assert "minor_knock" in codes(res) and "cough" not in present(triage, text, 3, "female")


def test_guard_a_head_bump_with_a_faint_and_vomiting_is_an_emergency(triage):
    text = "beti palang sa khasi parlai, maatha par goomra, behosh bha gel, du beer ulti"
    assert level(triage, text, 3, "female") == "emergency"


# --- a breath-holding spell, and the family's fear of a fit ---
def test_a_surjapuri_breath_holding_spell_is_routine(triage):
    text = "chhaowa kaandte kaandte dom aatke gelo, thot ektu nil hoye gelo, tarpor nije thik"
    res = result(triage, text, 2, "male")
    assert res["level"] == "routine" and "breath_holding_spell" in codes(res)


def test_guard_the_same_spell_in_a_baby_of_four_months_stays_an_emergency(triage):
    text = "chhaowa kaandte kaandte dom aatke gelo, thot ektu nil hoye gelo, tarpor nije thik"
    assert level(triage, text, 0.3, "male") == "emergency"


def test_a_mothers_fear_of_epilepsy_is_no_fit(triage):
    assert "seizure" not in present(triage, "chhaowa bhalo khelche, kono osukh nai, maa bhoy paichhe mirgi", 3,
                                     "male")


def test_guard_a_fit_told_beside_its_name_stays_an_emergency(triage):
    assert level(triage, "chhaowa er haat paa khichche, mirgi", 3, "male") == "emergency"


def test_guard_chest_pain_with_sweat_feared_a_heart_attack_stays_an_emergency(triage):
    assert level(triage, "buke khub byatha, ghaam hocche, bou bhoy paichhe heart attack", 50, "male") == "emergency"


# --- a strained chest that hurts where pressed, young and denying the danger features ---
def test_a_young_mans_strained_chest_that_presses_out_is_routine(triage):
    text = "bora tulte giye buke tan legeche, chaap dile byatha kore, haaphani nai, ghaam nai"
    assert level(triage, text, 30, "male") == "routine"


def test_guard_the_same_chest_at_58_stays_an_emergency(triage):
    text = "bora tulte giye buke tan legeche, chaap dile byatha kore, haaphani nai, ghaam nai"
    assert level(triage, text, 58, "male") == "emergency"


# --- a well newborn's ways (IMNCI home care) ---
def test_a_newborn_girls_spot_of_blood_feeding_well_is_home_care(triage):
    assert level(triage, "char din er meye, langote ektu rokter daag, dudh bhalo khachhe", 0.011, "female") \
        == "self_care"


@pytest.mark.parametrize("text", [
    "char din er meye, bhalo dudh khachhe na",
    "char din er meye, langote ektu rokter daag, dudh bhalo khachhe na, jor",
])
def test_guard_a_newborn_not_feeding_well_stays_an_emergency(triage, text):
    assert level(triage, text, 0.011, "female") == "emergency"


def test_a_newborns_breast_buds_told_with_the_babys_word_are_home_care(triage):
    text = "chhe din ke nena, nena ke chhati phulal chhai, dudh neek pibait, jvar nai"
    assert level(triage, text, 0.016, "male") == "self_care"


def test_guard_a_grown_ups_swollen_chest_is_never_routine(triage):
    assert level(triage, "chhati phulal chhai", 50, "male") in HIGH


def test_a_thriving_babys_posset_named_vomiting_by_the_granny_is_home_care(triage):
    text = "dudh khaoar pore ektu dudh tule dey, wajan bhalo baarche, daadi bole ulti rog"
    assert level(triage, text, 0.2, "male") == "self_care"


@pytest.mark.parametrize("text", [
    "dudh khaoar pore ektu dudh tule dey, wajan bhalo baarche na",
    "dudh khaoar pore ektu dudh tule dey, wajan bhalo baarche, aaj gaa gorom, jor",
])
def test_guard_a_posset_with_no_weight_gained_or_a_fever_is_seen(triage, text):
    assert level(triage, text, 0.2, "male") != "self_care"


# --- a bus's sickness, well once off it ---
def test_giddiness_and_retching_on_the_bus_well_off_it_is_home_care(triage):
    text = "bus e uthlei matha ghure aar bomi laage, namle thik hoye jaay"
    res = result(triage, text, 20, "female")
    assert res["level"] == "self_care" and not res["red_flags"]


def test_guard_giddiness_vomiting_and_weak_limbs_stay_an_emergency(triage):
    assert level(triage, "matha ghure aar bomi kaal theke, haat paa durbol", 20, "female") == "emergency"


# --- a stroke's weakness left from years ago, nothing new ---
def test_a_stroke_years_ago_with_the_hand_still_weak_and_nothing_new_is_routine(triage):
    text = "do saal pahile lakwa bhail rahe, baayan haath ab bhi kamjor ba, naya kuchhu naikhe, dawai khatir aail baani"
    assert level(triage, text, 62, "female") == "routine"


def test_guard_a_new_weakness_after_an_old_stroke_stays_an_emergency(triage):
    assert level(triage, "teen saal pahile lakwa maarle rahe, aaj subah sa daahina haath kamjor ba", 65, "male") \
        == "emergency"


# --- a groin bulge that goes back lying down; periods that come when they will ---
def test_a_bulge_that_goes_back_on_lying_down_is_the_surgeons_in_turn(triage):
    res = result(triage, "khansne par jaangh ke paas ubhar aata hai, letne pe andar chala jaata, dard nahi", 50, "male")
    assert res["level"] == "routine" and "groin_hernia" in codes(res)


def test_guard_a_bulge_that_stays_out_with_pain_and_vomiting_is_seen_today(triage):
    assert level(triage, "jaangh ke jod pe ubhaar, letne pe andar nahi ja raha, bahut dard, ulti", 50, "male") in HIGH


def test_periods_sometimes_after_two_months_sometimes_after_a_fortnight_are_irregular(triage):
    res = result(triage, "mahwari kahiyo do mahina par, kahiyo pandrah din par aabait chhai", 16, "female")
    assert "irregular periods" in present(triage, "mahwari kahiyo do mahina par, kahiyo pandrah din par aabait chhai",
                                          16, "female") and res["level"] == "routine"


# --- the skin dried in winter ---
def test_winter_dry_skin_that_itches_is_home_care(triage):
    assert level(triage, "thand mein haath ke chamdi sukhal chhai, khujli hoit chhai", 55, "female") == "self_care"


def test_guard_dry_skin_with_a_rash_and_fever_is_seen_today(triage):
    assert level(triage, "jaada mein chamdi sukhal, khujli, aa pura deh par laal daana aa jvar", 40, "male") in HIGH
