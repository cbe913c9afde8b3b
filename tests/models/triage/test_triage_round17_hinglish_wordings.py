"""Round 17, found by trying the kiosk's Hindi card: pictures whose rules round 17 wrote in English wordings, told in
Hinglish. A rash all over after a new medicine is a drug allergy seen today; with the lips swelling and the breath
short it stays anaphylaxis. A neck stiff after a night on a wrong pillow is care at home; with a fever and vomiting it
stays meningitis's."""

from tests.models.triage.conftest import codes


def test_a_rash_all_over_after_a_new_medicine_told_in_hinglish_is_a_drug_allergy_seen_today(triage):
    for text in ("nayi antibiotic ke baad poore badan pe pitti, bahut khujli, saans theek",
                 "dawa shuru karte hi sab jagah laal daane, khujli, aur kuch nahi"):
        result = triage(text, age_years=34, sex="female")
        assert result["level"] == "urgent" and "drug_rash" in codes(result), (text, codes(result))
    worse = triage("nayi antibiotic ke baad poore badan pe pitti, hoth sooj gaye, saans lene me dikkat", age_years=34,
                   sex="female")
    assert worse["level"] == "emergency", codes(worse)


def test_a_neck_stiff_after_sleeping_on_a_wrong_pillow_told_in_hinglish_is_care_at_home(triage):
    result = triage("galat takiye se so gayi, subah se gardan akad gayi, bukhar nahi sir dard nahi", age_years=30,
                    sex="female")
    assert result["level"] == "self_care" and "wry_neck" in codes(result), codes(result)
    fever = triage("galat takiye se so gayi, subah se gardan akad gayi, tez bukhar aur ulti", age_years=30, sex="female")
    assert fever["level"] == "emergency", codes(fever)
