"""``clinic soap``: a SOAP draft from a transcript file (or - for stdin), as text or JSON; and
``clinic soap eval``: the generator scored on consultations with known content.

The file is plain text ("Doctor: ..." / "Patient: ..." turns or not) or a models/speech transcript
JSON ({"text", "segments", ...}). Register with ``main.add_command(soap)`` (the ``clinic`` click group).
"""
from __future__ import annotations

import json
import time
from pathlib import Path

import click

from ..cli_groups import FileOrSubcommand
from .const import SECTIONS
from .errors import SoapInputError

TITLES = {"subjective": "S", "objective": "O", "assessment": "A", "plan": "P"}


def read_transcript_file(raw: str) -> str:
    """Text of a transcript file: a speech transcript's "text", or the file itself."""
    stripped = raw.lstrip()
    if stripped.startswith("{"):
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError:
            return raw
        if isinstance(data, dict) and isinstance(data.get("text"), str):
            return data["text"]
    return raw


class _FileStdinOrSubcommand(FileOrSubcommand):
    route_empty = True  # a bare `clinic soap` reads the transcript from stdin


@click.group("soap", cls=_FileStdinOrSubcommand)
def soap() -> None:
    """Draft a SOAP note from a consultation transcript, or score the generator.

    \b
    clinic soap [--json|--note] FILE|-
    clinic soap eval [--json] [--verbose] [CONSULTATIONS.json]
    clinic soap eval --aci-bench SPLIT.csv|DIR [--split NAME] [--json] [--verbose] [--write-notes NOTES.csv]
    """


@soap.command("file", hidden=True)
@click.argument("file", type=click.File("r", encoding="utf-8"), default="-")
@click.option("--json", "as_json", is_flag=True, help="Print the whole draft as JSON.")
@click.option("--note", "as_note", is_flag=True, help="Print the note in a clinician's layout (CHIEF COMPLAINT, "
              "HISTORY OF PRESENT ILLNESS, PHYSICAL EXAM, RESULTS, ASSESSMENT AND PLAN).")
def draft(file, as_json: bool, as_note: bool) -> None:
    """Draft a SOAP note from a consultation transcript (FILE, or - for stdin)."""
    from .services import generate_soap   # spaCy: loaded by the commands that use it, not by every `clinic`

    text = read_transcript_file(file.read())
    started = time.perf_counter()
    try:
        note = generate_soap(text)
    except SoapInputError as err:
        raise click.UsageError(err.reason) from err
    elapsed_ms = (time.perf_counter() - started) * 1000
    if as_json:
        click.echo(json.dumps(note, indent=2, ensure_ascii=False))
        return
    if as_note:
        click.echo(note["note"], nl=False)
        click.echo(f"({elapsed_ms:.1f} ms)", err=True)
        return
    for section in SECTIONS:
        click.echo(f"{TITLES[section]}:")
        for sentence in note[section] or ["-"]:
            click.echo(f"  {sentence}")
    for med in note["medications"]:
        missing = f"  (missing: {', '.join(med['missing'])})" if med["missing"] else ""
        click.echo(f"Rx: {med['drug']} {med['dose'] or '?'} {med['unit'] or ''} {med['frequency'] or '?'} "
                   f"x {med['duration_days'] or '?'} days{missing}")
    if note["tests_ordered"]:
        click.echo(f"Tests: {', '.join(note['tests_ordered'])}")
    if note["follow_up"]:
        click.echo(f"Follow-up: {note['follow_up']['days']} days")
    click.echo(f"({elapsed_ms:.1f} ms)", err=True)


@soap.command("eval")
@click.argument("source", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--aci-bench", "aci_bench", type=click.Path(exists=True, path_type=Path),
              help="Score on an ACI-BENCH split instead: its CSV or JSON file (e.g. "
                   "data/challenge_data/valid.csv), or a folder holding one split.")
@click.option("--split", help="With --aci-bench FOLDER holding several splits (or the benchmark's checkout): "
              "the split's name, e.g. valid or clinicalnlp_taskB_test1.")
@click.option("--write-notes", type=click.Path(dir_okay=False, writable=True, path_type=Path),
              help="With --aci-bench: also write the drafted notes as a CSV (encounter_id, note) that "
                   "the benchmark's own evaluate_fullnote.py reads.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--verbose", "-v", is_flag=True, help="List every miss, consultation by consultation.")
@click.option("--min-placement", type=click.FloatRange(0, 1),
              help="Exit with status 1 below this share of items placed right (target 0.85).")
def evaluate_generator(source: Path | None, aci_bench: Path | None, split: str | None, write_notes: Path | None,
                       as_json: bool, verbose: bool, min_placement: float | None) -> None:
    """Score the generator on SOURCE (default: the packaged consultations with known content), or on an
    ACI-BENCH split (--aci-bench).

    Prints the share of expected items placed in the right section and medication-field accuracy; on
    ACI-BENCH, full-note ROUGE-1/2/L/Lsum beside the transcript copied as the note, note length against
    the reference, notes with an empty part where the reference has text, time and peak memory.
    """
    if aci_bench is not None:
        from .benchmark_cli import report_benchmark

        report_benchmark(aci_bench, split=split, write_notes=write_notes, as_json=as_json, verbose=verbose)
        return
    from .evaluation import TARGET_PLACEMENT, ConsultationFileError, evaluate, load_consultations
    from .services import generate_soap

    try:
        cases = load_consultations(source)
    except ConsultationFileError as err:
        raise click.ClickException(str(err)) from err
    try:
        report = evaluate(cases, generate_soap)
    except SoapInputError as err:
        raise click.ClickException(f"a transcript cannot be drafted: {err.reason}") from err
    summary = report.as_dict()
    if as_json:
        click.echo(json.dumps(summary, indent=2, ensure_ascii=False))
    else:
        click.echo(f"{summary['consultations']} consultations, {summary['items']} expected items, "
                   f"{summary['medication_fields']} medication fields")
        click.echo(f"items placed in the right section: {report.placement:.1%} (target {TARGET_PLACEMENT:.0%})")
        click.echo(f"medication-field accuracy:         {report.medication_accuracy:.1%}")
        click.echo(f"symptoms, vitals, tests, follow-up, misplacements: {report.other_accuracy:.1%} "
                   f"of {summary['other_checks']} checks")
        for case in report.cases:
            if case.problems and verbose:
                click.echo(f"  {case.id}:")
                click.echo("\n".join(f"    {p}" for p in case.problems))
            elif case.problems:
                click.echo(f"  {case.id}: {len(case.problems)} miss(es); --verbose lists them")
    if min_placement is not None and report.placement < min_placement:
        raise SystemExit(1)
