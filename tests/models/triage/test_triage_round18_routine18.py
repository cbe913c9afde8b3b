"""Round 18, routine and urgent: long-standing complaints told in Malwa Punjabi, Telugu, Marathi and Hindi that were
not understood (and so sent to "see today"), chronic pictures a rule read as acute (a face puffy for weeks, an ache
after reading, a fever of weeks in a TB picture, itching with a discharge in pregnancy, swelling with a normal BP
told), and the same-day pictures that were read as routine (a limb bent after a fall, a coin swallowed, a rash on
new TB drugs, a wish to be dead, a heroin habit being given up, a sugar of 400 told with its check). Our own
sentences, each with a guard: the same picture with a red flag stays high."""

import pytest

from tests.models.triage.conftest import codes

HIGH = ("urgent", "emergency")


def run(triage, text, age, sex="female", **kw):
    return triage(text, age_years=age, sex=sex, **kw)


def present(result):
    return {s["name"] for s in result["symptoms"] if not s["negated"]}


# --- wordings of long-standing complaints, now understood and seen in turn ---
ROUTINE_WORDINGS = (
    ("dono gode dukhde ne, do saal ton, tur ke hor vadh janda", 62, "female", "knee pain"),
    ("ik mahine ton paakhana sakht aunda, zor launa painda", 35, "male", "constipation"),
    ("chaar mahine ton ji ni lagda, kamm ch mann ni", 40, "female", "low mood"),
    ("mahine ton neend ni aundi, raat bhar jaagdi", 55, "female", "insomnia"),
    ("rendu nelala nundi pallu noppi, challani neellu taagite ekkuva", 30, "male", "toothache"),
    ("3 nelala nundi madama noppi, podduna modati adugulu veyyagane", 50, "female", "leg pain"),
    ("papa ki board kanipinchatledu, mundu bench lo kurchuntundi", 9, "female", "blurred vision"),
    ("mahinyapasun 4-5 divsat ek da sandas hote", 70, "male", "constipation"),
    ("period 3-4 mahine mein ek baar aata hai, shaadi ko 2 saal", 24, "female", "irregular periods"),
)


@pytest.mark.parametrize("text,age,sex,symptom", ROUTINE_WORDINGS)
def test_long_standing_wording_is_understood(triage, text, age, sex, symptom):
    result = run(triage, text, age, sex)
    assert symptom in present(result)
    assert "not_understood" not in codes(result)


@pytest.mark.parametrize("text,age,sex,symptom", ROUTINE_WORDINGS)
def test_long_standing_wording_is_routine(triage, text, age, sex, symptom):
    assert run(triage, text, age, sex)["level"] == "routine"


def test_knee_pain_after_a_fall_with_the_knee_bent_stays_high(triage):
    assert run(triage, "khet ch dig peya, goda tedha jeha lagda, hilda ni", 50, "male")["level"] in HIGH


# --- durations told by their unit alone ---
@pytest.mark.parametrize("text", ("saal ton khansi te saah chadhda pauriyan chadhde", "saal bhar se sookhi khaansi "
                                  "aur seedhi chadhne pe saans"))
def test_a_year_told_by_its_unit_makes_effort_breathlessness_routine(triage, text):
    result = run(triage, text, 66, "male")
    assert "effort_breathlessness" in codes(result)
    assert result["level"] == "routine"


def test_breathless_at_rest_for_a_year_stays_high(triage):
    assert run(triage, "saal bhar se khaansi, ab baithe baithe saans phool rahi, hont neele", 66,
               "male")["level"] in HIGH


def test_stairs_in_telugu_is_effort_breathlessness(triage):
    result = run(triage, "4 nelala nundi metlu ekkite aayasam, koorchunte emi ledu", 58, "male")
    assert "effort_breathlessness" in codes(result)


def test_a_motion_every_few_days_is_how_often_not_how_long(triage):
    result = run(triage, "teen mahine ton paakhana 4-5 din baad aunda", 60, "male")
    constipation = next(s for s in result["symptoms"] if s["name"] == "constipation")
    assert "mahine" in (constipation["duration"] or "")


# --- chronic pictures a rule had read as acute ---
def test_old_constipation_with_drops_of_blood_is_an_outlet_bleed(triage):
    result = run(triage, "kabz purani hai, toilet ke baad khoon ki do boond", 52, "male")
    assert "outlet_bleeding" in codes(result)
    assert result["level"] == "routine"


def test_old_constipation_with_heavy_bleeding_and_dizziness_stays_high(triage):
    assert run(triage, "kabz purani hai, aaj latrine mein bahut khoon, chakkar aa rahe", 52,
               "male")["level"] in HIGH


def test_punjabi_drops_of_blood_on_hard_stool_are_an_outlet_bleed(triage):
    result = run(triage, "do mahine ton paakhana sakht, khoon diyan boondan vi", 38, "female")
    assert "outlet_bleeding" in codes(result)


def test_face_puffy_on_waking_for_weeks_is_not_an_allergy(triage):
    result = run(triage, "do mahine se subah uthte hi chehra phula phula, paon mein bhi soojan", 58, "male")
    assert "face_swelling" not in codes(result)


