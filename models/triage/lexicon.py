"""Shared machinery of the triage lexicon: brace expansion, wording fragments, token vocabularies.

Patterns use brace expansion: ``vomit{,s,ed,ing}`` is four phrases, and
``{can't,unable to} breathe`` two. Phrases match case-insensitively, token by
token; the longest match wins, so "feel like vomiting" (nausea) beats "vomiting".
The wordings themselves are in terms.py, terms_body.py and terms_injury.py (symptoms), signs.py and signs_benign.py
(flags).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .lexicon_marathi import (MARATHI_EYE_WORDS, MARATHI_PAIN_SITES, MARATHI_PAIN_WORDS, MARATHI_SITE_FILLERS,
                              MARATHI_SWOLLEN_WORDS)
from .lexicon_punjabi import (PUNJABI_EYE_WORDS, PUNJABI_JOINT_SWELLING_FILLERS, PUNJABI_JOINT_SWELLING_SITES,
                              PUNJABI_PAIN_SITES, PUNJABI_PAIN_WORDS, PUNJABI_SITE_FILLERS, PUNJABI_SWOLLEN_WORDS)

CANT = ("{can't,cant,cannot,can not,unable to,not able to,could not,couldn't,couldnt,isn't able to,is not able to,"
        "can hardly,can barely,hardly able to,barely able to,struggling to,struggles to}")
PRONOUN = "{his ,her ,my ,the ,their ,}"

SIDE = "{left,right,one}"
LIMB = "{side,arm,leg,hand,half of the body,side of the body,arm and leg,hand and leg}"
FACE_PART = "{lips,lip,face,tongue,eyelids,mouth}"

# What follows a Hindi verb stem, as people type it and as Devanagari reads ("सूज गए" -> "sooj gae"): done
# (gaya, gae), going on (raha, rha), habitual (jata, jaate). "pair sooj {HI_VERB}" is every tense of "swell".
HI_VERB = ("{gaya,gayi,gaye,gae,gai,gya,gyi,gye,raha,rahi,rahe,rha,rhi,jata,jaata,jati,jaati,jate,jaate,"
           "ta,ti,te,ta hai,ti hai,te hain}")

# Token-level wordings of pain at a body site: "pain in my left knee", "pet mein dard".
PAIN_SITES: dict[str, tuple[str, ...]] = {
    "chest pain": ("chest", "seene", "seena", "seeney", "sina", "chhati", "chhaati", "chati", "sternum", "breastbone"),
    "abdominal pain": ("stomach", "abdomen", "abdominal", "belly", "tummy", "pet", "pait", "epigastrium", "epigastric",
                       "navel",
                       "umbilicus"),
    "headache": ("head", "sir", "sar", "forehead", "temples"),
    "ear pain": ("ear", "ears", "kaan", "kan"),
    "eye pain": ("eye", "eyes", "aankh", "aankhon", "ankh", "aankhein", "aankhen"),
    "sore throat": ("throat", "gala", "gale"),
    "toothache": ("tooth", "teeth", "molar", "gum", "gums", "daant", "dant", "daanton"),
    "back pain": ("back", "kamar", "peeth", "spine"),
    "knee pain": ("knee", "knees", "ghutna", "ghutne", "ghutno", "ghutnon",
                  "ghootna", "ghootne"),  # round 20: as the tea gardens type it (corrected to "ghoomna", to roam)
    "joint pain": ("joint", "joints", "jodon", "jod", "jodo", "toe", "toes", "ankle", "ankles", "elbow", "elbows",
                   "shoulder", "shoulders"),
    "leg pain": ("leg", "legs", "calf", "calves", "thigh", "thighs", "pair", "pairon", "taang", "shin", "pindli",
                 "jaangh", "jangh", "jaanghon", "janghon",  # round 19: the thigh (Hindi, Awadhi)
                 "pindliyon", "pindliyan", "pindalee", "pindali", "pindaliyon"),
    "wrist pain": ("wrist", "wrists", "kalai"),
    "painful periods": ("period", "periods", "menses", "mc"),
}
for _name, _sites in MARATHI_PAIN_SITES.items():  # "potat dukhte", "kambar dukhte" (lexicon_marathi.py)
    PAIN_SITES[_name] += _sites
for _name, _sites in PUNJABI_PAIN_SITES.items():  # "gode dukhde", "pinni ch dard" (lexicon_punjabi.py)
    PAIN_SITES[_name] += _sites
ALL_SITES = tuple(sorted({site for sites in PAIN_SITES.values() for site in sites} | {"arm", "arms", "jaw",
                                                                                       "neck", "shoulder"}))
PAIN_NOUNS = ("pain", "pains", "ache", "aches", "aching", "discomfort", "tenderness", "cramps", "cramp", "cramping",
              "dard", "burning", "pressure", "heaviness", "tightness", "jalan", "band", "squeezing", "crushing",
              "tight",
              "pressing", "weight", "dabav", "dabaav", "bhaaripan", "bharipan", "jakdan", "squeezed", "crushed",
              "chubhan",  # round 16: a pricking pain ("seene mein chubhan")
              "khinchav", "khinchaav", "khichav", "khichaav")  # round 19: a pulling strain ("kalaai me khinchav")
PAIN_AFTER_SITE = PAIN_NOUNS + ("hurts", "hurt", "hurting", "paining", "pained", "sore", "soreness", "painful",
    "tender",
                                "dukh", "dukhna", "dukhta", "dukhti", "pida", "peeda", "throbbing", "pounding",
                                # a cramp, a twisting pain: "pindli me ainthan", "pet me marod"
                                "ainthan", "ainthna", "marod", "maroda",
                                "killing") + MARATHI_PAIN_WORDS + PUNJABI_PAIN_WORDS
PAIN_ADJECTIVES = ("painful", "sore", "aching", "achy", "hurting", "tender")
PAIN_PREPOSITIONS = ("in", "of", "at", "on", "over", "around", "across", "near", "inside", "under", "below")
SITE_QUALIFIERS = ("the", "my", "his", "her", "their", "your", "a", "both", "left", "right", "lower", "upper", "middle",
                   "central", "centre", "center", "whole", "entire", "side", "of", "part", "region", "area", "front",
                   "top", "bottom", "inner", "outer", "one", "mein", "me", "ke", "ki", "swollen", "big", "red",
                   "stiff")
SITE_FILLERS = ("is", "are", "was", "were", "has", "have", "been", "become", "became", "gone", "turned", "very", "so", "really", "badly", "bahut", "bohot",
                "mai", "mei",  # round 16: "pet mai dard", "seene mei dard" (mein as typed)
                "bhayankar", "bhayanak",  # round 21: "pet me bhayankar dard" (terrible)
                "bahot", "mein", "me", "main", "also", "too", "bhi", "ka", "ki", "ke", "getting", "keeps", "severe", "koi",
                "severely", "mild", "sharp", "dull", "terrible", "terribly", "little", "slight", "slightly", "bit", "a",
                "of", "constant", "constantly", "halka", "halki", "thoda", "thodi", "tez", "zyada", "jyada", "in",
                "feels", "feel", "feeling", "like", "it", "being", "as", "if", "daayin", "dayin", "daayen", "dahine",
                "baayin", "baayen", "bayen", "taraf", "neeche", "niche", "upar", "oopar", "ooper", "uppar",
                "side", "right", "left", "lower",
                "upper", "ke", "par", "pe", "me", "suddenly", "sudden", "ek",
                # round 20: "pet kabhi kabhi dard" (now and then), "pet ekdom tight" (Assamese "ekdom", quite)
                "kabhi", "ekdom", "ekdum", "ekdam",
                # "my knee started hurting", "teeth start aching when he walks"
                "start", "starts", "started", "starting", "began", "begins") + MARATHI_SITE_FILLERS + PUNJABI_SITE_FILLERS
PAIN_WORDS = frozenset(PAIN_AFTER_SITE) | {"pain", "painful"}
# "20 min back sudden severe pain in chest": after a time, Indian English's "back" is "ago", not the back; only a
# verb or a postposition after it ("3 days back is paining", "2 din se back me dard") keeps it the site
AGO_UNITS = frozenset({"min", "mins", "minute", "minutes", "hr", "hrs", "hour", "hours", "day", "days", "week", "weeks",
                       "month", "months", "year", "years", "ghante", "ghanta", "din", "saal", "mahine"})
SITE_LINKS = frozenset({"is", "are", "was", "were", "has", "have", "been", "become", "became", "gone", "turned", "mein",
                        "me", "mai", "mei", "main", "ka", "ki", "ke", "also", "too", "bhi", "feels", "feel", "feeling",
                        "getting", "keeps", "very", "so", "started", "starts"})


def ago_back(doc, start: int, end: int) -> bool:
    """ "20 min back sudden severe pain": a time's "back" (ago) opening a pain's site match, not the back (AGO_UNITS);
    ``doc`` is a spaCy Doc, the site match ``doc[start:end]``."""
    return start > 0 and end - start > 2 and doc[start].lower_ == "back" and doc[start - 1].lower_ in AGO_UNITS \
        and doc[start + 1].lower_ not in SITE_LINKS


# A joint that is swollen is a painful joint to the clinic ("knee hot and swollen", "ghutna garam aur sooja",
# "wrist swollen and bent"): the joint's pain and the swelling. Not the ankle: swollen ankles are mostly oedema.
JOINT_SWELLING_SITES = ("knee", "knees", "ghutna", "ghutne", "ghutno", "ghutnon", "ghootna", "ghootne", "wrist",
                        "wrists", "kalai", "joint",
                        "joints", "elbow", "elbows", "toe") + PUNJABI_JOINT_SWELLING_SITES
SWOLLEN_WORDS = ("swollen", "swelling", "sooja", "sooji", "sooje", "soojha", "soojhe", "sooj", "soojh", "suj",
                 "sujan", "soojan") + MARATHI_SWOLLEN_WORDS + PUNJABI_SWOLLEN_WORDS
JOINT_SWELLING_FILLERS = ("is", "are", "has", "have", "got", "become", "became", "gone", "looks", "very", "bahut",
                          "hot", "warm", "red", "garam", "laal", "lal", "and", "aur", "mein", "me", "main", "pe",
                          "par", "bhi", "also", "suddenly", "big") + PUNJABI_JOINT_SWELLING_FILLERS
SIGN_PAIN_SITES: dict[str, tuple[str, ...]] = {
    "testicular_pain": ("testicle", "testicles", "testis", "scrotum", "balls"),
}
EYE_WORDS = ("eye", "eyes", "aankh", "aankhon", "aankhein", "aankhen",
             "ankh", "ankhen") + MARATHI_EYE_WORDS + PUNJABI_EYE_WORDS  # round 20: "dono ankh halka laal"
RED_WORDS = ("red", "laal", "lal", "bloodshot", "pink")
EYE_FILLERS = ("se", "paani", "pani", "aur", "and", "mein", "me", "hai", "ho", "gayi", "watery", "are", "is", "both",
               "very", "bahut", "itchy", "sticky", "swollen", "have", "has", "turned", "become", "look", "looks",
               # "aankh bhi laal ho rahi", "eye very painful and red", "right eye now red"
               "bhi", "rahi", "raha", "gai", "now", "also", "became", "went", "getting")

# Jaundice told of a list of places that share one "yellow" ("aankhein aur peshab peela", "eyes and urine yellow",
# "peshab aur aankhen dono peeli"): the eyes or the skin among them make it jaundice, and the urine listed with them
# is the dark urine of it (pipeline: sym:jaundice; extract names the urine)
YELLOW_WORDS = ("yellow", "yellowish", "peela", "peeli", "peele", "pila", "pili", "pile", "peelee", "peelapan",
                "peelaapan")
JAUNDICE_SITES = (*EYE_WORDS, "ankh", "ankhon", "aankhe", "ankhe", "ankhen", "ankhein", "skin", "twacha", "chamdi",
                  "chamri", "badan", "sharir", "shareer", "body", "hatheli", "hatheliyan", "talwe", "talve", "palms",
                  "soles", "nakhun", "nakhoon", "nails")
YELLOW_URINE_WORDS = ("urine", "peshab", "pishab")  # (not "pee": Hinglish "to drink" as well)
LISTED_SITES = JAUNDICE_SITES + YELLOW_URINE_WORDS + ("face", "chehra", "chehre")
LIST_JOINERS = ("and", "aur", "&", ",", "or", "ya", "evam")
YELLOW_FILLERS = ("bhi", "dono", "both", "are", "is", "have", "has", "turned", "become", "gone", "look", "looks",
                  "very", "bahut", "ekdam", "halka", "halki", "gehra", "gehri", "mein", "me", "ka", "ki", "ke")

# Token-level wordings of stroke signs: "her left side has gone weak", "one side of his face is drooping".
SIDES = ("left", "right", "one")
LIMBS = ("side", "arm", "arms", "leg", "legs", "hand", "hands", "foot", "half", "limb", "limbs")
LINKING = ("is", "are", "was", "were", "has", "have", "had", "gone", "become", "became", "went", "got", "feels", "feel",
           "feeling", "felt", "seems", "looks", "looking", "suddenly", "very", "completely", "totally", "a", "bit",
           "little", "now", "been", "getting", "also", "too", "slightly", "bhi", "ho", "gaya", "gayi", "hai", "and",
           "just", "totally", "all", "of", "sudden")
WEAK_WORDS = ("weak", "weakened", "paralysed", "paralyzed", "limp", "dead", "heavy", "useless", "floppy", "kamzor")
NUMB_WORDS = ("numb", "tingling", "tingly", "sunn")
FACE_WORDS = ("face", "mouth", "lip", "lips", "smile", "cheek", "eyelid")
DROOP_WORDS = ("droop", "drooping", "droopy", "drooped", "droops", "deviated", "deviating", "twisted", "crooked",
               "lopsided", "uneven", "slanted", "slanting", "fallen", "dropped", "dropping", "sagging", "pulled",
               "weak",
               "paralysed", "paralyzed", "tedha", "tircha", "asymmetric", "asymmetrical", "hanging", "sags", "floppy")
# The same signs in the Indian languages' own words, in Latin letters, for any verb ending the sentence: "muh tedh ho
# gayil" (Bhojpuri), "munh vinga ho gaya" (Punjabi), "dahina hath na uthat ba" (the right hand will not lift).
# ("latak", hanging, is left out: "muh latka hua" is a sulk)
FACE_WORDS_IN = ("muh", "munh", "mooh", "moonh", "mukh", "mukhwa", "mukhra", "chehra", "chehre", "chera", "tond", "modhu",
                 "mondhu", "thobda", "thobra")
DROOP_WORDS_IN = ("tedha", "tedhi", "tedhe", "tedh", "tedho", "terh", "terha", "terhi", "terhe", "teda", "tedi", "tircha",
                  "tirchha", "tirchi", "tirchhi", "vanka", "vaanka", "vanku", "vaanku", "vankdo", "vakda", "vakdo",
                  "banka", "baanka", "bango", "baango", "banga", "beka", "bekaa", "vinga", "vingaa", "bhenga", "bhainga")
FACE_GAP_IN = ("ek", "taraf", "tarf", "taraph", "side", "or", "ore", "kinare", "thoda", "thodi", "thora", "thori", "tanik",
               "ekdam",
               "achanak", "acchanak", "bilkul", "ka", "ki", "ke", "hi", "bhi", "jara", "jaraa", "zara", "kuch", "ekdum",
               "bahut", "jyada", "zyada", "ekhon", "sa", "si", "se", "ab", "aaj", "subah", "raat",
               # Punjabi: "muh ik paase tedha ho gya" (the mouth gone crooked to one side)
               "ik", "ikk", "paase", "pase", "passe", "paasse", "passai", "da", "de")
SIDES_IN = ("dahina", "dahine", "dahin", "daahina", "daahine", "dahna", "dahni", "dayan", "daayan", "daya", "daaya",
            "dayen", "daayen", "daen", "daaen", "bayan", "baayan", "baya", "baaya", "bayen", "baayen", "baen", "baaen",
            "bawan", "baawan", "bavan", "baayin", "bayin", "daayin", "dayin", "ulta", "ulte", "seedha", "sidha",
            "seedhe", "sidhe", "right", "left", "ek",
            # the feminine, as "taraf" takes it ("baayi taraf"), and as Devanagari reads ("बाईं" baaeen, "दाईं" daaeen)
            "baayi", "bayi", "baai", "baayee", "daayi", "dayi", "daai", "daayee", "dahini", "daahini", "baaeen",
            "baayeen", "daaeen", "daayeen",
            # Punjabi and Dogri: "sajja hath" (the right hand), "khabba pasa" (the left side)
            "sajja", "sajje", "sajji", "sajjaa", "khabba", "khabbe", "khabbi", "khabbaa")
# between a side and its limb: "ek taraf ka hath", "baayin or ka pair", "right side ka haath"
SIDE_GAP_IN = ("taraf", "tarf", "taraph", "side", "or", "ore", "aur", "bagal", "ka", "ke", "ki")
# the side itself, a limb unnamed: "baayi taraf kamzori", "left side mein sunnpan"
SIDE_NOUNS_IN = ("taraf", "tarf", "taraph", "side", "bagal", "or", "ore", "pasa", "paasa", "passa", "paase", "pase")
# weakness and numbness as nouns and adjectives, told of a side or a limb ("daayen hath mein achanak kamzori", "haath
# pair sunn ho gaye ek taraf ke"); of the whole body ("poore badan mein kamzori") they are the tiredness terms.py reads
WEAK_WORDS_IN = ("kamzori", "kamjori", "kamzoree", "kamjoree", "kamzor", "kamjor", "weakness", "weak")
NUMB_WORDS_IN = ("sunn", "jhunjhuni", "numb", "numbness", "tingling")  # ("sunnpan" is read as "sunn pan")
# what may stand between the weakness and the side told after it: "sunn ho gaye ek taraf ke", "kamzori hai baayi taraf"
WEAK_GAP_IN = ("ho", "hai", "hain", "he", "h", "gaye", "gayi", "gaya", "gae", "gai", "gya", "gyi", "gye", "rahi",
               "raha", "rahe", "rhi", "rha", "pad", "padh", "lag", "lagti", "lagta", "lagte", "hoti", "hota", "hote",
               "aa", "aayi", "aai", "aaya", "hui", "hua", "hue", "achanak", "bhi", "se", "me", "mein", "ki", "ke", "ka")
LIMBS_IN = ("haath", "hath", "hatth", "haat", "bazu", "baazu", "baah", "bahiya", "banh", "baanh", "pair", "paer", "paon",
            "paanv", "pao", "goda", "god", "gor", "taang", "tang", "hathwa", "gorwa")
LIMB_GAP_IN = ("me", "mein", "ka", "ke", "ki", "aur", "ar", "au", "o", "bhi", "to", "toh", "haath", "hath", "pair",
               "paer", "paon", "goda", "gor", "taang", "tang", "bilkul", "ekdam", "ekdum", "thoda", "tanik", "achanak",
               "ab", "se", "upar", "oopar", "jara", "zara")
NOT_IN = ("na", "nahi", "nahin", "nai", "ni", "nhi", "naa", "nahi")
MOVE_IN = ("uth", "uthe", "uthat", "uthta", "uthti", "uthte", "uthata", "uthai", "uthal", "utha", "uthaa", "uthela",
           "utthe", "utthat", "uthawat", "uthaawat", "uthaye", "uthaya", "hil", "hile", "hilat", "hilta", "hilti",
           "hilela", "hilawat", "hilaa", "hila", "chal", "chalat", "chalta", "chalti", "chale", "chalela", "chalaye",
           # Punjabi: "sajja hath chakkeya nahi janda" (the right hand cannot be lifted), "uthda ni"
           "chakkeya", "chakeya", "chakkya", "chakda", "chakdi", "chukkeya", "chukeya", "chukda", "chukdi", "uthda",
           "uthdi", "hilda", "hildi")
# round 19: Indian English of the south, with a Dravidian word for the limb ("right kai not lifting", Kannada's and
# Tamil's hand; "left kaalu", the leg; Telugu's "cheyyi"), the verbs of a limb that will not come up, a mouth
# "going to one side" (the calque of "muh ek taraf ho gaya", "bayi ondu kade hogide") and speech "not clear"
LIMBS_DRAVIDIAN = ("kai", "kaiyi", "kaalu", "kaal", "kalu", "cheyyi", "cheyi", "kaalla", "kayyi")
NOT_LIFTING = ("lifting", "lift", "rising", "raising", "coming", "going", "getting")
FACE_GONE = ("going", "gone", "went", "pulled", "pulling", "drawn", "deviated", "deviating", "shifted", "shifting",
             "slanted", "slanting", "bent", "tilted", "tilting", "twisted", "dragged", "dragging", "pulls")
TO_SIDE = ("side", "sideways", "left", "right")
SPEECH_NOT = ("clear", "proper", "properly", "normal", "clearly")
SPEECH_WORDS = ("speech", "words", "voice", "talking", "speaking", "talk")
SOUND_WORDS = ("sound", "sounds", "sounding", "sounded", "talks", "talking")
DRUNK_WORDS = ("drunk", "drunken", "tipsy", "intoxicated")
SLIP_WORDS = ("slipping", "slips", "slipped", "slip", "falling", "falls", "fell", "dropping", "drops", "dropped")
SLUR_WORDS = ("slurred", "slurring", "unclear", "garbled", "jumbled", "muddled", "funny", "strange", "thick", "drunken")
EXTREMITIES = ("hands", "feet", "legs", "arms", "extremities", "fingers", "toes", "body", "skin", "hand", "foot")
COLD_WORDS = ("cold", "icy", "clammy", "freezing")
WEIGHT_UNITS = ("kg", "kgs", "kilo", "kilos", "kilograms", "pounds", "lbs")
# The weight's fall told with its months between ("wajan 6 mahine mein bahut gir gaya"): weight lost, not a fall of the
# patient (pipeline's token pattern: as phrases, the counts, spans and verbs spelt 630,000 of them)
WEIGHT_WORDS_HI = ("wajan", "vajan", "vazan", "wazan", "weight")
WEIGHT_COUNT_RE = r"^(?:\d+|ek|do|teen|chaar|char|paanch|panch|chhe)$"
WEIGHT_SPANS_HI = ("mahine", "mahino", "mahinon", "hafte", "hafton", "saal", "month", "months", "mhine")
WEIGHT_FELL_HI = ("gir", "gira", "giri", "ghat", "ghata", "ghati", "kam")
WEIGHT_FELL_ENDS_HI = ("gaya", "gayi", "gya", "gyi")
BREATH_WORDS = ("breathing", "breath", "breaths", "respiration", "saans")
FAST_WORDS = ("fast", "rapid", "quick", "quickly", "rapidly", "tez")
# A breath-holding spell's telling: a cry (or a fit of temper), then the breath held ("gussa hoke zor se roya, saans
# rok li", "cried hard and held his breath"): pipeline's token pattern, which lets a comma stand between
CRY_WORDS = ("roya", "royi", "roi", "rote", "rota", "roti", "rone", "cried", "crying", "cries", "screamed",
             "screaming", "chillaya", "chillayi", "gussa", "gusse", "tantrum", "angry", "upset",
             # round 21: Maithili "kanait" and Bhojpuri "rowat", "royal" (cries, cried)
             "kanait", "kanai", "kanal", "rowat", "royal", "rovat")
BREATH_HELD = (("saans", "sans", "saas"), ("rok", "roki", "roke"), ("li", "liya", "leta", "leti", "lete", "deta",
                                                                     "deti", "di",
                                                                     # Maithili and Bhojpuri: "saans rok lait", "lel"
                                                                     "lait", "leit", "lel", "lelak", "let", "lihlas"))
# Labour's pains told with their time between ("dard kal subah se chal rahe", "dard 10 ghante se aa rahe"): the
# plural pains, up to three words of time, "se", and a verb going on (pipeline: sign:contractions)
PAINS_WORDS = ("dard",)
PAINS_GOING_VERBS = ("chal", "aa", "uth", "badh")
PAINS_GOING = ("rahe", "rhe")
LABOURED_WORDS = ("heavy", "heavily", "laboured", "labored", "difficult", "hard", "shallow", "noisy", "takleef",
                  "taklif", "dikkat", "pareshani")


def expand(pattern: str) -> list[str]:
    """Expand ``{a,b}`` groups (nestable) into every phrase they spell, spaces normalised."""
    phrases, _ = _sequence(pattern, 0, stop="")
    return list(dict.fromkeys(" ".join(p.split()) for p in phrases if p.strip()))


def expand_all(patterns: Iterable[str]) -> list[str]:
    """Expand several brace patterns, keeping first-seen order without duplicates."""
    return list(dict.fromkeys(phrase for pattern in patterns for phrase in expand(pattern)))


def _sequence(pattern: str, i: int, stop: str) -> tuple[list[str], int]:
    results = [""]
    while i < len(pattern) and pattern[i] not in stop:
        if pattern[i] == "{":
            options, i = _group(pattern, i + 1)
            results = [r + o for r in results for o in options]
        else:
            j = i
            while j < len(pattern) and pattern[j] != "{" and pattern[j] not in stop:
                j += 1
            results = [r + pattern[i:j] for r in results]
            i = j
    return results, i


def _group(pattern: str, i: int) -> tuple[list[str], int]:
    options: list[str] = []
    while True:
        alternative, i = _sequence(pattern, i, stop=",}")
        options += alternative
        if i >= len(pattern):
            raise ValueError(f"unclosed brace in {pattern!r}")
        i += 1
        if pattern[i - 1] == "}":
            return options, i


@dataclass(frozen=True)
class Term:
    """What one matched wording means: symptoms, flags, implied severity, negation."""

    symptoms: tuple[str, ...]
    flags: frozenset[str] = frozenset()
    severity: str | None = None
    negated: bool = False


IGNORE_ID = "ignore"

# Words that mean one thing only near another, with a few words between ("an elephant is standing on my chest",
# "my heart keeps hammering"): term id -> (words, words, most words between, in either order).
CHEST_WORDS = PAIN_SITES["chest pain"]
PRESSURE_WORDS = ("weight", "elephant", "pressing", "pressure", "pressed", "squeezing", "squeezed", "squeeze",
                  "crushing", "crushed", "heaviness", "tightness", "tightening", "vice", "vise", "clamp", "clamped",
                  "gripping", "gripped", "constricting", "bojh", "bhaari", "bhaaripan", "dabav", "dabaav", "jakdan")
HEART_WORDS = ("heart", "heartbeat", "heartbeats", "dil", "dhadkan")
POUNDING_WORDS = ("hammering", "pounding", "racing", "thumping", "fluttering", "galloping", "banging", "drumming",
                  "thudding", "skipping")
CRAMP_WORDS = ("cramps", "cramp", "cramping", "dard")
# "haath kat gaya, gehra hai", "cut on the palm from glass, gaping": a cut, then how deep it is
CUT_WORDS = ("kat", "kata", "cut", "ghaav", "ghav", "ghaaw", "zakhm", "laceration")  # (round 22: Maithili "ghaaw")
DEEP_WORDS = ("gehra", "gahra", "gehri", "gahri", "gaping")
PERIOD_WORDS = ("period", "periods", "menses", "mahwari", "menstruation")
# A swallowed object with words between ("swallowed a 10 rupee coin", "sikka galti se nigal liya"): the verb and the
# object a few words apart (pipeline._swallowed_patterns); a battery or magnets are the button_battery sign's.
SWALLOW_VERBS = ("swallowed", "swallow", "swallowing", "gulped")
SWALLOWED_THINGS = ("coin", "coins", "button", "pin", "pins", "marble", "marbles", "bead", "beads", "toy", "nail",
                    "screw", "ring", "earring", "key", "whistle", "pebble")
BATTERY_THINGS = ("battery", "batteries", "cell", "cells", "magnet", "magnets")
SWALLOW_VERBS_HI = ("nigal", "nigl", "nighal")
EAT_VERBS_HI = ("kha", "khaa")
PERFECTIVE_HI = ("gaya", "gayi", "gai", "gya", "gyi", "gaye", "liya", "li", "lia", "lee", "liyaa",
                 # Punjabi: "kha layi", "pee leya", "kha lai" (the Hindi "kha li")
                 "layi", "lai", "leya", "lya", "lea", "liti", "gea", "geya",
                 # round 21, Bhojpuri, Maithili, Magahi: "nigal gel", "nigal gail", "nigal lelak"
                 "gel", "gelai", "gail", "gayil", "lelak", "lelai", "lelkai")
# what a child may swallow, food among it ("mungfali nigal gayi"); eaten ("kha gaya"), only what is no food
SWALLOWED_THINGS_HI = ("sikka", "sikke", "coin", "kancha", "kanche", "moti", "batan", "button", "seeti", "khilona",
                       "pin", "cap", "dhakkan", "pathar", "pathhar", "kankad", "kaanch", "kanch", "keel", "kil",
                       "chabi", "chaabi", "angoothi", "anguthi", "baali", "mungfali", "moongfali", "chana", "beej")
HARD_THINGS_HI = SWALLOWED_THINGS_HI[:-4]
# A household poison drunk or eaten with words between ("drank some of the diesel", "naphthalene ki goli kha li",
# "toilet cleaner pi gaya", "दवाई की पूरी बोतल पी ली"): sym:poisoning (pipeline._swallowed_patterns). One word of
# each name ("cleaner" of "toilet cleaner"); "tel" (oil) and "mitti" (earth, eaten by a child with pica) are not.
POISON_WORDS = ("diesel", "petrol", "kerosene", "kerosin", "kerosine", "thinner", "turpentine", "cleaner", "harpic",
                "lizol", "phenyl", "phenol", "naphthalene", "mothball", "mothballs", "kapoor", "kapur", "camphor",
                "dye", "datura", "dhatura", "bleach", "tezaab", "tezab", "acid", "sulphas", "celphos", "pesticide",
                "insecticide", "keetnashak", "zeher", "zehar", "poison", "detergent",
                # the farm's and the home's poisons by brand and by name: aluminium phosphide ("quickphos", "alphos"),
                # rat poison pastes ("ratol": yellow phosphorus, its liver failure days after a patient who looks well),
                # organophosphates and paraquat
                "salphas", "selfos", "quickphos", "alphos", "phostoxin", "ratol", "rodenticide", "folidol", "phorate",
                "thimet", "monocrotophos", "chlorpyrifos", "dichlorvos", "nuvan", "endosulfan", "endrin", "paraquat",
                "gramoxone")
# Telugu and Kannada for drank and ate, verb last ("ratol paste tinnadi", "purugula mandu konchem taagindi"):
# pipeline._swallowed_patterns' poisoning, with the poison a few words before
DRANK_WORDS_TE = ("taagindi", "tagindi", "taagadu", "tagadu", "taagesindi", "tagesindi", "taagesadu", "tagesadu",
                  "tinnadi", "tinnadu", "tinesindi", "tinesadu", "mingindi", "mingadu", "mingesindi", "mingesadu",
                  "kudidu", "kudididdane", "kudididdaale", "kudidlu", "tindidda", "tindiddane", "tindidlu", "nungidlu")
# the Telugu and Kannada pesticide, "purugula mandu" (insects' medicine), "enne mandu": "mandu" alone is any medicine
PESTICIDE_FIRST_TE = ("purugula", "purugu", "enne")
DRANK_WORDS = ("drank", "drunk", "swallowed", "ate", "eaten", "gulped", "consumed", "ingested", "sipped")
DRINK_WORDS_HI = ("pi", "pee", "piya", "peeya", "kha", "khaa", "nigal")
MEDICINE_WORDS = ("dawai", "dawa", "dava", "dawaai", "syrup", "medicine")
BOTTLE_WORDS = ("bottle", "botal", "shishi")
# A chemical and the eye it went into with words between ("acid from the car battery splashed into both eyes", "chuna
# galti se bachche ki aankh mein chala gaya"): the chemical_eye sign's (pipeline._swallowed_patterns).
CHEMICAL_WORDS = ("acid", "chemical", "chemicals", "lime", "chuna", "choona", "bleach", "pesticide", "tezaab",
                  "tezab", "phenyl", "harpic", "cement", "alkali", "ammonia", "detergent", "insecticide",
                  # the farm's: urea and DAP fertiliser, weedkiller, as typed in Hindi too
                  "khaad", "khad", "urea", "yuriya", "uriya", "fertiliser", "fertilizer", "dap",
                  "weedicide", "herbicide",
                  # lime as Kerala and Tamil Nadu name it (chunnambu, sunnambu: the paan's and the whitewash's), and
                  # the lab's alkalis and acids by their formulas ("NaOH splashed in eye in chem practical")
                  "chunnambu", "chunambu", "sunnambu", "chunnaambu", "quicklime", "naoh", "koh", "caustic", "lye",
                  "hydroxide", "hcl", "h2so4", "sulphuric", "sulfuric", "hydrochloric", "nitric", "phenol")
SPLASH_WORDS = ("splashed", "splash", "splashes", "went", "flew", "sprayed", "squirted", "spilled", "spilt", "got",
                "entered", "fell", "chala", "chali", "chale", "gira", "giri", "gire", "gir", "pad", "padh", "pada",
                "padi", "pade", "ud", "uda", "udi", "ude", "ghus", "ghusa", "ghusi", "ghuse", "lag", "laga", "lagi",
                "lage",
                # put into the eye by a child's own hand ("chuna aankh me daal lihlas", "aankh mein chuna daal diya")
                "daal", "daala", "daali", "daale", "dala", "dali", "dale")
# a farm spray ("aushadhi spray", "mandu"), the eye it went into and its falling there, in Kannada and Telugu
# ("kannige bidtu", "kallalo padindi"): pipeline._swallowed_patterns' chemical_eye
FARM_SPRAY_WORDS_KT = ("spray", "aushadhi", "aushadi", "aushada", "mandu", "kriminashaka", "keetanashaka")
INTO_EYE_KT = ("kannige", "kannalli", "kannolage", "kallalo", "kallallo", "kantlo", "kanti", "kallo")
SPLASH_WORDS_KT = ("bidtu", "biddittu", "biddide", "bittu", "hoytu", "hogide", "hoyitu", "padindi", "paddindi",
                   "poyindi", "haaritu", "chimmitu")
# a farm spray splashed into the eye in Punjabi and Hindi ("spray di bottle khol ke akh ch chhitta pai gya", "spray
# ke chheente aankh mein pade"): the spray, the eye ("akh", Punjabi), "ch"/"vich" (in), and the drops that fell
# ("dawai" is not read: water splashed in the eyes, "aankh mein chheente", is a remedy told after a medicine)
FARM_SPRAY_WORDS_PA = ("spray", "spre", "sprey", "keetnashak", "keedemar", "keedamar")
EYE_WORDS_PA = ("akh", "akhan", "akkh", "akhaan", "ankh", "aankh", "ankhon", "aankhon", "akhiyan", "akhian")
INTO_PA = ("ch", "vich", "wich", "vch", "mein", "me", "main")
DROPS_PA = ("chhitta", "chhitte", "chhita", "chhite", "chitta", "chitte", "chheenta", "chheente", "chhinta",
            "chhinte", "chinta", "chinte", "chheete", "chhinte", "chhitaa", "chhint")
BATTERY_THINGS_HI = ("battery", "baitree", "baitri", "bateri", "betri", "cell", "sel", "chumbak", "chunbak", "magnet")
# A reliever taken and no relief from it, a few words apart ("pump 4 baar liya koi farak nahi", "used the inhaler
# 6 times but no relief", "no relief even after the nebuliser"): the reliever_not_helping sign
# (pipeline._reliever_patterns). "pump" alone is a motor's or a hand pump's too: it counts only with a no-relief
# wording after it.
RELIEVER_WORDS = ("inhaler", "inhalers", "pump", "puffer", "puffs", "puff", "nebuliser", "nebulizer", "nebulisation",
                  "nebulization", "nebulised", "nebulized", "neb", "nebs", "asthalin", "salbutamol", "albuterol",
                  "levolin", "levosalbutamol", "ventolin", "rotacap", "rotacaps", "rotahaler", "foracort",
                  "budecort", "duolin", "deriphyllin")
RELIEF_WORDS_HI = ("farak", "fark", "farq", "fayda", "faida", "faayda", "phayda", "aaram", "araam", "aram", "asar",
                   "relief")
NOT_WORDS_HI = ("nahi", "nhi", "nahin", "nai", "ni", "na")
# ("no change" is a steady course as often as a failed reliever: not read)
RELIEF_WORDS_EN = ("relief", "effect", "use", "benefit", "improvement", "help", "better", "difference")
NO_WORDS_EN = ("no", "without", "zero", "nil")
# taken again and again: "4 baar", "6 times", "kai baar", "baar baar", "again and again", "10 puffs"
REPEATED_WORDS = ("baar", "bar", "times", "puffs", "dafa", "daffa", "martaba", "again", "repeatedly", "kai", "several",
                  "many", "multiple", "baar-baar")
# some relief, not enough: "not helping much", "not working as well", "zyada farak nahi", "utna aaram nahi"
PARTLY_WORDS_EN = ("much", "as", "fully", "completely", "enough", "properly", "like", "that", "so")
SOME_RELIEF_HI = ("zyada", "jyada", "jada", "utna", "itna", "poora", "pura", "poori", "puri")
# "not helping", "did not help", "isn't working" (not "did not use": a reliever not taken is no reliever failing)
HELPED_WORDS_EN = ("help", "helped", "helping", "helps", "work", "worked", "working", "works", "relieve", "relieved",
                   "relieving", "improving", "improve", "improved", "better")
# Whole-body effort that brings on a heart's pain, and rest that eases it (the pattern of angina, wherever the pain
# is felt: the jaw, the teeth, the left arm): the exertional_pain sign (signs.py)
EXERTION_WORDS_HI = ("chalne", "chalte", "chadhne", "chadhte", "chadte", "chadne", "chadhai", "daudne", "daudte",
                     "bhaagne", "bhagne", "bhaagte", "ghoomne", "ghumne")
# "chalne pe", "chadhte waqt" (on walking, while climbing); not "chalne mein" ("chalne mein dikkat" is a walk that is
# hard, a knee's or a weak leg's)
EXERTION_AT_HI = ("pe", "par", "pr", "se", "waqt", "samay", "time", "hue", "hi")
REST_WORDS_HI = ("ruk", "rukne", "rukte", "rukta", "ruke", "thahar", "thaharne", "thaharte", "baith", "baithne",
                 "baithte", "baithta")
EASED_WORDS_HI = ("kam", "theek", "thik", "band", "utar", "gayab", "chala", "chali")
WALK_WORDS_EN = ("walks", "walk", "walking", "climbs", "climb", "climbing", "runs", "run", "running", "hurries",
                 "hurry", "hurrying", "exerts", "exert", "exerting", "exercises", "exercising", "jogging", "jogs")
REST_WORDS_EN = ("stops", "stop", "stopping", "rests", "rest", "resting", "sits", "sit", "sitting", "stands")
EASED_WORDS_EN = ("away", "eases", "eased", "better", "settles", "settled", "subsides", "subsided", "less", "reduces",
                  "lessens", "improves", "disappears", "relieved", "off", "down")
PERSON_EN = ("he", "she", "i", "you", "they", "we", "patient", "the")
# The jaw, in English, Hindi, Marathi and Gujarati ("jabde mein dard", "jadbu dukhe"): a heart's pain felt there
# (arm_jaw_pain); the chin, "thodi", is "a little" as well and is read only in its phrase (signs.py)
JAW_WORDS = ("jaw", "jaws", "jabda", "jabde", "jabdaa", "jabada", "jabade", "jabdon", "jabadon", "jabdo", "jabra",
             "jabre", "jabron", "jadbu", "jadba", "jadbaa", "thuddi", "thudi")
TEETH_WORDS = ("tooth", "teeth", "molar", "molars", "gum", "gums", "daant", "dant", "daanton", "danton", "daat",
               "daadh", "daad", "daarh")
# before the jaw: "neeche ke jabde", "lower jaw", "left side of the jaw"
JAW_QUALIFIERS = SITE_QUALIFIERS + ("neeche", "niche", "nichla", "nichle", "upar", "oopar", "ooper", "lower", "upper",
                                    "ke", "wale", "wala")
# what the jaw's pain is said with: a pain word, but not "band" ("jabda band ho gaya" is a jaw locked shut,
# tetanus_signs) nor a tightness ("jaw tight": the same)
JAW_PAIN_WORDS = tuple(w for w in PAIN_AFTER_SITE if w not in ("band", "tight", "jakdan"))
# Words that, just before "pressing" or "pressure", make it the examiner's hand, not the pain's quality: "chest
# paining on pressing" is a chest wall that hurts where it is pressed (reproducible_pain), not a pressing chest pain.
PALPATION_WORDS = ("on", "when", "upon", "while", "if", "after", "by")
NEAR_PAIRS: tuple[tuple[str, tuple[str, ...], tuple[str, ...], int, bool], ...] = (
    ("sym:chest pain", CHEST_WORDS, PRESSURE_WORDS, 6, True),
    ("sym:palpitations", HEART_WORDS, POUNDING_WORDS, 3, True),
    ("sym:painful periods", CRAMP_WORDS, PERIOD_WORDS, 6, True),
    # "pain started around the navel": pain first, then the belly (the other order is "the stomach is fine, but pain")
    ("sym:abdominal pain", ("pain", "pains", "ache", "cramps", "dard"), PAIN_SITES["abdominal pain"], 4, False),
    ("sign:testicular_pain", ("testicle", "testicles", "testis", "scrotum", "balls"),
     # (Tamil "vali", pain, and "veekam", swelling: "kottai (testis) la kadum vali")
     ("pain", "painful", "swollen", "swelling", "hurts", "hurting", "tender", "vali", "veekam"), 4, True),
    # "the groin swelling I had for a year is now stuck"
    ("sign:irreducible_hernia", ("hernia", "swelling", "lump", "bulge"), ("stuck", "irreducible", "incarcerated"), 8,
     False),
    # "rassi palang ke neeche chhupa rakhi thi": a rope or a poison hidden, its place between (a suicide's means)
    ("sign:means_hidden", ("rassi", "rassa", "zeher", "zehar", "jahar", "zahar", "sulphas", "celphos"),
     ("chhupa", "chupa", "chhupaa", "chhipa", "chhupake", "chhupakar", "chupake", "chhupayi", "chhupaya", "chhupai"),
     4, False),
    # "kutte ne gaal pe kaata": the dog, then what it bit, then the bite; round 19: any mammal that carries rabies
    # (WHO: a monkey's, a cat's, a jackal's or a mongoose's bite is a category II-III exposure like a dog's), the place
    # told between ("a monkey at the temple bit her hand", "bandar ne mandir me haath pe kaat liya")
    # (round 20: "kukur", the dog of Sadri, Assamese and Bengali: "kukur kaat diya pindli me")
    ("sym:dog bite", ("kutte", "kutta", "kuttey", "kutiya", "kutton", "kutto", "kukur", "kukkur", "dog", "dogs",
                      "puppy", "monkey", "monkeys", "bandar", "bandaron", "langur", "cat", "cats", "kitten", "billi",
                      "bili", "jackal", "siyar", "gidar", "fox", "mongoose", "nevla", "neola"),
     # (round 22: the Maithili and Bhojpuri past of the bite, "kukur beta ke pair me katlak", "kaatal", "kaatlas";
     # and the biter told at the clause's head with who, where and when between, "pados ke kukur kal sanjha beta ke
     # daahina gor me kaat lelkai": nine words, a comma still ends the reach; the teeth sunk in, "billi ne haath pe
     # daant gada diya")
     ("kaata", "kata", "kaat", "kaati", "bit", "bitten", "katis", "kaatis", "katlak", "kaatlak", "katlai", "kaatlai",
      "katlakai", "kaatlakai", "kaatal", "katal", "kaatle", "katle", "kaatlas", "katlas", "kaatlis", "katlis",
      "kaatlan", "katlan", "gada", "gaada", "gadaa", "gadaya", "gadaye",
      # round 23: the teeth told for the bite ("kutte ne pindi pe daant laga diye, halki kharonch"): a graze by the
      # teeth is a WHO category II rabies exposure, vaccinated like a bite
      "daant", "dant", "daat", "daanton", "danton"), 9, False),
    # round 22: a coin held in the mouth at play, then swallowed, in one sentence ("sikka muh me daal ke khel rha tha,
    # nigal gaya"): the reach goes past a comma (SENTENCE_WIDE_PAIRS), not past the sentence's end
    ("sign:swallowed_object", ("sikka", "sikke", "coin", "kancha", "kanche", "marble", "batan", "button"),
     ("nigal", "nigla", "nigli", "nigl", "swallowed"), 10, False),
)
# the pairs whose reach is the sentence, commas and all (the others stop at a comma), and what ends that reach: the
# sentence's end, a denial, another swallowing or eating ("sikka nigal liya, thook nahi nigal pa raha" keeps its
# trouble swallowing)
SENTENCE_WIDE_PAIRS: frozenset[str] = frozenset({"sign:swallowed_object"})
SENTENCE_GAP_STOPS: tuple[str, ...] = (".", ";", "!", "?", "\n", "|", "nahi", "nhi", "nahin", "na", "not", "no",
                                       "nigal", "nigla", "nigli", "nigl", "swallowed", "kha", "khaa", "khana")


@dataclass(frozen=True)
class Sign:
    """A wording that sets a clinical flag, optionally with symptoms, an implied severity, or a negation.

    ``flag``: the flag it sets when that is not its own name: a wording in another language of a danger sign the
    rules already read under one name ("pakkelubu olage hogtide", Kannada for chest indrawing; "baal uthavla tari
    uthat nahi", Marathi, the hard_to_rouse of signs.py)."""

    symptoms: tuple[str, ...]
    patterns: tuple[str, ...]
    severity: str | None = field(default=None, kw_only=True)
    negated: bool = field(default=False, kw_only=True)
    flag: str | None = field(default=None, kw_only=True)
