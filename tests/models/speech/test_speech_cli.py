"""The click commands: `transcribe FILE`, `transcribe eval`, `bench speech`."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from models.speech.cli import bench_speech, transcribe


@pytest.fixture
def cli():
    return CliRunner()


def test_transcribe_file_as_json(cli, whisper_engine, fever_wav):
    result = cli.invoke(transcribe, ["--engine", "whisper", "--json", str(fever_wav)])

    assert result.exit_code == 0, result.output
    assert "fever" in json.loads(result.stdout)["text"].lower()


def test_transcribe_file_as_text(cli, whisper_engine, fever_wav):
    result = cli.invoke(transcribe, [str(fever_wav)])

    assert result.exit_code == 0, result.output
    assert "fever" in result.stdout.lower() and "faster than real time" in result.stderr


def test_transcribe_garbage_is_a_one_line_error(cli, tmp_path):
    junk = tmp_path / "junk.wav"
    junk.write_bytes(b"not audio at all" * 64)

    result = cli.invoke(transcribe, [str(junk)])

    assert result.exit_code == 1
    assert "Error: cannot decode audio from" in result.output and "Traceback" not in result.output


def test_transcribe_missing_model_is_a_one_line_error(cli, tmp_path, fever_wav):
    result = cli.invoke(transcribe, ["--model", str(tmp_path), str(fever_wav)])

    assert result.exit_code == 1
    assert "Whisper model not found at" in result.output


def test_transcribe_help_shows_both_forms(cli):
    result = cli.invoke(transcribe, ["--help"])

    assert result.exit_code == 0
    assert "transcribe eval [DIR|MANIFEST]" in result.output


def test_eval_over_a_folder(cli, whisper_engine, clinical_wavs, tmp_path):
    for n, (wav, text) in enumerate(clinical_wavs[:2]):
        (tmp_path / f"{n}.wav").write_bytes(wav.read_bytes())
        (tmp_path / f"{n}.txt").write_text(text)

    result = cli.invoke(transcribe, ["eval", str(tmp_path), "--json"])

    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["utterances"] == 2 and report["wer"] <= 0.3


def test_eval_synthesises_the_corpus(cli, whisper_engine, espeak):
    result = cli.invoke(transcribe, ["eval", "--limit", "2", "--voice", "en-gb", "--speed", "160", "--max-wer", "0.5"])

    assert result.exit_code == 0, result.output
    assert "WER overall:" in result.stdout and "en-gb" in result.stdout


def test_bench_speech_prints_the_figures(cli, espeak):
    result = cli.invoke(bench_speech, ["--seconds", "12", "--json"])

    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["audio_s"] == pytest.approx(12.0)
    assert figures["speedup_x"] > 1 and figures["peak_rss_mb"] > 50
    assert figures["first_caption_s"] is not None
    assert set(figures["targets"]) == {"speedup_x", "peak_rss_mb", "first_caption_s"}
