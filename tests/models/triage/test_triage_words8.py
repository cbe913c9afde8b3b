"""Round 8: what a tester trying the product as a new user found, each in sentences of our own like the tester's
(English and Hinglish): evidence that names what raised the flag, a relative's illness, a head injury, specialties the
findings support, durations on the right symptom and in the card's language, invisible joiners in Devanagari, and
exam panic that is not an emergency while the heart's emergencies stay."""

import pytest

from tests.models.triage.conftest import codes, present, symptom


def named(result: dict) -> set[str]:
    """Every symptom named, present or denied."""
    return {s["name"] for s in result["symptoms"]}


def evidence(result: dict, code: str) -> list[str]:
    return next(f["evidence"] for f in result["findings"] if f["code"] == code)


# --- 1. a red flag's evidence is what raised it ---

@pytest.mark.parametrize("text", [
    "severe breathing difficulty and had a seizure",
    "child breathing very fast, had fits",
    "bachche ko jhatke aa rahe hain aur saans phool rahi hai",
    "saans lene mein bahut taklif aur jhatke bhi aaye",
])
def test_the_breathing_red_flag_quotes_no_fit(triage, text):
    """A fit is the convulsions rule's red flag, not evidence that the breathing is severe."""
    result = triage(text, age_years=4)
    assert result["level"] == "emergency"
    assert "seizure" in evidence(result, "convulsions")
    if "severe_respiratory_distress" in codes(result):
        assert not any("seizure" in item for item in evidence(result, "severe_respiratory_distress"))


@pytest.mark.parametrize("text", ["breathless and very drowsy, hard to wake", "saans phool rahi hai aur behosh sa hai"])
def test_breathlessness_with_drowsiness_is_still_severe(triage, text):
    result = triage(text, age_years=60)
    assert result["level"] == "emergency"
    assert "severe_respiratory_distress" in codes(result)


# --- 2. a relative's illness is neither the patient's symptom nor a denial ---

@pytest.mark.parametrize("text", [
    "father had heart attack last year",
    "my mother had a stroke 2 years ago",
    "papa ko pichle saal heart attack aaya tha",
    "nana ji ko lakwa hua tha 2 saal pehle",
    "maa ki maut cancer se hui",
    "dadaji guzar gaye heart attack se",
    "family history of heart attack and diabetes",
])
def test_a_relatives_illness_names_no_symptom(triage, text):
    result = triage(text, age_years=40, sex="male")
    assert named(result) == set(), result["symptoms"]  # not "NO chest pain" on the card, and not chest pain
    assert result["level"] != "emergency"
    assert "neurology" not in result["specialties"]  # a grandfather's stroke sends no one to the neurologist


@pytest.mark.parametrize("text", [
    "my father died of a heart attack and I have chest pain since morning",
    "papa ko pichle saal heart attack aaya tha, aaj mujhe seene mein dard",
    "my father had a heart attack last year, now chest pain again since morning",
])
def test_the_patients_own_symptom_beside_a_relatives_illness_is_kept(triage, text):
    result = triage(text, age_years=50, sex="male")
    assert "chest pain" in present(result)
    assert result["level"] == "emergency"


def test_a_death_in_the_family_does_not_hide_the_patients_grief(triage):
    result = triage("my father since mother died does not eat, sits alone all day, feels sad and cries", age_years=70)
    assert {"loss of appetite", "low mood"} <= present(result)


@pytest.mark.parametrize("text", [
    "father died of heart attack at age 50, I have chest pain",
    "nani ko 70 saal ki umar mein cancer hua tha, mujhe khansi",
    "family history of diabetes, fever since 2 days",
])
def test_a_relatives_age_or_diabetes_is_not_the_patients(triage, text):
    from models.triage.extract import extract_findings
    facts = extract_findings(text).patient
    assert facts.age_years is None and not facts.diabetic and facts.sex is None


# --- 3. a head injury is named ---

@pytest.mark.parametrize("text", [
    "child fell from bed and hit the head",
    "fell from the bed, head hit the floor",
    "my son fell off the bed and his head struck the floor",
    "baby fell from cot and head got hit",
    "fell off the sofa and landed on her head",
    "bed se gir gaya, sar zameen pe laga",
    "palang se gira, sir ke bal",
    "sofa se giri, maathe pe gumad ho gaya",
])
def test_a_child_who_fell_and_hit_the_head_has_a_head_injury(triage, text):
    result = triage(text, age_years=3, sex="male")
    assert "head_injury" in codes(result)
    assert "fall" in present(result)
    assert result["level"] in ("urgent", "emergency")


