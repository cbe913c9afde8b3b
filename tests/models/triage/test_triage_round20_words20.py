"""Round 20, symptom words: a telehealth app's free-text English and a Madhya Pradesh paediatric OPD's Malwi/Hindi
Hinglish ("paani bhi nahi pee rahi", "thande paseene", "potty 4-5 din me ek baar", "jhatka laga"), each wording with
a look-alike that must not be read as it. Our own sentences."""

import pytest

from tests.models.triage.conftest import codes, lexicon_found, told, told_denied, told_level, told_present


def found(triage, text, age=40, sex="female"):
    return lexicon_found(told(triage, text, age, sex))


@pytest.mark.parametrize(("text", "age", "name"), [
    # the speech gone strange
    ("since lunch his talking is all slurry and his mouth droops", 66, "slurred speech"),
    ("nanaji ki awaaz achanak ajeeb ho gayi, daayan haath nahi uth raha", 70, "slurred speech"),
    ("all of a sudden she is mixing up her words", 72, "slurred speech"),
    # the mind
    ("since evening dadi is not recognising us", 81, "confusion"),
    ("he is not answering me properly since he woke up", 75, "confusion"),
    ("she keeps saying things that make no sense", 68, "confusion"),
    # a sweat, cold and sticky
    ("papa thande paseene me hain aur seene me bechaini", 58, "sweating"),
    ("bachhe ke haath pair thande aur chipchipi ho gaye", 6, "sweating"),
    # heaviness is the site's pain
    ("khana khane ke baad upar pet me bhaari lagta hai", 45, "abdominal pain"),
    ("his chest is heavy since an hour", 60, "chest pain"),
    ("a ripping pain in the chest shooting through to the back", 58, "back pain"),
    # a child not drinking, a baby not sucking
    ("2 saal ki beti subah se paani bhi nahi pee rahi", 2, "unable to drink"),
    ("5 din ka baccha doodh kheench nahi pa raha", 0.014, "unable to drink"),
    # breath and bowels
    ("saans bahut tez, pasli chal rahi, bukhar", 1, "fast breathing"),
    ("sugar very high, breathing deep and heavy", 19, "fast breathing"),
    ("no wind or stool passed since morning, vomiting", 60, "constipation"),
    ("potty 3-4 din me ek baar hoti hai", 4, "constipation"),
    # the baby in the womb
    ("aathwa mahina, aaj bachha bahut kam hil raha", 26, "reduced fetal movement"),
    ("9 mahine ka pet, bachhe ka hilna bhi kam lag raha", 28, "reduced fetal movement"),
    # eating, weight
    ("beta thoda sa kha ke munh pher leta hai", 2, "loss of appetite"),
    ("bachi 2 din se khana nahi, bas so rahi", 3, "loss of appetite"),
    ("i don't feel like eating since the fever", 30, "loss of appetite"),
    ("i cant eat anything since yesterday", 33, "loss of appetite"),
    ("kuch mahino se beti patli bhi ho gayi, pyaas bahut", 12, "weight loss"),
    ("sir pe chot lagi, gomda nikal aaya", 4, "swelling"),
    # the eyes, the ears, the skin
    ("pregnant, headache and seeing flashing lights", 29, "blurred vision"),
    ("kaan se badbu wala paani aata hai mahine bhar se", 9, "ear discharge"),
    ("naye baby ki peeth pe neela nishan janam se hai", 0.2, "skin patches"),
    ("garam tawa chhoo liya, ungli jal gayi", 7, "burn"),
    ("newborn 1 din ka, chhati peeli dikh rahi", 0.003, "jaundice"),
    # the neck, the limbs
    ("8 mahine ka, bukhar aur gardan peeche khinch rahi", 0.7, "neck stiffness"),
    ("dono pairon me kamzori 3 din se", 30, "weakness"),
    ("kamzori se uth nahi pa rahi, ulti bahut", 24, "fatigue"),
    ("strained a muscle in my lower back yesterday", 35, "back pain"),
    # the rest
    ("do kutton ne milke kaata pair pe", 9, "dog bite"),
    ("dil bahut tez dhadak raha hai, ghabrahat", 30, "palpitations"),
    ("my son gets car sick on long drives", 8, "nausea"),
    ("urine is like strong tea since yesterday", 35, "dark urine"),
    ("she is panicking since the test result", 40, "anxiety"),
    ("throat sore, swallowing a bit painful", 25, "difficulty swallowing"),
    ("i cry a lot since the loss", 45, "low mood"),
    ("i cry a lot, dont sleep", 45, "insomnia"),
    ("do baar daura pada, hosh hi nahi aaya", 9, "loss of consciousness"),
    ("cnt breth, lips blue", 3, "shortness of breath"),
])
def test_round20_wording_is_read(triage, text, age, name):
    assert name in found(triage, text, age)


