"""Typo-tolerant patient search by name, phone or clinic number.

A name query is turned into search keys (`names.py`); the names sharing most keys with it
(ranked in memory: `name_index.py`) are re-ranked by rapidfuzz over the stored normalised name and
its phonetic skeleton, and their patients' search rows come from the same index, brought up to the
caller's snapshot first.
"""
from __future__ import annotations

import re
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import Connection, func, select

from .const import SEARCH_CANDIDATES, SEARCH_MIN_SCORE, SKELETON_WEIGHT
from .name_index import SEARCH_COLUMNS, name_index
from .names import name_skeleton, normalize, query_keys
from .tables import ACTIVE, patients

_CLINIC_NUMBER = re.compile(r"^[a-z0-9_.-]+-\d+$")


_RESULT_COLUMNS = tuple(patients.c[c] for c in SEARCH_COLUMNS)


def search_patients(conn: Connection, query: str, limit: int = 20) -> list[dict[str, Any]]:
    """Best matches first; each result carries a 0-100 `score` and what it matched on."""
    text = query.strip()
    norm = normalize(text)
    digits = re.sub(r"[\s+()-]", "", text)
    found: dict[str, dict[str, Any]] = {}

    if _CLINIC_NUMBER.match(text.lower()):
        rows = conn.execute(select(*_RESULT_COLUMNS).where(
            ACTIVE, patients.c.clinic_number.like(text.upper().replace("%", "") + "%")).limit(limit))
        for r in rows:
            found[r.id] = {**r._mapping, "score": 100, "matched": "clinic_number"}
    if digits.isdigit() and len(digits) >= 3:
        rows = conn.execute(select(*_RESULT_COLUMNS).where(
            ACTIVE, func.instr(patients.c.phone, digits) > 0).limit(limit))
        for r in rows:
            found.setdefault(r.id, {**r._mapping, "score": 100 if r.phone.endswith(digits) else 90,
                                    "matched": "phone"})
        rows = conn.execute(select(*_RESULT_COLUMNS).where(
            ACTIVE, patients.c.clinic_number.like("%-" + digits.lstrip("0").rjust(1, "0") + "%")).limit(limit))
        for r in rows:
            if r.clinic_number.split("-")[-1].lstrip("0") == digits.lstrip("0"):
                found.setdefault(r.id, {**r._mapping, "score": 95, "matched": "clinic_number"})

    keys = query_keys(norm)
    if keys and not digits.isdigit():
        index = name_index(conn)
        index.refresh(conn)
        scores = _best_patients(_score_names(norm, index.candidates(keys, SEARCH_CANDIDATES)), limit)
        for row in index.rows(scores):
            found.setdefault(row["id"], {**row, "score": round(scores[row["id"]]), "matched": "name"})

    ranked = sorted(found.values(), key=lambda p: (-p["score"], p["given_name"], p["family_name"], p["id"]))
    return ranked[:limit]


def _score_names(query_norm: str, names: list[tuple[str, str, tuple[str, ...]]]
                 ) -> list[tuple[float, tuple[str, ...]]]:
    """(score, patients) of each candidate name reaching the minimum score: spelling similarity, or
    (slightly discounted) similarity of the phonetic skeletons, whichever is better. Best first; a
    tie keeps the candidates' order.

    Each comparison list is scored in one call (rapidfuzz loops in C, not the interpreter);
    `extract_iter` measured 80 us a list of 120 names where `extract(limit=None)` took 140 us."""
    best: dict[int, float] = {}
    for _, score, i in process.extract_iter(query_norm, [n[0] for n in names], scorer=fuzz.WRatio,
                                            score_cutoff=SEARCH_MIN_SCORE):
        best[i] = score
    q_skel = name_skeleton(query_norm)
    if q_skel:
        for _, score, i in process.extract_iter(q_skel, [n[1] for n in names], scorer=fuzz.WRatio,
                                                score_cutoff=SEARCH_MIN_SCORE / SKELETON_WEIGHT - 0.01):
            if SKELETON_WEIGHT * score >= SEARCH_MIN_SCORE:
                best[i] = max(best.get(i, 0.0), SKELETON_WEIGHT * score)
    return [(best[i], names[i][2]) for i in sorted(best, key=lambda i: (-best[i], i))]


def _best_patients(scored: list[tuple[float, tuple[str, ...]]], limit: int) -> dict[str, float]:
    """The first `limit` patients of the best-scored names (patient id -> score)."""
    chosen: dict[str, float] = {}
    for score, pids in scored:
        for pid in pids:
            if len(chosen) == limit:
                return chosen
            chosen[pid] = score
    return chosen
