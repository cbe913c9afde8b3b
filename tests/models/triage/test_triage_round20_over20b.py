"""Round 20, over-triage of babies and children at a paediatric OPD in Madhya Pradesh (Malwi/Hindi Hinglish): a well
baby's ways told as worries (a mark since birth, milia, a newborn's swollen breasts, hiccups after a feed, a newborn
girl's spotting, a breastfed baby's seedy stools or a few days without one, evening colic, sneezes with an easy
breath), a mother who fears her milk is little while the baby gains, a finger that touched a hot tawa, a paper cut,
knock knees, lice, iron syrup's black stool; a breath-holding spell, a faint after a missed breakfast; and routine
concerns (speech, walking, head control, hearing, squint, an undescended testis, irregular periods, a pale tired teen,
short stature, chronic loose stools, a newborn's yellow of the face only, a flat head, hard stools with a streak of
blood). Our own sentences; each with the danger picture beside it that must stay high."""

import pytest

from tests.models.triage.conftest import codes
from tests.models.triage.conftest import told as result
from tests.models.triage.conftest import told_denied as denied
from tests.models.triage.conftest import told_level as level
from tests.models.triage.conftest import told_present as present

HIGH = ("urgent", "emergency")


# --- a well baby's body: home care, the feed told or not for a mark or hiccups ---
@pytest.mark.parametrize("text, age", [
    ("bachi ki peeth pe neela sa daag janam se hai", 0.08),
    ("naak par chote chote safed dane hain, 10 din ka beta", 0.03),
    ("3 hafte ki beti, sar par papdi jam rahi hai", 0.06),
    ("dudh pila ke uthaya to hichki aane lagi", 0.05),
    ("12 din ke bete ki dono stan thode sooj gaye, halka doodh sa aata hai", 0.03),
])
def test_a_well_babys_marks_are_home_care(triage, text, age):
    assert level(triage, text, age, "male") == "self_care"


def test_guard_a_blue_mark_not_told_since_birth_is_seen(triage):
    # a bruise on a baby's back is no birthmark
    assert level(triage, "5 hafte ki bachi ki kamar pe neela nishan dikha", 0.1) in HIGH


def test_guard_a_newborns_breast_hot_and_red_with_fever_stays_high(triage):
    assert level(triage, "2 hafte ka beta, ek chhati sooji hui, laal aur garam, bukhar bhi", 0.04, "male") in HIGH


def test_guard_hiccups_with_a_fever_in_a_newborn_stay_high(triage):
    assert level(triage, "dudh ke baad hichki aati hai, aur bukhar bhi hai", 0.05) in HIGH


def test_guard_sneezes_alone_with_nothing_said_of_the_feed_are_seen(triage):
    assert level(triage, "3 hafte ki bachi din bhar chheenkti rehti hai", 0.06) in HIGH


# --- sneezes with the breath told at ease ---
def test_breath_at_ease_denies_breathlessness(triage):
    text = "20 din ka beta chheenkta rehta hai, saans aaram se, dudh achha pee raha"
    assert "shortness of breath" in denied(triage, text, 0.05, "male")
    assert level(triage, text, 0.05, "male") == "self_care"


def test_guard_a_breath_not_at_ease_stays_breathlessness(triage):
    text = "bachhe ki saans aaram se nahi chal rahi, pasli andar ja rahi"
    assert "shortness of breath" in present(triage, text, 0.5, "male")
    assert level(triage, text, 0.5, "male") == "emergency"


def test_guard_a_sneezing_newborn_breathing_fast_is_an_emergency(triage):
    assert level(triage, "10 din ki bachi chheenk rahi, saans bahut tez chal rahi", 0.03) == "emergency"


# --- a newborn girl's spotting, and a young girl's bleeding ---
def test_a_newborn_girls_spot_of_blood_in_the_nappy_is_home_care(triage):
    assert level(triage, "5 din ki bitiya ke nappy me neeche se halka khoon sa daag, dudh pi rahi", 0.014) == "self_care"


def test_guard_a_girl_months_old_bleeding_from_the_front_is_seen_today(triage):
    assert level(triage, "8 mahine ki beti ke nappy me aage se khoon ka daag, khel rahi", 0.67) in HIGH


def test_guard_blood_in_a_newborn_boys_nappy_is_seen(triage):
    assert level(triage, "5 din ke bete ke nappy me neeche se halka khoon sa daag, dudh pi raha", 0.014,
                 "male") in HIGH


