"""What surrounds a symptom mention: history, severity, sudden onset, a colour iron explains and a drool a
stroke's one-sided signs explain (negation: negation.py; durations: durations.py).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from spacy.tokens import Doc, Span

from .cues import (ABSENCE_RE, AFTER_FILLERS, CONTRAST, DEATH_BEFORE_AGO_RE, DENIAL_CUES, EVEN, EXPOSURE_DAYS,
                   EXPOSURE_STORY, GRADED, HISTORY_OF_RE, LEADING_GRADE_WORDS, MILD, MODERATE, NEW_AGAIN, ONGOING_RE,
                   OVER_KINDS, OVER_RE, PAST_RE, PRESENT_WORDS, QUERY_DENIED_RE, QUERY_LIST_JOINERS, RECENT_PAST_RE,
                   REGAINED_RE, RESIDUAL_DAYS, RESIDUAL_FLAG, RESIDUAL_RE, RETURNED, SEGMENT_BREAKS, SENTENCE_BREAKS,
                   SEVERE, SEVERITY_WORDS, STILL_THE_STORY, SUDDEN, TOLD_OF_THE_PAST, WITNESSED_RE, WITNESSED_REACH)

if TYPE_CHECKING:
    from .extract import Mention


def lowers(doc: Doc) -> list[str]:
    """The doc's lower-cased token texts, made once per doc (a Token object per access is slow in a long text)."""
    cached = doc.user_data.get("triage.lowers")
    if cached is None:
        cached = doc.user_data["triage.lowers"] = [t.lower_ for t in doc]
    return cached


def entities(doc: Doc) -> tuple[Span, ...]:
    """The doc's entities, made once per doc (spaCy builds a Span per entity from its token array on every
    ``doc.ents``: 3 ms a read of a 5,000-character complaint, read four times)."""
    cached = doc.user_data.get("triage.ents")
    if cached is None:
        cached = doc.user_data["triage.ents"] = doc.ents
    return cached


def entity_tokens(doc: Doc) -> frozenset[int]:
    """Indices of the tokens inside an entity, made once per doc."""
    cached = doc.user_data.get("triage.ent_tokens")
    if cached is None:
        cached = doc.user_data["triage.ent_tokens"] = frozenset(i for ent in entities(doc)
                                                                for i in range(ent.start, ent.end))
    return cached


def doc_text(doc: Doc) -> str:
    """The doc's text, made once per doc (spaCy joins it from a Token object per token on every ``doc.text``)."""
    cached = doc.user_data.get("triage.text")
    if cached is None:
        cached = doc.user_data["triage.text"] = doc.text
    return cached


def texts(doc: Doc) -> list[str]:
    """The doc's token texts, made once per doc."""
    cached = doc.user_data.get("triage.texts")
    if cached is None:
        cached = doc.user_data["triage.texts"] = [t.text for t in doc]
    return cached


def sentence_ids(doc: Doc) -> list[int]:
    """Index of the sentence each token is in (breaks at . ; ! ? and newlines)."""
    ids, current = [], 0
    for text in texts(doc):
        ids.append(current)
        if text in SENTENCE_BREAKS or "\n" in text:
            current += 1
    return ids


def clause_ids(doc: Doc, breaks: frozenset[str] = SENTENCE_BREAKS) -> list[int]:
    """Index of the clause of each token: sentences further split at contrast words (and at ``breaks``)."""
    ids, current = [], 0
    for text, lower in zip(texts(doc), lowers(doc), strict=True):
        if lower in CONTRAST:
            current += 1
        ids.append(current)
        if text in breaks or "\n" in text:
            current += 1
    return ids


def segment_ids(doc: Doc) -> list[int]:
    """Index of the comma-separated segment of each token (clauses further split at commas)."""
    return clause_ids(doc, SEGMENT_BREAKS | SENTENCE_BREAKS)


