"""Facts about the patient read from the complaint: age, pregnancy, vitals."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Final

from .. import rx
from .const import ASSUMED_ELDERLY_AGE
from .subject import MALE, NOT_PREGNANT_RE, subject_sex, without_relatives
from .vitals_text import bp_readings, read_vitals

# Ages at which a pregnancy is possible; outside them pregnancy-only rules do not apply (ACOG/WHO reproductive age,
# widened for early menarche and late pregnancies).
CHILDBEARING_AGES: Final = (10.0, 55.0)

_WORD_NUMBERS: Final = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "eighteen": 18,
    "twenty": 20, "a": 1, "an": 1, "ek": 1, "do": 2, "teen": 3, "char": 4, "paanch": 5, "chhe": 6, "saat": 7,
    "aath": 8, "nau": 9, "das": 10, "dedh": 1.5, "dhai": 2.5,
}
_N = r"\b(\d++(?:\.\d++)?|" + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True)) + r")"
_AGE_UNIT: Final = (
    (r"y(?:ea)?rs?|yr|y|saal|sal|varsh", 1.0), (r"months?|mths?|mos?|mahine|mahina", 1 / 12),
    (r"weeks?|wks?|hafte", 7 / 365), (r"days?|din", 1 / 365),
)
_U = r"(" + "|".join(u for u, _ in _AGE_UNIT) + r")"
_PREGNANT_WORDS = r"pregnant|garbh\w*|of pregnancy|gestation"
_CHILD = (r"(?:child|kid|baby|infant|toddler|newborn|son|daughter|boy|girl|bachch?a|bacch?a|bachche|bacche|bachchi|"
          r"ladka|ladki)")
_RELATION = (r"(?:husband|wife|father|mother|son|daughter|brother|sister|dad|mom|mum|papa|grandfather|grandmother|"
             r"grandpa|grandma|uncle|aunt|boy|girl|man|woman|child|kid)")
_ADULT = r"(?:man|woman|lady|male|female|patient|pt|gentleman|grandfather|grandmother|mother|father|husband|wife)"

AGE_PATTERNS: Final = (
    rx.compile(_N + r"\s*+-?\s*+" + _U + r"\s*+-?\s*+(?:old\b|of age\b|(?:ka|ki|ke)\b"
               r"(?!\s++(?:" + _PREGNANT_WORDS + "))"
               r"|(?=\s*+(?:baby|child|infant|boy|girl|son|daughter|kid|toddler)\b))",
               re.I),
    rx.compile(r"\b(\d{1,3})\s*+(?:yo|y/o|y\.o\.?|yrs?\.? old|yr old)\b()", re.I),
    rx.compile(r"\baged?\s*+:?\s*+(\d{1,3})\b()(?!\s*+(?:weeks|wks|months|days|%))", re.I),
    rx.compile(r"\b(\d{1,3})(?:\s*+y(?:rs?)?)?(?:\s*+/\s*+)?(?:m|f)\b()"
               r"|\b(\d{1,3})\s*+(?:y(?:rs?)?\s*+)?(?:male|female)\b()",
               re.I),
    rx.compile(r"\b" + _CHILD + r"\s*+(?:,|of|aged|is|\()?\s*+" + _N + r"\s*+" + _U + r"\b", re.I),
    rx.compile(r"\b" + _CHILD + r"\s*+\(\s*+(\d{1,2})\s*+\)()", re.I),
    rx.compile(r"\b(\d{1,3})\s*+(?:saal|sal|varsh)\b()(?!\s*+(?:se|pehle|tak|ho|baad|purani|purana))", re.I),
    rx.compile(r"\b" + _ADULT + r"\s*+,?\s*+(?:of|aged)?\s*+(\d{1,3})\b()(?!\s*+(?:\.\d|weeks?|wks?|months?|days?|%|kg|"
               r"hours?|hrs?|times|mm|/|°|years? ago))", re.I),
    # "my father is 72", "my son is 14": a relation's age said with "is" (a baby's "is 3" is left unread)
    rx.compile(r"\b" + _RELATION + r"\s++(?:who\s++)?is\s++(\d{1,3})\b()(?!\s*+(?:\.\d|weeks?|wks?|months?|mahine|"
               r"days?|din|%|kg|kilos?|hours?|hrs?|times|mm|/|°|:|am\b|pm\b|years? ago|cm|inch|feet|ft))", re.I),
)
NEWBORN_RE: Final = rx.compile(r"\b(?:newborn|new-born|neonate|neonatal|born (?:yesterday|today|last night|"
                               r"this morning|\d++ days? ago))\b", re.I)
INFANT_RE: Final = rx.compile(r"\b(?:infant|baby|babies)\b", re.I)
CHILD_RE: Final = rx.compile(r"\b(?:child|children|kid|toddler|bachch?a|bacch?a|bachche|bacche|bachchi|chhota)\b", re.I)
ELDERLY_RE: Final = rx.compile(r"\b(?:elderly|old (?:man|woman|lady|person|patient)|aged (?:man|woman)|grand(?:father|"
                               r"mother|pa|ma)|dada|dadi|nana|nani|buzurg|senior citizen)\b", re.I)

PREGNANT_RE: Final = rx.compile(
    r"\b(?:pre?g?n[ae]n(?:t|cy)|pregant|pragn[ae]nt|pregnancy|garbh[a-z]*|gravid(?:a)?|primigravida|"
    r"multigravida|primi|expecting(?: a baby| mother)?|expectant mother|antenatal|anc|g\d\s*+p\d|"
    r"weeks? (?:of )?gestation|\d++ months? along|"
    r"(?:[1-3]\d|40|4[12]|[4-9])\s*+/\s*+40|pet se (?:hai|hain|thi|hoon|hun|hu|hoo|he|h)|"
    r"(?:umeed|umeedon|ummeed) se (?:hai|hain|hoon|hun|hu|thi)|(?:paon|pair|paer) bhaa?ri|"
    # Telugu: "garbini" (a pregnant woman), "kaduputo undi" (is with child)
    r"garbh?ini|kaduputo|"
    # Urdu "hamal" (حمل, a pregnancy), "haamla" (حاملہ, pregnant); Kashmiri "aasheen" (with child)
    r"hamal|haamla|hamila|aasheen)\b", re.I)
GESTATION_RE: Final = rx.compile(
    r"\b(\d{1,2})\s*+(?:weeks?|wks?)\s*+(?:pregnant|of pregnancy|gestation|pog|ga)\b"
    r"|\bpregnant(?:\s++\w++){0,2}?\s*+,?\s*+(\d{1,2})\s*+(weeks?|wks?|months?)\b"
    r"|\b" + _N + r"\s*+(?:months?|mahine|mahina)\s*+(?:pregnant|of pregnancy|"
    r"(?:ki\s++|ka\s++|di\s++|da\s++)?(?:garbh\w*|pregnancy))\b"
    r"|\b(\d)(?:st|nd|rd|th) month\b"
    r"|\b(\d{1,2})\s*+/\s*+40\b", re.I)
# Telugu: the pregnancy's month by its ordinal, "8 va nela" (the eighth month), "tommido nela" (the ninth); not
# "7 nelalu" (seven months: a duration or a baby's age) nor "edo" (something, as well as seventh)
_TE_ORDINALS: Final = {"modati": 1, "rendo": 2, "moodo": 3, "naalugo": 4, "naalgo": 4, "aido": 5, "aaro": 6,
                       "edava": 7, "enimido": 8, "tommido": 9}
TELUGU_MONTH_RE: Final = rx.compile(r"\b(?:(\d)\s*+(?:va|vaa|vi|th)|(" + "|".join(_TE_ORDINALS)
                                    + r"))\s++(?:nela|nelalo|nelaa)\b", re.I)
# Gujarati: the pregnancy's month said by its ordinal, "8mo mahino", "aathmo mahino che" (the eighth month)
_GU_ORDINALS: Final = {"pehlo": 1, "bijo": 2, "trijo": 3, "chotho": 4, "panchmo": 5, "panchamo": 5, "chhattho": 6,
                       "chhatho": 6, "satmo": 7, "saatmo": 7, "athmo": 8, "aathmo": 8, "navmo": 9, "navamo": 9}
GUJARATI_MONTH_RE: Final = rx.compile(r"\b(?:(\d)\s*+(?:lo|jo|tho|mo|mu)|(" + "|".join(_GU_ORDINALS)
                                      + r"))\s++mahino\b", re.I)
# Hindi and Urdu: a wife's month told by its ordinal, "biwi ko saatwan mahina hai" (she is in her seventh month); only
# of a wife, a daughter-in-law or the speaker (a baby's "saatwan mahina" is its age)
_HI_ORDINALS: Final = {"teesra": 3, "chautha": 4, "paanchwan": 5, "panchwan": 5, "chhatha": 6, "chhata": 6,
                       "saatwan": 7, "satwan": 7, "saatvan": 7, "satvan": 7, "aathwan": 8, "athwan": 8, "aathvan": 8,
                       "nauwan": 9, "nauvan": 9, "nava": 9}
HINDI_MONTH_RE: Final = rx.compile(r"\b(?:biwi|bivi|wife|bahu|patni|gharwali|mujhe|mujhko)\s++ko\s++("
                                   + "|".join(_HI_ORDINALS) + r")\s++(?:mahina|mahine)\b", re.I)
# The month of a pregnancy by its ordinal, in the order they are read: each pattern's groups are a number in digits or
# an ordinal word of its table
ORDINAL_MONTHS: Final = ((TELUGU_MONTH_RE, _TE_ORDINALS), (HINDI_MONTH_RE, _HI_ORDINALS),
                         (GUJARATI_MONTH_RE, _GU_ORDINALS))
# The months of a pregnancy told after it in Hinglish ("pet se hoon 7 mahina", "garbhvati hai 8 mahine"), a comma
# between or none ("गर्भवती हूँ, 7 महीने, खून आ रहा है": "garbhavtee hoon, 7 mahine"): the pregnancy's, not a symptom's
# duration (GESTATION_RE reads the orders it knows)
PREGNANCY_MONTHS_RE: Final = rx.compile(
    r"\b(?:pet se|garbha?[vw]a?t(?:i|ee)|umm?eed se|pregnant|pregnancy)\s*+[,:;\-]?\s*+"
    r"(?:(?:hoon|hun|hu|hai|hain|he|h|thi|hoo)\s*+[,:;\-]?\s*+)?"
    r"\d{1,2}\s*+(?:mahina|mahine|mahino|maheena|months?|maas|mah)\b", re.I)

# A pregnancy told as the belly's months ("7 mahine ka pet", "7 mahine pet, neeche khoon", "pet mein 8 mahine ka
# bachcha", "pet 6 mahine ka hai"): the belly is the womb here. Not a belly's pain or trouble of so many months ("7
# mahine se pet dard": "se" stands between; "7 mahine pet dard" has its pain after the belly).
_BELLY_PAIN: Final = (r"(?!\s*+(?:(?:me|mein|main|mai|ka|ki|ke|se|m)\s++)?(?:dard|darad|pain|ache|dukh|dukhta|"
                      r"dukhti|kharab|kharaab|problem|takleef|taklif|jalan|gas|phool|phula|fula|sujan|soojan|"
                      # the English pet: "my 3 month pet puppy bit me"
                      r"dogs?|cats?|pupp(?:y|ies)|pups?|kittens?|birds?|parrots?|rabbits?|animals?)\b)")
BELLY_MONTHS_RE: Final = rx.compile(
    r"\b" + _N + r"\s*+(?:mahine|mahina|maheene|maheena|mahino|months?|maas)\s*+(?:ka\s++|ki\s++|ke\s++|da\s++)?pet\b"
    + _BELLY_PAIN +
    r"|\bpet\s++(?:me|mein|main|mai|m)\s++" + _N + r"\s*+(?:mahine|mahina|maheene|months?|maas)\s*+(?:ka|ki|da)\s++"
    r"(?:bachch?a|bacch?a|bachcha|baccha|baby|garbh)\b"
    # Maithili and Magahi put the baby before its months ("pet me bachcha 7 mahina", "pet me baccha 8 mahina ke")
    r"|\bpet\s++(?:me|mein|main|mai|m)\s++(?:bachch?a|bacch?a|baby|garbh)\s++" + _N
    + r"\s*+(?:mahine|mahina|maheene|months?|maas)\b"
    r"|\bpet\s++(?:(?:hai|he|h)\s++)?" + _N + r"\s*+(?:mahine|mahina|maheene|months?|maas)\s*+(?:ka|ki|da)\b"
    + _BELLY_PAIN, re.I)


# Months told bare at the very start, before a comma ("8 mahine, Hb 5 tha, saans phool rahi"; "5 mahine - khoon aa
# raha"): how an ASHA opens a pregnant woman's case. Read as the pregnancy's months only of a woman of childbearing
# age given by the clinic (with_overrides): of a baby they are its age, of a man a duration. A wife or a
# daughter-in-law may be named first ("bowari 9 mahina, ...": Assamese and Sadri "bowari", Hindi "bahu"; never a
# daughter or a son, whose months are a baby's age), and the months told full ("9 mahina pura, ...": term).
# Round 21: Bhojpuri and Nagpuri tell the wife as "ours" with a genitive ("hamar bahu ke 8 mahina", Nagpuri "hamar
# bahu ke aath mahina hoelak"), the months in words, and the month as being or done ("7 mahina hai", "8 mahina
# bhail", Nagpuri "hoelak"): still the months of a woman of childbearing age told bare at the start.
_WIFE_FIRST: Final = (r"(?:(?:(?:hamar|hamaar|hamra|humar|mor|meri|hamari)\s++)?(?:bowari|bouari|bohuari|bahu|bou|"
                      r"bouma|biwi|bivi|wife|patni|gharwali|ghoini|mehraru|mehrau|kaniya|dulhin)"
                      r"(?:\s++(?:ke|ka|ki|kar|ker))?\s++)?")
_MONTH_WORDS: Final = {word: n for word, n in _WORD_NUMBERS.items() if 2 <= n <= 10}
LEADING_MONTHS_RE: Final = rx.compile(
    r"^\W*+" + _WIFE_FIRST + r"(\d{1,2}|" + "|".join(sorted(_MONTH_WORDS, key=len, reverse=True)) + r")\s*+"
    r"(?:mahine|mahina|maheene|maheena|months?|maas|mah)\s*+"
    # "8 mahina chal raha, ..." (the eighth month running), Bundeli "chal rao", Bhojpuri "chalat ba"; "9 mahina
    # pura" (completed); "7 mahina hai" (is), Bhojpuri "bhail", Nagpuri "hoelak" (has become)
    r"(?:chal\s++(?:raha|rahi|rha|rhi|rao|rai)(?:\s++(?:hai|he|h))?\s*+|chalat(?:\s++(?:ba|hai|he|h))?\s*+"
    r"|(?:pura|poora|pure|poore|puri|poori|complete|completed|full)(?:\s++(?:hai|he|h|hua|ho\s++gaya))?\s*+"
    r"|(?:hai|he|ba|bhail|bhayil|hoelak|hoyelak|hoe\s++gelak|ho\s++gelak|ho\s++gail|ho\s++gaya|hua)\s*+)?"
    r"[,:;\-\u2013]", re.I)
LEADING_PREGNANCY_MONTHS: Final = (2, 10)
# Weeks told bare at the start in the same way ("33 weeks, second baby, ..."): from LEADING_WEEKS_FROM (fewer is a
# duration's way: "3 weeks, cough"), read as months (weeks / WEEKS_PER_MONTH) with the leading months
LEADING_WEEKS_RE: Final = rx.compile(r"^\W*+(\d{2})\s*+(?:weeks?|wks?|hafte|hafta)\s*+[,:;.\-\u2013]", re.I)
LEADING_WEEKS_FROM: Final = 12
WEEKS_PER_MONTH: Final = 4.3
# The month that is running, anywhere in the case ("8 mahina chal raha", "7va mahina chal rahi", Bundeli "8 mahina
# chal rao" read "chal raha" by dialect.py, "7va mahina lag gaya"): a woman's pregnancy month, read as the leading
# months are (of a baby it is its age). Not a symptom's months ("8 mahine se khansi chal rahi": "se" stands between).
RUNNING_MONTHS_RE: Final = rx.compile(
    r"\b(\d{1,2})\s*+(?:va|vaa|van|vaan|wan|waan|th|wa)?\s*+(?:mahine|mahina|maheene|maheena|month)\s++"
    r"(?:(?:chal|lag)\s++(?:raha|rahi|rahe|rha|rhi|gaya|gayi|gya|gyi)|chalat\s++(?:ba|hai|he))\b"
    # round 21: the month reached, "mahina chadhna" ("2 mahina chadha hai", "teesra mahina chadh gaya")
    r"|\b(\d{1,2})\s*+(?:mahine|mahina|maheena)\s++chadh(?:a|i|al|\s++gaya|\s++gayi|\s++gail|\s++gel)\b", re.I)


# round 21, Bihar and Jharkhand: the months told in words ("saat mahina", "आठ महीना": "aath mahina", "dedh mahina ka
# pet"), and told as completed or reached in Bhojpuri, Maithili, Magahi and Nagpuri ("saat mahina hoy gelo", "9 mahina
# pura bhay gel", "2 mahina chadha hai": the second month has begun) at the start, or told completed at a clause's
# start after a comma, or told with "is" between commas; of a woman of childbearing age given by the clinic only
# (with_overrides), as the leading months are
_WORD_MONTHS: Final = r"(\d{1,2}|" + "|".join(w for w in _WORD_NUMBERS if w not in ("a", "an", "one", "ten")) + r")"
_DONE_VERB: Final = (r"(?:bhay\s++gel\w*|bhel|bhelai|bhail|bhayil|hoy\s++gel\w*|hoi\s++gel\w*|ho\s++gaya|ho\s++gail|"
                     r"chadh(?:a|i|al|\s++gaya|\s++gayi|\s++gail|\s++gel)|lagal)(?:\s++(?:hai|he|h|ba|chhai|chhe|hi))?")
_FULL: Final = r"(?:pura|poora|pure|poore|puri|poori|complete|completed|full)"
CLAUSE_MONTHS_RE: Final = rx.compile(
    r"^\W*+" + _WIFE_FIRST + _WORD_MONTHS + r"\s*+(?:mahine|mahina|maheena|mahinaa|months?)\s++(?:" + _FULL
    + r"\s++)?" + _DONE_VERB + r"\s*+(?:[,:;.\-\u2013]|$)"
    # completed, at a clause's start ("pahila bachcha, 9 mahina pura bhay gel": a term's words, never a cough's)
    r"|[,;.]\s*+" + _WORD_MONTHS + r"\s*+(?:mahine|mahina|maheena|mahinaa|months?)\s++" + _FULL
    + r"(?:\s++" + _DONE_VERB + r")?\s*+(?:[,:;.\-\u2013]|$)"
    # the months told with "is" between commas ("BP 150/100 bataya, 7 mahina hai, sir dard nahi")
    r"|[,;.]\s*+" + _WORD_MONTHS + r"\s*+(?:mahine|mahina|maheena)\s++(?:hai|he|ba|chhai|hoy|hi)\s*+(?:[,:;.]|$)"
    # the months in words bare at the start ("aath mahina, pair fulal")
    r"|^\W*+" + _WIFE_FIRST + r"(" + "|".join(w for w in _WORD_NUMBERS if w not in ("a", "an", "one", "ten"))
    + r")\s*+(?:mahine|mahina|maheena|mahinaa)\s*+[,:;\-\u2013]", re.I)


# round 21: the months of this pregnancy told after a past one's story, as an ASHA brings a woman for her antenatal
# check ("pichhla bachcha operation se bhail rahe, ab 5 mahina ba": the last baby by caesarean, now five months;
# "pahila bachcha bahut bhari rahe, ab fir se 3 mahina ba"; "pichhla du baar pet gir gail, ab fir se 2 mahina"): a
# past birth, caesarean or miscarriage told, then "now (again) N months" with nothing after it that makes them a
# baby's age or a symptom's time ("ab 11 mahina ka hai", "ab 3 mahine se khansi"). Read as the leading months are:
# only of a woman of childbearing age given by the clinic (with_overrides). Round 22: the caesarean told as the
# operation before ("pichhla operation se, ab 9 mahina").
OBSTETRIC_HISTORY_RE: Final = rx.compile(
    r"\b(?:(?:pichh?l[aei]|pichh?le|pahil[aei]|pahile|pehl[aei]|pehle|purana)\s++(?:(?:baar|bar|wala|wali|wale)\s++)?"
    r"(?:bachch?[aeiy]|bacch?[aei]|baby|"
    r"delivery|janam|pet|garbh|operation|opration|sizerian|caesarean|cesarean)|pet\s++(?:gir|gira|giral|girl)|"
    r"garbh\s*+pat|miscarriage|abortion)", re.I)
AGAIN_MONTHS_RE: Final = rx.compile(
    r"\b(?:ab|aab|abhi|ib)\s++(?:(?:fir|phir|pher|fer)\s++se\s++)?(\d{1,2})\s*+(?:mahina|mahine|maheena|months?)\b"
    r"(?!\s++(?:ka|ki|ke|se|sa|le|sain|ke\s++baad|pehle|pahile|age|ago)\b)", re.I)

# round 22, Awadhi and Bhojpuri: the pregnancy's month told by its ordinal at the very start ("aathwa mahina, pair
# sooje", "saatwa mahina. peshab mein jalan", "teesra mahina hai, check-up ke liye") or with the belly anywhere
# ("chautha mahina pet ka"): read as the leading months are, only of a woman of childbearing age given by the clinic
# (with_overrides). Not a symptom's months ("teesra mahina se khansi": "se" after) nor a baby's ("aathwa mahina ka
# bachcha").
_LEADING_ORDINALS: Final = {**_HI_ORDINALS, "tisra": 3, "paanchwa": 5, "panchwa": 5, "saatwa": 7, "satwa": 7,
                            "aathwa": 8, "athwa": 8, "nauwa": 9}
_ORDINAL_WORDS: Final = "|".join(sorted(_LEADING_ORDINALS, key=len, reverse=True))
# Words the patterns of this module read, for the spelling corrector's vocabulary (an ordinal month is no typo:
# "aathwa" was corrected to "hathwa").
READER_WORDS: Final = tuple(re.findall(r"[a-z]{2,}", (_CHILD + _ADULT).replace("?", "")) + list(_WORD_NUMBERS)
                            + list(_LEADING_ORDINALS))
ORDINAL_LEADING_MONTH_RE: Final = rx.compile(
    r"^\W*+" + _WIFE_FIRST + r"(" + _ORDINAL_WORDS + r")\s++(?:mahina|mahine|maheena|maas)\b"
    r"(?!\s++(?:se|sa|sain|ka\s++bachch?a|ke\s++bachch?a|ki\s++bachch?i|ka\s++baby)\b)"
    r"|\b(" + _ORDINAL_WORDS + r")\s++(?:mahina|mahine|maheena|maas)\s++(?:ka\s++|ki\s++|ke\s++)?pet\b" + _BELLY_PAIN,
    re.I)


def _again_months(text: str) -> re.Match[str] | None:
    """The months of this pregnancy told after a past one's story (AGAIN_MONTHS_RE), or None."""
    return AGAIN_MONTHS_RE.search(text) if OBSTETRIC_HISTORY_RE.search(text) else None


