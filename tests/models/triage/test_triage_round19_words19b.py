"""Round 19 (a city clinic's WhatsApp English, an elderly NCD clinic's Indian English with Tamil and Kannada words):
symptoms missed in lay wordings and text-speak — a head told heavy, thirst told as drinking eagerly, an arm that will
not lift, a stool black like tar, a nose that bled, "feeling to vomit", "usiru kattu", a hip with "novu" — and
symptoms wrongly added: a cough that only brings out a hernia, shoes that fit tight, an arm
moving fully, a food poisoning guessed. Our own sentences, each with its look-alike where one exists."""

import pytest


def present(result: dict) -> set[str]:
    return {s["name"] for s in result["symptoms"] if not s["negated"] and not s["learned"]}


def codes(result: dict) -> set[str]:
    return {f["code"] for f in result["findings"]}


@pytest.mark.parametrize("text, symptom", [
    ("my forehead feels heavy every evening after office", "headache"),
    ("head little heavy since I woke up, no fever", "headache"),
    ("mild cough, feeling to vomit after meals since yesterday", "nausea"),
    ("child had loose stools all day and is drinking water v eagerly", "excessive thirst"),
    ("burning in upper stomach after spicy food for a week", "abdominal pain"),
    ("stools are coming black black like tar for 3 days", "blood in stool"),
    ("nose bleeding a bit after he rubbed it, stopped now", "bleeding"),
    ("food is sticking in my throat when I eat chapati, past month", "difficulty swallowing"),
    ("vision is little blurry in the left eye since last week", "blurred vision"),
    ("throat is a little scratchy since the morning, no fever", "sore throat"),
    ("my nose is always blocked in winter", "nasal congestion"),
    ("eyes are a little red since the party, no pain", "red eye"),
    ("my eyes are burning after long hours at the computer", "eye pain"),
    ("grandfather's usiru kattu when walking fast, for weeks", "shortness of breath"),
    ("ajja slipped, his left hip novu since then", "joint pain"),
    ("she is always tensed about her exams, cannot relax", "anxiety"),
    ("my daughter had no motion 3 days, a bit cranky", "constipation"),
    ("dadi khana nai kha rai since 2 days", "loss of appetite"),
    ("the dog's tooth broke the skin on his calf", "wound"),
    ("hot sambar fell on the child's arm while serving", "burn"),
])
def test_lay_and_chat_wordings_are_read(triage, text, symptom):
    result = triage(text, age_years=30, sex="female")
    assert symptom in present(result), present(result)


def test_a_heavy_head_is_not_a_severe_headache(triage):
    result = triage("head feels heavy after long drive, nothing else", age_years=35, sex="male")
    assert "headache" in present(result)
    assert result["level"] == "self_care", codes(result)


def test_text_speak_colour_is_no_cold(triage):
    result = triage("baby's lips turning blue colr, breathing fast", age_years=1, sex="male")
    assert "runny nose" not in present(result)
    assert result["level"] == "emergency"


@pytest.mark.parametrize("text", [
    "suddenly since half an hour his right hand is dropping the cup and speech is slurred",
    "since 40 min mother's left kai not lifting and her mouth has gone to one side",
])
def test_one_sided_hand_weakness_told_plainly_is_a_stroke(triage, text):
    result = triage(text, age_years=70, sex="female")
    assert "weakness" in present(result)
    assert result["level"] == "emergency", codes(result)


def test_a_hand_that_drops_things_with_no_side_told_is_not_a_stroke_sign(triage):
    result = triage("my hands shake a little and I sometimes drop things, for a year", age_years=60, sex="male")
    assert result["level"] != "emergency", codes(result)


def test_a_threat_to_swallow_all_her_tablets_is_suicidal(triage):
    result = triage("my friend says she will take all her sleeping pills after dinner", age_years=22,
                    sex="female")
    assert "suicidal thoughts" in present(result)
    assert result["level"] == "emergency"


def test_tablets_taken_for_sleep_are_no_threat(triage):
    result = triage("she takes her sleeping tablet every night, asking if it is habit forming", age_years=50,
                    sex="female")
    assert "suicidal thoughts" not in present(result)


@pytest.mark.parametrize("text", [
    "my father says it would be better if he does not wake up tomorrow, no plan",
    "she keeps saying better if god takes her, she has no plan",
])
def test_a_passive_wish_to_die_is_seen_today(triage, text):
    result = triage(text, age_years=70, sex="female")
    assert result["level"] in {"urgent", "emergency"}, codes(result)


def test_status_epilepticus_not_coming_to_senses(triage):
    result = triage("fits again and again for 20 minutes, not coming to senses in between", age_years=30,
                    sex="male")
    assert "loss of consciousness" in present(result)
    assert result["level"] == "emergency"


# --- false additions removed ---

@pytest.mark.parametrize("text, absent", [
    ("bulge near the navel comes out when he coughs, goes back when lying", "cough"),
    ("she leaks urine when she sneezes or laughs, for years", "sneezing"),
    ("I think it is food poisoning, two loose stools after street food", "poisoning"),
    ("school shoes fit very tight, small blister on the heel", "seizure"),
    ("bruise on the arm after bumping the table, moving arm normally", "reduced movement"),
    ("returned from Kashi yatra, mild knee pain from walking", "cough"),
])
def test_look_alike_wordings_add_nothing(triage, text, absent):
    result = triage(text, age_years=40, sex="female")
    assert absent not in present(result), present(result)


def test_a_pain_on_coughing_keeps_the_cough(triage):
    result = triage("chest hurts when I cough, coughing since 5 days", age_years=30, sex="male")
    assert "cough" in present(result)


def test_a_real_poisoning_stays_one(triage):
    result = triage("he drank pesticide an hour back, vomiting", age_years=30, sex="male")
    assert "poisoning" in present(result)
    assert result["level"] == "emergency"


def test_a_child_not_moving_the_arm_is_still_reduced_movement(triage):
    result = triage("after the fall the child is not moving his arm", age_years=3, sex="male")
    assert "reduced movement" in present(result)


def test_a_shoe_blister_is_a_wound_not_a_burn(triage):
    result = triage("new shoes, small blister on the heel", age_years=25, sex="male")
    assert "wound" in present(result)
    assert "burn" not in present(result)
