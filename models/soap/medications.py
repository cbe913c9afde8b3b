"""Medication orders in the plan: "paracetamol 500 mg three times a day for 5 days after food" ->
{drug, dose, unit, route, frequency, duration_days, instructions}, the prescription form's fields
(appliance/prescriptions/schemas.py). What was not said stays None and is listed in ``missing``;
nothing is guessed.
"""
from __future__ import annotations

import math
import re
from functools import cache
from typing import Any, Final

from .. import rx
from .drugs import ALIASES, FORMS, GENERICS

# A number starts where a digit run starts: tried from inside a run too, a run of 5,000 digits before no unit was
# rescanned from each of its digits (9 s of CPU for a sentence "paracetamol 777…"); the leftmost match is the same.
_N = r"((?<!\d)\d+(?:\.\d+)?|half|a half|ek|do|teen|aadhi|adhi)"
STRENGTH: Final = rx.compile(
    _N + r"\s*(mg|milligrams?|milli grams?|mgs|g|gm|grams?|mcg|micrograms?|ml|mls|millilit(?:er|re)s?|cc|iu|"
         r"international units?|units?)\b", re.I)
COUNT: Final = rx.compile(
    _N + r"\s*(tablets?|tabs?|goli|capsules?|caps?|drops?|puffs?|sachets?|packets?|teaspoons?|tea spoons?|"
         r"spoons?|tsp|table ?spoons?|tbsp)\b", re.I)
UNIT_WORDS: Final = {
    "mg": "mg", "milligram": "mg", "milli gram": "mg", "mgs": "mg", "g": "g", "gm": "g", "gram": "g",
    "mcg": "mcg", "microgram": "mcg", "ml": "ml", "mls": "ml", "milliliter": "ml", "millilitre": "ml", "cc": "ml",
    "iu": "IU", "international unit": "IU", "unit": "unit", "tablet": "tablet", "tab": "tablet", "goli": "tablet",
    "capsule": "capsule", "cap": "capsule", "drop": "drop", "puff": "puff", "sachet": "sachet", "packet": "sachet",
    "teaspoon": "ml", "tea spoon": "ml", "spoon": "ml", "tsp": "ml", "tablespoon": "ml", "table spoon": "ml",
    "tbsp": "ml",
}
SPOON_ML: Final = {"teaspoon": 5, "tea spoon": 5, "spoon": 5, "tsp": 5, "tablespoon": 15, "table spoon": 15,
                   "tbsp": 15}

# First match wins: "as needed" beats a count, a count beats "at night", "at night" beats "daily".
FREQUENCY_RULES: Final = (
    ("STAT", r"\bstat\b|\bimmediately\b|\bright now\b|\bright away\b|\bsingle dose\b|\bone dose only\b|"
             r"\bonce only\b|\bjust once\b|\bnow itself\b|\babhi\b"),
    ("PRN", r"\bas needed\b|\bwhen needed\b|\bif needed\b|\bas required\b|\bwhen required\b|\bif required\b|"
            r"\bsos\b|\bprn\b|\bonly if\b|\bif (?:there is |you have |he has |she has |the )?(?:fever|pain)\b|"
            r"\bwhen(?:ever)? (?:there is |you have |he has |she has )?(?:fever|pain)\b|\bafter (?:each|every) "
            r"(?:loose )?(?:stool|motion|episode)\b|\bzaroorat\b"),
    ("WEEKLY", r"\bonce a week\b|\bonce weekly\b|\bweekly\b|\bevery week\b|\bonce in a week\b"),
    ("QID", r"\bqid\b|\bqds\b|\bfour times\b|\b4 times\b|\bevery 6 hours\b|\b6 hourly\b|\bchar baar\b"),
    ("TDS", r"\btds\b|\btid\b|\bthree times\b|\b3 times\b|\bthrice\b|\bevery 8 hours\b|\b8 hourly\b|"
            r"\bteen baar\b|\b3 baar\b|\bmorning,? afternoon,? and (?:evening|night)\b"),
    ("BD", r"\bbd\b|\bbid\b|\btwice\b|\btwo times\b|\b2 times\b|\bevery 12 hours\b|\b12 hourly\b|"
           r"\bmorning and (?:evening|night)\b|\bdo baar\b|\b2 baar\b|\bsubah shaam\b"),
    ("HS", r"\bhs\b|\bat night\b|\bat bedtime\b|\bbed ?time\b|\bbefore (?:sleep|sleeping|bed)\b|\bnight time\b|"
           r"\bevery night\b|\braat ko\b|\bsone se pehle\b"),
    ("OD", r"\bod\b|\bonce a day\b|\bonce daily\b|\bonce in a day\b|\b1 time a day\b|\bdaily\b|\bevery day\b|"
           r"\bper day\b|\ba day\b|\bevery morning\b|\bin the morning\b|\bek baar\b|\b1 baar\b|\broz\b"),
)
_FREQ = tuple((code, rx.compile(rule, re.I)) for code, rule in FREQUENCY_RULES)
DURATION: Final = rx.compile(
    r"(?:\bfor\s+(?:the\s+)?(?:next\s+)?|\bx\s*|\bcontinue\s+(?:for\s+)?|\btill\s+|\b)"
    r"(\d+|a|an|one)\s*(?:to\s*\d+\s*)?(days?|weeks?|months?|din|hafte|mahine)\b(?!\s*(?:ago|back|se))", re.I)
