"""A tester's finds in real Chromium (session of 2026-12-04, round 13), each failing on 963d0ed: a stroke told in
Bhojpuri was an urgent "possible fracture"; a relative's heart attack or stroke told in Hinglish beside the speaker's
own request for a check was read as the patient's own (an emergency); Bhojpuri "katlas na" (it did not bite) was no
denial; an Assamese-script infant with diarrhoea, drowsy and not eating, was self-care."""

from tests.models.triage.conftest import codes, lexicon_found as present


def test_a_stroke_told_in_bhojpuri(triage):
    result = triage("muh tedh ho gayil, dahina hath na uthat ba", age_years=62, sex="male")
    assert {"facial droop", "weakness"} <= present(result), codes(result)
    assert result["level"] == "emergency", codes(result)
    assert "suspected_fracture" not in codes(result)


def test_one_leg_that_will_not_lift_in_bhojpuri_with_a_crooked_face(triage):
    result = triage("mooh terha ho gail ba, baen goda na uthat", age_years=70, sex="female")
    assert {"facial droop", "weakness"} <= present(result) and result["level"] == "emergency", codes(result)


def test_a_crooked_tooth_is_no_face(triage):
    result = triage("daant tedhe hain, braces lagwane hain", age_years=14, sex="female")
    assert "facial droop" not in present(result) and result["level"] != "emergency", codes(result)


def test_a_fathers_heart_attack_at_an_age_in_saal(triage):
    result = triage("papa ko 52 saal mein heart attack aaya tha, mujhe checkup chahiye", age_years=35, sex="male")
    assert "chest pain" not in present(result) and result["level"] not in ("emergency", "urgent"), codes(result)


def test_an_uncles_stroke_beside_the_speakers_own_check(triage):
    result = triage("mere chacha ko stroke hua tha, mera bp check karna hai", age_years=30, sex="male")
    assert "weakness" not in present(result) and result["level"] not in ("emergency", "urgent"), codes(result)


def test_a_fathers_stroke_last_night_is_his_own_even_with_a_check_asked(triage):
    # the relative is the patient: "kal raat" (last night) and no first person before the check
    result = triage("papa ko kal raat stroke hua tha, checkup karwana hai", age_years=70, sex="male")
    assert result["level"] == "emergency", codes(result)
    result = triage("papa ko stroke hua tha, unka checkup karwana hai", age_years=70, sex="male")
    assert result["level"] == "emergency", codes(result)


def test_bhojpuri_it_did_not_bite(triage):
    result = triage("saanp dekhlas lekin katlas na", age_years=25, sex="male")
    assert result["level"] != "emergency", codes(result)
    assert "snake bite" not in present(result)


def test_bhojpuri_snake_seen_then_it_bit(triage):
    for text in ("saanp dekhlas aa pair me katlas", "saanp dekhlas, fer katlak"):
        result = triage(text, age_years=25, sex="male")
        assert result["level"] == "emergency", (text, codes(result))


def test_an_assamese_script_infant_drowsy_with_diarrhoea(triage):
    result = triage("শিশুটোৰ পাতলা পায়খানা, টোপনি টোপনি ভাব, খোৱা নাই", age_years=1, sex="female")
    assert {"diarrhea", "lethargy"} <= present(result) and result["level"] == "emergency", codes(result)


def test_bleeding_in_pregnancy_in_bengali_script(triage):
    # (a tester's find of this session: "not understood", urgent)
    result = triage("গর্ভবতী, রক্তপাত হচ্ছে", age_years=24, sex="female")
    assert result["level"] == "emergency", codes(result)


def test_breathing_fine_is_denied(triage):
    # (a tester's find: "saans bhi theek hai" gave a breathlessness chip and urgent)
    result = triage("seene mein dard nahi hai, saans bhi theek hai, bas khansi hai", age_years=30, sex="male")
    assert "shortness of breath" not in present(result) and result["level"] in ("self_care", "routine"), codes(result)
    result = triage("saans nahi aa rahi, seene me dard", age_years=50, sex="male")
    assert result["level"] == "emergency", codes(result)


def _duration(result, name):
    (mention,) = [s for s in result["symptoms"] if s["name"] == name and not s["negated"]]
    return mention["duration_label"] and mention["duration_label"]["en"]


def test_a_relatives_years_are_not_the_patients_cold(triage):
    # (a tester's find: "runny nose for 5 years", routine, from the mother's stroke 5 years ago)
    result = triage("meri maa ko 5 saal pehle stroke hua tha, mujhe bas sardi hai", age_years=30, sex="male")
    assert _duration(result, "runny nose") is None and result["level"] == "self_care", codes(result)


def test_the_months_of_a_pregnancy_are_not_the_bleedings(triage):
    # (a tester's find: the card said "vaginal bleeding for 7 months")
    result = triage("pet se hoon 7 mahina, khoon aa raha hai", age_years=25, sex="female")
    assert _duration(result, "vaginal bleeding") is None and result["level"] == "emergency", codes(result)
    result = triage("bukhar 3 din se aur khansi 2 hafte se", age_years=40, sex="male")
    assert (_duration(result, "fever"), _duration(result, "cough")) == ("for 3 days", "for 2 weeks")
