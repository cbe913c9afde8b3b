"""How long each symptom has lasted: durations found in the text ("for 2 days", "2 din se", "since yesterday",
"every month") and given to the symptoms they qualify, with their length in days and what they say in no language
(texts.duration_label words that for the card)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Final, NamedTuple

from spacy.tokens import Doc

from .. import rx
from .context import doc_text, lowers, segment_ids
from .cues import PRE_CUES
from .signs_kashmiri import NUMBERS as KASHMIRI_NUMBERS

if TYPE_CHECKING:
    from .extract import Mention

# States a duration can be said of ("pregnant for 7 months", "diabetic since 10 years"): the duration is theirs.
DURATION_OWNERS: Final = frozenset({
    "pregnant", "pregnancy", "preg", "garbh", "garbhvati", "garbhwati", "gestation", "gravid", "diabetic", "diabetes",
    "hypertensive", "hypertension", "asthmatic", "epileptic", "smoker", "smoking", "married", "marriage",
    # round 17: a working day's hours ("standing 12 hrs", "12 hour shift", "duty 10 hours") are the job's
    "standing", "shift", "duty"})
OWNER_LINKS: Final = frozenset({"is", "been", "now", "already"})  # "pregnant now 7 months"
RECURRENT_DAYS: Final = 30.0  # "every month", "each morning": a recurring, not a new, complaint
# Recurrences by the month or the year ("every month" of period cramps, "every year" of hay fever): each episode is
# short and comes back, unlike a daily one's (conditions.periodic: no length of the episode is read in them)
PERIODIC_RECURRENCES: Final = frozenset({"month", "year"})
# Words that start a newer episode than a duration said before them ("2 din se bukhar, aaj jhatke"); "this morning"
# too. Not "night" or "morning" alone: "cough at night for 2 weeks" is a cough of two weeks.
EPISODE_WORDS: Final = frozenset({"now", "today", "aaj", "abhi", "ab", "currently", "presently", "tonight",
                                  "yesterday"})
# A time point said beside a symptom gives it a time of its own ("fever today and cough for 3 weeks", "aaj bukhar aur
# 3 hafte se khansi", "last night fever, cough for 2 weeks"): it takes no duration told of another symptom. Said
# before or after the symptom, within ANCHOR_REACH words of it and with no joining word between.
ANCHOR_WORDS: Final = frozenset({"today", "aaj", "yesterday", "kal", "tonight", "abhi"})
ANCHOR_PAIRS: Final = frozenset({("last", "night"), ("this", "morning"), ("this", "evening"), ("this", "afternoon"),
                                 ("just", "now"), ("kal", "raat"), ("earlier", "today")})
# "now" before a list ("had TB as a child, now cough and fever for 3 weeks") tells the whole list is present; after
# one symptom ("fever now and cough for 3 weeks") it times that symptom alone.
TRAILING_ANCHORS: Final = frozenset({"now", "currently", "ab"})
ANCHOR_REACH: Final = 3
# Words that join the items of a list of symptoms ("fever today and cough for 3 weeks"): a duration inside an item
# is that item's own. A negation cue starts an item too ("cold since 3 days no breathing problem").
ITEM_JOINERS: Final = frozenset({"and", "aur", "&", "+", "plus", "with", "saath", "also", "bhi", "tatha", "evam"})

NUMBER_WORDS: Final = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "few": 3,
    "a few": 3, "couple of": 2, "a couple of": 2, "several": 4, "many": 5, "half": 0.5, "ek": 1, "do": 2,
    "teen": 3, "char": 4, "chaar": 4, "paanch": 5, "panch": 5, "chhe": 6, "che": 6, "saat": 7, "aath": 8, "nau": 9,
    "das": 10, "be": 2, "tran": 3,  # Gujarati "be divas" (two days), "tran mahina"
    "hek": 1,  # Kutchi "hek varh" (one year)
    "chhav": 6, "chhah": 6,  # round 22: Bhojpuri "chhav saal pahile" (six years ago)
    "ik": 1, "tinn": 3, "panj": 5,  # Punjabi "ik saal ton" (for a year), "tinn din"
    "dui": 2, "tini": 3,  # Odia "dui dina" (two days), "tini masa"
    **KASHMIRI_NUMBERS,  # Kashmiri "zeh doh pyeth" (for two days)
}
_UNIT_DAYS: Final = (
    (r"min(?:ute)?s?|minat|minit", 1 / 1440), (r"h(?:ou)?rs?|h|ghante|ghanta|ghonta|kalak", 1 / 24),
    (r"days?|d|nights?|din|dino|dinon|divas|dihaade|dina|doh|dohan", 1),
    (r"weeks?|wks?|w|hafte|hafta|haftay|haphte|haphta|soptaho|shoptaho|soptah|athvadiya|athvadiyu|athvadiye|haftan"
     r"|vaaram|vaaralu|vaaraala", 7),
    (r"months?|mths?|mo|mahine|mahina|mahino|masa|mas|maas|mash|reth|rethan"
     r"|nela|nelalu|nelala", 30),  # Telugu "2 nelala nundi" (for two months)
    (r"years?|yrs?|y|saal|sal|varas|varsh|varh|baras|barsha|barsa|bochhor|bachhar|bochor|bosor|warih|wuhur"
     r"|samvatsaram|samvatsaralu|samvatsaraala", 365),
)
# The Hindi words of the units as they are typed, and as Devanagari reads in Latin letters ("हफ्ते" haphte, "मिनट"
# minat): words of the checker's, which the spelling corrector must leave as they are ("घंटे" is not "ghat").
UNIT_WORDS: Final = ("minat", "ghante", "ghanta", "ghanton", "din", "dino", "dinon", "hafte", "hafta", "haftay",
                     "haphte", "haphta", "mahine", "mahina", "mahino", "saal", "sal", "saalon", "divas",
                     "varas", "varsh", "dina", "masa", "barsha", "barsa", "bochhor", "bachhar",
                     "ghonta", "soptaho", "shoptaho", "soptah", "mas", "maas", "mash", "bochor", "bosor",
                     "kalak", "minit", "varh", "athvadiya", "athvadiyu", "athvadiye")  # Gujarati hour, minute, week
_NUMBER_ALTERNATIVES = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
_NUM = r"(?P<num{}>\d++(?:\.\d++)?|" + _NUMBER_ALTERNATIVES + ")"
_UNIT = r"(?P<unit{}>" + "|".join(u for u, _ in _UNIT_DAYS) + r")"
_GAP = r"(?:(?<=\d)\s*+-?\s*+|\s++|\s*+-\s*+)"  # "3d", "3-day", but "a week" needs the space
_POINTS: Final = {"yesterday": 1, "last night": 1, "this morning": 0.5, "morning": 0.5, "today": 0.5, "tonight": 0.3,
                  "evening": 0.3, "afternoon": 0.3, "last week": 7, "last month": 30, "kal": 1, "kal raat": 1,
                  "subah": 0.5, "raat": 0.5, "shaam": 0.3, "birth": None, "childhood": None, "an hour": 1 / 24,
                  "aaj": 0.5, "kaal": 1, "aaj subah": 0.5, "aaj raat": 0.3, "aaj shaam": 0.3, "kal subah": 1,
                  "kal shaam": 1,
                  # round 21: the day before yesterday ("parso se", Bhojpuri "parsu se")
                  "parso": 2, "parson": 2, "parsu": 2, "parsun": 2,
                  # round 22: the afternoon and the dawn ("aaj dopahar se", Bhojpuri "aaj bhor se")
                  "this afternoon": 0.3, "dopahar": 0.3, "aaj dopahar": 0.3, "kal dopahar": 1, "bhor": 0.5, "aaj bhor": 0.5}
_POINT = "|".join(sorted((re.escape(p) for p in _POINTS), key=len, reverse=True))
DURATION_RE: Final = rx.compile(
    r"\b(?:for|since|from|past|last|over|in the last|in the past|x|×|of)\s++(?:the\s++)?(?:last\s++|past\s++)?"
    r"(?:over\s++|more than\s++|about\s++|almost\s++|nearly\s++|around\s++|approx\.?\s++)?"
    + _NUM.format(1) + _GAP + _UNIT.format(1)
    + r"\b(?:\s++(?:ago|back|now))?"
    r"|\b" + _NUM.format(2) + _GAP + _UNIT.format(2)
    + r"\b(?!\s*+-?\s*+(?:old|ka\b|ki\b|ke\b|pregnant|of pregnancy|gestation|mahino\b|"  # Gujarati "8mo mahino"
    r"cholche|cholchhe|chalchhe|er pet|er gorbho|er pregnant|"  # Bengali "7 mas cholche": the 7th month running
    r"por\b|pore\b|baad\b|"  # Bengali "3-4 din por hoy" (it comes after 3-4 days): how often, not how long
    # round 18: the months of a pregnancy in Punjabi and Telugu ("4 mahine di pregnant", "5 mahine pet naal",
    # "6 months garbham")
    r"d[ia]\s++(?:pregnant|pet\b|garbh)|pet\s++naa?l\b|garbham\b))"
    r"(?:\s++(?:ago|back|now|se|tak|pehle|pahle|thi|su|hela|le|ru|pyeth|peth|brounh))?"
    r"|\bx\s*+(?P<xnum>\d++)\s*+(?P<xunit>d|days?|w|wks?|weeks?|h|hrs?)\b"
    r"|\b(?P<slash>\d{1,2})/(?P<den>7|52|12)\b"
    r"|\b(?:since|from)\s++(?:the\s++)?(?P<point>" + _POINT + r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    r"|\b(?P<hpoint>(?:aaj|kal) (?:subah|raat|shaam|dopahar)|aaj bhor|kal|kaal|aaj|subah|raat|shaam|dopahar|bhor"
    r"|parso|parson|parsu|parsun)"
    r"\s++(?:se|thi|su)\b"
    r"|\b(?:for|since)\s++(?P<vague>days|weeks|months|years|ages|a long time|a while)\b"
    r"|\b(?:kaafi|bahut|kai)\s++(?P<hvague>din|dino|dinon|mahino|saal)\s++se\b"
    # "for years/months" alone
    r"|\b(?P<hlong>saalon|salon|saalo|barson|barso|varshon|varsho|mahinon|mahino)\s++(?:se|thi|su)\b"
    # one month or one year told by its unit alone: Punjabi "saal ton", "mahine ton", Hindi "saal bhar se", "mahina
    # bhar se", Marathi "mahinyapasun", "varshapasun" (since a month, a year)
    r"|\b(?P<bare>saal|sal|mahine|mahina|mahiney|varsh)\s++(?:bhar\s++)?(?:ton|se|thi|rehndi|rehnda|rehti|rehta|chaldi|chalda|chalti|chalta)\b"
    # an old complaint: "kabz purani hai" (the constipation is old)
    r"|\b(?P<old>purani|purana|puraani|puraana)\s++(?:hai|he|h|aa|ae)\b"
    r"|\b(?P<bare_mr>mahinyapasun|mahinyapasoon|varshapasun|varshapasoon)\b"
    # Odia "barsheka hela", "masek hela": it has been about a year, a month
    r"|\b(?P<hlong_or>barsheka|barseka|barsha|masek|maseka)\s++hela\b"
    r"|\b(?:every|each)\s++(?P<recurrent>month|week|day|night|morning|evening|year)\b|\bmonthly\b",
    re.IGNORECASE,
)


# Symptoms that come as events, each of its own time: one does not take a duration said before it for another part
# of the clause (a seizure "for 3 days" reads as days of fitting)
EVENTS: Final = frozenset({"seizure", "fainting", "loss of consciousness"})


def apply_durations(doc: Doc, mentions: Sequence[Mention], clauses: list[int],
                    exclude: Sequence[tuple[int, int]] = (), age_years: float | None = None) -> None:
    """Attach each duration to the mentions it qualifies; ``exclude`` spans (ages) are skipped, and so is a bare
    "4 yr" (no "for", "since") that is the patient's ``age_years``: "4 yr wheezy since evening" is a child of four.

    A duration belongs to the symptoms of its own comma-separated part when it has one: after them in English order
    ("fever for 2 days and cough for a week"), before them in Hindi order ("2 din se bukhar aur 1 hafte se khansi"),
    whichever reading leaves fewer durations unused (English order when equal); but a duration inside a symptom's
    own item of a list (between joining words) is that symptom's whatever the reading ("3 hafte se khansi aur bukhar
    kal se"), and one said before a later symptom is not shared back ("peshab mein jalan aur aaj se sust"). A part
    without one takes its clause's: the next after it ("fever, cough and cold for 3 days"), or, in a clause that
    begins with a duration, the last before it ("since 3 days fever, cough"). Never across a word that starts a
    newer episode: "2 din se bukhar, aaj subah jhatke" gives the fits no two days, "he drinks every day, now
    vomiting" no daily vomiting; and never to a symptom timed by a word of its own from another symptom ("fever
    today and cough for 3 weeks", "aaj bukhar aur 3 hafte se khansi", "last night fever, headache for 10 days")."""
    text = doc_text(doc)
    excluded = bytearray(len(text) + 1)
    for start, end in exclude:
        excluded[start:end] = b"\x01" * (end - start)
    lowered = lowers(doc)
    spans = []
    for match in DURATION_RE.finditer(text):
        if any(excluded[match.start():match.end()]) or _is_age(match, age_years) or _is_time_point(text, match):
            continue
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None and not _owned_by_state(lowered, span.start, span.end):
            spans.append(_Duration(span.start, span.end, match.group(0).strip(), duration_days(match),
                                   duration_key(match)))
    if not spans:
        return
    segments = segment_ids(doc)
    breaks = [0]  # breaks[i]: words before token i that start a newer episode
    for i, word in enumerate(lowered):
        episode = word in EPISODE_WORDS or (word == "morning" and i > 0 and lowered[i - 1] == "this")
        breaks.append(breaks[-1] + episode)
    segment_end = {segment: i + 1 for i, segment in enumerate(segments)}
    grouped_by_clause: dict[int, list[_Duration]] = {}
    grouped_by_segment: dict[int, list[_Duration]] = {}
    for found in spans:
        grouped_by_clause.setdefault(clauses[found.start], []).append(found)
        grouped_by_segment.setdefault(segments[found.start], []).append(found)
    by_clause = {k: _Durations.of(v) for k, v in grouped_by_clause.items()}
    by_segment = {k: _Durations.of(v) for k, v in grouped_by_segment.items()}
    waiting = sorted((m for m in mentions if m.duration is None), key=lambda m: m.token_start)
    first_in_clause: dict[int, int] = {}
    mentions_of: dict[int, list[Mention]] = {}
    for mention in waiting:
        first_in_clause.setdefault(clauses[mention.token_start], mention.token_start)
        mentions_of.setdefault(segments[mention.token_start], []).append(mention)
    items = _Items.of(lowered, segments, spans, waiting, breaks)
    chosen: list[tuple[Mention, _Duration | None]] = []
    for segment, in_segment in mentions_of.items():
        own = by_segment.get(segment)
        if own:
            after = [(m, own.nearest(m, before=False)) for m in in_segment]
            before = [(m, d if d is not None and breaks[m.token_start] == breaks[d.end] else None)
                      for m in in_segment for d in (own.nearest(m, before=True),)]
            reading = before if _used(before) > _used(after) else after
            # the reading's durations given within their own item ("dry cough 3 weeks after a cold": the cough's)
            taken = {id(d) for m, d in reading if d is not None and items.ids[d.start] == items.ids[m.token_start]}
            for mention, found in reading:
                owned = items.owned(mention)
                if owned is not None and (found is not None or id(owned) not in taken):
                    found = owned
                elif found is not None and not items.shares(found, mention):
                    found = None
                chosen.append((mention, found))
            continue
        clause = clauses[in_segment[0].token_start]
        durations = by_clause.get(clause)
        if not durations:
            continue
        leading = durations.starts[0] < first_in_clause[clause]
        for mention in in_segment:
            if leading and mention.name in EVENTS:
                continue  # "3 din se bukhar, jhatke aa rahe": the fever's three days are not three days of fits
            found = durations.nearest(mention, before=leading)
            if found is None or (mention.token_start in items.anchored and not items.shares(found, mention)):
                continue
            a, b = (found.end, mention.token_start) if leading else (segment_end[segment], found.start)
            if breaks[max(a, b)] == breaks[min(a, b)]:
                chosen.append((mention, found))
    for mention, found in chosen:
        if found is not None:
            mention.duration, mention.duration_days, mention.duration_key = found.text, found.days, found.key


