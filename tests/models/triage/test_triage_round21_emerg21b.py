"""Round 21, emergencies missed in Maithili and Magahi (and the Hindi of a Magahi OPD): a child's fits told as
"chamki" or limbs gone stiff, a newborn that does not drink or lies limp, a placenta not out, a cord or a hand come
first, a child gone white and breathless, burns told "jaral" and the rice-starch scald, "hosh me nai", the breath
stopping, small pupils after a pesticide, pills swallowed in anger, a rope taken into a shut room, the neck that will
not bend, methanol after illicit liquor, a fever with muddled speech. Our own sentences, each beside a look-alike that
must stay lower."""

import pytest

from tests.models.triage.conftest import assert_rule_has_texts, codes, told, told_denied, told_level, told_present

EMERGENCIES = (
    # IMCI: convulsions (Bihar's "chamki" of the summer encephalitis), lethargy
    ("bauwa ke raati sa bukhar, aai dupahar sa chamki aabi rahal chhai", 5, "male", "convulsions"),
    ("beti ke bukhar chhal, aab haath goda ainthait chhai, bolait nai", 3, "female", "convulsions"),
    # IMCI young infant: not able to drink, lying asleep
    ("15 din ke beti, kaili sa dudh nai pibait achhi, bas sutle rahait", 0.04, "female", "child_unable_to_drink"),
    ("bachcha bhel 1 ghanta pahile, dheel pari gel chhai", 0.001, "male", "child_lethargic"),
    # WHO MCPC: retained placenta, cord or arm first
    ("ghar me delivery bhel, sail aab tak nai nikalal, khoon bahait chhai", 25, "female", "retained_placenta"),
    ("dard uthal chhal, naal bahar aabi gel", 23, "female", "labour_danger"),
    ("kaili sa dard, bachcha ke paer pahile bahar aabi gel", 27, "female", "labour_danger"),
    # WHO MCPC: any bleeding after 22 weeks, told "pet me bachcha 8 mahina"
    ("pet me bachcha 8 mahina, aai thoda khoon aayal, dard nai", 26, "female", "pregnancy_bleeding"),
    # WHO ETAT: severe pallor with respiratory distress
    ("beti ekdam safed pad gel chhai, saans phulait, khelait nai", 4, "female", "anaemia_breathless"),
    # a burn of both arms and the back (major burn), and the hot rice-starch on both legs
    ("dhibri sa kapda me aagi pakdi lelak, dunu haath aa peeth jaral", 30, "female", "major_burn"),
    ("chawal ke maar dunu paer par khasi gel, chamra utri gel", 2, "male", "major_burn"),
    # coma: "hosh me nai chhai"
    ("dast kaili sa, aai dadi hosh me nai chhathi", 70, "female", "coma"),
    # the breath stopping
    ("dada ji ke saans band ho rahal chhai", 72, "male", "severe_respiratory_distress"),
    # organophosphate: small pupils and vomiting
    ("khet wala dawai ke botal sa kuchh pee gel, ulti, aankh ke putli chhoti ho gel", 5, "male", "poisoning"),
    # an overdose in anger, however well she looks
    ("bhai gusse me neend ki goli kha gaya, abhi theek lag raha", 20, "male", "poisoning"),
    # a hanging prepared
    ("beta rassi le ke kamra me band bhay gel chhal, kahait chhai marai ke mon", 17, "male", "suicide_risk"),
    # meningitis: the neck that will not bend forward
    ("bukhar aa sir me dard, gardan niche jhuk nahi rahi", 24, "male", "meningitis_signs"),
    # WHO 2014: methanol after illicit liquor
    ("kachchi sharab pee ke aaye, ab aankh se dhundhla dikh raha, ulti", 40, "male", "methanol_poisoning"),
    # a fever with muddled speech (sepsis after an unsafe evacuation of the womb)
    ("dai sa safai karaulak 3 din pahile, aab bukhar, thik sa nai bolait", 26, "female", "fever_speech_muddled"),
)


@pytest.mark.parametrize("text, age, sex, code", EMERGENCIES)
def test_round21_maithili_emergency(triage, text, age, sex, code):
    r = told(triage, text, age, sex)
    assert r["level"] == "emergency", r["reasons"]
    assert code in r["red_flags"], r["red_flags"]


LOOK_ALIKES = (
    # a baby who drinks well and sleeps between feeds
    ("beti dudh thik sa pibait achhi, raati me sutait, bukhar nai", 0.3, "female", ("self_care", "routine")),
    # a late talker, no fever: the speech clinic, not the emergency
    ("3 saal ke beta thik sa nai bolait, sirf mumma papa kahait", 3, "male", ("routine",)),
    # drinking as a habit, no sign of methanol
    ("papa roz desi daru peete hain, chhudwana hai", 50, "male", ("routine",)),
    # a rice-water stool is no scald
    ("chawal ke maar jaisa patla dast 2 bera, paani pibait chhai", 30, "female", ("self_care", "routine", "urgent")),
    # a blocked nose is not the breath stopping
    ("naak band ho raha hai, chheenk aa rahi", 30, "female", ("self_care", "routine")),
    # kohl in the eye is no eye injury
    ("aankh me kajal lagal, thoda laal", 1, "male", ("self_care", "routine")),
)


@pytest.mark.parametrize("text, age, sex, levels", LOOK_ALIKES)
def test_round21_maithili_look_alike(triage, text, age, sex, levels):
    assert told_level(triage, text, age, sex) in levels


def test_chamki_named_for_its_vaccine_is_no_fit(triage):
    r = told(triage, "chamki bukhar ke tika lagbai ke chhai, bachcha thik chhai", 2, "male")
    assert "seizure" not in {s["name"] for s in r["symptoms"]} and r["level"] != "emergency"


def test_rope_and_wish_name_the_suicidal_thought(triage):
    assert "suicidal thoughts" in told_present(triage, "rassi leke kamre me band thi", 19)


def test_speech_unclear_of_an_adult_is_seen_today(triage):
    r = told(triage, "papa thik sa nai bolait", 60, "male")
    assert r["level"] == "urgent" and "speech_not_right" in codes(r)


def test_sight_blurred_without_liquor_is_no_methanol(triage):
    assert "methanol_poisoning" not in codes(told(triage, "kal se aankh se dhundhla dikh raha, sir dard", 40, "male"))


def test_struck_eye_at_play_is_an_eye_injury(triage):
    r = told(triage, "gend khelait kaal aankh me laagal, laal", 10, "male")
    assert "eye_injury" in codes(r) and r["level"] == "urgent"


def test_drinks_well_is_not_unable_to_drink(triage):
    assert "unable to drink" not in told_present(triage, "dudh thik sa pibait achhi", 0.2)
    assert "unable to drink" not in told_denied(triage, "2 din sa khansi", 0.2)


@pytest.mark.parametrize("code", ["methanol_poisoning", "anaemia_breathless", "fever_speech_muddled",
                                  "child_speech_unclear", "speech_not_right"])
def test_round21_rules_have_texts(code):
    assert_rule_has_texts(code)
