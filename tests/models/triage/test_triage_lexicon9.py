"""Round 9 of the lexicon: word families the symptom terms missed, in sentences of our own. Each test reads the
lexicon's symptoms only (the learned model's guesses, marked ``learned``, are left out), so it shows the wording is
understood, not guessed."""

import pytest


def found(result: dict) -> set[str]:
    """Present symptoms the lexicon found (not negated, not the learned model's)."""
    return {s["name"] for s in result["symptoms"] if not s["negated"] and not s.get("learned")}


# --- Hindi verbs in every tense: swelling (sooj-), and "dry" (sookh-) is not swelling ---

@pytest.mark.parametrize("text", [
    "bhabhi ke haath sooj rahe hain do din se",
    "chachi ka chehra subah sooj jaata hai",
    "दोनों पैर सूज गए",
    "dadi ka takhna sooja, garam bhi",
    "meri aankhein subah sooj jaati hain",
    "his feet puff up after a long bus ride",
    "her face puffs up every morning",
])
def test_swelling_in_any_tense(triage, text):
    assert "swelling" in found(triage(text))


@pytest.mark.parametrize("text", [
    "garmi mein gala sookh jaata hai, paani peeta hoon",
    "sookhi khansi 3 din se",
    "honth sukhe hain sardi mein",
])
def test_dry_is_not_swollen(triage, text):
    assert "swelling" not in found(triage(text))


# --- delirium as relatives tell it: wrong answers, not absent ones ---

@pytest.mark.parametrize("text", [
    "nanaji talking irrelevant since the fever came",
    "my aunt is not answering properly since afternoon",
    "grandpa keeps mixing up names of his sons today",
    "she doesn't know where she is this morning",
    "he is behaving oddly after the sugar tablet",
    "dadaji raat se bakwas kar rahe hain",
])
def test_confusion_told_by_relatives(triage, text):
    assert "confusion" in found(triage(text))


# --- sleep and mood ---

@pytest.mark.parametrize("text", [
    "my brother has not slept for three nights",
    "she sleeps poorly since the flood",
    "barely sleeping with the exam stress",
    "beta do raat se soya nahi",
])
def test_not_sleeping(triage, text):
    assert "insomnia" in found(triage(text))


@pytest.mark.parametrize("text", [
    "everything feels pointless since I lost my job",
    "life seems meaningless these days",
    "mood is low since the winter started",
    "mausi ko kuch accha nahi lagta aajkal",
])
def test_low_mood(triage, text):
    assert "low mood" in found(triage(text))


@pytest.mark.parametrize("text", [
    "the old man keeps dozing off at lunch, hard to keep awake",
    "after the fit she is still not fully awake",
])
def test_dozing_is_lethargy(triage, text):
    assert "lethargy" in found(triage(text))


# --- breathing speed in Hinglish: how fast, then the verb of breathing ---

@pytest.mark.parametrize("text", [
    "munna ki saans kaafi tez chal rahi hai",
    "gudiya saans jaldi jaldi le rahi hai subah se",
    "baby ki saans thodi fast lag rahi",
])
def test_fast_breathing_in_hinglish(triage, text):
    assert "fast breathing" in found(triage(text))


# --- vision, the eye, nausea, urine ---

@pytest.mark.parametrize("text", [
    "my eyes blur when I look at the phone",
    "vision has become less in the right eye",
    "cannot read the small print on medicine strips",
    "sees coloured rings around the tube light",
    "chashme ke bina padhne mein dikkat",
])
def test_blurred_vision_in_lay_words(triage, text):
    assert "blurred vision" in found(triage(text))


@pytest.mark.parametrize("text", [
    "meri aankh bhi laal ho rahi hai",
    "the left eye is now red after the dust storm",
])
def test_red_eye_with_words_between(triage, text):
    assert "red eye" in found(triage(text))


@pytest.mark.parametrize("text", [
    "vomiting sensation after the bus ride",
    "feeling vomitish since the new tablets",
    "some queasiness in the morning",
])
def test_nausea_is_not_vomiting(triage, text):
    result = found(triage(text))
    assert "nausea" in result and "vomiting" not in result


@pytest.mark.parametrize("text", [
    "uncle is passing urine very less since yesterday",
    "not passing much urine for two days",
    "kal se peshab nahi kiya",
    "bachche ko kam peshab ho raha",
])
def test_reduced_urine(triage, text):
    assert "reduced urine" in found(triage(text))


# --- a swollen joint is a painful joint; the calf in Hindi ---