class _Items(NamedTuple):
    """The items of the lists of symptoms: comma-separated parts further split at joining words ("fever today |
    and cough for 3 weeks"), with the durations and the mentions in each."""

    ids: list[int]  # item of each token
    durations: dict[int, list[_Duration]]
    mentions: dict[int, list[Mention]]
    anchored: frozenset[int]  # token starts of the mentions timed by a word of their own ("fever today")
    breaks: list[int]

    @classmethod
    def of(cls, lowered: list[str], segments: list[int], spans: list[_Duration], mentions: list[Mention],
           breaks: list[int]) -> _Items:
        ids, current = [], 0
        for i, word in enumerate(lowered):
            if word in ITEM_JOINERS or word in PRE_CUES or (i and segments[i] != segments[i - 1]):
                current += 1
            ids.append(current)
        durations: dict[int, list[_Duration]] = {}
        for found in spans:
            durations.setdefault(ids[found.start], []).append(found)
        in_item: dict[int, list[Mention]] = {}
        for mention in mentions:
            in_item.setdefault(ids[mention.token_start], []).append(mention)
        return cls(ids, durations, in_item, _anchored(lowered, ids, mentions), breaks)

    def owned(self, mention: Mention) -> _Duration | None:
        """The one duration of the mention's own item, with no newer episode between them ("3 hafte se khansi aur
        bukhar kal se": each its own; "2 din se bukhar aaj jhatke": the fits have none)."""
        found = self.durations.get(self.ids[mention.token_start], ())
        if len(found) != 1:
            return None
        duration, breaks = found[0], self.breaks
        if duration.end <= mention.token_start:
            unbroken = breaks[duration.end] == breaks[mention.token_start]
        else:
            unbroken = breaks[mention.token_end] == breaks[max(mention.token_end, duration.start)]
        return duration if unbroken else None

    def shares(self, found: _Duration, mention: Mention) -> bool:
        """Whether a duration of another item is the mention's too: one that ends its item after the list ("fever
        and cough for 3 days"), or leads its item before it ("2 din se bukhar aur khansi"); not one said before a
        later symptom ("peshab mein jalan aur aaj se sust"). A mention timed by a word of its own takes only a
        duration that goes on telling of it ("jhatke aa rahe abhi, 10 min se ruk nahi rahe"): after it, with no
        symptom between or beside it."""
        others = [m for m in self.mentions.get(self.ids[found.start], ()) if m is not mention]
        if mention.token_start in self.anchored:
            return found.start >= mention.token_end and not others and not any(
                mention.token_end <= m.token_start < found.start for ms in self.mentions.values() for m in ms)
        if found.start >= mention.token_end:
            return all(m.token_start < found.start for m in others)
        return all(m.token_start >= found.end for m in others)


