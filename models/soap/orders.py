"""Investigations ordered and the follow-up interval, from plan sentences (digitized)."""
from __future__ import annotations

import re
from functools import cache
from typing import Any, Final

from .. import rx
from .const import TESTS

ORDER_CUE: Final = rx.compile(
    r"\b(?:do|done|get|getting|send|order|ordering|advise|advised|need|needs|check|checked|go for|test|tests|"
    r"investigation|investigations|karwa|karwana|karwao|karana|let's|lets|will|should|require|repeat)\b", re.I)
RESULT_CUE: Final = rx.compile(
    r"\b(?:positive|negative|normal|abnormal|report|reports|result|results|came|showed|shows|showing|"
    r"reveals|revealed|was|were|is high|is low|is raised)\b", re.I)
HINDI_NUMBERS: Final = {"ek": 1, "do": 2, "teen": 3, "char": 4, "chaar": 4, "paanch": 5, "panch": 5, "saat": 7,
                        "das": 10, "pandrah": 15}
_COUNT = r"(\d+|a|an|one|ek|do|teen|char|chaar|paanch|panch|saat|das|pandrah)"
_PERIOD = r"(days?|weeks?|months?|din|hafte|hafta|mahine|mahina)"
_RETURN = (r"(?:come back|come again|come|return|review|bring (?:him|her|them|the (?:child|baby))? ?back|follow[- ]?up|see (?:you|me|him|her)(?: again)?|"
           r"revisit|report back|visit again|show (?:me|again|yourself)|recheck|check again|meet again|aana|"
           r"aaiye|aao|dikhana|dikhane)")
FOLLOW_UP: Final = (
    rx.compile(_RETURN + r"\b[^.?!]{0,40}?\b(?:after|in|within|post)\s+" + _COUNT + r"\s*" + _PERIOD + r"\b", re.I),
    rx.compile(r"\b(?:after|in|within)\s+" + _COUNT + r"\s*" + _PERIOD + r"\b[^.?!]{0,40}?\b" + _RETURN, re.I),
    rx.compile(r"\b" + _COUNT + r"\s*" + _PERIOD + r"\s*(?:ke\s+)?(?:baad|bad)\b", re.I),
    rx.compile(_RETURN + r"\b[^.?!]{0,30}?\b(next week|tomorrow|day after tomorrow|next month|kal)\b", re.I),
    rx.compile(r"\b(?:review|follow[- ]?up)\s*(?:after|in)?\s*(\d+)\s*(days?|weeks?)\b", re.I),
    rx.compile(_RETURN + r"\b[^.?!]{0,20}?\bon (day)\s*(\d+)\b", re.I),  # "come back on day 3"
)
_ANY_FOLLOW_UP: Final = rx.any_of(FOLLOW_UP)
NAMED_DAYS: Final = {"next week": 7, "tomorrow": 1, "day after tomorrow": 2, "next month": 30, "kal": 1}
PERIOD_DAYS: Final = {"day": 1, "din": 1, "week": 7, "hafte": 7, "hafta": 7, "month": 30, "mahine": 30, "mahina": 30}


def _forms(forms) -> str:
    return "|".join(re.escape(f).replace(r"\ ", r"[\s-]+") for f in sorted(forms, key=len, reverse=True))


@cache
def _test_patterns() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((name, rx.compile(r"\b(?:" + _forms(forms) + r")\b", re.I)) for name, forms in TESTS.items())


@cache
def _any_test() -> re.Pattern:
    """Found in a text exactly when one of _test_patterns is: every test's forms in one alternation between word
    boundaries (one pass that tries the forms starting with the letter in hand, not each test's pattern in turn)."""
    return rx.compile(r"\b(?:" + _forms(f for forms in TESTS.values() for f in forms) + r")\b", re.I)


def find_tests(sentence: str) -> list[dict[str, Any]]:
    """Investigations named in a sentence: {name, text, ordered} (ordered False for a result or a reading)."""
    if not _any_test().search(sentence):  # most sentences name none: one pass, not one per test
        return []
    found: list[tuple[int, dict[str, Any]]] = []
    taken: list[tuple[int, int]] = []
    for name, pattern in _test_patterns():
        for match in pattern.finditer(sentence):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            taken.append(match.span())
            after = sentence[match.end():match.end() + 20]
            reading = bool(re.match(r"\s*(?:is|was|of|level|:)?\s*\d", after))
            conditional = re.match(r"\s*(?:if|in case|agar)\b", sentence, re.I) is not None
            result = reading or (bool(RESULT_CUE.search(sentence)) and not conditional
                                 and not ORDER_CUE.search(sentence[:match.start()][-40:]))
            found.append((match.start(), {"name": name, "text": match.group(0), "ordered": not result}))
            break
    return [test for _, test in sorted(found, key=lambda f: f[0])]


def find_follow_up(sentence: str) -> dict[str, Any] | None:
    """ "come back after 3 days" -> {"days": 3}; None when the sentence sets no return date."""
    if not _ANY_FOLLOW_UP.search(sentence):
        return None
    for pattern in FOLLOW_UP:
        match = pattern.search(sentence)
        if not match:
            continue
        groups = [g for g in match.groups() if g]
        if len(groups) == 1:
            return {"days": NAMED_DAYS[groups[0].lower()]}
        raw, period = groups[0].lower(), groups[1].lower().rstrip("s")
        if raw == "day":  # "on day 3": the day is counted from today
            raw, period = period, "day"
        count = int(raw) if raw.isdigit() else HINDI_NUMBERS.get(raw, 1)
        days = count * PERIOD_DAYS.get(period, 1)
        if 0 < days <= 366:
            return {"days": days}
    return None