def _leading_months(text: str) -> float | None:
    """The months of a pregnancy told bare at the start, or as the month running, or weeks told bare at the start,
    or told again after a past pregnancy's story."""
    if leading := LEADING_MONTHS_RE.search(text) or RUNNING_MONTHS_RE.search(text) or _again_months(text):
        return _to_number(next(group for group in leading.groups() if group))
    if clause := CLAUSE_MONTHS_RE.search(text):
        return _to_number(next(group for group in clause.groups() if group))
    if ordinal := ORDINAL_LEADING_MONTH_RE.search(text):
        return float(_LEADING_ORDINALS[next(group for group in ordinal.groups() if group).lower()])
    if (weeks := LEADING_WEEKS_RE.search(text)) and int(weeks.group(1)) >= LEADING_WEEKS_FROM:
        return int(weeks.group(1)) / WEEKS_PER_MONTH
    return None


def leading_months_spans(text: str, facts: PatientFacts) -> list[tuple[int, int]]:
    """The span of months (or weeks) told bare at the start, or running, when they are a pregnancy's, or the baby's age
    ("8 mahine, bukhar aur dast" of a baby of 8 months): no symptom's duration then."""
    months = facts.leading_months
    if months is None or not (facts.pregnant or facts.age_years is not None and abs(facts.age_years * 12 - months) <= 1):
        return []
    again = [again.span(1)] if (again := _again_months(text)) else []
    return [*(match.span(next(i for i, group in enumerate(match.groups(), 1) if group))
              for pattern in (LEADING_MONTHS_RE, RUNNING_MONTHS_RE, LEADING_WEEKS_RE, CLAUSE_MONTHS_RE,
                              ORDINAL_LEADING_MONTH_RE)
              for match in pattern.finditer(text)), *again]


