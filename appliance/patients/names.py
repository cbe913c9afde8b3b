"""Patient names as the search sees them: normalised text, phonetic skeletons and search keys.

Each name token is keyed by its 2- and 3-letter prefixes (search as you type) and two phonetic
codes: a consonant skeleton tuned for romanised Indian names (Suneeta/Sunita, Laxmi/Lakshmi,
Mohamed/Mohammed) and Metaphone. A name written in Devanagari is keyed by its Latin spelling too
(सुनीता -> suneetaa, the Hinglish spelling of clinical/script.py), so that one person
registered in either script is found by the other. Its loose key (`name_key`: long vowels and
aspirates folded, सुनीता देवी, Suneeta Devee and Sunita Devi all "sunita devi") is what the
duplicate check compares. The keys are a function of the normalised name stored on the
patient (`search_name`), so they are computed where they are used (`name_index.py`), not stored;
the stored skeleton (`search_skeleton`) is recomputed by a migration when they change (0043).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import jellyfish

from clinical.phones import msisdn
from clinical.script import DEVANAGARI_RE, to_latin

_SPACES = re.compile(r"\s+")
_REPEATS = re.compile(r"(.)\1+")
_ASPIRATES = (("ph", "f"), ("bh", "b"), ("dh", "d"), ("th", "t"), ("kh", "k"), ("gh", "g"),
              ("sh", "s"), ("chh", "c"), ("ch", "c"), ("jh", "j"), ("ck", "k"), ("w", "v"),
              ("z", "j"), ("q", "k"), ("x", "ks"), ("y", "i"))
_LONG_VOWELS = (("ee", "i"), ("oo", "u"), ("aa", "a"))
_FOLD = dict(_LONG_VOWELS + _ASPIRATES)
_FOLD_RE = re.compile("|".join(sorted(_FOLD, key=len, reverse=True)))  # one pass, longest first
# The anusvara before h is said "ng": सिंह is Singh (the letters give "sinh").
_NASAL_H = re.compile(r"nh$")


def normalize(text: str) -> str:
    """Lower case, accents off, anything but letters, digits and vowel signs a space. Letters of
    every script are kept: a name registered in Devanagari (सुनीता) is found when typed so. The
    virama and nukta are no accents: dropping them spells another word (शर्मा would be शरमा)."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(c if unicodedata.category(c)[0] in "LNM" else " "
                   for c in decomposed if not unicodedata.combining(c) or _devanagari(c)).lower()
    return _SPACES.sub(" ", kept).strip()


def _devanagari(c: str) -> bool:
    return "\u0900" <= c <= "\u097f"


def latin(token: str) -> str:
    """A normalised token in Latin letters: Devanagari transliterated, anything else as it is."""
    if token.isascii():
        return token
    return DEVANAGARI_RE.sub(lambda m: _NASAL_H.sub("ngh", to_latin(m.group())), token)


@lru_cache(maxsize=8192)
def loose(token: str) -> str:
    """A token's spelling with what romanisations disagree on folded: long vowels written double,
    aspirates, repeated letters (suneeta, sunita and सुनीता are all "sunita"). Names repeat: cached."""
    return _REPEATS.sub(r"\1", _FOLD_RE.sub(lambda m: _FOLD[m.group()], latin(token)))


def name_key(norm: str) -> str:
    """The loose key of a normalised name: the same person's name in either script, however
    romanised, has one key."""
    return " ".join(loose(t) for t in norm.split())


def skeleton(token: str) -> str:
    s = token
    for a, b in _ASPIRATES:
        s = s.replace(a, b)
    s = _REPEATS.sub(r"\1", s)
    head = "a" if s[0] in "aeiou" else s[0]
    return head + re.sub(r"[aeiouh]", "", s[1:])


def token_keys(token: str) -> set[str]:
    keys = {"p:" + token[:2], "p:" + token[:3]}
    spelt = latin(token)
    if spelt != token:  # a Devanagari name is also typed in Latin letters, prefixes first
        keys |= {"p:" + spelt[:2], "p:" + spelt[:3]}
    if spelt.isalpha():
        keys.add("s:" + skeleton(spelt))
        meta = jellyfish.metaphone(spelt)
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
            keys |= {"p:" + token, "p:" + latin(token)[:2]}
        elif len(token) > 2:
            keys |= token_keys(token) - {"p:" + token[:2], "p:" + latin(token)[:2]}
    return keys


def search_name(given: str, family: str | None) -> str:
    return normalize(f"{given} {family or ''}")


def search_columns(given: str, family: str | None) -> dict[str, str]:
    name = search_name(given, family)
    return {"search_name": name, "search_skeleton": name_skeleton(name)}


def display_phone(stored: str | None) -> str | None:
    """A stored phone (its digits) as every screen shows it: +91 and ten digits for an Indian number
    however it was typed; anything else (a landline, a foreign number) as stored."""
    number = msisdn(stored)
    return number if number and number.startswith("+91") else stored


def name_skeleton(norm: str) -> str:
    """The phonetic skeletons of a normalised name, stored beside it for ranking (a Devanagari
    name's those of its Latin spelling)."""
    spelt = (latin(t) for t in norm.split())
    return " ".join(skeleton(t) for t in spelt if t.isalpha())
