"""The SOAP draft's shortcuts give what the long way gives: the segmenter's scoring, digitize's skip when no number
word is said, the parse without Language.__call__, the history's symptoms without the triage-only readings, and
the question test that strips fillers only from a sentence holding an asking word."""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.soap import dialogue, numbers, segment, tidy
from models.soap.evaluation import load_consultations
from models.soap.placement import _ASKING_WORD, INTERROGATIVE
from models.soap.services import Parses, symptom_names
from models.soap.tidy import strip_fillers
from models.triage.bench import character_classes
from models.triage.extract import extract_findings, extract_mentions
from models.triage.pipeline import get_nlp

CASES = load_consultations()
LONG = (Path(__file__).parent / "long_consultation.txt").read_text()
VIGNETTES = Path(__file__).parents[1] / "triage" / "vignettes.jsonl"


def _transcripts() -> list[str]:
    return [c["transcript"] if isinstance(c["transcript"], str) else "\n".join(c["transcript"]) for c in CASES]


def _unpunctuated() -> list[str]:
    rng = random.Random(7)
    texts = [re.sub(r"[.?!,]", "", t).lower() for t in [*_transcripts(), LONG]]
    words = " ".join(texts).split()
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 400))) for _ in range(40)]
    return texts + [character_classes(length=1500)[name] for name in ("letters", "complaint words", "mixed")]


@pytest.mark.parametrize("text", _unpunctuated())
def test_sentence_ends_score_each_gap_as_the_model_does(text):
    words = [segment.normal_word(m.group(0)) for m in segment._WORD.finditer(text)]
    padded = ["<s>", *words, "</s>", "</s>", "</s>"]
    assert segment.sentence_ends(words) == segment._sentence_ends_by_features(words, padded)


NUMBER_TEXTS = ["one forty over ninety", "ninety-eight point six", "Kone", "\u212aone and \u017fix", "a hundred and two",
                "no one else", "this one", "ONE TWO", "twentyone", "one", "", "7777", "बुखार two days",
                "temperature one hundred and one point two", "x-ray", "seventy-seven-seven"]


class _SaysOne:
    @staticmethod
    def findall(_text: str) -> list[str]:
        return ["one"]


@pytest.mark.parametrize("text", NUMBER_TEXTS + [t[:600] for t in _transcripts()])
def test_digitize_skips_only_text_without_a_number_word(text, monkeypatch):
    fast = numbers.digitize(text)
    monkeypatch.setattr(numbers, "_LETTERS", _SaysOne())  # every text read token by token
    assert fast == numbers.digitize(text)


def test_a_draft_parse_is_the_pipeline_parse():
    nlp, parse = get_nlp(), Parses()
    for text in ["Fever and cough since 2 days, no vomiting.", "pet mein dard 😀 -/x", "Pain in my left knee."]:
        ours, theirs = parse(text), nlp(text)
        assert [t.text for t in ours] == [t.text for t in theirs]
        assert [(e.start, e.end, e.label_, e.ent_id_) for e in ours.ents] == \
            [(e.start, e.end, e.label_, e.ent_id_) for e in theirs.ents]
        assert parse(text) is ours  # parsed once per draft
        assert symptom_names(text, parse) == symptom_names(text)


def _complaints() -> list[str]:
    texts = [json.loads(line)["text"] for line in VIGNETTES.read_text().splitlines() if line.strip()]
    return texts[:400] + _transcripts() + [LONG] + list(character_classes(length=2000).values())


def test_the_drafts_symptoms_are_the_triage_extractions():
    for text in _complaints():
        assert [m.as_dict() for m in extract_mentions(text)] == \
            [m.as_dict() for m in extract_findings(text).mentions], text[:80]


FILLERS_AND_ASKING = ["um", "uh", "you know", "is", "IS", "are", "you", "so", "and", "okay", "well", "i mean", "do",
                      "the", "x", "-", ",", "is,", "Is-", "um,", "like i said", "basically", "any", "kind of", "yeah",
                      "right", "dragon", "hey", "'s", "n't", "isum", "ok", "oh", "it", "what", "  ", "\n"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(FILLERS_AND_ASKING), min_size=1, max_size=9), st.sampled_from([" ", "", ",", "-"]))
def test_a_sentence_that_asks_once_stripped_holds_an_asking_word(words, joiner):
    """decide() strips a sentence's fillers only when it holds one of INTERROGATIVE's first words: stripping only
    takes words out, so a sentence without one cannot begin with one once stripped."""
    text = joiner.join(words)
    if INTERROGATIVE.match(strip_fillers(text)):
        assert _ASKING_WORD.search(text)


GATED_WORDS = ["ca", "n't", "N'T", "do", "gon", "na", "NA", "it", "'s", "’s", "’", "okay", "OK", "ok", "right", "yeah",
               "so", "too", "as well", "you know", "dragon", "\u212a", "correct", "alright", "fever", "a", "x", "7", "ब",
               "😀", ",", ".", "?", "!", ";", "%", "/", "-", " ", "  ", "\n"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(GATED_WORDS), min_size=1, max_size=12), st.sampled_from([" ", "", ", ", "\n"]))
def test_patterns_skipped_by_a_gate_would_have_found_nothing(words, joiner):
    """detokenize, strip_fillers and Sentence.is_question skip a pattern when the text lacks what every match holds
    (an apostrophe, " n", a tag's closing letter, a final "?"): where they skip it, it matches nothing."""
    text = joiner.join(words)
    for pattern, _repl, needs in tidy._DETOKENIZE:
        if needs is not None and not any(n in text for n in needs):
            assert pattern.search(text) is None
    if not tidy._may_end_in_tag(text):
        assert tidy.TRAILING.search(text[-tidy.TAIL_CHARS:]) is None
    tail = text[-dialogue.TAIL_CHARS:]
    if not tail.endswith(("?", "?\n")):
        assert dialogue.TAG_QUESTION.search(tail) is None


@pytest.mark.parametrize("text", _unpunctuated()[:10] + [character_classes(length=1500)["mixed"], "ab\n" * 50])
def test_a_turns_punctuation_given_once_cuts_as_searched_per_stretch(text):
    punctuated = segment.SENTENCE_END.search(text) is not None
    for a, b in [(0, len(text)), (len(text) // 3, len(text)), (0, len(text) // 2)]:
        assert segment.unpunctuated_spans(text, a, b, punctuated) == segment.unpunctuated_spans(text, a, b)