def _ordinal_month(text: str) -> float | None:
    """The month of a pregnancy said by its ordinal ("8 va nela", "saatwan mahina", "aathmo mahino"), or None."""
    for pattern, ordinals in ORDINAL_MONTHS:
        if match := pattern.search(text):
            said = next(group for group in match.groups() if group)
            return float(said) if said.isdigit() else float(ordinals[said.lower()])
    return None


def gestation_spans(text: str) -> list[tuple[int, int]]:
    """Character spans that tell how far a pregnancy has gone ("7 months pregnant", "pet se hoon 7 mahina"): the
    pregnancy's time, so no symptom's duration."""
    return [match.span() for pattern in (GESTATION_RE, PREGNANCY_MONTHS_RE, BELLY_MONTHS_RE)
            for match in pattern.finditer(text)]


POSTPARTUM_RE: Final = rx.compile(
    r"\b(?:post-?\s?partum|delivered|gave birth|after (?:her |the |a )?(?:normal |vaginal |caesarean |"
    r"c-section |home |hospital )?(?:delivery|childbirth)|post-?\s?delivery|"
    r"puerper\w*|post-?\s?natal|just had a baby|prasav ke baad|"
    # a caesarean told as a past pregnancy's ("previous caesarean, now 39 weeks", "had a c-section before") is no
    # lying-in (round 22: rules.labour_after_caesarean reads it)
    r"(?<!previous )(?<!prior )(?<!last )(?<!earlier )(?<!old )(?:c-section|ca?esarean)(?!\s++before)|"
    # after an abortion or a miscarriage: the same bleeding and infection (WHO post-abortion care)
    r"(?:after|since|post)\s++(?:an?\s++|the\s++|her\s++|my\s++)?(?:abortion|miscarriage|mtp|d\s*+&\s*+c)|"
    r"(?:delivery|jachgi|prasav|operation se bachcha) ke baad|"
    # a womb's evacuation ("safai") done by a doctor or a midwife, in Maithili, Magahi or Hindi ("dactar sa safai
    # karbelak", "dai se safai karwayi"): a miscarriage's or an abortion's, the same infection after it; a tooth's
    # cleaning ("daant ke doctor se safai") is not
    r"(?<!daant ke )(?<!dant ke )(?<!daat ke )(?:dactar|doctor|daktar|dagdar|dr|dai|nurse|clinic|hospital|aspatal)\s++"
    r"(?:sa|se|me|mein|par)\s++safai\s++(?:karbelak|karbaulak|karaulak|karaol|karwayal|karwaya|karwayi|karwai|"
    r"karaya|karayi|kiya|kiye|ki|bhel|hui|hua)|"
    # the days counted between: "delivery ke 5 din baad", "jachgi ke do hafte baad"
    r"(?:delivery|jachgi|prasav)\s++ke\s++(?:\d{1,2}|ek|do|teen|char|paanch)\s++(?:din|dino|dinon|days?|hafte|hafton|"
    r"weeks?)\s++(?:baad|bad)\b|"
    # round 21, Bhojpuri, Maithili and Nagpuri: the days or weeks told as passed since it ("delivery ke 2 hafta
    # bhail", "delivery ke 10 din bhay gel", "delivery ke 5 din hoy gelo")
    r"(?:delivery|jachgi|prasav)\s++ke\s++(?:\d{1,2}|ek|do|teen|char|paanch)\s++(?:din|dino|dinon|days?|hafte|hafta|"
    r"hafton|weeks?)\s++(?:bhail|bhayil|bhel|bhelai|bhay\s++gel\w*|hoy\s++gel\w*|ho\s++gaya|ho\s++gail|ho\s++gel|"
    r"hue|huye|hua|ho\s++gaye)\b|"
    # round 21: the days or weeks since told as passed, in Bhojpuri, Maithili and Magahi as in Hindi ("delivery ke 5
    # din bhail", "delivery ke 3 hapta baad", "delivery ke 2 hafta ho gaye"): within the puerperium's six weeks (WHO
    # postnatal care), so no months ("delivery ke 4 mahine baad" is a woman's own complaint, not the lying-in's)
    r"(?:delivery|jachgi|prasav)\s++ke\s++(?:\d{1,2}|ek|do|du|dui|teen|tin|char|chaar|paanch|panch|das)\s++"
    r"(?:din|dino|dinon|days?|hafte|hafta|hapta|hapte|hafton|weeks?)\s++(?:baad|bad|bhail|bhel|bhela|bhelai|hua|hue|"
    r"huye|ho\s++(?:gaye|gaya|gail|gel|gelai|gela))\b|"
    # the stitches of a delivery ("delivery ke taanke me peep"): a tear's or a cut's of the birth, healing in weeks
    r"(?:delivery|jachgi|prasav)\s++(?:ke|ka|wale)\s++(?:taanke|taanka|tanke|tanka|taanko|tanko|stitch(?:es)?)\b|"
    # Odia: "prasaba hela" (the delivery happened), "prasaba pare" (after the delivery)
    r"prasab[ao]?\s++(?:hela|hoila|hoichi|heichi|heigala|hoigala|pare)\b|"
    # "delivery 5 din pehle hoyi", "delivery hoyi si": a delivery told as done, days or weeks ago, in Hindi or
    # Punjabi (English "delivered" is above; "since delivery 6 weeks ago" is left to the words around it)
    r"(?:delivery|jachgi|prasav)\s++(?:(?:\d{1,2}|ek|do|teen|char|paanch|panj)\s++(?:din|dina|dinon|days?|hafte|hafta|"
    r"weeks?)\s++(?:pehle|pehlan|pahle|pehla)|(?:hui|hoyi|hoi|hoyi si|hui thi|ho gayi|ho gai|bhail|bhel|bhelai|bhela))|"
    # a delivery timed in Hinglish or Gujarati: "delivery hui 4 din pehle", "delivery ko 5 din hue", "delivery thai
    # ne be divas thaya"
    r"delivery\s++(?:hui|huyi|hue|hua|thai|thayi)\s++(?:\S++\s++){0,3}?(?:din|divas|hafte|hafta|mahine|mahina|ghante|"
    r"ghanta|minute)\s++(?:pehle|pahle|pela|pehla)|"
    r"delivery\s++(?:ko|ne|thai ne|thaya ne)\s++(?:\S++\s++){0,2}?(?:din|divas|hafte|hafta|mahine|mahina|ghante|ghanta|"
    r"minute)\s++(?:hue|huye|hua|hui|ho gaye|ho gye|thaya|thai|thayu)|"
    # round 22, Awadhi: the days or weeks since it told bare, a full stop or a comma after ("jachgi ko 3 hafte. ...",
    # "delivery ko 10 din, ..."): within the puerperium's six weeks, so no months
    r"(?:delivery|jachgi|prasav)\s++ko\s++(?:\d{1,2}|ek|do|teen|char|chaar|paanch|panch|chhe|das)\s++"
    r"(?:din|dino|dinon|days?|hafte|hafta|weeks?)(?=\s*+[.,;:])|"
    # Nagamese: "bacha hoise" (the baby came), "ghor te bacha hoise ek ghonta age"
    r"(?:bacha|sua bacha) (?:hoise|hoi gol|hoi jaise)|"
    # round 23, Indian English: a delivery timed in days or weeks "back" or "ago" ("normal delivery 5 days back",
    # "delivery was 2 weeks ago"): well within the puerperium's six weeks (six weeks on is the postnatal check's)
    r"(?:normal |vaginal |home |hospital |caesarean |c-section |lscs )?delivery\s++(?:was\s++|happened\s++|done\s++)?"
    r"(?:(?:\d{1,2}|a|one|two|three|four|five|six|seven|ten)\s++days?|(?:[1-5]|a|one|two|three|four|five)\s++weeks?)"
    r"\s++(?:back|ago|before)|"
    r"aborted|miscarried|had (?:an?\s++)?(?:abortion|miscarriage)|"
    # Telugu: "kaanpu ayindi" (the delivery happened), "kaanpu ayyi 6 rojulu", "delivery ayyaka" (after it)
    r"(?:kaanpu|kanpu|prasavam|delivery)\s++(?:ayindi|ayyindi|aindi|ayyi|ayyaka|ayina|tarvata|taruvata)|"
    # Punjabi and Hindi "jaapa" (the lying-in after a birth): "jaapa hoye nu hafta hoya", "jaape ton baad"
    r"jaap?p?a\s++(?:hoye|hoya|hoyi|hoeya|hoi|hua|hui|ho gaya|ho gya)|jaap?p?e\s++(?:ton|to|de|ke)\s++(?:baad|bad))\b",
    re.I)
