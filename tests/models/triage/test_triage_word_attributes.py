"""A word the pipeline first meets in a request gets only the lexical attributes matching reads (pipeline.py:
attributes_read); nothing in the source reads another, and the ones kept are right for new words."""
from __future__ import annotations

import re
from pathlib import Path

import spacy.attrs

from models.triage.pipeline import get_nlp

ROOT = Path(__file__).resolve().parents[3]
# Token or lexeme attributes spaCy computes for a new word that the blank pipeline no longer computes.
DROPPED = re.compile(r"\.(?:like_num|like_url|like_email|is_punct|is_space|is_digit|is_stop|is_lower|is_upper|"
                     r"is_title|is_ascii|is_bracket|is_quote|is_left_punct|is_right_punct|is_currency|is_oov|"
                     r"shape_|norm_|prefix_|suffix_|lang_)\b|(?:[\"']|attrs\.)(?:LIKE_NUM|LIKE_URL|LIKE_EMAIL|IS_PUNCT|IS_SPACE|"
                     r"IS_DIGIT|IS_STOP|IS_LOWER|IS_UPPER|IS_TITLE|IS_ASCII|SHAPE|NORM|PREFIX|SUFFIX)\b")


def test_the_blank_pipeline_computes_what_matching_reads_for_a_new_word():
    vocab = get_nlp().vocab
    assert set(vocab.lex_attr_getters) == {spacy.attrs.LOWER, spacy.attrs.IS_ALPHA}
    words = ["Zqxwvbk", "ÜNÏCÖDE", "बुखारक्ष", "x7Q", "😀😀q"]
    doc = get_nlp()(" ".join(words))
    assert [t.lower_ for t in doc] == [t.text.lower() for t in doc]
    assert [t.is_alpha for t in doc] == [t.text.isalpha() for t in doc]


def test_no_source_reads_an_attribute_new_words_no_longer_get():
    """A rule that read, say, token.like_num would be right for the words loaded with the model and wrong for the
    words a request brings: keep that attribute in attributes_read first (a token pattern's own keys are kept
    by it already)."""
    found = []
    for folder in ("models", "media"):  # where spaCy's tokens are read
        for path in (ROOT / folder).rglob("*.py"):
            for n, line in enumerate(path.read_text().splitlines(), 1):
                if DROPPED.search(line.split("#")[0]):
                    found.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert found == []
