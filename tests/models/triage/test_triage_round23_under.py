"""Round 23, urgent and routine cases that had been sent lower: a small child's breathing faster than usual (IMCI
pneumonia), a limb gone numb and weak that recovered (a TIA, NICE NG128), a reliever that holds the wheeze off only for
a while (GINA, BTS/SIGN 158), a child swollen with a frothy urine (IPNA, IAP), a spinning giddiness with vomiting, a
nail stepped on with no tetanus cover known, a fever on alternate days (WHO malaria); and routine visits a self-care
answer had missed: someone at home with TB (NTEP), throat infections again and again (SIGN 117), a ringworm spread by a
steroid mix cream (IADVL), a kidney stone found on a scan (EAU), a reflux of months (NICE CG184), a urine's burning told
with "pesab", a child's itchy eyes every year. Our own sentences, each beside a look-alike that keeps its lower level."""

import pytest

from tests.models.triage.conftest import assert_rule_has_texts, codes, told, told_level

RAISED = (
    # (text, age, sex, level, rule)
    ("my 2 year old son has had a cold and fever since Monday and now his breathing is quicker than normal, he is "
     "still feeding well", 2, "male", "urgent", "child_pneumonia"),
    ("this morning my right arm went weak and numb for a few minutes, it is fine now", 66, "male", "urgent",
     "transient_ischaemic_attack"),
    ("wheezy since evening, took my asthalin pump 3 times since evening, it works for a while and then comes back",
     22, "female", "urgent", "asthma_reliever_wearing_off"),
    ("my 4 year old's eyes look puffy and his legs are swollen, the urine is foamy", 4, "male", "urgent",
     "nephrotic_swelling"),
    ("since yesterday everything is spinning and I threw up twice", 52, "male", "urgent", "acute_vertigo_vomiting"),
    ("stepped on nail in the field yesterday, don't know when I had my last tetanus shot", 35, "male", "urgent",
     "tetanus_prophylaxis"),
    ("fever comes on alternate days with shivering", 25, "male", "urgent", "malaria_pattern"),
    ("my grandmother at home has started TB medicines, my son is well, no cough", 3, "male", "routine",
     "tb_household_contact"),
    ("she had tonsillitis seven times this year, now fine", 8, "female", "routine", "recurrent_tonsillitis"),
    ("ring shaped itchy rash on groin, used quadriderm cream, now spreading", 28, "male", "routine",
     "steroid_modified_tinea"),
    ("ultrasound found a small stone in my right kidney last month, no pain now", 40, "male", "routine",
     "known_kidney_stone"),
    ("sour water comes up into my mouth after dinner for 2 months", 35, "female", "routine", "long_acid_reflux"),
    ("pishab karte waqt thodi jalan 1 din se", 30, "female", "routine", "urinary_infection"),
    ("bachche ki aankhe me khujli, paani aata, har saal hota hai", 9, "male", "routine", "seasonal_itchy_eyes_child"),
)


@pytest.mark.parametrize("text, age, sex, level, rule", RAISED)
def test_round23_under_cases_get_their_level(triage, text, age, sex, level, rule):
    r = told(triage, text, age, sex)
    assert r["level"] == level, r["reasons"]
    assert rule in codes(r), codes(r)


LOOK_ALIKES = (
    # (text, age, sex, the rule that must not fire, the level it must stay at or below)
    ("my 2 year old has had a cold since Monday, breathing normal, feeding well", 2, "male", "child_pneumonia",
     "routine"),
    ("my hand goes numb at night when I sleep on it, fine by morning", 45, "female", "transient_ischaemic_attack",
     "routine"),
    ("mild wheeze this morning, one puff of inhaler and it settled, fine since", 22, "female",
     "asthma_reliever_wearing_off", "routine"),
    # an adult's frothy urine with a little ankle swelling: a nephrologist's in turn
    ("urine looks foamy and ankles a little swollen in the evening", 50, "male", "nephrotic_swelling", "routine"),
    ("the room spins for a few seconds when I roll over in bed, no vomiting", 52, "female", "acute_vertigo_vomiting",
     "routine"),
    ("stepped on a nail, had tetanus injection last month, small mark only", 35, "male", "tetanus_prophylaxis",
     "self_care"),
    ("ghar me kisi ko TB nahi hai, beta theek hai, bas checkup", 3, "male", "tb_household_contact", "routine"),
    ("sore throat since yesterday, mild, eating ok", 8, "female", "recurrent_tonsillitis", "self_care"),
    ("itchy rash on arm after gardening, used calamine", 28, "male", "steroid_modified_tinea", "self_care"),
    ("scan of abdomen normal, no stone in kidney", 40, "male", "known_kidney_stone", "routine"),
    ("sour water came into my mouth after a heavy biryani last night", 35, "female", "long_acid_reflux", "self_care"),
    # an adult's itchy eyes every year: no child's vernal keratoconjunctivitis
    ("bachche ki aankhe me khujli, paani aata, har saal hota hai", 30, "male", "seasonal_itchy_eyes_child", "routine"),
)

_RANK = {"self_care": 0, "routine": 1, "urgent": 2, "emergency": 3}


@pytest.mark.parametrize("text, age, sex, rule, highest", LOOK_ALIKES)
def test_round23_look_alikes_keep_their_level(triage, text, age, sex, rule, highest):
    r = told(triage, text, age, sex)
    assert rule not in codes(r), codes(r)
    assert _RANK[r["level"]] <= _RANK[highest], r["reasons"]


def test_a_child_with_frothy_urine_and_fits_stays_an_emergency(triage):
    assert told_level(triage, "my 5 year old is swollen all over with frothy urine and now having fits", 5,
                      "male") == "emergency"


def test_a_spinning_head_with_a_weak_side_is_a_stroke(triage):
    r = told(triage, "suddenly room spinning, vomited, and my left arm is weak", 64, "male")
    assert r["level"] == "emergency", r["reasons"]


@pytest.mark.parametrize("code", ("asthma_reliever_wearing_off", "acute_vertigo_vomiting", "nephrotic_swelling",
                                  "tb_household_contact", "recurrent_tonsillitis", "steroid_modified_tinea",
                                  "known_kidney_stone", "long_acid_reflux"))
def test_new_rules_have_their_texts(code):
    assert_rule_has_texts(code)
