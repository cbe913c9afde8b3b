"""Round 15, theme D: emergencies an ASHA tells in Hinglish (western UP, WhatsApp and voice notes) that were read
lower. A labour gone on for a day, pushing all night, the baby not out or the mother worn out (prolonged labour),
while early labour is the labour room's, urgent; blood vomited ("khun ki ulti", voice typing's "ulta"), a black or
coffee-coloured vomit, a black stool with dizziness on standing, drinking told beside them not sending them to
psychiatry, and a black stool on iron tablets left calm; a plan to jump into the canal or under a train, a rope
hidden, in the first or the third person; too breathless to say more than a word; an old man who only grunts and
shuts his eyes. Our own sentences, each beside its harmless neighbour."""

import pytest

from tests.models.triage.conftest import codes, lexicon_found, negated

LABOUR_CODES = {"labour_danger", "prolonged_labour", "in_labour"}


# --- prolonged or obstructed labour (WHO MCPC: labour of more than 12 hours, no progress, maternal exhaustion) ---

@pytest.mark.parametrize("text", [
    "Shabnam ki pehli jachgi hai, parson raat se dard uth rahe, dai ne subah se zor lagwaya par bachcha nahi nikal raha",
    "bahu ko jachgi ke dard chal rahe hain, ab thak ke nidhal ho gayi, dai bolti ruko",
    "prasav pida 16 ghante se, ghar pe hi hai, dai keh rahi sab normal",
    "bhabhi ke dard kal shaam se chal rahe, bachcha abhi tak nahi nikla",
    "in labour at home, been pushing for hours and the baby is still not coming out",
    "labour pains for 14 hours now, first baby, the dai is still waiting",
])
def test_a_labour_gone_on_too_long_is_an_emergency(triage, text):
    result = triage(text, age_years=22, sex="female")
    assert result["level"] == "emergency", (text, codes(result))
    assert codes(result) & {"prolonged_labour", "labour_danger"}, (text, codes(result))


@pytest.mark.parametrize("text", [
    "bahu ko jachgi ke dard 1 ghante se shuru hue, 9 mahine pure, paani nahi gaya",
    "labour pains started 2 hours ago, 39 weeks, first baby, all well so far",
])
def test_early_labour_without_a_danger_sign_is_the_labour_rooms_today(triage, text):
    result = triage(text, age_years=23, sex="female")
    assert result["level"] == "urgent", (text, codes(result))
    assert "in_labour" in codes(result) and not codes(result) & {"prolonged_labour", "labour_danger"}, codes(result)
    # tiredness, afterpains, no child yet and a period's pains are no labour
    for calm in ("shaadi ko 4 saal ho gaye, bachcha nahi hua abhi tak, jaanch karwani hai",
                 "kaam karke bahut thak gayi hoon, kamar me halka dard",
                 "delivery ko 2 din hue, pet me halke dard aa rahe, doodh theek pila rahi",
                 "mahine wale dard shuru hue aaj, har mahine jaise hi"):
        result = triage(calm, age_years=26, sex="female")
        assert not codes(result) & LABOUR_CODES, (calm, codes(result))


def test_a_hand_foot_or_cord_first_or_the_baby_stuck_is_an_emergency(triage):
    for text in ("dai boli bachche ka pair pehle bahar aa gaya", "naal bahar latak rahi hai, dard chal rahe",
                 "sir dikh raha par aage nahi badh raha, 3 ghante se"):
        result = triage(text, age_years=25, sex="female")
        assert result["level"] == "emergency" and "labour_danger" in codes(result), (text, codes(result))
    calm = triage("subah uthte hi haath sunn ho jata hai, fir theek", age_years=25, sex="female")
    assert "labour_danger" not in codes(calm), codes(calm)


# --- bleeding into the gut, told plainly ---

@pytest.mark.parametrize("text", [
    "pati ko khun ki ulti hui subah, do baar",
    "voice: dada ji ne khoon ki ulta kari raat ko",
    "chacha ko coffee jaisi kali ulti ho rahi hai",
    "3 din se tatti kali aa rahi, uthte hi chakkar aata hai, sharab peete hain",
])
def test_blood_vomited_or_a_black_stool_with_dizziness_is_an_emergency(triage, text):
    result = triage(text, age_years=55, sex="male")
    assert result["level"] == "emergency" and "severe_bleeding" in codes(result), (text, codes(result))
    assert result["specialties"][0] == "emergency", result["specialties"]


