"""Round 20, a tea-garden hospital in upper Assam: the Sadri (Nagpuri) and garden Hindi of its workers, and their
Assamese in the script. Symptoms told in their words ("jor" a fever, "nistej" listless, "pair fula" swollen, "dil dhak
dhak", "kukur", "aanthu bishaay"), everyday words kept from the corrector, and complaints that read like danger but
tell its absence (a jolt of pain on walking, a faint's few jerks, a leech's ooze, a reflux of months, a strained
chest wall). Our own sentences; each fix has a guard that a look-alike, or the danger beside it, stays as it was."""

from models.triage.normalise import normalise
from tests.models.triage.conftest import codes
from tests.models.triage.conftest import told as result
from tests.models.triage.conftest import told_denied as denied
from tests.models.triage.conftest import told_level as level
from tests.models.triage.conftest import told_present as present

HIGH = ("urgent", "emergency")


# --- Sadri's and Assamese's fever: "jor", "jar" (Hindi "jor se" is "with force") ---
def test_jor_after_its_days_is_a_fever(triage):
    assert "fever" in present(triage, "chhauwa ko 4 din se jor, khana nahi khata", 6, "male")


def test_jor_with_its_chills_is_a_fever(triage):
    assert "fever" in present(triage, "dadi ko jor aur kaanpni subah se", 70)


def test_sadri_jar_after_its_days_is_a_fever(triage):
    assert "fever" in present(triage, "beta ko 2 din se jar, sardi bhi", 3, "male")


def test_cough_and_jor_are_both_told(triage):
    assert {"cough", "fever"} <= present(triage, "nana ko 5 din khansi jor, kamjori", 68, "male")


def test_guard_jor_se_is_force_not_a_fever(triage):
    assert "fever" not in present(triage, "2 din se jor se khansi aa rahi", 30, "male")
    assert "fever" not in present(triage, "pet me bahut jor se dard uth raha", 30, "male")


# --- drowsiness in the gardens' words ---
def test_nistej_is_lethargy(triage):
    assert "lethargy" in present(triage, "chhoti 3 saal ki, dast ulti, ab ekdom nistej", 3)


def test_a_child_who_only_lies_asleep_is_lethargic(triage):
    text = "beta 2 saal ka, kal se bukhar, bas soya rehta hai, uthao to rona bhi nahi"
    assert "lethargy" in present(triage, text, 2, "male")
    assert level(triage, text, 2, "male") == "emergency"


def test_nind_nind_is_drowsy(triage):
    assert "lethargy" in present(triage, "bachha 1 saal, khansi, aaj nind nind kar raha", 1, "male")


def test_guard_much_sleep_denied_is_a_sleeplessness(triage):
    found = present(triage, "kaam ki tension, raat ko bahut neend nahi aati", 40, "male")
    assert "insomnia" in found and "lethargy" not in found


# --- the heart, the breath, swelling ---
def test_dil_dhak_dhak_is_palpitations(triage):
    assert "palpitations" in present(triage, "do din se dil dhak dhak karta hai, chakkar bhi", 45)


def test_dil_tej_chal_raha_is_palpitations(triage):
    assert "palpitations" in present(triage, "khoon kam hai, ab dil tej chal raha", 30)


def test_the_swollen_place_told_with_fula(triage):
    assert "swelling" in present(triage, "8 mahina pet se, dono pair fula aur sir dard", 25)
    assert "swelling" in present(triage, "bichhu kaata ungli me, wahi jagah fula", 30, "male")


def test_sadri_phul_gel_is_swollen(triage):
    assert "swelling" in present(triage, "saap kaat dis, pair phul gel", 35, "male")


def test_guard_the_breath_that_swells_is_no_swelling(triage):
    found = present(triage, "seedhi chadhne pe saans phoolta hai", 55, "male")
    assert "shortness of breath" in found and "swelling" not in found


def test_guard_a_bloated_belly_is_no_swelling(triage):
    assert "swelling" not in present(triage, "khana khane ke baad pet fula hua gas se", 30, "male")


