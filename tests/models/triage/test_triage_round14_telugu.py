"""Round 14 (train11 part 01, the casualty of an area hospital in coastal Andhra): Telugu typed in Latin letters and
in the Telugu script — a bleeding that will not stop or soaks the sari, a delivery at home, the pregnancy's month by
its ordinal ("8 va nela"), a missed period of weeks with a one-sided belly pain, lightning, tablets swallowed all at
once, rat poison, a newborn hot and not at the breast, prawns and a closing throat, a sickle's cut, a bone through
the skin, rice-water stools with no urine; "kooda" and "aalochana" between a word and its denial; "2 ellu kritham"
and "chinnappudu" as the past; everyday words the corrector misread ("aagindi", stopped, as drank; "kaalindi",
burnt, as bit; "biyyam kadugu", rice washings, as fear and belly; "pagalu", by day, as milk). Our own sentences,
not the train11 file's, each beside its harmless neighbour."""

from tests.models.triage.conftest import codes, lexicon_found as present, negated as denied


# --- bleeding ---

def test_a_bleeding_in_pregnancy_that_soaks_the_sari_is_an_emergency(triage):
    result = triage("9 va nela, ninna raatri nundi raktam baaga potondi, cheera motham tadisipoindi",
                    age_years=27, sex="female")
    assert result["level"] == "emergency", codes(result)
    assert "pregnancy_bleeding" in codes(result), codes(result)
    calm = triage("9 va nela, raktam ledu, bidda kadulutondi, checkup kosam vachindi", age_years=27, sex="female")
    assert calm["level"] != "emergency", codes(calm)


def test_a_bleeding_after_a_home_delivery_in_the_script_is_an_emergency(triage):
    result = triage("మొన్న రాత్రి ఇంట్లో కాన్పు అయింది, రక్తం ఆగడం లేదు, మూడు బట్టలు తడిసిపోయాయి", age_years=24,
                    sex="female")
    assert result["level"] == "emergency", codes(result)
    assert "severe_bleeding" in codes(result), codes(result)


def test_a_spurting_cut_that_a_cloth_does_not_stop_is_heavy_bleeding_and_one_that_stopped_is_not(triage):
    result = triage("Katti tho cheyyi tegindi, raktam chimmutondi, gudda kattina aagatledu", age_years=35)
    assert "severe_bleeding" in codes(result) and result["level"] == "emergency", codes(result)
    stopped = triage("Velu tegindi, chinna gaatu, gudda katti pettaka raktam aagindi", age_years=35)
    assert stopped["level"] != "emergency", codes(stopped)
    assert "bleeding" in denied(stopped), denied(stopped)


def test_a_bone_seen_through_the_skin_is_an_open_wound(triage):
    result = triage("Chettu kommu kaalu meeda padindi, kaalu virigi emuka bayataki kanipistondi", age_years=40)
    assert "deep_wound" in codes(result) or "deep_open_wound" in str(result["findings"]), codes(result)
    assert result["level"] != "self_care"


# --- consciousness, lightning, the wrong tablets ---

def test_lightning_and_not_come_round_is_an_emergency(triage):
    result = triage("Polam lo pidugu paddadi, appati nundi spruha raaledu", age_years=30)
    assert result["level"] == "emergency", codes(result)
    assert "electrical_or_drowning" in codes(result) and "coma" in codes(result), codes(result)
    awake = triage("Pidugu sabdam vini bhayapaddadu, spruha undi, maatladutunnadu", age_years=30)
    assert "electrical_or_drowning" not in codes(awake), codes(awake)


def test_tablets_swallowed_all_at_once_are_an_overdose_and_tablets_taken_as_told_are_not(triage):
    result = triage("Godava tarvata nidra maatralu anni okesari mingesindi", age_years=22, sex="female")
    assert "poisoning" in codes(result) and result["level"] == "emergency", codes(result)
    daily = triage("BP maatralu roju vesukuntundi, ivala tala noppi konchem", age_years=55, sex="female")
    assert "poisoning" not in codes(daily), codes(daily)


def test_rat_poison_eaten_is_a_poisoning_however_well_he_looks(triage):
    result = triage("elukala mandu tinnadu ninna, ippudu baagane unnadu, vaanti kooda ledu", age_years=19)
    assert result["level"] == "emergency" and "poisoning" in codes(result), codes(result)
    assert "vomiting" in denied(result), denied(result)


# --- the pregnancy, the missed period ---

def test_a_missed_period_of_weeks_with_a_one_sided_belly_pain_is_a_possible_ectopic(triage):
    result = triage("Nelasari raaka 7 vaaralu, kadupu kinda kudi vaipu bhayankaramaina noppi", age_years=24,
                    sex="female")
    assert "possible_ectopic" in codes(result) and result["level"] == "emergency", codes(result)
    period = triage("Nelasari modati roju, kadupu lo konchem noppi, eppudu laage", age_years=24, sex="female")
    assert period["level"] != "emergency", codes(period)