# --- a breastfed baby's stools ---
def test_seedy_stools_after_every_feed_in_a_thriving_baby_are_home_care(triage):
    text = "3 hafte ka, har feed ke baad potty karta, peeli danedar, dudh achha peeta, wajan badh raha"
    assert level(triage, text, 0.06, "male") == "self_care"


def test_guard_watery_stools_many_times_in_a_baby_who_feeds_less_stay_high(triage):
    assert level(triage, "3 hafte ka, din me 10 baar paani jaisi potty, dudh kam pee raha", 0.06, "male") in HIGH


def test_a_breastfed_baby_days_without_a_stool_soft_belly_is_home_care(triage):
    text = "6 hafte ki, sirf maa ka doodh peeti, 4 din se potty nahi ki, pet naram hai, aaram se pi rahi"
    assert level(triage, text, 0.12) == "self_care"


def test_guard_no_stool_with_a_swollen_belly_and_green_vomit_is_an_emergency_or_urgent(triage):
    text = "6 hafte ki, sirf maa ka doodh, 4 din se potty nahi, pet phool gaya, hari ulti"
    assert level(triage, text, 0.12) in HIGH


def test_guard_a_breastfed_baby_two_weeks_without_a_stool_is_not_home_care(triage):
    text = "6 hafte ki, sirf maa ka doodh, 14 din se potty nahi ki, pet naram, aaram se pi rahi"
    assert level(triage, text, 0.12) != "self_care"


# --- evening colic ---
def test_evening_crying_in_a_baby_feeding_and_gaining_is_home_care(triage):
    text = "7 hafte ka beta roz shaam 7 baje se 10 baje tak rota, din bhar theek, dudh bhi achha peeta, wajan badh raha"
    assert level(triage, text, 0.14, "male") == "self_care"


def test_guard_evening_crying_with_a_fever_is_seen_today(triage):
    text = "7 hafte ka beta roz shaam 7 baje se 10 baje tak rota, bukhar bhi, dudh achha peeta"
    assert level(triage, text, 0.14, "male") in HIGH


# --- a mother's milk ---
def test_a_mother_who_fears_little_milk_while_her_baby_gains_is_home_care(triage):
    text = "lagta hai mera dudh kam aata hai, par bachhe ka wajan achha badh raha hai"
    assert level(triage, text, 24) == "self_care"


def test_guard_little_milk_with_the_baby_not_gaining_is_seen(triage):
    assert level(triage, "mera dudh kam aata hai, bachhe ka wajan nahi badh raha", 24) != "self_care"


def test_a_mother_in_law_who_says_something_is_no_breath(triage):
    assert "shortness of breath" not in present(triage, "saas kehti hai upar ka doodh do, bacha theek hai", 24)


def test_guard_a_breath_told_beside_the_mother_in_law_is_still_one(triage):
    assert level(triage, "bachhe ki saans nahi aa rahi, saas kehti nazar lagi", 1, "male") == "emergency"


# --- a child's small hurts ---
def test_a_finger_that_touched_a_hot_tawa_is_home_care(triage):
    assert level(triage, "garam tava chhu liya, ungli lal ho gayi", 7) == "self_care"


def test_guard_a_blister_on_the_burnt_finger_is_dressed(triage):
    assert level(triage, "garam tava chhu liya, ungli pe chhala aa gaya", 7) in HIGH


def test_guard_a_young_childs_burn_is_seen_today(triage):
    assert level(triage, "garam tava chhu liya, ungli lal ho gayi", 3) in HIGH


def test_guard_a_scald_with_big_blisters_stays_high(triage):
    assert level(triage, "garam chai gir gayi, pet aur haath pe bade bade chhale", 7) in HIGH


def test_a_paper_cut_is_home_care(triage):
    assert level(triage, "copy ke panne se ungli kat gayi zara si", 11) == "self_care"


def test_guard_a_cut_that_will_not_stop_bleeding_stays_high(triage):
    assert level(triage, "kagaz se ungli kat gayi, khoon band nahi ho raha", 11) in HIGH


def test_knees_that_touch_in_a_four_year_old_are_home_care(triage):
    assert level(triage, "chalte waqt dono ghutne aapas me takrate hain, dard nahi", 5) == "self_care"


def test_guard_knees_that_touch_at_ten_are_examined(triage):
    assert level(triage, "chalte waqt dono ghutne aapas me takrate hain", 11) == "routine"


