"""Per-drug dose limits: the single dose and the day's total (dose × doses a day) against the drug's adult
maximum, and for a child with a known weight against mg/kg limits capped at the adult's. Expected answers
are worked out by hand from the references (BNF, BNFc) before running the check."""
from __future__ import annotations

import pytest

from clinical.checks import age_in_years, current_medications, review
from clinical.doses import (dose_in_mg, dose_notes, dose_problem, drug_dose_problem, estimated_weight_kg,
                            parse_dose)

ADULT = [
    # (drug, dose, unit, frequency, refused?)  reason in the comment
    ("Paracetamol", 5000, "mg", "TDS", True),          # 5 g single (the tester's 15 g a day)
    ("Paracetamol", 1000, "mg", "QID", False),         # 1 g × 4 = 4 g: the maximum, allowed
    ("Paracetamol", 1500, "mg", "OD", True),           # single dose over 1 g
    ("Paracetamol", 1, "g", "QID", False),
    ("Paracetamol 500 mg", 2, "tablet", "QID", False),  # 1 g × 4
    ("Paracetamol 500 mg", 3, "tablet", "TDS", True),   # 1.5 g single
    ("Dolo 650", 2, "tablet", "BD", True),             # 1.3 g single
    ("Crocin 500 mg", 1, "tablet", "QID", False),
    ("Ibuprofen", 800, "mg", "TDS", False),            # 2.4 g a day: the maximum
    ("Ibuprofen", 800, "mg", "QID", True),             # 3.2 g a day
    ("Brufen 400", 2, "tablet", "QID", True),          # 800 × 4 = 3.2 g
    ("Metformin", 1000, "mg", "TDS", False),           # 3 g
    ("Metformin", 1000, "mg", "QID", True),            # 4 g
    ("Cefixime", 400, "mg", "BD", False),
    ("Zifi 200", 2, "tablet", "TDS", True),            # 400 × 3 = 1.2 g
    ("Amlodipine", 10, "mg", "BD", True),              # 20 mg a day
    ("Amoxicillin", 500, "mg", "TDS", False),
    ("Paracetamol", 1000, "mg", "PRN", False),         # no count a day: the single dose only
    ("Combiflam", 2, "tablet", "TDS", False),          # a combination: no per-drug limit (a note says so)
    ("Frobnicillane", 9000, "mg", "TDS", False),       # unknown: no limit here, the allergy notes flag it
]


@pytest.mark.parametrize("drug,dose,unit,frequency,refused", ADULT)
def test_adult_limits(drug, dose, unit, frequency, refused):
    assert bool(drug_dose_problem(drug, dose, unit, frequency)) == refused


def test_the_refusal_says_the_days_total():
    why = drug_dose_problem("Ibuprofen", 800, "mg", "QID")
    assert "3200 mg a day" in why and "2400" in why


CHILD = [
    # (drug, dose, unit, frequency, age, weight kg, refused?)
    ("Paracetamol", 250, "mg", "QID", 5, 15, True),     # 15 mg/kg × 15 kg = 225 mg a dose
    ("Paracetamol", 200, "mg", "QID", 5, 15, False),    # 200 ≤ 225; 800 ≤ 900 a day
    ("Paracetamol", 1200, "mg", "OD", 11, 80, True),    # 15 × 80 = 1200 but capped at the adult 1 g
    ("Paracetamol", 1000, "mg", "QID", 11, 80, False),  # capped daily 4 g
    ("Amoxicillin", 300, "mg", "QID", 2, 10, True),     # 90 mg/kg/day × 10 = 900 < 1200
    ("Amoxicillin", 300, "mg", "TDS", 2, 10, False),    # 30 × 10 = 300; 900 a day
    ("Amoxicillin 125 mg/5 ml", 10, "ml", "TDS", 2, 12, False),  # 250 mg ≤ 360; 750 ≤ 1080
    ("Ibuprofen 100 mg/5 ml", 10, "ml", "TDS", 3, 14, True),     # 200 mg > 10 × 14 = 140
    ("Ibuprofen 100 mg/5 ml", 7, "ml", "TDS", 3, 14, False),     # 140 mg; 420 = 30 × 14
    ("Paracetamol", 500, "mg", "QID", 4, None, True),   # no weight: estimated 2 × 4 + 8 = 16 kg, 240 mg a dose
    ("Paracetamol", 1000, "mg", "QID", 3, None, True),  # the tryout's 3-year-old: estimated 14 kg, 210 mg a dose
    ("Paracetamol", 200, "mg", "QID", 3, None, False),  # 200 ≤ 210; 800 ≤ 840 a day
    ("Paracetamol", 500, "mg", "QID", 12, 30, False),   # 12 and over: adult doses
]


