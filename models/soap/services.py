"""The SOAP generator's service: a consultation transcript in, a draft note out (the same JSON everywhere)."""
from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Mapping
from functools import partial
from typing import Any, Final

from spacy.tokens import Doc

from models.triage.context import entities
from models.triage.extract import extract_mentions
from models.triage.lexicon import IGNORE_ID
from models.triage.pipeline import TERM_LABEL, get_nlp, terms_of

from .classify import SMALL_TALK, Features, classify
from .compose import (chief_complaint, note_sentence, note_words_budget, patient_pronoun, question_and_answer,
                      resolved_line)
from .const import AUTHOR, GENERATOR_VERSION, MAX_TRANSCRIPT_CHARS, PATIENT, SECTIONS
from .dialogue import Sentence, read_transcript
from .layout import render_note
from .placement import Placed, decide, fill_empty_divisions, note_parts, trim_to_budget
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
# Drafted by load(): a punctuated visit with readings, drugs, tests and a follow-up, and an unpunctuated one (the
# segmenter's path), so that every pattern and model drafting uses is built before the first patient.
WARM_UP: Final = (
    "Doctor: What brings you here today? Patient: Fever and cough since 2 days, no vomiting. Doctor: BP is 120/80, "
    "pulse 88, temperature 38.5. Chest is clear. Take paracetamol 500 mg twice a day for 3 days. Do a CBC. "
    "Come back after 3 days.",
    "doctor how are you feeling today patient i have had a headache since morning doctor we will start "
    "ibuprofen 400 mg and check your blood sugar",
)
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
    parse = Parses()
    features = _features(sentences, parse)
    chances = division_probabilities(sentences)
    he = patient_pronoun(sentences)
    device = [dict(r) for r in device_vitals or ()]
    placed: list[Placed] = [Placed(line, "objective", "objective_exam", "device reading", [], 1.0)
                             for line in describe_device_vitals(device)]
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
            placed.append(Placed(resolved or " ".join(s.text for s in said),
                                  "subjective" if resolved else None, "subjective" if resolved else None,
                                  "question answered" if resolved else "question", said,
                                  1.0 - chances[j - 1]["none"]))
            i = j + (1 if used_answer else 0)
            continue
        section, rule = classify(sentence, found)
        section, division, rule, keep = decide(section, rule, chances[i], sentence)
        line = note_sentence(sentence, he) if section else sentence.text
        if line is None:
            section, division, rule = None, None, "nothing left once fillers are out"
        placed.append(Placed(line or sentence.text, section, division, rule, [sentence], keep, chances[i], he,
                             found))
        i += 1
    fill_empty_divisions(placed)
    trim_to_budget(placed, note_words_budget(len(text.split())))
    plan_features = [p.found for p in placed if p.section == "plan"]
    spoken_vitals = [{**v, "source": "transcript"} for p in placed if p.section == "objective" for v in p.found.vitals]
    sections: dict[str, list[str]] = {name: [p.line for p in placed if p.section == name] for name in SECTIONS}
    complaint = chief_complaint(sentences)
    return {
        **sections,
        "note": render_note(complaint[0] if complaint else None, note_parts(placed)),
        "chief_complaint": complaint[0] if complaint else None,
        "vitals": from_encounter(device) + spoken_vitals,
        "symptoms": _symptoms(sections["subjective"], parse),
        "medications": _medications(plan_features),
        "tests_ordered": list(dict.fromkeys(t["name"] for f in plan_features for t in f.tests if t["ordered"])),
        "follow_up": next((f.follow_up for f in reversed(plan_features) if f.follow_up), None),
        "explanations": [p.explanation() for p in placed],
        "generator": {"author": AUTHOR, "version": GENERATOR_VERSION},
    }


def load() -> float:
    """Build everything drafting uses (the triage pipeline, the segmenter's and selector's models, the drug and test
    patterns) by drafting two visits, so that a worker's first note does not wait for it (a first 5,000-character
    draft took 515 ms, ten times a later one); returns the seconds it took."""
    started = time.perf_counter()
    for transcript in WARM_UP:
        generate_soap(transcript)
    return time.perf_counter() - started


def validate_transcript(text: Any) -> str:
    """The text, if a note can be made of it; else SoapInputError."""
    if not isinstance(text, str):
        raise SoapInputError("transcript must be text", length=0)
    if not text.strip():
        raise SoapInputError("transcript is empty", length=len(text))
    if len(text) > MAX_TRANSCRIPT_CHARS:
        raise SoapInputError(f"transcript is longer than {MAX_TRANSCRIPT_CHARS} characters", length=len(text))
    return text


class Parses:
    """The triage pipeline's parse of each text, made once for one draft: a sentence's symptom names and the
    history's findings read the same Doc when the history is that sentence (a long one-sentence transcript)."""

    def __init__(self) -> None:
        nlp = get_nlp()
        # what nlp(text) runs, without Language.__call__'s per-call work (building its pipeline list, looking up
        # each component's error handler): a transcript of short sentences is parsed sentence by sentence
        self._make_doc, self._pipes = nlp.make_doc, tuple(proc for _name, proc in nlp.pipeline)
        self._docs: dict[str, Doc] = {}

    def __call__(self, text: str) -> Doc:
        doc = self._docs.get(text)
        if doc is None:
            doc = self._make_doc(text)
            for proc in self._pipes:
                doc = proc(doc)
            self._docs[text] = doc
        return doc


def _features(sentences: list[Sentence], parse: Callable[[str], Doc]) -> list[Features]:
    """Readings and orders per sentence; symptom names (the triage lexicon) when a rule asks for them."""
    find_symptoms = partial(symptom_names, parse=parse)
    out = []
    for sentence in sentences:
        f = Features(text=sentence.text, find_symptoms=find_symptoms)
        if sentence.speaker != "patient":  # a patient's "my sugar was 300" is history, not a reading
            f.vitals = find_vitals(sentence.text)
            f.medications = find_medications(sentence.text)
            f.tests = find_tests(sentence.text)
            f.follow_up = find_follow_up(sentence.text)
        out.append(f)
    return out


def symptom_names(text: str, parse: Callable[[str], Doc] | None = None) -> list[str]:
    """Canonical symptoms named in a sentence by the triage lexicon (no negation: a question's words)."""
    names = [n for ent in entities((parse or get_nlp())(text)) if ent.label_ == TERM_LABEL and ent.ent_id_ != IGNORE_ID
             for term in terms_of(ent.ent_id_)
             if not term.negated  # "drinking well" names a symptom by denying it
             for n in term.symptoms]
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


def _symptoms(subjective: list[str], parse: Callable[[str], Doc]) -> list[dict[str, Any]]:
    """Symptoms of the history by the triage extraction (negation, duration, severity); offsets are into
    the Subjective sentences joined by single spaces."""
    if not subjective:
        return []
    return [m.as_dict() for m in extract_mentions(" ".join(subjective), nlp=parse)]


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
