"""Round 22, an old person's sudden decline told in everyday words: an elder who has stopped eating and drinking and
just lies there, who cannot get up since the morning or the afternoon, who is suddenly off the legs, in English,
Hindi, Awadhi and Bhojpuri (NICE CG103 delirium; BGS, the acutely unwell older person "off legs": seen today). Our
own sentences, each beside a look-alike that must not change: a frailty of months, a poor appetite with the day's
work done, a younger adult's sore knee."""

import pytest

from tests.models.triage.conftest import assert_rule_has_texts, codes, told, told_level

DECLINES = (
    # Hindi: stopped eating and drinking, just lies there
    ("nanaji 84 ke, parson se khana pani chhod diya, bas lete rehte hain", 84, "male"),
    # Awadhi: cannot get up since the morning
    ("hamaar amma aaj subah se uth nahi paavat hain, bolat hain thik", 79, "female"),
    # Hindi: from the bed, since this afternoon ("aaj dopahar se")
    ("dadaji aaj dopahar se bistar se uth nahi pa rahe", 77, "male"),
    # Bhojpuri: food and water left, lying on the cot; not getting up since dawn
    ("mai ke kaal se khana pani chhut gail ba, khatiya pe paral rahat baadi", 81, "female"),
    ("baba aaj bhor se uthat naikhe", 86, "male"),
    # English: off the legs, cannot get up since this morning, stopped eating and drinking
    ("my grandmother went off her legs yesterday, she was walking to the temple last week", 88, "female"),
    ("dad is 83, since this morning he can't get out of bed, seems ok otherwise", 83, "male"),
    ("mum has stopped eating and drinking since Sunday", 90, "female"),
)


@pytest.mark.parametrize("text, age, sex", DECLINES)
def test_round22_elder_decline_is_seen_today(triage, text, age, sex):
    r = told(triage, text, age, sex)
    assert r["level"] in ("urgent", "emergency"), r["reasons"]
    assert "elder_acute_decline" in codes(r), codes(r)


LOOK_ALIKES = (
    # a frailty of months or years: a review
    ("dadi 2 saal se bistar pe hi rehti hain, bas leti rehti, khana theek khati hain", 85, "female"),
    ("nani 3 mahine se bas leti rehti, uth nahi paavat, khana kam", 83, "female"),
    ("father 80 has been slowly getting weaker over months, walks with a frame, eats a bit less", 80, "male"),
    # a poor appetite with the day's work done
    ("nana ji ki bhookh kam hai, par ghoomte phirte hain, kaam karte hain", 75, "male"),
)


@pytest.mark.parametrize("text, age, sex", LOOK_ALIKES)
def test_round22_chronic_frailty_is_not_a_sudden_decline(triage, text, age, sex):
    r = told(triage, text, age, sex)
    assert "elder_acute_decline" not in codes(r), codes(r)


def test_a_younger_adults_stiff_knee_is_not_an_elders_decline(triage):
    r = told(triage, "ghutne me dard hai, subah se uth nahi paavat", 40, "female")
    assert "elder_acute_decline" not in codes(r)
    assert r["level"] != "emergency"


def test_a_recent_decline_on_top_of_a_months_poor_appetite_is_still_seen_today(triage):
    # the afternoon read as a time ("aaj dopahar se"): the decline is hours old, the appetite months
    assert "elder_acute_decline" in codes(told(triage, "nani ko 3 mahine se bhookh kam hai, aaj dopahar se uth nahi "
                                                       "paavat", 83, "female"))
    assert "elder_acute_decline" not in codes(told(triage, "nani ko 3 mahine se bhookh kam hai, uth nahi paavat", 83,
                                                   "female"))


def test_danger_signs_with_the_decline_stay_an_emergency(triage):
    assert told_level(triage, "dadi 2 din se khana pani chhod di, aaj kisi ko pehchaan nahi rahi, peshab nahi hua",
                      82, "female") == "emergency"


def test_new_rule_has_its_texts():
    assert_rule_has_texts("elder_acute_decline")


def test_the_family_not_known_in_awadhi_and_bhojpuri_is_a_confusion(triage):
    # NICE CG103: a new confusion with a fever in an elder is a delirium, sepsis until shown otherwise
    for text in ("amma do din se bukhaar me, aaj se ghar walon ko pehchaan nahi paavat", "baba ke jar ba, kaal se "
                 "hamra ke chinhat naikhan"):
        r = told(triage, text, 78, "female")
        assert r["level"] == "emergency", r["reasons"]
        assert "altered_mental_state" in codes(r) or "sepsis_signs" in codes(r), codes(r)


def test_a_mark_not_seen_is_no_confusion(triage):
    # "chinha" (a mark) must not be read as "chinhat" (knows)
    assert "altered_mental_state" not in codes(told(triage, "sir pe halki chot lagi, koi chinha nahi hai, theek hai",
                                                    70, "male"))
