"""The triage's wordings, matched as products of word sets.

The lexicon writes a wording once with its choices in braces ("{cannot,can't} {lift,move} {his ,her ,}{left,right}
{arm,leg}"); spelled out, the signs and terms were 157,000 phrases, and spaCy's PhraseMatcher kept a trie node for
every word of every one of them: 200 MB of each worker. Here the spelled-out phrases of one term are folded back
into the fewest products of word sets that spell exactly them (4,600 products in all), and a doc is matched by
looking each of its words up among the products' anchor words: the same matches as the phrase matcher gave, from
a few megabytes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

Product = tuple[frozenset[str], ...]

# Words so common that a product anchored on them would be tried at most words of most texts (the commonest words
# of the repository's complaints, and the words "can't", "unable to", "not able to" start with): a product is
# anchored on another of its positions when it has one.
COMMON_WORDS = frozenset((
    ",", ".", "nahi", "and", "se", "no", "hai", "me", "raha", "since", "in", "pain", "on", "dard", "fever", "the",
    "a", "ke", "for", "aur", "not", "rahi", "bukhar", "to", "din", "after", "with", "pe", "days", "is", "ka", "ki",
    "now", "-", "of", "saal", "ko", "chest", "months", "at", "है", "bahut", "pet", "gaya", "saans", "baar", "mein",
    "ho", "khoon", "my", "cough", "ulti", "theek", "baby", "bp", "mahine", "vomiting", "ab", "he", "में", "very",
    "bhi", "back", "m", "from", "haath", "?", "pair", "month", "raat", "breathing", "नहीं", "she", "old", "tha",
    "aa", "rahe", "night", "weeks", "fine", "peshab", "yr", "yesterday", "headache", "up", "pregnant", "urine",
    "mild", "right", "aaj", "bleeding", "i", "से", "aankh", "eating", "sugar", "tez", "pehle", "side", "ca",
    "swelling", "kal", "gayi", "has", "when", "ek", "thoda", "red", "blood", "last", "paani", "khansi", "subah",
    "eyes", "it", "years", "swollen", "his", "cold", "left", "day", "hua", "kam", "laal", "ne", "दर्द", "her",
    "week", "kabhi", "can", "well", "all", "halka", "baad", "aaya", "sir", "like", "n't", "koi", "while", "loose",
    "khana", "year", "one", "nose", "feels", "mahina", "ago", "times", "able", "unable", "could", "are", "was",
    "were", "be", "been", "have", "had", "they", "we", "you", "an", "their", "our", "your", "so", "too", "any",
    "that", "this", "some", "out", "down", "gaye", "gya", "gyi", "thi", "kar", "liya", "diya", "di", "kuch", "'s",
))


def factor(sequences: set[tuple[str, ...]]) -> list[Product]:
    """The fewest products (found greedily) whose spelled-out sequences are exactly ``sequences``, all of one
    length. Sequences that share every word but one are one product; folding from the end and from the start are
    both tried at each level and the smaller kept."""
    length = len(next(iter(sequences)))
    if length == 0:
        return [()]
    if length == 1:
        return [(frozenset(sequence[0] for sequence in sequences),)]
    folded = [_fold(sequences, from_end=True)]
    if len(folded[0]) > 1:
        folded.append(_fold(sequences, from_end=False))
    return min(folded, key=len)


def _fold(sequences: set[tuple[str, ...]], *, from_end: bool) -> list[Product]:
    rests: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for sequence in sequences:
        if from_end:
            rests[sequence[:-1]].add(sequence[-1])
        else:
            rests[sequence[1:]].add(sequence[0])
    by_words: dict[frozenset[str], set[tuple[str, ...]]] = defaultdict(set)
    for rest, words in rests.items():
        by_words[frozenset(words)].add(rest)
    products: list[Product] = []
    for words, rest_set in by_words.items():
        for product in factor(rest_set):
            products.append((*product, words) if from_end else (words, *product))
    return products


def products_of(sequences: Iterable[tuple[str, ...]]) -> list[Product]:
    """The products spelling exactly ``sequences`` (any lengths; empty ones dropped)."""
    by_length: dict[int, set[tuple[str, ...]]] = defaultdict(set)
    for sequence in sequences:
        if sequence:
            by_length[len(sequence)].add(sequence)
    return [product for length in sorted(by_length) for product in factor(by_length[length])]


def _anchor(product: Product) -> int:
    """The position a product is looked up by: the one whose words are fewest and least common."""
    return min(range(len(product)), key=lambda i: (bool(product[i] & COMMON_WORDS), len(product[i]), i))


class PhraseBook:
    """Products of word sets, each with the match key it reports, matched against a doc's lower-cased words."""

    def __init__(self) -> None:
        # anchor word -> (key, anchor position, the product)
        self._by_anchor: dict[str, list[tuple[int, int, Product]]] = defaultdict(list)
        self._interned: dict[frozenset[str], frozenset[str]] = {}
        self._size = 0

    def add(self, key: int, products: Iterable[Product]) -> None:
        for product in products:
            product = tuple(self._interned.setdefault(words, words) for words in product)
            anchor = _anchor(product)
            for word in product[anchor]:
                self._by_anchor[word].append((key, anchor, product))
            self._size += 1

    def __len__(self) -> int:
        return self._size

    def __call__(self, words: Sequence[str]) -> list[tuple[int, int, int]]:
        """Every (key, start, end) of a product spelled by ``words`` (overlapping matches included)."""
        matches = []
        count = len(words)
        by_anchor = self._by_anchor
        for position, word in enumerate(words):
            entries = by_anchor.get(word)
            if entries is None:
                continue
            for key, anchor, product in entries:
                start = position - anchor
                end = start + len(product)
                if start < 0 or end > count:
                    continue
                for offset, choices in enumerate(product):
                    if words[start + offset] not in choices:
                        break
                else:
                    matches.append((key, start, end))
        return matches
