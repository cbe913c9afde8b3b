"""Scoring SOAP drafts against consultations whose correct content is written down (``clinic soap eval``).

A consultation file (the packaged ``corpus/consultations.json`` by default) holds, per consultation, the
transcript and what a correct draft holds:

- ``expected``: per section, the items a clinician would put there, each a phrase (alternatives separated
  by ``|``). An item counts as *placed right* when a sentence of that section contains it, *misplaced*
  when only another section does, *missing* otherwise. Phrases and sentences are compared lower-cased,
  with punctuation folded to spaces and spoken numbers written as digits, so "three days" matches "3 days".
- ``medications``: per expected drug the fields to check (drug, dose, unit, frequency, duration_days,
  route; ``instructions`` must be contained in the parsed instructions). A drug not found fails all its
  fields; a drug in the draft that the consultation does not list counts as one failed field.
- ``symptoms`` (name -> negated), ``vitals`` spoken in the consultation, ``tests_ordered``, ``follow_up``,
  and ``not_in``: phrases a section must not hold (small talk, a patient's reading put into Objective).

The two headline figures are the share of expected items placed right and medication-field accuracy;
the rest is printed beside them and every miss is listed, so a change to the generator can be judged
case by case.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Final

from .const import SECTIONS
from .numbers import digitize

TARGET_PLACEMENT: Final = 0.85
MED_FIELDS: Final = ("drug", "dose", "unit", "frequency", "duration_days", "route", "instructions")
_PUNCTUATION = re.compile(r"[^\w./%]+|(?<!\d)\.|\.(?!\d)")  # keeps 8.5, 120/80 and 92%


class ConsultationFileError(ValueError):
    """The consultation file cannot be read or a consultation in it is malformed."""


def default_corpus() -> Path:
    return Path(str(resources.files("models.soap") / "corpus" / "consultations.json"))


def load_consultations(path: Path | None = None) -> list[dict[str, Any]]:
    """The consultations of ``path`` (default: the packaged set), checked for shape."""
    path = path or default_corpus()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise ConsultationFileError(f"{path}: cannot read: {err}") from err
    except json.JSONDecodeError as err:
        raise ConsultationFileError(f"{path}: not JSON: {err.msg} at line {err.lineno}") from err
    cases = data.get("consultations") if isinstance(data, dict) else data
    if not isinstance(cases, list) or not cases:
        raise ConsultationFileError(f"{path}: expected a list of consultations (or {{\"consultations\": [...]}})")
    return [_checked(case, n, path) for n, case in enumerate(cases, 1)]


def _checked(case: Any, n: int, path: Path) -> dict[str, Any]:
    where = f"{path}: consultation {n}"
    if not isinstance(case, dict):
        raise ConsultationFileError(f"{where}: not an object")
    where = f"{path}: consultation {case.get('id', n)!s}"
    transcript = case.get("transcript")
    if isinstance(transcript, list) and all(isinstance(line, str) for line in transcript):
        transcript = "\n".join(transcript)
    if not isinstance(transcript, str) or not transcript.strip():
        raise ConsultationFileError(f"{where}: 'transcript' must be text or a list of lines")
    expected = case.get("expected", {})
    if not isinstance(expected, dict) or set(expected) - set(SECTIONS) or not all(
            isinstance(v, list) and all(isinstance(p, str) and p.strip() for p in v) for v in expected.values()):
        raise ConsultationFileError(f"{where}: 'expected' must map {', '.join(SECTIONS)} to lists of phrases")
    meds = case.get("medications", [])
    if not isinstance(meds, list) or not all(isinstance(m, dict) and isinstance(m.get("drug"), str)
                                             and set(m) <= set(MED_FIELDS) for m in meds):
        raise ConsultationFileError(f"{where}: each medication needs 'drug' and only the fields {MED_FIELDS}")
    for key, kind in (("symptoms", dict), ("vitals", dict), ("tests_ordered", list), ("not_in", dict)):
        if not isinstance(case.get(key, kind()), kind):
            raise ConsultationFileError(f"{where}: '{key}' must be a {kind.__name__}")
    follow_up = case.get("follow_up")
    if follow_up is not None and not (isinstance(follow_up, dict) and isinstance(follow_up.get("days"), int)):
        raise ConsultationFileError(f"{where}: 'follow_up' must be null or {{\"days\": N}}")
    return {**case, "id": str(case.get("id", n)), "transcript": transcript}


def _norm(text: str) -> str:
    return " " + " ".join(_PUNCTUATION.sub(" ", digitize(text).lower()).split()) + " "


def _holds(sentences: list[str], phrase: str) -> bool:
    """Whether a sentence contains the phrase (or one of its |-alternatives) as whole words."""
    alternatives = [_norm(p) for p in phrase.split("|") if p.strip()]
    return any(alt in _norm(s) for s in sentences for alt in alternatives)


@dataclass
class CaseScore:
    id: str
    placed: int = 0
    items: int = 0
    med_right: int = 0
    med_fields: int = 0
    other_right: int = 0
    other_checks: int = 0
    problems: list[str] = field(default_factory=list)


def score_case(case: dict[str, Any], note: dict[str, Any]) -> CaseScore:
    """How a draft measures against one consultation's expectations."""
    score = CaseScore(case["id"])
    _score_sections(case, note, score)
    _score_medications(case, note, score)
    _score_extras(case, note, score)
    return score


