"""The word tables context.py reads: negation cues and their fillers, the words of a list, severity and onset
words, and the patterns of time (past, over, ongoing, residual, witnessed) that scope a mention."""

from __future__ import annotations

import re
from typing import Final

from .. import rx
from .signs_assamese import DENIALS as ASSAMESE_DENIALS
from .signs_bengali import DENIALS as BENGALI_DENIALS
from .signs_bengali import NOT_PAIRS as BENGALI_NOT_PAIRS
from .terms_bhojpuri import DENIALS as BHOJPURI_DENIALS
from .signs_deccan import DENIALS as DECCAN_DENIALS
from .signs_kashmiri import DENIALS as KASHMIRI_DENIALS
from .signs_kashmiri import AGO as KASHMIRI_AGO
from .signs_kashmiri import FILLERS as KASHMIRI_FILLERS
from .signs_kashmiri import NUMBERS as KASHMIRI_NUMBERS
from .signs_kashmiri import TIME_UNITS as KASHMIRI_TIME_UNITS
from .signs_malayalam import DENIALS as MALAYALAM_DENIALS
from .signs_malayalam import FILLERS as MALAYALAM_FILLERS
from .signs_northeast import PRE_DENIALS as KHASI_DENIALS
from .signs_northeast import PRE_FILLERS as KHASI_FILLERS
from .signs_tamil import AGO as TAMIL_AGO
from .signs_tamil import DENIALS as TAMIL_DENIALS
from .signs_tamil import TIME_UNITS as TAMIL_TIME_UNITS
from .signs_telugu import AGO as TELUGU_AGO
from .signs_telugu import FILLERS as TELUGU_FILLERS
from .signs_telugu import MILD as TELUGU_MILD
from .signs_telugu import SEVERE as TELUGU_SEVERE
from .signs_telugu import TIME_UNITS as TELUGU_TIME_UNITS

SENTENCE_BREAKS: Final = frozenset({".", ";", "!", "?", "\n", "|"})
CONTRAST: Final = frozenset({"but", "however", "although", "though", "whereas", "except", "lekin", "magar", "yet"})

PRE_CUES: Final = frozenset({"no", "not", "n't", "never", "without", "denies", "denied", "deny", "denying", "nor",
                             "neither", "nil", "w/o", "non", *KHASI_DENIALS})
PRE_CUE_PAIRS: Final = {("negative", "for"), ("free", "of"), ("free", "from"), ("absence", "of"), ("rules", "out"),
                        ("ruled", "out"), ("rule", "out"),
                        # a medicine denied: "not on any blood thinner", "not taking warfarin"
                        ("not", "on"), ("not", "taking")}
PRE_FILLERS: Final = frozenset({
    "a", "an", "the", "of", "for", "history", "h/o", "hx", "complaint", "complaints", "c/o", "sign", "signs",
    "h", "/", "o",  # round 16: "No h/o fits", as the tokenizer splits it
    "evidence", "symptoms", "symptom", "significant", "obvious", "new", "further", "more", "longer", "recent",
    "associated", "have", "has", "had", "having", "is", "was", "are", "were", "been", "be", "did", "does", "do",
    "feel", "feels", "feeling", "felt", "experience", "experienced", "experiencing", "report", "reports", "reported",
    "complain", "complains", "complaining", "get", "gets", "got", "getting", "notice", "noticed", "there", "he",
    "she", "they", "patient", "pt", "also", "similar", "episode", "episodes", "much", "such", "'s", "'ve", "koi",
    "bhi", "other", "any", "known", "ever", "thoughts", "thought", "ideas", "idea", "plans", "plan", "intention",
    "intent", "wish", "urge", "desire", "feelings", "want", "wants", "wanting", "to", *KHASI_FILLERS,
})
# ("koni": Rajasthani "not", "sujan koni"; "nathi": Gujarati, "sojo nathi"; "nahiye", "nahit", "naahi": Marathi;
# Kannada and Telugu "illa", "ledu": signs_deccan.DENIALS; Malayalam's "onnumilla", "vannittilla": signs_malayalam's;
# Bengali and Assamese "nei", "nai": signs_bengali.DENIALS; Tamil "illai", "kidaiyaadhu": signs_tamil.DENIALS;
# round 22: Bhojpuri "naikhe": terms_bhojpuri.DENIALS)
POST_CUES: Final = frozenset({"absent", "denied", "negative", "nil", "none", "-ve", "nahi", "nahin", "nhi", "koni",
                              "nathi", "stopped", "nahiye", "nahit", "naahi",
                              # Bhojpuri "naikhe" (is not, after its noun: "bukhar naikhe", "saans me dikkat naikhe"),
                              # its honorific and plural forms
                              "naikhe", "naikhi", "naikhai", "naikhan", "naikhin",
                              "resolved", "subsided", "settled", "gone", "free", *DECCAN_DENIALS,
                              *MALAYALAM_DENIALS, *BENGALI_DENIALS, *TAMIL_DENIALS, *ASSAMESE_DENIALS,
                              *KASHMIRI_DENIALS, *BHOJPURI_DENIALS})
