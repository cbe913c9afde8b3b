"""Round 12 (train9 part 02, a taluk hospital emergency in rural Tamil Nadu): Tamil typed in Latin letters and
written in its script (signs_tamil.py), its denials ("illai", "kidaiyaadhu"), its "ago" ("munnaadi"), everyday words
the corrector must leave alone ("naal", "beedi"), a Tamil overdose verb, and a burn's extent told in Tamil. Our own
sentences; each beside a harmless neighbour that must stay as it is."""

import pytest

from models.triage.normalise import normalise

from tests.models.triage.conftest import codes, negated, present


@pytest.mark.parametrize("text, symptom", [
    ("rendu naala kaichal, udambu vali", "fever"),
    ("thalai vali romba, kaalaila irundhu", "headache"),
    ("மூணு நாளா வயிறு வலி", "abdominal pain"),
    ("paiyanukku irumal, sali, thummal", "cough"),
    ("மயக்கம் வருது, தலை சுத்துது", "dizziness"),
    ("kann manjal aa irukku, moothiram manjal", "jaundice"),
    ("moothiram pogum bodhu erichal", "dysuria"),
])
def test_tamil_words_for_common_symptoms_are_read(triage, text, symptom):
    assert symptom in present(triage(text, age_years=30))


def test_vali_alone_is_no_pain_since_hinglish_types_wali_as_vali(triage):
    assert not present(triage("BP vali goli khatam ho gayi", age_years=60)) & {"headache", "abdominal pain",
                                                                                "chest pain", "body ache"}


@pytest.mark.parametrize("text, code", [
    ("nenju la bharama, viyarvai kottudhu, left kai ku paravudhu", "cardiac_chest_pain"),
    ("moochu vida mudiyala, udhadu neelam", "severe_respiratory_distress"),
    ("kulandhaikku valippu vandhu innum nikkala", "convulsions"),
    ("maram mela irundhu vizhundhu thalai la adi, kaadhu la rattham", "head_injury_danger"),
    ("current adichiduchu, konja neram mayakkam aagitten", "coma"),
    ("arali kottai araichu kudichitta", "poisoning"),
    ("thooku pottukitta, amma kayiru vettunaanga", "suicide_risk"),
])
def test_tamil_danger_signs_make_an_emergency(triage, text, code):
    assert code in codes(triage(text, age_years=35))


def test_a_tamil_denial_after_the_symptom_denies_it(triage):
    result = triage("thalai vali mattum, vaanthi illai, nenju vali kidaiyaadhu", age_years=40)
    assert {"vomiting", "chest pain"} <= negated(result)
    assert "headache" in present(result)


def test_a_tamil_ago_puts_a_fit_in_the_past(triage):
    assert "convulsions" not in codes(triage("valippu 3 varusham munnaadi vandhuchu, ippo nalla irukken",
                                             age_years=30))
    assert "convulsions" in codes(triage("valippu inniku vandhuchu", age_years=30))


def test_a_passive_wish_to_be_dead_is_seen_today_and_a_named_suicide_plan_now(triage):
    passive = triage("vaazhave pidikkala, sethudalaam nu thonudhu", age_years=40)
    assert "death_wish" in codes(passive) and "suicide_risk" not in codes(passive)


def test_tablets_taken_in_tamil_word_order_are_an_overdose(triage):
    assert "poisoning" in codes(triage("25 paracetamol tablet pottukittaa", age_years=17))
    assert "poisoning" not in codes(triage("2 paracetamol tablet pottukittaa, thalai vali", age_years=17))


def test_a_burn_over_several_tamil_regions_is_major(triage):
    assert "major_burn" in codes(triage("theeppidichu, nenju rendu kai vayiru ellam thol urinju pochu",
                                        age_years=30))
    assert "major_burn" not in codes(triage("ennai therichidhu, chinna sivappu", age_years=30))


@pytest.mark.parametrize("typed, kept", [("naal", "naal"), ("beedi", "beedi"), ("nalla", "nalla"),
                                         ("pedi", "pedi"), ("kazhichu", "kazhichu")])
def test_everyday_tamil_and_malayalam_words_are_not_corrected(typed, kept):
    assert normalise(f"3 {typed} aachu").text.split()[1] == kept


def test_a_beedi_smoker_has_no_loose_stools(triage):
    assert "diarrhea" not in present(triage("beedi kudikkara thatha, kaalaila irumal", age_years=70))


def test_fits_tablets_running_out_are_a_refill_not_a_fit(triage):
    assert "convulsions" not in codes(triage("valippu maathirai theerndhuduchu, refill venum", age_years=30))
    assert "convulsions" in codes(triage("inniku kaalaila valippu vandhuchu", age_years=30))


def test_a_tamil_testicle_pain_is_torsion_until_shown_otherwise(triage):
    assert "testicular_pain" in codes(triage("testis la romba vali, 1 mani neram", age_years=15, sex="male"))
    assert "testicular_pain" not in codes(triage("kaal la romba vali", age_years=15, sex="male"))


@pytest.mark.parametrize("text, symptom", [
    ("kaadhula seezh vadiyudhu, 3 naal", "ear discharge"),
    ("ராத்திரி 3 தடவை எழுந்திருக்கேன்", None),
])
def test_tamil_ear_pus_is_read_and_tamil_times_are_no_tiredness(triage, text, symptom):
    found = present(triage(text, age_years=30))
    assert (symptom in found) if symptom else "fatigue" not in found


def test_tetanus_shot_not_given_in_tamil_is_read():
    from models.triage.extract import extract_findings
    assert "no_tetanus_shot" in extract_findings("aani kaal la kuthiduchu, TT podala", age_years=25).all_flags
    assert "no_tetanus_shot" not in extract_findings("aani kaal la kuthiduchu, TT pottachu", age_years=25).all_flags
