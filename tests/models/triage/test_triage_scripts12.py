"""Round 12: the Brahmic scripts no table read before (Bengali and Assamese, Gurmukhi, Gujarati, Tamil, Malayalam)
are read through their letters' twins in Devanagari or Kannada, so the words they share with Hindi or the southern
lexicon are found and a complaint in them is no longer "not understood". Our own sentences."""

import pytest

from models.triage.normalise import normalise
from models.triage.script import to_latin
from models.triage.script_deccan import to_latin as southern_latin

from tests.models.triage.conftest import present


@pytest.mark.parametrize("word, latin", [
    ("জ্বর", "jvar"), ("রক্ত", "rakt"), ("বিষ", "bish"), ("শ্বাস", "shvaas"), ("ৰক্ত", "rakt"),  # Bengali, Assamese
    ("ਬੁਖਾਰ", "bukhaar"), ("ਬੇਹੋਸ਼", "behosh"), ("ਪੇਟ", "pet"),  # Gurmukhi
    ("તાવ", "taav"), ("ઝેર", "jher"), ("શ્વાસ", "shvaas"),  # Gujarati
    ("बुखार", "bukhaar"), ("ପେଟ", "peta"),  # Devanagari and Odia as before
])
def test_scripts_read_like_hindi_are_read_through_their_devanagari_twins(word, latin):
    assert to_latin(word) == latin


@pytest.mark.parametrize("word, latin", [
    ("வயிறு", "vayiru"), ("தலை", "thalai"), ("காய்ச்சல்", "kaaychal"), ("இல்லை", "illai"),  # Tamil
    ("വേദന", "vedana"), ("പനി", "pani"), ("എന്റെ", "ente"), ("പാമ്പ്", "paampu"), ("മുട്ടൽ", "muttal"),  # Malayalam
    ("ಕಚ್ಚಿದೆ", "kachchide"), ("కడుపు", "kadupu"),  # Kannada and Telugu as before
])
def test_tamil_and_malayalam_are_read_through_their_kannada_twins(word, latin):
    assert southern_latin(word) == latin


@pytest.mark.parametrize("text, symptom", [
    ("জ্বর তিন দিন", "fever"),
    ("ਤਿੰਨ ਦਿਨ ਤੋਂ ਬੁਖਾਰ", "fever"),
])
def test_a_shared_word_in_another_script_is_found(triage, text, symptom):
    assert symptom in present(triage(text, age_years=30))


def test_the_scripts_words_are_read_not_left_as_typed():
    read = normalise("জ্বর, வலி, പനി").text
    assert all(ord(c) < 0x0900 for c in read), read


def test_a_latin_complaint_beside_them_reads_as_before(triage):
    assert present(triage("fever for three days", age_years=30)) == {"fever"}
