"""A drug name followed by a run of thousands of digits: a draft with no dose, not a crash (OverflowError was a 500)
and not a scan of the run from each of its digits (9 s of CPU before)."""

import pytest

from models.soap.medications import COUNT, STRENGTH
from models.soap.services import generate_soap


@pytest.mark.parametrize("tail", ["", " tablets", " mg"])
def test_a_dose_of_thousands_of_digits_is_no_dose(tail):
    draft = generate_soap("Doctor: take paracetamol " + "7" * 4900 + tail)
    meds = [m for m in draft["medications"] if m["drug"] == "paracetamol"]
    assert meds and all(m["dose"] is None for m in meds)


@pytest.mark.parametrize(("text", "number"), [("tab dolo 650mg", "650"), ("x12.5 mg", "12.5"), ("1.5.3mg", "5.3"),
                                              ("two tablets of 500 mg", "500")])
def test_a_number_is_read_from_the_start_of_its_digits(text, number):
    assert STRENGTH.search(text).group(1) == number


def test_a_count_is_read_whole():
    assert COUNT.search("take 12 tablets").group(1) == "12"