POST_PAIRS: Final = {("not", "present"), ("not", "seen"), ("not", "there"), ("ruk", "gaya"), ("ruk", "gayi"),
                     ("band", "ho"), ("ruled", "out"), ("was", "excluded"), *BENGALI_NOT_PAIRS}
POST_FILLERS: Final = frozenset({",", "is", "was", "are", "were", "has", "have", "been", "had", "now", "completely",
                                 "totally", ":", "-", "ho", "hai", "koi", "bhi", "to", "toh", "hua", "hui", "already",
                                 "also", "ab", "all",
                                 # Punjabi "vi" is Hindi "bhi" (also, even): "ulti vi ni", "sunn vi nahi"
                                 "vi",
                                 # Hinglish: "chhati dard kabhi nahi" (never), "bukhar mujhe nahi" (not me),
                                 # "dard bilkul nahi" (not at all)
                                 "kabhi", "bilkul", "mujhe", "mujhko", "usko", "use", "unko", "isko", "ekdam",
                                 # "bukhar vagairah nahi" (fever or the like: none; not "kuch": "ulti kuch nahi ruk rahi" is vomiting)
                                 "vagairah", "vagaira", "wagairah", "wagaira", "etc",
                                 # Marathi: "ghaam ajibat nahi" (not at all), "jiv dyaycha vichar nahi" (no thought
                                 # of it), "tras kahi nahi" (none), "mulich nahi"
                                 "ajibat", "ajjibat", "mulich", "kahi", "kahich", "vichar", "vichaar",
                                 *MALAYALAM_FILLERS, *TELUGU_FILLERS, *KASHMIRI_FILLERS})
# A Hindi "nahi" before a verb of stopping or going away says the complaint goes on: "hichki nahi ruk rahi",
# "khoon nahi ruk raha" (the bleeding will not stop), "khansi nahi ja rahi"; it denies nothing.
NOT_STOPPING: Final = frozenset({"ruk", "rukti", "rukta", "rukte", "ruki", "ruka", "rukey", "rukegi", "rukega", "tham",
                                 "thamti", "thamta", "thamte", "thami", "thama", "ja", "jaa", "jaati", "jati",
                                 "jaata", "jata", "jaate", "jate"})
STRONG_JOINERS: Final = frozenset({"or", "and", "nor", "/", "ya", "aur", "&"})
ALTERNATIVES: Final = frozenset({"or", "nor"})  # what carries a denial past a word the lexicon does not know
# Hindi verb endings that close a wording of its own ("sikka nigal liya", "saans phool rahi hai"): a clause, not an
# item of a list, which a list's negation does not reach ("sikka nigal liya, khansi ya ulti nahi").
CLAUSE_FINAL: Final = frozenset({"liya", "li", "lia", "lee", "liye", "gaya", "gayi", "gai", "gya", "gyi", "gaye",
                                 "diya", "di", "dia", "hua", "hui", "hue", "tha", "thi", "the", "hai", "hain",
                                 "raha", "rahi", "rahe", "rha", "rhi"})
CHAIN_FILLERS: Final = frozenset({",", "any", "a", "an", "the", "no", "other", "of"})

SEVERE: Final = frozenset({"severe", "severely", "extreme", "extremely", "terrible", "terribly", "unbearable",
                           "intense", "intensely", "excruciating", "worst", "heavy", "heavily", "high", "profuse",
                           "profusely", "massive", "huge", "crushing", "agonising", "agonizing", "uncontrollable",
                           "uncontrolled", "lot", "lots", "tez", "zyada", "jyada", "serious", "seriously", "badly",
                           "violent", "bahut", "bohot", "bahot", "very", "so", "really", "too", "splitting",
                           "agonising", "agonizing",
                           # Bengali: unbearable, fierce, terrible
                           "asojhyo", "osojjho", "asojjho", "osojho", "prochondo", "bhishon", "bhison",
                           # Hindi, Bhojpuri, Maithili: terrible ("bhayankar dard", "bhayankar saans phulat ba")
                           "bhayankar", "bhayanak", "bhaynkar", "bhyankar",
                           *TELUGU_SEVERE})
