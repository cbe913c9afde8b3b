"""Round 20, under-triage in a tea-garden hospital of upper Assam (Sadri/Nagpuri, Assamese and Hindi in Latin
letters, some Assamese script): blood spurting like a squirt and a blade gone into the body, a child's severe
dehydration told as "pani bhi nahi peeti", sunken eyes without "andar", a child who only sleeps or lies "nistej", all
the tablets swallowed at once, rat poison called "wala dawa", "cannot breathe" in the Assamese script, a belly tight
and hard as a stone in late pregnancy with the baby not moving, no wind "too" with a drum-like belly and green vomit,
a baby that does not turn as before, red seen in the urine with one side of the back aching, waters seeping
("rissa") at term, a mother's feeling of ending it all, vomiting counted five times or more with loose stools, and a
few hornet stings. Our own sentences; each raising has a look-alike that keeps its level."""

import pytest

from tests.models.triage.conftest import codes
from tests.models.triage.conftest import told as result
from tests.models.triage.conftest import told_denied as denied
from tests.models.triage.conftest import told_level as level
from tests.models.triage.conftest import told_present as present

LOW = ("self_care", "routine")


# --- bleeding that spurts; a blade gone into the body ---

@pytest.mark.parametrize("text", (
    "daraanti se pair kata, khoon pichkari jaisa nikal raha",
    "kaam karte hath pe blade laga, khun fuwara jaise aa raha",
    "blood is squirting like a fountain from the cut on his arm",
))
def test_blood_spurting_like_a_squirt_is_severe_bleeding(triage, text):
    found = result(triage, text, 35, "male")
    assert found["level"] == "emergency" and "severe_bleeding" in codes(found), text


def test_guard_a_holi_squirt_gun_is_no_bleeding(triage):
    found = result(triage, "holi ki pichkari se rang chehre pe laga, jalan ho rahi", 20, "male")
    assert "severe_bleeding" not in codes(found)


@pytest.mark.parametrize("text", (
    "jhagde me chaku pet me ghus gaya",
    "uski jaangh me chhura ghonp diya, khoon aa raha",
    "gir gaya to daa kamar me ghus gaya",
))
def test_a_blade_gone_into_the_body_is_a_penetrating_injury(triage, text):
    found = result(triage, text, 28, "male")
    assert found["level"] == "emergency" and "penetrating_injury" in codes(found), text


@pytest.mark.parametrize("text", (
    "pyaaz kaatte hue churi se ungli kat gayi, khoon ruk gaya",
    "chappal me kaanta ghus gaya pair me",
))
def test_guard_a_cut_across_or_a_thorn_in_is_no_stab(triage, text):
    assert "penetrating_injury" not in codes(result(triage, text, 30, "female"))


# --- a child's severe dehydration ---

def test_not_even_water_sunken_eyes_and_only_sleeping_is_severe_dehydration(triage):
    found = result(triage, "bachi ko do din se paani jaisa dast, ab doodh bhi nahi peeti, aankhen dhas gayi, bas soyi "
                           "rehti hai", 1, "female")
    assert found["level"] == "emergency" and "severe_dehydration" in codes(found)
    assert {"unable to drink", "sunken eyes", "lethargy"} <= present(triage, "bachi ko do din se paani jaisa dast, ab "
                                                                              "doodh bhi nahi peeti, aankhen dhas gayi, "
                                                                              "bas soyi rehti hai", 1, "female")


def test_not_crying_even_when_woken_is_lethargy(triage):
    assert "lethargy" in present(triage, "beta 2 saal, dast ke baad jagane pe rota bhi nahi", 2, "male")


@pytest.mark.parametrize("text", (
    "paani kam peeta hai isliye kabz rehti hai",
    "aankh me machhar ghus gaya, khujli",
))
def test_guard_drinking_little_or_something_in_the_eye_is_no_dehydration_sign(triage, text):
    found = present(triage, text, 40, "male")
    assert not {"unable to drink", "sunken eyes"} & found, (text, found)


def test_a_child_lying_nistej_after_days_of_fever_is_an_emergency(triage):
    found = result(triage, "beti 3 saal, 4 din se bukhar, aaj ekdom nistej padi hai", 3, "female")
    assert found["level"] == "emergency" and "lethargy" in present(triage, "beti 3 saal, 4 din se bukhar, aaj ekdom "
                                                                           "nistej padi hai", 3, "female")


