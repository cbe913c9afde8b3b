"""Over-triage found in round 11, each a complaint a clinician would not send higher, fixed where it arose: an old
seizure told as past read as a fit now; a tetanus shot asked for read as tetanus; haloes around lights with a painful
eye read as a stroke; yellow teeth and yellow urine read as jaundice; a rusty nail and no tetanus shot read as
tetanus; varicose veins and hiccups raised by the learned model or read as something else. Most over-triaged
complaints are paired with the true positive beside them that must stay where it is (a fit today, lockjaw after a
wound, a stroke, yellow eyes, a bleeding vein or a clot); the rest have theirs in a test of their own. Each test fails
on the main it was written against. Our own sentences, in English, Hinglish and Devanagari."""

import pytest

from models.triage.rules import RULES
from models.triage.texts import rule_text

from tests.models.triage.conftest import codes, present

ADULT = {"age_years": 30, "sex": "male"}


@pytest.mark.parametrize("code", ["acute_glaucoma_signs", "haloes", "stained_teeth", "yellow_urine", "varicose_veins",
                                  "hiccups", "tetanus_prophylaxis"])
def test_the_new_rules_have_english_and_hindi_texts(code):
    rule = next(r for r in RULES if r.id == code)
    text = rule_text(code)
    assert rule.reason and text.reason_hi and text.name["en"] and text.name["hi"]


# --- an old seizure told as past is a history, a fit today is still an emergency ---

@pytest.mark.parametrize("history, today", [
    ("childhood epilepsy, no fits for 20 years, off tablets now",
     "childhood epilepsy, had a fit this morning at work"),
    ("epilepsy since school, on tablets, no fit in three years, tablets finished",
     "epilepsy since school, fitting now for 5 minutes, not responding"),
    ("bachpan me daure padte the, ab nahi padte, naukri ke liye medical chahiye",
     "bachpan mein daure aate the, kal raat phir se aaya"),
    ("pehle behoshi ke daure aate the, ab nahi aate", "pehle kabhi kabhi jhatke aate the, ab roz aa rahe hain"),
    ("jab chhota tha tab mirgi ke daure aate the, 10 saal se koi daura nahi aaya",
     "mirgi ki bimari hai, aaj subah daura pada, abhi tak hosh nahi aaya"),
    ("जब छोटा था तब दौरे पड़ते थे, अब दस साल से कोई दौरा नहीं",
     "बचपन में दौरे आते थे, आज सुबह फिर से दौरा पड़ा"),
])
def test_a_fit_told_as_the_past_is_a_history_not_a_fit_today(triage, history, today):
    old = triage(history, **ADULT)
    assert old["level"] in {"routine", "self_care"} and "seizure" not in present(old), old["findings"]
    assert any(s["name"] == "seizure" and s["past"] for s in old["symptoms"]), old["symptoms"]
    now = triage(today, **ADULT)
    assert now["level"] == "emergency" and "convulsions" in codes(now), now["findings"]


def test_a_pain_that_used_to_come_on_walking_and_now_comes_at_rest_is_today_s(triage):
    """The Hindi habitual past ("hota tha") tells a history only when nothing says it came back or grew."""
    result = triage("used to get chest pain on walking, now even at rest", age_years=58, sex="male")
    assert result["level"] == "emergency" and "chest pain" in present(result), result["findings"]
    hindi = triage("pehle chalne par seene mein dard hota tha, ab aaram mein bhi hota hai", age_years=58, sex="male")
    assert "chest pain" in present(hindi) and hindi["level"] == "emergency", hindi["findings"]


# --- a tetanus shot asked for is a visit, lockjaw after a wound is tetanus ---