def _anchored(lowered: list[str], items: list[int], mentions: list[Mention]) -> frozenset[int]:
    """Token starts of the mentions with a time point of their own beside them in their item ("fever today", "aaj
    bukhar", "last night fever", "bukhar abhi")."""
    found = set()
    for mention in mentions:
        item, start, end = items[mention.token_start], mention.token_start, mention.token_end
        for i in range(max(0, start - ANCHOR_REACH), min(len(lowered), end + ANCHOR_REACH)):
            if start <= i < end or items[i] != item:
                continue
            word, following = lowered[i], lowered[i + 1] if i + 1 < len(lowered) else ""
            if word in ANCHOR_WORDS or (word, following) in ANCHOR_PAIRS or (word in TRAILING_ANCHORS and i >= end):
                found.add(start)
                break
    return frozenset(found)


def _used(reading: list[tuple[Mention, _Duration | None]]) -> int:
    """How many of the durations a reading gives out."""
    return len({d for _, d in reading if d is not None})


def _is_age(match: re.Match, age_years: float | None) -> bool:
    """A bare number of years or months (no "for", "since") equal to the patient's age: the age, written first."""
    if age_years is None or not match.group("num2") or match.group(0).lower().endswith((" se", " tak")):
        return False
    days, unit = duration_days(match), _unit_days(match.group("unit2"))
    return unit >= 30 and days is not None and abs(days - age_years * 365) <= unit / 2