def test_guard_a_child_with_fever_who_plays_is_not_lethargic(triage):
    assert "lethargy" not in present(triage, "beti 3 saal, kal se halka bukhar, khel rahi hai", 3, "female")


# --- poisons and overdoses: never self-care, whatever is said of feeling well ---

@pytest.mark.parametrize("text", (
    "chacha ne dadi ki sugar ki goli sab ek saath kha li, abhi bol raha theek hoon",
    "didi ne neend ki goliyan saari ek saath nigal li",
))
def test_all_the_tablets_at_once_is_an_overdose(triage, text):
    assert level(triage, text, 30, "male") == "emergency", text


def test_guard_a_course_finished_is_no_overdose(triage):
    found = result(triage, "doctor ne 5 din ki goli di thi, sab kha li, ab khansi kam", 30, "male")
    assert "poisoning" not in codes(found) and found["level"] != "emergency"


@pytest.mark.parametrize("text", (
    "bete ne chuhe maarne wala powder kha liya, koi takleef nahi bol raha",
    "chuha marne wale dawa kha li galti se, ulti nahi hua, theek lag rahi",
))
def test_rat_poison_swallowed_and_told_well_is_still_an_emergency(triage, text):
    assert level(triage, text, 16, "female") == "emergency", text


def test_a_note_saying_she_does_not_want_to_live_is_suicidal(triage):
    assert "suicidal thoughts" in present(triage, "beti ne diary me likha ki ab jeena nahi, do din se chup", 17)


def test_guard_a_note_of_going_to_her_mother_is_not_suicidal(triage):
    assert "suicidal thoughts" not in present(triage, "bahu chitthi likh ke gayi ki mayke ja rahi hai", 25)


# --- cannot breathe, in the Assamese script and its Latin typing ---

@pytest.mark.parametrize("text, age", (
    ("আমাৰ ছোৱালীজনীয়ে উশাহ ল'ব পৰা নাই", 3),
    ("deutar usah lobo nuware", 60),
))
def test_cannot_breathe_in_assamese_is_severe_breathlessness(triage, text, age):
    found = result(triage, text, age, "female")
    assert found["level"] == "emergency" and "severe_respiratory_distress" in codes(found), text


def test_guard_a_little_hard_to_breathe_in_assamese_is_not_severe(triage):
    assert "severe_respiratory_distress" not in codes(result(triage, "usah lobo olop kosto, kah ase", 40, "male"))


# --- late pregnancy: a belly hard as a stone, the baby not moving or not turning as before ---

def test_a_belly_tight_and_stone_hard_is_peritonism(triage):
    found = result(triage, "pet ekdom tight pathar jaise ho gaya, bahut dard", 45, "male")
    assert found["level"] == "emergency" and "acute_abdomen" in codes(found)


def test_guard_a_belly_tight_after_food_is_no_peritonism(triage):
    assert "acute_abdomen" not in codes(result(triage, "khana khane ke baad pet tight lagta hai, gas", 35, "male"))


def test_a_wife_named_before_her_months_is_pregnant(triage):
    found = result(triage, "bahu 8 mahina, kal se sir dard", 24, "female")
    assert found["pregnant"] is True


def test_guard_a_daughter_of_nine_months_is_a_baby(triage):
    assert result(triage, "beti 9 mahina, 2 din se khansi", 0.75, "female")["pregnant"] is False


@pytest.mark.parametrize("text", (
    "7 mahina, aaj subah se bachha nahi hila",
    "8 mahina chal raha, bachcha pehle jaise nahi ghumta",
    "pet se hoon 8 mahine, bachha ab kam ghoomta hai",
))
def test_a_baby_not_moving_or_turning_as_before_is_reduced_movement(triage, text):
    assert "reduced fetal movement" in present(triage, text, 26), text


def test_guard_a_baby_moving_well_is_reduced_movement_denied(triage):
    text = "8 mahina, bachcha theek se hil raha, bas kamar dard"
    assert "reduced fetal movement" in denied(triage, text, 26)
    assert level(triage, text, 26) != "emergency"


# --- the waters seeping at term ---

def test_water_seeping_from_below_at_term_is_the_waters(triage):
    found = result(triage, "9 mahina poora, raat se neeche se paani ris raha hai", 25, "female")
    assert found["level"] == "urgent" and "ruptured_membranes" in codes(found)


def test_guard_a_wound_seeping_is_no_waters(triage):
    assert "ruptured_membranes" not in codes(result(triage, "pair ke ghaav se paani ris raha hai", 25, "female"))


