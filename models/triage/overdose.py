"""Overdose and ingestion: tablets taken in a number that harms ("took 20 tablets", "BP wali 20 goli kha li",
"took 15 dolo"), any number taken on purpose, or a child's swallowed pills. extract.py makes poisoning mentions of
the spans read here."""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from .. import rx
from .drugs import drug_names

# (a hedge before the count: "took about 30 of the blue iron tablets"; a whole strip, packet or bottle is a count of
# its own: "swallowed a full strip of amma's BP gulika"; Malayalam "gulika" and Tamil "maathirai" are tablets)
OVERDOSE_RE: Final = rx.compile(
    r"\b(?P<verb>took|taken|swallowed|ate|eaten|consumed|had|got into|khayi|kha li)\s++"
    r"(?:(?:about|around|nearly|almost|approx\.?|roughly|maybe|over|more than|at least)\s++)?"
    r"(?P<count>\d++|many|lots of|a lot of|"
    r"all (?:of\s++)?(?:his|her|my|the|their)|(?:a|the|one) (?:whole |full |complete |entire )?"
    r"(?:strip|bottle|packet|pack|box|sheet) of|several|a handful of|some|a few|few)?"
    r"\s*+(?:of\s++)?"
    r"(?:[\w']++\s++){0,4}?(?:tablets?|pills?|capsules?|medicines?|goli(?:yan|yaan)?|gulikas?|gulikakal|"
    r"maathirai|mathirai)\b", re.I)
# One vocabulary for the counts of tablets the overdose readers below take: numbers in words (English and Hindi)
# and the units that make a number something else ("500 mg", "20 din se": a dose or a duration, not a count).
COUNT_WORDS: Final = {"ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
                      "fifty": 50, "das": 10, "bees": 20, "pandrah": 15, "barah": 12}
_COUNT = r"(?P<count>\d++|" + "|".join(COUNT_WORDS) + r")\b"
_NOT_A_COUNT = (r"(?!\s*+(?:mg|ml|g|kg|years?|yrs?|days?|mins?|minutes?|hours?|hrs?|weeks?|months?|"
                r"saal|sal|din|dino|dinon|hafte|mahine|mahina|baje|ghante)\b)")
# A count told after the tablets: "took some of her BP tablets, maybe ten", "swallowed pills, about 15 of them".
TRAILING_COUNT_RE: Final = rx.compile(
    r"[^.;!?\n]{0,40}?\b(?:maybe|about|around|nearly|almost|at least|approx\.?|like|roughly|some|probably|"
    r"lagbhag|kareeb|karib)?\s*+" + _COUNT + _NOT_A_COUNT, re.I)
# Hinglish puts the count first and the verb last: "BP wali 20 goli kha li", "neend ki 15 goliyan ek saath nigal
# gayi"; a count with no tablets word ("20 din se goli kha rahi") is a duration, and the verb must be perfective.
# (the count in words, or a range told as two counts, "pandrah-bees goliyan": the first read)
_HINDI_COUNT_WORDS: Final = "|".join(word for word in COUNT_WORDS if word.isalpha())
HINDI_OVERDOSE_RE: Final = rx.compile(
    r"\b(?P<count>\d++|" + _HINDI_COUNT_WORDS + r")" + _NOT_A_COUNT +
    r"(?:\s*+-\s*+(?:\d++|" + _HINDI_COUNT_WORDS + r")\b)?\s++"
    r"(?:[\w']++\s++){0,2}?(?:goli|goliyan|goliyaan|golian|golia|tablet|tablets|tablate|capsule|capsules)\s++"
    r"(?:[\w']++\s++){0,2}?(?:kha|khaa|nigal|nigl|le|gatak|gatka)\s*+(?:li|liya|lin|leen|lee|gaya|gayi|gai|gya|gyi|"
    # (Bhojpuri's and Maithili's perfectives: "kha lelak", "kha lihlas", "kha gail")
    r"lelak|lelai|lelkai|lihlas|lihalas|lihli|gail|gaili|gailas|gelai)\b"
    r"|\b(?P<count2>\d++)\s++(?:goli|goliyan|goliyaan|golian|tablet|tablets)\s++(?:khayi|khaayi|khaa\s++gayi|kha\s++gayi)\b"
    # the count told after the verb ("laal goliyan kha li 5-6", "goli kha gaya 4")
    r"|\b(?:goli|goliyan|goliyaan|golian|tablet|tablets)\s++(?:kha|khaa|nigal|nigl|gatak)\s*+"
    r"(?:li|liya|liye|gaya|gayi|gai|gya|gyi)\s++(?:\d++\s*+-\s*+)?(?P<count3>\d++)" + _NOT_A_COUNT +
    r"(?!\s*+(?:baar|bar|times|dafa|daffa|pm|am)\b)\b"
    # round 22: the count between the tablets and the verb ("dadi ki BP ki goliyan 5-6 kha li")
    r"|\b(?:goli|goliyan|goliyaan|golian|tablet|tablets)\s++(?:\d++\s*+-\s*+)?(?P<count4>\d++)\s++"
    r"(?:kha|khaa|nigal|nigl|gatak)\s*+(?:li|liya|liye|lin|gaya|gayi|gai|gya|gyi)\b",
    re.I)
