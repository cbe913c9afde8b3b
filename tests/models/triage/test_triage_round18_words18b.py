"""Round 18, everyday words: Telangana Telugu in Latin letters as an ANM types it (tala tirugudu, motions gattiga,
munjeyyi vaachindi, pilli karichindi, purugula mandu, pasupu ga) and Mumbai's Bambaiya, Hindi with Marathi in it
(chakkar aake giri, kadak latrine, khana band, susu chai jaisi, billi ne kaata, nind ki goliyan). Our own sentences;
beside the new words, guards: a denial still denies, a look-alike stays quiet, a passive wish to be dead is seen
today and not as an emergency."""

import pytest

from tests.models.triage.conftest import codes, lexicon_found, negated

# --- Telugu symptoms in Latin letters ---

TELUGU_SYMPTOMS = (
    ("ammaki 3 rojula nundi tala tirugudu, nadiste padipotanemo anipistundi", 50, "female", {"dizziness"}),
    ("babu 1 week nundi sariga tinatledu, aadukuntunnadu", 4, "male", {"loss of appetite"}),
    ("ayyaki emi tinaleka potunnadu, 2 rojula nundi", 70, "male", {"loss of appetite"}),
    ("1 nela nundi motions chala gattiga vastunnai", 40, "female", {"constipation"}),
    ("thatha ki motions 4 rojulaki okasari avutundi", 78, "male", {"constipation"}),
    ("ninna nundi motions lo raktham kanipistundi", 35, "male", {"blood in stool"}),
    ("babu ki neella laaga motions 6 saarlu", 2, "male", {"diarrhea"}),
    ("nadumu left side chala noppi 2 rojulu", 42, "male", {"back pain"}),
    ("right shoulder noppi 1 nela nundi, cheyyi paiki ettalekapotunna", 55, "female",
     {"joint pain", "reduced movement"}),
    ("cricket adutu padi munjeyyi vaachindi", 13, "male", {"wrist pain", "swelling"}),
    ("udayam lechaka madama kinda noppi, nadiste ekkuva", 48, "female", {"leg pain"}),
    ("papa mancham meeda nunchi padindi, edustundi", 2, "female", {"fall"}),
    ("mukku nunchi raktham vachindi aata aadutunte", 9, "male", {"bleeding"}),
    ("kallu pasupu ga unnai, 5 rojulu", 30, "male", {"jaundice"}),
    ("gunde chala fast ga kottukuntundi 10 nimishalu", 33, "female", {"palpitations"}),
    ("papa ki kallu konchem lopaliki unnai, virechanalu 5", 1, "female", {"sunken eyes", "diarrhea"}),
    ("ammaki raatri 5 saarlu mootram ki lechedi, 3 nelalu", 62, "female", {"frequent urination"}),
    ("board meeda akshralu kanipinchatledu, class lo", 11, "female", {"blurred vision"}),
    ("left chevi 2 rojula nundi vinapadatledu", 45, "male", {"hearing loss"}),
    ("ayyaki ekkuva nidra pothundi ivvala, sariga palakatledu", 81, "male", {"lethargy"}),
)


@pytest.mark.parametrize("text, age, sex, expected", TELUGU_SYMPTOMS)
def test_everyday_telugu_words_of_a_symptom_are_read(triage, text, age, sex, expected):
    result = triage(text, age_years=age, sex=sex)
    assert expected <= lexicon_found(result), (text, lexicon_found(result))


# --- Mumbai's Bambaiya ---

BAMBAIYA_SYMPTOMS = (
    ("Baba ko 4 din se kadak latrine, pet bhaari", 72, "male", {"constipation"}),
    ("kal se khana band, bas chai pi rahi", 60, "female", {"loss of appetite"}),
    ("Ajoba jevan nahi karat 3 divas", 75, "male", {"loss of appetite"}),
    ("aaji aajkal bahut jaldi thakti, kaam nahi hota", 70, "female", {"fatigue"}),
    ("3 din se susu chai jaisi aa rahi", 35, "male", {"dark urine"}),
    ("pathri wala dard aur susu laal", 40, "male", {"blood in urine"}),
    ("pair ke panje mein cheenti chalti jaisi lagti", 58, "male", {"numbness"}),
    ("ek mahine mein kapde dhile ho gaye, bhook bhi kam", 45, "male", {"weight loss"}),
    ("kamar ka dard pair tak jaata, 2 hafte se", 45, "male", {"leg pain"}),
    ("subah mala mala hota, kuch khaane ka mann nahi", 24, "female", {"nausea"}),
)


@pytest.mark.parametrize("text, age, sex, expected", BAMBAIYA_SYMPTOMS)
def test_everyday_bambaiya_words_of_a_symptom_are_read(triage, text, age, sex, expected):
    result = triage(text, age_years=age, sex=sex)
    assert expected <= lexicon_found(result), (text, lexicon_found(result))


# --- the words that decide a level ---

def test_a_child_who_swallowed_counted_tablets_in_telugu_is_an_emergency(triage):
    result = triage("3 yr papa ammamma sugar tablets 4 mingesindi, ippudu aadukuntundi", age_years=3, sex="female")
    assert "poisoning" in lexicon_found(result)
    assert result["level"] == "emergency"