def test_face_swollen_since_this_morning_stays_urgent(triage):
    result = run(triage, "aaj subah se chehra suja hua, aankhen band ho rahi", 30, "female")
    assert result["level"] in HIGH


def test_eye_ache_after_reading_with_board_blurred_is_routine(triage):
    result = run(triage, "board dhundhla dikhta, mobile dekhne ke baad aankhen dukhti hain", 12, "male")
    assert "painful_red_eye" not in codes(result)
    assert result["level"] == "routine"


def test_painful_eye_with_blurred_sight_and_no_reading_stays_urgent(triage):
    assert run(triage, "kal se aankh mein tez dard, dhundhla dikh raha", 40, "male")["level"] in HIGH


def test_itching_with_a_white_discharge_in_pregnancy_is_routine(triage):
    result = run(triage, "6 mahine pregnant, safed paani aur andar khujli, 2 hafte se, taap nahi", 24)
    assert "pregnancy_see_today" not in codes(result)


def test_itching_all_over_in_pregnancy_stays_urgent(triage):
    result = run(triage, "8 mahine pregnant, hatheli aur talwe mein bahut khujli, raat ko neend nahi", 27)
    assert "pregnancy_see_today" in codes(result)


def test_evening_feet_swelling_with_a_normal_bp_told_is_not_preeclampsia(triage):
    result = run(triage, "7 mahine pregnant, shaam tak pair soojte, BP kal normal tha, sir dard nahi", 25)
    assert "pregnancy_swelling" not in codes(result)


def test_feet_swelling_in_pregnancy_with_no_bp_told_stays_urgent(triage):
    result = run(triage, "7 mahine pregnant, pair soojte hain, chehra bhi", 25)
    assert result["level"] in HIGH


def test_evening_fever_in_a_tb_picture_is_the_tb_test(triage):
    result = run(triage, "do mahine se khaansi, shaam ko halka bukhar, wajan 4 kilo kam hua", 40, "male")
    assert "tb_screen" in codes(result)
    assert "prolonged_fever" not in codes(result)


def test_fever_of_weeks_without_a_cough_stays_urgent(triage):
    result = run(triage, "teen hafte se bukhar, wajan kam hua", 40, "male")
    assert "prolonged_fever" in codes(result)


def test_pale_complexion_is_not_jaundice(triage):
    result = run(triage, "do mahine ton thakan, rang peela pai gya, mahwari bahut", 30)
    assert "jaundice" not in present(result)


def test_yellow_eyes_are_still_jaundice(triage):
    result = run(triage, "aankhen peeli, peshab peela, ulti", 30)
    assert "jaundice" in present(result)


def test_refill_asked_in_punjabi_is_a_visit(triage):
    result = run(triage, "bp di dawai mukk gayi, dawai likh do", 60, "male")
    assert result["level"] == "routine"


# --- same-day pictures ---
def test_wrist_bent_after_jumping_down_is_a_suspected_fracture(triage):
    result = run(triage, "kandh ton chhal maari, bah sujj gayi, tedhi jehi lagdi", 30, "male")
    assert "suspected_fracture" in codes(result)


def test_telugu_cannot_bear_weight_after_jumping_down_is_a_suspected_fracture(triage):
    result = run(triage, "gode meeda nunchi dukadu, kaalu vaapu, weight pettaleka potunnadu", 20, "male")
    assert result["level"] in HIGH


def test_coin_swallowed_in_telugu_is_seen_today(triage):
    result = run(triage, "pilladu 5 rupayi coin mingesadu, aadukuntunnadu", 4, "male")
    assert "swallowed_object" in codes(result)


def test_passive_wish_to_die_in_telugu_is_seen_today(triage):
    result = run(triage, "chachipothe manchidi anipistundi, plan ledu", 30, "male")
    assert "death_wish" in codes(result)
    assert result["level"] in HIGH


def test_giving_up_heroin_is_withdrawal(triage):
    result = run(triage, "do din ton chitta chhad ditta, haddiyan ch dard, neend ni", 24, "male")
    assert "drug_withdrawal" in codes(result)


def test_rash_after_starting_tb_drugs_is_a_drug_rash(triage):
    result = run(triage, "TB ki dawai shuru ki 2 hafte pehle, ab haath pair pe laal daane", 33, "female")
    assert "drug_rash" in codes(result)


def test_old_rash_in_a_patient_on_no_new_drug_is_not_a_drug_rash(triage):
    result = run(triage, "saal bhar se haath pe laal daane, khujli", 33, "female")
    assert "drug_rash" not in codes(result)


def test_sugar_reading_after_check_is_read(triage):
    result = run(triage, "sugar check kari 450 aayi, pyaas bahut", 55, "male")
    assert result["level"] in HIGH


def test_sugar_checked_years_ago_is_no_reading(triage):
    result = run(triage, "sugar check kiya 5 saal pehle, ab ghutne mein dard", 55, "male")
    assert "very_high_glucose" not in codes(result)


def test_sudden_deafness_in_telugu_is_seen_today(triage):
    result = run(triage, "ninna nundi left ear sudden ga vinapadatledu", 45, "male")
    assert "hearing loss" in present(result)
    assert result["level"] in HIGH