# Tablets named by their drug, not called tablets: "20 paracetamol kha liye", "took 15 dolo" (drugs.drug_names), taken
# by an English verb before the count or a Hindi perfective after the name (named_drug_overdoses).
TAKEN_BEFORE_RE: Final = rx.compile(r"\b(?:took|taken|take|swallowed|ate|eaten|consumed|had|popped|overdosed on)"
                                    r"\s++(?:[\w']++\s++){0,2}?$", re.I)
TAKEN_AFTER_RE: Final = rx.compile(r"(?:\s++(?:ki|ke|wali|wale|goli|goliyan|tablet|tablets|ek|saath|sath|ikatthi|"
                                   r"maathirai|mathirai|maathiraiyum|mathiraigal)){0,3}"
                                   r"\s++(?:(?:kha|khaa|nigal|nigl|le|gatak|gatka)\s*+"
                                   r"(?:li|liya|liye|lin|leen|lee|gaya|gayi|gai|gaye|gya|gyi)"
                                   # Tamil: "20 paracetamol tablet pottukitta" (took), "saapitta" (ate), "muzhungitta"
                                   r"|(?:pottukitt|potukitt|saapitt|sapitt|muzhungit|vizhungit)[a-z]*+)\b", re.I)
# A count between the verb and the tablets, after a hedge: "took about 20 paracetamol tablets".
INNER_COUNT_RE: Final = rx.compile(r"\b" + _COUNT + _NOT_A_COUNT, re.I)
# Tablets taken on purpose (to die, after a quarrel): an overdose whatever the count (NICE CG16 self-harm).
DELIBERATE_RE: Final = rx.compile(
    r"\b(?:on purpose|deliberately|intentionally|purposely|purposefully|jaan\s?bujh\s?kar|jaan\s?boojh\s?kar|"
    r"to (?:die|kill (?:him|her|my)self|end (?:his|her|my) life)|wanted to die|wants to die|"
    r"marne ke liye|marna (?:hai|tha|chahti|chahta))\b", re.I)
# A child found by tablets gone from their strip or bottle ("4 tablets missing", "strip found open near the bed",
# "goliyan gayab"): a swallowing nobody saw is a child's ingestion (NICE, TOXBASE: one tablet of a grandparent's
# sugar, blood-pressure or heart medicine may kill a toddler), never told as taken.
CHILD_MISSING_TABLETS_RE: Final = rx.compile(
    r"\b(?:tablets?|pills?|capsules?|goli|goliyan|goliyaan)\s++(?:are\s++|were\s++|is\s++)?"
    r"(?:missing|gone|kam\s++hai|kam\s++hain|kam\s++thi|gayab|gaayab)\b"
    r"|\b(?:tablets?|pills?|capsules?|medicines?|goli|goliyon|dawai|dawa|dava)\s++(?:ki\s++|ka\s++|ke\s++)?"
    r"(?:strip|bottle|packet|pack|sheet|patta|dabba|dibba)\s++(?:was\s++|is\s++)?(?:found\s++|lying\s++|pada\s++|padi\s++)?"
    r"(?:open|opened|torn\s++open|khula|khuli|khula\s++hua|fata|phata)\b", re.I)