def test_assamese_script_breath_not_taken(triage):
    # "my little boy cannot take a breath"
    text = "মোৰ ল'ৰাটোৱে উশাহ ল'ব পৰা নাই"
    assert "shortness of breath" in present(triage, text, 4, "male")
    assert level(triage, text, 4, "male") == "emergency"


def test_asthma_come_up_is_breathlessness(triage):
    assert "shortness of breath" in present(triage, "beti ka dama uth gaya, seeti ki awaaz", 9)


# --- confusion, poison, the mind ---
def test_talk_back_to_front_is_confusion_not_a_vomit(triage):
    found = present(triage, "dadu ko bukhar, pehchante hain par baat ulti karte", 75, "male")
    assert "confusion" in found and "vomiting" not in found


def test_nothing_understood_is_confusion(triage):
    assert "confusion" in present(triage, "nana 80 saal, bukhar, kal se kuch samajh nahi raha", 80, "male")


def test_forgetting_since_two_days_in_an_old_woman_is_confusion(triage):
    assert "confusion" in present(triage, "nani 85 saal, kal se baat bhool rahi, peshab me jalan", 85)


def test_guard_a_forgetfulness_of_years_stays_a_memory_visit(triage):
    text = "dadaji 3 saal se dheere dheere naam bhool jaate, baaki sab theek"
    assert level(triage, text, 78, "male") == "routine"


def test_guard_the_speakers_own_puzzle_is_no_confusion(triage):
    assert "confusion" not in present(triage, "mujhe kuch samajh nahi aa raha, pet me dard hai", 30, "male")


def test_rat_poison_told_as_the_one_that_kills(triage):
    text = "bhai ne chuhe maarne wali dawa kha li, abhi theek lag raha"
    assert "poisoning" in present(triage, text, 19, "male")
    assert level(triage, text, 19, "male") == "emergency"


def test_guard_rat_poison_kept_at_home_is_no_poisoning(triage):
    assert "poisoning" not in present(triage, "chuha maarne wala dawa ghar me rakha hai, beta ko khansi", 5, "male")


def test_all_the_pills_at_once_is_an_overdose(triage):
    assert level(triage, "didi ne saari goli ek saath kha li, ab neend aa rahi", 24) == "emergency"


def test_guard_pills_taken_on_time_are_no_overdose(triage):
    assert "poisoning" not in present(triage, "sugar ki goli time pe kha li, pair me jhunjhuni", 55, "male")


def test_a_wish_to_end_it_all_is_a_death_wish_seen_today(triage):
    r = result(triage, "pati chala gaya, kabhi lagta hai sab khatam kar lun, kuch kiya nahi", 28)
    assert r["level"] == "urgent" and "death_wish" in codes(r)


def test_guard_ending_it_all_told_as_an_intent_is_an_emergency(triage):
    text = "pati chala gaya, bolti hai aaj sab khatam kar dungi"
    assert "suicidal thoughts" in present(triage, text, 28)
    assert level(triage, text, 28) == "emergency"


def test_no_wish_to_live_told_with_ni_is_a_death_wish(triage):
    r = result(triage, "kaam chhoot gaya, bolta hai jeene ka mann ni, kuch kiya nahi", 30, "male")
    assert r["level"] == "urgent" and "death_wish" in codes(r)


def test_guard_food_finished_is_no_suicidal_thought(triage):
    assert "suicidal thoughts" not in present(triage, "beta ne sab khana khatam kar diya, bas thodi khansi", 6, "male")


# --- the rest of the body ---
def test_kukur_is_a_dog(triage):
    assert "dog bite" in present(triage, "kal kukur kaat diya haath me, khoon thoda", 12, "male")


def test_ghootna_is_the_knee(triage):
    assert "knee pain" in present(triage, "baayan ghootna dukhta hai, seedhi pe zyada", 58)


def test_assamese_script_both_knees_ache(triage):
    # "grandmother's two knees ache, she cannot walk": an old knee, seen in turn
    text = "আইতাৰ আঁঠু দুটা বিষায়, খোজ কাঢ়িব নোৱাৰে"
    assert {"knee pain", "reduced movement"} <= present(triage, text, 68)
    assert level(triage, text, 68) == "routine"


