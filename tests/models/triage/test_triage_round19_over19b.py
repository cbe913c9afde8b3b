"""Round 19, over-triage in the Awadhi/Bhojpuri Hinglish of eastern Uttar Pradesh: symptoms set side by side before
"nahi" or "kuchh nahi" (all denied), a graded pain kept out of a later denial, Awadhi's "gawa", "aawa", "bhaye", the
darkness before the eyes on getting up fast, a limb moving fully, a healed wound's scar that itches, a thin child
who does not gain weight, the periods' days, "vajan gira", "ooncha sunna", a fever measured and not found. Our own
sentences; each narrowing has a guard that the danger picture beside it stays high."""

from tests.models.triage.conftest import told as result
from tests.models.triage.conftest import told_denied as denied
from tests.models.triage.conftest import told_level as level
from tests.models.triage.conftest import told_present as present

HIGH = ("urgent", "emergency")


# --- a bare list denied: side by side before "nahi", any before "kuchh nahi" ---
def test_side_by_side_list_before_nahi_is_all_denied(triage):
    text = "do din se dast, ulti bukhar nahi"
    assert {"vomiting", "fever"} <= denied(triage, text, 40, "male")
    assert "diarrhea" in present(triage, text, 40, "male")


def test_list_before_kuchh_nahi_is_all_denied(triage):
    text = "pet me marod, khoon chakkar kuchh nahi"
    assert "dizziness" in denied(triage, text, 30)


def test_single_item_before_kuchh_nahi_is_denied(triage):
    assert "seizure" in denied(triage, "beta gir gaya, sir pe gumta, jhatka wagairah kuchh nahi", 8, "male")


def test_guard_kuchh_nahi_before_a_verb_of_stopping_denies_nothing(triage):
    # "the vomiting will not stop at all"
    assert "vomiting" in present(triage, "subah se ulti kuchh nahi ruk rahi", 30)


def test_guard_a_list_that_opens_the_complaint_keeps_its_first_item(triage):
    # the first segment tells the complaint: a pain, and the vomiting denied
    assert "abdominal pain" in present(triage, "pet dard ulti nahi", 30)


def test_guard_a_graded_item_stays_out_of_the_list(triage):
    text = "bukhar hai, tez sir dard ulti nahi"
    assert "headache" in present(triage, text, 30)


# --- a graded pain before a later item's denial ---
def test_graded_back_pain_is_not_pulled_into_the_leg_denial(triage):
    text = "bhaari bori uthayi, kamar me halka dard, pair me dard ya sunnapan nahi"
    assert "back pain" in present(triage, text, 35, "male")
    assert "numbness" in denied(triage, text, 35, "male")


def test_guard_an_ungraded_list_after_a_comma_is_still_denied(triage):
    assert {"fever", "cough"} <= denied(triage, "no fever, cough or vomiting", 30)


# --- Awadhi and Bhojpuri auxiliaries ---
def test_awadhi_gawa_reads_a_bleed_stopped(triage):
    text = "haath me chaku lag gawa, khoon kapda daba ke ruk gawa, ab theek"
    assert "bleeding" not in present(triage, text, 30, "male")


def test_guard_a_bleed_that_will_not_stop_stays_high(triage):
    assert level(triage, "haath me chaku lag gawa, khoon ruk nahi raha, bahut beh raha", 30, "male") in HIGH


def test_awadhi_bhaye_denies_a_faint(triage):
    assert "loss of consciousness" in denied(triage, "seedhi se phisal gaye, behosh nahi bhaye", 40, "male")


# --- the darkness before the eyes on rising ---
def test_darkness_before_eyes_on_getting_up_fast_is_postural_giddiness(triage):
    r = result(triage, "khat se jaldi se uthi to ek pal aankhon ke aage andhera, baithi to theek", 22)
    assert {s["name"] for s in r["symptoms"] if not s["negated"]} == {"dizziness"}
    assert r["level"] == "self_care"


def test_guard_darkness_before_one_eye_without_rising_stays_high(triage):
    assert level(triage, "achanak ek aankh ke aage andhera aa gaya, dikhna band", 62, "male") in HIGH


# --- a limb moving fully ---
def test_limb_moving_fully_is_no_reduced_movement(triage):
    text = "tripped on the stairs, bruise on the forearm, moving the arm freely"
    assert "reduced movement" not in present(triage, text, 45)
    assert level(triage, text, 45) not in HIGH


def test_guard_a_limb_not_moved_after_a_fall_stays_urgent(triage):
    assert level(triage, "fell off the ladder, cannot move his leg, ankle swollen", 45, "male") in HIGH


# --- a healed wound's scar that itches ---
def test_healed_wound_scar_itch_is_self_care(triage):
    r = result(triage, "pichhle saal tel se jale the, ghaav sookh gaya, ab nishaan pe khujli", 28)
    assert "wound" not in {s["name"] for s in r["symptoms"] if not s["negated"]}
    assert r["level"] == "self_care"


def test_guard_an_old_scar_gone_red_with_pus_and_fever_is_seen(triage):
    assert level(triage, "operation ke nishaan pe khujli, laal ho gaya, pus aa raha, bukhar", 40) in HIGH


# --- a thin child who does not gain weight ---
def test_thin_child_not_gaining_weight_is_not_lethargic(triage):
    r = result(triage, "2 saal ka munna, vajan nahi badh raha, kamzor lagta, khana kam khata", 2, "male")
    assert "lethargy" not in {s["name"] for s in r["symptoms"] if not s["negated"]}
    assert r["level"] != "emergency"


def test_guard_a_drowsy_child_not_gaining_weight_stays_emergency(triage):
    assert level(triage, "2 saal ka munna, vajan nahi badh raha, bahut sust, jaag nahi raha", 2, "male") == \
        "emergency"


# --- the periods' days ---
def test_heavy_painful_periods_told_of_their_days_are_routine(triage):
    r = result(triage, "periods ke time bahut dard, khoon bhi bahut, 8 din chalta, kamzori", 29)
    assert "painful periods" in {s["name"] for s in r["symptoms"] if not s["negated"]}
    assert r["level"] == "routine"


def test_guard_heavy_periods_with_a_faint_stay_emergency(triage):
    assert level(triage, "mahina ke samay bahut khoon, chakkar aaya aur behosh ho gayi", 29) == "emergency"


# --- words of the weight, the hearing and a fever measured ---
def test_vajan_gira_is_weight_loss(triage):
    assert "weight loss" in present(triage, "do mahine se bhookh kam, vajan gira", 50, "male")


def test_ooncha_sunna_is_hearing_loss(triage):
    assert "hearing loss" in present(triage, "dadi ko ooncha sunai deta, radio zor se chalati", 80)


def test_fever_measured_and_not_found_is_denied(triage):
    assert "fever" in denied(triage, "naak beh rahi, chheenk aa rahi, bukhar napa to nahi tha", 7, "male")


def test_guard_fever_measured_high_stays_present(triage):
    assert "fever" in present(triage, "bukhar napa to 103 tha, khansi bhi", 7, "male")
