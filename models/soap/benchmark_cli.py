"""``clinic soap eval --aci-bench PATH``: the benchmark's figures printed (or as JSON) for one split."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import click

from .acibench import BenchmarkFileError, load_split
from .benchmark import TARGET_EMPTY_SHARE, TARGET_LENGTH, TARGET_ROUGE1, draft_notes, score_split
from .errors import SoapInputError
from .layout import DIVISIONS
from .services import generate_soap


def _draft(dialogue: str) -> str:
    return generate_soap(dialogue)["note"]


def report_benchmark(path: Path, *, split: str | None = None, write_notes: Path | None, as_json: bool,
                     verbose: bool) -> None:
    try:
        split, encounters = load_split(path, split)
    except BenchmarkFileError as err:
        raise click.ClickException(str(err)) from err
    try:
        report = score_split(split, encounters, _draft)
    except SoapInputError as err:
        raise click.ClickException(f"a dialogue cannot be drafted: {err.reason}") from err
    if write_notes is not None:
        with write_notes.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["encounter_id", "note"])
            for enc, (note, _s, _p) in zip(encounters, draft_notes(encounters, _draft)):
                writer.writerow([enc.id, note])
    summary = report.as_dict()
    if as_json:
        click.echo(json.dumps(summary, indent=2))
        return
    r, t = summary["rouge"], summary["transcript_copy_rouge"]
    click.echo(f"ACI-BENCH {split}: {summary['encounters']} encounters")
    click.echo(f"full note       ROUGE-1 {r['rouge1']:.2f}  ROUGE-2 {r['rouge2']:.2f}  ROUGE-L {r['rougeL']:.2f}  "
               f"ROUGE-Lsum {r['rougeLsum']:.2f}   (target ROUGE-1 >= {TARGET_ROUGE1:.0f})")
    click.echo(f"transcript copy ROUGE-1 {t['rouge1']:.2f}  ROUGE-2 {t['rouge2']:.2f}  ROUGE-L {t['rougeL']:.2f}  "
               f"ROUGE-Lsum {t['rougeLsum']:.2f}")
    low, high = summary["length_ratio_range"]
    click.echo(f"length: {summary['words_mean']:.0f} words a note against {summary['reference_words_mean']:.0f}, "
               f"mean ratio {summary['length_ratio_mean']:.2f} (range {low:.2f}-{high:.2f}; target "
               f"{TARGET_LENGTH[0]}-{TARGET_LENGTH[1]})")
    empty = ", ".join(f"{d} {summary['empty_by_division'][d]}" for d in DIVISIONS)
    click.echo(f"notes with an empty part where the reference has text: {summary['notes_with_empty_division']:.1%} "
               f"(target <= {TARGET_EMPTY_SHARE:.0%}; by part: {empty})")
    sec, per, mem = summary["seconds_per_note"], summary["seconds_per_1000_words"], summary["peak_python_mb_per_note"]
    click.echo(f"time a note: median {sec['median']:.2f} s, worst {sec['worst']:.2f} s "
               f"(per 1,000 words: median {per['median']:.2f} s, worst {per['worst']:.2f} s)")
    click.echo(f"peak memory a note (Python allocations while drafting): median {mem['median']:.1f} MB, "
               f"worst {mem['worst']:.1f} MB; process peak RSS {summary['max_rss_mb']:.0f} MB")
    if verbose:
        for note in summary["notes"]:
            click.echo(f"  {note['id']:8} {note['dataset']:10} R1 {note['rouge']['rouge1']:5.1f}  "
                       f"{note['words']:4} / {note['reference_words']:4} words  {note['seconds']:.2f} s"
                       + (f"  empty: {', '.join(note['empty_divisions'])}" if note["empty_divisions"] else ""))