def _is_time_point(text: str, match: re.Match) -> bool:
    """A bare number of weeks or years after "at": when something happened, not how long ("at 30 wks c/o headache"
    is a pregnancy of thirty weeks, "fits at 2 years" an age)."""
    before = text[max(0, match.start() - 4):match.start()].lower()
    return bool(match.group("num2")) and before.endswith("at ") and (len(before) < 4 or not before[0].isalnum())


class _Duration(NamedTuple):
    start: int  # token span
    end: int
    text: str
    days: float | None
    key: DurationKey | None


class _Durations(NamedTuple):
    """Durations in text order, with their token starts and ends for bisection."""

    items: list[_Duration]
    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, items: list[_Duration]) -> _Durations:
        return cls(items, [d.start for d in items], [d.end for d in items])

    def nearest(self, mention: Mention, *, before: bool) -> _Duration | None:
        """The last duration ending before the mention (``before``), or the first starting after its start (one
        its wording runs into counts: "no poo for 3 days" is read "no poo for" + "for 3 days")."""
        if before:
            at = bisect.bisect_right(self.ends, mention.token_start) - 1
            return self.items[at] if at >= 0 else None
        at = bisect.bisect_right(self.starts, mention.token_start)
        return self.items[at] if at < len(self.items) else None


def _owned_by_state(lowered: list[str], start: int, end: int) -> bool:
    """A duration said of a state, not a symptom: "pregnant for 7 months", "7 months pregnancy", "diabetic since 10
    years". It is the pregnancy's or the disease's, and must not make the headache said next seven months old."""
    before = start - 1
    if before >= 0 and lowered[before] in OWNER_LINKS:
        before -= 1
    return (before >= 0 and lowered[before] in DURATION_OWNERS) or (end < len(lowered)
                                                                    and lowered[end] in DURATION_OWNERS)


