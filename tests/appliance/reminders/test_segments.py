"""SMS segmentation: GSM-7 160/153, UCS-2 (Hindi) 70/67."""
from appliance.reminders.segments import encoding, parts, split, units


def test_gsm7_single_and_multipart():
    assert encoding("Your follow-up at Rampur clinic is tomorrow.") == "gsm7"
    assert parts("a" * 160) == 1 and parts("a" * 161) == 2 and parts("a" * 306) == 2 and parts("a" * 307) == 3
    assert units("{}") == 4 and parts("€" * 80) == 1 and parts("€" * 81) == 2
    assert [len(p) for p in split("a" * 307)] == [153, 153, 1]


def test_extension_characters_are_never_cut_in_two():
    text = "a" * 152 + "€" + "b" * 10
    assert [units(p) for p in split(text)] == [152, 12]


def test_hindi_is_ucs2_with_67_a_part():
    hi = "रामपुर क्लिनिक में आपकी जाँच कल है।"
    assert encoding(hi) == "ucs2" and parts(hi) == 1
    assert parts("क" * 70) == 1 and parts("क" * 71) == 2 and parts("क" * 134) == 2 and parts("क" * 135) == 3
    assert [len(p) for p in split("क" * 135)] == [67, 67, 1]
    assert "".join(split("क" * 135)) == "क" * 135