MODERATE: Final = frozenset({"moderate", "moderately", "quite", "fairly", "medium", "bad", "considerable"})
MILD: Final = frozenset({"mild", "mildly", "slight", "slightly", "little", "bit", "low", "minor", "small", "tiny",
                         "few",
                         "halka", "halki", "thoda", "thodi", "thora", "thori", "low-grade", "chhota",
                         "chhoti", "olop", "olpo", "alap",  # Assamese and Bengali: a little
                         *TELUGU_MILD})
SEVERITY_WORDS: Final = SEVERE | MODERATE | MILD | {"grade", "not", "a"}
GRADE_WORDS: Final = SEVERE | MODERATE | MILD | PRE_CUES | POST_CUES | CONTRAST
GRADED: Final = SEVERE | MODERATE | MILD
LEADING_GRADE_WORDS: Final = SEVERITY_WORDS | {"grade", "of", "a", "sa", "si"}  # "chhota sa kat"
AFTER_FILLERS: Final = frozenset({"is", "are", "was", "were", "been", "has", "have", "getting", "quite", "a", "hai",
                                  "ho", "raha", "rahi", "very", "so", "really", "too"})
SUDDEN: Final = frozenset({"sudden", "suddenly", "abrupt", "abruptly", "achanak",
                           "hotat", "hothat", "hathaat", "hothath", "achomka"})  # Bengali, Assamese
