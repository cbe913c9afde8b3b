"""Click commands: `clinic transcribe [FILE]`, `clinic transcribe eval`, `clinic bench speech`."""

from __future__ import annotations

import contextlib
import json
import sys
import tempfile
from pathlib import Path

import click

from ..cli_groups import FileOrSubcommand
from .const import ENGINE_WHISPER, ENGINES, TARGET_WER
from .dataset import DEFAULT_SPEEDS, DEFAULT_VOICES
from .errors import SpeechError


ENGINE_OPTIONS = (
    click.option("--engine", type=click.Choice(ENGINES), default=ENGINE_WHISPER, show_default=True),
    click.option(
        "--model",
        "model_path",
        type=click.Path(exists=True, file_okay=False, path_type=Path),
        help="Model directory (CTranslate2 Whisper or Vosk); default: the packaged model.",
    ),
    click.option("--threads", type=click.IntRange(min=1), help="CPU threads (default: speech.cpu_threads)."),
)


def engine_options(command):
    for option in reversed(ENGINE_OPTIONS):
        command = option(command)
    return command


def json_option(command):
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")(command)


@click.group("transcribe", cls=FileOrSubcommand)
def transcribe() -> None:
    """Transcribe FILE (WAV, OGG, WebM, MP3 ...) or evaluate the engines.

    \b
    clinic transcribe [--engine whisper|vosk] [--model PATH] [--threads N] [--json] FILE
    clinic transcribe eval [DIR|MANIFEST]
    """


@transcribe.command("file", hidden=True)
@engine_options
@json_option
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def transcribe_recording(file: Path, engine: str, model_path: Path | None, threads: int | None, as_json: bool) -> None:
    """Transcribe one recording."""
    from .service import transcribe_file

    with _speech_errors():
        result = transcribe_file(file, engine, model_path=model_path, cpu_threads=threads)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    for segment in result["segments"]:
        click.echo(f"[{segment['start']:7.2f} → {segment['end']:7.2f}] {segment['text']}")
    click.echo(
        f"{result['duration_s']:.1f} s of audio in {result['processing_s']:.1f} s "
        f"({_speedup(result['rtf'])}), {result['engine']} {result['model']}",
        err=True,
    )


@transcribe.command("eval")
@click.argument("source", required=False, type=click.Path(exists=True, path_type=Path))
@engine_options
@json_option
@click.option(
    "--voice", "voices", multiple=True, default=DEFAULT_VOICES, show_default=True, help="espeak-ng voice (repeatable)."
)
@click.option(
    "--speed",
    "speeds",
    multiple=True,
    type=int,
    default=DEFAULT_SPEEDS,
    show_default=True,
    help="Words per minute (repeatable).",
)
@click.option("--limit", type=click.IntRange(min=1), help="Use only the first N corpus sentences.")
@click.option(
    "--keep", type=click.Path(file_okay=False, path_type=Path), help="Keep the synthesised corpus in this folder."
)
@click.option("--max-wer", type=float, help=f"Exit with status 1 above this WER (target {TARGET_WER:.0%}).")
def evaluate_engine(
    source: Path | None,
    engine: str,
    model_path: Path | None,
    threads: int | None,
    as_json: bool,
    voices: tuple[str, ...],
    speeds: tuple[int, ...],
    limit: int | None,
    keep: Path | None,
    max_wer: float | None,
) -> None:
    """Word error rate over SOURCE (a folder of X.wav + X.txt, or a JSONL manifest).

    Without SOURCE the clinical corpus is synthesised with espeak-ng in every voice and speed.
    """
    from .dataset import load_sentences, load_utterances, synthesise_corpus
    from .evaluation import evaluate

    with _speech_errors(), tempfile.TemporaryDirectory(prefix="speech-eval-") as tmp:
        if source is not None:
            utterances = load_utterances(source)
        else:
            sentences = load_sentences()[:limit]
            utterances = synthesise_corpus(keep or Path(tmp), sentences=sentences, voices=voices, speeds=speeds)
        if not utterances:
            raise click.ClickException(f"no recordings with transcripts found in {source}")
        with click.progressbar(length=len(utterances), label="transcribing", file=sys.stderr) as bar:
            report = evaluate(
                utterances, engine=engine, model_path=model_path, cpu_threads=threads, on_item=lambda _: bar.update(1)
            )
    summary = report.as_dict()
    if as_json:
        click.echo(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        click.echo(
            f"{summary['engine']} {summary['model']}: {summary['utterances']} utterances, "
            f"{summary['audio_s']:.0f} s of audio, {_speedup(summary['rtf'])}"
        )
        click.echo(f"WER overall: {summary['wer']:.1%}")
        for title, key in (("voice", "wer_by_voice"), ("speed", "wer_by_speed")):
            click.echo(f"WER by {title}: " + ", ".join(f"{k} {v:.1%}" for k, v in summary[key].items()))
        for worst in summary["worst"]:
            click.echo(f"  said:  {worst['reference']}\n  heard: {worst['hypothesis']}")
    if max_wer is not None and report.wer > max_wer:
        raise SystemExit(1)


@click.command("speech")
@click.option(
    "--seconds", type=click.FloatRange(min=5), default=60.0, show_default=True, help="Length of the test recording."
)
@click.option("--threads", type=click.IntRange(min=1), default=2, show_default=True)
@click.option("--model", "model_path", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--check", is_flag=True, help="Exit with status 1 when a target is missed.")
@json_option
def bench_speech(seconds: float, threads: int, model_path: Path | None, check: bool, as_json: bool) -> None:
    """Whisper speed, peak memory and first live caption on a synthesised consultation."""
    from .bench import run_speech_bench

    with _speech_errors():
        figures = run_speech_bench(seconds=seconds, model_path=model_path, cpu_threads=threads)
    if as_json:
        click.echo(json.dumps(figures, indent=2))
    else:
        click.echo(_bench_table(figures))
    if check and not all(t["met"] for t in figures["targets"].values()):
        raise SystemExit(1)


def _bench_table(figures: dict) -> str:
    first, targets = figures["first_caption_s"], figures["targets"]
    rows = [
        (
            "speed",
            f"{figures['speedup_x']:.1f}x faster than real time (rtf {figures['rtf']:.3f})",
            ">=",
            "speedup_x",
            "x",
        ),
        ("peak memory", f"{figures['peak_rss_mb']:.0f} MB RSS, model load included", "<=", "peak_rss_mb", " MB"),
        (
            "first caption",
            f"{'none' if first is None else f'{first:.2f} s'} after audio start (live stream)",
            "<=",
            "first_caption_s",
            " s",
        ),
    ]
    lines = [
        f"speech benchmark: {figures['engine']} {figures['model']}, {figures['cpu_threads']} threads, "
        f"{figures['audio_s']:.0f} s recording"
    ]
    for label, value, relation, key, unit in rows:
        target = f"target {relation} {targets[key]['target']:g}{unit}"
        lines.append(f"  {label:<14} {value:<48} {target:<18} {'ok' if targets[key]['met'] else 'MISSED'}")
    lines.append(f"  {'model load':<14} {figures['load_s']:.2f} s; WER on the recording {figures['wer']:.1%}")
    return "\n".join(lines)


def _speedup(rtf: float) -> str:
    return f"{1 / rtf:.1f}x faster than real time" if rtf else "instant"


@contextlib.contextmanager
def _speech_errors():
    """Show a speech error as a one-line CLI error instead of a traceback."""
    try:
        yield
    except SpeechError as err:
        raise click.ClickException(str(err)) from err