@pytest.mark.parametrize("drug,dose,unit,frequency,age,weight,refused", CHILD)
def test_child_limits_by_weight(drug, dose, unit, frequency, age, weight, refused):
    assert bool(drug_dose_problem(drug, dose, unit, frequency, age_years=age, weight_kg=weight)) == refused


def test_what_could_not_be_checked_is_said():
    assert any("estimated 14 kg for 3 years" in n and "weigh" in n
               for n in dose_notes("Paracetamol", 200, "mg", "QID", age_years=3))
    assert any("combination" in n for n in dose_notes("Combiflam", 1, "tablet", "TDS"))
    assert any("single dose" in n for n in dose_notes("Paracetamol", 500, "mg", "PRN"))
    assert dose_notes("Paracetamol", 500, "mg", "QID", age_years=30) == []


@pytest.mark.parametrize("drug,dose,unit,mg", [
    ("Paracetamol", 1, "g", 1000), ("Paracetamol 500 mg", 2, "tablet", 1000), ("Dolo 650", 1, "tablet", 650),
    ("Amoxicillin 250 mg/5 ml", 5, "ml", 250), ("Paracetamol", 2, "tablet", None), ("Cetirizine", 5, "ml", None),
])
def test_dose_in_mg(drug, dose, unit, mg):
    assert dose_in_mg(drug, dose, unit) == mg


def test_review_puts_it_together():
    items = [{"drug": "Paracetamol", "dose": 5000, "unit": "mg", "frequency": "TDS", "route": "oral"},
             {"drug": "Cefixime", "dose": 200, "unit": "mg", "frequency": "BD", "route": "oral"}]
    r = review(items, [{"substance": "Penicillin", "severity": "severe"}])
    assert len(r.dose_problems) == 1 and "Paracetamol" in r.dose_problems[0]
    assert [(c["drug"], c["kind"]) for c in r.conflicts] == [("Cefixime", "cross_reactivity")]


def test_age_in_years():
    from datetime import date
    assert age_in_years("2020-06-15", date(2026, 6, 14)) == 5
    assert age_in_years("2020-06-15", date(2026, 6, 15)) == 6
    assert age_in_years(None, date(2026, 1, 1)) is None and age_in_years("garbage", date(2026, 1, 1)) is None


@pytest.mark.parametrize("age,months,kg", [
    # APLS (ALSG 2011): < 1 y 0.5 × months + 4; 1-5 y 2 × age + 8; 6-12 y the lower of 3 × age + 7 and 2 × (age + 4)
    (0, None, 4), (0, 6, 7), (0, 11, 9.5), (1, 12, 10), (3, 40, 14), (5, 60, 18), (6, 72, 20), (11, 132, 30),
])
def test_estimated_weight_from_age(age, months, kg):
    assert estimated_weight_kg(age, months) == kg


def test_a_child_with_no_weight_is_checked_against_the_estimate_and_told_so():
    why = drug_dose_problem("Paracetamol", 1000, "mg", "QID", age_years=3)
    assert "more than 210 mg" in why
    assert "no weight recorded: checked against an estimated 14 kg for 3 years — weigh the child" in why
    infant = drug_dose_problem("Amoxicillin", 300, "mg", "TDS", age_years=0, age_months=6)   # 30 × 7 kg = 210
    assert "more than 210 mg" in infant and "estimated 7 kg for 6 months" in infant
    assert drug_dose_problem("Amoxicillin", 200, "mg", "TDS", age_years=0, age_months=6) is None
    # a weighed child: the weight, not the estimate
    assert drug_dose_problem("Paracetamol", 250, "mg", "QID", age_years=3, weight_kg=20) is None


def test_no_age_and_no_weight_is_a_warning_to_acknowledge_not_silence():
    item = {"drug": "Paracetamol", "dose": 1000, "unit": "mg", "frequency": "QID", "route": "oral"}
    r = review([item], [])
    assert r.dose_problems == [] and any("no age and no weight" in w for w in r.warnings)
    assert review([item], [], age_years=30).warnings == []
    assert review([item], [], weight_kg=70).warnings == []


@pytest.mark.parametrize("drug,unit", [("Paracetamol", "tablet"), ("Amoxicillin", "capsule"),
                                       ("Cetirizine", "ml"), ("Crocin", "tablet")])
