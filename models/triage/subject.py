"""Who the complaint is about: the sex of a patient told of in the third person ("my husband has …", "mere pati
ko …", "he cannot speak"), and whether the text denies a pregnancy ("not pregnant", "pregnant nahi hai").

A relative or carer often types the complaint at the kiosk. The symptoms are the patient's, and so is the sex the
relation word names: a husband cannot have eclampsia. The first word that says who the patient is decides:
a relation ("husband", "beti", "her baby"), else a subject pronoun ("he", "she"); a first-person subject ("I",
"mujhe") that comes first means the speaker is the patient, whose sex the text does not tell. A relation followed by
a reporting verb ("mother says her son …") is the reporter, not the patient. One pass over the words: linear time.

A relative's own illness told as family history ("father had a heart attack last year", "maa ki maut cancer se hui",
"family history of diabetes") is neither a symptom of the patient nor one the patient denies: ``relative_history_spans``
finds its words, which the checker then reads as saying nothing about the patient. So does ``set_apart_spans`` for a
relative's or a neighbour's illness of today told by a speaker who sets themselves apart from it ("padosan ko kal
saanp ne kaata, mujhe kuch nahi kaata, tab se ghabrahat").
"""

from __future__ import annotations

import re
from typing import Final

from .. import rx
from .cues import PAST_RE, PRESENT_WORDS

MALE: Final = "male"
FEMALE: Final = "female"

MALE_WORDS: Final = frozenset("""
husband father dad daddy papa son brother grandfather grandpa grandson uncle nephew boy man gentleman guy male
boyfriend fiance stepfather stepson father-in-law brother-in-law son-in-law mr
pati pita pitaji abba abbu beta bete bhai bhaiya bhaiyya bhaisahab dada dadaji nana nanaji chacha chachaji tau
fufa mausa sasur sasurji damad jija devar bhatija bhanja ladka ladke naati pota
""".split())
FEMALE_WORDS: Final = frozenset("""
wife mother mom mum mummy mommy daughter sister grandmother grandma granddaughter aunt niece girl woman lady female
girlfriend fiancee stepmother stepdaughter mother-in-law sister-in-law daughter-in-law mrs madam
patni biwi maa mata mataji ammi amma beti behen bahen didi dadi nani chachi tai bua mausi mami saas bahu bhabhi
bhatiji bhanji ladki naatin poti
""".split())
# The patient named without a sex: "her baby is not feeding" is about the baby, not its mother.
NEUTRAL_WORDS: Final = frozenset("""
baby babies child kid toddler infant newborn neonate patient friend neighbour neighbor relative cousin grandchild
bachcha bacha bachche bacche bachchi bachha sibling spouse partner parent
""".split())
MALE_PRONOUNS: Final = frozenset({"he", "him", "his", "he's", "hes"})
FEMALE_PRONOUNS: Final = frozenset({"she", "her", "hers", "she's", "shes"})
FIRST_PERSON: Final = frozenset({"i", "i'm", "im", "i've", "ive", "me", "main", "mai", "mujhe", "mujhko",
                                 "hum", "humko", "hume", "humein"})
# A relation followed by one of these told of someone else: "mother says her son …", "wife noticed that he …".
REPORTING: Final = frozenset({"says", "said", "reports", "reported", "brings", "brought", "noticed", "notices",
                              "tells", "told", "thinks", "thought", "worried", "noted", "notes", "states", "stated",
                              "mentions", "mentioned", "explains", "called", "calls", "asks", "asked", "wants",
                              "bataya", "batati", "batate", "lekar", "laayi", "laaye", "layi", "laye"})
POSSESSIVES: Final = frozenset({"his", "her"})
# Hindi "man" is the mind ("mera man ghabra raha hai"), not a man.
MIND_BEFORE: Final = frozenset({"mera", "mere", "ka", "ki", "uska", "uske", "apna", "apne"})
# "45/M", "28 yrs F", "60y M": the sex written after the age.
AGE_SEX_RE: Final = rx.compile(r"\b\d{1,3}\s*+(?:y|yo|yr|yrs|years?)?\s*+/\s*+([mf])\b"
                               r"|\b\d{1,3}\s*+(?:y|yo|yr|yrs)\s*+([mf])\b", re.I)
PERSON_WORDS: Final = MALE_WORDS | FEMALE_WORDS | NEUTRAL_WORDS | {"one", "ones"}

