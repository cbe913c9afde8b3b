"""How much the clinician changed the AI draft: per section, sentences added and removed, and an edit ratio.

Sentences are compared after folding case and whitespace, so re-typing the same sentence is no edit.
The edit ratio is 1 - difflib's similarity of the two notes' word sequences: 0 when the draft was
signed as is, 1 when nothing of it survived.
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from typing import Any

from .const import SECTIONS


def _key(sentence: str) -> str:
    return re.sub(r"\s+", " ", sentence).strip().lower()


def _words(sentences: Sequence[str]) -> list[str]:
    return [w for s in sentences for w in re.findall(r"\w+(?:[./]\w+)*", s.lower())]


def edit_ratio(before: Sequence[str], after: Sequence[str]) -> float:
    a, b = _words(before), _words(after)
    if not a and not b:
        return 0.0
    return round(1 - difflib.SequenceMatcher(None, a, b, autojunk=False).ratio(), 4)


def diff_notes(draft: Mapping[str, Sequence[str]], final: Mapping[str, Sequence[str]]) -> dict[str, Any]:
    """The per-section diff of two notes ({section: [sentences]}) and overall counts."""
    sections: dict[str, Any] = {}
    totals = {"draft": 0, "final": 0, "added": 0, "removed": 0, "kept": 0}
    for name in SECTIONS:
        before, after = list(draft.get(name) or []), list(final.get(name) or [])
        before_keys, after_keys = {_key(s) for s in before}, {_key(s) for s in after}
        added = [s for s in after if _key(s) not in before_keys]
        removed = [s for s in before if _key(s) not in after_keys]
        kept = len(after) - len(added)
        sections[name] = {"added": added, "removed": removed, "kept": kept,
                          "edit_ratio": edit_ratio(before, after)}
        for key, value in (("draft", len(before)), ("final", len(after)), ("added", len(added)),
                           ("removed", len(removed)), ("kept", kept)):
            totals[key] += value
    all_before = [s for n in SECTIONS for s in draft.get(n) or []]
    all_after = [s for n in SECTIONS for s in final.get(n) or []]
    return {"sections": sections, "sentences": totals, "edit_ratio": edit_ratio(all_before, all_after),
            "unchanged": totals["added"] == 0 and totals["removed"] == 0}