def test_a_dose_in_tablets_or_ml_needs_the_strength_in_the_name(drug, unit):
    why = drug_dose_problem(drug, 2, unit, "TDS")
    assert why and "strength" in why and "e.g." in why
    assert review([{"drug": drug, "dose": 2, "unit": unit, "frequency": "TDS"}], [], age_years=30).dose_problems


def test_the_strength_is_not_asked_of_a_drug_with_no_limits_or_a_combination():
    assert drug_dose_problem("Zinc", 1, "tablet", "OD") is None           # no limit in the table
    assert drug_dose_problem("Combiflam", 1, "tablet", "TDS") is None      # a combination (a note says so)
    assert drug_dose_problem("Paracetamol 500 mg", 2, "tablet", "TDS") is None


@pytest.mark.parametrize("text,value", [("500", 500), ("2.5", 2.5), (".5", 0.5), ("10.", 10), (" 250 ", 250)])
def test_a_dose_is_a_plain_decimal(text, value):
    assert parse_dose(text) == value


@pytest.mark.parametrize("text", ["1e3", "1E3", "inf", "Infinity", "nan", "-5", "+5", "1,000", "0x10", "5 mg",
                                  "1.2.3", "", "९९", "99999999999999999"])
def test_anything_else_is_refused_with_words(text):
    with pytest.raises(ValueError, match="dose"):
        parse_dose(text)


def test_a_huge_or_infinite_dose_gets_a_true_message():
    for dose in (float("inf"), float("nan"), 1e300):
        assert "at most 10 000 000" in dose_problem(dose, "mg", "OD", 1)


def test_duplicate_therapy_in_one_prescription_and_with_what_the_patient_is_on():
    line = {"dose": 500, "unit": "mg", "frequency": "TDS", "route": "oral"}
    r = review([{"drug": "Paracetamol", **line}, {"drug": "Dolo 650", **line}], [], age_years=30)
    assert any("Paracetamol and Dolo 650 are both paracetamol" in w for w in r.warnings)
    r = review([{"drug": "Ibuprofen", **line}], [], age_years=30,
               current=[{"drug": "Combiflam", "created_at": "2026-12-01T09:00:00"}])
    assert any("already on Combiflam (ibuprofen" in w for w in r.warnings)
    assert review([{"drug": "Paracetamol", **line}, {"drug": "Cefixime", **line}], [], age_years=30).warnings == []


def test_current_medications_are_the_courses_not_yet_over():
    from datetime import date
    rxs = [{"status": "dispensed", "created_at": "2026-12-01T10:00", "items": [{"drug": "Amoxicillin", "duration_days": 5}]},
           {"status": "dispensed", "created_at": "2026-11-01T10:00", "items": [{"drug": "Cefixime", "duration_days": 5}]},
           {"status": "cancelled", "created_at": "2026-12-02T10:00", "items": [{"drug": "Ibuprofen", "duration_days": 5}]},
           {"status": "active", "created_at": "2026-12-03T10:00", "items": [{"drug": "Metformin", "duration_days": 30}]}]
    assert [m["drug"] for m in current_medications(rxs, date(2026, 12, 3))] == ["Amoxicillin", "Metformin"]
    assert [m["drug"] for m in current_medications(rxs, date(2026, 12, 6))] == ["Metformin"]


@pytest.mark.parametrize("drug,dose,unit,frequency", [
    ("Methotrexate", 7.5, "mg", "OD"), ("Folitrax 2.5", 3, "tablet", "BD"), ("MTX", 10, "mg", "PRN"),
    ("methotrexate", 2.5, "mg", "HS"),
])
def test_methotrexate_on_any_daily_frequency_is_refused_however_small_the_dose(drug, dose, unit, frequency):
    why = drug_dose_problem(drug, dose, unit, frequency)
    assert why and "once a WEEK" in why and frequency in why


@pytest.mark.parametrize("drug,dose,unit,frequency", [
    ("Methotrexate", 15, "mg", "WEEKLY"), ("Folitrax 2.5", 3, "tablet", "WEEKLY"), ("Methotrexate", 7.5, "mg", "STAT"),
    ("Metformin", 500, "mg", "OD"),  # a neighbour taken daily is no weekly drug
])
def test_methotrexate_weekly_or_once_and_daily_drugs_pass(drug, dose, unit, frequency):
    assert drug_dose_problem(drug, dose, unit, frequency) is None


def test_a_weekly_methotrexate_dose_is_still_held_to_its_limit():
    assert "more than 25 mg" in drug_dose_problem("Methotrexate", 50, "mg", "WEEKLY")