@pytest.mark.parametrize(("text", "age", "name"), [
    # each look-alike, not read as the symptom beside it
    ("my vision has gone a bit blurry with the new glasses", 50, "slurred speech"),
    ("gale me kharash hai, awaaz ajeeb si ho gayi", 30, "slurred speech"),
    ("the baby recognises us and smiles", 0.4, "confusion"),
    ("pasine se bagal me khujli hoti hai", 25, "sweating"),
    ("sardi me haath pair thande rehte hain", 30, "sweating"),
    ("burning when pasing urine since yesterday", 28, "sweating"),
    ("heavy breathing after climbing stairs", 45, "chest pain"),
    ("went back to work after the fever", 35, "back pain"),
    ("beta paani kam peeta hai", 6, "unable to drink"),
    ("dadaji 70 ke, khansi bukhar, saans thodi tez", 70, "fast breathing"),
    ("passing gas and stool normally, some pain", 40, "constipation"),
    ("potty patli ho gayi 3 baar", 3, "weight loss"),
    ("anganwadi didi boli wajan kam hai", 1, "weight loss"),
    ("chalne me pair me jhatka lagta hai", 14, "seizure"),
    ("raat bhar khansi ka daura padta hai", 6, "seizure"),
    ("she falls sick every month", 5, "fall"),
    ("felt faint when they took blood for the test", 24, "bleeding"),
    ("my eyes get tired after the computer", 28, "fatigue"),
    ("sardi ke baad khansi reh gayi", 5, "runny nose"),
    ("after the delivery she is feeling giddy and cold", 25, "runny nose"),
    ("kapde pe daag dikha, baaki theek", 0.05, "skin patches"),
    ("langot me thoda khoon jaisa daag", 0.02, "skin patches"),
    ("touched a hot iron, small red patch on the palm", 30, "skin patches"),
    ("baby ki potty peeli aur daane daar", 0.1, "rash"),
    ("bulao to aankh band kar leta, bukhar", 3, "eye pain"),
    ("beti ki ek aankh andar ki taraf jaati hai", 3, "sunken eyes"),
    ("pet phool gaya gas se, rajma khaye", 30, "swelling"),
    ("we saw flashing lights of the ambulance and she fainted", 40, "blurred vision"),
    ("Gumla se aaye hain, bukhar hai", 30, "swelling"),
    ("neeche se badbu wala paani aata hai", 30, "ear discharge"),
    ("chehra peela pad gaya hai, kamzori", 35, "jaundice"),
    ("badan me kamzori hai", 40, "weakness"),
    ("garam tawa pe roti bana rahi thi, kamar dard", 40, "burn"),
])
def test_round20_look_alike_is_not_read(triage, text, age, name):
    assert name not in found(triage, text, age)


@pytest.mark.parametrize(("text", "age", "name"), [
    ("wheezing since night, lips are not blue", 12, "cyanosis"),
    ("dil ki dhadkan normal hai, bas ghabrahat", 30, "palpitations"),
    ("2 hafte ka baby chheenk raha, saans aaram se chal rahi", 0.04, "shortness of breath"),
    ("pulled my back, no leg numbness", 40, "numbness"),
])
def test_round20_symptom_told_absent_is_denied(triage, text, age, name):
    assert name in told_denied(triage, text, age)
    assert name not in told_present(triage, text, age)


@pytest.mark.parametrize(("text", "age", "name"), [
    ("lips are blue and breathless", 12, "cyanosis"),
    ("dil ki dhadkan tez hai subah se", 30, "palpitations"),
    ("saans phool rahi hai", 50, "shortness of breath"),
    ("bachhe ko jhatke aa rahe hain", 2, "seizure"),
    ("mirgi ka daura pada", 20, "seizure"),
    ("has a cold and sneezing since yesterday", 30, "runny nose"),
    ("pair phool gaye hain", 60, "swelling"),
    ("wajan kam ho raha hai 2 mahine se", 45, "weight loss"),
    ("chamdi par daag ho gaye", 30, "skin patches"),
])
def test_round20_the_symptom_itself_is_still_read(triage, text, age, name):
    assert name in told_present(triage, text, age)


def test_a_live_wire_touched_is_an_electrical_injury_not_a_fit(triage):
    result = told(triage, "chhat pe bijli ka taar chhu gaya, jhatka laga, ab hosh me hai", 11, "male")
    assert "electrical_or_drowning" in result["red_flags"] and result["level"] == "emergency"
    assert "seizure" not in lexicon_found(result)


def test_no_wind_or_stool_with_vomiting_is_a_complete_obstruction(triage):
    result = told(triage, "pet dhol jaisa phool gaya, pakhana hawa sab band, ulti", 70, "male")
    assert "complete_bowel_obstruction" in codes(result) and result["level"] == "emergency"


def test_a_gassy_belly_alone_stays_self_care(triage):
    assert told_level(triage, "rajma khaake pet phool gaya, gas ho raha", 30, "male") == "self_care"


@pytest.mark.parametrize("text", [
    "kabhi lagta hai main na rahun to sab theek ho jayega",
    "sometimes it would be better if i just didnt wake up, no plan",
])
def test_a_wish_not_to_be_is_seen_today(triage, text):
    result = told(triage, text, 27)
    assert "death_wish" in codes(result) and result["level"] in ("urgent", "emergency")


def test_a_stay_at_home_is_no_death_wish(triage):
    result = told(triage, "main na rahun to ghar kaun dekhega, isliye dawai chahiye sugar ki", 55)
    assert "death_wish" not in codes(result)


def test_sneezing_newborn_breathing_easily_is_not_breathless(triage):
    result = told(triage, "15 din ki bachi chheenkti hai, naak band nahi, saans aaram se, doodh achha pi rahi",
                  0.04)
    assert result["level"] != "emergency"


def test_blood_taken_for_a_test_is_no_bleeding_but_a_blood_thinner_stays_one(triage):
    assert "bleeding" not in found(triage, "got dizzy when they took blood at the lab", 30)
    result = told(triage, "takes blood thinner tablets, gums bleeding since morning", 66, "male")
    assert "bleeding_on_anticoagulant" in codes(result)


def test_blood_on_the_cloth_in_a_pregnancy_stays_a_bleeding(triage):
    assert "vaginal bleeding" in told_present(triage, "4 mahine pregnant, kapde pe khoon ka daag dikha", 24)
