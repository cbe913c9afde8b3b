"""English transcript normalisation for word error rate, after Whisper's English normaliser.

Both reference and hypothesis go through the same steps: lowercase, contractions
and British spellings to one form, units and symbols to words, digits to words
("140/90" -> "one hundred forty over ninety"), punctuation and fillers removed.
"""

from __future__ import annotations

import re

ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
).split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = ((10**9, "billion"), (10**6, "million"), (1000, "thousand"), (100, "hundred"))
ORDINALS = {
    "one": "first",
    "two": "second",
    "three": "third",
    "five": "fifth",
    "eight": "eighth",
    "nine": "ninth",
    "twelve": "twelfth",
}
NUMBER_WORDS = set(ONES) | set(TENS[2:]) | {name for _, name in SCALES}

SPELLINGS = {
    "anaemia": "anemia",
    "diarrhoea": "diarrhea",
    "oedema": "edema",
    "oesophagus": "esophagus",
    "haemoglobin": "hemoglobin",
    "haemorrhage": "hemorrhage",
    "paediatric": "pediatric",
    "foetus": "fetus",
    "faeces": "feces",
    "tumour": "tumor",
    "colour": "color",
    "behaviour": "behavior",
    "litre": "liter",
    "litres": "liters",
    "millilitre": "milliliter",
    "millilitres": "milliliters",
    "centre": "center",
    "labour": "labor",
    "anaesthetic": "anesthetic",
    "gynaecology": "gynecology",
}
UNITS = {
    "mg": "milligrams",
    "ml": "milliliters",
    "kg": "kilograms",
    "g": "grams",
    "mmhg": "millimeters of mercury",
    "bpm": "beats per minute",
    "cm": "centimeters",
    "km": "kilometers",
}
CONTRACTIONS = (
    (r"\bwon't\b", "will not"),
    (r"\bcan't\b", "can not"),
    (r"\bcannot\b", "can not"),
    (r"n't\b", " not"),
    (r"'re\b", " are"),
    (r"'m\b", " am"),
    (r"'ll\b", " will"),
    (r"'ve\b", " have"),
    (r"\b(it|that|there|what|he|she)'s\b", r"\1 is"),
)
FILLERS = {"uh", "um", "umm", "hmm", "mm", "er", "ah"}


def number_to_words(number: int) -> str:
    """Cardinal in words without "and": 140 -> "one hundred forty"."""
    if number < 20:
        return ONES[number]
    if number < 100:
        tens, ones = divmod(number, 10)
        return TENS[tens] + (f" {ONES[ones]}" if ones else "")
    for value, name in SCALES:
        if number >= value:
            high, rest = divmod(number, value)
            return f"{number_to_words(high)} {name}" + (f" {number_to_words(rest)}" if rest else "")
    raise AssertionError("unreachable")


def _ordinal(words: str) -> str:
    head, _, last = words.rpartition(" ")
    if last in ORDINALS:
        last = ORDINALS[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return f"{head} {last}".strip()


def _spell_number(match: re.Match) -> str:
    whole, fraction, suffix = match.group("whole"), match.group("fraction"), match.group("suffix")
    words = number_to_words(int(whole.replace(",", "")))
    if fraction:
        words += " point " + " ".join(ONES[int(digit)] for digit in fraction)
    if suffix:
        words = _ordinal(words)
    return f" {words} "


NUMBER = re.compile(r"(?P<whole>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<fraction>\d+))?(?P<suffix>st|nd|rd|th)?\b")
# "one hundred and forty" is one number, the same as "one hundred forty" and "140"; but
# "100 and 40", written in digits, stays two numbers (as in Whisper's normaliser), so this
# runs before digits are spelled out.
AND_IN_NUMBER = re.compile(r"\b(hundred|thousand|million|billion),?\s+and\s+(?=(?:" + "|".join(NUMBER_WORDS) + r")\b)")
UNIT_AFTER_NUMBER = re.compile(r"(\d)\s*(" + "|".join(UNITS) + r")\b")


def normalize_text(text: str) -> str:
    """The comparable form of an English transcript."""
    text = text.lower().replace("’", "'")
    for pattern, replacement in CONTRACTIONS:
        text = re.sub(pattern, replacement, text)
    text = UNIT_AFTER_NUMBER.sub(lambda m: f"{m.group(1)} {UNITS[m.group(2)]}", text)
    text = re.sub(r"(\d)\s*/\s*(\d)", r"\1 over \2", text)
    text = re.sub(r"(\d)\s*%", r"\1 percent", text)
    text = re.sub(r"(\d)\s*°\s*c?\b", r"\1 degrees", text)
    text = AND_IN_NUMBER.sub(r"\1 ", text)
    text = NUMBER.sub(_spell_number, text)
    text = re.sub(r"[^\w\s]|_", " ", text)
    return " ".join(SPELLINGS.get(word, word) for word in text.split() if word not in FILLERS)