DIABETIC_RE: Final = rx.compile(
    r"\b(?:diabetic|diabetes|dm|t2dm|t1dm|on insulin|insulin|sugar (?:patient|ki bimari|hai|is high|very high|high|"
    r"low|level)|(?:high|low) sugar|blood sugar|madhumeh)\b"
    # a sugar's tablets taken ("sugar on tablets for 8 years", "took his sugar tablet", "sugar ki goli")
    r"|\bsugar\s++(?:on\s++)?(?:tablets?|ki\s++(?:goli|goliyan|dawa|dawai)|medicines?)\b"
    # a sugar reading of 200 or more ("checked my sugar and it was 240 fasting"): diabetes until shown otherwise
    r"|\b(?:sugar|glucose)\b[^.,;\d]{0,40}+\b(?:[2-5]\d\d)\b", re.I)
MISSED_PERIOD_RE: Final = rx.compile(
    r"\b(?:missed|skipped)\s++(?:her\s++|my\s++|the\s++)?(?:periods?|menses|mc)\b"
    r"|\bperiods?\s++(?:is\s++|are\s++|was\s++|has\s++been\s++)?"
    r"(?:(?:\d{1,2}|a|one|two|three|few|a few)\s++(?:days?|weeks?|months?)\s++)?(?:late|overdue|delayed|stopped)\b"
    r"|\bno\s++periods?\s++(?:for|since)\b|\bamenorrh"
    r"|\b(?:mahavari|mahaavaaree|mahawari|mahwari|maahwari|masik|periods?|mc)\s++band\b"
    r"|\b(?:periods?|mc|menses|mahina|mahine|mahwari|maahwari|mahavari|masik)\s++(?:is\s++|was\s++)?(?:missed|skipped|"
    r"(?:nahi|nahin|nhi)\s++(?:aaya|aayi|aaye|aya|ayi|aai|hua|hui|aa rahi|aa raha)|not (?:come|came))\b"
    # a wait told between ("mahina 7 hafte se nahi aaya"), and Chhattisgarhi "mahina nai aais"
    r"|\b(?:periods?|mahina|mahwari|masik)\s++(?:(?:\d{1,2}|do|teen|char)\s++(?:din|hafte|hafta|mahine|mahina)\s++"
    r"(?:se|le)\s++)?(?:nahi|nahin|nhi|nai)\s++(?:aaya|aayi|aaye|aais|aawat)\b"
    # Telugu: "nelasari raaka 6 vaaralu" (six weeks since the period should have come), "periods raaledu"
    r"|\b(?:nelasari|nelasaari|neladhi|periods?|mc)\s++(?:raaka|raka|raaledu|raledu|ravaledu|aagipoyindi)\b", re.I)

