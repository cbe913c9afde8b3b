"""The SOAP generator's service: a consultation transcript in, a draft note out (the same JSON everywhere)."""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from models.triage.extract import extract_findings
from models.triage.lexicon import IGNORE_ID
from models.triage.pipeline import TERM_LABEL, get_nlp, term_table

from .classify import RESULT, SMALL_TALK, Features, classify
from .compose import (chief_complaint, note_sentence, note_words_budget, patient_pronoun, question_and_answer,
                      resolved_line)
from .const import AUTHOR, GENERATOR_VERSION, MAX_TRANSCRIPT_CHARS, PATIENT, SECTIONS
from .dialogue import Sentence, read_transcript
from .layout import DIVISIONS, render_note
from .select import division_probabilities
from .errors import SoapInputError
from .medications import find_medications
from .orders import find_follow_up, find_tests
from .vitals import describe_device_vitals, find_vitals, from_encounter

NEGATIVE: Final = re.compile(r"^(?:no|nope|nahi|nahin|nai|na|never|not really|not at all|none|bilkul nahi)\b[\s,.!]*"
                             r"(?:doctor|sir|madam|ji|saab)?[\s,.!]*", re.I)
POSITIVE: Final = re.compile(r"^(?:yes|yeah|yep|haan|han|ha|ji haan|ji|a little|little bit|thoda|sometimes|"
                             r"occasionally|of course|right)\b[\s,.!]*(?:doctor|sir|madam|ji|saab)?[\s,.!]*", re.I)

QUESTION_TOPIC: Final = re.compile(
    r"^(?:any|is there(?: any)?|are there(?: any)?|do you (?:have|get)|does (?:he|she|the baby|the child) (?:have|get)|"
    r"did you (?:have|get|notice)|have you (?:had|noticed)|has (?:he|she) had)\s+(?:other\s+)?", re.I)
GREETING: Final = re.compile(r"^(?:(?:hi|hello|hey|good (?:morning|afternoon|evening)|namaste)\b[\w\s,.!]*?[,.!]?\s*)?"
                             r"(?:how are (?:you|we)|how(?:'s| is) it going|how have you been|how are things|"
                             r"how(?:'re| are) you doing|nice to (?:see|meet) you|good to see you)\b[^?]*\?$", re.I)
NOTHING: Final = re.compile(r"^(?:nothing(?: like that| of that sort)?|not at all|none|never|bilkul nahi|kuch nahi)?$",
                            re.I)


def generate_soap(text: str, *, device_vitals: Iterable[Mapping[str, Any]] | None = None) -> dict[str, Any]:
    """A SOAP draft from a transcript; ``device_vitals`` are the encounter's readings ({kind, value, unit,
    source}, kinds as in appliance/encounters/const.py), written into Objective ahead of the spoken ones.

    Each sentence is placed by the rules of classify.py when one of them recognises clinical content
    (a reading, a result, an exam finding, an impression, an order); the rest is kept or left out, and
    given its part of the note, by the trained selector (select.py). Kept sentences are rewritten in note
    style (compose.py). ``note`` is the whole note in a clinician's layout (layout.py); every placed
    sentence's explanation gives the words said and their span in the transcript.
    """
    sentences = read_transcript(validate_transcript(text))
    features = _features(sentences)
    chances = division_probabilities(sentences)
    he = patient_pronoun(sentences)
    device = [dict(r) for r in device_vitals or ()]
    placed: list[_Placed] = [_Placed(line, "objective", "objective_exam", "device reading", [], 1.0)
                             for line in describe_device_vitals(device)]
    plan_features: list[Features] = []
    spoken_vitals: list[dict[str, Any]] = []
    i = 0
    while i < len(sentences):
        sentence, found = sentences[i], features[i]
        if sentence.is_question and sentence.speaker != PATIENT:
            j = i
            while j < len(sentences) and sentences[j].is_question and sentences[j].speaker == sentence.speaker:
                j += 1
            resolved, used_answer = _resolve_questions(sentences[i:j], features[i:j], sentences, features, j)
            if resolved is not None:
                resolved = resolved_line(resolved, he)
            elif j < len(sentences):
                resolved = question_and_answer(sentences[j - 1], sentences[j], he)
                used_answer = resolved is not None
            said = sentences[i:j + (1 if used_answer else 0)]
            placed.append(_Placed(resolved or " ".join(s.text for s in said),
                                  "subjective" if resolved else None, "subjective" if resolved else None,
                                  "question answered" if resolved else "question", said,
                                  1.0 - chances[j - 1]["none"]))
            i = j + (1 if used_answer else 0)
            continue
        section, rule = classify(sentence, found)
        section, division, rule, keep = _decide(section, rule, chances[i], sentence)
        line = note_sentence(sentence, he) if section else sentence.text
        if line is None:
            section, division, rule = None, None, "nothing left once fillers are out"
        placed.append(_Placed(line or sentence.text, section, division, rule, [sentence], keep, chances[i], he))
        if section == "objective":
            spoken_vitals.extend({**v, "source": "transcript"} for v in found.vitals)
        if section == "plan":
            plan_features.append(found)
        i += 1
    _fill_empty_divisions(placed)
    _trim_to_budget(placed, note_words_budget(len(text.split())))
    sections: dict[str, list[str]] = {name: [p.line for p in placed if p.section == name] for name in SECTIONS}
    complaint = chief_complaint(sentences)
    return {
        **sections,
        "note": render_note(complaint[0] if complaint else None, _note_parts(placed)),
        "chief_complaint": complaint[0] if complaint else None,
        "vitals": from_encounter(device) + spoken_vitals,
        "symptoms": _symptoms(sections["subjective"]),
        "medications": _medications(plan_features),
        "tests_ordered": list(dict.fromkeys(t["name"] for f in plan_features for t in f.tests if t["ordered"])),
        "follow_up": next((f.follow_up for f in reversed(plan_features) if f.follow_up), None),
        "explanations": [p.explanation() for p in placed],
        "generator": {"author": AUTHOR, "version": GENERATOR_VERSION},
    }