def test_pesticide_drunk_in_telugu_is_an_emergency(triage):
    result = triage("maa maamayya purugula mandu taagesadu ganta kritham", age_years=50, sex="male")
    assert "poisoning" in lexicon_found(result)
    assert result["level"] == "emergency"


def test_rat_poison_by_its_brand_is_an_emergency_however_well_she_looks(triage):
    result = triage("ratol konchem tinnadi, ippudu baagane undi", age_years=19, sex="female")
    assert result["level"] == "emergency"


def test_sleeping_pills_by_the_bottle_in_bambaiya_are_an_emergency(triage):
    result = triage("bhai ne nind ki goliyan kha li, 15 thi", age_years=30, sex="male")
    assert "poisoning" in lexicon_found(result)
    assert result["level"] == "emergency"


def test_a_faint_after_giddiness_in_bambaiya_is_a_fainting(triage):
    result = triage("bus stop pe chakkar khaake gira, 1 minute mein utha", age_years=40, sex="male")
    assert "fainting" in lexicon_found(result)


def test_a_cat_bite_in_telugu_is_an_animal_bite_and_a_wound(triage):
    result = triage("pilli cheyyi ki karichindi ninna, pallu gurtulu", age_years=25, sex="male")
    assert {"dog bite", "wound"} <= lexicon_found(result)
    assert result["level"] in ("urgent", "emergency")


def test_a_monkey_bite_in_bambaiya_is_an_animal_bite(triage):
    result = triage("bandar ne haath pe kaata mandir ke paas", age_years=12, sex="male")
    assert "dog bite" in lexicon_found(result)


def test_a_mouthful_of_blood_coughed_up_is_an_emergency(triage):
    result = triage("TB ki dawai chal rahi, aaj subah munh bhar khoon aaya", age_years=45, sex="male")
    assert "coughing blood" in lexicon_found(result)
    assert result["level"] == "emergency"


def test_blood_streaks_in_the_cough_in_bambaiya_are_seen_today(triage):
    result = triage("2 hafte se khaansi mein khoon ki lakeer, taap shaam ko", age_years=30, sex="male")
    assert "coughing blood" in lexicon_found(result)
    assert result["level"] == "urgent"


def test_black_sticky_stools_in_bambaiya_are_blood_in_the_stool(triage):
    result = triage("3 din se latrine ekdum kaali, kamzori", age_years=55, sex="male")
    assert "blood in stool" in lexicon_found(result)
    assert result["level"] in ("urgent", "emergency")


def test_a_passive_wish_to_be_dead_in_telugu_is_seen_today_not_as_an_emergency(triage):
    result = triage("appudappudu chachipothe baagundu anipistundi, emi chesukoledu", age_years=35, sex="female")
    assert "death_wish" in codes(result)
    assert result["level"] == "urgent"


def test_a_plan_to_die_in_bambaiya_is_an_emergency(triage):
    result = triage("papa ne rassi leke rakhi hai, bolte sab khatam kar dunga", age_years=50, sex="male")
    assert "suicidal thoughts" in lexicon_found(result)
    assert result["level"] == "emergency"


# names forgotten for a year (a dementia): seen at a routine visit, not the acute confusion's emergency
@pytest.mark.parametrize("text, age, sex", (
    ("ammamma pillala perlu marchipotundi 1 year nundi, slowly", 79, "female"),
    ("dadaji bhoolne lage hai, 2 saal se dheere dheere, baaki theek", 77, "male"),
))
def test_forgetting_for_months_is_a_routine_memory_complaint(triage, text, age, sex):
    result = triage(text, age_years=age, sex=sex)
    assert "memory_loss" in codes(result)
    assert "confusion" not in lexicon_found(result)
    assert result["level"] == "routine"


# --- guards ---

def test_a_denied_appetite_loss_in_telugu_stays_denied(triage):
    result = triage("jwaram ledu, baagane tintunnadu, aakali ledu ane maata ledu", age_years=30, sex="male")
    assert "fever" in negated(result)


def test_weight_not_lost_is_no_weight_loss(triage):
    result = triage("2 nelala nundi motions gattiga, weight taggaledu", age_years=50, sex="male")
    assert "weight loss" not in lexicon_found(result)
    assert "constipation" in lexicon_found(result)


def test_teeth_stained_yellow_are_no_jaundice(triage):
    result = triage("pallu pasupu marakalu chinnappati nundi", age_years=30, sex="male")
    assert "jaundice" not in lexicon_found(result)


def test_a_recurring_blood_without_its_source_is_no_bleeding_in_telugu(triage):
    result = triage("motions gattiga, taruvata konni drops raktham vastundi", age_years=45, sex="female")
    assert "bleeding" not in lexicon_found(result)


def test_the_cat_of_a_wheeze_is_no_animal_bite(triage):
    result = triage("babu ki pilli koothalu vastunnayi raatri", age_years=3, sex="male")
    assert "dog bite" not in lexicon_found(result)
    assert "wheezing" in lexicon_found(result)
