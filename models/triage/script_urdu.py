"""Urdu (Perso-Arabic) script to the Latin letters a clinic in Jammu and Kashmir types ("سینے میں درد" -> "seene
mein dard", "بخار" -> "bukhar"), so one lexicon reads Urdu typed in either script; and Kashmiri and Gojri written in
the same letters ("تپ چھ نہ" -> "tap chhu na", no fever; signs_kashmiri.py reads them).

The script writes no short vowels, so a word is read in two steps: first as a whole from WORDS, the everyday and
clinical words as Urdu writers spell them (the short vowels are the words' own); else letter by letter, the long
vowels as Hinglish doubles them (ا aa, ی ee, و o) and the short ones, where a writer marks them (zabar, zer, pesh),
as they are. A word read by its letters is then given to the spelling corrector, whose consonant skeleton finds
the lexicon's word ("درد" drd -> dard).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

# Arabic letters and marks of the Arabic block, its supplement and the presentation forms; its punctuation (، ؛ ؟ ۔)
# and digits are not letters (read by PUNCTUATION and DIGITS)
_LETTERS: Final = "\u0621-\u065f\u0670-\u06d3\u06d5-\u06ef\u06fa-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc"
URDU_RE: Final = re.compile(f"[{_LETTERS}]+(?:[\u200c\u200d]+[{_LETTERS}]+)*")
# The script's punctuation as the Latin marks that end a clause or a sentence (one character for one: the text's
# offsets are kept)
PUNCTUATION: Final = str.maketrans({"،": ",", "؛": ";", "؟": "?", "۔": ".", "٪": "%"})
DIGITS: Final = str.maketrans({**{chr(0x0660 + n): str(n) for n in range(10)},
                               **{chr(0x06F0 + n): str(n) for n in range(10)}})

_CONSONANTS: Final = {
    "ب": "b", "پ": "p", "ت": "t", "ٹ": "t", "ث": "s", "ج": "j", "چ": "ch", "ح": "h", "خ": "kh", "د": "d", "ڈ": "d",
    "ذ": "z", "ر": "r", "ڑ": "d", "ز": "z", "ژ": "ts", "س": "s", "ش": "sh", "ص": "s", "ض": "z", "ط": "t", "ظ": "z",
    "غ": "gh", "ف": "f", "ق": "k", "ک": "k", "ك": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n", "ں": "n", "ۂ": "h",
    "ٲ": "a", "ۍ": "i", "ؠ": "y", "ۄ": "o",
}
_SHORT: Final = {"\u064e": "a", "\u0650": "i", "\u064f": "u", "\u0670": "a", "\u0656": "i", "\u0657": "u"}
_MARKS: Final = frozenset("\u064b\u064c\u064d\u0651\u0652\u0654\u0655\u0658\u065f\u0674")

# Whole words as Urdu writers spell them and a Hinglish typist would type them. Kashmiri and Gojri words written in
# these letters are read as their speakers type them in Latin letters (signs_kashmiri.py).
WORDS: Final = {
    # --- Urdu: the grammar words ---
    "میں": "mein", "سے": "se", "کو": "ko", "کا": "ka", "کی": "ki", "کے": "ke", "ہے": "hai", "ہیں": "hain",
    "تھا": "tha", "تھی": "thi", "تھے": "the", "نہیں": "nahi", "نہ": "na", "نا": "na", "اور": "aur", "بھی": "bhi",
    "پر": "par", "پہ": "pe", "اب": "ab", "تو": "to", "ہی": "hi", "یا": "ya", "کہ": "ke", "جو": "jo", "وہ": "woh",
    "یہ": "yeh", "کوئی": "koi", "کچھ": "kuch", "بہت": "bahut", "زیادہ": "zyada", "کم": "kam", "بس": "bas",
    "ساتھ": "saath", "بعد": "baad", "پہلے": "pehle", "سا": "sa", "سی": "si", "جیسا": "jaisa", "جیسی": "jaisi",
    "جیسے": "jaise", "مگر": "magar", "لیکن": "lekin", "پھر": "phir", "ابھی": "abhi", "کبھی": "kabhi", "ذرا": "zara",
    "لیے": "liye", "لئے": "liye", "طرف": "taraf", "ایک": "ek", "دو": "do", "تین": "teen", "چار": "chaar",
    "پانچ": "paanch", "چھ": "chhe", "سات": "saat", "آٹھ": "aath", "نو": "nau", "دس": "das", "بار": "baar",
    "چند": "chand", "کئی": "kai", "پورا": "poora", "پورے": "poore", "پوری": "poori", "سب": "sab", "خود": "khud",
    "میرا": "mera", "میری": "meri", "میرے": "mere", "ہمارا": "hamara", "ہماری": "hamari", "ان": "un", "اس": "is",
    "انہیں": "unhe", "مجھے": "mujhe", "اسے": "use", "وقت": "waqt",
    # --- being, coming, going ---
    "ہو": "ho", "ہوا": "hua", "ہوئی": "hui", "ہوئے": "hue", "ہوتا": "hota", "ہوتی": "hoti", "ہوتے": "hote",
    "رہا": "raha", "رہی": "rahi", "رہے": "rahe", "رہتا": "rehta", "رہتی": "rehti", "رہتے": "rehte", "گیا": "gaya",
    "گئی": "gayi", "گئے": "gaye", "گیی": "gayi", "آ": "aa", "آیا": "aaya", "آئی": "aayi", "آئے": "aaye",
    "آتا": "aata", "آتی": "aati", "آتے": "aate", "جاتا": "jaata", "جاتی": "jaati", "جاتے": "jaate", "جا": "ja",
    "کر": "kar", "کیا": "kiya", "کرتا": "karta", "کرتی": "karti", "کرتے": "karte", "دی": "di",
    "دیا": "diya", "دے": "de", "لی": "li", "لیا": "liya", "لگا": "laga", "لگی": "lagi", "لگے": "lage",
    "لگتا": "lagta", "لگتی": "lagti", "سکتا": "sakta", "سکتی": "sakti", "سکتے": "sakte", "پڑا": "pada",
    "پڑی": "padi", "پڑے": "pade", "کہتی": "kehti", "کہتا": "kehta", "کہتے": "kehte",
    "گرے": "gire", "گرا": "gira", "گری": "giri", "گرتے": "girte", "گرتی": "girti", "چھوڑ": "chhod",
    "کھا": "kha", "کھایا": "khaya", "کھائی": "khayi", "پیا": "piya", "پیتا": "peeta", "پیتی": "peeti",
    "رہیں": "rahi", "ہوں": "hoon", "تھیں": "thi", "بولنے": "bolne", "بول": "bol", "کھانا": "khana", "پینا": "peena",
    "لیتے": "lete", "لیتی": "leti", "لیتا": "leta", "بیٹھ": "baith", "لیٹ": "lait",
    "بدلنے": "badalne", "بڑھ": "badh", "بڑھتا": "badhta", "بڑھتی": "badhti", "ہل": "hil", "ہلتا": "hilta",
    "ہلنا": "hilna", "رکا": "ruka", "رکتا": "rukta", "رکتی": "rukti", "رک": "ruk", "بند": "band", "چل": "chal",
    "چلتا": "chalta", "چلنے": "chalne", "ملا": "mila", "کاٹ": "kaat", "کاٹا": "kaata", 
    # --- time ---
    "دن": "din", "دنوں": "dino", "رات": "raat", "صبح": "subah", "شام": "shaam", "دوپہر": "dopahar", "آج": "aaj",
    "کل": "kal", "ہفتے": "hafte", "ہفتہ": "hafta", "ہفتوں": "hafton", "مہینہ": "mahina", "مہینے": "mahine",
    "مہینوں": "mahino", "سال": "saal", "سالوں": "saalon", "گھنٹے": "ghante", "گھنٹہ": "ghanta", "منٹ": "minute",
    "سیکنڈ": "second", "روز": "roz", "ہمیشہ": "hamesha", "اچانک": "achanak", "آدھے": "aadhe", "آدھا": "aadha",
    "ڈیڑھ": "dedh", "اتنے": "itne",
    # --- people ---
    "بچہ": "bachcha", "بچے": "bachche", "بچی": "bachchi", "بچوں": "bachchon", "بیٹا": "beta", "بیٹی": "beti",
    "بیوی": "biwi", "شوہر": "shohar", "ماں": "maa", "امی": "ammi", "ابو": "abbu", "والد": "walid",
    "والدہ": "walida", "دادی": "dadi", "دادا": "dada", "نانی": "nani", "نانا": "nana", "بزرگ": "buzurg",
    "بھائی": "bhai", "بہن": "behan", "مریض": "mareez", "مریضہ": "mareeza", "جان": "jaan", "عورت": "aurat",
    "لڑکا": "ladka", "لڑکی": "ladki", "آدمی": "aadmi",
    # --- the body ---
    "سر": "sir", "سینے": "seene", "سینہ": "seena", "چھاتی": "chhati", "پیٹ": "pet", "کمر": "kamar",
    "پیٹھ": "peeth", "ہاتھ": "haath", "پاؤں": "paon", "پیر": "pair", "پیروں": "pairon",
    "ٹانگ": "taang", "ٹانگیں": "taangein", "آنکھ": "aankh", "آنکھیں": "aankhein", "آنکھوں": "aankhon",
    "کان": "kaan", "ناک": "naak", "منہ": "munh", "چہرہ": "chehra", "چہرے": "chehre", "ہونٹ": "hont",
    "گلا": "gala", "گلے": "gale", "گردن": "gardan", "دانت": "daant", "زبان": "zabaan", "جسم": "jism",
    "بدن": "badan", "دل": "dil", "جگر": "jigar", "گردے": "gurde", "ران": "raan", "گھٹنا": "ghutna",
    "گھٹنے": "ghutne", "جوڑوں": "jodon", "جوڑ": "jod", "انگلی": "ungli", "انگلیاں": "ungliyan", "بال": "baal",
    "جلد": "jild", "ناف": "naaf", "نیچے": "neeche", "اوپر": "upar", "پیچھے": "peeche", "بائیں": "baayen",
    "دائیں": "daayen", "بایاں": "baayan", "دایاں": "daayan", 
    # --- complaints ---
    "درد": "dard", "بخار": "bukhar", "تیز": "tez", "ہلکا": "halka", "ہلکی": "halki", "شدید": "shadeed",
    "سخت": "sakht", "کھانسی": "khansi", "بلغم": "balgam", "زکام": "zukam", "نزلہ": "nazla", "چھینک": "chheenk",
    "چھینکیں": "chheenkein", "الٹی": "ulti", "الٹیاں": "ultiyan", "قے": "qai", "متلی": "matli", "دست": "dast",
    "پاخانہ": "pakhana", "پتلا": "patla", "پتلے": "patle", "قبض": "kabz", "پیشاب": "peshab", "جلن": "jalan",
    "خون": "khoon", "سانس": "saans", "پسینہ": "paseena", "پسینے": "paseene", "چکر": "chakkar",
    "بیہوش": "behosh", "بے": "be", "ہوش": "hosh", "کمزوری": "kamzori", "کمزور": "kamzor",
    "تھکاوٹ": "thakawat", "تھکن": "thakan", "سوجن": "soojan", "سوجا": "sooja", "سوجی": "sooji", "سوجے": "sooje",
    "سوج": "sooj", "ورم": "waram", "خارش": "khujli", "خشکی": "khushki", "دباؤ": "dabaav", "بھاری": "bhaari",
    "بھوک": "bhook", "پیاس": "pyaas", "نیند": "neend", "وزن": "wazan", "زخم": "zakhm", "چوٹ": "chot",
    "جلنا": "jalna", "جلا": "jala", "جل": "jal", "چھالا": "chhala", "چھالے": "chhale", "نشان": "nishaan",
    "لال": "laal", "سرخ": "surkh", "نیلا": "neela", "نیلے": "neele", "نیلی": "neeli", "پیلا": "peela",
    "پیلی": "peeli", "پیلے": "peele", "زرد": "zard", "سفید": "safed", "کالا": "kaala", "کالی": "kaali",
    "بدبودار": "badbudar", "بدبو": "badbu", "پانی": "paani", "دودھ": "doodh", "دوا": "dawa", "دوائی": "dawai",
    "گولیاں": "goliyan", "گولی": "goli", "زہر": "zeher", "ٹیکہ": "teeka", "ٹیکا": "teeka", "علاج": "ilaaj",
    "نظر": "nazar", "دھندلا": "dhundla", "صاف": "saaf", "گانٹھ": "gaanth", "دورہ": "daura", "دورے": "daure",
    "جھٹکے": "jhatke", "مرگی": "mirgi", "فالج": "faalij", "لقوہ": "laqwa", "حمل": "hamal", "زچگی": "delivery",
    "ڈلیوری": "delivery", "حاملہ": "pregnant", "ماہواری": "mahwari", "کپکپی": "kapkapi", "سردی": "sardi",
    "گرمی": "garmi", "ٹھنڈ": "thand", "ٹھنڈا": "thanda", "ٹھنڈے": "thande", "گرم": "garam", "جی": "jee",
    "گھبرا": "ghabra", "گھبراتا": "ghabrata", "گھبراہٹ": "ghabrahat", "گھبراتی": "ghabrati", "دھڑکن": "dhadkan",
    "بہکی": "behki", "باتیں": "baatein", "بات": "baat", "سیدھی": "seedhi", "تکلیف": "takleef", "مسئلہ": "masla",
    "ٹھیک": "theek", "خراب": "kharab", "صحیح": "sahi", "مشکل": "mushkil", "شوگر": "sugar", "بی": "bee",
    "پی": "pee", "آکسیجن": "oxygen", "کینسر": "cancer", "ٹی": "tee", "خودکشی": "khudkushi", "مرنا": "marna",
    "مرنے": "marne", "جینا": "jeena", "سانپ": "saanp", "کتے": "kutte", "کتا": "kutta",
    "بچھو": "bichhu", "کروٹ": "karwat", "آواز": "awaaz", "کانپ": "kaanp", "کپڑے": "kapde", "بھیگ": "bheeg",
    "ساتواں": "saatwan", "آٹھواں": "aathwan", "نواں": "nauwan", "عادت": "aadat", "چائے": "chai",
    "روزے": "roze", "روزہ": "roza", "افطار": "iftar", "گھر": "ghar", "لیٹنے": "letne", "کیمپ": "camp",
    "بتیس": "32", "تیس": "30", "بیس": "20", "پچاس": "50", "ساٹھ": "60", "ستر": "70", "اسی": "80", "نوے": "90",
    "گیارہ": "11", "بارہ": "12", "پندرہ": "15", "اٹھارہ": "18", "چالیس": "40", "چھے": "chhe",
    # --- Kashmiri as its speakers type it in Latin letters ---
    "چھُ": "chhu", "چھِ": "chhi", "چھےم": "chhem", "چھُم": "chhum", "چھس": "chhus", "چھُس": "chhus",
    "چھیس": "chhes", "چھےس": "chhes", "تہ": "ti", "ہند": "hund", "ہنز": "hinz", "منز": "manz",
    "میون": "myon", "میانی": "myaani", "شُر": "shur", "شر": "shur", "کور": "koor", "نیچو": "nechuv",
    "ماجہ": "maajeh", "موج": "mouj", "بب": "bab", "دوہ": "doh", "ریتھ": "reth", "ؤری": "warih",
    "وری": "warih", "راتھ": "raath", "اَز": "az", "تپ": "tap", "ٹاس": "tsaas", "ژاس": "tsaas", "شاہ": "shah",
    "وۄکن": "wokun", "ووکن": "wokun", "دود": "dod", "چوان": "chevaan", "سست": "sust", "پیومت": "peyomut",
    "ودان": "wadaan", "کھیوان": "khyevaan", "کینژھا": "kenh", "کینہہ": "kenh", "ترے": "tre", "زٕ": "zeh",
    "ونان": "wanaan", "مارہ": "maareh", "پنن": "panun", "پنُن": "panun", "پان": "paan", "رز": "raz",
    "کمرس": "kamras", "تھاومت": "thovmut", "کُنی": "kuni", "کنی": "kuni", "لگان": "lagaan", "نیندر": "nendar",
    "یِوان": "yivaan", "یوان": "yivaan", "باسان": "baasaan", "زُو": "zuv", "ہا": "ha", "نیرِہے": "neerihe",
    "مارنُک": "maarnuk", "مارنک": "maarnuk", "کانہہ": "kaanh", "پلان": "plan", "پھِری": "pheri", "پھری": "pheri",
    "اَچھن": "achhen", "اچھن": "achhen", "گاش": "gaash", "گو": "gov", "دُھند": "dhund", "پرِتھ": "parith",
    "ہیکان": "hekaan", "کتھ": "kath", "مشراوان": "mashraavaan", "گرِ": "gari", "وتھ": "wath",
    "پرژھان": "prutsaan", "شے": "sheh", "اکھ": "akh", "زنگ": "zang", "اتھ": "athh", "بُتھ": "buth",
    "بتھ": "buth", "کلس": "kalas", "یڈس": "yadas", "ارداہ": "ardah",
    # --- Gojri and Pahari ---
    "سالاں": "saalan", "سوں": "son", "بدھتی": "badhti", "جاوے": "jaave", "ساہ": "saah",
    "نگلن": "nigalan", "کانگڑی": "kangri",
}
# Kashmiri's "na" (not) after its copula ("تپ چھ نہ", tap chhu na) as a Kashmiri typist writes it: "ni"
KASHMIRI_COPULAS: Final = frozenset({"چھ", "چھُ", "چھِ", "چھے", "چھس", "چھُس", "چھیس", "چھےس", "چھم", "چھُم",
                                     "چھےم", "چھےہ", "چھکھ"})
KASHMIRI_NOT: Final = "نہ"

# Letters said one by one, two words in the script: BP, TB
PAIRS: Final = {("بی", "پی"): "bp", ("ٹی", "بی"): "tb", ("ای", "سی"): "ac"}

# a word read letter by letter: its consonants and long vowels; the marks a writer may add
_ALIF: Final = "اأإٱ"
_MADDA: Final = "آ"
_WAW: Final = "وؤۆۇۉۊۋ"
_YEH: Final = "یيىۍۑ"
_BARI_YEH: Final = "ےۓ"
_HEH: Final = "ہهۀە"
_DO_CHASHMI: Final = "ھ"
_HAMZA: Final = "ءئ"


def _letters(word: str) -> str:
    out: list[str] = []
    n = len(word)
    for i, letter in enumerate(word):
        first, last = i == 0, i == n - 1
        previous = out[-1] if out else ""
        if letter in _CONSONANTS:
            out.append(_CONSONANTS[letter])
        elif letter in _SHORT:
            out.append(_SHORT[letter])
        elif letter == "\u0651" and previous:  # shadda: the consonant doubled
            out.append(previous[-1])
        elif letter in _MARKS:
            continue
        elif letter == _MADDA:
            out.append("aa")
        elif letter in _ALIF:
            out.append("a" if first or last else "aa")
        elif letter in _WAW:
            out.append("w" if first else "o")
        elif letter in _YEH:
            out.append("y" if first else ("i" if last else "ee"))
        elif letter in _BARI_YEH:
            out.append("e")
        elif letter in _HEH:
            out.append("a" if last and not first else "h")
        elif letter == _DO_CHASHMI:
            out.append("h")
        elif letter in _HAMZA:
            out.append("")
        elif letter in "\u200c\u200d":
            continue
        else:
            out.append(letter)
    return "".join(out)


@lru_cache(maxsize=4096)
def read_word(word: str) -> tuple[str, bool]:
    """An Urdu-script word in Latin letters, and whether it was known as a whole (True) or read by its letters."""
    bare = word.replace("\u200c", "").replace("\u200d", "")
    if bare in WORDS:
        return WORDS[bare], True
    # the same word with its short-vowel marks left out ("دِل" is "دل")
    plain = "".join(c for c in bare if c not in _SHORT and c not in _MARKS)
    if plain in WORDS:
        return WORDS[plain], True
    return _letters(bare).lower(), False