DURATION_NEEDS_CUE: Final = rx.compile(r"\bfor\b|\bx\s*\d|\bcontinue\b|\btill\b|\bdin\b|\btak\b", re.I)
INSTRUCTIONS: Final = (
    r"after (?:food|meals?|eating|breakfast|lunch|dinner)", r"before (?:food|meals?|eating|breakfast|sleep)",
    r"(?:on an? |on )?empty stomach", r"with (?:plenty of |lots of )?(?:water|milk|food|meals?)",
    r"(?:khana )?kh?aa?ne ke (?:baad|bad|pehle)",
    r"if (?:the )?(?:fever|temperature) (?:is )?(?:above|more than|over) \d+(?:\.\d+)?",
    r"for (?:fever|pain|cough|itching|vomiting|acidity)", r"after (?:each|every) (?:loose )?(?:stool|motion)",
    r"dissolved? in (?:a )?(?:litre|liter|glass) of (?:clean |boiled )?water", r"do not (?:skip|stop)[^,.;]*",
    r"complete the (?:full )?course", r"in (?:each|both|the affected) (?:eye|ear|nostril)s?",
)
_INSTRUCTIONS = rx.compile("|".join(f"(?:{x})" for x in INSTRUCTIONS), re.I)
ROUTE_WORDS: Final = (("iv", r"\biv\b|\bintravenous\b|\bdrip\b"), ("im", r"\bim\b|\bintramuscular\b"),
                      ("sc", r"\bsubcutaneous\b|\bunder the skin\b"),
                      ("eye", r"\beye drops?\b|\bin (?:each|both|the) eyes?\b"),
                      ("ear", r"\bear drops?\b|\bin (?:each|both|the) ears?\b"),
                      ("nasal", r"\bnasal\b|\bnose drops\b|\bnostrils?\b"),
                      ("topical", r"\bapply\b|\bcream\b|\bointment\b|\bgel\b|\blotion\b|\blocally\b"),
                      ("inhaled", r"\binhaler\b|\bpuffs?\b|\binhale\b|\bnebuli[sz]"),
                      ("rectal", r"\brectal\b|\bsuppository\b"), ("vaginal", r"\bvaginal\b|\bpessary\b"))
WORD_NUMBERS: Final = {"a": 1, "an": 1, "one": 1, "half": 0.5, "a half": 0.5, "ek": 1, "do": 2, "teen": 3,
                       "aadhi": 0.5, "adhi": 0.5}
PERIOD_DAYS: Final = {"day": 1, "din": 1, "week": 7, "hafte": 7, "month": 30, "mahine": 30}
AVOID: Final = rx.compile(r"\b(?:do not|don't|dont|never|avoid|stop|no|not|allergic to|mat)\b(?:\s+\w+){0,2}\s*$",
                          re.I)
