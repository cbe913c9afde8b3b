"""Spoken words into written ones: tokenised ASR text put back together, fillers and false starts taken
out, and what the patient says in the first person (or the clinician says to "you") turned into the
third person of a note ("i've had it for three weeks" -> "He has had it for 3 weeks").

Only words that carry no clinical content are removed: a negation ("no", "not", "never", "n't") is never
dropped, so a denied symptom stays denied.
"""
from __future__ import annotations

import re
from typing import Final

from .. import rx

# ACI-BENCH and speech engines write "ca n't", "do n't", "it 's", "gon na" and space before punctuation. Each
# pattern comes with the strings one of which a text must hold for it to match (None: tried on every text): a
# sentence without an apostrophe is not searched for "n't" and "'s" (a pass over it each).
_DETOKENIZE: Final = (
    (rx.compile(r"\b(ca|wo|do|does|did|is|are|was|were|have|has|had|could|would|should|must|need|ai) n't\b",
                re.I), r"\1n't", ("'",)),
    (rx.compile(r"\b(gon|wan|got) na\b", re.I), r"\1na", (" n", " N")),
    (rx.compile(r" (['’](?:s|re|ve|ll|d|m))\b", re.I), r"\1", (" '", " ’")),
    (rx.compile(r"(?<!\s)\s+([,.?!;:%])"), r"\1", None),  # from a run's first space only: linear on 5,000 spaces
    (rx.compile(r"([,.?!;:])(?=[^\s\d\"')])"), r"\1 ", None),
)
CONTRACTIONS: Final = {
    "can't": "cannot", "won't": "will not", "ain't": "is not", "gonna": "going to", "wanna": "want to",
    "gotta": "have to", "kinda": "kind of", "sorta": "sort of", "lemme": "let me", "y'all": "you",
}
_CONTRACTION_RE: Final = rx.compile(r"\b(" + "|".join(re.escape(k) for k in CONTRACTIONS) + r")\b", re.I)
_NT: Final = re.compile(r"\b(\w+)n't\b", re.I)

# Fillers anywhere, and tags that carry nothing at the start or end of a sentence.
FILLER: Final = rx.compile(
    r"\b(?:u+m+|u+h+|uhm+|erm?|ah+|hmm+|mhm+|mm-?hmm|mm+|uh-huh|you know|i mean|kind of|sort of|"
    r"like i said|so to speak|let's see|let me see|basically|actually|literally|you see)\b[,]?\s*", re.I)
LEADING: Final = re.compile(
    r"^(?:(?:and|so|but|well|okay|ok|alright|all right|right|yeah|yes|yep|now|then|um|uh|oh|great|good|"
    r"perfect|awesome|wow|gotcha|got it|i see|sure|excellent|fantastic|cool|hey|hi|hello)\b[\s,.!-]*)+", re.I)
TRAILING: Final = rx.compile(r"(?:[\s,.?]+(?:okay|ok|right|alright|you know|or something|and stuff|hey dragon|dragon|"
                             r"or anything|and everything|as well|too|so|yeah))+(?=[.?!]?$)", re.I)
_REPEAT: Final = re.compile(r"\b((?:\w++(?:['’]\w++)?\s++){0,2}\w++(?:['’]\w++)?)(?:[\s,]+\1\b)+", re.I)
_SPACES: Final = re.compile(r"\s+")
TAIL_CHARS: Final = 120  # end-anchored TRAILING is tried on this much of the end (see strip_fillers)

# Pronouns and the verb after them: the patient's "i" and the clinician's "you" are the patient.
_BE: Final = {"am": "is", "'m": "is", "are": "is", "'re": "is", "were": "was", "was": "was", "have": "has",
              "'ve": "has", "do": "does", "'d": "would", "'ll": "will"}
_VERBS_S: Final = frozenset("""feel think get take know need want try use like work walk go see notice hurt wake
sleep eat drink smoke live run play exercise remember say mean wear keep check come drive lift stand sit
tend start stop find forget bike swim hike travel love enjoy hate struggle deal cough sneeze vomit bleed
experience suffer manage wonder believe guess hope worry ride spend watch follow wish""".split())
_ADVERB: Final = (r"(?:(?:also|still|just|really|usually|always|never|sometimes|only|even|mostly|often|normally|"
                  r"generally|probably|actually|definitely|recently|finally|already)\s+)?")
_SUBJECT_I: Final = rx.compile(r"\b(i)(?:\s+|(?='))(" + _ADVERB + r")('m|'ve|'d|'ll|am|was|were|have|do|[a-z]+)?\b",
                               re.I)
_SUBJECT_YOU: Final = rx.compile(r"\b(you)(?:\s+|(?='))(" + _ADVERB + r")('re|'ve|'d|'ll|are|were|was|have|do|[a-z]+)?\b",
                                 re.I)
