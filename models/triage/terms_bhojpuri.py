"""Bhojpuri of Bihar (Siwan, Gopalganj, Chhapra) wordings of the canonical symptoms, in Latin letters as an ASHA
facilitator types a family's words into the PHC's group: the past in "-al"/"-lak"/"-lihlas" ("phoolal", swollen;
"chhod dihlas", left off; "kaat lihlas", bit), "gail"/"bhail" (went, happened), "ba"/"bari" (is), "na"/"naikhe" (not),
"gor" (the leg), "piyar" (yellow), "deh tapat" (the body burns hot). The Awadhi and eastern UP Bhojpuri of Gorakhpur
are terms_awadhi.py's; Maithili's "phool gail" and the places a swelling is told of are terms_maithili.py's.

terms.py adds these to its own wordings of the same symptom (never replacing them).
"""

from __future__ import annotations

from typing import Final

NOT: Final = "{na,nai,nahi,nahin,naikhe}"
# round 22: "naikhe", "naikhi" (is not, there is none) after what they deny, as Hindi's "nahi": "bukhar naikhe, khoon
# naikhe" (no fever, no blood), "ulti naikhe" (cues.POST_CUES). Not the honorific "naikhan", which ends a verb of its
# own ("hamra ke chinhat naikhan", he does not know me: a confusion told, never a denial)
DENIALS: Final = ("naikhe", "naikhi")
_CHILD: Final = "{bachcha,bachha,baccha,bacha,baby,babua,laika}"

BHOJPURI_TERMS: Final[dict[str, tuple[str, ...]]] = {
    "unable to drink": (
        # the breast given up ("dudh chhod dihlas"), cannot suck ("dudh na pi paawat"), the water refused ("pani bhi
        # na piyat")
        "{dudh,doodh} chhod {dihlas,dihles,delas,dele,deli,dihli}",
        "{dudh,doodh,paani,pani} {bhi ,}" + NOT + " {pi paawat,pi pawat,piyat,piyat ba,pi sakat}",
    ),
    "jaundice": (
        # yellow ("piyar"): the body, the face, the palms and soles ("hathheli aa talwa le piyar")
        "{deh,pura deh,chehra,hathheli,hatheli,talwa,talwe} {piyar,pila,peela} {ho gail,bhail,lagat,lagat ba,ba}",
        "{hathheli,hatheli} {aa,aur} {talwa,talwe} {le ,bhi ,}piyar",
    ),
    "dark urine": ("{peshab,pesab} {bhi ,}{piyar,peela piyar,gadha piyar}",),
    "fever": (
        # the body burning hot ("deh tapat ba"), like fire ("deh aag jaisan")
        "{deh,badan,sharir} {tapat,tapait,tap rahal} {ba,hai,}", "{deh,badan} aag {jaisan,jaisa,jaise}",
    ),
    "loss of appetite": ("{kuchh,kuch,kichhu} " + NOT + " {khaat,khaait,khaat ba}",),
    "reduced fetal movement": (
        # the baby in the womb moving less, or not at all: "bachcha kam hilat ba", "bachcha ekdam na hilal"
        _CHILD + " {kam,ekdam na,na,nahi} {hilat,hilal,hilat ba,dolat}",
    ),
    "lethargy": (
        # a newborn that moves little ("hilat dulat kam"), only sleeps ("sutal rahat ba")
        "{hilat,hilait} {dulat,dulait} {kam," + NOT[1:-1] + "}", "{bas ,}sutal {rahat,rahat ba}",
    ),
    "insomnia": ("{neend,nind} " + NOT + " {aawe,aawat,aawat ba,aail}",),
    "loss of interest": ("{mann,man,mon} " + NOT + " {kare,karat,lage,lagat}",),
    "suicidal thoughts": ("{kahat,kahe} {rahli,rahal,rahe} ki mar {jaaib,jaib,jaayab,jaiti}",),
    "weight loss": ("{dubla,dubar,dubra} {hot,hoat} {jaat,jaat ba}",),
    "rash": (
        # the itch between the fingers with its spots (scabies: "ungli ke beech me dana"), the nappy's red skin
        "{ungli,aanguri,anguri,ungliyon} ke beech {me ,mein ,}{dana,daana,daane}",
        "{langot,nappy,diaper} {wala ,}{jagah ,}{laal,lal} {ho gail,bhail,ba,hai}",
    ),
    "ear discharge": ("kaan {sa,se} {pani,paani,peep,pib,mawad} {aabi,aawat,aabait,aa raha,bah}",),
}