def _placed(note: dict[str, Any], section: str) -> list[str]:
    """A section's sentences and, for each, what was said: the note rewrites "my knee" as "his knee", and
    an item counts as placed where the words said for it went."""
    said = [e["said"] for e in note.get("explanations", ()) if e.get("section") == section and e.get("said")]
    return [*note[section], *said]


def _score_sections(case: dict[str, Any], note: dict[str, Any], score: CaseScore) -> None:
    for section, phrases in case.get("expected", {}).items():
        for phrase in phrases:
            score.items += 1
            if _holds(_placed(note, section), phrase):
                score.placed += 1
                continue
            elsewhere = [s for s in SECTIONS if s != section and _holds(_placed(note, s), phrase)]
            where = f"misplaced in {'/'.join(elsewhere)}" if elsewhere else "missing"
            score.problems.append(f"{section}: {phrase!r} {where}")
    for section, phrases in case.get("not_in", {}).items():
        for phrase in phrases:
            score.other_checks += 1
            if _holds(note[section], phrase):
                score.problems.append(f"{section}: holds {phrase!r}, which does not belong there")
            else:
                score.other_right += 1


def _score_medications(case: dict[str, Any], note: dict[str, Any], score: CaseScore) -> None:
    drafted = {m["drug"]: m for m in note["medications"]}
    for expected in case.get("medications", []):
        got = drafted.get(expected["drug"])
        score.med_fields += len(expected)
        if got is None:
            score.problems.append(f"medication {expected['drug']} missing (drafted: {sorted(drafted) or 'none'})")
            continue
        for key, value in expected.items():
            right = (value.lower() in (got[key] or "").lower()) if key == "instructions" else got[key] == value
            score.med_right += right
            if not right:
                score.problems.append(f"medication {expected['drug']}.{key}: expected {value!r}, got {got[key]!r}")
    for extra in sorted(set(drafted) - {m["drug"] for m in case.get("medications", [])}):
        score.med_fields += 1
        score.problems.append(f"medication {extra} drafted but not prescribed")


def _score_extras(case: dict[str, Any], note: dict[str, Any], score: CaseScore) -> None:
    def check(right: bool, problem: str) -> None:
        score.other_checks += 1
        score.other_right += right
        if not right:
            score.problems.append(problem)

    found = {s["name"]: s["negated"] for s in note["symptoms"]}
    for name, negated in case.get("symptoms", {}).items():
        check(found.get(name) == negated,
              f"symptom {name}: expected {'denied' if negated else 'reported'}, got "
              f"{'absent' if name not in found else 'denied' if found[name] else 'reported'}")
    spoken = {v["kind"]: v["value"] for v in note["vitals"] if v.get("source") == "transcript"}
    for kind, value in case.get("vitals", {}).items():
        check(spoken.get(kind) == value, f"vital {kind}: expected {value}, got {spoken.get(kind)}")
    tests = case.get("tests_ordered", [])
    check(sorted(note["tests_ordered"]) == sorted(tests), f"tests: expected {tests}, got {note['tests_ordered']}")
    follow_up = case.get("follow_up")
    check(note["follow_up"] == follow_up, f"follow-up: expected {follow_up}, got {note['follow_up']}")


@dataclass
class Report:
    cases: list[CaseScore]

    @property
    def placement(self) -> float:
        return _share(sum(c.placed for c in self.cases), sum(c.items for c in self.cases))

    @property
    def medication_accuracy(self) -> float:
        return _share(sum(c.med_right for c in self.cases), sum(c.med_fields for c in self.cases))

    @property
    def other_accuracy(self) -> float:
        return _share(sum(c.other_right for c in self.cases), sum(c.other_checks for c in self.cases))

    def as_dict(self) -> dict[str, Any]:
        return {
            "consultations": len(self.cases),
            "items": sum(c.items for c in self.cases),
            "placement": round(self.placement, 4),
            "medication_fields": sum(c.med_fields for c in self.cases),
            "medication_accuracy": round(self.medication_accuracy, 4),
            "other_checks": sum(c.other_checks for c in self.cases),
            "other_accuracy": round(self.other_accuracy, 4),
            "target_placement": TARGET_PLACEMENT,
            "cases": [{"id": c.id, "placed": c.placed, "items": c.items, "medication_right": c.med_right,
                       "medication_fields": c.med_fields, "problems": c.problems} for c in self.cases],
        }


def _share(right: int, total: int) -> float:
    return right / total if total else 1.0


def evaluate(cases: list[dict[str, Any]], generate: Callable[[str], dict[str, Any]]) -> Report:
    """Draft each consultation with ``generate`` and score it."""
    return Report([score_case(case, generate(case["transcript"])) for case in cases])
