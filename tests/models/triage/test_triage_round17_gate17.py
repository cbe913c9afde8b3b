"""Round 17, the self-care gate: a minor complaint told in a language's own words (Kannada "turike" an itch, Tamil
"arippu", Bengali "chulkani", "ghamachi" prickly heat) is judged as the same complaint in English, and a recurrence
by the month or the year ("every month same", "every year same time") says how often a usual complaint comes, not
that it has lasted a month. Our own sentences, each beside the same picture with a red flag, which stays high."""

import pytest

from tests.models.triage.conftest import codes

EMERGENCY_OR_URGENT = ("emergency", "urgent")

# (a minor picture, its age, its sex; the same picture with a danger sign told)
RECURRING_MINOR = (
    # Kannada: a girl's usual cramps on the first day of her period, every month the same, going to school
    ("nanna magalige muttu aadaga modala dina hotte kelage novu, every month same, school ge hogtale", 16, "female",
     "nanna magalige muttu aadaga modala dina hotte kelage novu, every month same, ivattu moorchhe hogidlu"),
    # Kannada: prickly heat on the neck from sweating, every summer
    ("bevarsale kuttige mele turike, every year summer alli", 7, "male",
     "bevarsale kuttige mele turike, every year summer alli, ivattu fits banthu"),
    # Tamil: prickly heat on the back in the hot season, the same every year
    ("veyil kaalathula mudhugula verkuru, arippu, every year same", 9, "female",
     "veyil kaalathula mudhugula verkuru, arippu, every year same, ippo moochu vida mudiyala"),
    # Tamil: sneezing, a running nose and itchy eyes at the same time every year (hay fever)
    ("every year same time thummal, mooku ozhugudhu, kann arippu", 34, "male",
     "every year same time thummal, mooku ozhugudhu, ippo moochu vida mudiyala, wheezing"),
    # Bengali: prickly heat on the back in the hot months, the same every year
    ("gorom kale pithe ghamachi, chulkani, every year same", 10, "male",
     "gorom kale pithe ghamachi, chulkani, every year same, ebar khub jor, kichu khacche na, nisteja"),
    # Hinglish: sneezing and itchy eyes around Holi, every year the same
    ("every year holi ke aas paas chheenke, naak behti, aankh mein khujli, every year same", 29, "female",
     "every year holi ke aas paas chheenke, naak behti, aaj saans phool rahi, seeti ki awaaz"),
)


@pytest.mark.parametrize("text, age, sex, danger", RECURRING_MINOR)
def test_a_usual_minor_complaint_told_in_its_own_words_and_as_a_yearly_or_monthly_pattern_is_self_care(
        triage, text, age, sex, danger):
    result = triage(text, age_years=age, sex=sex)
    assert result["level"] == "self_care", (text, codes(result))
    # the same picture with a faint, a fit, breathlessness or a drowsy child with fever stays high
    assert triage(danger, age_years=age, sex=sex)["level"] in EMERGENCY_OR_URGENT, danger


def test_how_often_a_complaint_comes_is_not_how_long_it_has_lasted_and_a_frequent_one_is_seen(triage):
    from models.triage.extract import extract_findings
    # Bengali "3 din por por" (every third day): how often the stool comes, not how long the constipation has lasted
    findings = extract_findings("paikhana kosto, 3 din por por hoy, shokto", age_years=30)
    constipation = next(m for m in findings.mentions if m.name == "constipation")
    assert constipation.duration_days is None
    # an old woman's constipation of many days, told only by how often: not sent home on its own word
    assert triage("onek din dhore paikhana kosto, 4-5 din por hoy, jol kom khai", age_years=72,
                  sex="female")["level"] != "self_care"
    # an untimed complaint in a language read in part (a time may be told in words not read: "kure kaalamaayi")
    assert triage("Ammachikku malabandham kure kaalamaayi, chora illa", age_years=76,
                  sex="female")["level"] != "self_care"
    # a sore throat five times a year (a tonsil's to examine) is not a usual complaint coming back
    assert triage("my son gets throat infection 5-6 times every year, now sore throat since 2 days, no fever",
                  age_years=9, sex="male")["level"] != "self_care"
    # a headache every day has gone on as long as it has come
    assert triage("headache every day, mild", age_years=40, sex="male")["level"] != "self_care"