def test_guard_knees_that_touch_with_pain_and_a_limp_are_examined(triage):
    assert level(triage, "dono ghutne aapas me takrate, ghutne me dard, langda ke chalti", 5) != "self_care"


def test_lice_brought_from_school_are_home_care(triage):
    assert level(triage, "school se jue le aaya, sir khujata rehta", 9, "male") == "self_care"


def test_iron_syrup_turns_a_childs_stool_black_at_home(triage):
    assert level(triage, "khoon badhane ka syrup chalu hai, tab se latrine kaali, khel raha", 3, "male") == "self_care"


def test_guard_a_black_sticky_stool_with_giddiness_stays_high(triage):
    assert level(triage, "iron ka syrup chalu hai, latrine kaali chipchipi, chakkar aa raha", 10, "male") in HIGH


# --- a breath-holding spell ---
def test_a_breath_holding_spell_over_by_itself_is_routine(triage):
    text = "2 saal ki, gussa ho ke rote rote saans rok leti, hoth neele, phir khud ro ke uth jaati aur theek"
    assert level(triage, text, 2) == "routine"
    assert "breath_holding_spell" in codes(result(triage, text, 2))


def test_guard_a_spell_with_minutes_of_jerking_is_an_emergency(triage):
    text = "2 saal ki, rote rote saans rok li, hoth neele, phir 4 minute tak jhatke aaye"
    assert level(triage, text, 2) == "emergency"


# --- a faint after a missed breakfast ---
def test_a_heartbeat_told_normal_is_no_palpitation(triage):
    assert "palpitations" in denied(triage, "school me gir gayi thi, dhadkan normal thi", 14)


def test_a_faint_after_no_breakfast_awake_at_once_is_routine(triage):
    text = "16 saal, bina nashta kiye school gayi, prayer me chakkar aake gir gayi, turant hosh aa gaya, dhadkan normal"
    assert level(triage, text, 16) == "routine"


def test_guard_a_faint_with_chest_pain_stays_an_emergency(triage):
    text = "16 saal, nashta nahi kiya, chakkar aake gir gayi, turant hosh aa gaya, seene me dard"
    assert level(triage, text, 16) == "emergency"


def test_guard_a_faint_with_a_racing_heart_stays_an_emergency(triage):
    text = "16 saal, nashta nahi kiya, school me behosh ho gayi, dil bahut tez dhadak raha tha"
    assert level(triage, text, 16) == "emergency"


def test_guard_a_diabetic_who_fainted_without_eating_is_not_routine(triage):
    text = "sugar ki bimari hai, insulin lagaya, khana nahi khaya, behosh hui, turant hosh aa gaya"
    assert level(triage, text, 15) in HIGH


# --- routine concerns told at the OPD ---
@pytest.mark.parametrize("text, age, sex", [
    ("teen saal ki ho gayi, sirf 2-3 shabd bolti hai", 3, "female"),
    ("20 mahine ka, pakad ke bhi khada nahi hota", 1.7, "male"),
    ("5 mahine ki, gardan abhi tak latak jaati hai", 0.42, "female"),
    ("10 mahine ka, peeche awaaz karo to mud ke nahi dekhta", 0.83, "male"),
])
def test_a_slow_milestone_is_routine(triage, text, age, sex):
    assert level(triage, text, age, sex) == "routine"


def test_guard_a_child_who_stopped_standing_is_seen_today(triage):
    assert level(triage, "3 saal ka, pehle daudta tha, kal se khada nahi ho pa raha", 3, "male") in HIGH


def test_guard_a_neck_gone_limp_in_a_baby_who_will_not_wake_is_an_emergency(triage):
    assert level(triage, "5 mahine ki, gardan latak gayi, utha nahi rahi, jaag nahi rahi", 0.42) == "emergency"


def test_one_eye_turning_in_is_a_squint(triage):
    outcome = result(triage, "bete ki ek aankh naak ki taraf jaati hai", 4, "male")
    assert outcome["level"] == "routine"
    assert "squint" in codes(outcome)
    assert "sunken eyes" not in present(triage, "bete ki ek aankh naak ki taraf jaati hai", 4, "male")


def test_guard_both_eyes_sunk_in_with_loose_stools_stay_dehydration(triage):
    text = "2 din se dast, aankhen andar dhans gayi, peshab kam"
    assert "sunken eyes" in present(triage, text, 2, "male")
    assert level(triage, text, 2, "male") == "emergency"


