"""PDU mode: the box's encoder (appliance/reminders/pdu.py) against the simulator's decoder
(appliance/bench/gsm_sim.py, written separately from TS 23.040/23.038), and known PDUs."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from appliance.bench.gsm_sim import decode_submit, encode_status_report
from appliance.reminders.pdu import pack_septets, parse_status_report, submit_pdus
from appliance.reminders.segments import GSM7_BASIC, GSM7_EXTENDED, parts

NUMBER = "+919812345678"
HINDI = "रामपुर क्लिनिक में आपकी जाँच कल है। कृपया समय पर आएँ।"


def _roundtrip(number, text, ref=7):
    pdus = submit_pdus(number, text, ref)
    decoded = [decode_submit(p.hex, p.tpdu_length) for p in pdus]
    return pdus, decoded


def test_the_hellohello_septets_pack_as_the_spec_example():
    # TS 23.038 6.1.2.1.1: "hellohello" packs to E8329BFD4697D9EC37
    assert pack_septets([ord(c) for c in "hellohello"]).hex().upper() == "E8329BFD4697D9EC37"


def test_a_short_gsm7_text_is_one_pdu_byte_for_byte():
    [p] = submit_pdus("+919812345678", "hi", 0)
    # SCA 00; fo 31 (SUBMIT, VPF relative, SRR); MR 00; DA 12 digits 91 8919 2143 6587;
    # PID 00; DCS 00; VP A7; UDL 02; "hi" = E8 34
    assert p.hex == "0031000C91198921436587" + "0000A702E834"
    assert p.tpdu_length == len(bytes.fromhex(p.hex)) - 1


def test_hindi_goes_as_ucs2_in_67_character_parts_with_a_concatenation_header():
    text = HINDI * 3
    pdus, decoded = _roundtrip(NUMBER, text, ref=200)
    assert len(pdus) == parts(text) == -(-len(text) // 67)
    assert [d["seq"] for d in decoded] == list(range(1, len(pdus) + 1))
    assert {(d["ref"], d["total"], d["dcs"], d["da"]) for d in decoded} == {(200, len(pdus), 8, NUMBER)}
    assert all(len(d["text"]) == 67 for d in decoded[:-1])
    assert "".join(d["text"] for d in decoded) == text


def test_gsm7_parts_hold_153_septets_and_an_extension_character_counts_two():
    text = "a" * 152 + "€" + "b" * 10          # the euro sign would straddle 153: it starts part 2
    pdus, decoded = _roundtrip(NUMBER, text)
    assert [d["text"] for d in decoded] == ["a" * 152, "€" + "b" * 10]
    assert parts("a" * 160) == 1 and parts("a" * 159 + "€") == 2 and len(submit_pdus(NUMBER, "a" * 306, 1)) == 2


def test_a_status_report_is_parsed():
    rep = parse_status_report(encode_status_report(42, NUMBER, 0, 1_780_000_000))
    assert (rep.mr, rep.recipient, rep.status) == (42, NUMBER, 0)


_gsm_text = st.text(alphabet=st.sampled_from([c for c in GSM7_BASIC + GSM7_EXTENDED if c != "\x1b"]),
                    min_size=0, max_size=400)
_any_text = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0xFFFF,
                                           blacklist_categories=("Cs",)), min_size=1, max_size=300)
_number = st.builds(lambda plus, d: ("+" if plus else "") + d, st.booleans(),
                    st.text(alphabet="0123456789", min_size=3, max_size=15))


@settings(max_examples=150, deadline=None)
@given(number=_number, text=st.one_of(_gsm_text, _any_text), ref=st.integers(0, 255))
def test_every_text_round_trips_through_the_simulators_decoder(number, text, ref):
    pdus, decoded = _roundtrip(number, text, ref)
    assert len(pdus) == parts(text)
    assert "".join(d["text"] for d in decoded) == text
    assert {d["da"] for d in decoded} == {number}
    digits = len(number.lstrip("+"))
    for p in pdus:     # fo, MR, DA, PID, DCS, VP, UDL, then at most 140 octets of user data
        assert p.tpdu_length - (2 + 2 + (digits + 1) // 2 + 4) <= 140


@settings(max_examples=50, deadline=None)
@given(mr=st.integers(0, 255), number=_number, status=st.integers(0, 127))
def test_status_reports_round_trip(mr, number, status):
    rep = parse_status_report(encode_status_report(mr, number, status, 1_780_000_000))
    assert (rep.mr, rep.recipient, rep.status) == (mr, number, status)