@dataclass(frozen=True)
class PatientFacts:
    """Age, pregnancy and vitals as told in the text (None when not told)."""

    age_years: float | None = None
    child: bool = False  # a child is mentioned, age perhaps unknown
    infant: bool = False  # a baby or newborn is mentioned
    newborn: bool = False
    elderly: bool = False
    pregnant: bool | None = None
    gestation_weeks: float | None = None
    postpartum: bool = False
    missed_period: bool = False
    vitals: dict[str, float] = field(default_factory=dict)
    sex: str | None = None  # "female" / "male", given or told of the patient ("my husband", "she")
    diabetic: bool = False
    # No pregnancy now: denied, or impossible (a man, a child, an age outside CHILDBEARING_AGES). A denied pregnancy
    # leaves a recent delivery in place ("not pregnant, delivered last week").
    pregnancy_excluded: bool = False
    sex_from_text: bool = False  # ``sex`` was read from the text ("my husband"), not given
    # months told bare at the start ("8 mahine, ...": LEADING_MONTHS_RE) or running ("8 mahina chal raha":
    # RUNNING_MONTHS_RE)
    leading_months: float | None = None
    # the last blood pressure told (systolic, diastolic): a repeat reading after an earlier high one ("146/92 at the
    # shop ... here it is 138/86"); the caller's measured one when given (minor_care.settled_pressure reads it)
    bp_latest: tuple[float, float] | None = None

    @property
    def pregnancy_related(self) -> bool:
        """Pregnant, just delivered, or a missed period (possible pregnancy) not denied."""
        return bool(self.pregnant) or self.postpartum or (self.pregnant is None and self.missed_period)

    @property
    def pregnancy_ruled_out(self) -> bool:
        """Neither pregnant nor just delivered, as far as the facts tell: pregnancy-only knowledge does not apply."""
        return self.pregnancy_excluded and not self.pregnancy_related


