"""Marathi token vocabularies for the lexicon's site-and-pain patterns, as a clinic in Maharashtra writes them in
Latin letters (and as Devanagari reads): a body part with its case ending ("potat" in the belly, "dokyat" in the
head, "chhatit" in the chest), the verb "dukhne" (to hurt) in its tenses, "kalkal" (an aching throb), "suj" (swelling).

lexicon.py adds these to PAIN_SITES, PAIN_AFTER_SITE, SITE_FILLERS and the swelling and eye words, so "pot dukhte",
"kambar khup dukhte" and "dole laal" are read by the same token patterns as "pet mein dard". The phrase wordings are in
signs_marathi.py.
"""

from __future__ import annotations

from typing import Final

# A body part with its Marathi case endings -> the symptom its pain names. ("pot" is the belly in Marathi and Hindi;
# "dola"/"dole" the eye(s); "ghasa" the throat; "daadh" a molar; "pindri" the calf; "gudgha" the knee.)
MARATHI_PAIN_SITES: Final[dict[str, tuple[str, ...]]] = {
    "chest pain": ("chhatit", "chhatila", "chhaticha", "chhatichya", "chatit", "chhaatit", "chhatimadhe"),
    "abdominal pain": ("pot", "potat", "potaat", "potala", "potachya", "potacha", "poti", "potamadhe"),
    "headache": ("doka", "doke", "dokn", "dokyat", "dokyaat", "dokyala", "dokyachya", "dokyacha"),
    "ear pain": ("kaanat", "kaanaat", "kaanala", "kanat"),
    "eye pain": ("dola", "dolyat", "dolyaat", "dolyala", "dole"),
    "sore throat": ("ghasa", "ghashat", "ghasyat", "ghasyala"),
    "toothache": ("daat", "daadh", "dadh", "daadhet", "daatat", "daadha", "daadhecha"),
    "back pain": ("kambar", "kambarat", "kambarela", "kambaret", "kambrela", "paath", "pathit", "paathit", "pathila",
                  "pathi"),
    "knee pain": ("gudgha", "gudghe", "gudghyat", "gudghyala", "gudhgha", "gudhghe", "gudghyanna"),
    "joint pain": ("khandha", "khande", "khandyat", "khandyala", "sandhe", "sandhyat", "sandhyanna"),
    "leg pain": ("paay", "paayat", "paayala", "payat", "pindri", "pindrya", "pindrit", "pindrila", "mandi", "maandi",
                 "mandila", "tach", "tachela", "tachet"),
    "wrist pain": ("managat", "managta", "managala", "managaat"),
}
# "dukhne" (to hurt): it hurts, they hurt, is hurting, hurt, began to hurt; "kalkal" a throbbing ache; "vedna" pain
MARATHI_PAIN_WORDS: Final = ("dukhte", "dukhta", "dukhto", "dukhtat", "dukhtay", "dukhtey", "dukhtoy", "dukhat",
                             "dukhla", "dukhli", "dukhle", "dukhu", "dukhne", "dukhna", "dukhi", "dukhtana", "dukhtaat",
                             "kalkal", "kalkalte", "kalkalto", "kalkaltay", "kalkaltat", "vedna", "vedana", "dukhnyacha", "tok",
                             "dukhtany")  # (Devanagari "दुखतंय" reads "dukhtany", "डोकं" "dokn")
# Words between the site and its pain: very, more, a little, always, suddenly, on the right, in, also
MARATHI_SITE_FILLERS: Final = ("khup", "jasta", "jast", "thoda", "thodi", "thode", "halke", "halki", "satat", "nehmi",
                               "madhe", "madhye", "la", "pan", "far", "phaar", "asahya", "achanak", "ujvya", "davya",
                               "ujva", "dava", "uzvya", "baju", "bajula", "khalchya", "varchya", "khali", "var",
                               "sarkha", "sarkhe", "sarkhi", "nehmisarkha", "roj", "raatri", "sakali", "adhun",
                               "madhun", "donhi", "hadat", "haadat", "paasun", "pasun", "varshabhar", "mahinabhar",
                               "aaj", "kal", "sakalpasun", "kaalpasun")
MARATHI_SWOLLEN_WORDS: Final = ("suzla", "suzle", "suzli", "suzlet", "suzto", "suzte", "suztat", "suzlay", "sujla",
                                "sujle", "sujli", "sujlay", "suzun", "sujun")
MARATHI_EYE_WORDS: Final = ("dola", "dole", "dolyat", "dolyaat")
