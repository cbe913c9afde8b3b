"""Where each sentence of a consultation goes: the rules' placement weighed with the trained selector's,
parts of the note that nothing went into, and the draft cut to a clinician's length."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Final

from .. import rx
from .classify import RESULT, Features
from .compose import note_sentence
from .dialogue import Sentence
from .layout import DIVISIONS
from .tidy import strip_fillers

# A sentence that asks (ASR text has no question marks; its speakers are sometimes swapped).
_ASKING = r"are|is|do|does|did|have|has|can|could|would|will|were|was|what|how|when|where|why|which|who|any"
INTERROGATIVE: Final = re.compile(r"^(?:" + _ASKING + r")\s+(?:you|your|he|she|they|it|there|the|we|i|that|"
                                  r"this|about|much|many|long|often|kind|else|other|is|are|was|do|does|did)\b",
                                  re.I)
# strip_fillers only takes words out (fillers, repeats, leading and trailing tags): a sentence that holds none of
# INTERROGATIVE's first words cannot begin with one once stripped (one gated pass, where stripping took seven)
_ASKING_WORD: Final = rx.compile(r"\b(?:" + _ASKING + r")\b", re.I)


@dataclass
class Placed:
    """One line of the draft (or one left out) with where it came from."""

    line: str
    section: str | None
    division: str | None
    rule: str
    said: list[Sentence]
    keep: float  # the selector's probability that a clinician's note draws on it
    chance: dict[str, float] | None = None  # the selector's probability of each division
    he: str = "the patient"
    found: Features = field(default_factory=Features)

    def explanation(self) -> dict[str, Any]:
        return {"sentence": self.line, "said": " ".join(s.text for s in self.said),
                "speaker": self.said[0].speaker if self.said else None, "section": self.section,
                "rule": self.rule, "span": [self.said[0].start, self.said[-1].end] if self.said else None}


# Rules that recognise clinical content by its form: they place a sentence whatever the selector says
# (and are the last left out for length).
STRONG_RULES: Final = ("reading", "result", "exam finding", "impression", "medication", "investigation",
                       "follow-up", "safety-net advice", "conditional order", "negative finding")
KEPT_RULES: Final = ("reading", "medication", "result", "device reading")
KEEP: Final = 0.05  # the probability of some division that keeps a sentence no rule placed
KEEP_RULED: Final = 0.02  # ... that keeps a sentence a weak rule placed (a patient's account, advice)
RESECTION: Final = 0.5  # the probability of a division that moves a weak rule's sentence there
HEDGE: Final = rx.compile(r"\b(?:concern(?:ed)? (?:about|for|that)|worried (?:about|that)|concerning for|"
                          r"suspicious (?:for|of)|likely|probably|possibly|rule out|ruled out|suspect|"
                          r"differential|consistent with|suggestive of|diagnos\w+|impression)\b", re.I)


def decide(section: str | None, rule: str, chance: dict[str, float], sentence: Sentence
            ) -> tuple[str | None, str | None, str, float]:
    """(section, division, rule, keep probability) of a sentence that is not a question."""
    keep = 1.0 - chance["none"]
    if section is None and rule in ("small talk", "exam instruction", "patient's question"):
        return None, None, rule, keep
    if section and not _readable(sentence.text):
        return section, _DIVISION_OF_SECTION[section], f"{rule} (a language the selector does not read)", keep
    if section and rule.startswith(STRONG_RULES):
        division = _DIVISION_OF_SECTION[section]
        if rule == "result" or section == "objective" and RESULT.search(sentence.text) \
                and chance["objective_results"] > chance["objective_exam"]:
            division = "objective_results"  # "the echo shows an ejection fraction of 45%" is a result
        return section, division, rule, keep
    if sentence.text.endswith("?") or (_ASKING_WORD.search(sentence.text)
                                       and INTERROGATIVE.match(strip_fillers(sentence.text))):
        return None, None, f"left out: a question no answer resolved ({keep:.2f})", keep  # a note asks nothing
    if keep < (KEEP_RULED if section else KEEP):
        why = rule if section is None else f"{rule}, not charted by the selector"
        return None, None, f"left out: {why} ({keep:.2f})", keep
    division = max(DIVISIONS, key=lambda d: chance[d])
    if section and chance[division] < RESECTION:  # the rule's section stands unless the selector is sure
        division = _DIVISION_OF_SECTION[section]
        return section, division, f"{rule} ({keep:.2f})", keep
    if division == "subjective":
        new = "subjective"
    elif division.startswith("objective"):
        new = "objective"
    else:
        new = "assessment" if HEDGE.search(sentence.text) or section == "assessment" else "plan"
    return new, division, f"selector: {division} ({keep:.2f})" + (f"; rule: {rule}" if section else ""), keep


_DIVISION_OF_SECTION: Final = {"subjective": "subjective", "objective": "objective_exam",
                               "assessment": "assessment_and_plan", "plan": "assessment_and_plan"}

_LATIN_WORD: Final = re.compile(r"[A-Za-z]+")


def _readable(text: str) -> bool:
    """Whether the selector can read the sentence: most of its words in Latin letters (it was trained on
    English; a Hindi sentence in Devanagari is placed by the rules alone)."""
    latin = len(_LATIN_WORD.findall(text))
    return latin > 0 and latin >= len(text.split()) / 2


def trim_to_budget(placed: list[Placed], budget: int) -> None:
    """Leave out the sentences a note is least likely to draw on until the draft fits a clinician's
    length for a conversation this long: first those the selector kept, then those a strong rule placed;
    never readings, medications, results, nor the last sentence of a part of the note."""
    words = sum(len(p.line.split()) for p in placed if p.section)
    order = sorted((p for p in placed if p.section), key=lambda p: (p.rule.startswith(STRONG_RULES), p.keep))
    in_division = Counter(p.division for p in placed if p.section)  # kept up to date: not counted per candidate
    for p in order:
        if words <= budget:
            break
        if p.rule.startswith(KEPT_RULES) or in_division[p.division] == 1:
            continue
        in_division[p.division] -= 1
        words -= len(p.line.split())
        p.rule = f"left out for length: {p.rule} ({p.keep:.2f})"
        p.section = p.division = None


FILL: Final = 0.15  # the probability of a division that puts a sentence into it when nothing else did


def fill_empty_divisions(placed: list[Placed]) -> None:
    """A part of the note that nothing went into gets the sentence most likely to belong there, when
    the selector gives it at least FILL (a clinician's note rarely lacks an exam or results)."""
    for division in DIVISIONS:
        if any(p.division == division for p in placed):
            continue
        candidates = [p for p in placed if p.section is None and p.chance and len(p.said) == 1
                      and not p.rule.startswith(("small talk", "exam instruction", "question"))]
        best = max(candidates, key=lambda p: p.chance[division], default=None)
        if best is None or best.chance[division] < FILL:
            continue
        line = note_sentence(best.said[0], best.he)
        if line is None:
            continue
        section = {"subjective": "subjective", "objective_exam": "objective", "objective_results": "objective"}.get(
            division) or ("assessment" if HEDGE.search(best.said[0].text) else "plan")
        best.line, best.section, best.division = line, section, division
        best.rule = f"selector: {division} ({best.chance[division]:.2f}), the likeliest for an empty part"
        best.keep = 1.0


def note_parts(placed: list[Placed]) -> dict[str, list[str]]:
    parts: dict[str, list[str]] = {"history": [], "exam": [], "results": [], "assessment": [], "plan": []}
    for p in placed:
        if p.section == "subjective":
            parts["history"].append(p.line)
        elif p.section == "objective":
            parts["results" if p.division == "objective_results" else "exam"].append(p.line)
        elif p.section in ("assessment", "plan"):
            parts[p.section].append(p.line)
    return parts
