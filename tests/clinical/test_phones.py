"""Phone numbers typed at the kiosk or the console: digits with no + or 00 are an Indian number, never a foreign
one by accident (a reminder texted to a stranger abroad leaks the patient's visit)."""

import pytest

from clinical.phones import msisdn, phone_refusal


@pytest.mark.parametrize("typed", ["98765432101", "12345678901", "442079460958", "9771234567890"])
def test_a_bare_number_too_long_for_india_is_refused_not_read_as_foreign(typed):
    assert msisdn(typed) is None
    refusal = phone_refusal(typed)
    assert refusal is not None and "+ (or 00)" in refusal.message


@pytest.mark.parametrize("typed, read", [
    ("09876543210", "+919876543210"), ("919876543210", "+919876543210"), ("98765 43210", "+919876543210"),
    ("+44 20 7946 0958", "+442079460958"), ("0044 20 7946 0958", "+442079460958"), ("+1 234 567 8901", "+12345678901"),
])
def test_indian_numbers_and_foreign_ones_with_their_prefix_read_as_before(typed, read):
    assert msisdn(typed) == read and phone_refusal(typed) is None
