"""Round 9 of the lexicon: word families the symptom terms missed, in sentences of our own. Each test reads the
lexicon's symptoms only (the learned model's guesses, marked ``learned``, are left out), so it shows the wording is
understood, not guessed."""

import pytest

from tests.models.triage.conftest import codes, lexicon_found

# Each wording and the symptom the lexicon must read in it.
READ_AS = [
    # --- Hindi verbs in every tense: swelling (sooj-) ---
    ("bhabhi ke haath sooj rahe hain do din se", "swelling"),
    ("chachi ka chehra subah sooj jaata hai", "swelling"),
    ("दोनों पैर सूज गए", "swelling"),
    ("dadi ka takhna sooja, garam bhi", "swelling"),
    ("meri aankhein subah sooj jaati hain", "swelling"),
    ("his feet puff up after a long bus ride", "swelling"),
    ("her face puffs up every morning", "swelling"),
    # --- delirium as relatives tell it: wrong answers, not absent ones ---
    ("nanaji talking irrelevant since the fever came", "confusion"),
    ("my aunt is not answering properly since afternoon", "confusion"),
    ("grandpa keeps mixing up names of his sons today", "confusion"),
    ("she doesn't know where she is this morning", "confusion"),
    ("he is behaving oddly after the sugar tablet", "confusion"),
    ("dadaji raat se bakwas kar rahe hain", "confusion"),
    # --- sleep and mood; dozing is lethargy ---
    ("my brother has not slept for three nights", "insomnia"),
    ("she sleeps poorly since the flood", "insomnia"),
    ("barely sleeping with the exam stress", "insomnia"),
    ("beta do raat se soya nahi", "insomnia"),
    ("everything feels pointless since I lost my job", "low mood"),
    ("life seems meaningless these days", "low mood"),
    ("mood is low since the winter started", "low mood"),
    ("mausi ko kuch accha nahi lagta aajkal", "low mood"),
    ("the old man keeps dozing off at lunch, hard to keep awake", "lethargy"),
    ("after the fit she is still not fully awake", "lethargy"),
    # --- breathing speed in Hinglish: how fast, then the verb of breathing ---
    ("munna ki saans kaafi tez chal rahi hai", "fast breathing"),
    ("gudiya saans jaldi jaldi le rahi hai subah se", "fast breathing"),
    ("baby ki saans thodi fast lag rahi", "fast breathing"),
    # --- vision in lay words, the eye with words between, urine ---
    ("my eyes blur when I look at the phone", "blurred vision"),
    ("vision has become less in the right eye", "blurred vision"),
    ("cannot read the small print on medicine strips", "blurred vision"),
    ("sees coloured rings around the tube light", "blurred vision"),
    ("chashme ke bina padhne mein dikkat", "blurred vision"),
    ("meri aankh bhi laal ho rahi hai", "red eye"),
    ("the left eye is now red after the dust storm", "red eye"),
    ("uncle is passing urine very less since yesterday", "reduced urine"),
    ("not passing much urine for two days", "reduced urine"),
    ("kal se peshab nahi kiya", "reduced urine"),
    ("bachche ko kam peshab ho raha", "reduced urine"),
    # --- the calf in Hindi ---
    ("raat ko pindli mein bahut dard", "leg pain"),
    ("दौड़ने के बाद पिंडलियों में दर्द", "leg pain"),
    # --- a wish not to live, the bowels, the dehydrated child's eyes, urine frequency, a tooth cavity ---
    ("बेटा कहता है खुद को खत्म कर दूँ", "suicidal thoughts"),
    ("she says the kids would be better without her", "suicidal thoughts"),
    ("teen din se motion nahi hua", "constipation"),
    ("bachche ki potty sakht aati hai", "constipation"),
    ("stool not passed for two days", "constipation"),
    ("munni ki aankhen kaafi andar, dast 8 baar", "sunken eyes"),
    ("his eyes slightly sunk in after the loose motions", "sunken eyes"),
    ("her eyes are gone inside since the diarrhoea", "sunken eyes"),
    ("passing lots of urine and always thirsty", "frequent urination"),
    ("dadi peshab ke liye baar baar jaati hain", "frequent urination"),
    ("he goes to the toilet very often to pass urine", "frequent urination"),
    ("there is a cavity in my back tooth", "toothache"),
    ("daadh mein dard raat se", "toothache"),
    # --- cannot stand or get up, in Hinglish; the arm that will not go up ---
    ("girne ke baad chachi khadi nahi ho paa rahi", "reduced movement"),
    ("papa subah se uth nahi paa rahe bistar se", "reduced movement"),
    ("do mahine se haath upar nahi uthta", "reduced movement"),
    ("since the winter she cannot raise her arm to comb her hair", "reduced movement"),
    # --- Devanagari: the respectful plural endings read as the verb ---
    ("मौसी बाथरूम में फिसल कर गिर गईं", "fall"),
    ("ताई खड़ी नहीं हो पा रहीं", "reduced movement"),
]


