"""The drug table itself: every row parses, every combination names rows that exist, brands resolve
to their generics, and the edit-distance limit grows with the word's length."""
from __future__ import annotations

import pytest

from clinical import formulary


def test_the_table_loads_and_names_its_sources():
    drugs, names = formulary.table()
    head = formulary.TABLE.read_text(encoding="utf-8").splitlines()[:8]
    assert any("BNF" in line for line in head) and any("WHO" in line for line in head)
    assert len(drugs) >= 60 and len(names) >= 200
    # the clinic's stock (appliance/demo/data.py) is all in the table
    for item in ("Paracetamol 500 mg tablet", "ORS sachet", "Zinc 20 mg tablet", "Cetirizine 10 mg tablet",
                 "Amlodipine 5 mg tablet", "Nitrofurantoin 100 mg capsule", "Iron and folic acid tablet",
                 "Amoxicillin 500 mg capsule"):
        assert formulary.resolve(item).known, item


def test_every_limit_is_consistent():
    for d in formulary.table()[0].values():
        if d.max_single_mg and d.max_daily_mg:
            assert d.max_single_mg <= d.max_daily_mg, d.generic
        if d.child_mg_kg_dose and d.child_mg_kg_day:
            assert d.child_mg_kg_dose <= d.child_mg_kg_day, d.generic
        if d.max_single_mg or d.child_mg_kg_dose:
            assert d.routes, d.generic


@pytest.mark.parametrize("name,generics", [
    ("Amoxil", ["amoxicillin"]), ("Novamox", ["amoxicillin"]), ("Mox 250", ["amoxicillin"]),
    ("Augmentin 625 Duo", ["amoxicillin", "clavulanic acid"]), ("Combiflam", ["ibuprofen", "paracetamol"]),
    ("Septran", ["sulfamethoxazole", "trimethoprim"]), ("Taxim-O 200", ["cefixime"]), ("Taxim", ["cefotaxime"]),
    ("Dolo-650", ["paracetamol"]), ("Co-trimoxazole", ["sulfamethoxazole", "trimethoprim"]),
    ("Moxifloxacin", ["moxifloxacin"]), ("Moxi", []),
])
def test_names_resolve_to_their_generics(name, generics):
    assert formulary.resolve(name).generics == generics


@pytest.mark.parametrize("length,limit", [(3, 0), (4, 0), (5, 1), (7, 1), (8, 2), (14, 2)])
def test_short_names_must_be_exact(length, limit):
    assert formulary.edit_limit(length) == limit
