"""Round 22, emergencies missed in an English teleconsult, the Hinglish of a Lucknow UPHC and the Awadhi of an ASHA in
Bahraich and Sitapur: the saddle gone numb told as "private part", the breath "not taken properly" in the typing "nhi
le pa rha", a coin held in the mouth at play then swallowed, purple spots told "bangni" with their size between, a
grandparent's tablets counted after their name, a rope brought home with the resolve to end it all, blood spraying
from a wound or soaking through the cloth tied on it, a child who, woken, sleeps again, an old woman who cannot
recognise her family (Awadhi's "paavat"), an older person gone quiet and staring (hypoactive delirium), and a new
mother who says her baby holds a devil and speaks of ending both lives. Our own sentences, each beside a look-alike
that must stay lower."""

import pytest

from tests.models.triage.conftest import assert_rule_has_texts, codes, told, told_level, told_present

EMERGENCIES = (
    # NICE CKS: suspected cauda equina (the saddle numb, the bladder failing, with a back's pain)
    ("lower back hurting for days, now numbness in my private part and urine not coming", 45, "male", "cauda_equina"),
    # ETAT airway: an object swallowed with no voice; the breath's trouble typed "nhi le pa rhi"
    ("beti kancha muh me rakh ke khel rhi thi, achanak nigal gayi, awaz nhi nikal rhi", 4, "female",
     "airway_foreign_body"),
    ("papa ko saans theek se nhi le pa rhe, hoth neele", 66, "male", "severe_respiratory_distress"),
    ("dadaji ko subah se saans nhi aa rhi, baith ke haanf rhe", 74, "male", "severe_respiratory_distress"),
    # NICE NG240: fever and a non-blanching purple rash is meningococcal disease until shown otherwise
    ("bete ko tez bukhar, pet pe bangni chhote chhote dhabbe nikle", 6, "male", "purpuric_rash"),
    # TOXBASE: a grandparent's heart or pressure tablet may kill a toddler; the count told after the name
    ("pote ne nana ki dil ki goliyan 3 nigal li, abhi thik hai", 2, "male", "poisoning"),
    # WHO mhGAP: a means got with a resolve and a time is a plan
    ("bhaiya phanda kharid laaye, bolte sab khatam kar lenge", 30, "male", "suicide_means"),
    # ETAT circulation: a bleed that spurts or soaks through the pressure cloth
    ("kulhadi se pair kat gaya, khoon phuhaar maar ke nikal raha", 40, "male", "severe_bleeding"),
    ("haath pe gehra kat, dupatta baandha to bhi bhig gaya", 28, "female", "severe_bleeding"),
    # AVPU V: woken, asleep again (reduced consciousness); a fever with it is sepsis or cerebral malaria
    ("5 saal ka Golu, 3 din se jwar, jagaao to phir so jaat", 5, "male", "reduced_consciousness"),
    ("munni ko jagaao to aankh kholat phir so jaat, dudh nahi peeyat", 1, "female", "reduced_consciousness"),
    # ETAT coma: will not wake when woken (Awadhi's imperative "uthaao")
    ("bachcha 2 saal, uthaao to bhi nahi uthat, badan garam", 2, "male", "coma"),
    # delirium in an old woman with a fever (sepsis): the family not recognised, Awadhi's "cannot"
    ("Amma 79, kal se bukhaar, aaj ghar walon ko pehchaan nahi paavat", 79, "female", "sepsis_signs"),
    # NICE CG192: postpartum psychosis, the baby thought possessed, ending its life spoken of
    ("delivery ko 2 hafte, bahu kehti hai bachche mein bhoot hai, raat bhar jaagti", 23, "female",
     "infant_harm_thoughts"),
    ("jachgi ke baad se ajeeb, kal boli lalla ko khatam kar dungi", 24, "female", "infant_harm_thoughts"),
    ("gusse me bola sabko maar dalunga, ghar me sab dare hue", 35, "male", "violence_to_others"),
    ("beti 19 boli khud bhi mar jaungi, kamre me band hai", 19, "female", "suicide_risk"),
    # NICE CG103: hypoactive delirium in an older person, gone quiet and staring, of hours
    ("grandma 84 since last night gone quiet and only staring at the ceiling, not eating", 84, "female",
     "elder_gone_quiet"),
    ("nanaji kal shaam se bas deewar ko taakte rehte, bulao to jawab nahi", 77, "male", "elder_gone_quiet"),
)


@pytest.mark.parametrize("text, age, sex, code", EMERGENCIES)
def test_round22_emergency_told(triage, text, age, sex, code):
    r = told(triage, text, age, sex)
    assert r["level"] == "emergency", r["reasons"]
    assert code in codes(r), codes(r)


LOOK_ALIKES = (
    # numb after a long ride, no back pain, urine fine: no cauda equina
    ("numb in private part after long cycle ride, no back pain, urine normal", 30, "male", "cauda_equina"),
    # the breath told fine
    ("saans theek se aa rahi, bas naak band", 30, "male", "severe_respiratory_distress"),
    # a coin played with, not swallowed
    ("beta sikka se khel raha tha, muh me nahi daala", 3, "male", "airway_foreign_body"),
    # a coin swallowed, breathing well: seen today, no airway emergency
    ("bachche ne sikka nigal liya, khel rha h, saans theek", 3, "male", "airway_foreign_body"),
    # an adult's own two tablets taken by mistake: no overdose
    ("mummy ki sugar ki goliyan 2 kha li galti se", 30, "female", "poisoning"),
    # a cut that stopped under the cloth
    ("ghav pe kapda baandha to khoon ruk gaya", 25, "male", "severe_bleeding"),
    # "sab khatam" of a chore, no means, no sorrow
    ("aaj kaam sab khatam kar lenge phir chhutti", 30, "male", "suicide_means"),
    # sleepy after a night awake is no drowsiness of illness
    ("raat bhar shaadi me jaage, ab uneendi si lag rahi", 25, "male", "reduced_consciousness"),
    # the breath's trouble denied in the same typing
    ("saans ki koi dikkat nhi, bas khansi h", 30, "male", "severe_respiratory_distress"),
    # a child who wakes at once and plays
    ("lalla ko uthaao to turant uth jaat, khelat", 1, "male", "coma"),
    # an older man's grief of a year, quiet; a child's stare in class: no delirium
    ("papa 72 has gone very quiet since mummy passed away last year, just stares at tv", 72, "male",
     "elder_gone_quiet"),
    ("my daughter 7 just stares blankly for a few seconds in class, then carries on", 7, "female",
     "elder_gone_quiet"),
    # a loving mother, tired
    ("mai bachche ko bahut pyaar karti hu, neend kam aati", 25, "female", "infant_harm_thoughts"),
)


@pytest.mark.parametrize("text, age, sex, code", LOOK_ALIKES)
def test_round22_look_alike_stays_clear(triage, text, age, sex, code):
    assert code not in codes(told(triage, text, age, sex))


def test_the_breath_typed_nhi_le_pa_rha_is_told_not_denied(triage):
    assert "shortness of breath" in told_present(triage, "saans theek se nhi le pa rha", 40, "male")


def test_drowsy_told_doubled_in_awadhi_is_lethargy(triage):
    assert "lethargy" in told_present(triage, "Dadi 70, bukhaar, aaj uneendi uneendi pade", 70, "female")


def test_a_coin_swallowed_breathing_well_is_still_seen_today(triage):
    assert told_level(triage, "bachche ne sikka nigal liya, khel rha h, saans theek", 3, "male") == "urgent"


def test_the_new_rule_has_english_and_hindi_texts():
    assert_rule_has_texts("elder_gone_quiet")
