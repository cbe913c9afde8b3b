"""Round 10 (a small-town Punjab/Haryana clinic): dangers told in Punjabi-tinged Hinglish that were sent lower — a
delivery told as done days ago, muddled talk ("uljhi baatein"), a glucometer showing HI, a baby who brings back
all he is given, waters running from below before term, a poison bought with the resolve to take it — and urgent
complaints sent home: a wound deep to the fat, a joint hot and swollen with no fever, a pesticide on the skin,
"ch"/"vich" for "mein". Our own sentences, not the train7 file's, each with its harmless neighbour where one
exists."""

import pytest


def codes(result: dict) -> set[str]:
    return {f["code"] for f in result["findings"]}


def present(result: dict) -> set[str]:
    return {s["name"] for s in result["symptoms"] if not s["negated"] and not s["learned"]}


# --- a delivery told as done ("delivery 4 din pehle hui"): fever after it is the puerperium's ---

@pytest.mark.parametrize("text", [
    "delivery 4 din pehle hui thi, ab tez bukhar aur thand lag rahi, badbu wala paani",
    "meri bahu di delivery hoyi si, hun bahut tez bukhar te badbu wala paani",
    "delivery 10 din pehle ghar pe hui, ab bahut tez bukhar aur kanpkanpi",
])
def test_fever_after_a_delivery_told_as_done_is_an_emergency(triage, text):
    result = triage(text, age_years=24, sex="female")
    assert result["level"] == "emergency", codes(result)
    assert codes(result) & {"pregnancy_high_fever", "puerperal_infection"}


def test_a_parcel_delivery_is_no_childbirth(triage):
    result = triage("delivery boy hoon, 2 din se halka bukhar aur zukaam", age_years=24, sex="male")
    assert result["level"] != "emergency", codes(result)


# --- muddled talk told in Hindi and Punjabi ---

@pytest.mark.parametrize("text", [
    "nanaji subah se uljhi baatein kar rahe hain",
    "bebe ajj ulti seedhi gallan kar rahi, ghar de bandeyan nu nahi pehchandi",
    "papa kal raat ton ajeeb gallan kar rahe ne",
])
def test_muddled_talk_is_confusion(triage, text):
    assert "confusion" in present(triage(text, age_years=75))


# --- a glucometer reading HI (above its range) ---

def test_a_glucometer_showing_hi_with_thirst_is_a_very_high_sugar(triage):
    result = triage("bahut pyaas lag rahi, glucometer HI dikha raha hai", age_years=60)
    assert "symptomatic_hyperglycaemia" in codes(result), codes(result)


def test_hi_as_a_word_of_emphasis_is_no_reading(triage):
    result = triage("bas pyaas hi lagti hai zyada, machine se check nahi kiya", age_years=40)
    assert "symptomatic_hyperglycaemia" not in codes(result)


def test_a_diabetic_confused_with_a_high_reading_is_an_emergency(triage):
    result = triage("sugar ke mareez, 2 din se pyaas aur peshab zyada, ab uljhi baatein, meter HI dikha raha",
                    age_years=70)
    assert result["level"] == "emergency", codes(result)


# --- a child who brings back all he is given (vomits everything, IMCI) ---

@pytest.mark.parametrize("text", [
    "10 mahine ki beti, jo bhi pilao ulat deti hai, paani bhi",
    "1 saal da munda, sab ulat dinda, dast vi",
])
def test_a_child_giving_back_everything_vomits_everything(triage, text):
    result = triage(text, age_years=0.9)
    assert result["level"] == "emergency", codes(result)
    assert "child_vomits_everything" in codes(result)


# --- the waters running from below, and before 37 weeks ---

@pytest.mark.parametrize("text", [
    "8 mahine di pregnancy, kal raat ton neeche ton paani aa reha",
    "32 weeks pregnant, water leaking since morning, no pains",
    "7 mahine ki pregnancy, niche se pani aa raha hai subah se",
])
def test_waters_before_term_are_an_emergency(triage, text):
    result = triage(text, age_years=25, sex="female", pregnant=True)
    assert result["level"] == "emergency", codes(result)
    assert "preterm_waters" in codes(result)


def test_waters_at_term_stay_urgent(triage):
    result = triage("39 weeks pregnant, water leaking since morning, baby moving, no pains", age_years=25,
                    sex="female", pregnant=True)
    assert "ruptured_membranes" in codes(result)
    assert "preterm_waters" not in codes(result)


# --- a poison got or kept, with the resolve to take it ---

