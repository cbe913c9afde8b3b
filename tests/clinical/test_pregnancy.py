"""The drug table's pregnancy columns and the shared pregnancy check (clinical/pregnancy.py): the drugs a
user tester found missing resolve by their Indian brands, a known pregnancy makes each flagged drug a
conflict, and a patient who may be pregnant is warned of the drugs harmful early."""
from __future__ import annotations

import pytest

from clinical import formulary, pregnancy
from clinical.checks import review
from clinical.doses import drug_dose_problem


@pytest.mark.parametrize(("name", "generic", "avoid", "risk"), [
    ("Misoprost 200 mcg", "misoprostol", "all", "miscarriage"), ("Cytolog", "misoprostol", "all", "miscarriage"),
    ("Warf 5", "warfarin", "all", "coumarin"), ("Acitrom 2 mg", "acenocoumarol", "all", "coumarin"),
    ("Folitrax 7.5", "methotrexate", "all", "malformations"), ("Valparin 200", "sodium valproate", "all", "neural_tube"),
    ("valproic acid", "sodium valproate", "all", "neural_tube"), ("Isotroin 20", "isotretinoin", "all", "malformations"),
    ("Envas 5", "enalapril", "all", "fetal_kidney"), ("Cardace 5", "ramipril", "all", "fetal_kidney"),
    ("Telma 40", "telmisartan", "all", "fetal_kidney"), ("Losar 50", "losartan", "all", "fetal_kidney"),
    ("Atorva 10", "atorvastatin", "all", "cholesterol"), ("Rosuvas 10", "rosuvastatin", "all", "cholesterol"),
    ("Doxy-1", "doxycycline", "all", "teeth_bones"), ("Resteclin", "tetracycline", "all", "teeth_bones"),
    ("Neo-Mercazole 5", "carbimazole", "first", "malformations"), ("Primaquine", "primaquine", "all", "haemolysis"),
    ("Brufen 400", "ibuprofen", "third", "ductus"), ("Voveran", "diclofenac", "third", "ductus"),
])
def test_drugs_to_avoid_in_pregnancy_resolve_by_brand_with_when_and_why(name, generic, avoid, risk):
    [d] = pregnancy.flagged(name)
    assert (d.generic, d.pregnancy, d.pregnancy_risk) == (generic, avoid, risk)


@pytest.mark.parametrize("name", ["Paracetamol", "Amoxicillin", "Ecosprin 75", "Cefixime", "Iron and folic acid",
                                  "Metformin", "Nifedipine"])
def test_drugs_the_table_does_not_flag(name):
    assert pregnancy.flagged(name) == []


def test_a_combination_is_flagged_for_its_flagged_generic():
    assert [d.generic for d in pregnancy.flagged("Combiflam")] == ["ibuprofen"]


def test_a_typo_in_the_pregnancy_columns_is_an_error_at_load_not_a_check_that_never_fires():
    with pytest.raises(ValueError, match="pregnancy"):
        formulary._pregnancy("warfarin", "all", "bleeding")
    with pytest.raises(ValueError, match="pregnancy"):
        formulary._pregnancy("warfarin", "second", "coumarin")
    with pytest.raises(ValueError, match="pregnancy"):
        formulary._pregnancy("warfarin", "all", "")
    assert formulary._pregnancy("paracetamol", "", "") == (None, None)


@pytest.mark.parametrize(("triage", "prescriber", "known"), [
    (None, None, (None, None)), (True, None, (True, "triage")), (None, True, (True, "prescriber")),
    (True, False, (True, "triage")), (False, True, (True, "prescriber")), (False, None, (False, "triage")),
    (None, False, (False, "prescriber")), (False, False, (False, "prescriber"))])
def test_a_yes_from_either_stands(triage, prescriber, known):
    assert pregnancy.known(triage, prescriber) == known


@pytest.mark.parametrize(("sex", "age", "may"), [
    ("female", 12, True), ("female", 50, True), ("female", 11, False), ("female", 51, False),
    ("female", None, True), ("unknown", 30, True), ("other", 30, True), ("male", 30, False), ("male", None, False)])
def test_who_may_be_pregnant(sex, age, may):
    assert pregnancy.may_be_pregnant(sex, age) is may


def _line(drug, dose=5, unit="mg", frequency="OD"):
    return {"drug": drug, "dose": dose, "unit": unit, "frequency": frequency}


def test_review_a_known_pregnancy_gives_conflicts_and_a_possible_one_warnings():
    lines = [_line("Warf 5 mg", 1, "tablet"), _line("Ibuprofen", 400, frequency="TDS"), _line("Paracetamol", 500)]
    r = review(lines, [], age_years=24, sex="female", pregnant=True, pregnancy_source="triage")
    assert [(c["generic"], c["avoid"]) for c in r.pregnancy_conflicts] == [("warfarin", "all"), ("ibuprofen", "third")]
    assert r.pregnancy_conflicts[0]["why"] == (
        "Warf 5 mg (warfarin) in pregnancy: birth defects in weeks 6 to 12, and bleeding in the baby later (avoid "
        "throughout pregnancy; the pregnancy was recorded at triage)")
    assert not any("pregnancy not known" in w for w in r.warnings)
    r = review(lines, [], age_years=24, sex="female")
    assert r.pregnancy_conflicts == []
    assert [w.values["drug"] for w in r.warnings if w.key == "pregnancy_unknown"] == ["Warf 5 mg (warfarin)"]
    assert review(lines, [], age_years=24, sex="female", pregnant=False, pregnancy_source="prescriber").warnings == []
    assert review(lines, [], age_years=60, sex="female").warnings == []


def test_a_microgram_drug_needs_the_unit_of_its_strength():
    problem = drug_dose_problem("Misoprost 200", 4, "tablet", "STAT")
    assert problem is not None and problem.key == "strength_unit_required"
    assert problem.values["example"] == "Misoprost 200 mcg"
    for written in ("Misoprostol 200 mcg", "Misoprostol 200 micrograms", "Misoprostol 200 µg"):
        assert drug_dose_problem(written, 4, "tablet", "STAT") is None, written     # 800 micrograms
        assert "more than 0.8 mg" in drug_dose_problem(written, 5, "tablet", "STAT"), written
    assert drug_dose_problem("Dolo 650", 1, "tablet", "TDS") is None            # a bare number is mg as before
