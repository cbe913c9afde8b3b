"""Bundeli and other eastern Hindi verb endings read as standard Hinglish: "khoon ja rao" (is flowing), "saans phool
rai" (is swelling up), "thanda pad gao" (has gone cold) are "ja raha", "phool rahi", "pad gaya", so every Hinglish
wording of the lexicon reads them (a Bundelkhand ANM writes them so; Hindi's lexicon had only "raha", "rahi", "gaya").

Only after a word in Latin letters, only typed lower case (a "Rao" or a "Rai" is a name), and not where the word is
another one: mustard ("rai ka tel", "sarson rai"), and Bengali's "gao" (the body: "gao gorom", a fever).
"""

from __future__ import annotations

from typing import Final

ENDINGS: Final = {"rao": "raha", "rai": "rahi", "gao": "gaya"}
# words before which the ending is a name or a title's: "Dr rao", "shri rai"
TITLES: Final = frozenset({"dr", "doctor", "mr", "mrs", "ms", "shri", "sri", "smt", "sir", "madam", "sahab",
                           "sarson", "sarso", "sarsoon"})
# words after which "rai" is mustard, and after which "gao" is Bengali's body
NOT_AFTER: Final = {
    "rai": frozenset({"ka", "ke", "ki", "tel", "dana", "daana", "dane", "daane", "seeds", "oil", "powder"}),
    "gao": frozenset({"jor", "gorom", "garam", "tap", "pure", "jole", "putche", "byatha", "betha", "gorom,",
                      "haat", "hat", "pa", "matha"}),
}


def dialect_reading(word: str, typed: str, before: str, after: str) -> str | None:
    """The standard Hinglish ending for ``word`` (lower case; ``typed`` as typed) between the words ``before`` and
    ``after`` (lower case, "" at an edge), or None to leave it."""
    reading = ENDINGS.get(word)
    if reading is None or typed != word or not before.isalpha() or not before.isascii() or before in TITLES:
        return None
    if after in NOT_AFTER.get(word, ()):
        return None
    return reading