def test_urine_not_passed_since_yesterday(triage):
    assert "reduced urine" in present(triage, "bachhi ko dast, kal se pesab nahi kiya", 1)


def test_a_baby_who_does_not_pull_the_milk(triage):
    assert "unable to drink" in present(triage, "5 din ka bachha, aaj dudh nahi khinchta", 0.02, "male")


def test_guard_a_baby_who_sucks_well(triage):
    assert "unable to drink" in denied(triage, "3 hafte ka bachha, dudh achhe se peeta, bas hichki", 0.06, "male")


def test_baby_not_turning_in_the_womb(triage):
    assert "reduced fetal movement" in present(triage, "7 mahina, kal se bachha pehle jaisa nahi ghoomta", 24)


def test_a_fish_bone_in_the_throat_is_a_foreign_body(triage):
    text = "machh ka kaanta gale me atka, thook nigalne me chubhta"
    assert "difficulty swallowing" in present(triage, text, 35, "male")
    assert level(triage, text, 35, "male") == "urgent"


def test_a_bump_on_the_forehead_after_a_fall_is_swelling(triage):
    text = "beti palang se giri, turant royi, maathe pe gulla, ab khel rahi, ulti nahi"
    assert "swelling" in present(triage, text, 4)
    assert level(triage, text, 4) == "self_care"


def test_corrector_keeps_the_gardens_words(triage):
    text = normalise("hamar bagan ke sardar ne ketli uthayi, suiya se dar lagta").text
    assert text.split()[:5] == ["hamar", "bagan", "ke", "sardar", "ne"]
    assert "ketli" in text and "suiya" in text


def test_guard_the_overseer_is_no_headache(triage):
    assert "headache" not in present(triage, "sardar bola kal se kaam pe aana, pair me moch", 30, "male")


# --- over-triage: what the text tells absent ---
def test_a_jolt_of_pain_on_walking_is_no_fit(triage):
    text = "kal se pet me dard, ab daayi taraf neeche, chalne pe jhatka lagta, halka bukhar"
    assert "seizure" not in present(triage, text, 22, "male")
    assert level(triage, text, 22, "male") == "urgent"


def test_guard_jerks_that_come_are_still_fits(triage):
    assert level(triage, "bukhar me hath pair ke jhatke aa rahe abhi", 3, "male") == "emergency"


def test_a_faint_with_a_few_jerks_is_seen_today_not_resuscitated(triage):
    text = ("line me dhoop me khada tha, aankh ke aage andhera aur gir gaya, do teen jhatke jaisa hua, 1 minute me uth "
            "gaya aur baat ki")
    r = result(triage, text, 16, "male")
    assert r["level"] == "urgent" and "faint_with_jerks" in codes(r)
    assert "seizure" not in present(triage, text, 16, "male")


def test_guard_jerks_in_a_faint_with_drowsiness_after_stay_a_fit(triage):
    text = "dhoop me khada tha, aankh ke aage andhera aur gir gaya, 2-3 jhatke jaisa hua, ab bhi sust pada hai"
    assert level(triage, text, 16, "male") == "emergency"


def test_guard_a_childs_jerks_with_fever_stay_a_fit(triage):
    text = "bukhar tha, aankh ke aage andhera aur gir gayi, 2-3 jhatke jaisa hua, 1 minute me uth gayi"
    assert level(triage, text, 4) == "emergency"


def test_a_breath_holding_spell_that_ended_in_a_cry(triage):
    text = "beta 2 saal, khilona chheena to zor se roya fir saans rok liya, honth neela hua, fir roya aur thik"
    assert level(triage, text, 2, "male") == "routine"


def test_guard_a_breath_held_then_still_limp_is_an_emergency(triage):
    text = "beta 2 saal, zor se roya fir saans rok liya, honth neela, ab bhi dheela pada hai"
    assert level(triage, text, 2, "male") == "emergency"


