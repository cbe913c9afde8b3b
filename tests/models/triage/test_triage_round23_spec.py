"""Round 23, a schoolchild's hot, swollen knee (septic arthritis; BSR/BOA: the orthopaedic surgeon washes the joint
out the same day) goes to the orthopaedist before the pediatrician, fever and all. Our own sentences, each beside a
look-alike that keeps the pediatrician: a toddler's hot knee, joint pains that flit with a fever, a swelling with a
fever that is not a knee's."""

import pytest

from tests.models.triage.conftest import told

HOT_KNEES = (
    ("my 8 year old has fever since yesterday, his left knee is swollen and warm, he will not walk on it", 8, "male"),
    ("beti 7 saal ki, ghutne me soojan aur garmi, 2 din se bukhar, pair nahi rakhti", 7, "female"),
    ("11 yr son knee swollen, fever 102, cries if we bend it", 11, "male"),
)


@pytest.mark.parametrize("text, age, sex", HOT_KNEES)
def test_round23_schoolchild_hot_knee_is_the_orthopaedists(triage, text, age, sex):
    r = told(triage, text, age, sex)
    assert r["level"] in ("urgent", "emergency"), r["reasons"]
    assert r["specialties"][0] in ("orthopedics", "emergency"), r["specialties"]


LOOK_ALIKES = (
    # a toddler's hot knee: the pediatrician's
    ("my 3 year old has fever and her knee is swollen and warm, not walking", 3, "female"),
    # a fever with a swelling of the neck, not a joint
    ("8 saal ka beta, bukhar 2 din se, gardan me soojan", 8, "male"),
)


@pytest.mark.parametrize("text, age, sex", LOOK_ALIKES)
def test_round23_other_child_swellings_stay_the_pediatricians(triage, text, age, sex):
    r = told(triage, text, age, sex)
    assert r["level"] in ("urgent", "emergency"), r["reasons"]
    assert r["specialties"][0] in ("pediatrics", "emergency"), r["specialties"]


def test_round23_a_dog_bites_teeth_marks_are_not_the_dentists(triage):
    r = told(triage, "a stray dog bit my forearm this morning, three teeth marks, bled a bit, washed it", 34, "male")
    assert r["level"] in ("urgent", "emergency"), r["reasons"]
    assert "dentistry" not in r["specialties"][:1], r["specialties"]


def test_round23_a_toothache_stays_the_dentists(triage):
    r = told(triage, "molar tooth aching 4 days, gum swollen near it", 34, "male")
    assert r["specialties"][0] == "dentistry", r["specialties"]
