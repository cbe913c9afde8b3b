"""ACI-BENCH encounters (github.com/wyim/aci-bench, CC BY 4.0) read as the benchmark lays them out.

A split is a CSV file of ``data/challenge_data/`` (``train.csv``, ``valid.csv``,
``clinicalnlp_taskB_test1.csv``, ...; columns dataset, encounter_id, dialogue, note; the
``*_metadata.csv`` beside it is not needed) or of ``data/src_experiment_data/`` (id instead of
encounter_id), or a JSON file of ``data/challenge_data_json/`` ({"data": [{"src", "tgt", "file"}]}).
A directory holding exactly one such split (metadata files aside) may be given instead of the file.
The dataset is never shipped with the code: the command takes its path.
"""
from __future__ import annotations

import csv
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from .errors import SoapError


class BenchmarkFileError(SoapError):
    """The ACI-BENCH path cannot be read as one split."""


@dataclass(frozen=True)
class Encounter:
    """One benchmark encounter: the conversation and the clinician's note for it."""

    id: str
    dataset: str  # aci, virtassist or virtscribe ("" when the file does not say)
    dialogue: str
    note: str


def split_file(path: Path, split: str | None = None) -> Path:
    """The split's file: ``path`` itself; or in the folder ``path`` (or its data/challenge_data/, as in a
    checkout of the benchmark) the file named ``split`` (.csv, else .json), or the one split there."""
    if path.is_file():
        return path
    if not path.is_dir():
        raise BenchmarkFileError(f"{path}: no such file or directory")
    if split is not None:
        for folder in (path, path / "data" / "challenge_data", path / "challenge_data"):
            for suffix in (".csv", ".json"):
                if (folder / f"{split}{suffix}").is_file():
                    return folder / f"{split}{suffix}"
        raise BenchmarkFileError(f"{path}: no split {split!r} (looked for {split}.csv and {split}.json)")
    found = sorted(p for p in path.iterdir() if p.suffix in (".csv", ".json") and not p.stem.endswith("_metadata"))
    if len(found) != 1:
        names = ", ".join(p.name for p in found) or "none"
        raise BenchmarkFileError(f"{path}: expected one split file (a .csv or .json besides *_metadata.csv), "
                                 f"found {names}; give the file itself, or --split NAME")
    return found[0]


def load_split(path: Path, split: str | None = None) -> tuple[str, list[Encounter]]:
    """(split name, its encounters in file order) of an ACI-BENCH split file or directory."""
    file = split_file(path, split)
    try:
        encounters = _read_json(file) if file.suffix == ".json" else _read_csv(file)
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise BenchmarkFileError(f"{file}: cannot read: {err}") from err
    if not encounters:
        raise BenchmarkFileError(f"{file}: no encounters")
    return file.stem, encounters


def _read_csv(file: Path) -> list[Encounter]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # a long dialogue is one field
    with file.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        missing = {"dialogue", "note"} - set(reader.fieldnames or ())
        if missing:
            raise BenchmarkFileError(f"{file}: not an ACI-BENCH split (no column {', '.join(sorted(missing))})")
        return [Encounter(row.get("encounter_id") or row.get("id") or str(n), row.get("dataset") or "",
                          row["dialogue"], row["note"]) for n, row in enumerate(reader, 1)]


def _read_json(file: Path) -> list[Encounter]:
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        raise BenchmarkFileError(f"{file}: not JSON: {err.msg} at line {err.lineno}") from err
    rows = data.get("data") if isinstance(data, dict) else None
    if not isinstance(rows, list) or not all(isinstance(r, dict) and isinstance(r.get("src"), str)
                                             and isinstance(r.get("tgt"), str) for r in rows):
        raise BenchmarkFileError(f"{file}: not an ACI-BENCH split (expected {{\"data\": [{{\"src\", \"tgt\"}}]}})")
    return [Encounter(str(r.get("file") or n), "", r["src"], r["tgt"]) for n, r in enumerate(rows, 1)]