def test_legs_veins_thick_and_crooked_after_standing(triage):
    text = "dukaan pe din bhar khada rehta, pair ki nas moti tedhi ho gayi, sham ko pair me dard"
    assert level(triage, text, 45, "male") == "routine"


def test_guard_a_vein_leg_suddenly_swollen_hot_is_seen_today(triage):
    text = "pair ki nas moti tedhi, kal se ek pair achanak sooj gaya laal aur garam"
    assert level(triage, text, 45, "male") in HIGH


def test_a_leech_bite_that_oozes_is_care_at_home(triage):
    text = "haath me jok chipak gaya tha, chhuda diya, khoon ruk ruk ke rissa ja raha, dard nahi"
    r = result(triage, text, 40)
    assert r["level"] == "self_care" and "leech_bite" in codes(r)


def test_guard_a_leech_bite_that_bleeds_heavily_is_seen(triage):
    text = "pair me jok laga tha, khoon bahut beh raha, ruk nahi raha, chakkar aa raha"
    assert level(triage, text, 40) in HIGH


def test_sore_shoulders_after_a_first_day_of_plucking(triage):
    text = "pehli baar pura din patti toda, kandhe aur baazu akad gaye dukhte, aur kuch nahi"
    assert "body ache" in present(triage, text, 19)
    assert level(triage, text, 19) == "self_care"


def test_guard_a_shoulder_that_will_not_move_after_a_fall_is_seen(triage):
    assert level(triage, "patti todte gir gayi, kandha hila nahi sakti, bahut dard", 30) in HIGH


def test_a_hangover_is_care_at_home(triage):
    text = "kal shaadi me daaru zyada ho gaya, aaj sir dard aur ji michla raha, hosh me hu sab yaad hai"
    assert level(triage, text, 28, "male") == "self_care"


def test_guard_liquor_then_not_waking_is_an_emergency(triage):
    assert level(triage, "haria zyada ho gaya, ab jagaane se bhi nahi jagta", 40, "male") == "emergency"


def test_palpitations_after_strong_tea_that_settled(triage):
    text = "raat bhar 5 cup kadak chai pi, dil dhak dhak hua thodi der, ab normal, chhati dard nahi chakkar nahi"
    assert level(triage, text, 26, "male") == "self_care"


def test_guard_palpitations_with_a_faint_are_an_emergency(triage):
    assert level(triage, "dil dhak dhak hua aur chakkar aa ke gir gaya", 50, "male") == "emergency"


def test_a_newborn_who_sneezes_and_hiccups_and_feeds(triage):
    text = "3 hafte ki bachhi, chheenk aur hichki aati rehti, dudh achhe se peeti, saans normal"
    assert level(triage, text, 0.06) == "self_care"


def test_guard_a_newborn_who_stopped_feeding_is_seen(triage):
    assert level(triage, "3 hafte ki bachhi, chheenk aati, aaj dudh nahi peeti, sust", 0.06) == "emergency"


def test_a_chest_wall_strained_by_lifting_sacks(triage):
    text = "godown me chawal ke bore uthaye, aaj chhati me dard, karwat lene pe dard, saans thik, pasina nahi"
    r = result(triage, text, 28, "male")
    assert r["level"] == "self_care" and "chest_wall_strain" in codes(r)


def test_guard_a_chest_pain_with_sweat_after_lifting_is_an_emergency(triage):
    text = "bore uthaye, chhati me dard aur pasina, saans phool raha"
    assert level(triage, text, 52, "male") == "emergency"


def test_bright_blood_on_the_tissue_with_hard_stools(triage):
    assert level(triage, "3 hafte se tissue pe laal khoon, kabz rehta, aur kuch nahi", 32, "male") == "routine"


def test_guard_much_blood_in_the_stool_with_giddiness_is_seen(triage):
    assert level(triage, "latrine me bahut khoon aaya, chakkar aa raha", 32, "male") in HIGH


def test_a_reflux_of_months(triage):
    text = "khana khane ke baad chhati me jalan, khatta paani upar aata, 3 mahine se"
    r = result(triage, text, 44, "male")
    assert r["level"] == "routine" and "long_heartburn" in codes(r)


