"""Round 16, mimics: pictures whose words read like a red flag but that name a milder condition (a fit that is over,
a stroke's sign gone, shingles, a burnt palm, heat exhaustion, panic, sleep apnoea, a breath-holding spell, a
breathlessness only on the stairs, heavy periods every month, a carpal tunnel), words misread as a red flag (a
delusion of poison, a deaf man who does not answer, the smoke of a field, "saans me dikkat nahi"), and a clinic's
visits told in a few words. Our own sentences, each beside the same picture with a red flag, which stays high."""

import pytest

from tests.models.triage.conftest import codes, lexicon_found, negated

EMERGENCY_OR_URGENT = ("emergency", "urgent")


def level(triage, text, age, sex="male", **kw):
    return triage(text, age_years=age, sex=sex, **kw)["level"]


# --- a fit that is over ---

FITS_OVER = (
    ("2 saal ka beta, tez bukhar me ek baar jhatke aaye 1 minute, ab doodh pee raha aur khel raha", 2),
    ("My 17 year old son had a fit at the bus stop this morning, about a minute, the first ever. Now completely "
     "normal and chatting with us", 17),
    ("Known epileptic, ran out of his tablets last week, one seizure at work today for a minute, now back to normal "
     "and talking", 24),
)
FITS_NOT_OVER = (
    ("2 saal ka beta, tez bukhar me ek baar jhatke aaye 1 minute, ab bahut sust hai", 2),  # drowsy after it
    ("2 saal ka beta, bukhar me 3 baar jhatke aaye, ab khel raha", 2),  # more than one fit
    ("4 mahine ka baccha, bukhar me jhatke aaye, ab doodh pee raha", 0.33),  # a young infant
    ("3 saal ki beti ko bukhar me jhatke aa rahe hain abhi", 3),  # still fitting
    ("jhatke aaye 10 minute tak, ab khel raha", 6),  # a long fit
    ("17 year old had a fit at the bus stop, hit his head on the kerb, now normal and chatting", 17),  # a knock
    ("12 year old, fever and a stiff neck, had one fit, now talking", 12),  # a meningitis sign
    ("20 year old had a fit, now talking, she is 8 months pregnant", 20),  # eclampsia
)


@pytest.mark.parametrize("text, age", FITS_OVER)
def test_one_short_fit_that_is_over_in_a_patient_well_again_is_seen_today(triage, text, age):
    result = triage(text, age_years=age, sex="male")
    assert result["level"] == "urgent", (text, codes(result))
    assert "fit_over" in codes(result) and "convulsions" not in codes(result), codes(result)
    # a danger told beside a fit keeps it an emergency
    for danger, danger_age in FITS_NOT_OVER:
        sex = "female" if "pregnant" in danger else "male"
        assert level(triage, danger, danger_age, sex) == "emergency", danger


# --- a stroke's sign that went away ---

def test_a_weakness_and_slurred_words_gone_within_minutes_are_a_tia_seen_today(triage):
    text = ("Yesterday evening my father's left arm went weak and his words came out slurred for ten minutes, then it "
            "became normal. Now he is fine.")
    result = triage(text, age_years=72, sex="male")
    assert result["level"] == "urgent", codes(result)
    assert "transient_ischaemic_attack" in codes(result) and "stroke_signs" not in codes(result), codes(result)
    for still in ("Yesterday evening my father's left arm went weak and his words came out slurred for ten minutes, "
                  "then it became normal. Now again the arm is weak.",
                  "My father's left arm went weak and his words are slurred since he woke up",
                  "His left arm went weak for ten minutes, then it became normal, but he had a fit and is vomiting"):
        assert level(triage, still, 72) == "emergency", still


# --- shingles, not the heart ---

def test_a_burning_band_round_one_side_with_blisters_in_a_line_is_shingles(triage):
    text = "Burning pain on the left side of the chest going round to the back for 2 days, now small blisters in a line"
    result = triage(text, age_years=67, sex="female")
    assert result["level"] == "urgent", codes(result)
    assert "shingles" in codes(result) and "cardiac_chest_pain" not in codes(result), codes(result)
    assert level(triage, text + ", sweating and breathless", 67, "female") == "emergency"
    assert level(triage, "burning pain in the left chest going to the back since this morning", 67) == "emergency"