# "you" after these is the object: "we put you on prozac", "I will see you".
_OBJECT_AFTER: Final = rx.compile(r"\b(?:to|for|with|at|on|about|from|by|of|put|give|gave|see|saw|seeing|tell|told|"
                                  r"help|send|sent|ask|asked|let|get|got|make|keep|bring|call|refer|start|started|"
                                  r"check|examine|thank|want|need|have|had|like|show|take|taking|bother|bothering|"
                                  r"hurt|hurting|wake|waking|waken|keeping|giving|sending|getting|make|made|"
                                  r"recommend|advise|encourage|prescribe|schedule|scheduled|offer|offered|"
                                  r"remind|contact|follow|treat|treating|cause|causing|affect|affecting)\s+(you)\b"
                                  r"(?!['’]|\s+(?:are|were|have|had|will|would|can|could|should|do|did|know|feel|"
                                  r"need|might|may|must|get|got|go|went|say|said|told|mentioned|were)\b)", re.I)
_DICTATION: Final = re.compile(r"^(?:hey\s+|ok(?:ay)?\s+)?dragon\b[\s,.?!]*", re.I)

# Compiled once: each is used on every sentence of a draft (re's own cache costs a lookup per call).
_COMMAS: Final = re.compile(r",(?:\s*,)+")
_SPACE_COMMA: Final = re.compile(r"\s+,")
_MY: Final = rx.compile(r"\bmy\b", re.I)
_MYSELF: Final = rx.compile(r"\bmyself\b", re.I)
_MINE: Final = rx.compile(r"\bmine\b", re.I)
_ME: Final = rx.compile(r"\bme\b", re.I)
_YOUR: Final = rx.compile(r"\byour\b", re.I)
_YOURSELF: Final = rx.compile(r"\byourself\b", re.I)
_I: Final = rx.compile(r"\bi\b")

def detokenize(text: str) -> str:
    """ "i do n't know , it 's" -> "i don't know, it's"."""
    for pattern, repl, needs in _DETOKENIZE:
        if needs is None or any(n in text for n in needs):
            text = pattern.sub(repl, text)
    return _SPACES.sub(" ", text).strip()


def expand_contractions(text: str) -> str:
    text = _CONTRACTION_RE.sub(lambda m: _keep_case(m.group(0), CONTRACTIONS[m.group(0).lower()]), text)
    return _NT.sub(lambda m: f"{m.group(1)} not", text)


def strip_fillers(text: str) -> str:
    """Without fillers, false starts and repeated words; negations are kept."""
    text = FILLER.sub("", text)
    previous = None
    while previous != text:
        previous = text
        text = _REPEAT.sub(r"\1", text)
    text = LEADING.sub("", text.strip(" ,"))
    # end-anchored: only the tail is searched (a run of separators would be rescanned from each of its starts)
    if _may_end_in_tag(text):
        head, tail = text[:-TAIL_CHARS], text[-TAIL_CHARS:]
        text = head + TRAILING.sub("", tail)
    text = _SPACE_COMMA.sub(",", _COMMAS.sub(",", text))
    return _SPACES.sub(" ", text).strip(" ,")


def _may_end_in_tag(text: str) -> bool:
    """Whether TRAILING can match: its tags end in a letter, followed at most by one of ".?!" and a final newline
    (where $ also matches). Most sentences end otherwise and are not searched."""
    if text.endswith("\n"):
        text = text[:-1]
    if text.endswith((".", "?", "!")):
        text = text[:-1]
    return text[-1:].isalpha()


def third_person(text: str, *, speaker: str, he: str = "the patient") -> str:
    """The patient's first person, or the clinician's second person, as the patient in the third person.
    ``he`` is "he", "she" or "the patient"."""
    his = {"he": "his", "she": "her"}.get(he, "the patient's")
    him = {"he": "him", "she": "her"}.get(he, "the patient")
    if speaker == "patient":
        text = _SUBJECT_I.sub(lambda m: _subject(m, he), text)
        text = _MY.sub(his, text)
        text = _MYSELF.sub(f"{him}self" if he != "the patient" else "themselves", text)
        text = _MINE.sub(his if he != "the patient" else "theirs", text)
        text = _ME.sub(him, text)
    else:
        text = _DICTATION.sub("", text)
        text = _OBJECT_AFTER.sub(lambda m: m.group(0)[:m.start(1) - m.start(0)] + him, text)
        text = _SUBJECT_YOU.sub(lambda m: _subject(m, he), text)
        text = _YOUR.sub(his, text)
        text = _YOURSELF.sub(f"{him}self" if he != "the patient" else "themselves", text)
    return text


def _subject(match: re.Match[str], he: str) -> str:
    adverb, verb = match.group(2) or "", match.group(3)
    if verb is None:
        return f"{he} {adverb}"
    low = verb.lower()
    if low in _BE:
        return f"{he} {adverb}{_BE[low]}"
    if low in _VERBS_S:
        return f"{he} {adverb}{_third_singular(low)}"
    return f"{he} {adverb}{verb}"


def _third_singular(verb: str) -> str:
    if verb in ("go", "do"):
        return verb + "es"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return verb + "es"
    return verb + "s"


def sentence_case(text: str) -> str:
    """Capitalised, "I" as a word, one closing stop."""
    text = _I.sub("I", text.strip())
    if not text:
        return text
    text = text[:1].upper() + text[1:]
    return text if text[-1] in ".?!" else text + "."


def _keep_case(original: str, replacement: str) -> str:
    return replacement[:1].upper() + replacement[1:] if original[:1].isupper() else replacement