# Family history: a relation word, and in the same stretch of words a time in the past ("last year", "2 saal pehle")
# or a death; or words that say it is the family's ("family history of", "runs in the family", "khandan mein").
RELATIVES: Final = frozenset("""
father dad daddy papa mother mom mum mummy mommy brother sister grandfather grandpa grandmother grandma uncle aunt
husband wife son daughter grandson granddaughter cousin nephew niece parents grandparents relative relatives
pita pitaji abba abbu maa mata mataji ammi amma bhai bhaiya behen bahen didi dada dadaji dadi nana nanaji nani
chacha chachi tau tai bua mausi mausa mama mami fufa pati patni biwi beta beti
neighbour neighbor neighbours neighbors padosi padosan padoshi friend friends dost saheli colleague
saas sasur bahu bhabhi devar jija damad bhatija bhatiji bhanja bhanji pota poti naati naatin
padosin padosiyon classmate roommate
""".split())  # (round 9: a neighbour's or a friend's heart attack told by a frightened caller is theirs too; round
# 15: the in-laws', grandchildren's and a classmate's are too)
DEATH_RE: Final = rx.compile(
    r"(?<!almost )(?<!nearly )\b(?:died|passed away|expired|guzar (?:gaye|gayi|gaya|gae|gai)|chal bas(?:e|i|a)|"
    r"(?:ki|ka) (?:maut|mrityu|death|nidhan)(?: (?:\w++ ){1,3}?se (?:hui|hua|ho gayi|ho gaya|hui thi|hua tha))?|"
    # the cause first: "padosi ka heart attack se maut ho gaya"
    r"se (?:maut|mrityu|death|nidhan) (?:hui|hua|ho gayi|ho gaya|ho gai|ho gya))\b",
    re.I)
# An age the relative had it at ("father had a heart attack at 52", "maa ko 40 ki umar mein sugar hua"): a past
# event of theirs, not a clock time ("at 5 pm", "at 10:30").
AT_AGE_RE: Final = rx.compile(
    r"\bat (?:the )?(?:age (?:of )?)?\d{2}\b(?!\s*+(?:pm|am|p\.m|a\.m|baje|o'?clock|hrs|hours|[:.]\d))"
    r"|\bat the age of \d{1,2}\b|\b\d{2} (?:ki|ke) (?:umar|umr|umra|age) (?:mein|me|main)\b"
    r"|\bwhen (?:he|she) was \d{1,2}\b"
    # "papa ko 52 saal mein heart attack aaya tha": an age in years with "in" (two digits from 20: "2 saal mein" is
    # within two years)
    r"|\b[2-9]\d (?:saal|sal|saal ki umar|sal ki umar|varsh|baras|years?|yrs?) (?:mein|me|main|par|pe)\b", re.I)
# The speaker asks for a check of their own ("mujhe checkup chahiye", "mera bp check karna hai", "I want a sugar
# test"): a relative's illness told in the pluperfect ("chacha ko stroke hua tha", "father had a stroke") beside it is
# the family's history, the reason for the check, not the patient's own complaint.
CHECKUP_RE: Final = rx.compile(
    r"\b(?:mujhe|mujhko|mera|meri|mere|apna|apni|apne|i|my|me|myself|hamara|hamari|humko|hame|hamein)\b"
    r"(?:\W++\w++){0,4}?\W++(?:check ?-?up|jaa?nch|screening|"
    r"(?:bp|b\.p\.?|sugar|ecg|cholesterol|heart|dil) (?:check|test|jaa?nch)|"
    r"check (?:karna|karwana|karvana|karana|karao|karwao|karwa|kar do|kar dijiye|karwane|karane)|"
    r"test (?:karwana|karvana|karana|karao|karwao|karwa|karwane|karane))\b", re.I)
# (a time of today or yesterday in the relative's words makes it the relative's illness now, told by them: "papa ko
# kal raat stroke hua tha, checkup karwana hai")
RECENT_RE: Final = rx.compile(r"\b(?:kal|aaj|abhi|abhi abhi|subah|raat|yesterday|today|tonight|last night|this "
                              r"morning|just now|hours?|ghante|ghanta)\b", re.I)
PLUPERFECT_RE: Final = rx.compile(
    r"\b(?:hua|hui|hue|huye|huwa|hoa|aaya|aya|aayi|aai|ayi|pada|padi|pade|gaye|gayi|gaya|gai|gae|tha|thi|the) "
    r"(?:tha|thi|the)\b|\bhad (?:a |an |his |her |)(?:heart|stroke|cancer|diabetes|sugar|bp|fits?|seizures?|"
    r"paralysis|attack|tb|asthma|kidney)", re.I)
# What names the cause of a death after it: "died of a stroke", "guzar gaye heart attack se" (the piece's last words).
DEATH_CAUSE_RE: Final = re.compile(r"\s*+(?:(?:of|from|due to|because of|with|after|in an?)\b|(?:\w+\s+){1,3}se\s*$)",
                                   re.I)