# --- a burnt palm ---

@pytest.mark.parametrize("text", ["held a hot iron pan, both palms have big blisters, very painful",
                                  "garam tawa pe haath rakh diya, poori hatheli pe bade chhale"])
def test_a_burn_of_the_palms_is_dressed_today_not_an_emergency(triage, text):
    result = triage(text, age_years=30, sex="female")
    assert result["level"] == "urgent", codes(result)
    assert "burn" in codes(result) and "major_burn" not in codes(result), codes(result)
    # a burn of the face, or of both legs, stays major
    for major in ("hot oil on her face, big blisters", "boiling water on both legs, big blisters"):
        assert level(triage, major, 30, "female") == "emergency", major


# --- heat exhaustion ---

def test_dizziness_and_vomiting_after_work_in_the_sun_talking_clearly_is_heat_exhaustion(triage):
    text = ("dopahar me dhoop me khet me kaam kar raha tha, achanak chakkar aaya, sir dard aur 2 ulti, paseena bahut. "
            "behosh nahi hua, baat saaf kar raha, paani pee raha")
    result = triage(text, age_years=42, sex="male")
    assert result["level"] == "urgent", codes(result)
    assert "heat_exhaustion" in codes(result) and "stroke_signs" not in codes(result), codes(result)
    confused = ("dopahar me dhoop me khet me kaam kar raha tha, achanak chakkar aaya, sir dard aur 2 ulti, ab ulta "
                "seedha bol raha, pehchan nahi raha")
    assert level(triage, confused, 42) == "emergency"


# --- panic attacks ---

def test_attacks_that_settle_by_themselves_in_a_young_adult_afraid_of_dying_are_panic(triage):
    text = ("Attacks for 2 months: her heart suddenly races, she breathes fast and her hands tingle, feels like she is "
            "dying. It settles by itself in 10 minutes. ECG was normal last month.")
    result = triage(text, age_years=23, sex="female")
    assert result["level"] == "routine", codes(result)
    assert "panic_attack" in codes(result), codes(result)
    assert level(triage, text + " Today also chest pain and she fainted.", 23, "female") == "emergency"
    assert "panic_attack" not in codes(triage(text, age_years=56, sex="female"))  # from 40, the heart's first


# --- sleep apnoea, a breath-holding spell ---

def test_a_snorer_whose_breath_pauses_at_night_and_who_dozes_at_the_wheel_has_sleep_apnoea(triage):
    text = "He snores very loudly and stops breathing for a few seconds at night, and nods off while driving"
    result = triage(text, age_years=48, sex="male")
    assert result["level"] == "routine", codes(result)
    assert "sleep_apnoea" in codes(result) and "loss of consciousness" not in lexicon_found(result), codes(result)
    assert level(triage, "2 month baby stops breathing at night for a few seconds", 0.17) == "emergency"


def test_a_child_who_snores_and_dozes_in_class_is_seen_in_turn(triage):
    text = "9 yr old snores loudly every night, mouth open, and the teacher says he is sleepy in the first period"
    assert triage(text, age_years=9, sex="male")["level"] == "routine"


def test_a_breath_holding_spell_that_ends_limp_for_seconds_is_routine(triage):
    text = ("20 month old girl, when she cries hard she holds her breath, goes blue and limp for a few seconds, then "
            "cries and is normal again")
    result = triage(text, age_years=1.7, sex="female")
    assert result["level"] == "routine", codes(result)
    assert "breath_holding_spell" in codes(result), codes(result)
    floppy = "20 month old girl, when she cries hard she holds her breath, goes blue and limp, still floppy, not waking"
    assert level(triage, floppy, 1.7, "female") == "emergency"


# --- the breath short on effort only ---

