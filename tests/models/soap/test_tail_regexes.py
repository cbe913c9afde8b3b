"""The end-anchored and space-run patterns give the same answers after they were made linear (5,000 spaces took
0.2-0.5 s in each: they rescanned a run of spaces from each of its starts; `clinic bench triage` times it)."""

from models.soap.const import CLINICIAN
from models.soap.dialogue import Sentence
from models.soap.tidy import detokenize, strip_fillers


def test_space_run_before_punctuation_is_closed_up():
    assert detokenize("fine" + " " * 5000 + ", thanks .") == "fine, thanks."
    assert detokenize("a" + " " * 4998 + "b") == "a b"


def test_trailing_tags_are_still_stripped_after_a_long_sentence():
    long = "we will order an echo " + "and check it " * 50
    assert strip_fillers(long + ", okay, you know, right").endswith("check it")
    assert strip_fillers("we will order an echo" + " " * 5000 + ", okay") == "we will order an echo"


def test_tag_question_is_a_statement_even_after_a_long_run_of_spaces():
    sentence = Sentence(index=0, text="we'll order an echo," + " " * 5000 + "okay?", speaker=CLINICIAN, turn=0, start=0,
                        end=0)
    assert not sentence.is_question