NAMING_FORMS: Final = ("tablet", "tab", "capsule", "cap", "syrup", "syp", "injection", "inj", "suspension")
NOT_DRUGS: Final = ("of", "for", "and", "when", "twice", "once", "thrice", "daily", "every", "after", "before",
                    "with", "at", "in", "the", "this", "that", "one", "two", "three", "four", "if", "to", "only",
                    "each", "also", "then", "now", "today", "morning", "night", "dose", "doses", "is", "are",
                    "which", "you", "your", "should", "will", "can", "from", "three", "times", "medicine", "them",
                    "these", "those", "some", "more", "another", "extra", "drops", "tablets", "cream", "half",
                    "quarter", "full", "whole", "aadhi", "adhi", "teen", "char", "paanch", "five", "six", "seven",
                    "eight", "nine", "twenty", "thirty", "forty", "fifty", "hundred")
PRESCRIBING_VERBS: Final = r"take|start|give|put|apply|continue|prescribe|prescribing|instil|instill|use|inhale"
DOSE_UNITS: Final = r"mg|mcg|g|gm|ml|iu|units?|tablets?|tabs?|capsules?|caps?|drops?|puffs?|sachets?"
DOSE_FORMS: Final = (r"eye drops?|ear drops?|nasal drops?|nose drops|drops|cream|ointment|gel|lotion|syrup|"
                     r"suspension|tablets?|capsules?|injection|inhaler")
BOUNDARY: Final = rx.compile(r",|;|\band\b|\balso\b|\bthen\b|\bplus\b|\baur\b", re.I)


@cache
def drug_pattern() -> re.Pattern:
    names = sorted({*GENERICS, *ALIASES}, key=len, reverse=True)
    alternation = "|".join(re.escape(n).replace(r"\ ", r"[\s-]+") for n in names)
    form = "|".join(NAMING_FORMS)
    stop = "|".join(NOT_DRUGS)
    unknown = rf"(?:{form})\.?\s+(?!(?:{stop})\b)([a-z][a-z-]{{3,}})"  # "tab azithral" when not listed
    # "start labetalol 100 mg", "put moxifloxacin eye drops": a word not listed, between a prescribing
    # verb and a dose with its unit or a dosage form
    ordered = (rf"\b(?:{PRESCRIBING_VERBS})\s+(?!(?:{stop})\b)(?P<ordered>[a-z][a-z-]{{3,}})"
               rf"(?=\s+(?:\d+(?:\.\d+)?\s*(?:{DOSE_UNITS})|(?:{DOSE_FORMS}))\b)")
    return rx.compile(rf"\b(?:(?P<known>{alternation})\b|{unknown}|{ordered})", re.I)


def canonical_drug(name: str) -> str:
    key = re.sub(r"[\s-]+", " ", name.lower()).strip()
    return ALIASES.get(key, key)


def find_medications(sentence: str) -> list[dict[str, Any]]:
    """The medication orders of one plan sentence (digitized), in the order they are said."""
    mentions = [(m.start(), m.end(), m.group("known") or m.group(2) or m.group("ordered")) for m in
                drug_pattern().finditer(sentence)]
    mentions = _drop_nested(mentions)
    if not mentions:
        return []
    meds = []
    for n, (start, end, name) in enumerate(mentions):
        if AVOID.search(sentence[max(0, start - 25):start]):
            continue  # "do not take ibuprofen" is advice, not an order
        lo = _segment_start(sentence, mentions, n)
        hi = _segment_start(sentence, mentions, n + 1) if n + 1 < len(mentions) else len(sentence)
        meds.append(parse_order(name, sentence[lo:hi], sentence[start:end]))
    # "paracetamol and cetirizine twice a day for 5 days": a drug said with no schedule of its own
    # takes the schedule said after it.
    for n, med in enumerate(meds):
        if med["frequency"] is None and med["duration_days"] is None:
            later = next((m for m in meds[n + 1:] if m["frequency"] or m["duration_days"]), None)
            if later is not None:
                med["frequency"], med["duration_days"] = later["frequency"], later["duration_days"]
                med["missing"] = [k for k in med["missing"] if med[k] is None]
    return meds