def test_an_undescended_testis_is_routine(triage):
    outcome = result(triage, "bete ki thaili me ek hi goli hai", 1, "male")
    assert outcome["level"] == "routine"
    assert "boys_genital_surgery" in codes(outcome)


def test_guard_a_sudden_painful_swollen_testis_stays_high(triage):
    assert level(triage, "achanak tatte me bahut dard aur sujan, ulti bhi", 12, "male") in HIGH


def test_cycles_that_come_early_and_late_in_a_young_teen_are_routine(triage):
    assert level(triage, "13 saal, kabhi 3 mahine nahi aati kabhi jaldi aa jaati", 13) == "routine"


def test_guard_irregular_periods_with_heavy_bleeding_and_giddiness_stay_high(triage):
    text = "mahwari kabhi 2 mahine nahi aati kabhi jaldi, abhi bahut khoon aa raha, chakkar aa rahe"
    assert level(triage, text, 14) in HIGH


def test_a_pale_tired_teen_breathless_on_stairs_is_routine(triage):
    assert level(triage, "14 saal, thaki rehti, chehra pheeka pad gaya, seedhi chadhne pe saans phoolti", 14) == "routine"


def test_guard_a_pale_teen_breathless_at_rest_is_seen_today(triage):
    assert level(triage, "14 saal, chehra pheeka pad gaya, thaki rehti, aaram me bhi saans phoolti", 14) in HIGH


def test_a_child_short_for_the_age_is_routine(triage):
    outcome = result(triage, "10 saal ki, umar ke hisab se sabse chhoti, lambai nahi badh rahi", 10)
    assert outcome["level"] == "routine"
    assert "short_stature" in codes(outcome)


def test_guard_a_short_child_with_headache_vomiting_and_blur_is_seen_today(triage):
    text = "10 saal ki, lambai nahi badh rahi, roz sir dard aur ulti, dhundhla dikhta"
    assert level(triage, text, 10) in HIGH


def test_loose_stools_for_months_in_a_toddler_are_routine(triage):
    assert level(triage, "3 mahine se roz patli potty, khana theek, wajan nahi badh raha", 2, "male") == "routine"


def test_guard_loose_stools_of_three_weeks_in_a_toddler_stay_urgent(triage):
    assert level(triage, "3 hafte se roz patli potty, wajan nahi badh raha", 2, "male") == "urgent"


def test_guard_loose_stools_for_months_with_blood_stay_high(triage):
    assert level(triage, "3 mahine se patli potty, ab usme khoon aa raha", 2, "male") in HIGH


def test_a_newborns_yellow_face_only_feeding_well_is_routine(triage):
    text = "5 din ki, sirf chehra aur aankhen peeli, dudh achha pi rahi, chhati ke neeche peela nahi"
    assert level(triage, text, 0.014) == "routine"


@pytest.mark.parametrize("text, age", [
    ("paida hue 12 ghante hue, chehra peela dikh raha", 0.001),  # the first day
    ("5 din ki, hatheli aur talve bhi peele ho gaye", 0.014),  # the palms and soles
    ("5 din ki, pehle sirf chehra peela tha, ab pairon tak aa gaya, dudh pi rahi", 0.014),  # spreading
    ("3 hafte ki, sirf chehra aur aankhen peeli, dudh achha pi rahi", 0.06),  # past two weeks
    ("5 din ki, sirf chehra peela, dudh nahi pi rahi", 0.014),  # not feeding
])
def test_guard_a_newborns_dangerous_yellow_stays_high(triage, text, age):
    assert level(triage, text, age) in HIGH


def test_a_babys_head_flat_on_one_side_is_routine(triage):
    outcome = result(triage, "4 mahine ki, sar peeche se chapta ho gaya", 0.33)
    assert outcome["level"] == "routine"
    assert "flat_head" in codes(outcome)


def test_guard_a_flat_head_with_a_fit_and_fever_is_an_emergency(triage):
    assert level(triage, "4 mahine ki, sar peeche se chapta hai, bukhar aur jhatke aaye", 0.33) == "emergency"


def test_hard_stools_every_few_days_with_a_streak_of_blood_are_routine(triage):
    text = "4 saal, latrine 3-4 din me ek baar, sakht, kabhi khoon ki lakeer"
    assert level(triage, text, 4, "male") == "routine"


def test_guard_a_streak_of_blood_in_an_infants_stool_is_seen_today(triage):
    assert level(triage, "9 mahine, latrine 3-4 din me ek baar, kabhi khoon ki lakeer", 0.75, "male") in HIGH