# --- no stool and no wind, a drum-like belly, green vomit ---

def test_no_wind_too_with_a_drum_belly_and_green_vomit_is_complete_obstruction(triage):
    found = result(triage, "teen din se tatti nahi, paad bhi nahi nikla, pet dhol jaisa phula, hare rang ki ulti",
                   62, "male")
    assert found["level"] == "emergency" and "complete_bowel_obstruction" in codes(found)


def test_guard_bloating_with_gas_after_meals_is_no_obstruction(triage):
    found = result(triage, "khana khane ke baad pet phula rehta hai, gas nahi nikalti theek se", 40, "male")
    assert "complete_bowel_obstruction" not in codes(found)


# --- a kidney's colic: red seen in the urine, one side of the back ---

def test_red_seen_in_the_urine_is_blood_in_urine(triage):
    found = result(triage, "kamar ke daayi taraf se tez dard, peshab me halka laal dikhta hai", 38, "male")
    assert found["level"] == "urgent" and "haematuria" in codes(found)
    assert "back pain" in present(triage, "kamar ke daayi taraf se tez dard, peshab me halka laal dikhta hai", 38,
                                  "male")


def test_guard_red_denied_in_the_urine_is_no_blood(triage):
    assert "blood in urine" not in present(triage, "peshab me jalan hai, laal nahi", 30)


# --- the mind: a feeling of ending it all after the birth ---

def test_feeling_like_ending_it_all_is_a_death_wish(triage):
    found = result(triage, "bachha hone ke baad udaas rehti hoon, kabhi man karta hai sab khatam kar doon", 26)
    assert found["level"] in ("urgent", "emergency") and "death_wish" in codes(found)


def test_guard_finishing_all_the_work_is_no_death_wish(triage):
    found = result(triage, "sab kaam khatam kar du phir doctor ke paas aaungi, sir dard hai", 30)
    assert "death_wish" not in codes(found) and found["level"] in LOW


# --- vomiting counted five times or more with loose stools ---

@pytest.mark.parametrize("text", (
    "raat se 7 baar ulti aur 4 baar dast, thoda paani pi raha",
    "threw up 6 times since last night and loose motions too",
))
def test_vomiting_counted_often_with_loose_stools_is_seen_today(triage, text):
    found = result(triage, text, 30, "male")
    assert found["level"] in ("urgent", "emergency") and "frequent_vomiting_diarrhoea" in codes(found), text


@pytest.mark.parametrize("text", (
    "2 baar ulti hui kal, ek baar dast, ab theek",
    "6 baar dast hua aaj, ulti nahi",
))
def test_guard_a_few_vomits_or_loose_stools_alone_are_not_frequent_vomiting(triage, text):
    assert "frequent_vomiting_diarrhoea" not in codes(result(triage, text, 30, "male")), text


# --- a few hornet, wasp or bee stings at once ---

@pytest.mark.parametrize("text", (
    "bhimrul ne 5 jagah kaata, haath pair sooja",
    "tatiya ke 4 dank lage, bahut dard, saans theek",
))
def test_a_few_stings_at_once_are_seen_today(triage, text):
    found = result(triage, text, 30, "male")
    assert found["level"] == "urgent" and "several_stings" in codes(found), text


def test_guard_one_sting_that_swelled_stays_self_care(triage):
    assert level(triage, "madhumakhi ne ek jagah kaata, thoda sooja, saans theek", 30, "male") == "self_care"


def test_guard_many_mosquito_bites_are_no_stings(triage):
    assert "several_stings" not in codes(result(triage, "machhar ne 6-7 jagah kaata, khujli", 8, "male"))


# --- a blood pressure of 160/100 or more told: never self-care ---

@pytest.mark.parametrize("text", (
    "health camp me BP 168/102 nikla, sar thoda bhaari rehta",
    "garden clinic said BP 160/96, no complaints",
))
def test_a_stage_two_pressure_told_is_seen_in_turn(triage, text):
    found = result(triage, text, 52, "male")
    assert found["level"] == "routine" and "raised_blood_pressure" in codes(found), text


def test_guard_a_high_reading_rechecked_normal_stays_settled(triage):
    found = result(triage, "BP 164/98 at the medical shop, here it is 128/82, I feel fine", 48, "male")
    assert "raised_blood_pressure" not in codes(found) and found["level"] == "self_care"