# A fistful of tablets swallowed ("mutthi bhar goliyan kha li", "goliyan mutthi bhar kha li"; the corrector may read
# "mutthi" as "mutthu"): the count of a handful, an overdose at any age, as OVERDOSE_RE's "a handful of"
_SWALLOWED_HI: Final = (r"(?:kha|khaa|nigal|nigl|gatak|gatka)\s*+(?:li|liya|liye|lin|leen|gaya|gayi|gai|gya|gyi|"
                        r"lihlas|lelak|lelai|gail|gaili)\b")  # the handful's verb, in Hindi, Bhojpuri or Maithili
HANDFUL_RE: Final = rx.compile(
    r"\b(?:mutthi|mutthu|muththi|mutthee|muthi|mutthiyan)\s++bhar\s++(?:[\w']++\s++){0,2}?"
    r"(?:goli|goliyan|goliyaan|golian|tablet|tablets|dawai|dawa)\s++(?:ek\s++saath\s++|ek\s++sath\s++)?"
    + _SWALLOWED_HI +
    r"|\b(?:goli|goliyan|goliyaan|golian|tablet|tablets)\s++(?:mutthi|mutthu|muththi|mutthee|muthi)\s++bhar\s++"
    r"(?:ek\s++saath\s++)?" + _SWALLOWED_HI, re.I)
CHILD_INGESTION_VERBS: Final = frozenset({"swallowed", "ate", "eaten", "got into", "consumed"})
OVERDOSE_MIN_TABLETS: Final = 8


def tablet_overdoses(text: str, child: bool) -> list[tuple[int, int]]:
    """Character spans of tablets taken that make an overdose: counted before the tablets word ("took 20 tablets",
    OVERDOSE_RE) or in Hindi word order ("20 goli kha li", HINDI_OVERDOSE_RE), in that order of reading; a child's
    swallowed pills, whatever the count, and a child's tablets found missing (CHILD_MISSING_TABLETS_RE)."""
    spans = []
    for match in OVERDOSE_RE.finditer(text):
        count, verb = (match.group("count") or "").lower(), match.group("verb").lower()
        if count in {"", "some", "a few", "few"}:
            trailing = TRAILING_COUNT_RE.match(text, match.end())
            if trailing is not None:
                told = trailing.group("count").lower()
                count = str(COUNT_WORDS.get(told, told))
        if count in {"", "some", "a few", "few"}:  # "took about 20 paracetamol tablets": the count inside the span
            inside = INNER_COUNT_RE.search(match.group(0))
            if inside is not None:
                count = str(COUNT_WORDS.get(inside.group("count").lower(), inside.group("count")))
        if DELIBERATE_RE.search(_sentence_around(text, match.start(), match.end())):
            overdose = True  # tablets taken on purpose, after a quarrel or to die: any count is an overdose
        elif count.isdigit():
            overdose = int(count) >= OVERDOSE_MIN_TABLETS or child
        elif count in {"", "some", "a few", "few"}:
            overdose = child and verb in CHILD_INGESTION_VERBS
        else:
            overdose = True
        if overdose:
            spans.append((match.start(), match.end()))
    if child:
        spans.extend((match.start(), match.end()) for match in CHILD_MISSING_TABLETS_RE.finditer(text))
    for match in HINDI_OVERDOSE_RE.finditer(text):
        told = (match.group("count") or match.group("count2") or match.group("count3")
                or match.group("count4")).lower()
        if _overdose_count(int(COUNT_WORDS.get(told, told)), child):
            spans.append((match.start(), match.end()))
    spans.extend((match.start(), match.end()) for match in HANDFUL_RE.finditer(text))
    return spans


