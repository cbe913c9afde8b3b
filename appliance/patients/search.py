"""Typo-tolerant patient search by name, phone or clinic number.

A name query is turned into search keys (`names.py`); the names sharing most keys with it
(ranked in memory: `name_index.py`) are re-ranked by rapidfuzz over the stored normalised name and
its phonetic skeleton (a name in another script than the query's, by its loose key instead of its
letters), and their patients' search rows come from the same index, brought up to the
caller's snapshot first.
"""
from __future__ import annotations

import re
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import Connection, func, or_, select

from .const import (OTHER_SCRIPT_WEIGHT, SCORE_CLINIC_NUMBER, SCORE_PHONE_END, SCORE_PHONE_PART, SCORE_WHOLE_ID,
                    SEARCH_CANDIDATES, SEARCH_MIN_SCORE, SKELETON_WEIGHT)
from .name_index import SEARCH_COLUMNS, name_index
from .names import display_phone, name_key, name_skeleton, normalize, query_keys
from .tables import ACTIVE, patients

# Spelling scores below this are not worth telling apart: they only order names the skeletons chose.
SPELLING_FLOOR = 40.0
_CLINIC_NUMBER = re.compile(r"^[a-z0-9_.-]+-\d+$")


_RESULT_COLUMNS = tuple(patients.c[c] for c in SEARCH_COLUMNS)


def search_patients(conn: Connection, query: str, limit: int = 20) -> list[dict[str, Any]]:
    """Best matches first; each result carries a 0-100 `score` and what it matched on."""
    text = query.strip()
    norm = normalize(text)
    digits = re.sub(r"[\s+()-]", "", text)
    found: dict[str, dict[str, Any]] = {}

    if _CLINIC_NUMBER.match(text.lower()):
        prefix, _, number = text.upper().rpartition("-")
        exact = f"{prefix}-{int(number):05d}"  # "demo-511" is DEMO-00511
        rows = conn.execute(select(*_RESULT_COLUMNS).where(ACTIVE, or_(
            patients.c.clinic_number == exact,
            patients.c.clinic_number.like(_like_escaped(text.upper()) + "%", escape="\\"))).limit(limit))
        for r in rows:
            _keep_best(found, r, SCORE_WHOLE_ID, "clinic_number")
    if digits.isdigit() and len(digits) >= 3:
        # A number typed with its country code (+91 …) or trunk 0 is found however it was stored:
        # past ten digits, the last ten are the number.
        needles = {digits, digits[-10:]} if len(digits) > 10 else {digits}
        rows = conn.execute(select(*_RESULT_COLUMNS).where(
            ACTIVE, or_(*(func.instr(patients.c.phone, n) > 0 for n in needles))).limit(limit))
        for r in rows:
            _keep_best(found, r, _phone_score(r.phone, needles), "phone")
    if digits.isdigit():
        wanted = digits.lstrip("0") or "0"
        if len(wanted) <= 9:  # the number part of a clinic number, with or without its zeros
            rows = conn.execute(select(*_RESULT_COLUMNS).where(
                ACTIVE, patients.c.clinic_number.like("%-%" + wanted)).limit(limit * 5))
            for r in rows:
                if r.clinic_number.rsplit("-", 1)[-1].lstrip("0") == wanted:
                    _keep_best(found, r, SCORE_CLINIC_NUMBER, "clinic_number")

    keys = query_keys(norm)
    if keys and not digits.isdigit():
        index = name_index(conn)
        index.refresh(conn)
        scores = _best_patients(_score_names(norm, index.candidates(keys, SEARCH_CANDIDATES)), limit)
        for row in index.rows(scores):
            score, spelling = scores[row["id"]]
            found.setdefault(row["id"], {**row, "score": round(score), "matched": "name", _SPELLING: spelling})

    # Equal scores: the closer spelling first (Suneeta finds Sunita before Shanti, whose consonants
    # are the same), then by name.
    ranked = sorted(found.values(), key=lambda p: (-p["score"], -p.get(_SPELLING, 100.0), p["given_name"],
                                                   p["family_name"], p["id"]))
    for p in ranked:
        p.pop(_SPELLING, None)
        p["phone"] = display_phone(p.get("phone"))
    return ranked[:limit]


