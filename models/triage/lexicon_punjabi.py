"""Punjabi token vocabularies for the lexicon's site-and-pain patterns, as a dispensary in Punjab writes them in Latin
letters: a body part ("goda" the knee, "pinni" the calf, "latt" the leg, "gutt" the wrist, "akh" the eye; not "kann",
the ear, whose "kann band" is a blocked ear, not the "band" of a tight chest: "kann vich dard" is terms_punjabi's),
the postpositions "ch"/"vich" (in), the verb "dukhna" (to hurt) in its tenses, and "sujja" (swollen).

lexicon.py adds these to PAIN_SITES, PAIN_AFTER_SITE, SITE_FILLERS and the swelling and eye words, so "gode bahut
dukhde" and "pinni sujji te dukhdi" are read by the same token patterns as "pet mein dard". The phrase wordings are in
terms_punjabi.py. ("goda" is the knee in Punjabi, the leg in Bhojpuri: as a pain site it is the knee's, the leg's
weakness in lexicon.LIMBS_IN is left as it was.)
"""

from __future__ import annotations

from typing import Final

PUNJABI_PAIN_SITES: Final[dict[str, tuple[str, ...]]] = {
    "chest pain": ("chhaati", "chaati"),
    "eye pain": ("akh", "akhan", "akhaan"),
    "knee pain": ("goda", "gode", "godeyan", "godean", "godiyan"),
    "joint pain": ("jodan", "jodaan"),
    "leg pain": ("latt", "latta", "lattan", "latan", "lattaan", "pinni", "pinniyan", "pinnian", "chaddh"),
    "wrist pain": ("gutt", "gutta"),
    "back pain": ("lakk",),
}
# "dukhna" (to hurt): it hurts (m., f., pl.), they hurt (f. pl.); "peed" a pain
PUNJABI_PAIN_WORDS: Final = ("dukhda", "dukhdi", "dukhde", "dukhdiyan", "dukhdian", "dukhdaa", "peed", "peerh")
# between the site and its pain: in, on/and, too, always
PUNJABI_SITE_FILLERS: Final = ("ch", "vich", "wich", "te", "vi", "rehnda", "rehndi")
PUNJABI_SWOLLEN_WORDS: Final = ("sujj", "sujja", "sujji", "sujje", "sujjiyan", "sujda", "sujdi")
PUNJABI_JOINT_SWELLING_SITES: Final = ("goda", "gode", "gutt", "gutta")
PUNJABI_EYE_WORDS: Final = ("akh", "akhan", "akhaan")
# between a joint and its swelling: "goda achanak sujj gya" (the knee swelled up suddenly)
PUNJABI_JOINT_SWELLING_FILLERS: Final = ("achanak", "thoda", "vi", "bahut")
