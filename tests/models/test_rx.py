"""rx.compile finds exactly what re.compile finds (spans, groups, substitutions), with its first-character gate on
where the first characters are a known set, and no gate where they are not."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models import rx

GATED = [  # (pattern, flags): each has a finite set of first characters
    (r"\b(?:on examination|o/e|chest (?:is )?clear|(?:o|)edema)\b", re.I),  # an empty alternative: "edema" too
    (r"\b(?:kg|kgs|kilos?)\b", re.I),  # "K" (U+212A KELVIN SIGN) is a "k" under re.I, in the gate as in the pattern
    (r"\b(\d+)\s*(mg|ml)\b", re.I),  # \d: Devanagari digits too
    (r"\s*,\s*(x|y)", 0),  # a leading \s* may match nothing: a space, a comma or nothing before it
    (r"(?<=x)abc|^(?:yes|no)\b", re.I),  # a lookbehind, an anchor
    (r"[a-c]{2,}|(?:ab)?z", 0),  # a class range; an optional group before a literal
    (r"(?:if|in case|agar)\b[^.]{0,20}\bcome\b", re.I),
    (r"\bn(\w+)'t\b", 0),  # \w after the first character is fine: only the first one is gated
]
UNGATED = [
    (r"\w+", 0),  # \w: nearly any position could start a match
    (r"a*", 0),  # may match the empty string
    (r"[^a]b", 0),  # a negated class
    (r".x", 0),
    (r"(?i:abc)d", 0),  # flags changed inside the pattern
    (r"a # comment", re.X),  # verbose: left alone
]

TEXTS = ["", "On Examination: chest is clear, no edema. O/E pedal oedema", "weight 60 KG, 61 kgs, 62 kilo",
         "paracetamol ५०० mg, 250ml", "a , x ,y  ,  x", "xabc yes no abc", "abz aaz ccc z", "if worse, in case fever come",
         "do n't ca n't, don't", "𝟗 mg", "\u212ag kg"]


def _found(pattern: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(("source", "flags"), GATED)
def test_gated_patterns_find_what_re_finds(source, flags):
    plain, quick = re.compile(source, flags), rx.compile(source, flags)
    assert quick.pattern != plain.pattern  # the gate is on
    for text in TEXTS:
        assert _found(quick, text) == _found(plain, text)
        assert quick.sub("<\\g<0>>", text) == plain.sub("<\\g<0>>", text)
        for pos in range(len(text) + 1):
            a, b = quick.match(text, pos), plain.match(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


@pytest.mark.parametrize(("source", "flags"), UNGATED)
def test_patterns_without_a_known_first_character_are_left_as_they_are(source, flags):
    assert rx.first_chars(re.compile(source, flags)) is None
    assert rx.compile(source, flags).pattern == source


def test_first_characters_are_read_through_groups_repeats_and_empty_alternatives():
    assert rx.first_chars(re.compile(r"\b(?:(?:o|)edema|rash)")) == frozenset("oer")
    assert rx.first_chars(re.compile(r"\s*,")) == frozenset({"\\s", ","})
    assert rx.first_chars(re.compile(r"(?:ab)?z")) == frozenset("az")
    assert rx.first_chars(re.compile(r"[a-c]|\d")) == frozenset({"a", "b", "c", "\\d"})


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aAbBcCeEkKoOxXyYzZ/.,- \n\u212a५7sdnigfmlt'", max_size=60), st.sampled_from(GATED))
def test_gated_patterns_agree_with_re_on_any_text(text, case):
    source, flags = case
    assert _found(rx.compile(source, flags), text) == _found(re.compile(source, flags), text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcxyz kgmlo/e,.07'", max_size=40))
def test_any_of_matches_a_text_exactly_when_one_of_its_patterns_does(text):
    patterns = [rx.compile(source, flags) for source, flags in GATED + UNGATED if flags == re.I]
    union = rx.any_of(patterns)
    assert (union.search(text) is not None) == any(p.search(text) for p in patterns)


def test_any_of_refuses_patterns_with_different_flags():
    with pytest.raises(ValueError):
        rx.any_of([re.compile("a", re.I), re.compile("b")])


def test_the_letters_re_folds_to_ascii_are_all_known():
    """quick_branches writes an ASCII letter under re.I as the class of what re.I matches for it: its two cases,
    FOLDS_TO_ASCII and re's own extra cases. Every character this Python knows is tried against every letter."""
    every = "".join(map(chr, range(0x110000)))
    for letter in "abcdefghijklmnopqrstuvwxyz":
        by_re = set(re.findall(letter, every, re.I))
        cls = rx._letter_class(ord(letter), None)[1][3].data[0][1]
        assert by_re == {chr(code) for _op, code in cls}, letter


QUICK = [(r"\b(?:come back|kal|sit|in|Kg|is)\b", re.I), (r"(?:ab|Ac|(?:kx|sy)|i)+z?", re.I),
         (r"(?P<w>on|off)(?:\s+(?P=w))?", re.I), (r"(?=x)(?:xa|xb)|(?<!q)(?:ib|ic)", re.I),
         (r"(?>ka|kb)c|(?:(?:s)|ſt)", re.I), (r"(a)?(?(1)b|c)|d", re.I)]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aAbBcCiIkKsSxXyYzZqt \u212a\u017f\u0130\u0131omefnl", max_size=40), st.sampled_from(QUICK))
def test_alternatives_quick_to_skip_match_what_re_matches(text, case):
    source, flags = case
    quick, plain = rx.compile(source, flags), re.compile(source, flags)
    assert _found(quick, text) == _found(plain, text)
    assert quick.sub("<\\g<0>>", text) == plain.sub("<\\g<0>>", text)


def test_only_case_insensitive_patterns_it_can_read_are_rewritten():
    assert rx.quick_branches(re.compile(r"on|off")).pattern == "on|off"  # case-sensitive: re skips already
    scoped = re.compile(r"(?-i:on)|off", re.I)
    assert rx.quick_branches(scoped) is scoped  # flags of its own inside: left to re
    rewritten = rx.quick_branches(re.compile(r"on|off", re.I))
    assert rewritten is not re.compile(r"on|off", re.I)  # compiled anew, from the rewritten parse
    assert rewritten.pattern == "on|off" and rewritten.flags == re.compile(r"on|off", re.I).flags