@dataclass
class _Placed:
    """One line of the draft (or one left out) with where it came from."""

    line: str
    section: str | None
    division: str | None
    rule: str
    said: list[Sentence]
    keep: float  # the selector's probability that a clinician's note draws on it
    chance: dict[str, float] | None = None  # the selector's probability of each division
    he: str = "the patient"

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
HEDGE: Final = re.compile(r"\b(?:concern(?:ed)? (?:about|for|that)|worried (?:about|that)|concerning for|"
                          r"suspicious (?:for|of)|likely|probably|possibly|rule out|ruled out|suspect|"
                          r"differential|consistent with|suggestive of|diagnos\w+|impression)\b", re.I)


def _decide(section: str | None, rule: str, chance: dict[str, float], sentence: Sentence
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


def _readable(text: str) -> bool:
    """Whether the selector can read the sentence: most of its words in Latin letters (it was trained on
    English; a Hindi sentence in Devanagari is placed by the rules alone)."""
    latin = len(re.findall(r"[A-Za-z]+", text))
    return latin > 0 and latin >= len(text.split()) / 2


def _trim_to_budget(placed: list[_Placed], budget: int) -> None:
    """Leave out the sentences a note is least likely to draw on until the draft fits a clinician's
    length for a conversation this long: first those the selector kept, then those a strong rule placed;
    never readings, medications, results, nor the last sentence of a part of the note."""
    words = sum(len(p.line.split()) for p in placed if p.section)
    order = sorted((p for p in placed if p.section), key=lambda p: (p.rule.startswith(STRONG_RULES), p.keep))
    for p in order:
        if words <= budget:
            break
        if p.rule.startswith(KEPT_RULES) or sum(q.division == p.division for q in placed if q.section) == 1:
            continue
        words -= len(p.line.split())
        p.rule = f"left out for length: {p.rule} ({p.keep:.2f})"
        p.section = p.division = None


FILL: Final = 0.15  # the probability of a division that puts a sentence into it when nothing else did


def _fill_empty_divisions(placed: list[_Placed]) -> None:
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


def _note_parts(placed: list[_Placed]) -> dict[str, list[str]]:
    parts: dict[str, list[str]] = {"history": [], "exam": [], "results": [], "assessment": [], "plan": []}
    for p in placed:
        if p.section == "subjective":
            parts["history"].append(p.line)
        elif p.section == "objective":
            parts["results" if p.division == "objective_results" else "exam"].append(p.line)
        elif p.section in ("assessment", "plan"):
            parts[p.section].append(p.line)
    return parts


def validate_transcript(text: Any) -> str:
    """The text, if a note can be made of it; else SoapInputError."""
    if not isinstance(text, str):
        raise SoapInputError("transcript must be text", length=0)
    if not text.strip():
        raise SoapInputError("transcript is empty", length=len(text))
    if len(text) > MAX_TRANSCRIPT_CHARS:
        raise SoapInputError(f"transcript is longer than {MAX_TRANSCRIPT_CHARS} characters", length=len(text))
    return text


def _features(sentences: list[Sentence]) -> list[Features]:
    """Readings and orders per sentence; symptom names (the triage lexicon) when a rule asks for them."""
    out = []
    for sentence in sentences:
        f = Features(text=sentence.text, find_symptoms=symptom_names)
        if sentence.speaker != "patient":  # a patient's "my sugar was 300" is history, not a reading
            f.vitals = find_vitals(sentence.text)
            f.medications = find_medications(sentence.text)
            f.tests = find_tests(sentence.text)
            f.follow_up = find_follow_up(sentence.text)
        out.append(f)
    return out


def symptom_names(text: str) -> list[str]:
    """Canonical symptoms named in a sentence by the triage lexicon (no negation: a question's words)."""
    table = term_table()
    names = [n for ent in get_nlp()(text).ents if ent.label_ == TERM_LABEL and ent.ent_id_ != IGNORE_ID
             and not table[ent.ent_id_].negated  # "drinking well" names a symptom by denying it
             for n in table[ent.ent_id_].symptoms]
    return list(dict.fromkeys(names))


def _resolve_questions(questions: list[Sentence], q_features: list[Features], sentences: list[Sentence],
                       features: list[Features], j: int) -> tuple[str | None, bool]:
    """The clinician's questions and the patient's answer as one history line: "Denies vomiting."."""
    answer = sentences[j] if j < len(sentences) else None
    if GREETING.match(" ".join(q.text for q in questions)):
        return None, False  # "How are you today?" "I'm okay." is no history
    if answer is None or answer.speaker == questions[0].speaker and answer.speaker is not None:
        return None, False
    if answer.speaker is None and not (NEGATIVE.match(answer.text) or POSITIVE.match(answer.text)):
        return None, False
    names = list(dict.fromkeys(n for f in q_features for n in f.symptoms))
    negative, positive = NEGATIVE.match(answer.text), POSITIVE.match(answer.text)
    marker = negative or positive
    rest = answer.text[marker.end():].strip(" .!") if marker else answer.text.strip(" .!")
    own_symptoms = bool(features[j].symptoms)
    if negative and NOTHING.match(rest):
        rest = ""
    restated = not rest or (own_symptoms and set(features[j].symptoms) <= set(names) and len(rest.split()) <= 4
                            and not re.search(r"\b(?:no|not|but|nahi|without)\b", rest, re.I))
    question = " ".join(q.text for q in questions)
    echoes = set(re.findall(r"\w+", rest.lower())) <= set(re.findall(r"\w+", question.lower()))
    restated = restated or (negative is not None and echoes)  # "Any blood in the stool?" "No blood."
    if names:
        listed = _join(names)
        if marker and restated:
            return (f"Denies {listed}." if negative else f"Reports {listed}."), True
        if own_symptoms:
            return None, False  # the answer names its own symptoms: it stands in the patient's words
        if positive:
            return f"Reports {listed}: {rest}.", True
        if negative:
            return f"{question} — {answer.text.strip(' .!')}.", True
        return f"{listed[:1].upper()}{listed[1:]}: {rest}.", True
    topic = QUESTION_TOPIC.sub("", question) if len(questions) == 1 else question
    if marker and echoes and topic != question:  # "Any blood in the stool? No." -> "Denies blood in the stool."
        return f"{'Denies' if negative else 'Reports'} {topic.rstrip('?. ')}.", True
    short_fact = not marker and not own_symptoms and len(answer.text.split()) <= 5 \
        and not SMALL_TALK.match(answer.text)
    if (marker and not rest) or short_fact:  # "Any allergies? — No." / "How many months pregnant? — Five."
        return f"{question} — {answer.text.strip(' .!')}.", True
    return None, False


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def _symptoms(subjective: list[str]) -> list[dict[str, Any]]:
    """Symptoms of the history by the triage extraction (negation, duration, severity); offsets are into
    the Subjective sentences joined by single spaces."""
    if not subjective:
        return []
    return [m.as_dict() for m in extract_findings(" ".join(subjective)).mentions]


def _medications(plan: list[Features]) -> list[dict[str, Any]]:
    """One order per drug: a later mention fills in (or corrects) what an earlier one said."""
    merged: dict[str, dict[str, Any]] = {}
    for f in plan:
        for med in f.medications:
            kept = merged.get(med["drug"])
            if kept is None:
                merged[med["drug"]] = dict(med)
                continue
            for key, value in med.items():
                if key not in ("drug", "text", "missing") and value is not None:
                    kept[key] = value
            kept["text"] = f"{kept['text']}; {med['text']}"
            kept["missing"] = [k for k in ("dose", "unit", "frequency", "duration_days") if kept[k] is None]
    return list(merged.values())
