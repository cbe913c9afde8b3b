"""Spoken numbers to digits: "one hundred and forty over ninety" -> "140 over 90", "ninety eight point six"
-> "98.6", and the colloquial "one forty over ninety" -> "140 over 90".

Whisper writes numbers either way and espeak-read test audio spells them out, so every parser in this
package works on digits and runs after this.
"""
from __future__ import annotations

import re
from typing import Final

from .. import rx

ONES: Final = {w: i for i, w in enumerate("zero one two three four five six seven eight nine".split())}
TEENS: Final = {w: i + 10 for i, w in enumerate(
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())}
TENS: Final = {w: (i + 2) * 10 for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
NUMBER_WORDS: Final = {**ONES, **TEENS, **TENS, "hundred": 100, "thousand": 1000}
# A lone "one" that is a pronoun, not a count: "no one else", "this one", "one of them".
ONE_PRONOUN_BEFORE: Final = frozenset({"no", "any", "some", "every", "this", "that", "the", "which", "each", "last",
                                       "another", "little", "other", "only"})
ONE_PRONOUN_AFTER: Final = frozenset({"of", "else", "another", "more", "by", "day", "thing"})

_WORD = re.compile(r"[A-Za-z]+|\d+(?:\.\d+)?|[^\sA-Za-z\d]+|\s+")
_A_HUNDRED: Final = rx.compile(r"\ba hundred\b", re.I)
# possessive: a word is followed by "-" as a whole or not at all (no shorter run of it ends at a "-")
_HYPHENATED: Final = re.compile(r"\b(\w++)-(\w++)\b")
_LETTERS: Final = re.compile(r"[A-Za-z]+")  # the tokens of _WORD that hold letters, and only those


def digitize(text: str) -> str:
    """The text with every spelled-out number written in digits (everything else unchanged)."""
    text = _A_HUNDRED.sub("one hundred", text)
    text = _HYPHENATED.sub(lambda m: f"{m[1]} {m[2]}" if m[1].lower() in TENS
                           and m[2].lower() in ONES else m[0], text)  # ninety-eight
    if NUMBER_WORDS.keys().isdisjoint(map(str.lower, _LETTERS.findall(text))):
        return text  # no number word to read: the tokens would join back into the same text
    tokens = _WORD.findall(text)
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if tokens[i].lower() in NUMBER_WORDS:
            value, j = _read_number(tokens, i)
            if j > i and not _pronoun_one(tokens, i, j, out):
                out.append(_format(value))
                i = j
                continue
        out.append(tokens[i])
        i += 1
    return "".join(out)


def _pronoun_one(tokens: list[str], i: int, j: int, out: list[str]) -> bool:
    if j != i + 1 or tokens[i].lower() != "one":
        return False
    before = next((t.lower() for t in reversed(out) if not t.isspace()), "")
    after = next((t.lower() for t in tokens[j:] if not t.isspace()), "")
    return before in ONE_PRONOUN_BEFORE or after in ONE_PRONOUN_AFTER


def _format(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def _next_word(tokens: list[str], k: int) -> int:
    """Index of the next non-space token (spaces only; punctuation ends a number)."""
    while k < len(tokens) and tokens[k].isspace():
        k += 1
    return k


def _read_number(tokens: list[str], i: int) -> tuple[float, int]:
    """The number spelled from tokens[i] on, and the index just after it."""
    total, current, last, end = 0, 0, None, i
    k = i
    while k < len(tokens):
        word = tokens[k].lower()
        if word == "and" and last in ("hundred", "thousand"):
            nxt = _next_word(tokens, k + 1)
            if nxt < len(tokens) and tokens[nxt].lower() in NUMBER_WORDS and tokens[nxt].lower() not in (
                    "hundred", "thousand"):
                k = nxt
                continue
            break
        if word in ONES:
            if last not in (None, "tens", "hundred", "thousand") or (last == "tens" and current % 10):
                break
            current += ONES[word]
            kind = "ones"
        elif word in TEENS or word in TENS:
            value = TEENS.get(word) or TENS[word]
            if last in (None, "hundred", "thousand"):
                current += value
            elif last == "ones" and current in (1, 2) and total == 0 and k > i:
                current = current * 100 + value  # "one forty" is 140 when a reading is spoken
            else:
                break
            kind = "tens" if word in TENS else "teen"
        elif word == "hundred":
            if last not in ("ones", "teen", "tens") or current >= 100:
                break
            current *= 100
            kind = "hundred"
        elif word == "thousand":
            if last is None or last == "thousand":
                break
            total += current * 1000
            current = 0
            kind = "thousand"
        else:
            break
        last, end = kind, k + 1
        k = _next_word(tokens, k + 1)
    if last is None:
        return 0, i
    value: float = total + current
    end, value = _read_fraction(tokens, end, value)
    return value, end


def _read_fraction(tokens: list[str], end: int, value: float) -> tuple[int, float]:
    """ "point six" -> .6, "point two five" -> .25, "and a half" -> .5."""
    k = _next_word(tokens, end)
    if k < len(tokens) and tokens[k].lower() == "point":
        digits = ""
        m = _next_word(tokens, k + 1)
        while m < len(tokens) and tokens[m].lower() in ONES:
            digits += str(ONES[tokens[m].lower()])
            end = m + 1
            m = _next_word(tokens, m + 1)
        if digits:
            return end, float(f"{int(value)}.{digits}")
    if k < len(tokens) and tokens[k].lower() == "and":
        a, half = _next_word(tokens, k + 1), None
        if a < len(tokens) and tokens[a].lower() == "a":
            half = _next_word(tokens, a + 1)
        if half is not None and half < len(tokens) and tokens[half].lower() == "half":
            return half + 1, value + 0.5
    return end, value