def test_the_ordinal_month_is_a_pregnancy_and_a_mild_headache_with_a_raised_bp_is_not_severe(triage):
    severe = triage("7 va nela, BP 150/100, tala noppi bharinchalekapothondi", age_years=25, sex="female")
    assert severe["level"] == "emergency", codes(severe)
    mild = triage("7 va nela, BP 150/100, konchem tala noppi, choopu baagane undi", age_years=25, sex="female")
    assert mild["level"] == "urgent", codes(mild)


# --- the young infant ---

def test_a_newborn_hot_and_not_at_the_breast_is_an_emergency(triage):
    result = triage("Vaaram babu, olu vedi, paalu taagatla, edupu sannaga", age_years=0.02)
    assert {"fever", "unable to drink"} <= present(result), present(result)
    assert result["level"] == "emergency", codes(result)


# --- the allergy ---

def test_prawns_and_a_closing_throat_are_anaphylaxis_and_prawns_and_an_itch_are_not(triage):
    result = triage("Royyala koora tinnaka dadurlu, gonthu close ayipotunnattu undi", age_years=30)
    assert "anaphylaxis" in codes(result) and result["level"] == "emergency", codes(result)
    itch = triage("Royyala koora tinnaka konchem durada, gonthu baagane undi", age_years=30)
    assert itch["level"] != "emergency", codes(itch)


# --- water lost ---

def test_rice_water_stools_with_no_urine_and_no_answer_is_severe_dehydration(triage):
    result = triage("బియ్యం కడుగు నీళ్ళలా విరేచనాలు, పొద్దున నుంచి మూత్రం రాలేదు, పిలిస్తే పలకడం లేదు", age_years=50)
    assert "severe_dehydration" in codes(result) or "reduced_consciousness" in codes(result), codes(result)
    assert result["level"] == "emergency"
    mild = triage("Rendu saarlu palchaga motions, neellu baaga taagutunnadu, mootram vastondi", age_years=30)
    assert mild["level"] != "emergency", codes(mild)


# --- denials and the past ---

def test_no_thought_of_dying_is_denied_through_the_thought(triage):
    result = triage("మనసు బాగాలేదు, నిద్ర పట్టడం లేదు, చచ్చిపోవాలని ఆలోచన లేదు", age_years=30, sex="female")
    assert "suicidal thoughts" in denied(result), denied(result)
    assert result["level"] != "emergency", codes(result)
    wish = triage("chachipovalani anipistundi, manasu baagaledu", age_years=30, sex="female")
    assert wish["level"] == "emergency", codes(wish)


def test_a_mothers_stroke_years_ago_and_fits_in_childhood_are_the_past(triage):
    result = triage("Naanna ki 3 ellu kritham stroke vachindi. Naaku jalubu, dagu", age_years=32)
    assert result["level"] != "emergency", codes(result)
    fits = triage("Chinnappudu fits vachevi, 12 ellu nundi raaledu. Ippudu gonthu noppi", age_years=25)
    assert fits["level"] != "emergency", codes(fits)
    now = triage("Ivala podduna fits vachayi, spruha ledu", age_years=25)
    assert now["level"] == "emergency", codes(now)


def test_fits_that_have_not_come_are_denied(triage):
    result = triage("Fits mandulu vaadutunnadu, 2 years nundi fits raaledu, mandulu aipoyayi", age_years=30)
    assert "seizure" not in present(result), present(result)
    assert result["level"] != "emergency", codes(result)


# --- false friends the corrector made ---

def test_a_burnt_finger_is_no_bite_and_rice_washings_no_belly(triage):
    burnt = triage("వంట చేస్తుంటే వేలు కాలింది, బొబ్బ లేదు", age_years=35, sex="female")
    assert "snake bite" not in present(burnt) and "burn" in present(burnt), present(burnt)
    assert burnt["level"] in ("self_care", "routine"), codes(burnt)
    rice = triage("biyyam kadugu neellalaa virechanalu", age_years=40)
    assert "abdominal pain" not in present(rice) and "diarrhea" in present(rice), present(rice)


def test_a_stopped_bleeding_is_not_read_as_a_drink(triage):
    result = triage("kaalu gokkupoyindi, raktam aagindi, nadustunnadu", age_years=12)
    assert "bleeding" in denied(result), denied(result)
    assert result["level"] != "emergency", codes(result)
    going = triage("kaalu gokkupoyindi, raktam aagatledu", age_years=12)
    assert "bleeding" in present(going), present(going)


def test_wheezing_at_night_by_day_playing_is_no_milk_refused(triage):
    result = triage("Prati raatri dagu, pilli koothalu, pagalu aadukuntadu", age_years=5)
    assert "wheezing" in present(result), present(result)
    assert "unable to drink" not in present(result), present(result)
    assert result["level"] != "emergency", codes(result)


def test_a_baby_in_the_womb_that_moves_is_reassuring_and_one_that_moves_little_is_not(triage):
    moving = triage("6 va nela, bidda kadulutondi, noppulu levu, raktam ledu", age_years=26, sex="female")
    assert "reduced fetal movement" in denied(moving), denied(moving)
    little = triage("6 va nela, bidda kadulutondi kaani chala takkuva", age_years=26, sex="female")
    assert "reduced fetal movement" in present(little), present(little)
    assert little["level"] == "emergency", codes(little)