def apply_history(doc: Doc, mentions: Sequence[Mention]) -> None:
    """Mark mentions of the past as not present: "had a fit 5 years ago, none since", "stroke 3 years back"; and, but
    for one denied in its own part ("no fits as a child"), as a past episode of the patient's (``past``), without the
    duration that came to it (the time since, not how long it lasted)."""
    segments = segment_ids(doc)
    past, recent, ongoing = set(), set(), set()
    over: dict[int, tuple[str, ...] | None] = {}  # segment -> what it ends (None: whatever was told before it)
    text = doc_text(doc)
    for regex, into in ((PAST_RE, past), (RECENT_PAST_RE, recent), (ONGOING_RE, ongoing)):
        for match in regex.finditer(text):
            if regex is PAST_RE and DEATH_BEFORE_AGO_RE.search(text, max(0, match.start() - 20), match.start()):
                continue  # "died 2 months ago": the death's time, not a past complaint's
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is not None:
                into.add(segments[span.start])
    for regex in (OVER_RE, ABSENCE_RE):
        for match in regex.finditer(text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is not None:
                kind = next((OVER_KINDS[k] for k in OVER_KINDS if match.groupdict().get(k)), None)
                over[segments[span.start]] = kind if over.get(segments[span.start], ()) is not None else None
    past |= _history_before_now(doc, segments, mentions)
    if not past and not over and not recent:
        return
    lowered = lowers(doc)
    present = {segments[i] for i, word in enumerate(lowered) if word in PRESENT_WORDS}
    denied = {segments[i] for i, word in enumerate(lowered) if word in DENIAL_CUES}
    recent -= present
    with_mentions = sorted({segments[m.token_start] for m in mentions})
    # a past told, then "still there" in its part, or "still there", "back again" or "now even worse" in the next
    # one without a complaint of its own: not over
    returned = _returned(lowered, segments, present, denied | set(over))
    past -= {segment for segment in past if segment in ongoing
             or (segment + 1 in ongoing | returned and segment + 1 not in with_mentions)}
    ended: dict[int, tuple[str, ...] | None] = {}
    for segment, kind in over.items():  # "none since" ends the complaint told last before it
        before = bisect.bisect_left(with_mentions, segment)
        if before and with_mentions[before - 1] not in present:
            ended[with_mentions[before - 1]] = kind
    for mention in mentions:
        segment = segments[mention.token_start]
        if mention.flags & TOLD_OF_THE_PAST \
                or mention.name in EXPOSURE_STORY and (mention.duration_days or 0) < EXPOSURE_DAYS:
            continue  # "mother passed away 2 weeks ago": the loss is in the past by its nature, the grief is now
        if mention.duration_days is not None and segment not in past:
            continue  # "for 2 days": ongoing
        kind = ended.get(segment, ())
        over_now = segment in ended and (kind is None or any(word in mention.name for word in kind))
        if segment in past or over_now or (segment in recent and mention.name not in STILL_THE_STORY):
            if not (mention.negated and segment in denied):
                mention.past = True
                mention.duration = mention.duration_days = mention.duration_key = None
            mention.negated = True


def _returned(lowered: list[str], segments: list[int], present: set[int], denying: set[int]) -> set[int]:
    """Segments that say a complaint came back or grew ("phir se aaya", "now even at rest"), denying nothing."""
    found = set()
    for i, word in enumerate(lowered):
        segment = segments[i]
        if segment not in denying and (word in RETURNED or word in EVEN and segment in present):
            found.add(segment)
    return found


def _history_before_now(doc: Doc, segments: list[int], mentions: Sequence[Mention]) -> set[int]:
    """Segments that tell a history before what is wrong now ("history of fits, now fever", "h/o asthma, ab
    khansi"): "history of" with no duration in its segment, and a later part of the sentence that says "now"."""
    text = doc_text(doc)
    if HISTORY_OF_RE.search(text) is None:
        return set()
    sentences, lowered = sentence_ids(doc), lowers(doc)
    timed = {segments[m.token_start] for m in mentions if m.duration is not None}
    found = set()
    for match in HISTORY_OF_RE.finditer(text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or segments[span.start] in timed:
            continue
        segment, sentence = segments[span.start], sentences[span.start]
        for i in range(span.end, len(lowered)):
            if sentences[i] != sentence:
                break
            if segments[i] != segment and lowered[i] in PRESENT_WORDS and lowered[i] != "since":
                found.add(segment)
                break
    return found


# The names of a condition that also stand for its episode ("mirgi aayi" is a fit): beside episodes that are all
# denied or past ("epilepsy on tablets, no fits in 2 years", "mirgi hai, 3 saal se koi daura nahi aaya") the name
# is a known condition, quiet now: a history for the doctor, not a fit today.
CONDITION_NAMES: Final = {"seizure": frozenset({"epilepsy", "mirgi", "mirgee", "epileptic"})}


def apply_known_condition(mentions: Sequence[Mention]) -> None:
    """Mark a condition named beside its episodes, every one of them denied or past, as past itself."""
    for name, words in CONDITION_NAMES.items():
        named = [m for m in mentions if m.name == name and m.text.lower() in words]
        episodes = [m for m in mentions if m.name == name and m.text.lower() not in words]
        if not named or not episodes or not all(m.negated for m in episodes):
            continue
        for mention in named:
            if not mention.negated:
                mention.negated = mention.past = True
                mention.duration = mention.duration_days = mention.duration_key = None


# Iron tablets turn the stool black: a black stool told beside them is their colour, not blood, unless the patient
# is also dizzy, faint or vomiting blood (then it is read as a bleed whatever the tablets). A tarry stool is not this.
IRON_FLAG: Final = "iron_tablets"
IRON_COLOURED_FLAG: Final = "iron_coloured_stool"
# flags a mention read as nothing still tells (the worry a black stool of iron tablets was): extract keeps them
FOOD_COLOURED_FLAG: Final = "food_coloured_urine"
CAROTENE_SKIN_FLAG: Final = "food_coloured_skin"
ANSWER_FLAGS: Final = frozenset({IRON_COLOURED_FLAG, FOOD_COLOURED_FLAG, CAROTENE_SKIN_FLAG})
# flags of a fact told of a past moment, a reading at a check ("BP pichle hafte normal tha") or a medicine begun
# ("dawai shuru ki 2 hafte pehle"): the past is when it happened, and a past mention (apply_history: not present,
# not denied) still tells it; a denied one ("BP normal nahi tha") does not. Round 23: a stone a scan found months
# ago ("scan showed a stone in the kidney 3 months ago", signs_under.known_kidney_stone) is there still
READING_FLAGS: Final = frozenset({"bp_told_normal", "medicine_started", "known_kidney_stone"})
BLACK_STOOL_FLAG: Final = "black_stool"
BLEED_COMPANIONS: Final = frozenset({"dizziness", "fainting", "loss of consciousness"})


def apply_iron_colour(mentions: Sequence[Mention]) -> None:
    """Read a black stool told with iron tablets taken as the tablets' colour: no symptom, present or denied, only
    the worry it was (IRON_COLOURED_FLAG)."""
    present = [m for m in mentions if not m.negated]
    # (the tablets told as started in the past are taken still: "IFA goli 2 hafta pehle shuru kiya")
    if not any(IRON_FLAG in m.flags and (not m.negated or m.past) for m in mentions) or any(
            m.name in BLEED_COMPANIONS or "haematemesis" in m.flags for m in present):
        return
    black = {(m.token_start, m.token_end) for m in present if BLACK_STOOL_FLAG in m.flags}
    for mention in present:
        if mention.name == "blood in stool" and (mention.token_start, mention.token_end) in black:
            # no symptom, but the worry it answers stays told (conditions.ANSWERED_WORRIES)
            mention.name, mention.negated, mention.past = "", True, False
            mention.flags = frozenset({IRON_COLOURED_FLAG})


# a urine told red (its colour, signs.red_urine), the day after beetroot (beeturia); with a pain, a burning, a fever
# or clots it is a urine's own complaint (an infection, a stone), judged as before
FOOD_COLOUR_FLAG: Final = "food_colour"
WORRIED_BLOOD_WORDS: Final = frozenset({"blood", "khoon", "khun"})
RED_URINE_FLAGS: Final = frozenset({"red_urine", "gu_urine_blood"})
URINE_COMPANIONS: Final = frozenset({"dysuria", "abdominal pain", "back pain", "flank pain", "fever", "frequent urination",
                                     "reduced urine", "swelling", "vomiting"})


def apply_food_colour(mentions: Sequence[Mention]) -> None:
    """Read a red urine told with beetroot eaten as the beet's colour: no symptom, only the worry it was
    (FOOD_COLOURED_FLAG), when nothing of a urine's illness is told beside it."""
    present = [m for m in mentions if not m.negated]
    if not any(FOOD_COLOUR_FLAG in m.flags for m in mentions) or any(m.name in URINE_COMPANIONS for m in present):
        return
    # (the colour's wording and the lexicon's "red urine" may both name it: every mention of its words is the colour's)
    red = [(m.token_start, m.token_end) for m in present if m.name == "blood in urine" and m.flags & RED_URINE_FLAGS]
    for mention in present:
        # round 22: and the bare word of the worry told with it ("scared its blood"): that same colour, not a bleed
        if mention.name == "blood in urine" and any(mention.token_start < end and start < mention.token_end
                                                    for start, end in red) \
                or red and mention.name in ("bleeding", "blood in urine") \
                and mention.text.lower() in WORRIED_BLOOD_WORDS:
            mention.name, mention.negated, mention.past = "", True, False
            mention.flags = frozenset({FOOD_COLOURED_FLAG})


# Palms and soles gone yellow with plenty of carrots, papaya or pumpkin eaten, the whites of the eyes told white:
# carotenaemia, harmless (the carotene stains the thick skin and spares the eyes, where a jaundice shows first). A dark
# urine, a pale stool, a fever, an itch, belly pain, vomiting, loss of appetite or weight, or drowsiness told beside
# it is a liver's illness until shown otherwise, judged as a jaundice.
CAROTENE_FLAG: Final = "carotene_eaten"
EYES_WHITE_FLAG: Final = "eyes_white"
LIVER_COMPANIONS: Final = frozenset({"dark urine", "fever", "itching", "abdominal pain", "vomiting", "nausea",
                                     "loss of appetite", "weight loss", "lethargy", "confusion", "bleeding",
                                     "blood in stool", "swelling", "fatigue"})
EYES_NAMED: Final = frozenset({"eye", "eyes", "aankh", "aankhen", "aankhein", "ankh", "ankhen", "ankhein", "ankhon",
                                "aankhon", "sclera", "sclerae"})


def apply_carotene_colour(mentions: Sequence[Mention]) -> None:
    """Read a skin's yellow told with carrots or papaya eaten and the eyes told white as the food's colour: no
    jaundice, only the worry it was (CAROTENE_SKIN_FLAG), when nothing of a liver's illness is told beside it."""
    present = [m for m in mentions if not m.negated]
    flags = frozenset(flag for m in present for flag in m.flags)
    eyes_white = EYES_WHITE_FLAG in flags or any(m.name == "jaundice" and m.negated and _names_eyes(m) for m in mentions)
    if CAROTENE_FLAG not in flags or not eyes_white or any(m.name in LIVER_COMPANIONS for m in present):
        return
    for mention in present:
        if mention.name == "jaundice" and not _names_eyes(mention):
            mention.name, mention.negated, mention.past = "", True, False
            mention.flags = frozenset({CAROTENE_SKIN_FLAG})


def _names_eyes(mention: Mention) -> bool:
    return not EYES_NAMED.isdisjoint(mention.text.lower().split())


LOSS_OF_CONSCIOUSNESS: Final = "loss of consciousness"


def regained(doc: Doc, mentions: Sequence[Mention]) -> set[int]:
    """The ids of the present losses of consciousness told as over, consciousness come back after each of them in its
    sentence or the next ("dadi behosh ho gayi thi 10 minute ke liye, ab theek hai", "passed out. Now she is fine"):
    every one of them, or none (a loss told with none after it, "hosh nahi aaya", is the complaint still)."""
    lost = [m for m in mentions if m.name == LOSS_OF_CONSCIOUSNESS and not m.negated]
    if not lost:
        return set()
    text = doc_text(doc)
    back = [span.start for match in REGAINED_RE.finditer(text)
            if (span := doc.char_span(match.start(), match.end(), alignment_mode="expand")) is not None]
    if not back:
        return set()
    sentences = sentence_ids(doc)
    for mention in lost:
        sentence = sentences[mention.token_start]
        if not any(start >= mention.token_end and sentences[start] - sentence in (0, 1) for start in back):
            return set()
    return {id(m) for m in lost}


# Drooling told beside a one-sided weakness or numbness or a slurred speech ("haath pair sunn ho gaye ek taraf ke,
# muh se laar gir rahi") is the corner of the mouth fallen, a facial weakness (a stroke's, BE-FAST), not a throat
# that cannot swallow its saliva (severe_throat, epiglottitis).
ONE_SIDED_FLAGS: Final = frozenset({"focal_weakness", "focal_numbness"})
ONE_SIDED_NAMES: Final = frozenset({"facial droop", "slurred speech"})
DROOLING_FLAG: Final = "drooling"


def apply_facial_drool(mentions: Sequence[Mention]) -> None:
    """Read a drool told beside a stroke's one-sided signs as the face fallen: a facial droop, not a throat's."""
    present = [m for m in mentions if not m.negated]
    if not any(m.flags & ONE_SIDED_FLAGS or m.name in ONE_SIDED_NAMES for m in present):
        return
    for mention in present:
        if DROOLING_FLAG in mention.flags and not mention.name:
            mention.name, mention.flags = "facial droop", mention.flags - {DROOLING_FLAG}


def apply_residual(doc: Doc, mentions: Sequence[Mention]) -> None:
    """Mark what an event told in the past left behind as long-standing: "stroke 5 years ago, left hand weak since
    then, same as always" is a residual deficit (RESIDUAL_DAYS old, flagged), not a new stroke sign. A segment that
    says the deficit is new or worse ("now", "suddenly", "worse") is not residual."""
    text = doc_text(doc)
    if RESIDUAL_RE.search(text) is None or PAST_RE.search(text) is None:
        return
    segments = segment_ids(doc)
    past, residual = set(), set()
    for regex, into in ((PAST_RE, past), (RESIDUAL_RE, residual)):
        for match in regex.finditer(text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is not None:
                into.add(segments[span.start])
    renewed = {segments[i] for i, word in enumerate(lowers(doc)) if word in NEW_AGAIN}
    first_past = min(past, default=None)
    if first_past is None:
        return
    for mention in mentions:
        segment = segments[mention.token_start]
        if mention.negated or segment in past or segment in renewed or segment < first_past:
            continue
        if segment in residual or segment + 1 in residual and segment + 1 not in renewed:
            mention.flags = mention.flags | {RESIDUAL_FLAG}
            if mention.duration_days is None or mention.duration_days < RESIDUAL_DAYS:
                mention.duration_days, mention.duration = RESIDUAL_DAYS, "since a past event"


def apply_witnessed(doc: Doc, mentions: Sequence[Mention]) -> None:
    """Mark what the patient saw happen to someone else as not the patient's ("saw a man having a seizure on the
    bus"): ConText's experiencer "other", within the segment and a few words of the seeing."""
    text = doc_text(doc)
    if WITNESSED_RE.search(text) is None:
        return
    segments = segment_ids(doc)
    for match in WITNESSED_RE.finditer(text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        for mention in mentions:
            if segments[mention.token_start] == segments[span.start] and \
                    span.end <= mention.token_start <= span.end + WITNESSED_REACH:
                mention.negated, mention.past = True, False  # not the patient's, nor the patient's history


def apply_query_answers(doc: Doc, mentions: Sequence[Mention]) -> None:
    """Negate a symptom asked and answered no in nurse shorthand: "confused? no - alert", "sob? nil", and every item
    of the list asked ("kaali latrine ya ulti? - nahi")."""
    text = doc_text(doc)
    if "?" not in text:
        return
    lowered = lowers(doc)
    denied_from: int | None = None  # where the list an answer denied begins
    for mention in sorted(mentions, key=lambda m: (m.token_start, m.token_end), reverse=True):
        end = doc[mention.token_end - 1].idx + len(doc[mention.token_end - 1].text)
        # the question's list is answered as one: "kaali latrine ya ulti? - nahi" denies both
        between = lowered[mention.token_end:denied_from] if denied_from is not None else ["?"]
        listed = denied_from is not None and (mention.token_end > denied_from
                                              or bool(between) and set(between) <= QUERY_LIST_JOINERS)
        if QUERY_DENIED_RE.match(text, end) is not None or listed:
            mention.negated, mention.past = True, False
            denied_from = mention.token_start if denied_from is None else min(denied_from, mention.token_start)


def apply_severity(doc: Doc, mentions: Sequence[Mention], clauses: list[int], sentences: list[int]) -> None:
    """Set mild / moderate / severe from words in and next to each mention."""
    covered = {i: m for m in mentions for i in range(m.token_start, m.token_end)}
    lowered = lowers(doc)
    for mention in mentions:
        words = lowered[mention.token_start:mention.token_end]
        j = mention.token_start - 1
        clause = clauses[mention.token_start]
        while j >= 0 and mention.token_start - j <= 3 and j not in covered and clauses[j] == clause:
            if lowered[j] not in LEADING_GRADE_WORDS:
                break
            words.insert(0, lowered[j])
            j -= 1
        j = mention.token_end
        while j < len(doc) and j - mention.token_end < 4 and j not in covered:
            word = lowered[j]
            if word in GRADED:
                words.append(word)
            elif word not in AFTER_FILLERS:
                break
            j += 1
        mention.severity = mention.severity or _grade(words)
    _distribute_severity(doc, mentions)
    _apply_standalone_severity(doc, mentions, sentences, covered)


def _distribute_severity(doc: Doc, mentions: Sequence[Mention]) -> None:
    # "mild backache and tiredness": a severity before a list qualifies each item of it.
    ordered = sorted(mentions, key=lambda m: m.token_start)
    lowered = lowers(doc)
    for before, after in zip(ordered, ordered[1:], strict=False):
        if not before.severity or after.severity is not None:
            continue
        gap = set(lowered[before.token_end:after.token_start])
        leading = lowered[before.token_start - 1] if before.token_start else ""
        if gap and gap <= {"and", "aur", ","} and (leading in GRADED or before.severity == after.severity):
            after.severity = before.severity


def _apply_standalone_severity(doc, mentions, sentences, covered) -> None:
    # ", mild" or ", not severe" on its own qualifies the sentence's complaints (the first such grade wins).
    grades: dict[int, str] = {}
    segment: list[int] = []
    token_texts, lowered = texts(doc), lowers(doc)
    for i in range(len(doc) + 1):
        if i == len(doc) or token_texts[i] in {",", "."} or token_texts[i] in SENTENCE_BREAKS:
            words = [lowered[k] for k in segment]
            if words and not any(k in covered for k in segment) and all(w in SEVERITY_WORDS for w in words):
                grade = _grade(words)
                if grade:
                    grades.setdefault(sentences[segment[0]], grade)
            segment = []
        else:
            segment.append(i)
    for mention in mentions:
        if mention.severity is None and sentences[mention.token_start] in grades:
            mention.severity = grades[sentences[mention.token_start]]


def _grade(words: list[str]) -> str | None:
    for n, word in enumerate(words):
        if word in SEVERE | MODERATE and n > 0 and words[n - 1] == "not":
            return "mild"
    if any(w in MILD for w in words):
        return "mild"
    if any(w in SEVERE for w in words):
        return "severe"
    if any(w in MODERATE for w in words):
        return "moderate"
    return None


def apply_onset(doc: Doc, mentions: Sequence[Mention], sentences: list[int]) -> None:
    """Flag mentions that follow "sudden"/"suddenly" in the same sentence."""
    first_sudden: dict[int, int] = {}  # sentence -> its first "sudden"
    for i, word in enumerate(lowers(doc)):
        if word in SUDDEN:
            first_sudden.setdefault(sentences[i], i)
    for mention in mentions:
        start = first_sudden.get(sentences[mention.token_start])
        if start is not None and mention.token_start >= start:
            mention.sudden = True