_SPELLING = "_spelling"
# The ten digits of an Indian mobile number: a stored "+91 98765 43210" is the whole of "9876543210".
_NATIONAL_DIGITS = 10


def _keep_best(found: dict[str, dict[str, Any]], row: Any, score: int, matched: str) -> None:
    """Record a patient found by a number, keeping the best of the ways it was found."""
    if row.id not in found or found[row.id]["score"] < score:
        found[row.id] = {**row._mapping, "score": score, "matched": matched}


def _phone_score(phone: str, needles: set[str]) -> int:
    """How well typed digits match a stored phone: the whole number, its end, or digits inside it."""
    if any(phone == n or phone[-_NATIONAL_DIGITS:] == n[-_NATIONAL_DIGITS:] and len(n) >= _NATIONAL_DIGITS
           for n in needles):
        return SCORE_WHOLE_ID
    return SCORE_PHONE_END if phone.endswith(tuple(needles)) else SCORE_PHONE_PART


def _like_escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _score_names(query_norm: str, names: list[tuple[str, str, str, tuple[str, ...]]]
                 ) -> list[tuple[float, float, tuple[str, ...]]]:
    """(score, spelling score, patients) of each candidate name reaching the minimum score: spelling
    similarity, or (slightly discounted) similarity of the phonetic skeletons, whichever is better.
    Best first, the closer spelling first among equal scores; then the candidates' order. Letters of
    two scripts share nothing: a name written in another script than the query's is spelt by the
    loose keys (Sunita Devi and सुनीता देवी are both "sunita devi").

    Each comparison list is scored in one call (rapidfuzz loops in C, not the interpreter);
    `extract_iter` measured 80 us a list of 120 names where `extract(limit=None)` took 140 us."""
    best: dict[int, float] = {}
    spelling: dict[int, float] = {}
    for _, score, i in process.extract_iter(query_norm, [n[0] for n in names], scorer=fuzz.WRatio,
                                            score_cutoff=SPELLING_FLOOR):
        spelling[i] = score
        if score >= SEARCH_MIN_SCORE:
            best[i] = score
    latin_query = query_norm.isascii()
    other_script = [i for i, n in enumerate(names) if n[0].isascii() != latin_query]
    if other_script:
        for _, score, j in process.extract_iter(name_key(query_norm), [names[i][2] for i in other_script],
                                                scorer=fuzz.WRatio, score_cutoff=SPELLING_FLOOR):
            i, score = other_script[j], OTHER_SCRIPT_WEIGHT * score
            spelling[i] = max(spelling.get(i, 0.0), score)
            if score >= SEARCH_MIN_SCORE:
                best[i] = max(best.get(i, 0.0), score)
    q_skel = name_skeleton(query_norm)
    if q_skel:
        for _, score, i in process.extract_iter(q_skel, [n[1] for n in names], scorer=fuzz.WRatio,
                                                score_cutoff=SEARCH_MIN_SCORE / SKELETON_WEIGHT - 0.01):
            if SKELETON_WEIGHT * score >= SEARCH_MIN_SCORE:
                best[i] = max(best.get(i, 0.0), SKELETON_WEIGHT * score)
    order = sorted(best, key=lambda i: (-best[i], -spelling.get(i, 0.0), i))
    return [(best[i], spelling.get(i, 0.0), names[i][3]) for i in order]


def _best_patients(scored: list[tuple[float, float, tuple[str, ...]]], limit: int
                   ) -> dict[str, tuple[float, float]]:
    """The first `limit` patients of the best-scored names (patient id -> (score, spelling score))."""
    chosen: dict[str, tuple[float, float]] = {}
    for score, spelling, pids in scored:
        for pid in pids:
            if len(chosen) == limit:
                return chosen
            chosen[pid] = (score, spelling)
    return chosen
