"""Round 8, Hinglish: danger signs an ASHA worker tells in a voice note (severe dehydration, a swallowed coin with
no voice, the worst headache of a life, tetanus after a nail, an overdose counted in goli), urgent signs sent lower
(sight lost from one eye, a head bump, fever with rigors, a very high sugar, one swollen calf, bleeding on a blood
thinner); in sentences of our own, with the harmless sentences each wording must leave alone."""

import pytest

from models.triage.const import LEVEL_RANK
from models.triage.texts import rule_text

from tests.models.triage.conftest import codes, present


@pytest.mark.parametrize(("text", "age", "code", "level"), [
    # --- danger signs: an emergency ---
    # severe dehydration: two WHO signs with diarrhoea
    ("teen din se dast aur ulti, aankhen bilkul andar dhas gayi, paani bhi nahi pee pa raha", 1.5,
     "severe_dehydration", "emergency"),
    ("loose motion subah se, bachi bas padi rehti hai, rone ki bhi taakat nahi, aankhen andar ko hain", 3,
     "severe_dehydration", "emergency"),
    # a swallowed object with no voice or turning blue
    ("khelte khelte kancha nigal gaya, ab awaaz nahi nikal rahi", 3, "airway_foreign_body", "emergency"),
    ("moongfali gale me atak gayi, hont neele pad rahe", 2, "airway_foreign_body", "emergency"),
    # thunderclap headache
    ("mausi ke sir me achanak aisa dard utha jaise danda mara ho, aisa dard pehle kabhi nahi hua", 45,
     "thunderclap_told", "emergency"),
    ("papa ko sar me bhayankar dard, kehte zindagi bhar aisa dard nahi jhela", 60, "thunderclap_told", "emergency"),
    # tetanus: jaw locked, spasms, after a nail or thorn
    ("khet me kaanta chubh gaya tha pichle hafte, ab muh nahi khul raha", 30, "tetanus_after_wound", "emergency"),
    ("jabda akad gaya hai aur badan baar baar akad jata hai", 40, "tetanus_after_wound", "emergency"),
    # an overdose counted in tablets, verb last
    ("saas se jhagda hua to usne neend ki 15 goliyan kha li, abhi so rahi", 28, "poisoning", "emergency"),
    ("bhai ne papa ki sugar wali 12 tablet nigal li", 19, "poisoning", "emergency"),
    ("ek pura patta goli ek saath kha liya gusse me", 22, "poisoning", "emergency"),
    # --- urgent signs: urgent at least ---
    ("kal se baayi aankh se kuch bhi dikh nahi raha, dard bilkul nahi", 62, "sudden_sight_loss", "urgent"),
    ("dadi ki ek aankh ki roshni achanak chali gayi", 70, "sudden_sight_loss", "urgent"),
    ("palang se gir gaya, maathe pe gumad hai, ab khel raha", 5, "head_bump", "urgent"),
    ("do din se bukhar, thand lag ke bukhar aata hai, khana kha raha", 8, "fever_with_rigors", "urgent"),
    ("glucose 455 aaya, muh sookhta, pyaas bahut, baar baar peshab", 50, "symptomatic_hyperglycaemia", "urgent"),
    ("train me do din ka safar, ab daayi pindli sooji hai aur dard", 48, "possible_dvt", "urgent"),
    ("warfarin chal rahi hai, aaj masudon se khoon aur peshab laal", 66, "bleeding_on_anticoagulant", "urgent"),
    ("acitrom leti hain, naak se khoon aaya subah", 58, "bleeding_on_anticoagulant", "urgent"),
    ("pati ne 3 din pehle daaru chhod di, ab haath kaanp rahe, pasina aur ghabrahat", 45, "alcohol_withdrawal",
     "urgent"),
    ("quit drinking two days ago, now shaky hands and cannot sleep", 50, "alcohol_withdrawal", "urgent"),
    ("beta raat bhar akele hansta hai, kehta log maarne aa rahe", 24, "acute_behaviour_change", "urgent"),
])
def test_hinglish_flags_and_their_level(triage, text, age, code, level):
    result = triage(text, age_years=age, sex="female")
    assert LEVEL_RANK[result["level"]] >= LEVEL_RANK[level], result["reasons"]
    assert code in codes(result), result["reasons"]