def test_the_head_injury_is_named_beside_the_symptoms_at_any_level(triage):
    """Under an emergency its own (urgent) reason is folded away on the card: the result names it beside the
    symptoms, in both languages."""
    result = triage("child fell from bed and hit the head", age_years=3, sex="male")
    assert result["signs"] == [{"code": "head_injury", "label": {"en": "Head injury", "hi": "सिर में चोट"}}]
    assert triage("fever and cough since 2 days", age_years=3)["signs"] == []


@pytest.mark.parametrize("text", ["sudden headache like being hit on the head, worst ever",
                                  "fell on my knee, no head injury"])
def test_no_head_injury_where_none_happened(triage, text):
    assert "head_injury" not in codes(triage(text, age_years=30))


# --- 4. secondary specialties are the findings' ---

@pytest.mark.parametrize(("text", "noise"), [
    ("dast lag rahe hain, pyaas zyada, neend nahi", {"endocrinology", "psychiatry"}),
    ("loose motions since 2 days, very thirsty, not sleeping", {"endocrinology", "psychiatry"}),
    ("toddler with diarrhoea, drinks milk", {"psychiatry"}),
    ("loose motions, drinks well, passing urine", {"psychiatry"}),
    ("diarrhoea 4 times today, eyes sunken, drinks eagerly", {"ophthalmology", "endocrinology", "psychiatry"}),
    ("bachcha palang se gira, sir mein chot", {"obstetrics and gynecology"}),
])
def test_no_department_the_findings_do_not_support(triage, text, noise):
    result = triage(text, age_years=2, sex="male")
    assert not noise & set(result["specialties"]), result["specialties"]
    assert "pediatrics" in result["specialties"]


@pytest.mark.parametrize(("text", "age", "wanted"), [
    ("fever, cough and ear pain", 30, "ent"),                       # each finding keeps its department
    ("hair falling since 2 months", 30, "dermatology"),              # a department word outside any symptom
    ("he drinks every day, now vomiting", 45, "psychiatry"),
    ("nose bleed after picking it, stopped after pressing", 8, "ent"),  # a general symptom's site
    ("stroke 3 years ago, recovered fully, here for medicines", 60, "neurology"),
    ("heart racing, no other problem", 30, "cardiology"),
])
def test_supported_departments_stay(triage, text, age, wanted):
    assert wanted in triage(text, age_years=age)["specialties"]


# --- 5. a duration belongs to the symptom in its clause ---

@pytest.mark.parametrize(("text", "durations"), [
    ("2 din se tez bukhar, aaj subah jhatke", {"fever": "2 din se", "seizure": None}),
    ("3 din se bukhar hai aur aaj se ulti", {"fever": "3 din se", "vomiting": "aaj se"}),
    ("2 din se bukhar aur 1 hafte se khansi", {"fever": "2 din se", "cough": "1 hafte se"}),
    ("fever since 2 days, today had a fit", {"fever": "since 2 days", "seizure": None}),
    ("he drinks every day, now vomiting", {"vomiting": None}),
    ("bukhar 2 din se, khansi 1 hafte se", {"fever": "2 din se", "cough": "1 hafte se"}),
    # as before: a list shares the duration said after or before it; a time of day is no new episode
    ("fever for 2 days and cough for a week", {"fever": "for 2 days", "cough": "for a week"}),
    ("fever, cough and cold for 3 days", {"fever": "for 3 days", "cough": "for 3 days", "runny nose": "for 3 days"}),
    ("since 3 days fever, cough and vomiting", {"fever": "since 3 days", "cough": "since 3 days",
                                                "vomiting": "since 3 days"}),
    ("cough at night for 2 weeks", {"cough": "for 2 weeks"}),
    ("fitting now for 5 min and not stopping", {"seizure": "for 5 minute"}),  # "min" read as "minute"
    ("G2P1 at 30 wks c/o headache and swelling of face since morning", {"headache": "since morning",
                                                                        "swelling": "since morning"}),
])
def test_a_duration_goes_to_the_symptom_of_its_clause(triage, text, durations):
    result = triage(text, age_years=30)
    assert {name: symptom(result, name)["duration"] for name in durations} == durations


def test_a_childs_age_written_first_is_no_duration(triage):
    result = triage("4 yr wheezy since evening, no chest indrawing", age_years=4)
    assert symptom(result, "wheezing")["duration"] == "since evening"


def test_the_fits_of_this_morning_do_not_read_as_two_days_old(triage):
    """The seizure is not "for two days": nothing a rule reads of the fever's days reaches the fits."""
    result = triage("2 din se tez bukhar, aaj subah jhatke", age_years=3)
    assert symptom(result, "seizure")["duration"] is None
    assert result["level"] == "emergency"