def test_breathless_on_the_stairs_for_years_with_a_smokers_cough_is_seen_in_turn(triage):
    text = "bidi peete 35 saal se, 2 saal se seedhi chadhne pe saans phool jaati, subah balgam wali khansi, aaram se theek"
    result = triage(text, age_years=63, sex="male")
    assert result["level"] == "routine", codes(result)
    assert "effort_breathlessness" in codes(result), codes(result)
    assert level(triage, text + ", pair bhi sooj gaye", 63) in EMERGENCY_OR_URGENT  # swollen legs: the heart's
    assert level(triage, "2 din se baithe baithe bhi saans phool rahi, bol nahi pa raha", 63) == "emergency"


def test_a_pregnancy_with_a_haemoglobin_of_9_breathless_on_the_stairs_is_moderate_anaemia(triage):
    text = "6 mahine ki pregnant, thakan rehti, seedhi chadhne pe saans phoolti, hb 9 aaya"
    result = triage(text, age_years=24, sex="female")
    assert result["level"] == "routine", codes(result)
    assert "pregnancy_anaemia" in codes(result), codes(result)
    for worse in ("6 mahine ki pregnant, thakan rehti, seedhi chadhne pe saans phoolti, hb 5 aaya",
                  "6 mahine ki pregnant, hb 9 aaya, aaj baithe baithe saans phool rahi"):
        assert level(triage, worse, 24, "female") == "emergency", worse


def test_a_childs_breathlessness_and_pounding_heart_on_the_stairs_is_seen_today_not_an_emergency(triage):
    text = "10 yr girl eats mud, very pale, breathless climbing the stairs to class and her heart pounds, for months"
    assert level(triage, text, 10, "female") == "urgent"


# --- periods heavy every month ---

def test_periods_heavy_every_month_with_no_faintness_are_seen_in_turn(triage):
    text = "har mahine periods me bahut khoon, 9 din chalta, kamzori rehti"
    result = triage(text, age_years=16, sex="female")
    assert result["level"] == "routine", codes(result)
    assert "heavy_periods" in codes(result), codes(result)
    assert level(triage, text + ", aaj chakkar aaya aur behosh ho gayi", 16, "female") == "emergency"


# --- a carpal tunnel ---

def test_fingers_numb_at_night_better_for_shaking_the_hand_is_a_carpal_tunnel(triage):
    text = "silai karti hoon, raat ko ungliyan sunn ho jaati hain, haath jhatko to theek"
    result = triage(text, age_years=42, sex="female")
    assert result["level"] == "routine", codes(result)
    assert "carpal_tunnel" in codes(result) and "seizure" not in lexicon_found(result), codes(result)
    stroke = "achanak ek taraf ka haath sunn aur kamzor, muh tedha ho gaya"
    assert level(triage, stroke, 62, "female") == "emergency"


# --- words misread as a red flag ---

def test_a_belief_that_the_food_is_poisoned_is_psychosis_not_a_poisoning(triage):
    text = "4 din se so nahi raha, akele baatein karta hai, khana nahi khata, kehta hai khane me zeher milaya hai"
    result = triage(text, age_years=30, sex="male")
    assert result["level"] == "urgent", codes(result)
    assert "psychotic_symptoms" in codes(result) and "poisoning" not in lexicon_found(result), codes(result)
    assert level(triage, "usne chuha maar dawai kha li, ulti kar raha", 30) == "emergency"


def test_a_deaf_grandfather_who_does_not_answer_is_no_coma(triage):
    text = "Grandfather doesn't answer when we call, his hearing has gone down over the years, keeps the TV loud"
    result = triage(text, age_years=74, sex="male")
    assert result["level"] != "emergency", codes(result)
    assert "hearing loss" in lexicon_found(result) and "loss of consciousness" not in lexicon_found(result)
    assert level(triage, "Grandfather doesn't answer and won't wake up since morning", 74) == "emergency"


def test_the_smoke_of_burning_stubble_is_no_burn(triage):
    result = triage("cough at night for months, worse when they burn stubble in the fields", age_years=10)
    assert "burn" not in lexicon_found(result), codes(result)
    assert result["level"] != "urgent" or "burn" not in codes(result)


