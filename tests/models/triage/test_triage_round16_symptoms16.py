"""Round 16 (symptom precision and recall): the symptoms writers of every round count, or do not, where the triage
read otherwise — the breath told without breathlessness, a counted rate, things that fall, a wound's stopped bleed,
period cramps, indigestion, a pale face, a faint told "as if", a past dog bite, the cold that is a temperature — and
everyday wordings it lacked. Our own sentences, not a vignette's."""

import pytest


def present(result: dict) -> set[str]:
    """Symptoms the lexicon found present (the learned model's guesses left out)."""
    return {s["name"] for s in result["symptoms"] if not s["negated"] and not s["learned"]}


def denied(result: dict) -> set[str]:
    return {s["name"] for s in result["symptoms"] if s["negated"]}


# --- the breath told without breathlessness ---

@pytest.mark.parametrize("text", [
    "chacha ko current laga, saans chal rahi hai lekin aankh nahi khol rahe",
    "bhai ne bahut daru pi li, ab bol nahi raha, saans chal raha hai",
])
def test_breathing_told_as_going_on_is_no_breathlessness(triage, text):
    result = triage(text, age_years=40, sex="male")
    assert "shortness of breath" not in present(result)
    assert result["level"] == "emergency"


@pytest.mark.parametrize("text", [
    "gardan mein gaanth hai do saal se, saans me koi dikkat nahi",
    "gale mein gaanth badh rahi, nigalne ya saans me dikkat? - nahi",
])
def test_a_denied_breathing_trouble_is_denied(triage, text):
    result = triage(text, age_years=45, sex="female")
    assert "shortness of breath" not in present(result)
    assert "shortness of breath" in denied(result)


def test_a_pain_that_comes_with_the_breath_is_no_breathlessness(triage):
    result = triage("bukhar aur khansi, saans lete waqt pasli mein chubhan hoti hai", age_years=30, sex="male")
    assert "shortness of breath" not in present(result)
    assert {"chest pain", "cough", "fever"} <= present(result)


def test_deep_sighing_breaths_are_fast_breathing(triage):
    result = triage("sugar wali beti, do din se ulti, ab saans gehri gehri aur tez", age_years=14, sex="female")
    assert "fast breathing" in present(result)
    assert "shortness of breath" not in present(result)


@pytest.mark.parametrize("text", [
    "3 saal ka beta, khansi bukhar, saans 48 gin ki",
    "teen saal ki bachchi ko khansi hai, breathing 46, doodh pi rahi",
])
def test_a_child_s_counted_fast_rate_is_fast_breathing(triage, text):
    result = triage(text, age_years=3)
    assert "fast breathing" in present(result)
    assert "shortness of breath" not in present(result)


# --- what falls that is no fall ---

@pytest.mark.parametrize("text", [
    "garam doodh ka bhagona gir gaya, bete ka pair jal gaya",
    "chai ka cup gir gaya, haath jal gaya thoda",
])
def test_a_vessel_that_fell_is_no_fall_of_the_patient(triage, text):
    result = triage(text, age_years=6)
    assert "fall" not in present(result)
    assert "burn" in present(result)


def test_devanagari_fell_down_is_a_fall(triage):
    assert "fall" in present(triage("नाना जी सीढ़ी से गिर गए, सिर पर चोट", age_years=75, sex="male"))


# --- a wound's bleed that stopped; a denied active bleeding ---

@pytest.mark.parametrize("text", [
    "gali ke kutte ne pair pe kaata, thoda khoon nikla tha, ab band hai",
    "cycle se gira, ghutna chhil gaya, khoon aaya tha ab band hai",
])
def test_a_wound_s_stopped_bleed_is_not_a_bleeding(triage, text):
    result = triage(text, age_years=30)
    assert "bleeding" not in present(result)
    assert present(result) & {"dog bite", "cut", "wound"}


def test_a_wound_still_bleeding_a_little_is_a_bleeding_not_a_vaginal_one(triage):
    result = triage("kutte ne haath pe kaata, thoda khoon aa raha hai", age_years=30)
    assert "bleeding" in present(result)
    assert "vaginal bleeding" not in present(result)


def test_no_active_bleeding_denies_the_bleeding(triage):
    result = triage("goat horn wound on the thigh, deep, no active bleeding", age_years=40, sex="male")
    assert "bleeding" in denied(result)
    assert "lethargy" not in denied(result) | present(result)


