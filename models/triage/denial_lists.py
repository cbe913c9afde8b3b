"""Hindi's clause-final "kuchh nahi" (nothing) denying every item before it: "khansi bukhar kuchh nahi" (cough,
fever: nothing), "jalan dard kuchh nahi", "jhatka wagairah kuchh nahi". Hindi sets a list's items side by side as
often as it joins them with "aur"/"ya", and NegEx's lists (context.apply_negation) link only joined items.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from .cues import NOTHING, POST_FILLERS, STRONG_JOINERS

if TYPE_CHECKING:
    from .mention import Mention

# a bare pain word no wording took is an item of the list too ("jalan dard kuchh nahi")
BARE_PAINS: Final = frozenset({"dard", "pain", "jalan", "sujan"})


def deny_nothing_list(words: list[str], by_end: dict[int, list[Mention]], clauses: list[int], i: int) -> None:
    """Negate each mention before a "kuchh nahi" whose "nahi" is at ``i``, when it ends its clause (not "ulti kuchh
    nahi ruk rahi", nothing stops the vomiting). A comma ends the list: "pet dard, ulti kuchh nahi"."""
    if i < 2 or words[i - 1] not in NOTHING or (i + 1 < len(words) and words[i + 1].isalpha()):
        return
    j = i - 1
    clause = clauses[j]
    while j > 0 and clauses[j - 1] == clause:
        if j in by_end:
            for mention in by_end[j]:
                mention.negated = True
            j = by_end[j][0].token_start
        elif words[j - 1] != "," and (words[j - 1] in POST_FILLERS or words[j - 1] in STRONG_JOINERS
                                      or words[j - 1] in NOTHING or words[j - 1] in BARE_PAINS):
            j -= 1
        else:
            return