@pytest.mark.parametrize(("text", "site"), [
    ("his knee got red and swollen overnight", "knee pain"),
    ("beti ka ghutna garam aur sooja", "knee pain"),
    ("fell off the ladder, right wrist swollen and crooked", "wrist pain"),
    ("kalai mein sujan aa gayi gir ke", "wrist pain"),
    ("a swollen hot knee since the wedding", "knee pain"),
    ("elbow swollen after the cricket match", "joint pain"),
])
def test_a_swollen_joint_is_its_pain_and_swelling(triage, text, site):
    assert {site, "swelling"} <= found(triage(text))


@pytest.mark.parametrize("text", ["dono pairon ke ankles sooj jaate hain shaam ko", "her ankles are swollen by evening"])
def test_swollen_ankles_are_swelling_not_joint_pain(triage, text):
    result = found(triage(text))
    assert "swelling" in result and "joint pain" not in result


@pytest.mark.parametrize("text", ["raat ko pindli mein bahut dard", "दौड़ने के बाद पिंडलियों में दर्द"])
def test_the_calf_in_hindi(triage, text):
    assert "leg pain" in found(triage(text))


# --- a wish not to live, the bowels, the dehydrated child's eyes, urine frequency, a tooth cavity ---

@pytest.mark.parametrize("text", [
    "बेटा कहता है खुद को खत्म कर दूँ",
    "she says the kids would be better without her",
])
def test_thoughts_of_killing_oneself(triage, text):
    assert "suicidal thoughts" in found(triage(text))


@pytest.mark.parametrize("text", [
    "chacha bolte hain ab jeene ka koi matlab nahi",
    "bahu kehti hai dil karta hai ki mar hi jaun",
    "kabhi lagta hai khatam ho jaun",
])
def test_a_wish_to_be_dead_is_urgent_not_an_emergency(triage, text):
    """signs' death_wish: assess suicide risk today (urgent); no plan or act told, so not suicide_risk's emergency."""
    result = triage(text, age_years=30)
    assert "death_wish" in {f["code"] for f in result["findings"]} and result["level"] == "urgent"


@pytest.mark.parametrize("text", [
    "teen din se motion nahi hua",
    "bachche ki potty sakht aati hai",
    "stool not passed for two days",
])
def test_constipation_in_plain_words(triage, text):
    assert "constipation" in found(triage(text))


@pytest.mark.parametrize("text", [
    "munni ki aankhen kaafi andar, dast 8 baar",
    "his eyes slightly sunk in after the loose motions",
    "her eyes are gone inside since the diarrhoea",
])
def test_sunken_eyes_with_how_deep(triage, text):
    assert "sunken eyes" in found(triage(text))


@pytest.mark.parametrize("text", [
    "passing lots of urine and always thirsty",
    "dadi peshab ke liye baar baar jaati hain",
    "he goes to the toilet very often to pass urine",
])
def test_passing_urine_often(triage, text):
    assert "frequent urination" in found(triage(text))


@pytest.mark.parametrize("text", ["there is a cavity in my back tooth", "daadh mein dard raat se"])
def test_tooth_cavity_and_molar(triage, text):
    assert "toothache" in found(triage(text))


# --- cannot stand or get up, in Hinglish; the arm that will not go up ---

@pytest.mark.parametrize("text", [
    "girne ke baad chachi khadi nahi ho paa rahi",
    "papa subah se uth nahi paa rahe bistar se",
    "do mahine se haath upar nahi uthta",
    "since the winter she cannot raise her arm to comb her hair",
])
def test_cannot_stand_or_raise_the_arm(triage, text):
    assert "reduced movement" in found(triage(text))


# --- Devanagari read aloud: an everyday word keeps its Hinglish spelling; the respectful plural endings ---

@pytest.mark.parametrize(("text", "word"), [
    ("दादी को बुखार है", "dadi"),
    ("बेटी के पेट में दर्द", "beti"),
    ("आधा घंटा से सीने में दर्द", "aadha"),
    ("नानी सीढ़ी से गिर गईं", "gayi"),
    ("चाची खड़ी नहीं हो पा रहीं", "rahi"),
])
def test_devanagari_words_are_not_taken_for_lexicon_words(text, word):
    from models.triage.normalise import normalise
    assert word in normalise(text).text.split()


@pytest.mark.parametrize(("text", "name"), [
    ("मौसी बाथरूम में फिसल कर गिर गईं", "fall"),
    ("ताई खड़ी नहीं हो पा रहीं", "reduced movement"),
])
def test_devanagari_respectful_plural_reads_as_the_verb(triage, text, name):
    assert name in found(triage(text))


@pytest.mark.parametrize("text", [
    "munna ne nani ki sugar ki goliyan kha li",
    "बच्ची ने पापा की दवाई खा ली",
])
def test_someone_elses_tablets_swallowed_is_poisoning(triage, text):
    assert "poisoning" in found(triage(text, age_years=3))


def test_ones_own_tablet_is_not_poisoning(triage):
    assert "poisoning" not in found(triage("roz subah BP ki goli kha li thi, aaj sir dard"))
