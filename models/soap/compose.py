"""Spoken sentences into a note's sentences: who the patient is (he, she or "the patient"), each
sentence in note style and the third person, a question and its answer as one history line, the chief
complaint, and how long a clinician's note on a conversation of this length runs.
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import islice
from typing import Final

from .. import rx
from .const import CLINICIAN, PATIENT
from .dialogue import Sentence
from .tidy import expand_contractions, sentence_case, strip_fillers, third_person

# A clinician's note runs about 165 words plus a fifth of the conversation's (ACI-BENCH train, r=0.63).
NOTE_WORDS_BASE: Final = 165
NOTE_WORDS_PER_WORD: Final = 0.2

_SEX: Final = rx.compile(r"\b\d+[- ]year[- ]old (?:(?:white|black|african american|hispanic|asian|caucasian) )?"
                         r"(male|man|gentleman|boy|female|woman|lady|girl)\b|\b(mr|mrs|ms|miss)\b\.?", re.I)
_MALE: Final = frozenset({"male", "man", "gentleman", "boy", "mr"})
_PRONOUNS: Final = rx.compile(r"\b(he|him|his|himself|she|her|hers|herself)\b", re.I)

QUESTION_LEAD: Final = re.compile(
    r"^(?:(?:and|so|okay|now|alright|also|but|um|uh)\b[\s,]*)*"
    r"(?:do you (?:have|get|feel|notice)|did you (?:have|get|notice|feel|experience)|have you (?:had|noticed|"
    r"been having|been experiencing|experienced|felt|ever had|had any)|are you (?:having|experiencing|"
    r"feeling|noticing)|were you (?:having|experiencing)|is there|are there|has there been|any(?: other)?|"
    r"you have not had|no)\b[\s,]*(?:any\s+)?", re.I)
NO_ANSWER: Final = re.compile(r"^(?:no|nope|nah|not really|not at all|none|never|nothing|i have not|i haven't|"
                              r"i don't think so|i do not|nahi|nahin)\b", re.I)
YES_ANSWER: Final = re.compile(r"^(?:yes|yeah|yep|yup|i have|i do|a little|sometimes|haan|ji haan)\b", re.I)
DICTATION_COMMAND: Final = re.compile(r"^(?:(?:hey,? |ok(?:ay)?,? )?dragon\b[\s,.?!]*(?:show me|finalize|open|go to|"
                                      r"pull up|bring up|stop|start|end|close|sign|save|next)\b|"
                                      r"(?:hey,? |ok(?:ay)?,? )?dragon\b[\s,.?!]*$|show me the|finalize the note)", re.I)
_CC: Final = rx.compile(
    r"\b(?:here|in|presents?|presenting|coming in|came in|seeing you|see you|visit|evaluation)(?: today)?"
    r" (?:for|with|of|regarding)(?: an?| the| your| his| her| some| a follow-up on| follow-up on| evaluation of|"
    r" a follow-up of)? (?P<cc>[a-z][a-z0-9 '/-]{2,50}?)(?=[.,?!]| today| and (?:i|we|you)\b| so\b| that\b|"
    r" which\b|$)", re.I)
_CC_NOT: Final = re.compile(r"^(?:a (?:bit|little|while|second|minute)|the (?:first time|nurse)|you|me|us|"
                            r"your (?:visit|appointment)|this|that|it|today|now|here|a visit|an appointment)\b",
                            re.I)


def patient_pronoun(sentences: list[Sentence]) -> str:
    """ "he" or "she" when the conversation says (age and sex, Mr/Mrs, or how the clinician speaks of the
    patient), else "the patient"."""
    said = Counter()
    for s in sentences:
        for match in _SEX.finditer(s.text):
            word = (match.group(1) or match.group(2)).lower()
            said["he" if word in _MALE else "she"] += 3
        if s.speaker == CLINICIAN:
            for match in _PRONOUNS.finditer(s.text):
                said["he" if match.group(1).lower().startswith(("he", "hi")) else "she"] += 1
    if not said:
        return "the patient"
    (top, count), *rest = said.most_common()
    return top if count >= 2 and (not rest or count >= 2 * rest[0][1]) else "the patient"

_LEADING_JOINER: Final = re.compile(r"^(?:so |and |but |because )", re.I)


def note_sentence(sentence: Sentence, he: str) -> str | None:
    """The sentence in note style: fillers out, contractions spelled out, the patient in the third person.
    None when nothing is left, or when it is a command to the dictation software ("Dragon, show me the
    chest x-ray")."""
    if DICTATION_COMMAND.match(sentence.text):
        return None
    text = strip_fillers(expand_contractions(sentence.text.rstrip(".?! ")))
    # fewer than two letters (Devanagari vowel signs are not letters: count, not match); counting stops at two
    if len(list(islice(filter(str.isalpha, text), 2))) < 2:
        return None
    speaker = PATIENT if sentence.speaker == PATIENT else CLINICIAN
    text = third_person(text, speaker=speaker, he=he)
    text = _LEADING_JOINER.sub("", text)
    return sentence_case(text)


def resolved_line(line: str, he: str) -> str:
    """A question-and-answer line of the rules ("Reports cough: raat ko zyada.", "Any allergies? — No.") in
    note style: the patient's words in the third person, the clinician's "you" as the patient."""
    question, dash, answer = line.partition(" — ")
    if dash:
        question = third_person(strip_fillers(expand_contractions(question)), speaker=CLINICIAN, he=he)
        answer = third_person(strip_fillers(expand_contractions(answer)), speaker=PATIENT, he=he)
        return sentence_case(f"{question} — {answer}".rstrip(". ")) if answer else sentence_case(question)
    head, colon, rest = line.partition(": ")
    if colon:
        rest = third_person(strip_fillers(expand_contractions(rest.rstrip(". "))), speaker=PATIENT, he=he)
        return f"{head}: {rest}." if rest else f"{head}."
    return line


def question_and_answer(question: Sentence, answer: Sentence, he: str) -> str | None:
    """A clinician's yes/no question and the patient's answer as one line: "Denies chest pain." / "Reports
    swelling in his legs." None when the answer is neither a plain no nor a plain yes, or the question
    names nothing."""
    if question.speaker == PATIENT or answer.speaker != PATIENT:
        return None
    negative, positive = NO_ANSWER.match(answer.text), YES_ANSWER.match(answer.text)
    if not (negative or positive) or (negative and positive):
        return None
    lead = QUESTION_LEAD.match(question.text)
    if not lead or lead.end() == 0:
        return None
    topic = strip_fillers(expand_contractions(question.text[lead.end():].rstrip("?. ")))
    words = topic.split()
    if not 1 <= len(words) <= 16 or re.search(r"\b(?:questions?|concerns?|else)\b", topic, re.I):
        return None
    topic = third_person(topic, speaker=CLINICIAN, he=he)
    subject = "The patient" if he == "the patient" else he.capitalize()
    verb = "denies" if negative else "reports"
    return f"{subject} {verb} {topic}."


def chief_complaint(sentences: list[Sentence]) -> tuple[str, Sentence] | None:
    """What the visit is for, as the clinician names it early in the conversation ("here for left shoulder
    pain"), with the sentence that says so."""
    early = sentences[:max(8, len(sentences) // 3)]
    for s in early:
        if s.speaker == PATIENT:
            continue
        match = _CC.search(s.text)
        if match and not _CC_NOT.match(match.group("cc")):
            cc = strip_fillers(match.group("cc")).strip()
            if 1 <= len(cc.split()) <= 8:
                return sentence_case(third_person(cc, speaker=CLINICIAN, he="the patient")), s
    return None


def note_words_budget(transcript_words: int) -> int:
    return int(NOTE_WORDS_BASE + NOTE_WORDS_PER_WORD * transcript_words)