# Time: what puts a complaint in the past ("a fit 5 years ago", "asthma as a child") and what says it is over
# ("none since", "now fine"). ConText's HISTORICAL and NEGATED_EXISTENCE, scoped to the comma-separated
# segment they stand in (the past) or the segment before (it is over).
PAST_RE: Final = rx.compile(
    r"\b(?:\d++|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many|some|ek|do|teen|chaa?r|"
    r"paa?nch|chhe|chhav|chhah|saat|aath|nau|das|kai|kuch|dui|tin)\s++(?:years?|yrs?|"
    r"months?|weeks?|saal|mahine|baras|hafte|hafta|haphte|bochh?or|ma?as|soptaho|bosor|mah|hoptah|varas|varsh|mahina|"
    r"athvadiya|varsha|varshada|tingala?|tingalu|vaara)\s++"
    # Bengali "2 bochor age" (two years ago), Assamese "2 bosor age", Gujarati "3 varas pehla"
    # Kannada "1 varsha hinde" (a year ago), "2 tingala munche" (two months before)
    # and Telugu's "ago" after the English unit ("fits 2 years kindata", round 18)
    r"(?:ago|back|pehle|pahle|pehlan|pahlan|earlier|a?age|pehla|pahela|pela|hinde|hindhe|munche|"
    r"kritham|kritam|krindata|kindata|kindatha|"
    # round 21: Maithili and Magahi "ek saal pahile" (a year ago); "pahile sa" is "since", as Hindi "pehle se"
    r"pahile|pahine)\b"
    r"(?!\s*+(?:se|sa|san|sain)\b)"
    # round 20: attacks counted in a month or a year gone ("pichhle mahine 3 baar ... tez dard": they came then). Not
    # the bare last week or month, which dates the complaint's start ("kaanta pichle hafte chubha, ab muh nahi khulta")
    r"|\b(?:pichhle|pichle|pichhla|pichla)\s++(?:mahine|mahina|saal|baras)\s++(?:\d++|ek|do|teen|chaa?r|kai)\s++"
    r"(?:baar|bar|dafa)\b"
    # Tamil: "2 varusham munnaadi" (two years ago)
    r"|\b(?:\d++|oru|rendu|moonu|naalu|anju|pala)\s++(?:" + "|".join(TAMIL_TIME_UNITS) + r")\s++(?:"
    + "|".join(TAMIL_AGO) + r")\b"
    # Telugu: "2 ellu kritham" (two years ago), "nela kritham" (a month ago), "chinnappudu" (as a child), and the
    # habitual past "fits vachevi" (fits used to come)
    r"|\b(?:(?:\d++|oka|okka|rendu|moodu|naalugu|aidu|aaru|padi)\s++)?(?:" + "|".join(TELUGU_TIME_UNITS)
    + r")\s++(?:" + "|".join(TELUGU_AGO) + r")\b|\b(?:chinnappudu|chinnapudu|vachevi|vastundevi)\b"
    # Kashmiri: "warih brounh" (a year ago), "zeh warih brounh" (two years ago)
    r"|\b(?:(?:\d++|" + "|".join(KASHMIRI_NUMBERS) + r")\s++)?(?:" + "|".join(KASHMIRI_TIME_UNITS) + r")\s++(?:"
    + "|".join(KASHMIRI_AGO) + r")\b"
    # the article is often dropped in Indian English: "had fits as child"
    r"|\b(?:as (?:a )?(?:child|kid|baby|boy|girl|teenager|teen)|"
    r"in (?:his |her |my )?(?:childhood|school days|college|the past)|"
    r"at (?:the )?age (?:of )?\d++|when (?:he|she|i) was (?:a )?(?:child|kid|small|young|\d++)|"
    # Hindi and Punjabi: in childhood, when (I) was small ("bachpan me", "bachpan ch", "jab chhota tha")
    # Bengali "chhotobelay" (in childhood)
    r"bachpan (?:mein|me|mei|main|mai|ch|vich)|chh?oto ?bela(?:y|te|e)|"
    r"(?:chhota|chhoti|chhote|chota|choti|chote) (?:tha|thi|the)|"
    # the Hindi habitual past, Hinglish's "used to": "daure aate the", "jhatke padte the", "dard hota tha"
    r"(?:aate|aati|aata|padte|padti|padta|hote|hoti|hota|uthte|uthti|uthta) (?:the|thi|tha)|"
    r"used to(?: have| get)?|previously|years ago|long ago|once,|last year|years back|in (?:19|20)\d\d|"
    r"pichh?le (?:saal|sal|baras|varsh)|pichh?li baar|"
    # round 21: Maithili, Magahi and Bhojpuri "pichhla saal" (last year), "pichhla baris"
    r"pichh?la (?:saal|sal|baras|baris|barakh)|(?:past|previous|old|prior|earlier) (?:history|h/o|hx) of|"
    r"\d++ (?:saal|sal|varsh) (?:ki|ke) (?:umar|umr|umra|age) (?:mein|me|par|pe)|"
    # Malayalam: a year ago ("1 varsham munpu"), last year ("kazhinja varsham"), in childhood ("cheruppathil")
    r"(?:\d++|oru|randu|moonnu|kure) (?:varsham|varshangal|kollam|maasam|aazhcha) (?:munpu|mumbu|munbu|mumpu)|"
    r"kazhinja (?:varsham|kollam)|cheruppathil|cheruppam muthal|"
    # Gujarati: last year ("gaya varse"), in childhood ("nanpan ma")
    r"gaya (?:varse|varshe|varas)|nanpan ?ma|"
    # Meitei: N years before ("chahi tara mamangda", "chahi 5 mamangda"); Mizo: N years gone ("kum 10 kalta")
    r"chahi (?:\d++|ama|ani|ahum|mari|manga|taruk|tare|nipal|mapan|tara) mamangda|kum \d++ kalta)\b", re.I)
# "history of fits, now fever": a history told before what is wrong now. Without the "now" it may be the complaint
# itself, in the clinic's shorthand ("h/o loose stools x 2 days"), and stays so; so does one with a duration.
HISTORY_OF_RE: Final = rx.compile(r"(?:\b(?:history|hx) of|\bh/o)\b", re.I)
# "breathless last month in hospital": the recent past, over unless the same segment says "now" (and unless it is
# an injury: a cut or a bite of last week is still the story, tetanus and rabies run from it).
RECENT_PAST_RE: Final = rx.compile(
    r"(?<!since )(?<!from )(?<!for )(?<!over )(?<!the )(?<!this )\blast (?:month|week)\b(?! se\b)"
    r"|\bpichh?le (?:mahine|mahina|hafte|hafta)\b(?! se\b)"
    # round 22: Maithili and Bhojpuri "pichhla mahina" (last month: "pichhla mahina ek beer jhatka aayal rahai")
    r"|\bpichh?la (?:mahina|hafta)\b(?! (?:se|sa)\b)"
    r"|\bpona (?:maasam|maatham|vaaram)\b", re.I)  # Tamil: last month, last week
