"""Round 17, care at home: pictures whose worrying word the teller's own words settle (a stinging nettle's rash, a
small scald with no blister, a posset, a newborn girl's spotting, a bus ride's sickness, homesickness, a pink eye
going round, beetroot's red urine, iron's black stool in a pregnancy, a neck slept on wrong, a late period with the
test negative, the lochia getting less). Our own sentences, each beside the same picture with a red flag, which
stays high."""

import pytest

from tests.models.triage.conftest import assert_rule_has_texts, codes

HIGH = ("urgent", "emergency")


def level(triage, text, age, sex="female", **kw):
    return triage(text, age_years=age, sex=sex, **kw)["level"]


# (text, age, sex) cared for at home, and the same picture with a danger told, seen
PAIRS = (
    # a stinging nettle: its "bichhu" is no scorpion
    (("bichhu ghaas chhu gayi pair pe, khujli aur chhote chhote daane", 30, "male"),
     ("bichhu ghaas chhu gayi pair pe, khujli, ab honth aur chehra sooj gaya, saans phool rahi", 30, "male")),
    # a small scald on the back of a hand, no blister
    (("boiling milk spilled on the back of my hand, red patch coin size, no blisters", 35, "female"),
     ("boiling milk spilled on the back of his hand and both legs, big blisters", 35, "female")),
    # a posset in a thriving baby
    (("Baby brings out a little of milk coming up after burping, gaining weight well, wetting nappies", 0.25, "male"),
     ("Baby vomits after every feed, green colour, belly swollen", 0.25, "male")),
    # a newborn girl's spotting from the front passage
    (("Five day old girl, a few spots of blood on the nappy from the front passage, feeding well", 0.014, "female"),
     ("Five day old girl, blood in her stool, crying a lot, not feeding", 0.014, "female")),
    # a bus ride's sickness, well at home
    (("jeep mein ulti aayi ghat road pe, ghar aake theek", 25, "female"),
     ("jeep palat gayi ghat road pe, sir pe chot, ulti aur behoshi", 25, "female")),
    # homesickness with no bad thoughts
    (("first month in the hostel, homesick, miss my family, eating and studying fine", 18, "male"),
     ("first month in the hostel, homesick, feel like ending my life", 18, "male")),
    # a pink eye going round the school (with pain and blurred sight it is seen)
    (("pink eye going around in school, her eyes red and sticky, sees fine", 25, "female"),
     ("pink eye going round, but my eye hurts a lot and vision is blurred", 22, "male")),
    # beetroot's red urine
    (("ate beetroot salad yesterday, today red urine, no pain no burning", 35, "male"),
     ("ate beetroot yesterday, red urine with fever and pain in the side", 35, "male")),
    # a neck slept on wrong, no fever
    (("slept on a high pillow, neck stiff this morning, no fever no headache", 35, "male"),
     ("neck stiff since morning with high fever and vomiting", 35, "male")),
)


@pytest.mark.parametrize("calm, danger", PAIRS)
def test_a_picture_its_words_settle_is_care_at_home_and_its_danger_stays_high(triage, calm, danger):
    text, age, sex = calm
    result = triage(text, age_years=age, sex=sex)
    assert result["level"] == "self_care", (text, codes(result))
    text, age, sex = danger
    assert level(triage, text, age, sex) in HIGH, text


def test_a_nettle_is_no_scorpion_sting(triage):
    result = triage("bichhu booti lag gayi haath pe, jalan hai", age_years=25, sex="male")
    assert not codes(result) & {"scorpion_sting", "scorpion_sting_danger"}, codes(result)
    assert level(triage, "bichhu ne kaata pair pe, bahut dard", 25, "male") in HIGH


def test_iron_tablets_black_stool_in_pregnancy_is_care_at_home(triage):
    result = triage("5 mahine pregnant, IFA le rahi, latrine kaali ho gayi, chakkar nahi", age_years=24, sex="female")
    assert result["level"] == "self_care", codes(result)
    assert "iron_stool_pregnancy" in codes(result)
    assert_rule_has_texts("iron_stool_pregnancy")
    # with giddiness it is a bleed
    assert level(triage, "5 mahine pregnant, IFA le rahi, latrine kaali, chakkar aa rahe, behosh hui", 24) in HIGH


def test_a_late_period_with_a_negative_test_is_care_at_home(triage):
    result = triage("period late by 5 days, exam tension, test negative", age_years=20, sex="female")
    assert result["level"] == "self_care", codes(result)
    assert_rule_has_texts("late_period_negative")
    assert level(triage, "periods late by 4 days, upt negative, sharp pain low on one side and fainted", 26) in HIGH


def test_a_period_missed_for_months_or_late_uncounted_is_no_care_at_home(triage):
    # weeks or months without a period, even with a negative test, is a work-up (NICE CKS amenorrhoea)
    for text in ("mahwari 2 mahine se nahi aayi, test negative hai, dard nahi",
                 "no periods for 3 months now, urine test negative",
                 "my period is late, test was negative"):
        result = triage(text, age_years=23, sex="female")
        assert result["level"] != "self_care" and "late_period_negative" not in codes(result), (text, codes(result))


def test_the_lochia_getting_less_is_care_at_home(triage):
    for text in ("5 days after normal delivery, bleeding getting less every day, no bad smell, no fever",
                 "delivered 6 days ago, bleeding like a period but becoming less each day, no fever, no bad smell"):
        result = triage(text, age_years=27, sex="female")
        assert result["level"] == "self_care", codes(result)
        assert "settling_lochia" in codes(result)
    assert_rule_has_texts("settling_lochia")
    assert level(triage, "one week after normal delivery, heavy bleeding with big clots, soaking pads, dizzy", 27) \
        == "emergency"
    assert level(triage, "one week after normal delivery, bleeding with a bad smell and fever", 27) in HIGH


def test_a_wry_neck_rule_has_texts_and_a_child_stiff_neck_is_seen(triage):
    assert_rule_has_texts("wry_neck")
    assert level(triage, "slept wrong on pillow, neck stiff", 6, "male") in HIGH
