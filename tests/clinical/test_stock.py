"""Is the stock item the drug prescribed? A brand is its generic on the shelf; a different drug is not."""
from __future__ import annotations

import pytest

from clinical.stock import is_same_drug


@pytest.mark.parametrize("prescribed,item,same", [
    ("Amoxil 500 mg", "Amoxicillin 500 mg capsule", True),
    ("Crocin", "Paracetamol 500 mg tablet", True),
    ("Septran", "Co-trimoxazole 480 mg tablet", True),
    ("Combiflam", "Paracetamol 500 mg tablet", False),   # ibuprofen is missing
    ("Paracetamol", "Amoxicillin 500 mg capsule", False),
    ("Mox", "Moxifloxacin 400 mg tablet", False),
])
def test_brand_and_generic_on_the_shelf(prescribed, item, same):
    assert is_same_drug(prescribed, item) == same