# Flags whose wording is itself about a past event (a recent death or break-up, a past attack that needed a
# ventilator): a past time does not end them.
TOLD_OF_THE_PAST: Final = frozenset({"grief", "ventilated_before"})
# round 20: a death just before the "ago" ("since my wife passed away three months ago i cry a lot"): the time is the
# death's, and the grief told after it in the same part is now (context.apply_history)
DEATH_BEFORE_AGO_RE: Final = rx.compile(r"\b(?:died|passed away|expired|guzar (?:gaye|gayi|gaya)|chal bas[aei])\s++$",
                                        re.I)
STILL_THE_STORY: Final = frozenset({"cut", "wound", "fall", "dog bite", "snake bite", "burn", "poisoning"})
# An animal's bite told of any time past is still the exposure the visit is about (rabies: "do mahine pehle kutte ne
# kaata tha, ab paani se darta hai", "dog bit him 2 months back, no injection"): never a past episode
EXPOSURE_STORY: Final = frozenset({"dog bite"})
EXPOSURE_DAYS: Final = 365  # ... within a year (rabies' incubation: "bitten 10 years ago, fully vaccinated" is over)
OVER_RE: Final = rx.compile(
    r"\b(?:none|nothing|no more|not|no (?:episode|episodes|attack|attacks|(?P<fit>fits?)|(?P<pain>pain)))\s++"
    r"(?:since|after that|now|"
    r"anymore|again|since then|till now)\b"
    r"|\b(?:resolved|settled|gone now)\b"
    # Gujarati: nothing since then ("tyarthi kai nathi"), never after ("pachhi kyarey nahi")
    r"|\b(?:tyarthi|tyar pachhi|pachhi)\s++(?:kai|kashu|kyarey|kadi)\s++(?:nathi|nahi|nai)\b", re.I)
# How long it has been without it ("none for 10 years", "10 saal se nahi aaye"): the complaint told before it is over,
# and the time is the absence's, no symptom's duration.
_COUNT = r"(?:\d++|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many|ek|do|teen|chaa?r|paa?nch|" \
         r"chhe|saat|aath|nau|das|kai)"
ABSENCE_RE: Final = rx.compile(
    r"\b(?:none|nothing|no more|not once|not even once|not a single one|(?:fit|seizure|attack)[- ]free|"
    # round 19: the complaint named in the denial: "no fits for 10 yrs", "no attack in the last 2 years"
    r"no (?:fits?|seizures?|convulsions?|attacks?|episodes?))\s++"
    r"(?:for|in|since)\s++(?:the\s++)?(?:last\s++|past\s++)?" + _COUNT + r"\s*+(?:years?|yrs?|months?|weeks?|days?)\b"
    r"|\b" + _COUNT + r"\s*+(?:saal|sal|varsh|baras|mahine|mahino|hafte|din)\s++se\s++(?:ek bhi\s++|koi\s++|kabhi\s++)?"
    r"(?:nahi|nahin|nhi)\s++(?:aaya|aaye|aae|aayi|aai|hua|hui|hue|pada|padi|pade|padaa)\b"
    # Telugu: "10 ellu nundi raaledu" (none for ten years), "1 year nundi fits raaledu"
    r"|\b" + _COUNT + r"\s*+(?:ellu|ella|samvatsaralu|years?|yrs?|nelalu|nelala|months?)\s++(?:nundi|nunchi)\s++"
    r"(?:fits\s++)?(?:raaledu|raledu|raavaledu)\b", re.I)
# Flags of wordings that tell how a complaint ended ("stopped after pressing", "dabaya to 5 min mein ruk gaya"): their
# words still deny what came before them, as the bare "stopped" does ("bleeding from the nose, stopped after pressing"
# is a bleeding over, not a bleeding now).
CUE_TRANSPARENT_FLAGS: Final = frozenset({"bleeding_controlled"})
# How often something happens ("goes only every 3-4 days", "har 3 din mein", "3-4 din mein ek baar"): a rhythm, no
# symptom's duration (a child's hard stool every 3-4 days has not lasted 4 days).
# when a tetanus shot was last given ("TT taken 2 yrs back", "tetanus injection 6 mahine pehle lagi"): the shot's
# time, no symptom's duration
TETANUS_TIME_RE: Final = rx.compile(
    r"\b(?:tt|tetanus(?:\s++toxoid)?|td|tdap)\b(?:\s++(?:injection|inj|shot|vaccine|ka|ki|taken|given|lagi|laga|"
    r"lagwaya|liya|li|was|is|last|booster))*+\s++(?:\S++\s++)?" + _COUNT + r"\s*+(?:yrs?|years?|months?|saal|sal|"
    r"mahine|mahina)\b(?:\s++(?:back|ago|pehle|pahle|before))?", re.I)
