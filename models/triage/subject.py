"""Who the complaint is about: the sex of a patient told of in the third person ("my husband has …", "mere pati
ko …", "he cannot speak"), and whether the text denies a pregnancy ("not pregnant", "pregnant nahi hai").

A relative or carer often types the complaint at the kiosk. The symptoms are the patient's, and so is the sex the
relation word names: a husband cannot have eclampsia. The first word that says who the patient is decides:
a relation ("husband", "beti", "her baby"), else a subject pronoun ("he", "she"); a first-person subject ("I",
"mujhe") that comes first means the speaker is the patient, whose sex the text does not tell. A relation followed by
a reporting verb ("mother says her son …") is the reporter, not the patient. One pass over the words: linear time.
"""

from __future__ import annotations

import re
from typing import Final

from .. import rx

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
# The words read here, never "corrected" by the spelling corrector ("bete" is not "bite", "behen" not "been").
READER_WORDS: Final = MALE_WORDS | FEMALE_WORDS | NEUTRAL_WORDS | FIRST_PERSON | REPORTING | MIND_BEFORE
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
