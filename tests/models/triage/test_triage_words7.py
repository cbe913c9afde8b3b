"""Issue 16, round 7b: red flags told in Hinglish / SMS wording (the kinds /work/train4 part-04 showed missing), in
sentences of our own; words that must not fire on harmless sentences; and the kiosk tester's findings."""

import pytest

from tests.models.triage.conftest import codes, present


@pytest.mark.parametrize(("text", "symptom", "code"), [
    # pre-eclampsia: darkness / blur in front of the eyes with headache, in pregnancy
    ("9ve mahine me hai, sir dard bahut aur aankhon ke samne andhera aa jata", "blurred vision", "eclampsia_signs"),
    ("pet se hai 7 mahine, sar me dard, ankh ke aage dhundhla sa", "blurred vision", "eclampsia_signs"),
    # snake bite told as "something bit, two marks"
    ("raat ko kheton me kuch kaat liya, ankle pe 2 nishan, dard badh raha", "snake bite", "envenomation"),
    ("ghaas kaatte samay kuch kaat gaya haath pe", "snake bite", "envenomation"),
    # overdose told verb-last
    ("beti ne saari goliyan kha li dukhi hokar", "poisoning", "poisoning"),
    ("dadi ne neend ki goli kha li bahut saari", "poisoning", "poisoning"),
    # not rousable
    ("mera beta subah se jaag nahi raha, hila ke dekha", "loss of consciousness", None),
    ("uthane par bhi nahi uth rahi amma, bukhar nahi", "loss of consciousness", None),
    ("nanaji ko bulao to aankh kholte hain phir so jaate hain", "lethargy", "reduced_consciousness"),
    # head injury then sleepiness
    ("bike se gire, sar pe chot lagi, ab bahut neend aa rahi", "lethargy", "head_injury_danger"),
    # gasping
    ("dama wale chacha ki saans ukhar rahi hai", "shortness of breath", "severe_respiratory_distress"),
    # a large burn
    ("dupatte me aag lag gayi, seena aur dono haath jale, chhale pad gaye", "burn", "major_burn"),
    ("khaulta tel gira, pet aur dono jaangh jhulas gayi", "burn", "major_burn"),
    # throat closing after a food
    ("kaju khane ke baad gala kasa kasa lag raha, hont suj gaye", "throat swelling", "anaphylaxis"),
    ("machhli khaya tha, ab nigalne me dikkat aur gala band sa lag raha", "difficulty swallowing", "airway_obstruction"),
    # complete bowel obstruction
    ("3 din se tatti aur gas dono band, pet phool gaya, ulti", "constipation", "complete_bowel_obstruction"),
    ("hawa nahi nikal rahi, hari ulti, pet me marod", "vomiting", "complete_bowel_obstruction"),
    # missed dialysis
    ("kidney ke mareez hai, kal ka dialysis chhoot gaya, ab saans phool rahi", "shortness of breath",
     "missed_dialysis_breathless"),
    # sudden loss of sight
    ("achanak ek aankh se dikhai nahi de raha, dard nahi", "blurred vision", None),
])
def test_hinglish_red_flag_is_emergency(triage, text, symptom, code):
    pregnant = {"pregnant": True} if "mahine" in text and ("pet se" in text or "9ve" in text) else {}
    result = triage(text, age_years=40, **pregnant)
    assert symptom in present(result)
    if code:
        assert code in codes(result)
    assert result["level"] == "emergency"


@pytest.mark.parametrize(("text", "not_symptom"), [
    ("neend nahi aati raat bhar, kaam ki tension", "lethargy"),   # insomnia, not drowsiness
    ("neend nahi aati 2 hafte se", "loss of consciousness"),
    ("aankh laal hai kal se, khujli", "blurred vision"),           # red eye is not vision loss
    ("doodh gir gaya farsh pe, saaf kar diya", "fall"),            # a spill, not a fall
    ("chai gira di kapde pe", "burn"),
    ("machhar ne kaat liya, khujli", "snake bite"),
    ("dawai kha li subah, BP ki", "poisoning"),                    # a dose, not an overdose
])
def test_harmless_wording_does_not_fire(triage, text, not_symptom):
    assert not_symptom not in present(triage(text, age_years=30))


def test_insomnia_is_insomnia(triage):
    assert "insomnia" in present(triage("neend nahi aati, raat bhar jaagta hu", age_years=30))


# --- the kiosk tester's findings ---

def test_something_fell_in_the_eye_is_not_a_fall(triage):
    result = triage("ankh mein kuch gir gaya, laal aur paani aa raha", age_years=30)
    assert "fall" not in present(result)
    assert result["specialties"][0] == "ophthalmology"


def test_scald_is_a_burn_not_a_fall(triage):
    result = triage("garam paani gir gaya, chest aur pet jal gaya, chhale", age_years=30)
    assert "burn" in present(result) and "fall" not in present(result)
    assert "major_burn" in codes(result) and result["level"] == "emergency"


@pytest.mark.parametrize("text", ["main gir gaya, ghutne me dard", "seedhi se gir gaya kal raat",
                                  "bathroom me fisal gayi, kamar me dard"])
def test_the_patient_falling_is_a_fall(triage, text):
    assert "fall" in present(triage(text, age_years=50))


def test_conjunctivitis_is_understood_ophthalmology_and_not_urgent(triage):
    # (routine until round 19: sticky red eyes in an adult are self-care in 7 of the repository's vignettes and routine
    # in 6, "aankh laal hai aur kichad aa raha, dono aankhon mein" self-care among them, and the retrained model now
    # grants it; gating self-care on pain and sight told fine lost 8 self-care vignettes whose "dard nahi, dikh sab
    # raha" the checker does not read as the eye's)
    result = triage("ankh laal hai aur chipchipa paani, dono aankhen", age_years=25)
    assert "red eye" in present(result)
    assert result["level"] in ("routine", "self_care") and result["specialties"][0] == "ophthalmology"


def test_closed_fracture_names_orthopedics(triage):
    result = triage("haath toot gaya lagta hai, sujan aur tedha hai", age_years=30)
    assert "orthopedics" in result["specialties"]


def test_durations_do_not_cross_to_another_symptom(triage):
    result = triage("bachche ko 2 din se tez bukhar, aaj subah jhatke aaye", age_years=3)
    assert result["level"] == "emergency" and {"fever", "seizure"} <= present(result)


def test_blurred_vision_in_pregnancy_in_hindi(triage):
    result = triage("7 mahine ka pet hai, sar dard aur aankhon ke aage dhundhla, pair mein sujan", age_years=24,
                    sex="female", pregnant=True)
    assert "blurred vision" in present(result) and "eclampsia_signs" in codes(result)


def test_leg_swelling_with_orthopnoea(triage):
    result = triage("sans phoolna raat ko, lete hue zyada, pair sooje", age_years=60)
    assert {"shortness of breath", "swelling"} <= present(result)
