"""Round 17, routine pictures read too high or too low: a weight that fell read as a fall, tablets bought at a shop
read as a poisoning, a Kannada "finished" read as a fracture, a fit of a year ago read as a fit now, a yellow arm band
read as jaundice, varicose legs read as a thrombosis, monthly period pain read as an acute belly, bright red drops on
hard stools with no time told, and a PHC's visits in Kannada. Our own sentences, each beside the same picture with a
red flag, which stays high."""

import pytest

from tests.models.triage.conftest import codes, present

HIGH = ("emergency", "urgent")


def result(triage, text, age, sex="male"):
    return triage(text, age_years=age, sex=sex)


def level(triage, text, age, sex="male"):
    return result(triage, text, age, sex)["level"]


def test_a_weight_that_fell_over_months_is_weight_loss_not_a_fall(triage):
    out = result(triage, "nani ka wazan 4 mahine mein kaafi gir gaya, khana kam khaati, khansi bukhar nahi", 74, "female")
    assert "weight loss" in present(out) and "fall" not in present(out)
    assert out["level"] == "routine"
    assert level(triage, "nani seedhi se gir gayi, kulhe mein dard, khadi nahi ho paa rahi", 74, "female") in HIGH


def test_tablets_bought_at_a_chemist_are_no_overdose(triage):
    out = result(triage, "my wife took tablets from the chemist for the burning last month, it keeps coming back", 30,
                 "female")
    assert "poisoning" not in present(out) and out["level"] != "emergency"
    assert level(triage, "took 25 tablets from the chemist to end her life", 30, "female") == "emergency"


def test_a_kannada_refill_is_no_fracture_and_a_fit_of_a_year_ago_is_past(triage):
    out = result(triage, "Mirgi ide, gulige mugidide, kone fit 2 varsha hinde, eega chennagiddane", 30)
    assert out["level"] == "routine" and "suspected_fracture" not in codes(out)
    assert level(triage, "Mirgi ide, gulige mugidide, ivattu fits bantu 2 sala", 30) == "emergency"


def test_a_yellow_arm_band_is_moderate_malnutrition_not_jaundice(triage):
    out = result(triage, "3 saal ka beta, MUAC yellow aaya anganwadi mein, khana kam khata", 3)
    assert "jaundice" not in present(out) and out["level"] == "routine"
    assert level(triage, "3 saal ka beta, MUAC red aaya anganwadi mein", 3) == "urgent"
    assert level(triage, "3 saal ka beta, MUAC yellow aaya, aankhein peeli, peshab gaadha", 3) in HIGH


def test_long_standing_varicose_legs_are_not_a_thrombosis(triage):
    assert level(triage, "shop job standing 10 hrs, veins bulging in both legs, legs ache by night, ankles puffy",
                 40, "female") == "routine"
    assert level(triage, "veins bulging in legs for years, since yesterday one calf swollen, painful and hot",
                 40, "female") in HIGH


def test_period_pain_every_month_bad_enough_to_miss_school_is_seen_in_turn(triage):
    assert level(triage, "har mahine pehle din pet mein bahut tez dard, college nahi ja paati", 17, "female") == "routine"
    assert level(triage, "periods 2 mahine se nahi aaye, pet mein bahut dard, har mahine aisa hota", 24,
                 "female") in HIGH
    assert level(triage, "har mahine bahut pet dard, aaj bukhar aur chakkar bhi", 18, "female") in HIGH


def test_bright_red_drops_on_hard_stools_under_fifty_are_seen_in_turn(triage):
    assert level(triage, "bright red blood on the paper after a hard stool, otherwise well", 30) == "routine"
    assert level(triage, "bright red blood on the paper after a hard stool, feeling dizzy", 30) in HIGH
    assert level(triage, "bright red blood on the paper after a hard stool", 65) in HIGH


@pytest.mark.parametrize("text, age, sex, code", (
    ("Tatha ge ratri 3-4 sala mootra, dhaara kammi, 6 tingala inda", 70, "male", "prostate_symptoms"),
    ("Maduve aagi 4 varsha, magu aagilla", 28, "female", "infertility"),
    ("Hotte kelage baavu, malagidre olage hogutte, novu illa", 45, "male", "lump"),
))
def test_a_phcs_visits_in_kannada_are_seen_in_turn(triage, text, age, sex, code):
    out = result(triage, text, age, sex)
    assert out["level"] == "routine" and code in codes(out)
