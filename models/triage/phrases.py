"""Each term id and its phrases, spelled out from the lexicon's brace patterns: what the pipeline matches
(pipeline.py, by its phrase book) and whose words the spelling corrector counts (normalise.py)."""

from __future__ import annotations

from collections.abc import Iterator

from . import (lexicon, not_symptoms, signs, signs_assamese, signs_bengali, signs_chhattisgarhi, signs_gujarati,
               signs_purnia_well, signs_sadri, terms)
from .const import symptom_phrasings
from .lexicon import IGNORE_ID


def term_phrases() -> Iterator[tuple[str, list[str]]]:
    """Each term id and its phrases (made when they are read, and not kept: 157,000 phrases)."""
    for name, phrasings in symptom_phrasings().items():
        yield f"sym:{name}", lexicon.expand_all((name, *phrasings, *terms.SYMPTOM_TERMS.get(name, ())))
    for flag, sign in signs.SIGNS.items():
        yield f"sign:{flag}", lexicon.expand_all(sign.patterns)
    yield IGNORE_ID, lexicon.expand_all(not_symptoms.IGNORED + signs_bengali.IGNORED
                                          + signs_assamese.IGNORED + signs_gujarati.IGNORED
                                          + signs_chhattisgarhi.IGNORED + signs_sadri.IGNORED
                                          + signs_purnia_well.IGNORED)
