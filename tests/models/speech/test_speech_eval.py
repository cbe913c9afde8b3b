"""Normalisation, word error rate, the synthetic corpus, and Whisper's accuracy on it."""

from __future__ import annotations

import pytest

from models.speech.dataset import Utterance, load_sentences, load_utterances, synthesise_corpus
from models.speech.evaluation import evaluate, wer, word_errors
from models.speech.normalize import normalize_text, number_to_words


@pytest.mark.parametrize(
    ("spoken", "written"),
    [
        ("Blood pressure is one hundred and forty over ninety.", "Blood pressure is 140/90"),
        ("His temperature is thirty eight point five degrees.", "His temperature is 38.5°C."),
        ("Take five hundred milligrams", "Take 500mg"),
        ("Oxygen saturation is ninety four percent", "Oxygen saturation is 94%"),
        ("the twenty first day", "the 21st day"),
        ("The child has diarrhoea, it's bad", "the child has diarrhea it is bad"),
        ("an X ray of the chest", "an x-ray of the chest"),
        ("one thousand two hundred", "1,200"),
    ],
)
def test_normalisation_makes_spoken_and_written_forms_equal(spoken, written):
    assert normalize_text(spoken) == normalize_text(written)


def test_digits_joined_by_and_stay_two_numbers():
    # Whisper's normaliser does the same: "100 and 40" is not how 140 is written
    assert normalize_text("100 and 40 over 90") == "one hundred and forty over ninety"
    assert normalize_text("one hundred, and forty over ninety") == "one hundred forty over ninety"
    assert word_errors("one hundred and forty", "100 and 40") == (1, 3)


def test_number_words():
    assert number_to_words(96) == "ninety six"
    assert number_to_words(1_005) == "one thousand five"
    assert number_to_words(2_500_000) == "two million five hundred thousand"


def test_word_error_rate():
    assert word_errors("the patient has a fever", "The patient has fever.") == (1, 5)
    assert wer(["a b c d", "e f"], ["a x c d", "e f g"]) == pytest.approx(2 / 6)
    assert wer([], []) == 0.0


def test_corpus_has_enough_clinical_sentences():
    sentences = load_sentences()
    assert len(sentences) >= 30 and len(set(sentences)) == len(sentences)


def test_synthesised_corpus_round_trips_through_its_manifest(espeak, tmp_path):
    utterances = synthesise_corpus(
        tmp_path, sentences=["The pulse is regular."], voices=("en-us", "en-gb"), speeds=(150,)
    )

    assert [u.voice for u in utterances] == ["en-us", "en-gb"]
    assert all(u.audio.stat().st_size > 1000 for u in utterances)
    assert load_utterances(tmp_path) == utterances


def test_folder_of_wav_and_txt_pairs(espeak, tmp_path):
    ward = tmp_path / "ward-a"
    ward.mkdir()
    espeak("Rest at home.", ward / "one.wav")
    (ward / "one.txt").write_text("Rest at home.\n")
    espeak("No transcript for this one.", ward / "two.wav")

    assert load_utterances(tmp_path) == [Utterance(ward / "one.wav", "Rest at home.", "ward-a")]


def test_whisper_tiny_word_error_rate_on_clinical_sentences(whisper_engine, clinical_wavs):
    utterances = [Utterance(path, text, "en-us", 160) for path, text in clinical_wavs]

    report = evaluate(utterances, engine="whisper")

    assert report.wer <= 0.2, report.as_dict()["worst"]
    assert set(report.wer_by("voice")) == {"en-us"}
