"""Negation of symptom mentions, after NegEx (Chapman et al., 2001): a cue ("no", "denies", "without", "negative
for"; after the term "absent", "nahi") negates the symptom next to it across filler words, and a list joined by
"or"/"and" ("no fever, cough or vomiting") carries the negation to each item. Scope ends at a sentence break, a
contrast word ("but"), or any other word.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from spacy.tokens import Doc

from .context import lowers, texts
from .cues import (ALTERNATIVES, CHAIN_FILLERS, CLAUSE_FINAL, CONTRAST, CUE_TRANSPARENT_FLAGS, GRADED, NOT_STOPPING,
                   POST_CUES, POST_FILLERS, POST_PAIRS, PRE_CUE_PAIRS, PRE_CUES, PRE_FILLERS, SEGMENT_BREAKS,
                   SEVERITY_WORDS, STRONG_JOINERS)
from .signs_bengali import NOT_VERBS as BENGALI_NOT_VERBS

if TYPE_CHECKING:
    from .extract import Mention

# Hindi (and Awadhi, Bhojpuri) deny a list of symptoms set side by side with no "or" between, the denial after it:
# "bukhar piliya nahi" (no fever, no jaundice), "chakkar behoshi nahi", and "nothing of the sort" after a list,
# "khansi bukhar kuchh nahi", "jalan dard kuchh nahi", "jhatka wagairah kuchh nahi" (no fits or the like).
HINDI_NOTS: Final = frozenset({"nahi", "nahin", "nhi", "nai", "naahi", "nahii"})
NOTHING_WORDS: Final = frozenset({"kuchh", "kuch", "kuchu", "kuchhu", "kachhu", "kachu", "kuchbhi", "kuchch",
                                   "kucch"})
# what a bare list holds besides its symptoms: joiners, "any", "or the like", and a bare "pain" (its site told before)
BARE_LIST_WORDS: Final = STRONG_JOINERS | frozenset({"koi", "bhi", "wagairah", "vagairah", "wagaira", "vagaira",
                                                     "waghaira", "etc", "dard", "takleef", "taklif", "pareshani",
                                                     "dikkat", "problem"})
# after "kuchh nahi" the denial ends its clause; "ulti kuchh nahi ruk rahi" (will not stop at all) denies nothing
NOTHING_CLOSERS: Final = SEGMENT_BREAKS | STRONG_JOINERS | frozenset({"", "hai", "h", "tha", "thi", "the", "hua",
                                                                      "hui", "he", "ba", "baa", "bhi", "hain"})


def apply_negation(doc: Doc, mentions: Sequence[Mention], clauses: list[int]) -> None:
    """Mark mentions negated by a cue before them or after them (a cue inside a wording that only tells how the
    complaint ended is still one: cues.CUE_TRANSPARENT_FLAGS)."""
    covered = {i for m in mentions if m.name or not m.flags <= CUE_TRANSPARENT_FLAGS
               for i in range(m.token_start, m.token_end)}
    by_start: dict[int, list[Mention]] = {}
    by_end: dict[int, list[Mention]] = {}
    for mention in mentions:  # a compound wording yields several mentions on one span
        by_start.setdefault(mention.token_start, []).append(mention)
        by_end.setdefault(mention.token_end, []).append(mention)
    words = lowers(doc)
    lists = _Lists(doc, by_start, by_end, clauses)
    for i, word in enumerate(words):
        if i in covered:
            continue
        pair = (word, words[i + 1] if i + 1 < len(words) else "")
        if word in PRE_CUES or pair in PRE_CUE_PAIRS:
            start = i + 2 if pair in PRE_CUE_PAIRS else i + 1
            lists.negate(start, forward=True)
        if (word in POST_CUES and pair[1] not in NOT_STOPPING) or pair in POST_PAIRS or _is_trailing_no(doc, i) \
                or _verb_then_na(words, i, covered):
            lists.negate(i, forward=False)
        if word in HINDI_NOTS:
            lists.deny_bare_list(i)


def is_echo(words: Sequence[str], k: int) -> bool:
    """Whether the word at ``k`` echoes the one before it with a "v" or "w" for its first sounds (Hindi and Awadhi
    echo words, "and the like": "jhatka vatka nahi aava", no fits or anything of the sort; "dard vard", "bukhar
    vukhar"): transparent to the denial after it."""
    word = words[k]
    if k == 0 or len(word) < 3 or word[0] not in "vw" or word == words[k - 1]:
        return False
    rest, own = word[1:].lstrip("h"), words[k - 1].lstrip("bcdfghjklmnpqrstvwxyz")
    # (the last vowel free: the spelling corrector may have made "vatka" a "vatki")
    return len(rest) >= 3 and rest[0] in "aeiou" and len(own) == len(rest) and own[:-1] == rest[:-1]


def _verb_then_na(words: list[str], i: int, covered: set[int]) -> bool:
    # Bengali says "not" after its verb: "bomi hoy na" (no vomiting), where the wording took the verb in ("bomi hoy")
    return words[i] == "na" and i > 0 and i - 1 in covered and words[i - 1] in BENGALI_NOT_VERBS


def _is_trailing_no(doc: Doc, i: int) -> bool:
    # "Fever: no" / "vomiting - no." / "fever no, blood no"
    words = texts(doc)
    after = words[i + 1] if i + 1 < len(words) else "."
    if words[i].lower() != "no" or i == 0 or after.isalnum():
        return False
    return words[i - 1] in {":", "-"} or words[i - 1].isalpha()


class _Lists:
    """The lists negation cues head, each link between two items read once: "no fever, cough or vomiting and no
    fever, cough or ..." put a cue before every item of one long list, and each cue walked the rest of it again
    (quadratic: 5,000 characters of it took 190 ms). The same mentions are negated as by walking each chain."""

    def __init__(self, doc: Doc, by_start, by_end, clauses: list[int]) -> None:
        self.words, self.size = lowers(doc), len(doc)
        self.by_start, self.by_end, self.clauses = by_start, by_end, clauses
        self._links: dict[tuple[int, int, bool], tuple[int, bool] | None] = {}
        self._last_strong: dict[tuple[int, int], int | None] = {}  # forward: the last item entered by "or"/"and"
        self._last: dict[tuple[int, int], int] = {}  # backward: the list's last item
        self._negated: set[tuple[int, int, bool, int]] = set()  # (item, clause, direction, end) done

    def negate(self, i: int, *, forward: bool) -> None:
        """Negate the mention next to a cue at ``i`` and the list it heads."""
        clauses, words = self.clauses, self.words
        cue_clause = clauses[i - 1] if forward else clauses[i]
        fillers = PRE_FILLERS | SEVERITY_WORDS if forward else POST_FILLERS
        edges = self.by_start if forward else self.by_end
        j = i
        for _ in range(6):
            if j in edges:
                break
            k = j if forward else j - 1
            if not (0 <= k < self.size) or clauses[k] != cue_clause:
                return
            if words[k] in fillers or not forward and is_echo(words, k):
                j += 1 if forward else -1
            elif forward and self._unknown_item(k, cue_clause):
                j += 2  # "no ulcer or bleeding": a word the lexicon does not know heads the list the cue denies
            elif not forward and self._unknown_alternative(k, cue_clause):
                j -= 2  # "koi khoon ya paani nahi gaya": the same list, the unknown word last, the cue after it
            else:
                return
        else:
            return
        if j not in edges:
            return
        # A comma-only list is negated only as far as an "or"/"and" closes it: "no fever, vomiting or cough"
        # before the cue; "fever, cough or vomiting absent" after it. "fever, no vomiting" stays one item.
        if forward:
            end = self._forward_end(j, cue_clause)
        else:
            link = self._link(j, cue_clause, forward=False)
            end = self._backward_last(j, cue_clause) if link is not None and link[1] else j
        item = j
        while (item, cue_clause, forward, end) not in self._negated:  # the rest is negated already
            self._negated.add((item, cue_clause, forward, end))
            for mention in edges[item]:
                mention.negated = True
            if item == end:
                break
            item = self._link(item, cue_clause, forward=forward)[0]

    def deny_bare_list(self, i: int) -> None:
        """Negate every symptom of the comma segment that ends at the Hindi "not" at ``i`` when the segment is a bare
        list of them, after the complaint was told: two or more set side by side ("bukhar piliya nahi"), or any
        before "nothing" ("khansi bukhar kuchh nahi"). A graded item ("halka dard") is told present: no list then;
        nor is a segment that opens the complaint ("pet dard ulti nahi" may tell a pain and deny the vomiting)."""
        words = self.words
        k, nothing = i - 1, False
        if k >= 0 and words[k] == "bhi" and k - 1 >= 0 and words[k - 1] in NOTHING_WORDS:
            k -= 1
        if k >= 0 and words[k] in NOTHING_WORDS:
            after = words[i + 1] if i + 1 < self.size else ""
            if after in NOT_STOPPING or after not in NOTHING_CLOSERS:
                return
            k, nothing = k - 1, True
        found: list[Mention] = []
        while k >= 0 and words[k] not in SEGMENT_BREAKS and words[k] not in CONTRAST:
            if k + 1 in self.by_end:
                mention = self.by_end[k + 1][0]
                if any(w in GRADED for w in words[max(mention.token_start - 1, 0):mention.token_end]):
                    return
                found.extend(self.by_end[k + 1])
                k = mention.token_start - 1
            elif words[k] in BARE_LIST_WORDS or is_echo(words, k):
                k -= 1
            else:
                return
        if k < 0 or len({m.token_start for m in found}) < (1 if nothing else 2):
            return
        for mention in found:
            mention.negated = True

    def _unknown_item(self, k: int, clause: int) -> bool:
        """Whether the word at ``k`` is an item no wording names, joined by "or" to the next one ("no ulcer or
        bleeding", "not eating or drinking"); never by "and" ("not eating and vomiting" denies only the eating)."""
        return self.words[k].isalpha() and k + 2 < self.size and self.words[k + 1] in ALTERNATIVES \
            and self.clauses[k + 1] == clause and k not in self.by_end

    def _unknown_alternative(self, k: int, clause: int) -> bool:
        """Whether the word at ``k`` is an item no wording names, joined by Hindi's "ya" (or) to a symptom before it,
        the denial after both ("khoon ya paani nahi gaya": no blood and no water came); never by "aur" (and)."""
        return self.words[k].isalpha() and k >= 2 and self.words[k - 1] in ALTERNATIVES | {"ya"} \
            and self.clauses[k - 1] == clause and k - 1 in self.by_end and k not in self.by_end

    def _link(self, item: int, clause: int, *, forward: bool) -> tuple[int, bool] | None:
        """The next item of the list after ``item`` (a token position of ``by_start`` or ``by_end``), and whether
        an "or"/"and" joins them; None where the list ends."""
        key = (item, clause, forward)
        if key in self._links:
            return self._links[key]
        edges = self.by_start if forward else self.by_end
        j = edges[item][0].token_end if forward else edges[item][0].token_start
        gap: list[str] = []
        while j not in edges and len(gap) < 5:
            k = j if forward else j - 1
            if not (0 <= k < self.size) or self.clauses[k] != clause:
                break
            gap.append(self.words[k])
            j += 1 if forward else -1
        link = None
        if j in edges and gap and all(w in STRONG_JOINERS | CHAIN_FILLERS | SEVERITY_WORDS for w in gap) \
                and self.words[edges[j][0].token_end - 1] not in CLAUSE_FINAL \
                and (forward or not self._graded(edges[j][0])):
            link = (j, any(w in STRONG_JOINERS for w in gap))
        self._links[key] = link
        return link

    def _graded(self, mention: Mention) -> bool:
        """Whether a grade word ("halka", "mild", "bahut") stands in or just before the mention: a symptom told
        present, which a denial after a later item of the list does not reach ("kamar me halka dard, pair me dard
        ya jhunjhuni nahi": the back hurts, the leg neither hurts nor tingles)."""
        return any(w in GRADED for w in self.words[max(mention.token_start - 1, 0):mention.token_end])

    def _forward_end(self, item: int, clause: int) -> int:
        """The last item a cue before ``item`` negates: the last one an "or"/"and" joins, else ``item``."""
        memo, path, at = self._last_strong, [], item
        while (at, clause) not in memo:
            link = self._link(at, clause, forward=True)
            if link is None:
                memo[(at, clause)] = None
                break
            path.append(at)
            at = link[0]
        for earlier in reversed(path):
            following, strong = self._link(earlier, clause, forward=True)
            later = memo[(following, clause)]
            memo[(earlier, clause)] = later if later is not None else following if strong else None
        found = memo[(item, clause)]
        return item if found is None else found

    def _backward_last(self, item: int, clause: int) -> int:
        """The last item of the list read backwards from ``item``."""
        memo, path, at = self._last, [], item
        while (at, clause) not in memo:
            link = self._link(at, clause, forward=False)
            if link is None:
                memo[(at, clause)] = at
                break
            path.append(at)
            at = link[0]
        for earlier in reversed(path):
            memo[(earlier, clause)] = memo[(self._link(earlier, clause, forward=False)[0], clause)]
        return memo[(item, clause)]
