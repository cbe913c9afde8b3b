"""Episodes told over, the patient well again after them: a fit ("bukhar me jhatke aaye, 2 minute, ab khel raha",
"one fit this morning, now completely normal, talking") and a stroke's sign that went away ("her right hand became
weak and she couldn't talk properly, then it became normal; now she is fine"). Each such mention is flagged
EPISODE_OVER; mimics.py judges the picture (a fit over is seen today for its cause, a transient ischaemic attack is
seen today), the emergency rules leave it to them.

A fit is over only when it was one fit and a short one: fits told again and again ("2 baar", "back to back") or for
five minutes or more (status epilepticus begins at five) stay the convulsions rule's, whatever is told after them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from spacy.tokens import Doc

from .. import rx
from .context import doc_text, sentence_ids

if TYPE_CHECKING:
    from .extract import Mention

EPISODE_OVER_FLAG: Final = "episode_over"
# The episodes that end: a fit, and what a stroke shows (BE-FAST) or a transient ischaemic attack leaves for minutes
EPISODE_NAMES: Final = frozenset({"seizure", "loss of consciousness", "weakness", "slurred speech", "facial droop",
                                  "numbness", "blurred vision", "confusion"})
# The patient back to what he was doing, told after the episode: the child at play or the feed again, the patient
# talking or walking, "completely normal", the sign "became normal" ("ab khel rha, doodh pee rha", "biscuit kha
# rahi", "now fully alert and talking", "then it became normal"). A fit needs this much: "now alert" or "ab theek"
# alone may be a drowsy child's after a fit, still an emergency.
_NOT_AFTER = r"(?!\s++(?:\w++\s++)?(?:nahi|nhi|nai|nahin)\b)"
BACK_TO_ACTIVITY: Final = (
    r"\b(?:ab|abhi)\s++(?:(?!bhi\b|tak\b|nahi\b|nhi\b|nai\b)\w++\s++){0,2}?(?:khel|bol|baat|hans|has|muskura|chal|"
    r"doodh|dudh|khana|khaana)\w*+" + _NOT_AFTER
    + r"|\bkhel\s++(?:raha|rahi|rahe|rha|rhi)\b" + _NOT_AFTER
    # food or drink taken again ("biscuit kha rahi", "doodh pee rha"), not fits "had" ("jhatke kha rahi")
    + r"|\b(?:doodh|dudh|khana|khaana|biscuit|roti|paani|pani|chai|daal|dal|chawal|rice|feed)\s++"
    r"(?:(?!nahi\b|nhi\b|nai\b|nahin\b|na\b)\w++\s++)?(?:kha|pee|pi|le)\w*+\s++(?:raha|rahi|rahe|rha|rhi|liya|li|liye)\b"
    r"|\bnow\s++(?:(?!not\b|still\b)\w++\s++){0,3}?(?:playing|feeding|eating|talking|walking|smiling|drinking|"
    r"sucking|breastfeeding|sitting)\b"
    r"|\b(?:completely|fully|totally|perfectly)\s++(?:normal|fine|well)\b"
    r"|\b(?:became|become|becomes|came\s++back\s++to|returned\s++to|is\s++back\s++to|was\s++back\s++to|back\s++to)\s++"
    r"(?:completely\s++|fully\s++|totally\s++|quite\s++|his\s++|her\s++)?(?:normal|usual\s++self|old\s++self)\b"
    r"|\brecovered\s++(?:fully|completely)\b|\bfully\s++recovered\b"
    r"|\b(?:went|gone|goes)\s++(?:away\s++)?(?:by\s++itself|on\s++its\s++own)\b")
ACTIVE_RE: Final = rx.compile(BACK_TO_ACTIVITY, re.I)
# Or well again in any words, for a stroke's sign that went away ("now she is fine", "theek ho gaya", "ab bilkul
# normal"); not the words of consciousness come back ("woke up", "hosh aaya"): "face uneven since he woke up" is the
# hour a stroke was found, no sign gone
RECOVERED_RE: Final = rx.compile(
    r"\b(?:ab|abhi|phir|fir|baad\s++(?:me|mein)|thodi\s++der\s++(?:me|mein|baad))\s++"
    r"(?:(?!bhi\b|tak\b|nahi\b|nhi\b)\w++\s++){0,2}?(?:theek|thik|normal|sahi)\b" + _NOT_AFTER
    + r"|\b(?:theek|thik|normal)\s++ho\s++(?:gayi|gaya|gai|gya|gyi|gaye|gae)\b"
    r"|\bnow\s++(?:(?!not\b|still\b)\w++\s++){0,2}?(?:fine|ok|okay|alright|normal|well|better)\b"
    r"|(?<!not )\b(?:fine|ok|okay|alright|normal)\s++now\b|" + BACK_TO_ACTIVITY, re.I)
# More than one fit, or a long one: "2 baar jhatke", "fits again and again", "3 fits", "kai baar"
REPEATED_FITS_RE: Final = rx.compile(
    r"\b(?:[2-9]|do|teen|char|chaar|two|three|four|several|many|multiple|repeated)\s++(?:baar|bar|times|fits|episodes|"
    r"seizures|convulsions|attacks|daure|jhatke)\b|\bbaar\s++baar\b|\bagain\s++and\s++again\b|\bkai\s++(?:baar|bar)\b"
    r"|\bback\s++to\s++back\b|\bone\s++after\s++(?:another|the\s++other)\b", re.I)
# Told again after the patient was well: "then it became normal, now again weak", "ab theek, phir se jhatke"
RETURNED_RE: Final = rx.compile(r"\b(?:again|phir\s++se|fir\s++se|phirse|firse|dobara|dubara|once\s++more)\b", re.I)
# An adolescent or adult told well again after one short fit in any words ("ab theek", "now normal", "ab hosh mein",
# "now awake"): a child's "ab theek" may be a drowsy child's after a fit and needs play, food or talk told
# (BACK_TO_ACTIVITY), but a patient of 12 or more who is normal or conscious again speaks for himself, and drowsiness
# or confusion told beside it keeps the fit an emergency (mimics.FIT_DANGER). NICE NG217: a first fit, recovered, is
# assessed the same day for its cause. (A word between "now" and "normal" may hold an apostrophe: "now I'm normal".)
ADULT_FIT_AGE: Final = 12.0
AWAKE_AGAIN_RE: Final = rx.compile(
    r"\b(?:ab|abhi|now|nw)\s++(?:(?!bhi\b|tak\b|nahi\b|nhi\b|ni\b|not\b|still\b)[\w'’]++\s++){0,2}?"
    r"(?:hosh|awake|conscious|alert|theek|thik|normal|fine|ok|okay)\b" + _NOT_AFTER
    + r"|\bhosh\s++(?:aa|a)\s++(?:gaya|gayi|gya|gyi|gai)\b", re.I)
# The patient well BEFORE the episode, the hour of its onset, not a recovery after it: "ghante bhar pehle tak chai pee
# rahe the" (he was drinking tea till an hour ago), "adha ghanta pehla roti pakaundi theek si", "she was completely
# normal an hour ago". A cue is the last-known-well when its clause holds a past state (a copula ending it: "the",
# "thi", "tha", "si"; or "was" just before it) or a time before ("pehle tak", "ago"), and no change is told in it
# ("theek ho gaya tha", "became normal", "was back to normal", "10 minute pehle theek ho gaya" are recoveries).
# NICE NG128: a transient ischaemic attack is a deficit told GONE; the hour the patient was last well dates a stroke.
CLAUSE_BREAK_RE: Final = rx.compile(
    r"[.,;:!?|\n]|\b(?:but|lekin|magar|par|phir|fir|then|after\s++that|uske\s++baad|iske\s++baad|aur|and|ab|abhi|"
    r"now)\b", re.I)
CHANGE_RE: Final = rx.compile(
    r"\b(?:ho|hoi|hoya|hua|hui)\s++(?:gaya|gayi|gya|gyi|gaye|gai|gae|gye|gayian|gaiyan)\b|\bhoya\b|\b(?:became|become|"
    r"becomes|came\s++back|back\s++to|returned|recovered|went|gone|goes|improved|settled|resolved|after|later)\b",
    re.I)
PAST_COPULA_AFTER_RE: Final = rx.compile(
    r"^\s*+(?:\w++\s++){0,2}?(?:the|thi|tha|thay|thee|thin|si|san|sige|sigi)\s*+$", re.I)
BEFORE_ONSET_RE: Final = rx.compile(r"\b(?:pehle|pahle|pehla|pahla|phle|pehlan|ago)\b", re.I)
PAST_STATE_BEFORE_RE: Final = rx.compile(r"\b(?:was|were|had\s++been)\s++(?:\w++\s++)?$", re.I)


def last_known_well(text: str, start: int, end: int) -> bool:
    """The cue at ``text[start:end]`` tells the patient well before the episode (the onset's hour), not after it."""
    clause_start = max((m.end() for m in CLAUSE_BREAK_RE.finditer(text, 0, start)), default=0)
    following = CLAUSE_BREAK_RE.search(text, end)
    clause_end = following.start() if following else len(text)
    clause = text[clause_start:clause_end]
    if CHANGE_RE.search(clause):
        return False
    return PAST_COPULA_AFTER_RE.search(text[end:clause_end]) is not None \
        or PAST_STATE_BEFORE_RE.search(text[clause_start:start]) is not None or BEFORE_ONSET_RE.search(clause) is not None


FIT_MINUTES_RE: Final = rx.compile(r"\b(\d{1,3})\s*+(?:min|mins|minute|minutes|minat|mint)\b", re.I)
LONG_FIT_MINUTES: Final = 5
# What a fit is told as: the fit itself, and the unconsciousness it brings ("jhatke aaye, behosh ho gaya 2 minute")
FIT_NAMES: Final = frozenset({"seizure", "loss of consciousness"})


def apply_recovered(doc: Doc, mentions: Sequence[Mention], *, adult: bool = False) -> None:
    """Flag EPISODE_OVER the present mentions of an episode (EPISODE_NAMES) of which every one is followed by the
    patient well again, in its sentence or the next, and nothing told come back after it; a fit only when it was one
    short fit, and the patient back to play, food or talk (or, ``adult``, 12 or more, told normal or awake again)."""
    present = [m for m in mentions if m.name in EPISODE_NAMES and not m.negated]
    if not present:
        return
    text = doc_text(doc)
    cues = {regex: [span.start for match in regex.finditer(text)
                    if (span := doc.char_span(match.start(), match.end(), alignment_mode="expand")) is not None
                    and (regex is RETURNED_RE or not last_known_well(text, match.start(), match.end()))]
            for regex in (RECOVERED_RE, ACTIVE_RE, RETURNED_RE, AWAKE_AGAIN_RE)}
    if not cues[RECOVERED_RE] and not (adult and cues[AWAKE_AGAIN_RE]):
        return
    sentences = sentence_ids(doc)
    one_short_fit = REPEATED_FITS_RE.search(text) is None and all(
        int(match.group(1)) < LONG_FIT_MINUTES for match in FIT_MINUTES_RE.finditer(text))
    for name in {m.name for m in present}:
        if name in FIT_NAMES and not one_short_fit:
            continue
        told = [m for m in present if m.name == name]
        after = (cues[ACTIVE_RE] + cues[AWAKE_AGAIN_RE] if adult else cues[ACTIVE_RE]) if name in FIT_NAMES \
            else cues[RECOVERED_RE]
        returned = cues[RETURNED_RE]
        if all(any(start >= m.token_end and sentences[start] - sentences[m.token_start] in (0, 1)
                   and not any(again > start for again in returned) for start in after) for m in told):
            for mention in told:
                mention.flags = mention.flags | {EPISODE_OVER_FLAG}