def test_guard_a_new_chest_burning_on_walking_with_sweat_is_an_emergency(triage):
    text = "aaj subah se chhati me jalan, chalne pe badhta, pasina aa raha"
    assert level(triage, text, 52, "male") == "emergency"


def test_guard_a_reflux_told_at_sixty_still_gets_its_ecg(triage):
    text = "khana khane ke baad chhati me jalan, khatta paani upar aata, 3 mahine se"
    assert level(triage, text, 62, "male") == "urgent"


def test_a_gallstone_pain_of_last_month_now_gone(triage):
    text = "pichhle mahine 2 baar khane ke baad pet me upar daayi taraf tez dard hua tha, ab koi dard nahi"
    assert level(triage, text, 42) == "routine"


def test_guard_a_pain_since_last_month_goes_on(triage):
    assert "abdominal pain" in present(triage, "pichhle mahine se pet me dard, ulti", 42)


def test_an_eye_that_turns_in_is_a_squint(triage):
    found = present(triage, "beti ki ek aankh andar ko tedhi dikhti hai", 4)
    assert "sunken eyes" not in found
    assert level(triage, "beti ki ek aankh andar ko tedhi dikhti hai", 4) == "routine"


def test_guard_eyes_sunken_by_loose_stools(triage):
    assert "sunken eyes" in present(triage, "bachhi ko dast, aankh andar dhasa, sust", 1)


def test_heavy_periods_for_a_year(triage):
    text = "periods me bahut khoon jaata, 8 din chalta, 1 saal se aisa, thakan rehti"
    assert level(triage, text, 38) == "routine"


def test_guard_heavy_periods_with_giddiness_are_seen(triage):
    assert level(triage, "periods me bahut khoon jaata, aaj chakkar aa ke gir gayi", 38) in HIGH


def test_a_vaccine_named_by_its_week_is_no_fever_of_weeks(triage):
    text = "kal 10 hafte wala tika laga, raat halka garam tha, ab dudh pee rahi aur khel rahi"
    assert level(triage, text, 0.3) == "self_care"


def test_guard_after_a_vaccine_a_baby_who_will_not_feed_is_seen(triage):
    text = "kal 10 hafte wala tika laga, raat se tez bukhar, dudh nahi pee rahi, sust"
    assert level(triage, text, 0.3) in HIGH


def test_a_malaria_course_finished_is_no_fever(triage):
    assert "fever" not in present(triage, "malaria ki dawai pura kiya, bukhar nahi, thodi kamzori", 30, "male")


# --- a bone through the skin, the waters seeping, a kettle that fell ---
def test_a_bone_seen_out_of_the_wound_is_an_open_fracture(triage):
    text = "khet me pathar pair pe gira, haddi bahar dikh rahi, kapda bandha hai"
    r = result(triage, text, 40, "male")
    assert r["level"] == "emergency" and "open_fracture" in codes(r)
    assert "wound" in present(triage, text, 40, "male")


def test_guard_a_finger_cut_deep_without_a_bone_out_is_urgent(triage):
    text = "ungli chaaku se kat gayi gehri, andar safed sa dikh raha, kapda dabaya to khoon ruk gaya"
    assert level(triage, text, 25, "male") == "urgent"


def test_water_seeping_from_below_at_term_is_the_waters(triage):
    text = "pura 9 mahina, raat se niche se paani rissa ja raha, bachha hil raha"
    r = result(triage, text, 23)
    assert "vaginal discharge" in present(triage, text, 23)
    assert r["level"] in HIGH and "ruptured_membranes" in codes(r)


def test_a_kettle_that_fell_is_no_fall_of_the_child(triage):
    text = "chulhe se ketli gira, beti ke pair pe garam chai, chhale pad gaye"
    found = present(triage, text, 5)
    assert "burn" in found and "fall" not in found


def test_guard_a_hot_water_bag_is_no_burn(triage):
    assert "burn" not in present(triage, "ghutne pe garam paani ki thaili rakhi, dard kam hua", 60)