FREQUENCY_RE: Final = rx.compile(
    r"\b(?:every|each|once (?:in|every)|har)\s++(?:\d++\s*+(?:-|to|or)\s*+)?" + _COUNT
    + r"\s*+(?:days?|weeks?|din|hafte|haftey)\b"
    r"|\b(?:\d++\s*+(?:-|se)\s*+)?" + _COUNT + r"\s*+(?:din|hafte)\s++(?:mein|me|main)\s++(?:ek|1)\s++(?:baar|bar)\b",
    re.I)
# round 20: a child's vaccine named by the age it is given at ("14 hafte wala tika", "the 6 week vaccine", "9 mahine ka
# teeka"): the vaccine's name, no symptom's duration (a fever the night after it has not lasted 14 weeks)
VACCINE_AGE_RE: Final = rx.compile(
    r"\b\d{1,2}\s*+(?:hafte|hafta|haftey|week|weeks|wk|wks|mahine|mahina|month|months)\s++(?:(?:wala|wali|wale|waala|"
    r"waali|waale|ka|ki|ke)\s++)?(?:tika|teeka|tike|teeke|tikka|vaccine|vaccines|vaccination|injection|suiya|sui)\b",
    re.I)
# What says a complaint told in the past goes on ("cough since a cold 2 months back, still there"): it is not over.
ONGOING_RE: Final = rx.compile(
    r"\bstill\s++(?:there|present|persists|persisting|continuing|continues|bothering|the same|not (?:gone|going|"
    r"better|settled|stopped))\b|\bnot (?:gone|better) yet\b|\bhasn'?t (?:gone|stopped|settled)\b"
    r"|\b(?:abhi|ab) (?:bhi|tak) (?:hai|hain|ho raha|ho rahi|hota|hoti|aa raha|aa rahi|aata|aati|chal raha|"
    r"chal rahi|theek nahi|thik nahi|gaya nahi|gayi nahi)\b|\b(?:gaya|gayi|ja raha|ja rahi) nahi\b", re.I)
# A past told, then a next part with no complaint of its own that says it came back or grew: "used to get chest pain
# on walking, now even at rest", "pehle kabhi kabhi daure aate the, ab roz aa rahe hain", "bachpan mein daure aate
# the, kal phir se aaya". The complaint is today's, not a history (a part that denies, "ab nahi", stays one).
RETURNED: Final = frozenset({"again", "phir", "fir", "dobara", "dubara", "worse", "worsening", "increased",
                             "increasing", "badh", "badha", "badhe", "badhne", "zyada", "jyada", "roz", "daily",
                             "frequent", "frequently", "restarted"})
EVEN: Final = frozenset({"even", "bhi"})  # with a "now": "now even at rest", "ab aaram mein bhi"
# Consciousness come back, told after the loss of it ("behosh ho gayi thi 10 minute ke liye, ab theek hai", "hosh aa
# gaya", "passed out, came round in a minute, now fine"): a faint that is over (context.regained), not a coma. Not
# "ab bhi theek nahi", "hosh nahi aaya", "now not responding".
# ("ab theek" said of the patient: a copula, a break or the end after it, not "ab normal saans nahi")
_SAID_OF_THE_PATIENT = r"(?=\s++(?:hai|hain|he|h|ho|hu|hoon|hun|lag|lagti|lagta|lagte|aur|and)\b|\s*+[,.;!?]|\s*+$)"
REGAINED_RE: Final = rx.compile(
    r"\b(?:ab|abhi|phir|fir|baad\s++(?:me|mein)|thodi\s++der\s++(?:me|mein|baad))\s++"
    r"(?:(?!bhi\b|tak\b|nahi\b|nhi\b)\w++\s++){0,2}?(?:theek|thik|normal|sahi|hosh\s++(?:me|mein|main))\b"
    + _SAID_OF_THE_PATIENT + r"|\bhosh\s++(?:(?:me|mein|main)\s++)?(?:aa|aaya|aayi|aai)\b"
    r"|\b(?:theek|thik|normal)\s++ho\s++(?:gayi|gaya|gai|gya|gyi|gaye|gae)\b"
    r"|\bnow\s++(?:(?!not\b|still\b)\w++\s++){0,2}?(?:fine|ok|okay|alright|normal|well|better|conscious|alert|awake|"
    r"talking)\b"
    r"|(?<!not )\b(?:fine|ok|okay|alright|normal|alert|conscious|awake)\s++now\b"
    r"|\b(?:came|come|comes|coming)\s++(?:round|around|to)\b|\bwoke\s++up\b|\bregained\s++consciousness\b"
    r"|\bback\s++to\s++normal\b", re.I)
