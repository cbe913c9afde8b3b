"""The note as a clinician lays it out, and a note's sections read back from its headings.

Clinicians' notes (ACI-BENCH's reference notes among them) are headed CHIEF COMPLAINT, HISTORY OF
PRESENT ILLNESS, PHYSICAL EXAM, RESULTS, ASSESSMENT AND PLAN ...; the box's SOAP API keeps
Subjective / Objective / Assessment / Plan. ``DIVISIONS`` are the four parts ACI-BENCH scores a note by
(subjective, objective_exam, objective_results, assessment_and_plan): every heading belongs to one.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Final

DIVISIONS: Final = ("subjective", "objective_exam", "objective_results", "assessment_and_plan")
HEADINGS: Final = {
    "subjective": ("CHIEF COMPLAINT", "HISTORY OF PRESENT ILLNESS", "HPI", "REVIEW OF SYSTEMS", "ROS",
                   "MEDICAL HISTORY", "PAST MEDICAL HISTORY", "PAST HISTORY", "SURGICAL HISTORY",
                   "PAST SURGICAL HISTORY", "SOCIAL HISTORY", "FAMILY HISTORY", "MEDICATIONS",
                   "CURRENT MEDICATIONS", "ALLERGIES", "BIRTH HISTORY", "SUBJECTIVE", "HISTORY"),
    "objective_exam": ("PHYSICAL EXAM", "PHYSICAL EXAMINATION", "EXAM", "EXAMINATION", "VITALS",
                       "VITALS REVIEWED", "VITAL SIGNS", "OBJECTIVE"),
    "objective_results": ("RESULTS", "LABS", "LABORATORY", "IMAGING", "DATA REVIEWED", "STUDIES"),
    "assessment_and_plan": ("ASSESSMENT AND PLAN", "ASSESSMENT", "PLAN", "IMPRESSION", "IMPRESSION AND PLAN",
                            "INSTRUCTIONS", "PATIENT INSTRUCTIONS", "PROCEDURE", "FOLLOW UP", "FOLLOW-UP"),
}
_DIVISION_OF: Final = {h: d for d, hs in HEADINGS.items() for h in hs}
_HEADING_LINE: Final = re.compile(r"^\s*([A-Z][A-Z &/,-]{1,48}[A-Z])\s*:?\s*$")


def heading_division(line: str) -> str | None:
    """The division a heading line opens (None when the line is not a heading)."""
    match = _HEADING_LINE.match(line)
    if not match:
        return None
    name = re.sub(r"\s+", " ", match.group(1)).strip()
    if name in _DIVISION_OF:
        return _DIVISION_OF[name]
    for heading, division in sorted(_DIVISION_OF.items(), key=lambda kv: -len(kv[0])):
        if name.startswith(heading + " ") or name.endswith(" " + heading):
            return division
    return "" if len(name.split()) <= 5 else None  # another heading: its text stays where it was


def note_divisions(note: str) -> dict[str, str]:
    """The text under each division's headings (a heading line itself is not text); text before the
    first heading is subjective."""
    parts: dict[str, list[str]] = {d: [] for d in DIVISIONS}
    current = "subjective"
    for line in note.replace("__lf1__", "\n").splitlines():
        division = heading_division(line)
        if division is not None:
            current = division or current
            continue
        if line.strip():
            parts[current].append(line.strip())
    return {d: "\n".join(lines) for d, lines in parts.items()}


def render_note(chief_complaint: str | None, sections: Mapping[str, Sequence[str]]) -> str:
    """The note text in a clinician's layout. ``sections`` maps history / ros / exam / results /
    assessment / plan to their sentences; empty ones get no heading."""
    blocks: list[tuple[str, Sequence[str]]] = [
        ("CHIEF COMPLAINT", [chief_complaint] if chief_complaint else []),
        ("HISTORY OF PRESENT ILLNESS", sections.get("history", ())),
        ("REVIEW OF SYSTEMS", sections.get("ros", ())),
        ("PHYSICAL EXAM", sections.get("exam", ())),
        ("RESULTS", sections.get("results", ())),
        ("ASSESSMENT AND PLAN", [*sections.get("assessment", ()), *sections.get("plan", ())]),
    ]
    return "\n\n".join(f"{title}\n\n" + "\n".join(lines) for title, lines in blocks if lines) + "\n"