def _drop_nested(mentions: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for m in mentions:
        if not out or m[0] >= out[-1][1]:
            out.append(m)
    return out


def _segment_start(sentence: str, mentions: list[tuple[int, int, str]], n: int) -> int:
    """Where drug n's words begin: after the last boundary between the previous drug and this one."""
    if n == 0:
        return 0
    prev_end, start = mentions[n - 1][1], mentions[n][0]
    cuts = [m.end() for m in BOUNDARY.finditer(sentence, prev_end, start)]
    return cuts[-1] if cuts else start


def parse_order(name: str, segment: str, said: str) -> dict[str, Any]:
    """One medication from the words that belong to it."""
    drug = canonical_drug(name)
    form_unit, route = _form(segment)
    dose, unit = _dose(segment, said, form_unit)
    frequency = _frequency(segment)
    duration = _duration(segment)
    if frequency == "STAT" and duration is None:
        duration = 1
    route = _route(segment) or route or "oral"
    instructions = "; ".join(dict.fromkeys(m.group(0).strip().lower() for m in _INSTRUCTIONS.finditer(segment)))
    med = {"drug": drug, "dose": dose, "unit": unit, "route": route, "frequency": frequency,
           "duration_days": duration, "instructions": instructions or None,
           "text": re.sub(r"(?:[\s,;]+(?:and|also|then|plus|aur))+[\s,;]*$", "", segment.strip(" ,.;"), flags=re.I)}
    med["missing"] = [k for k in ("dose", "unit", "frequency", "duration_days") if med[k] is None]
    return med


def _number(text: str) -> float:
    text = text.lower()
    return WORD_NUMBERS[text] if text in WORD_NUMBERS else float(text)


def _form(segment: str) -> tuple[str | None, str | None]:
    for word in re.findall(r"[a-z]+", segment.lower()):
        if word in FORMS:
            return FORMS[word]
    return None, None


def _unit_key(word: str) -> str:
    word = re.sub(r"\s+", " ", word.lower())
    for suffix in ("s",):
        if word not in UNIT_WORDS and word.endswith(suffix) and word[:-1] in UNIT_WORDS:
            word = word[:-1]
    return word


def _dose(segment: str, said: str, form_unit: str | None) -> tuple[float | None, str | None]:
    """Strength ("500 mg") wins; a count of tablets multiplies it; a bare number after the name is mg."""
    strength = STRENGTH.search(segment)
    count = COUNT.search(segment)
    if strength:
        value, unit = _number(strength.group(1)), UNIT_WORDS.get(_unit_key(strength.group(2)), "unit")
        if count and UNIT_WORDS.get(_unit_key(count.group(2))) in ("tablet", "capsule") and unit in ("mg", "g", "mcg") \
                and count.start() < strength.start():
            value *= _number(count.group(1))  # "two tablets of 500 mg" is 1000 mg
        return _with_unit(value, unit)
    if count:
        key = _unit_key(count.group(2))
        value = _number(count.group(1)) * SPOON_ML.get(key, 1)
        return _with_unit(value, UNIT_WORDS.get(key, form_unit))
    bare = re.match(r"\s*(\d{2,4}(?:\.\d+)?)\b(?!\s*(?:times|days?|weeks?|hours?|%|baar|din))",
                    segment[segment.lower().find(said.lower()) + len(said):])
    if bare and float(bare.group(1)) >= 20:
        return _clean(float(bare.group(1))), "mg"  # "Dolo 650", "metformin 500"
    return None, None


def _with_unit(value: float, unit: str | None) -> tuple[float | None, str | None]:
    """The dose and its unit; none for a number no float holds (hundreds of digits: no dose, not a crash)."""
    return (_clean(value), unit) if math.isfinite(value) else (None, None)


def _clean(value: float) -> float:
    return int(value) if value == int(value) else round(value, 3)


def _frequency(segment: str) -> str | None:
    for code, pattern in _FREQ:
        if pattern.search(segment):
            return code
    return None


def _duration(segment: str) -> int | None:
    for match in DURATION.finditer(segment):
        before = segment[max(0, match.start() - 12):match.start()]
        whole = match.group(0)
        if not (DURATION_NEEDS_CUE.search(whole) or re.search(r"\bfor\s*$|\bx\s*$", before, re.I)):
            continue
        raw = match.group(1).lower()
        count = int(raw) if raw.isdigit() else WORD_NUMBERS.get(raw, 1)
        period = match.group(2).lower().rstrip("s")
        return int(count * PERIOD_DAYS.get(period, 1))
    return None


def _route(segment: str) -> str | None:
    for route, words in ROUTE_WORDS:
        if re.search(words, segment, re.I):
            return route
    return None