FAMILY_RE: Final = rx.compile(
    r"\bfamily (?:history|h/o|hx)\b|\bruns? in (?:the |our |my |his |her )?family\b"
    r"|\bin (?:the|our|my|his|her) family\b"
    r"|\b(?:khandan|khaandan|parivar|pariwar|gharwalon|gharwaalon) (?:mein|me|main|ko)\b"
    r"|\bhereditary\b|\bkhandani\b", re.I)
# The speaker set apart from the one it happened to: "mujhe kuch nahi kaata" (nothing bit me), "khud ko bas halki
# khansi" (I myself have only a slight cough), "I was not bitten": a relative's or a neighbour's illness told beside
# it, even one of today ("padosan ko kal saanp ne kaata"), is theirs, and the speaker's complaint is the rest
# (set_apart_spans; extract.py keeps it so only when a symptom of the speaker's own remains). "Mujhe kuch nahi hua"
# (nothing happened to me) is not here: it is as often a carer's, whose relative is the patient.
SELF_APART_RE: Final = rx.compile(
    r"\b(?:mujhe|mujhko|mereko|mere ko|khud ko|khudko|apne ko)\s++(?:to\s++|toh\s++)?(?:kuch\s++|koi\s++)?"
    r"(?:nahi|nahin|nhi|nai)\s++(?:kaata|kata|kaati|kati|kaatti|dasa|dansa|dasaa|dassa)\b"
    r"|\b(?:khud|khudko|myself)\s++(?:ko\s++|ka\s++|ki\s++)?(?:bas|sirf|only|just)\b"
    r"|\b(?:nothing|nobody|no one|it)\s++(?:bit|stung)\s++me\b"
    r"|\bi\s++(?:was not|wasn'?t|am not|have not been|haven'?t been|was never)\s++(?:bitten|stung)\b", re.I)
# Words that say the patient's own story takes over: the speaker ("I", "mujhe", "my" before anything but a relation),
# or the present ("now", "aaj").
SPEAKER_WORDS: Final = FIRST_PERSON | {"my", "mera", "mere", "meri", "hamara", "hamare", "hamari"}
_HISTORY_BREAKS: Final = re.compile(r"[,;.!?\n|]|\b(?:but|however|although|though|whereas|except|lekin|magar|yet)\b",
                                    re.I)
# The words read here, never "corrected" by the spelling corrector ("bete" is not "bite", "behen" not "been",
# "maut" not "mouth", "pichle" not "pichhe").
READER_WORDS: Final = (MALE_WORDS | FEMALE_WORDS | NEUTRAL_WORDS | FIRST_PERSON | REPORTING | MIND_BEFORE | RELATIVES
                       | {"pichle", "pichhle", "maut", "mrityu", "nidhan", "guzar", "died", "expired", "khandan",
                          "khaandan", "khandani", "parivar", "pariwar", "gharwalon", "hereditary", "family", "umar",
                          "umr", "umra"})
_WORD: Final = re.compile(r"[a-z]+(?:[-'][a-z]+)*")
MAX_WORDS: Final = 60  # who the patient is, is told early; bounds the scan of a long text

NOT_PREGNANT_RE: Final = rx.compile(
    r"\b(?:not|non|never|never been|cannot be|can'?t be|can not be|isn'?t|wasn'?t|aren'?t)[\s-]*+pre?g(?:nant|nancy)?\b"
    r"|\bno\s++(?:chance\s++of\s++)?pregnancy\b"
    r"|\b(?:pre?gnant|pregnancy|preg|garbh[a-z]*)\s++(?:to\s++|toh\s++)?(?:nahi|nahin|nhi|nahee|nai|na)\b"
    r"(?!\s++(?:pata|malum|maloom|pta))"
    r"|\b(?:pregnancy|urine pregnancy|upt)\s++test\s*+(?:is\s++|was\s++|:\s*+)?(?:negative|-ve|neg)\b"
    r"|\bupt\s*+(?:is\s++|was\s++|:\s*+)?(?:negative|-ve|neg)\b"
    r"|\bpregnant\s*+[?:-]\s*+no\b",
    re.I)