def test_a_black_stool_of_a_drinker_is_the_gut_doctors_not_psychiatry(triage):
    result = triage("2 din se latrine kaali aa rahi, aur kuch nahi, daru roz peete hain", age_years=50, sex="male")
    assert result["level"] == "urgent" and "blood in stool" in lexicon_found(result), codes(result)
    assert result["specialties"][0] == "gastroenterology", result["specialties"]
    # drinking told alone is still the psychiatrist's
    assert triage("daru chhodni hai, roz peeta hoon", age_years=40, sex="male")["specialties"][0] == "psychiatry"
    # black pepper, a left hand ("ulta haath") and iron's black stool stay calm
    for calm in ("kali mirch wali daal khayi, ek baar ulti hui, ab theek", "ulta haath me moch aa gayi khet me",
                 "iron ki goli shuru ki hai, tab se latrine kali aa rahi, chakkar nahi"):
        result = triage(calm, age_years=28, sex="female")
        assert result["level"] != "emergency" and "blood in stool" not in lexicon_found(result), (calm, codes(result))


def test_a_question_answered_no_denies_every_item_it_asked(triage):
    result = triage("pet me jalan 2 mahine se. kaali latrine ya khoon ki ulti? - nahi", age_years=40, sex="male")
    assert {"blood in stool", "vomiting"} <= negated(result), result["symptoms"]
    told = triage("bukhar, kaali latrine ya ulti? - nahi", age_years=40, sex="male")
    assert "fever" in lexicon_found(told), told["symptoms"]


# --- a suicide plan told in Hinglish, by the patient or a worried parent ---

@pytest.mark.parametrize(("text", "calm"), [
    ("beti ne saheli ko msg kiya ki aaj nadi me kood jaungi", "beta nahar me nahane gaya tha, ab kaan me dard"),
    ("mere bhai ne kaha train ke aage kood jaunga, naukri chali gayi", "train se aaye kal, safar ki thakan hai"),
    ("bahu bolti hai pankhe se latak jaungi, roti rehti hai", "pankhe se hawa nahi aati, garmi me ghamoriyan"),
    ("beta gussa hai, almari ke peeche rassi chhupa rakhi thi", "rassi se kapde sukhaye, haath me rassi ki ragad"),
    ("papa ne gusse me bola zeher kha lunga", "garmi me talab me kood ke nahate hain bachche, ek ko khujli"),
    ("beta kehta hai zinda nahi rehna hai, kamre se nahi nikalta", "lagta hai mar jaunga itni thakan hai"),
])
def test_a_plan_to_die_told_in_hinglish_is_an_emergency(triage, text, calm):
    result = triage(text, age_years=19, sex="female")
    assert result["level"] == "emergency", (text, codes(result))
    assert "suicidal thoughts" in lexicon_found(result), (text, result["symptoms"])
    # a bath in the canal, a washing line or a figure of speech is no plan
    neighbour = triage(calm, age_years=16, sex="male")
    assert "suicidal thoughts" not in lexicon_found(neighbour), (calm, neighbour["symptoms"])


# --- breathless to a word at a time; rousable only to a grunt ---

def test_a_word_at_a_time_with_a_wheeze_is_severe_breathing(triage):
    result = triage("dama ki mareez, raat se seeti aur saans phool rahi, ek ek shabd bol pa rahi", age_years=35,
                    sex="female")
    assert result["level"] == "emergency" and "severe_respiratory_distress" in codes(result), codes(result)
    toddler = triage("2 saal ka beta abhi ek ek shabd bol raha hai, baaki sab theek", age_years=2, sex="male")
    assert toddler["level"] != "emergency", codes(toddler)


def test_an_old_man_who_only_grunts_and_shuts_his_eyes_is_reduced_consciousness(triage):
    for text in ("nani subah se bas hmm karke aankh band kar leti hain, kuch kha nahi rahi",
                 "grandpa since morning only responds with a grunt and then closes his eyes"):
        result = triage(text, age_years=78, sex="female")
        assert result["level"] == "emergency" and "reduced_consciousness" in codes(result), (text, codes(result))
    calm = triage("nani theek se jawab deti hain, bas ghutno me dard", age_years=78, sex="female")
    assert calm["level"] != "emergency", codes(calm)