# What "no pain now", "no fits since" end: only a pain, only fits (not the blocked ear told before "no pain now").
OVER_KINDS: Final = {"pain": ("pain", "ache"), "fit": ("seizure",)}
# Cues that deny a complaint, not those that tell it is over ("stopped", "resolved"): a mention negated by one in its
# own part is denied, not a past episode ("no fits as a child").
DENIAL_CUES: Final = PRE_CUES | {"absent", "denied", "negative", "nil", "none", "-ve", "nahi", "nahin", "nhi", "koni",
                                  "nathi", "nahiye", "nahit", "naahi", *DECCAN_DENIALS, *MALAYALAM_DENIALS,
                                  *BENGALI_DENIALS, *TAMIL_DENIALS, *ASSAMESE_DENIALS,
                                  *KASHMIRI_DENIALS, *BHOJPURI_DENIALS}
# A deficit left by an event told in the past ("stroke 5 years ago, left hand weak since then", "paralysis hua tha, right
# side weak hai tab se", "slurred since then, no change"): long-standing, not a new sign.
RESIDUAL_RE: Final = rx.compile(
    r"\b(?:since then|ever since|since that|from then|tab se|tabhi se|us din se|same as always|as before|no change|"
    r"unchanged|not changed|not worse|no worse|"
    # round 22: Bhojpuri and Hindi "ab bhi" (still: "teen saal pahile lakwa, daahina haath ab bhi kamjor") and
    # "naya kuchhu naikhe" (nothing new)
    r"ab bhi|naya kuchh?u? (?:nahi|nai|naikhe|na)|kuchh? naya (?:nahi|nai|naikhe|na))\b", re.I)
RESIDUAL_DAYS: Final = 365.0
RESIDUAL_FLAG: Final = "residual_deficit"
NEW_AGAIN: Final = frozenset({"now", "today", "aaj", "abhi", "suddenly", "achanak", "sudden", "worse", "worsening",
                              "new", "again", "increased", "badh", "zyada"})
# Something the patient saw happen to another person ("saw a man having a fit on the bus"): not the patient's.
WITNESSED_RE: Final = rx.compile(
    r"\b(?:saw|seen|watched|witnessed|watching|seeing)\s++(?:a|an|some|another|the|this|that|one)?\s*+"
    r"(?:man|woman|lady|person|someone|somebody|boy|girl|guy|child|kid|stranger|old man|old woman|passenger|"
    r"neighbou?r|people|patient)\b", re.I)
WITNESSED_REACH: Final = 8  # words after "saw a man" that tell what he had
# Nurse shorthand that asks and answers: "confused? no", "sob? nil", "vomiting? -ve".
QUERY_DENIED_RE: Final = rx.compile(r"\s*+\?\s*+(?:no|nil|none|neg|negative|-ve|-|denies|nahi)(?!\w)", re.I)
# the words that join a question's list ("kaali latrine ya ulti? - nahi"): the answer is to every item
QUERY_LIST_JOINERS: Final = frozenset({"or", "ya", "and", "aur", "/"})
HISTORY_WORDS: Final = ("ago", "back", "childhood", "recovered", "resolved", "previously", "once", "none", "anymore",
                        "pehle", "bachpan", "theek", "lahanpani")  # Marathi "lahanpani": in childhood
PRESENT_WORDS: Final = frozenset({"now", "today", "currently", "since", "ab", "aaj", "abhi", "presently", "again"})
SEGMENT_BREAKS: Final = frozenset({",", ";", ".", "!", "?", "\n", "|"})
