"""Per-drug dose limits: the single dose and the day's total (dose × doses a day) against the drug's adult
maximum, and for a child with a known weight against mg/kg limits capped at the adult's. Expected answers
are worked out by hand from the references (BNF, BNFc) before running the check."""
from __future__ import annotations

import pytest

from clinical.checks import age_in_years, review
from clinical.doses import dose_in_mg, dose_notes, drug_dose_problem

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
    ("Paracetamol", 500, "mg", "QID", 4, None, False),  # no weight: adult limits only (a note asks to weigh)
    ("Paracetamol", 500, "mg", "QID", 12, 30, False),   # 12 and over: adult doses
]


@pytest.mark.parametrize("drug,dose,unit,frequency,age,weight,refused", CHILD)
def test_child_limits_by_weight(drug, dose, unit, frequency, age, weight, refused):
    assert bool(drug_dose_problem(drug, dose, unit, frequency, age_years=age, weight_kg=weight)) == refused


def test_what_could_not_be_checked_is_said():
    assert any("strength" in n for n in dose_notes("Paracetamol", 2, "tablet", "TDS"))
    assert any("weigh" in n for n in dose_notes("Paracetamol", 250, "mg", "QID", age_years=3))
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