@pytest.mark.parametrize("shot, tetanus", [
    ("tetanus ka teeka lagwana hai", "tetanus ho gaya hai, jabda nahi khul raha"),
    ("mujhe tetanus ki sui lagwani hai, kal haath kat gaya tha",
     "haath kata tha 10 din pehle, ab jabda akad gaya hai, muh nahi khul raha"),
    ("doctor ne bola tetanus ka teeka lagwa lo, chot lagi thi ghutne pe",
     "ghutne pe chot lagi thi, ab jabda nahi khul raha aur sharir akad jata hai"),
    ("टिटनेस का इंजेक्शन लगवाना है, कल हाथ कट गया था",
     "stepped on a nail last week, now cannot open mouth and back arching in spasms"),
])
def test_a_tetanus_shot_asked_for_is_not_tetanus(triage, shot, tetanus):
    visit = triage(shot, **ADULT)
    assert visit["level"] in {"routine", "self_care"}, visit["findings"]
    assert not codes(visit) & {"tetanus_signs", "tetanus_after_wound"}, visit["findings"]
    assert "tetanus_signs" not in {s["code"] for s in visit["signs"]}
    sick = triage(tetanus, **ADULT)
    assert sick["level"] == "emergency" and codes(sick) & {"tetanus_signs", "tetanus_after_wound"}, sick["findings"]


# --- a rusty nail and no tetanus shot needs the shot today, not the emergency room ---

@pytest.mark.parametrize("text", [
    "jang lagi keel pair mein chubh gayi, tetanus ka teeka nahi lagwaya, chhota sa ghaav hai",
    "rusty nail pricked my foot this morning, never had a tetanus injection, small clean wound",
    "जंग लगी कील पैर में चुभ गई, टिटनेस का टीका नहीं लगा",
    "tetanus ka teeka kab lagwaya tha yaad nahi, haath mein kaanch laga",
])
def test_a_wound_without_a_tetanus_shot_is_wound_care_today(triage, text):
    result = triage(text, age_years=35, sex="male")
    assert result["level"] == "urgent" and "tetanus_prophylaxis" in codes(result), result["findings"]
    assert not codes(result) & {"tetanus_signs", "tetanus_after_wound"}, result["findings"]


def test_lockjaw_and_spasms_a_week_after_a_rusty_nail_are_tetanus(triage):
    result = triage("rusty nail wound a week ago, now jaw is locked and body goes stiff in spasms", age_years=35,
                    sex="male")
    assert result["level"] == "emergency" and "tetanus_after_wound" in codes(result), result["findings"]


# --- haloes around lights with a painful eye are glaucoma, a sudden painless loss of sight or a weak side a stroke ---

@pytest.mark.parametrize("glaucoma, stroke", [
    ("suddenly seeing rainbow rings around lights, eye pain and headache",
     "suddenly cannot see from the left eye and the right arm is weak"),
    ("left eye suddenly very painful and red since evening, seeing coloured haloes around the bulb, vision hazy",
     "sudden loss of vision in one eye since an hour, no pain"),
    ("achanak se roshni ke charon taraf satrangi ghere dikhne lage, aankh mein tez dard aur sir dard, ulti hui",
     "achanak ek taraf ka haath pair kamzor ho gaya, zubaan ladkhada rahi hai"),
])
def test_haloes_with_a_painful_eye_are_the_eye_doctor_s_today_not_a_stroke(triage, glaucoma, stroke):
    eye = triage(glaucoma, age_years=60, sex="female")
    assert eye["level"] == "urgent" and "stroke_signs" not in codes(eye), eye["findings"]
    assert "acute_glaucoma_signs" in codes(eye) and eye["specialties"][0] == "ophthalmology", eye["findings"]
    brain = triage(stroke, age_years=62, sex="male")
    assert brain["level"] == "emergency" and "stroke_signs" in codes(brain), brain["findings"]


def test_haloes_alone_are_an_eye_examination_in_turn(triage):
    result = triage("seeing haloes around lights at night for a few months", age_years=65, sex="male")
    assert result["level"] == "routine" and "haloes" in codes(result), result["findings"]


# --- yellow teeth and yellow urine are not jaundice; yellow eyes are ---

def assert_jaundice(result: dict) -> None:
    assert result["level"] == "urgent" and "jaundice" in present(result) and "jaundice" in codes(result), \
        result["findings"]