def _overdose_count(count: int, child: bool) -> bool:
    """Tablets counted in Hindi word order or by their drug's name that make an overdose: OVERDOSE_MIN_TABLETS, or two
    for a child."""
    return count >= OVERDOSE_MIN_TABLETS or (child and count >= 2)


# A whole pack of a named drug is a count of its own ("swallowed a full strip of paracetamol 650", "took two strips of
# dolo"): a strip holds 10-15 tablets, OVERDOSE_MIN_TABLETS or more.
_PACK = (r"(?P<pack>(?:(?:a|the|one|two|three|\d++)\s++)(?:(?:whole|full|complete|entire)\s++)?"
         r"(?:strips?|bottles?|packets?|packs?|box|boxes|sheets?)\s++of)")
# A pack taken as a course, day by day ("finished a strip of dolo over 5 days for the fever"), is no overdose.
COURSE_RE: Final = rx.compile(r"\b(?:over|in|across|during|for)\s++(?:the\s++)?(?:last\s++|past\s++)?"
                              r"(?:\d++|a|one|two|three|four|five|few|several)\s*+(?:days?|weeks?|months?)\b", re.I)


@cache
def _named_drug_count_re() -> re.Pattern:
    """A count or a whole pack, then a drug named by one of drugs.drug_names ("20 paracetamol", "a strip of dolo")."""
    return rx.compile(r"\b(?:" + _COUNT + _NOT_A_COUNT + "|" + _PACK + r")\s++(?:(?:of|ki|ke)\s++)?"
                      r"(?:(?:his|her|my|the|their|uski|uske|apni|apne)\s++)?"
                      r"(?P<drug>" + "|".join(sorted(drug_names(), key=len, reverse=True)) + r")s?\b", re.I)


@cache
def _named_drug_pack_hindi_re() -> re.Pattern:
    """A named drug's whole pack in Hindi word order, the taking told after it ("dolo ka poora patta kha liya")."""
    return rx.compile(r"\b(?:" + "|".join(sorted(drug_names(), key=len, reverse=True)) + r")s?\s++"
                      r"(?:(?:ki|ka|ke)\s++)?(?:(?:goli|goliyon|tablet)\s++(?:ka|ki|ke)\s++)?"
                      r"(?:poora|pura|puraa|saara|sara|ek|do|teen)\s++(?:patta|pattaa|patte|strip|packet|dabba|dibba)",
                      re.I)


def named_drug_overdoses(text: str, child: bool) -> list[tuple[int, int]]:
    """Character spans of tablets counted by their drug's name and taken: "took 15 dolo", "20 paracetamol kha liye"
    (an overdose from OVERDOSE_MIN_TABLETS, or two for a child, or any number taken on purpose), and a whole pack of
    it swallowed at once ("a full strip of paracetamol", not one finished over days: COURSE_RE)."""
    spans = []
    for match in _named_drug_count_re().finditer(text):
        after = TAKEN_AFTER_RE.match(text, match.end())
        if after is None and TAKEN_BEFORE_RE.search(text, max(0, match.start() - 40), match.start()) is None:
            continue
        end = after.end() if after is not None else match.end()
        sentence = _sentence_around(text, match.start(), end)
        if match.group("pack"):
            overdose = COURSE_RE.search(sentence) is None
        else:
            told = match.group("count").lower()
            overdose = _overdose_count(int(COUNT_WORDS.get(told, told)), child)
        if overdose or DELIBERATE_RE.search(sentence):
            spans.append((match.start(), end))
    for match in _named_drug_pack_hindi_re().finditer(text):
        after = TAKEN_AFTER_RE.match(text, match.end())
        if after is not None and COURSE_RE.search(_sentence_around(text, match.start(), after.end())) is None:
            spans.append((match.start(), after.end()))
    return spans


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end] (split at . ; ! ? and new lines)."""
    left = max(text.rfind(mark, 0, start) for mark in ".;!?\n")
    rights = [i for i in (text.find(mark, end) for mark in ".;!?\n") if i != -1]
    return text[left + 1:min(rights) if rights else len(text)]