def subject_sex(text: str) -> str | None:
    """The sex of the person the complaint is about, when the text tells it; None when it does not."""
    if match := AGE_SEX_RE.search(text[:400]):
        return MALE if (match.group(1) or match.group(2)).lower() == "m" else FEMALE
    words = _WORD.findall(text.lower(), 0, 2000)[:MAX_WORDS]
    for n, word in enumerate(words):
        following = words[n + 1] if n + 1 < len(words) else ""
        if word in FIRST_PERSON:
            return None
        if word in MALE_WORDS or word in FEMALE_WORDS or word in NEUTRAL_WORDS:
            if following in REPORTING or (word == "man" and n and words[n - 1] in MIND_BEFORE):
                continue
            return MALE if word in MALE_WORDS else FEMALE if word in FEMALE_WORDS else None
        if word in MALE_PRONOUNS or word in FEMALE_PRONOUNS:
            if word in POSSESSIVES and any(w in PERSON_WORDS for w in words[n + 1:n + 3]):
                continue  # "her baby", "his wife", "her little one": the relation says who
            return MALE if word in MALE_PRONOUNS else FEMALE
    return None


def pregnancy_denied(text: str) -> bool:
    """The text says the patient is not pregnant."""
    return NOT_PREGNANT_RE.search(text) is not None


def denial_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of each denial of pregnancy: their words must not read as pregnancy anywhere."""
    return [match.span() for match in NOT_PREGNANT_RE.finditer(text)]


def relative_history_spans(text: str) -> list[tuple[int, int]]:
    """Character spans that tell of a relative's own illness in the past or of the family's: "father had a heart
    attack last year", "papa ko pichle saal lakwa hua tha", "maa ki maut cancer se hui", "family history of
    diabetes". A stretch ends at a comma or a contrast word, and where the speaker ("I", "mujhe", "my chest") or the
    present ("now", "aaj") takes over: "father died of a heart attack and I have chest pain" keeps the chest pain."""
    return _segments_stretches(text, CHECKUP_RE.search(text) is not None)


def set_apart_spans(text: str) -> list[tuple[int, int]]:
    """Character spans that tell of a relative's or a neighbour's illness, of any time, in a complaint whose speaker
    sets themselves apart from it (SELF_APART_RE): "padosan ko kal saanp ne kaata tha ... mujhe kuch nahi kaata"."""
    return _segments_stretches(text, False, any_time=True) if SELF_APART_RE.search(text) else []


def _segments_stretches(text: str, checkup: bool, *, any_time: bool = False) -> list[tuple[int, int]]:
    """The relatives' stretches (_stretches) of each segment of the text, a segment ending at a comma or a contrast."""
    spans = []
    start = 0
    lowered = text.lower()  # once: lowering the whole text again for each segment made a long text quadratic
    for brk in [*_HISTORY_BREAKS.finditer(text), None]:
        end = brk.start() if brk is not None else len(text)
        spans.extend(_stretches(text, lowered, start, end, checkup, any_time=any_time))
        if brk is not None:
            start = brk.end()
    return spans


def without_relatives(text: str, spans: list[tuple[int, int]] | None = None) -> str:
    """The text with its relatives' history blanked out (same length: offsets keep): what it tells of the patient.
    "Mother had breast cancer at 45, lump in breast" tells no age or sex of the patient's."""
    for start, end in reversed(relative_history_spans(text) if spans is None else spans):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _stretches(text: str, lowered: str, start: int, end: int, checkup: bool, *,
               any_time: bool = False) -> list[tuple[int, int]]:
    """The relatives' stretches of one segment: its words split where the speaker or the present comes in. With
    ``any_time``, every stretch that names a relation (the speaker set apart from them), past or not."""
    words = list(_WORD.finditer(lowered, start, end))
    pieces, piece_start = [], start
    for n, word in enumerate(words):
        following = words[n + 1].group() if n + 1 < len(words) else ""
        speaker = word.group() in SPEAKER_WORDS and following not in RELATIVES and following != "family"
        if (speaker or word.group() in PRESENT_WORDS) and word.start() > piece_start:
            pieces.append((piece_start, word.start()))
            piece_start = word.start()
    pieces.append((piece_start, end))
    found = []
    for a, b in pieces:
        piece = text[a:b]
        relation = [w for w in _WORD.finditer(piece.lower()) if w.group() in RELATIVES]
        if FAMILY_RE.search(piece) or (relation and (any_time or PAST_RE.search(piece) or AT_AGE_RE.search(piece)
                                                     or (checkup and PLUPERFECT_RE.search(piece)
                                                         and not RECENT_RE.search(piece)))):
            found.append((a, b))
        elif relation and (death := DEATH_RE.search(piece)) and relation[0].start() < death.end():
            # the death and its cause are the relative's, what follows is not: "since mother died (he) does not
            # eat", but "father died of a heart attack"
            found.append((a, b if DEATH_CAUSE_RE.match(piece, death.end()) else a + death.end()))
    return found