def with_overrides(facts: PatientFacts, *, age_years: float | None = None, sex: str | None = None,
                   pregnant: bool | None = None, vitals: dict[str, float] | None = None) -> PatientFacts:
    """The facts with patient data passed in by the caller taking precedence over the text."""
    changes: dict = {}
    if age_years is not None and not _finer_age(float(age_years), facts.age_years):
        changes["age_years"] = float(age_years)
    if sex:
        initial = sex.strip().lower()[:1]
        changes["sex"] = "male" if initial == "m" else "female" if initial in ("f", "w") else None
        changes["sex_from_text"] = False
        if changes["sex"] == MALE:
            changes.update(_IMPOSSIBLE)
    if age_years is not None and not _childbearing(float(age_years)):
        changes.update(_IMPOSSIBLE)
    if pregnant is not None:
        changes["pregnant"] = bool(pregnant)
    if vitals:
        changes["vitals"] = {**facts.vitals, **{k: float(v) for k, v in vitals.items() if v is not None}}
        if vitals.get("systolic_bp") is not None and vitals.get("diastolic_bp") is not None:
            changes["bp_latest"] = (float(vitals["systolic_bp"]), float(vitals["diastolic_bp"]))
    low, high = LEADING_PREGNANCY_MONTHS
    if pregnant is None and facts.pregnant is None and facts.leading_months is not None \
            and low <= facts.leading_months <= high and changes.get("sex", facts.sex) == "female" \
            and age_years is not None and _childbearing(float(age_years)):
        changes.update(pregnant=True, gestation_weeks=facts.leading_months * WEEKS_PER_MONTH)
    if changes.get("pregnant"):
        changes["infant"] = False
    return _with_exclusion(replace(facts, **changes))