def duration_days(match: re.Match) -> float | None:
    """Length in days of a DURATION_RE match, when it can be told."""
    groups = match.groupdict()
    for n in ("1", "2"):
        if groups.get("num" + n):
            return _number(groups["num" + n]) * _unit_days(groups["unit" + n])
    if groups.get("xnum"):
        return float(groups["xnum"]) * _unit_days(groups["xunit"])
    if groups.get("slash"):
        return float(groups["slash"]) * {"7": 1, "52": 7, "12": 30}[groups["den"]]
    if groups.get("point") or groups.get("hpoint"):
        point = (groups.get("point") or groups.get("hpoint")).lower()
        return _POINTS.get(point, 3.0)  # "since Monday": a few days
    if groups.get("recurrent") or match.group(0).lower() == "monthly":
        return RECURRENT_DAYS
    if groups.get("hlong"):
        return 60 if groups["hlong"].lower().startswith("mahin") else 365
    if groups.get("hlong_or"):
        return 30 if groups["hlong_or"].lower().startswith("mas") else 365
    if bare := groups.get("bare") or groups.get("bare_mr"):
        return 30 if bare.lower().startswith("mahin") else 365
    if groups.get("old"):
        return 365
    if groups.get("vague") or groups.get("hvague"):
        word = (groups.get("vague") or groups.get("hvague")).lower()
        return {"days": 3, "din": 3, "dino": 3, "dinon": 3, "weeks": 14, "months": 60, "mahino": 60}.get(word, 365)
    return None


