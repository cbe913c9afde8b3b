"""Constants of the symptom checker: version, levels, vocabularies, thresholds."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path
from typing import Final

ENGINE_VERSION: Final = "triage-rules-2.3.0+learned"  # 40 characters at most (stored)

DATA_DIR: Final = Path(__file__).parent / "data"
SYMPTOMS_FILE: Final = DATA_DIR / "symptoms.tsv"
SPECIALTIES_FILE: Final = DATA_DIR / "specialties.txt"

MAX_TEXT_CHARS: Final = 5000

# Triage levels, lowest to highest acuity; the level is the max over fired rules.
SELF_CARE: Final = "self_care"
ROUTINE: Final = "routine"
URGENT: Final = "urgent"
EMERGENCY: Final = "emergency"
LEVELS: Final = (SELF_CARE, ROUTINE, URGENT, EMERGENCY)
LEVEL_RANK: Final = {level: rank for rank, level in enumerate(LEVELS)}

VITAL_KEYS: Final = ("spo2", "resp_rate", "pulse", "systolic_bp", "diastolic_bp", "temperature_c", "glucose_mg_dl")

# Age limits (years).
PEDIATRIC_AGE: Final = 13  # under this, pediatrics leads the specialty list
UNDER_FIVE: Final = 5  # IMCI age range
YOUNG_INFANT: Final = 2 / 12  # IMCI "young infant": under 2 months
FIRST_DAY: Final = 1 / 365  # a baby's first 24 hours (a jaundice seen in them is never physiological: NICE CG98)
# IMCI's fast breathing, breaths a minute by age (under 2 months, under 12 months, under 5 years): vitals.py's
# RESP_RATE_BANDS hold the same limits as their urgent highs
IMCI_FAST_BREATHING: Final = ((YOUNG_INFANT, 60), (1.0, 50), (UNDER_FIVE, 40))
ELDERLY_AGE: Final = 65
ASSUMED_ELDERLY_AGE: Final = 70.0  # "elderly", "grandmother" without a number

PEDIATRICS: Final = "pediatrics"
OBSTETRICS: Final = "obstetrics and gynecology"
GENERAL_MEDICINE: Final = "general medicine"

# Specialty for each body system of symptoms.tsv.
SYSTEM_SPECIALTY: Final = {
    "general": GENERAL_MEDICINE,
    "neuro": "neurology",
    "eye": "ophthalmology",
    "ent": "ent",
    "dental": "dentistry",
    "respiratory": "pulmonology",
    "cardiac": "cardiology",
    "gi": "gastroenterology",
    "renal": "urology",
    "obgyn": OBSTETRICS,
    "skin": "dermatology",
    "injury": "general surgery",
    "musculoskeletal": "orthopedics",
    "mental": "psychiatry",
    "pediatric": PEDIATRICS,
}

# Symptoms whose specialty differs from their system's.
SYMPTOM_SPECIALTY: Final = {
    "jaundice": "gastroenterology",
    "dark urine": "gastroenterology",
    "reduced urine": "nephrology",
    "excessive thirst": "endocrinology",
    "fall": "orthopedics",
    "reduced movement": "orthopedics",
    "dog bite": "general surgery",
    "dizziness": "neurology",
}

# A complaint of this many words or fewer is short: a danger word in it is never routine (issue 16: safety bias).
SHORT_COMPLAINT_WORDS: Final = 5
# Words that make a short or unparsed complaint never routine (issue 16: safety bias), by what they name.
DANGER_WORDS: Final = {
    **dict.fromkeys(("breath", "breathe", "breathing", "breathless", "saans", "sans", "saas", "dam"), "breathing"),
    **dict.fromkeys(("chest", "seena", "seene", "sina", "chhati", "chati", "heart", "dil"), "chest"),
    **dict.fromkeys(("bleed", "bleeding", "bleeds", "blood", "bloody", "khoon", "khun"), "bleeding"),
    **dict.fromkeys(("fit", "fits", "seizure", "seizures", "convulsion", "convulsions", "daura", "daure", "mirgi",
                     "jhatke", "jerking"), "fits"),
    **dict.fromkeys(("unconscious", "unresponsive", "behosh", "collapsed", "faint", "fainted", "fainting"),
                    "unconsciousness"),
    **dict.fromkeys(("poison", "poisoned", "poisoning", "zeher", "zehar", "jahar", "zahar", "pesticide", "overdose"),
                    "poison"),
    **dict.fromkeys(("pregnant", "pregnancy", "garbhvati", "garbhavati", "garbhwati", "preg", "gravida"),
                    "pregnancy"),
}

# Acne in Hindi as it is typed, and as its Devanagari reads ("मुँहासे" munhaase, "मुहांसे" muhaanse): the skin's,
# however the spelling corrector would split it ("muh ase", a mouth's: the dentist's)
ACNE_WORDS: Final = ("muhase", "muhaase", "muhanse", "muhaanse", "munhase", "munhaase", "munhaanse", "mahase",
                     "mahaase", "muhason", "muhaason", "munhaason", "muhaanson")

# Body parts and everyday complaint words outside the symptom list: a complaint naming one was understood as a
# complaint (it is reviewed), not "nothing understood" (urgent).
COMPLAINT_WORDS: Final = frozenset("""
skin face hair scalp ear ears eye eyes nose mouth lip lips teeth tooth gum gums tongue throat neck shoulder
shoulders arm arms elbow wrist hand hands finger fingers nail nails breast breasts back stomach belly abdomen hip
hips leg legs knee knees ankle ankles foot feet heel heels toe toes joint joints bone bones muscle muscles head
urine stool period periods weight sleep mood memory pimples pimple acne warts wart dandruff cracked flaky dry
snoring snore noise buzzing glasses spectacles reading pee peeing sensitive creak creaks clicking stiff stiffness
lump lumps boil boils ulcer ulcers piles eczema ringworm lice nappy diaper itch itchy wound blister corn corns
callus mole moles spots spot patch veins varicose breath wheeze sneeze tired sluggish bloated burping belching
gas sugar pressure bp thyroid cholesterol check checkup medicines tablets prescription report vaccine vaccination
fertility contraception gain angry anger irritable forgetful worry worrying stress
hiccups hiccup hoarse hoarseness voice stye eyelid squint squints forgetting forgets alcohol drinks daru sharab
chashma chasma
bedwetting wets stone stones kidney prostate planning copper inhaler refill epilepsy asthma
ghabrahat tension chot dard jalan sujan khujli daane baal aankh kaan naak daant gala pet kamar ghutna pair haath
""".split()) | frozenset(ACNE_WORDS)

# Diabetes and its care: a sugar check, reading, refill or diet question is the diabetes (endocrine) clinic's.
DIABETES_WORDS: Final = frozenset(("sugar", "diabetes", "diabetic", "madhumeh", "insulin", "glucometer", "hba1c"))
# Other long-term conditions named beside diabetes ("BP aur sugar dono", "sugar and BP refill"): one patient with
# several chronic conditions is the general physician's, not each organ's clinic's.
CHRONIC_CARE_WORDS: Final = frozenset(("bp", "pressure", "hypertension", "cholesterol"))

# The urine's words name the urologist's complaint ("urine comes drop by drop", "peshab ruk ruk ke aata hai") when
# no symptom was recognised and no other department word says which of the urine's departments it is ("frothy
# urine": the kidney's): they are ranked after the complaint's other department words. Not "pee": Hinglish "to
# drink" ("paani nahi pee raha").
# Only "peshab": its other spellings are the spelling corrector's to bring to it ("peshaab mein khoon" must still
# read as blood in the urine).
URINE_WORDS: Final = frozenset(("urine", "urinary", "urinating", "urination", "peeing", "peshab"))

# Words that name a department's complaint when no symptom of the vocabulary does ("sugar ki dawai khatam",
# "pimples on face", "hoarse voice"): the department of a refill, a known condition or a body part.
DEPARTMENT_WORDS: Final = {
    # (a blood-pressure check or refill is the general physician's: not here; nor is diabetes beside it, see
    # CHRONIC_CARE_WORDS)
    **dict.fromkeys(("thyroid", "goitre", "goiter"), "endocrinology"),
    **dict.fromkeys(DIABETES_WORDS, "endocrinology"),
    # the heart named with no complaint of it ("heart attack last year, stent, refill", "wants a heart check-up",
    # "ECG karana hai"): the cardiologist's follow-up
    **dict.fromkeys(("stent", "angioplasty", "bypass", "heart", "ecg", "angiography", "angiogram"), "cardiology"),
    **dict.fromkeys(("epilepsy", "mirgi", "stroke", "paralysis", "lakwa", "migraine", "forgetting", "forgetful",
                     "forgets", "memory", "bhool", "bhul", "bhoolne", "bhulne", "bhoolti", "bhulti", "bhoolte",
                     "bhulte", "bhoolta", "bhulta", "bhulakkad"), "neurology"),
    **dict.fromkeys(("depression", "alcohol", "drinks", "daru", "daaru", "sharab", "sharaab", "addiction", "voices"),
                    "psychiatry"),
    **dict.fromkeys(("stone", "stones", "prostate", "scrotum", "penis", "bedwetting"), "urology"),
    **dict.fromkeys(URINE_WORDS, "urology"),
    **dict.fromkeys(("pimples", "pimple", "acne", "hair", "dandruff", "patch", "patches", "skin", "ringworm", "eczema",
                     "wart", "warts", "mole", "moles", "baal", *ACNE_WORDS), "dermatology"),
    **dict.fromkeys(("voice", "hoarse", "hoarseness", "ear", "ears", "kaan", "nose", "naak", "nostril", "nostrils",
                     "tonsils", "tonsil", "wax", "snoring", "snore"), "ent"),
    **dict.fromkeys(("eye", "eyes", "eyelid", "stye", "squint", "squints", "glasses", "spectacles", "aankh",
                     "ankh", "aankhon", "ankhon", "aankho", "ankho", "aankhen", "ankhen", "cataract"), "ophthalmology"),
    **dict.fromkeys(("tooth", "teeth", "gum", "gums", "daant", "daanton", "danton", "daanto", "cavity", "wisdom", "muh",
                     "munh", "mouth"),
                    "dentistry"),
    **dict.fromkeys(("shoulder", "neck", "heel", "ankle", "sprain", "fracture", "bone", "bones", "gardan", "kandha"),
                    "orthopedics"),
    **dict.fromkeys(("contraception", "copper", "planning", "menopause", "mahwari", "infertility", "fertility",
                     "conceive", "conceiving", "conception"), "obstetrics and gynecology"),
    **dict.fromkeys(("piles", "fissure", "fistula", "hernia", "boil", "boils", "breast", "groin", "anus", "anal"),
                    "general surgery"),
    # the stool told with no symptom the vocabulary names ("2 din se potty nahi", "latrine kada", "no motion today",
    # "pooped red after beetroot"), and the stomach's acid or wind ("mild acidity", "thoda gas"): the gut's
    **dict.fromkeys(("potty", "latrine", "motion", "motions", "stool", "stools", "pakhana", "paikhana", "tatti",
                     "sandas", "shauch", "poop", "pooped", "acidity", "gas"), "gastroenterology"),
    **dict.fromkeys(("inhaler", "asthma", "tb", "copd", "smoker"), "pulmonology"),
    **dict.fromkeys(("frothy", "foamy", "dialysis"), "nephrology"),
}

# A department word followed by one of these means something else: "drinks milk" is no drinking problem, "dawai
# lena bhool gaya" one forgotten dose, not a failing memory ("bhool jaati hain": she keeps forgetting).
FORGOT_ONCE: Final = frozenset({"gaya", "gayi", "gaye", "gya", "gyi", "gye", "gai"})
NOT_DEPARTMENT_BEFORE: Final = {"drinks": frozenset({"milk", "water", "juice", "ors", "fluids", "tea", "chai", "doodh",
                                                    "dudh", "paani", "pani", "formula", "well", "normally"}),
                                "bhool": FORGOT_ONCE, "bhul": FORGOT_ONCE}

# Named conditions and organs that decide the department whatever symptoms come with them ("piles, little
# blood on the paper" is the surgeon's, not the gastroenterologist's): ranked before the symptoms' departments.
NAMED_DEPARTMENT_WORDS: Final = frozenset((
    "thyroid", "goitre", "goiter", "piles", "fissure", "fistula", "hernia", "prostate", "tooth", "teeth", "daant",
    "daanton", "danton", "daanto", "cavity", "wisdom", "dandruff", "ringworm", "eczema", "pimples", "acne", "kaan", "ear", "ears", "tonsils",
    *ACNE_WORDS,
))

# Condition, organ and medicine words (round 8) that decide the department whatever symptom comes with them, as a
# district hospital's outpatient desk routes them: "fatty liver" to the gastroenterologist, "on risperidone" to the
# psychiatrist, "cataract" to the eye clinic. Named, like NAMED_DEPARTMENT_WORDS.
CONDITION_DEPARTMENTS: Final = {
    **dict.fromkeys(("widal", "typhoid", "chickenpox", "hiv", "needlestick", "rabies"), "infectious disease"),
    **dict.fromkeys(("liver", "hepatitis", "cirrhosis", "endoscopy"), "gastroenterology"),
    **dict.fromkeys(("gallbladder", "varicose", "appendix"), "general surgery"),
    **dict.fromkeys(("cataract", "motiyabind", "spectacles", "specs", "chashma", "glaucoma"), "ophthalmology"),
    **dict.fromkeys(("molar", "molars", "braces", "denture", "dentures", "daadh", "daad"), "dentistry"),
    **dict.fromkeys(("erection", "erectile", "impotence", "stone", "stones", "prostate"), "urology"),
    **dict.fromkeys(("pcod", "pcos", "menopause", "prolapse", "uterus", "bachedani", "periods", "mahwari"),
                    "obstetrics and gynecology"),
    **dict.fromkeys(("dhaar", "dhar"), "urology"),  # the urine's stream ("dhaar patli": a prostate's)
    # the scrotum in Hindi ("fota bada ho raha": a hydrocele or hernia seen by the urologist), a hydrocele named
    **dict.fromkeys(("fota", "fote", "andkosh", "andkosh", "hydrocele", "testicle", "testicles", "testis"), "urology"),
    **dict.fromkeys(("vagina", "vaginal"), "obstetrics and gynecology"),
    **dict.fromkeys(("chikanpaॉks", "chickenpox"), "infectious disease"),  # (Devanagari reaches us transliterated)
    **dict.fromkeys(("ckd", "dialysis", "creatinine"), "nephrology"),
    # the medicines of diabetes and of the thyroid name their clinic ("started metformin, loose stools since")
    **dict.fromkeys(("metformin", "gliclazide", "glimepiride", "glibenclamide", "sitagliptin", "vildagliptin",
                     "teneligliptin", "dapagliflozin", "empagliflozin", "carbimazole", "thyroxine",
                     "levothyroxine", "eltroxin", "thyronorm"), "endocrinology"),
    **dict.fromkeys(("angioplasty", "stent", "valve", "rhd", "pacemaker"), "cardiology"),
    **dict.fromkeys(("disc", "sciatica", "plaster"), "orthopedics"),
    **dict.fromkeys(("lithium", "risperidone", "sertraline", "fluoxetine", "escitalopram", "olanzapine", "haloperidol",
                     "quetiapine", "ganja", "charas", "schizophrenia", "bipolar", "ocd", "flashbacks", "nightmares",
                     "depression", "psychiatrist", "addiction", "mood"),
                    "psychiatry"),
    # (drinking is not here: told beside a body's complaint it is the cause to ask about, and the complaint decides
    # the department: "khoon ki ulti, daru peete hain" is the gut's bleeding; told alone, "daru chhodni hai", its
    # department word is DEPARTMENT_WORDS')
}
# A breast or a nipple told beside a baby, a feed or a delivery ("baby 3 weeks, right breast red and hard",
# "nipple cracked when he latches", "doodh pilane mein dard"): a nursing mother's breast (mastitis, a cracked nipple,
# engorgement), the obstetrician's, not the surgeon's that "breast" names alone (extract.nursing_breast). A child's
# own swollen breasts (a newborn's) stay the pediatrician's, who comes first for a child.
BREAST_WORDS: Final = frozenset(("breast", "breasts", "brest", "nipple", "nipples", "stan", "stana", "stanat",
                                 "stanan"))
NURSING_WORDS: Final = frozenset(("baby", "babies", "bachcha", "bachha", "baccha", "bacha", "bachche", "bacche",
                                  "baal", "newborn", "infant", "breastfeeding", "breastfeed", "breastfeeds",
                                  "breastfed", "feeding", "feeds", "latch", "latches", "latching", "doodh", "dudh",
                                  "delivery", "delivered", "lactating"))

# Two- and three-word names that decide the department before any single word does ("stone in gallbladder" is the
# surgeon's, "TB medicine" the infectious-disease clinic's though "TB" alone is the chest physician's).
CONDITION_PHRASES: Final = {
    **dict.fromkeys((("tb", "medicine"), ("tb", "medicines"), ("tb", "ki", "dawai"), ("tb", "ki", "dawa"),
                     ("tb", "treatment"), ("dog", "bite"), ("kutte", "ne", "kaata"), ("kutte", "ne", "kata")),
                    "infectious disease"),
    **dict.fromkeys((("fatty", "liver"),), "gastroenterology"),
    **dict.fromkeys((("stone", "in", "gallbladder"), ("gall", "bladder"), ("gallbladder", "stone"),
                     ("gallbladder", "stones"), ("gall", "stone"), ("gall", "stones"), ("stone", "in", "gall"),
                     ("stones", "in", "gall"), ("pitt", "ki", "thaili"), ("pitte", "di", "pathri"),
                     ("pitt", "ki", "pathri"), ("pitte", "ki", "pathri")), "general surgery"),
    **dict.fromkeys((("kidney", "stone"), ("stone", "in", "kidney"), ("kidney", "stones")), "urology"),
    **dict.fromkeys((("slip", "disc"), ("slipped", "disc")), "orthopedics"),
    **dict.fromkeys((("fish", "bone"), ("machhli", "ka", "kaanta")), "ent"),
    **dict.fromkeys((("wisdom", "tooth"),), "dentistry"),
    **dict.fromkeys((("ghar", "ki", "yaad"),), "psychiatry"),
    # the urine's stream ("stream is weak", "weak stream": an old man's prostate)
    **dict.fromkeys((("stream", "is", "weak"), ("weak", "stream"), ("stream", "weak"), ("poor", "stream")), "urology"),
    # the menopause told: periods stopped, hot flushes ("mahina band", "garmi ki lehar", "hot flushes")
    **dict.fromkeys((("mahina", "band"), ("mahine", "band"), ("garmi", "ki", "lehar"), ("garmi", "ki", "lapte"),
                     ("garmi", "ki", "lapat"), ("hot", "flushes"), ("hot", "flashes")), "obstetrics and gynecology"),
    # a drinker who wants to stop ("roz pauwa peete", "daaru chhodna")
    **dict.fromkeys((("pauwa",), ("quarter", "peete"), ("theke", "se")), "psychiatry"),
    # "no child is coming": a couple's infertility
    **dict.fromkeys(((child, "nahi", "ho", going) for child in ("bachcha", "bachha", "baccha", "bacha")
                     for going in ("raha", "rha", "rahaa")), "obstetrics and gynecology"),
    # and in Chhattisgarhi, "laika nai hoy"
    **dict.fromkeys(((child, no, verb) for child in ("laika", "lika") for no in ("nai", "nahi")
                     for verb in ("hoy", "hoth", "hois")), "obstetrics and gynecology"),
}

# Words that carry no complaint: what the meaning-level fallback does not count as unexplained.
STOPWORDS: Final = frozenset("""
a about after again ago all also am an and any are as at be been before being but by can could did do does doing
done down during each few for from get gets got had has have having he her here him his how i if in into is it its
just me more most my no nor not now of off on once only or other our out over own same she should since so some
such than that the their them then there these they this those through to too under until up very was we were what
when where which while who why will with would you your yesterday today morning night evening week weeks day days
month months year years old hours hour since last past feel feels feeling felt getting going gone went come came
aur hai hain ho hua hui ka ki ke ko se mein me par pe bhi nahi raha rahi rahe tha thi the gaya gayi din saal
mahine kal aaj abhi bahut thoda ek do
""".split())

# Body systems whose complaints in pregnancy still go first to their own specialty.
LOCAL_SYSTEMS: Final = frozenset({"dental", "eye", "ent", "skin", "musculoskeletal", "mental"})
# Departments of no one organ: a symptom sent there ("bleeding", "swelling") takes its site from the words around it.
GENERAL_SPECIALTIES: Final = frozenset({GENERAL_MEDICINE, "general surgery"})


@cache
def symptom_systems() -> dict[str, str]:
    """Canonical symptom name -> body system, from the shipped symptoms.tsv."""
    return {name: system for name, system, _ in _symptom_rows()}


def symptom_specialty(name: str) -> str:
    """The department a canonical symptom points to by itself."""
    return SYMPTOM_SPECIALTY.get(name) or SYSTEM_SPECIALTY[symptom_systems()[name]]


@cache
def symptom_phrasings() -> dict[str, tuple[str, ...]]:
    """Canonical symptom name -> example phrasings listed in symptoms.tsv."""
    return {name: phrasings for name, _, phrasings in _symptom_rows()}


@cache
def specialties() -> tuple[str, ...]:
    """Specialty names, in the order of the shipped specialties.txt."""
    lines = SPECIALTIES_FILE.read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _symptom_rows() -> list[tuple[str, str, tuple[str, ...]]]:
    rows = []
    with SYMPTOMS_FILE.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            if not row or row[0].startswith("#"):
                continue
            name, system = row[0].strip(), row[1].strip()
            phrasings = tuple(p.strip() for p in (row[2] if len(row) > 2 else "").split(";") if p.strip())
            rows.append((name, system, phrasings))
    return rows
# A complaint this old is a clinician's work-up (routine), never self-care by the learned model.
LONG_STANDING_DAYS: Final = 28
# Every symptom this old ("for months", "since a year", "for years"; not "in a month", an onset): a chronic complaint
# whose red flags are the rules' to raise, not the learned model's.
CHRONIC_DAYS: Final = 42