def _finer_age(given: float, told: float | None) -> bool:
    """The text tells the age more finely than the whole years given: "8 month baby" with age 0 is 8 months old."""
    return told is not None and given == int(given) and given <= told < given + 1


_IMPOSSIBLE: Final = {"pregnant": False, "postpartum": False, "missed_period": False, "gestation_weeks": None}


def _with_exclusion(facts: PatientFacts) -> PatientFacts:
    """The facts with ``pregnancy_excluded`` decided from them: a denied or impossible pregnancy (a man, a child, an
    age outside CHILDBEARING_AGES), unless a pregnancy, a delivery or a missed period is affirmed."""
    if facts.pregnant:
        excluded = False
    elif facts.pregnant is False or facts.sex == MALE:
        excluded = True
    else:
        excluded = not (facts.postpartum or facts.missed_period) and _no_pregnancy_by_age(facts.age_years, facts)
    return replace(facts, pregnancy_excluded=excluded)


def _childbearing(age: float) -> bool:
    return CHILDBEARING_AGES[0] <= age <= CHILDBEARING_AGES[1]


def _no_pregnancy_by_age(age: float | None, facts: PatientFacts) -> bool:
    """The patient is too young or too old to be pregnant, by a told age or by being a baby or a child."""
    if age is not None:
        return not _childbearing(age)
    return facts.infant or facts.newborn or facts.child


