"""Typo-tolerant patient search by name, phone or clinic number.

Each name token is indexed by its 2- and 3-letter prefixes (search as you type) and two phonetic
codes: a consonant skeleton tuned for romanised Indian names (Suneeta/Sunita, Laxmi/Lakshmi,
Mohamed/Mohammed) and Metaphone. Few keys per patient keep registration cheap; candidates sharing
most keys with the query (ranked in memory: `name_index.py`) are re-ranked by rapidfuzz over the
stored normalised name, and read back from the database in the caller's transaction.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Any

import jellyfish
from rapidfuzz import fuzz, process
from sqlalchemy import Connection, func, select

from .const import SEARCH_CANDIDATES, SEARCH_MIN_SCORE, SKELETON_WEIGHT
from .name_index import name_index
from .tables import ACTIVE, patients

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_REPEATS = re.compile(r"(.)\1+")
_ASPIRATES = (("ph", "f"), ("bh", "b"), ("dh", "d"), ("th", "t"), ("kh", "k"), ("gh", "g"),
              ("sh", "s"), ("chh", "c"), ("ch", "c"), ("jh", "j"), ("ck", "k"), ("w", "v"),
              ("z", "j"), ("q", "k"), ("x", "ks"), ("y", "i"))
_CLINIC_NUMBER = re.compile(r"^[a-z0-9_.-]+-\d+$")


def normalize(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_ish = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return _NON_ALNUM.sub(" ", ascii_ish).strip()


def skeleton(token: str) -> str:
    s = token
    for a, b in _ASPIRATES:
        s = s.replace(a, b)
    s = _REPEATS.sub(r"\1", s)
    head = "a" if s[0] in "aeiou" else s[0]
    return head + re.sub(r"[aeiouh]", "", s[1:])


def token_keys(token: str) -> set[str]:
    keys = {"p:" + token[:2], "p:" + token[:3]}
    if token.isalpha():
        keys.add("s:" + skeleton(token))
        meta = jellyfish.metaphone(token)
        if meta:
            keys.add("m:" + meta.lower())
    return keys


def name_keys(*names: str | None) -> set[str]:
    keys: set[str] = set()
    for name in names:
        for token in normalize(name or "").split():
            if len(token) >= 2:
                keys |= token_keys(token)
    return {k[:40] for k in keys}


def query_keys(query_norm: str) -> set[str]:
    """Keys of a (possibly partly typed) query: a 2-letter token only matches as a prefix; a longer
    one by its 3-letter prefix and phonetic codes (the 2-letter prefix would only add noise)."""
    keys: set[str] = set()
    for token in query_norm.split():
        if len(token) == 2:
            keys.add("p:" + token)
        elif len(token) > 2:
            keys |= token_keys(token) - {"p:" + token[:2]}
    return keys


def search_name(given: str, family: str | None) -> str:
    return normalize(f"{given} {family or ''}")


def search_columns(given: str, family: str | None) -> dict[str, str]:
    name = search_name(given, family)
    return {"search_name": name, "search_skeleton": name_skeleton(name)}


def phone_digits(text: str | None) -> str | None:
    if not text:
        return None
    digits = re.sub(r"\D", "", text)
    return digits or None


_RESULT_COLUMNS = (patients.c.id, patients.c.clinic_number, patients.c.given_name, patients.c.family_name,
                   patients.c.sex, patients.c.birth_date, patients.c.phone, patients.c.village)


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
        scores = dict(sorted(_score_names(norm, index.candidates(keys, SEARCH_CANDIDATES)).items(),
                             key=lambda kv: -kv[1])[:limit])
        if scores:
            rows = conn.execute(select(*_RESULT_COLUMNS).where(ACTIVE, patients.c.id.in_(list(scores))))
            for r in rows:
                found.setdefault(r.id, {**r._mapping, "score": round(scores[r.id]), "matched": "name"})

    ranked = sorted(found.values(), key=lambda p: (-p["score"], p["given_name"], p["family_name"], p["id"]))
    return ranked[:limit]


def name_skeleton(norm: str) -> str:
    """The phonetic skeletons of a normalised name, stored beside it for ranking."""
    return " ".join(skeleton(t) for t in norm.split() if t.isalpha())


def _score_names(query_norm: str, names: list[tuple[str, str, str]]) -> dict[str, float]:
    """Spelling similarity, or (slightly discounted) similarity of the phonetic skeletons, for the
    candidates reaching the minimum score (in candidate order).

    Each comparison list is scored in one call (rapidfuzz loops in C, not the interpreter)."""
    best: dict[int, float] = {}
    for _, score, i in process.extract(query_norm, [n[1] for n in names], scorer=fuzz.WRatio,
                                       score_cutoff=SEARCH_MIN_SCORE, limit=None):
        best[i] = score
    q_skel = name_skeleton(query_norm)
    if q_skel:
        for _, score, i in process.extract(q_skel, [n[2] for n in names], scorer=fuzz.WRatio,
                                           score_cutoff=SEARCH_MIN_SCORE / SKELETON_WEIGHT - 0.01, limit=None):
            if SKELETON_WEIGHT * score >= SEARCH_MIN_SCORE:
                best[i] = max(best.get(i, 0.0), SKELETON_WEIGHT * score)
    return {names[i][0]: best[i] for i in sorted(best)}