@pytest.mark.parametrize("text", [
    "he bought rat poison this morning and says he has decided to take it, the debt is too much",
    "he got celphos tablets from the shop, says nothing left for him now",
    "sulphas ki goli khareed li hai, kehta hai khane ka faisla kar liya",
])
def test_a_poison_at_hand_with_the_resolve_to_take_it_is_a_suicide_plan(triage, text):
    result = triage(text, age_years=45)
    assert result["level"] == "emergency", codes(result)
    assert "suicide_means" in codes(result)


def test_a_pesticide_bought_for_the_crop_is_no_suicide_plan(triage):
    result = triage("bought pesticide for the cotton today, want to know how much to mix", age_years=45)
    assert "suicide_means" not in codes(result)


# --- a wound deep to the fat ---

@pytest.mark.parametrize("text", [
    "kulhadi se pair kat gaya, andar ki charbi dikh rahi",
    "slipped with the sickle, deep gash on the forearm, I can see the fat",
])
def test_a_wound_deep_to_the_fat_needs_closure(triage, text):
    result = triage(text, age_years=35)
    assert "deep_wound" in codes(result), codes(result)
    assert result["level"] in ("urgent", "emergency")


# --- a joint or skin hot and swollen, no fever ---

@pytest.mark.parametrize("text", [
    "ghutna achanak garam te suja, chal nahi hunda, bukhar nahi",
    "my ankle joint is hot and swollen since last night, no fever",
    "kalai sooji aur garam, kal se",
])
def test_a_hot_swollen_part_is_seen_today(triage, text):
    result = triage(text, age_years=58)
    assert result["level"] == "urgent", codes(result)
    assert "hot_swelling" in codes(result)


def test_a_hot_water_bottle_on_a_swollen_knee_is_no_hot_swelling(triage):
    result = triage("old knee swelling, I put a hot water bottle and it feels better", age_years=58)
    assert "hot_swelling" not in codes(result)


# --- a pesticide on the skin ---

@pytest.mark.parametrize("text", [
    "spray karte hue dawai haath pe gir gayi, ab laali aur jalan",
    "after spraying the paddy his arms are red and burning, no vomiting, breathing fine",
])
def test_a_pesticide_on_the_skin_is_seen_today(triage, text):
    result = triage(text, age_years=30, sex="male")
    assert result["level"] in ("urgent", "emergency"), codes(result)
    assert "pesticide_on_skin" in codes(result)


def test_red_burning_skin_without_a_pesticide_is_not_the_pesticide_rule(triage):
    result = triage("dhoop mein kaam kiya, gardan pe laali aur jalan", age_years=30, sex="male")
    assert "pesticide_on_skin" not in codes(result)


# --- Punjabi "ch" / "vich" for "mein" ---

@pytest.mark.parametrize("text, name", [
    ("peshab ch jalan 3 din ton", "dysuria"),
    ("pet vich dard kal ton", "abdominal pain"),
    ("raat nu pasina aunda, mahine ton", "night sweats"),
])
def test_punjabi_postpositions_read_as_hindi(triage, text, name):
    assert name in present(triage(text, age_years=50))


def test_fever_with_burning_urine_told_in_punjabi_is_urgent(triage):
    result = triage("bukhar te peshab ch jalan kal ton", age_years=68, sex="female")
    assert "upper_urinary_infection" in codes(result), codes(result)


# --- Punjabi body words and everyday tellings: a fall, the knee, the wrist, the calf, hearing, rigors ---

@pytest.mark.parametrize("text, name", [
    ("chhat ton digg peya kal", "fall"),
    ("godeyan ch dard rehnda, paudiyan nahi chadh hundiyan", "knee pain"),
    ("left gutt ch dard, kuch chukkeya nahi janda", "wrist pain"),
    ("pinniyan ch baal painda raat nu", "leg pain"),
    ("grandfather's hearing going down for a year", "hearing loss"),
    ("dadi keeps the tv volume very high, we have to shout", "hearing loss"),
])
def test_punjabi_and_everyday_body_words(triage, text, name):
    assert name in present(triage(text, age_years=60))


def test_fever_with_shaking_told_as_kaanp_ke_bukhar_is_rigors(triage):
    result = triage("teesre din kaanp ke bukhar aata hai, phir pasina", age_years=30)
    assert "fever_with_rigors" in codes(result), codes(result)


def test_a_named_joint_swollen_and_hot_keeps_its_site(triage):
    result = triage("right knee swollen and hot since yesterday, can't bend it", age_years=40)
    assert {"knee pain", "swelling"} <= present(result)