# --- 6. the card says the duration in its language ---

@pytest.mark.parametrize(("text", "name", "en", "hi"), [
    ("2 din se tez bukhar", "fever", "for 2 days", "2 दिन से"),
    ("fever for 3 days", "fever", "for 3 days", "3 दिन से"),
    ("ek hafte se khansi", "cough", "for 1 week", "1 हफ़्ते से"),
    ("kal raat se ulti ho rahi", "vomiting", "since last night", "कल रात से"),
    ("since yesterday vomiting", "vomiting", "since yesterday", "कल से"),
    ("aaj subah se pet dard", "abdominal pain", "since this morning", "आज सुबह से"),
    ("saalon se kamar dard", "back pain", "for years", "सालों से"),
    ("cough x 3/52", "cough", "for 3 weeks", "3 हफ़्ते से"),
    ("headache every morning", "headache", "every morning", "हर सुबह"),
    ("since monday fever", "fever", "since Monday", "सोमवार से"),
    ("बुखार दो दिन से", "fever", "for 2 days", "2 दिन से"),
])
def test_duration_worded_in_english_and_hindi(triage, text, name, en, hi):
    assert symptom(triage(text, age_years=30), name)["duration_label"] == {"en": en, "hi": hi}


def test_the_english_summary_says_the_duration_in_english(triage):
    from models.triage.cli import format_summary
    summary = format_summary(triage("2 din se tez bukhar", age_years=30))
    assert "fever (for 2 days)" in summary and "din" not in summary


# --- 7. invisible joiners inside a word ---

@pytest.mark.parametrize(("text", "names"), [
    ("सी\u200dने में द\u200cर्द", {"chest pain"}),
    ("बु\u200cखार और उ\u200dल्टी", {"fever", "vomiting"}),
    ("सिर\u200c में दर्द", {"headache"}),
    ("fe\u200cver and vo\u200dmiting", {"fever", "vomiting"}),
])
def test_a_zero_width_joiner_does_not_break_a_word(triage, text, names):
    result = triage(text, age_years=30)
    assert present(result) == names
    for s in result["symptoms"]:  # the card still quotes what was typed
        assert text[s["start"]:s["end"]] == s["text"]


def test_a_joiner_inside_a_red_flag_keeps_it(triage):
    assert triage("साँ\u200cस नहीं आ रही", age_years=30)["level"] == "emergency"


# --- 9. exam panic is not an emergency; the heart's emergencies stay ---

@pytest.mark.parametrize(("text", "age"), [
    ("heart racing, sweaty palms, feel something terrible will happen before every exam", 19),
    ("before my exams my heart pounds and my hands sweat, I feel something bad will happen", 17),
    ("exam se pehle dil tez dhadakta hai, haath mein pasina, lagta hai kuch bura hoga", 19),
    ("interview se pehle ghabrahat, dil zor se dhadakta, pasina", 25),
    ("heart pounding in crowds, sweating", 22),
    ("exam ke time bahut ghabrahat, dil tez dhadakta, haath kaanpte", 20),
])
def test_situational_panic_in_the_young_is_not_an_emergency(triage, text, age):
    result = triage(text, age_years=age)
    assert result["level"] == "routine"
    assert "situational_anxiety" in codes(result)
    assert not result["red_flags"]
    assert result["specialties"][0] == "psychiatry"


@pytest.mark.parametrize(("text", "age"), [
    ("chest pain with sweating", 55),
    ("seene mein dard aur pasina, lagta hai kuch bura hoga", 55),
    ("palpitations and fainted", 30),
    ("heart racing before exam and chest pain, sweating", 25),
    ("dil tez dhadak raha exam se pehle, aur behosh ho gayi", 19),
    ("panic before the exam, heart racing and can't breathe", 19),
])
def test_true_cardiac_and_breathing_emergencies_stay(triage, text, age):
    result = triage(text, age_years=age)
    assert result["level"] == "emergency"
    assert "situational_anxiety" not in codes(result)


def test_the_same_wording_past_forty_is_not_settled_as_panic(triage):
    result = triage("heart racing, sweaty palms, feel something terrible will happen before every meeting",
                    age_years=55)
    assert "situational_anxiety" not in codes(result)


def test_palpitations_settled_before_an_exam_may_still_be_self_care(triage):
    result = triage("heart racing before exam, settled after sitting, no chest pain, no fainting", age_years=20)
    assert result["level"] == "self_care"