@pytest.mark.parametrize("text, denied", [
    ("4 saal ke bachhe ne naak me moti daal liya, saans me dikkat nahi", "shortness of breath"),
    ("seedhi se gira, pasli pe chot, gehri saans lene pe dard, saans phool nahi rai", "shortness of breath"),
    ("latrine me khoon, wazan nahi gira", "weight loss"),
])
def test_a_breath_or_a_weight_told_with_its_own_nahi_is_denied(triage, text, denied):
    result = triage(text, age_years=4 if "bachhe" in text else 38, sex="male")
    assert denied in negated(result), (text, result["symptoms"])
    assert result["level"] != "emergency", codes(result)
    assert "fall" not in lexicon_found(triage("latrine me khoon, wazan nahi gira", age_years=38, sex="male"))
    # a bead in the nose with the breath troubled stays an emergency
    assert level(triage, "4 saal ke bachhe ne naak me moti daal liya, saans me dikkat hai", 4) == "emergency"


def test_breaths_counted_in_hindi_are_a_rate_and_a_child_told_well_is_imci_pneumonia(triage):
    text = "2 saal, khansi bukhar, saans gini to 52 ek minute me, pasli nahi dhans rai, doodh pee rao"
    result = triage(text, age_years=2, sex="male")
    assert result["level"] == "urgent", codes(result)
    assert "child_pneumonia" in codes(result), codes(result)
    drawn = "2 saal, khansi bukhar, saans gini to 52 ek minute me, pasli dhans rahi"
    assert level(triage, drawn, 2) == "emergency"


def test_red_blood_that_drips_with_hard_stools_for_months_is_an_outlet_bleed(triage):
    result = triage("latrine ke baad laal khoon tapakta hai 3 mahine se, kabz rehti", age_years=35, sex="male")
    assert result["level"] == "routine", codes(result)
    assert "outlet_bleeding" in codes(result), codes(result)
    assert level(triage, "latrine ke baad laal khoon tapakta hai, chakkar aa raha", 35) == "emergency"


def test_a_snake_that_came_out_near_the_hut_and_did_not_bite_is_watched_not_an_emergency(triage):
    result = triage("saanp nikla jhopdi ke paas, kaata nahi, bas dar gaye", age_years=30, sex="female")
    assert result["level"] == "urgent" and "snake_nearby" in codes(result), codes(result)
    assert level(triage, "saanp nikla khet me, pair me kaata, sujan badh rahi", 30, "female") == "emergency"


# --- a clinic's visit in a few words ---

@pytest.mark.parametrize("text, age, sex, rule", [
    ("raat ko 3-4 baar peshab, dhaar patli", 68, "male", "prostate_symptoms"),
    ("shaadi ko 5 saal, godi nahi bhari", 27, "female", "infertility"),
    ("delivery ko 2 mahine hue, aage bachcha abhi nahi chahiye", 25, "female", "family_planning"),
    ("bete ki potty me keede dikhe", 6, "male", "worms"),
    ("beti ki aankh tedhi hai", 4, "female", "squint"),
    ("maa ke ghutne dukhte hain, subah akdan", 64, "female", "stiff_joints"),
])
def test_a_clinics_visit_told_in_a_few_words_is_routine(triage, text, age, sex, rule):
    result = triage(text, age_years=age, sex=sex)
    assert result["level"] == "routine", (text, codes(result))
    assert rule in codes(result), (text, codes(result))
    # with a danger beside it, not routine
    assert level(triage, "dhaar patli thi, ab 12 ghante se peshab bilkul nahi utra, pet phool gaya", 68) \
        in EMERGENCY_OR_URGENT
    assert level(triage, "beti ki aankh achanak tedhi ho gayi, do do dikh raha, sir dard", 8, "female") \
        in EMERGENCY_OR_URGENT


def test_the_new_rules_have_their_texts(triage):
    from tests.models.triage.conftest import assert_rule_has_texts

    for code in ("fit_over", "transient_ischaemic_attack", "heat_exhaustion", "panic_attack", "effort_breathlessness",
                 "pregnancy_anaemia", "heavy_periods", "carpal_tunnel", "prostate_symptoms", "infertility",
                 "family_planning", "worms", "squint", "stiff_joints"):
        assert_rule_has_texts(code)