@pytest.mark.parametrize(("text", "name"), READ_AS)
def test_the_lexicon_reads_the_wording(triage, text, name):
    assert name in lexicon_found(triage(text))


@pytest.mark.parametrize(("text", "name", "not_name"), [
    # nausea is not vomiting
    ("vomiting sensation after the bus ride", "nausea", "vomiting"),
    ("feeling vomitish since the new tablets", "nausea", "vomiting"),
    ("some queasiness in the morning", "nausea", "vomiting"),
    # swollen ankles are swelling, not joint pain
    ("dono pairon ke ankles sooj jaate hain shaam ko", "swelling", "joint pain"),
    ("her ankles are swollen by evening", "swelling", "joint pain"),
])
def test_the_lexicon_reads_one_symptom_not_its_neighbour(triage, text, name, not_name):
    result = lexicon_found(triage(text))
    assert name in result and not_name not in result


@pytest.mark.parametrize("text", [
    # "dry" (sookh-) is not swelling
    "garmi mein gala sookh jaata hai, paani peeta hoon",
    "sookhi khansi 3 din se",
    "honth sukhe hain sardi mein",
])
def test_dry_is_not_swollen(triage, text):
    assert "swelling" not in lexicon_found(triage(text))


# --- a swollen joint is a painful joint ---

@pytest.mark.parametrize(("text", "site"), [
    ("his knee got red and swollen overnight", "knee pain"),
    ("beti ka ghutna garam aur sooja", "knee pain"),
    ("fell off the ladder, right wrist swollen and crooked", "wrist pain"),
    ("kalai mein sujan aa gayi gir ke", "wrist pain"),
    ("a swollen hot knee since the wedding", "knee pain"),
    ("elbow swollen after the cricket match", "joint pain"),
])
def test_a_swollen_joint_is_its_pain_and_swelling(triage, text, site):
    assert {site, "swelling"} <= lexicon_found(triage(text))


@pytest.mark.parametrize("text", [
    "chacha bolte hain ab jeene ka koi matlab nahi",
    "bahu kehti hai dil karta hai ki mar hi jaun",
    "kabhi lagta hai khatam ho jaun",
])
def test_a_wish_to_be_dead_is_urgent_by_the_rules_not_suicide_risks_emergency(triage, text):
    """signs' death_wish: assess suicide risk today (urgent); no plan or act told, so not suicide_risk's emergency.
    The learned model may still raise it (round 11's retrain raises "jeene ka koi matlab nahi"): a death wish is
    not one of the urgent rules it may not raise, for the model is what reads "rassi le ke ghum raha tha" (a rope
    carried) beside it as the emergency it is."""
    result = triage(text, age_years=30)
    rule_levels = {f["code"]: f["level"] for f in result["findings"]}
    assert rule_levels.get("death_wish") == "urgent" and "suicide_risk" not in rule_levels
    assert result["level"] in ("urgent", "emergency")


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


@pytest.mark.parametrize("text", [
    "munna ne nani ki sugar ki goliyan kha li",
    "बच्ची ने पापा की दवाई खा ली",
])
def test_someone_elses_tablets_swallowed_is_poisoning(triage, text):
    assert "poisoning" in lexicon_found(triage(text, age_years=3))


def test_ones_own_tablet_is_not_poisoning(triage):
    assert "poisoning" not in lexicon_found(triage("roz subah BP ki goli kha li thi, aaj sir dard"))