def read_patient(text: str, *, pregnant: bool | None = None, ages: AgeMatches | None = None,
                 family: list[tuple[int, int]] | None = None) -> PatientFacts:
    """Everything about the patient that the text tells.

    Who the patient is decides what a pregnancy word means: the complaint of "my husband", of a child, of a woman of
    70 rules pregnancy out; but a pregnancy the text affirms ("I am 8 months pregnant, my son …") is kept, on the
    safe side, whoever else the text names.

    ``pregnant``: the pregnancy as the clinic gave it (the kiosk's "Pregnant?"), which beats the text's and is
    read the way the text's would be: given, "baby not moving" is the baby in the womb (no infant, no child) and a
    "he" in the text does not make the patient a man; denied, no weeks of gestation are kept.

    ``ages``: the text's ``age_matches``, when the caller has them already (of the text without its relatives'
    history, as read here: a relative's age, diabetes or sex is not the patient's). ``family``: the text's
    ``relative_history_spans``, when the caller has them already (each reading of them is a pass per segment)."""
    text = without_relatives(text, family)
    if pregnant is None:
        if NOT_PREGNANT_RE.search(text):
            pregnant = False
        elif PREGNANT_RE.search(text) or GESTATION_RE.search(text) or _ordinal_month(text) is not None \
                or BELLY_MONTHS_RE.search(text):
            pregnant = True
    infant = bool(INFANT_RE.search(text)) and not pregnant
    facts = PatientFacts(
        age_years=read_age(text, ages),
        child=bool(CHILD_RE.search(text)) or infant,
        infant=infant,
        newborn=bool(NEWBORN_RE.search(text)),
        elderly=bool(ELDERLY_RE.search(text)),
        pregnant=pregnant,
        gestation_weeks=read_gestation_weeks(text) if pregnant else None,
        postpartum=bool(POSTPARTUM_RE.search(text)),
        missed_period=bool(MISSED_PERIOD_RE.search(text)),
        vitals=read_vitals(text),
        bp_latest=readings[-1] if (readings := bp_readings(text)) else None,
        diabetic=bool(DIABETIC_RE.search(text)),
        leading_months=_leading_months(text),
    )
    if pregnant and facts.age_years is not None and facts.age_years < 1:
        facts = replace(facts, age_years=None)  # "7 months baby moving less": the pregnancy's months, not an age
    sex = subject_sex(text)
    if sex == MALE and (facts.pregnant or facts.postpartum or facts.missed_period):
        sex = None  # told of a pregnancy and of a man: whose complaint it is, is unclear; keep the pregnancy's rules
    return _with_exclusion(replace(facts, sex=sex, sex_from_text=sex is not None))


AgeMatches = Sequence[Sequence[re.Match[str]]]  # every match of each of AGE_PATTERNS, in order


def age_matches(text: str) -> AgeMatches:
    """Every match of each age pattern: read once for the age and for the spans durations skip (each pattern is a
    pass over the whole text)."""
    return tuple(list(pattern.finditer(text)) for pattern in AGE_PATTERNS)


def read_age(text: str, ages: AgeMatches | None = None) -> float | None:
    """Age in years from "3 year old", "8 months", "70 yo", "aged 45", "45/M"; else from "elderly"."""
    for n, pattern in enumerate(AGE_PATTERNS):
        match = pattern.search(text) if ages is None else (ages[n][0] if ages[n] else None)  # search's match
        if match:
            number, unit = next((g for g in match.groups()[::2] if g), None), match.group(2)
            if number is None:
                continue
            years = _to_number(number) * (_unit_years(unit) if unit else 1.0)
            if 0 <= years < 120:
                return round(years, 3)
    if NEWBORN_RE.search(text):
        return 7 / 365
    if ELDERLY_RE.search(text):
        return ASSUMED_ELDERLY_AGE
    return None


def age_spans(text: str, ages: AgeMatches | None = None) -> list[tuple[int, int]]:
    """Character spans of every age expression, so they are not read as durations."""
    return [match.span() for found in (age_matches(text) if ages is None else ages) for match in found]


def read_gestation_weeks(text: str) -> float | None:
    """Weeks of pregnancy from "32 weeks pregnant", "7 months pregnant", "in her 6th month", "7 mahine ka pet"."""
    match = GESTATION_RE.search(text)
    if not match:
        month = _ordinal_month(text)
        if month is None and (belly := BELLY_MONTHS_RE.search(text)):
            month = _to_number(next(group for group in belly.groups() if group))
        return month * 4.3 if month is not None else None
    weeks, after_pregnant, unit, months, nth_month, over_forty = match.groups()
    if weeks or over_forty:
        return float(weeks or over_forty)
    if after_pregnant:
        return float(after_pregnant) * (4.3 if unit.lower().startswith("m") else 1.0)
    if months:
        return _to_number(months) * 4.3
    return float(nth_month) * 4.3


def _to_number(text: str) -> float:
    return float(text) if text[0].isdigit() else float(_WORD_NUMBERS[text.lower()])


def _unit_years(unit: str) -> float:
    for pattern, years in _AGE_UNIT:
        if re.fullmatch(pattern, unit, re.I):
            return years
    return 1.0
