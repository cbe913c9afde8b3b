"""Round 23, found while merging the branches and after the retrain: a faint told over is seen today, not raised to
an emergency by the model's guess; a pregnancy told well ("the baby kicks well") keeps its routine backache; a
child's nosebleed pressed within minutes is home care while an elder's heavy one is seen today; chat's "mens" is the
period. Our own sentences, each beside the version that must stay higher."""

import pytest

from tests.models.triage.conftest import codes, told_level, told_present


@pytest.mark.parametrize("text, age", [
    ("my mother blacked out while standing at the bus stop, came round in a minute, she is fine now", 52),
    ("uncle fainted at the wedding, woke up quickly, ab theek hai", 66),
])
def test_a_faint_told_over_with_nothing_else_is_seen_today(triage, text, age):
    result = triage(text, age_years=age, sex="female")
    assert result["level"] == "urgent" and "faint_over" in codes(result), codes(result)


@pytest.mark.parametrize("text, age", [
    ("my mother blacked out at the bus stop with chest pain before it, she is fine now", 52),
    ("uncle fainted at the wedding and his heart was racing before, woke up quickly", 66),
    ("my mother blacked out at the bus stop and is still not answering us", 52),
])
def test_a_faint_with_a_danger_or_still_out_stays_an_emergency(triage, text, age):
    assert triage(text, age_years=age, sex="female")["level"] == "emergency"


def test_a_pregnancy_told_well_keeps_its_backache_routine(triage):
    assert told_level(triage, "aathwa mahina, baby is kicking well, bas peeth me dard rehta hai", 24) == "routine"


def test_a_pregnancy_told_well_with_a_headache_and_blurring_is_still_an_emergency(triage):
    text = "aathwa mahina, bachcha theek se hil raha hai, par subah se sir me tez dard aur dhundhla dikh raha"
    assert told_level(triage, text, 24) == "emergency"


def test_a_childs_nosebleed_pressed_within_minutes_is_home_care(triage):
    text = "my son's nose bled a lot, it stopped after pressing for 5 minutes, he is playing again"
    assert told_level(triage, text, 8, "male") == "self_care"


def test_an_elders_heavy_nosebleed_stopped_by_pressing_is_seen_today(triage):
    result = triage("dadi ki naak se bahut khoon aaya, 10 minute daba ke rakha to ruk gaya", age_years=74, sex="female")
    assert result["level"] == "urgent" and "stopped_heavy_nosebleed" in codes(result), codes(result)


def test_chats_mens_is_the_period(triage):
    assert "painful periods" in told_present(triage, "mens ke time pet me marod bahut hota hai", 22)
