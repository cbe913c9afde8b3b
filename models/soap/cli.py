"""``clinic soap``: a SOAP draft from a transcript file (or - for stdin), as text or JSON.

The file is plain text ("Doctor: ..." / "Patient: ..." turns or not) or a models/speech transcript
JSON ({"text", "segments", ...}). Register with ``main.add_command(soap)`` (the ``clinic`` click group).
"""
from __future__ import annotations

import json
import time

import click

from .const import SECTIONS
from .errors import SoapInputError
from .services import generate_soap

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


@click.command("soap")
@click.argument("file", type=click.File("r", encoding="utf-8"), default="-")
@click.option("--json", "as_json", is_flag=True, help="Print the whole draft as JSON.")
def soap(file, as_json: bool) -> None:
    """Draft a SOAP note from a consultation transcript (FILE, or - for stdin)."""
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