# What a duration says, whatever the language it was said in (texts.duration_label words it for the card):
# ("for", 2.0, "day") for "2 din se" or "for 2 days"; ("since", "yesterday"); ("every", "month");
# ("long", "year") for "saalon se".
DurationKey = tuple
_UNIT_NAMES: Final = {1 / 1440: "minute", 1 / 24: "hour", 1: "day", 7: "week", 30: "month", 365: "year"}
_VAGUE_UNITS: Final = {"days": "day", "din": "day", "dino": "day", "dinon": "day", "weeks": "week", "months": "month",
                       "mahino": "month", "years": "year", "saal": "year"}
_SLASH_UNITS: Final = {"7": "day", "52": "week", "12": "month"}


def duration_key(match: re.Match) -> DurationKey | None:
    """What a DURATION_RE match says, as a DurationKey; None when it cannot be told."""
    groups = match.groupdict()
    for n in ("1", "2"):
        if groups.get("num" + n):
            return ("for", _number(groups["num" + n]), _UNIT_NAMES[_unit_days(groups["unit" + n])])
    if groups.get("xnum"):
        return ("for", float(groups["xnum"]), _UNIT_NAMES[_unit_days(groups["xunit"])])
    if groups.get("slash"):
        return ("for", float(groups["slash"]), _SLASH_UNITS[groups["den"]])
    if groups.get("point") or groups.get("hpoint"):
        return ("since", " ".join((groups.get("point") or groups.get("hpoint")).lower().split()))
    if groups.get("recurrent") or match.group(0).lower() == "monthly":
        return ("every", (groups.get("recurrent") or "month").lower())
    if groups.get("hlong"):
        return ("long", "month" if groups["hlong"].lower().startswith("mahin") else "year")
    if groups.get("hlong_or"):
        return ("long", "month" if groups["hlong_or"].lower().startswith("mas") else "year")
    if bare := groups.get("bare") or groups.get("bare_mr"):
        return ("for", 1.0, "month" if bare.lower().startswith("mahin") else "year")
    if groups.get("old"):
        return ("long", "year")
    if groups.get("vague") or groups.get("hvague"):
        return ("long", _VAGUE_UNITS.get((groups.get("vague") or groups.get("hvague")).lower()))
    return None


def _number(text: str) -> float:
    text = text.lower()
    return float(text) if text[0].isdigit() else float(NUMBER_WORDS.get(text, 1))


@cache
def _unit_days(unit: str) -> float:
    for pattern, days in _UNIT_DAYS:
        if re.fullmatch(pattern, unit, re.IGNORECASE):
            return days
    return 1.0
