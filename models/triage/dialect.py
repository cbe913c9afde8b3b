"""Bundeli, Awadhi and other eastern Hindi verb endings read as standard Hinglish: "khoon ja rao" (is flowing),
"saans phool rai" (is swelling up), "thanda pad gao" (has gone cold) are "ja raha", "phool rahi", "pad gaya", so
every Hinglish wording of the lexicon reads them (a Bundelkhand ANM writes them so; Hindi's lexicon had only "raha",
"rahi", "gaya").

Only after a word in Latin letters, only typed lower case (a "Rao" or a "Rai" is a name), and not where the word is
another one: mustard ("rai ka tel", "sarson rai"), and Bengali's "gao" (the body: "gao gorom", a fever).
"""

from __future__ import annotations

from typing import Final

ENDINGS: Final = {"rao": "raha", "rai": "rahi", "gao": "gaya", "ni": "nahi",
                   # Awadhi and Bhojpuri (Lucknow to Gorakhpur): "sooj gawa" (has swelled), "behosh nahi bhaye" (did
                   # not faint), "operation bhawa" (was done), "khoon aawa" (blood came), "gir gayin" (she fell),
                   # "hoi gawa" (has become)
                   "gawa": "gaya", "gava": "gaya", "bhawa": "hua", "bhava": "hua", "bhaye": "hue", "bhayi": "hui",
                   "aawa": "aaya", "aava": "aaya", "gayin": "gayi", "hoi": "ho"}
# Garhwali's and Kumaoni's "ni" (not) before a Hinglish verb ("saans ni aati", "neend ni aati", "hila hi ni bol
# rahi") is "nahi"; elsewhere "ni" is another word (Marathi's "and", Kashmiri's "not" after its copula, cues.py)
NI_BEFORE: Final = frozenset("""
aati aata aate aa aaya aayi aaye aai hua hui hue ho hota hoti hote lagta lagti lagte laga lagi kar karta karti kiya
ki pa paa paati paata paa rahi paa raha pa rahi pa raha raha rahi rahe rha rhi hila hilta hilti nikla nikli bol bolta
bolti bola boli de deta deti diya khaya khayi khaati khaata khata peeti peeta piya pi sakta sakti sake chal chalta
chalti jaata jaati ja uth uthe uthi uthta uthti rukna ruka ruki tha thi the hai hain mila mili dikha dikhta dikhti
""".split())
# words before which the ending is a name or a title's: "Dr rao", "shri rai"
TITLES: Final = frozenset({"dr", "doctor", "mr", "mrs", "ms", "shri", "sri", "smt", "sir", "madam", "sahab",
                           "sarson", "sarso", "sarsoon"})
# words after which "rai" is mustard, and after which "gao" is Bengali's body
NOT_AFTER: Final = {
    "rai": frozenset({"ka", "ke", "ki", "tel", "dana", "daana", "dane", "daane", "seeds", "oil", "powder"}),
    "gao": frozenset({"jor", "gorom", "garam", "tap", "pure", "jole", "putche", "byatha", "betha", "gorom,",
                      "haat", "hat", "pa", "matha"}),
}


# "hoi" is Awadhi's "ho" only before a Hindi "gone" ("hoi gawa", "hoi gaye"): Assamese "hoi gol", Odia "hoi gala",
# Dogri "hoi gea" are their own languages' words
HOI_BEFORE: Final = frozenset({"gawa", "gava", "gaya", "gayi", "gaye", "gayin", "gai", "gae", "gya", "gyi", "gye"})

# An Awadhi or Bhojpuri verb the lexicon does not know, read as its Hindi form where the lexicon knows that: the
# habitual "-at" ("dikhat", "sunat": "dikhta", "sunta"), the long-vowel stem's "-awat" ("paawat", "bataawat":
# "paata", "bataata"), the feminine plural "-in" ("paatin": "paati"). (A known word is left: Marathi's "dukhat
# ahe" and Chhattisgarhi's "aawat" are the lexicon's own.)
AT_ENDINGS: Final = (("aawat", ("aata", "ata")), ("awat", ("ata", "aata")), ("aavat", ("aata", "ata")),
                     ("avat", ("ata", "aata")), ("at", ("ta", "ti")))
IN_ENDINGS: Final = ("tin", "yin", "hin")


def eastern_reading(word: str, known: frozenset[str] | set[str] | dict) -> str | None:
    """The Hindi form of an Awadhi or Bhojpuri verb ``word`` (lower case, unknown to the lexicon) that ``known``
    holds, or None."""
    if len(word) < 5 or not word.isalpha() or not word.isascii():
        return None
    for ending, readings in AT_ENDINGS:
        if not word.endswith(ending):
            continue
        stem = word[:-len(ending)]
        if ending == "at" and (len(stem) < 3 or stem[-1] in "aeiouw"):
            continue  # ("raat", "baat", "laat": nouns; "-awat" is read above)
        for reading in readings:
            if stem + reading in known:
                return stem + reading
    if word.endswith(IN_ENDINGS) and word[:-1] in known:
        return word[:-1]
    return None


def dialect_reading(word: str, typed: str, before: str, after: str) -> str | None:
    """The standard Hinglish ending for ``word`` (lower case; ``typed`` as typed) between the words ``before`` and
    ``after`` (lower case, "" at an edge), or None to leave it."""
    reading = ENDINGS.get(word)
    if reading is None or typed != word or not before.isalpha() or not before.isascii() or before in TITLES:
        return None
    if after in NOT_AFTER.get(word, ()) or (word == "ni" and after not in NI_BEFORE) or (
            word == "hoi" and after not in HOI_BEFORE):
        return None
    return reading