@pytest.mark.parametrize(("text", "age", "absent"), [
    # a tablet taken as prescribed is not an overdose; nor is a course counted in days
    ("sir dard tha to ek goli kha li, ab theek hai", 30, "poisoning"),
    ("bukhar ki 2 goli kha li doctor ke kehne par", 30, "poisoning"),
    ("20 din se BP ki goli kha rahi hai, chakkar nahi", 55, "poisoning"),
    # watering eyes and the old sight of age are not a sudden loss of vision
    ("aankh se paani aa raha hai, thodi khujli", 30, "sudden_sight_loss"),
    ("paas ka dikhai nahi deta, chashma banwana hai", 50, "sudden_sight_loss"),
    # a hoarse voice with a cold is not a blocked airway
    ("zukam ke baad gala baith gaya, awaaz nahi nikal rahi", 30, "airway_foreign_body"),
    # the worst pain of a life in the belly is not a thunderclap headache
    ("pathri ka dard, pet me aisa dard zindagi me nahi hua", 40, "thunderclap_told"),
    # a sore throat that will not let the mouth open is the throat's (abscess), not tetanus
    ("gale me bahut dard aur sujan, muh nahi khul raha, bukhar", 25, "tetanus_after_wound"),
    # both legs swelling at evening is not a clot
    ("nani ke dono pair shaam ko sooj jaate, subah theek", 70, "possible_dvt"),
    # a sugar reading that is high but not very high
    ("sugar 250 aayi, pyaas thodi zyada", 45, "symptomatic_hyperglycaemia"),
    # a blood thinner with no bleeding
    ("warfarin leti hain, INR check karwana hai", 65, "bleeding_on_anticoagulant"),
    # a man who gave up drinking years ago and is well
    ("sharab band hai 5 saal se, ab checkup karwana hai", 50, "alcohol_withdrawal"),
    # a child who cries well is not limp
    ("2 saal ka, dast 3 baar, khoob rota hai, paani pee raha", 2, "severe_dehydration"),
])
def test_harmless_sentences_leave_the_flags_alone(triage, text, age, absent):
    result = triage(text, age_years=age, sex="female")
    assert absent not in codes(result), result["reasons"]
    assert absent not in result["red_flags"]


def test_hinglish_dehydration_symptoms_are_named(triage):
    result = triage("aankhen ekdum andar dhas gayi, pee hi nahi pata, bas pada rehta hai", age_years=1, sex="male")
    assert {"sunken eyes", "unable to drink", "lethargy"} <= present(result)


def test_new_rules_have_hindi_reasons(triage):
    result = triage("20 goli kha li aur ab warfarin wali ko naak se khoon", age_years=40, sex="female")
    for finding in result["findings"]:
        assert finding["reason"]["hi"], finding["code"]
    for code in ("airway_foreign_body", "swallowed_object", "thunderclap_told", "tetanus_after_wound",
                 "sudden_sight_loss", "head_bump_danger", "head_bump", "fever_with_rigors",
                 "symptomatic_hyperglycaemia", "bleeding_on_anticoagulant"):
        assert rule_text(code).reason_hi, code


def test_scald_over_chest_and_tummy_is_a_major_burn(triage):
    result = triage("hot tea fell on the toddler, scald over his chest and tummy with blisters", age_years=2, sex="male")
    assert "major_burn" in result["red_flags"], result["reasons"]


def test_no_bleeding_from_anywhere_is_a_denial(triage):
    result = triage("bukhar 2 din se, badan dard, khoon kahin se nahi aaya", age_years=30, sex="male")
    assert "bleeding" not in present(result)
    assert "severe_bleeding" not in result["red_flags"]