# --- period cramps, heavy periods, indigestion ---

@pytest.mark.parametrize("text", [
    "har mahine period ke pehle din pet mein marod hoti hai, garam paani se aaram",
    "मासिक धर्म के समय पेट में दर्द रहता है",
])
def test_a_period_s_belly_cramps_are_the_painful_period(triage, text):
    result = triage(text, age_years=20, sex="female")
    assert "painful periods" in present(result)
    assert "abdominal pain" not in present(result)


def test_a_belly_pain_with_a_late_period_stays_a_belly_pain(triage):
    result = triage("period 7 hafte se late hai, neeche pet mein ek taraf tez dard", age_years=25, sex="female")
    assert "abdominal pain" in present(result)
    assert "painful periods" not in present(result)


@pytest.mark.parametrize("text", [
    "always tired, looking pale, periods are very heavy",
    "menorrhagia for a year, feeling weak",
])
def test_heavy_periods_are_no_bleeding_now_and_no_self_care(triage, text):
    result = triage(text, age_years=32, sex="female")
    assert "vaginal bleeding" not in present(result)
    assert result["level"] != "self_care"


def test_a_heavy_bleeding_now_stays_a_vaginal_bleeding(triage):
    result = triage("heavy bleeding with clots since morning, soaking pads, dizzy", age_years=32, sex="female")
    assert "vaginal bleeding" in present(result)
    assert result["level"] == "emergency"


@pytest.mark.parametrize("text", [
    "thodi si acidity hai kal raat ki party ke baad",
    "mild heartburn after a spicy dinner, otherwise fine",
])
def test_indigestion_told_by_its_own_words_is_no_belly_pain_and_is_self_care(triage, text):
    result = triage(text, age_years=28, sex="male")
    assert "abdominal pain" not in present(result)
    assert result["level"] == "self_care"


def test_indigestion_told_of_the_belly_is_a_belly_pain(triage):
    assert "abdominal pain" in present(triage("khana khane ke baad pet ke upar jalan hoti hai", age_years=35))


def test_a_long_or_severe_indigestion_is_no_self_care(triage):
    assert triage("acidity roz hoti hai 6 mahine se", age_years=35)["level"] != "self_care"


# --- yellow that is no jaundice; a faint told "as if" ---

@pytest.mark.parametrize("text", [
    "beti ka chehra peela sa rehta hai, jaldi thak jaati hai",
    "sputum has turned yellow since yesterday, coughing",
])
def test_a_pale_face_or_a_yellow_phlegm_is_no_jaundice(triage, text):
    assert "jaundice" not in present(triage(text, age_years=30, sex="female"))


def test_the_eyes_turned_yellow_stay_jaundice(triage):
    assert "jaundice" in present(triage("aankhen peeli ho gayi hain, bhookh nahi", age_years=30))


def test_as_if_fainted_is_a_faint(triage):
    result = triage("nahate waqt behosh jaisi ho gayi, ab bhi chakkar", age_years=50, sex="female")
    assert "fainting" in present(result)
    assert "loss of consciousness" not in present(result)


# --- a bite told months ago; the cold that is a temperature; the corrector's slips ---

def test_a_dog_bite_of_weeks_ago_is_still_the_exposure(triage):
    result = triage("5 hafte pehle kutte ne kaata tha, injection nahi lagwaya, ab paani se darta hai", age_years=9)
    assert "dog bite" in present(result)
    assert result["level"] in ("urgent", "emergency")


def test_a_dog_bite_of_years_ago_is_over(triage):
    result = triage("bitten by a dog 8 years ago, fully vaccinated, now scared of dogs", age_years=30)
    assert "dog bite" not in present(result)


@pytest.mark.parametrize("text", [
    "grandfather is cold and not talking properly since morning",
    "knees stiff on cold mornings, better after a walk",
])
def test_cold_to_the_touch_or_the_season_is_no_runny_nose(triage, text):
    assert "runny nose" not in present(triage(text, age_years=70, sex="male"))


