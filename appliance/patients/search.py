"""Typo-tolerant patient search by name, phone or clinic number.

Names are indexed by boundary trigrams and two phonetic codes per token (a skeleton tuned for
romanised Indian names: Suneeta/Sunita, Mohd/Mohammed-style vowel and aspirate variants, and
Metaphone); candidates sharing most keys are re-ranked with rapidfuzz.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Any

import jellyfish
from rapidfuzz import fuzz
from sqlalchemy import Connection, and_, func, select

from .const import SEARCH_CANDIDATES, SEARCH_MIN_SCORE
from .tables import patient_search_keys, patients

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
    padded = f"^{token}$"
    keys = {"t:" + padded[i:i + 3] for i in range(len(padded) - 2)}
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


def phone_digits(text: str | None) -> str | None:
    if not text:
        return None
    digits = re.sub(r"\D", "", text)
    return digits or None


_RESULT_COLUMNS = (patients.c.id, patients.c.clinic_number, patients.c.given_name, patients.c.family_name,
                   patients.c.sex, patients.c.birth_date, patients.c.phone, patients.c.village)
_ACTIVE = and_(patients.c.retired_at.is_(None), patients.c.merged_into.is_(None))


def search_patients(conn: Connection, query: str, limit: int = 20) -> list[dict[str, Any]]:
    """Best matches first; each result carries a 0-100 `score` and what it matched on."""
    text = query.strip()
    norm = normalize(text)
    digits = re.sub(r"[\s+()-]", "", text)
    found: dict[str, dict[str, Any]] = {}

    if _CLINIC_NUMBER.match(text.lower()):
        rows = conn.execute(select(*_RESULT_COLUMNS).where(
            _ACTIVE, patients.c.clinic_number.like(text.upper().replace("%", "") + "%")).limit(limit))
        for r in rows:
            found[r.id] = {**r._mapping, "score": 100, "matched": "clinic_number"}
    if digits.isdigit() and len(digits) >= 3:
        rows = conn.execute(select(*_RESULT_COLUMNS).where(
            _ACTIVE, func.instr(patients.c.phone, digits) > 0).limit(limit))
        for r in rows:
            found.setdefault(r.id, {**r._mapping, "score": 100 if r.phone.endswith(digits) else 90,
                                    "matched": "phone"})
        rows = conn.execute(select(*_RESULT_COLUMNS).where(
            _ACTIVE, patients.c.clinic_number.like("%-" + digits.lstrip("0").rjust(1, "0") + "%")).limit(limit))
        for r in rows:
            if r.clinic_number.split("-")[-1].lstrip("0") == digits.lstrip("0"):
                found.setdefault(r.id, {**r._mapping, "score": 95, "matched": "clinic_number"})

    keys = name_keys(norm)
    if keys and not digits.isdigit():
        hits = func.count().label("hits")
        cands = (select(patient_search_keys.c.patient_id, hits)
                 .where(patient_search_keys.c.key.in_(sorted(keys)))
                 .group_by(patient_search_keys.c.patient_id)
                 .order_by(hits.desc()).limit(SEARCH_CANDIDATES)).subquery()
        rows = conn.execute(select(*_RESULT_COLUMNS).join(cands, cands.c.patient_id == patients.c.id).where(_ACTIVE))
        for r in rows:
            full = normalize(f"{r.given_name} {r.family_name}")
            score = max(fuzz.WRatio(norm, full), _token_score(norm, full))
            if score >= SEARCH_MIN_SCORE and r.id not in found:
                found[r.id] = {**r._mapping, "score": round(score), "matched": "name"}

    ranked = sorted(found.values(), key=lambda p: (-p["score"], p["given_name"], p["family_name"], p["id"]))
    return ranked[:limit]


def _token_score(query: str, full: str) -> float:
    """Every query token against its best name token: catches a typo in each of two names."""
    q_tokens, n_tokens = query.split(), full.split()
    if not q_tokens or not n_tokens:
        return 0.0
    per = [max(fuzz.ratio(q, n) if len(q) > 2 else (100.0 if n.startswith(q) else 0.0) for n in n_tokens)
           for q in q_tokens]
    return sum(per) / len(per)