@pytest.mark.parametrize("teeth, eyes", [
    ("daant peele ho gaye hain", "daant peele hain aur aankhen bhi peeli ho gayi, bhook nahi lagti"),
    ("दांत पीले हो गए हैं", "आँखें पीली हो गई हैं, पेशाब भी पीला आ रहा है"),
    ("my teeth are yellow, want them cleaned", "my eyes have turned yellow and I have no appetite"),
])
def test_yellow_teeth_are_the_dentist_s_in_turn_yellow_eyes_jaundice(triage, teeth, eyes):
    result = triage(teeth)
    assert result["level"] == "routine" and "jaundice" not in present(result), result["findings"]
    assert "stained_teeth" in codes(result) and result["specialties"][0] == "dentistry", result["findings"]
    assert_jaundice(triage(eyes, **ADULT))


@pytest.mark.parametrize("urine, eyes", [
    ("peshab ka rang peela hai, aur koi taklif nahi", "aankhen peeli ho gayi hain aur peshab bhi peela"),
    ("पेशाब का रंग पीला है, और कोई तकलीफ़ नहीं", "आँखें पीली हो गई हैं, पेशाब भी पीला आ रहा है"),
    ("peshab peela aa raha hai garmi mein, paani kam peeta hoon", "aankhon mein peelapan hai, peshab gehra peela"),
])
def test_yellow_urine_alone_is_not_jaundice_yellow_eyes_are(triage, urine, eyes):
    result = triage(urine)
    assert result["level"] == "routine" and "jaundice" not in present(result), result["findings"]
    assert "yellow_urine" in codes(result)
    assert_jaundice(triage(eyes, **ADULT))
    # "geela" (wet) is a word of its own, not a misspelt "peela" (yellow)
    wet = triage("beta 7 saal ka, raat ko bistar geela kar deta hai, din mein koi dikkat nahi", age_years=7,
                 sex="male")
    assert "jaundice" not in present(wet) and wet["level"] != "urgent", wet["findings"]


# --- long-standing varicose veins are a surgeon's in turn; a bleeding vein or a clot is not ---

@pytest.mark.parametrize("veins, danger", [
    ("varicose veins in both legs", "varicose vein on my leg burst and is bleeding a lot"),
    ("varicose veins for years, legs ache after standing, no ulcer or bleeding",
     "varicose veins, now one calf is swollen and painful and I am short of breath"),
    ("pair ki nasen ubhri hui hain", "pair ki nas se khoon nahi ruk raha, kapda bheeg gaya"),
    ("pairo ki nase moti aur tedhi ho gayi hai, kai saal se",
     "pair ki nasen phooli hain, aaj achanak pindli suj gayi aur saans phool rahi hai"),
])
def test_varicose_veins_alone_are_routine_a_bleeding_vein_or_a_clot_an_emergency(triage, veins, danger):
    result = triage(veins)
    assert result["level"] == "routine" and "varicose_veins" in codes(result), result["findings"]
    assert "bleeding" not in present(result)
    worse = triage(danger, age_years=60, sex="female")
    assert worse["level"] == "emergency" and "varicose_veins" not in codes(worse), worse["findings"]


# --- a day of hiccups is routine or self-care; "nahi ruk raha" says a complaint goes on ---

@pytest.mark.parametrize("text", [
    "hiccups since 24 hours, tried sugar and holding my breath",
    "hichki nahi ruk rahi",
    "hiccups since yesterday, tried water and holding breath",
    "hichki band nahi ho rahi kal se, saans rok ke bhi dekha",
])
def test_a_day_of_hiccups_is_not_raised(triage, text):
    result = triage(text)
    assert result["level"] in {"routine", "self_care"}, result["findings"]


def test_a_bleeding_that_will_not_stop_is_not_denied(triage):
    """The same "nahi ruk raha" that keeps the hiccups going keeps a bleeding going: heavy, not absent."""
    result = triage("khoon nahi ruk raha, kapda bheeg gaya", **ADULT)
    assert result["level"] == "emergency" and "bleeding" in present(result), result["findings"]
    assert "severe_bleeding" in codes(result)
    vomit = triage("ulti nahi ruk rahi", **ADULT)
    assert "vomiting" in present(vomit) and vomit["level"] != "routine", vomit["findings"]