@pytest.mark.parametrize("text, wrong", [
    ("bachcha dard se chilla raha hai, pair mud gaya", "fever"),
    ("pathri ka dard, tadap rahi hai, ulti", "fever"),
    ("din bhar khoob khelta hai, raat ko pindli mein dard", "bleeding"),
])
def test_everyday_words_are_not_corrected_into_symptoms(triage, text, wrong):
    assert wrong not in present(triage(text, age_years=8))


# --- everyday wordings ---

@pytest.mark.parametrize("text, symptom", [
    ("papa kal se ulti seedhi baatein kar rahe hain", "confusion"),
    ("dadi ghar walon ko pahchaan nahi rahi", "confusion"),
    ("subah se sir ghoom raha hai", "dizziness"),
    ("achanak bolne me dikkat ho rahi hai", "slurred speech"),
    ("kaan mein mavaad hai", "ear discharge"),
    ("chalne par hafni chadh jaati hai", "shortness of breath"),
    ("seene mein chubhan ho rahi hai", "chest pain"),
    ("dil jor se dhadak raha hai", "palpitations"),
    ("urine me jalan ho rahi hai", "dysuria"),
    ("chuha maar dawa kha li gusse mein", "poisoning"),
    ("kehti hai jeene ka man nahi karta", "suicidal thoughts"),
    ("aankhon ke aage dhundh si hai", "blurred vision"),
    ("khana gale me atak jata hai", "difficulty swallowing"),
    ("sharir me jaan hi nahi hai", "fatigue"),
    ("period time pe nahi aata, kabhi 2 mahine baad", "irregular periods"),
    ("8 mahine ki pregnant, aaj bachha kam hil raha", "reduced fetal movement"),
    ("motions are loose since last night", "diarrhea"),
    ("pet mai dard ho raha hai", "abdominal pain"),
    ("chest pian since morning", "chest pain"),
    ("aankh aa gayi hai dono", "red eye"),
    ("not feeling hungry for a week", "loss of appetite"),
    ("motion not clear for 4 days", "constipation"),
    ("लूज मोशन हो रहे हैं", "diarrhea"),
    ("कान बह रहा है", "ear discharge"),
    ("जी मिचलाता है सुबह", "nausea"),
    ("मुंह एक तरफ टेढ़ा हो गया", "facial droop"),
])
def test_everyday_wordings_name_their_symptom(triage, text, symptom):
    assert symptom in present(triage(text))


def test_nonsense_talk_is_no_vomiting(triage):
    assert "vomiting" not in present(triage("nanaji ulti seedhi baatein bol rahe hain subah se", age_years=80))


# --- negation and context ---

def test_no_history_of_fits_denies_the_fits(triage):
    result = triage("No h/o fits, fever since 3 days", age_years=25)
    assert "seizure" in denied(result)
    assert "fever" in present(result)


@pytest.mark.parametrize("text", [
    "board exam ka tension hai, sir mein halka dard",
    "kaam ki tension se neend thodi kam ho gayi",
])
def test_a_worry_named_by_its_cause_is_no_anxiety_disorder(triage, text):
    assert "anxiety" not in present(triage(text, age_years=20))


def test_the_fear_of_dying_in_a_racing_heart_is_anxiety(triage):
    result = triage("raat ko dil itna zor se dhadka, laga mar jaungi", age_years=22, sex="female")
    assert {"anxiety", "palpitations"} <= present(result)


def test_a_postnatal_visit_is_no_panic(triage):
    assert "anxiety" not in present(triage("PNC visit day 6, mother has fever and foul discharge", age_years=24,
                                           sex="female"))


def test_too_breathless_to_finish_a_sentence_is_no_slurred_speech(triage):
    result = triage("dama ka attack, poori baat bol nahi pa rahi, seeti ki awaz", age_years=40, sex="female")
    assert "slurred speech" not in present(result)
    assert result["level"] == "emergency"


# --- a hernia that no longer goes back (seen today, not routine, once 'gas' no longer reads as a belly pain) ---

def test_a_hernia_that_no_longer_goes_back_is_seen_today(triage):
    result = triage("jaangh ke jod pe gaanth saal bhar se, pehle andar chali jaati thi, aaj se dard aur andar nahi ja "
                    "rahi, gas pass ho rahi", age_years=50, sex="male")
    assert result["level"] in ("urgent", "emergency")
    assert "stuck_hernia" in {f["code"] for f in result["findings"]} | set(result["red_flags"])
