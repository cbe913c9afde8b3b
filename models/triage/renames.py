"""What the words name, renamed by who the patient is and what is told beside it: a bleeding a woman tells is vaginal
and a man's "neeche se khoon" rectal, a bare "turned blue" after a blow is a bruise, a hurt child's crying is no low
mood, a baby's "very weak" is lethargy, a faint told over is no coma, and a temperature measured is a fever."""

from __future__ import annotations

from typing import Final

from .const import IMCI_FAST_BREATHING, PEDIATRIC_AGE
from .mention import Mention
from .patient import PatientFacts

# A bare "blood" takes its meaning from the complaint around it (extract.BLOOD_CONTEXT), or from the word before it.
BLOOD_WORDS: Final = frozenset({"blood", "bloody", "khoon", "khun", "blood-stained", "bloodstained"})
BLOOD_WORD_CONTEXT: Final = {"urine": "blood in urine", "peshab": "blood in urine", "stool": "blood in stool",
                             "stools": "blood in stool", "motion": "blood in stool", "motions": "blood in stool",
                             "sputum": "coughing blood", "phlegm": "coughing blood", "spit": "coughing blood",
                             "latrine": "blood in stool", "potty": "blood in stool", "pakhana": "blood in stool",
                             "pakhane": "blood in stool", "passage": "blood in stool", "anus": "blood in stool",
                             "rectum": "blood in stool", "piles": "blood in stool", "bawaseer": "blood in stool",
                             "behind": "blood in stool", "toilet": "blood in stool",
                             # round 23: a baby's stool in a parent's words ("blood in his poop", "nappy")
                             "poop": "blood in stool", "poo": "blood in stool", "nappy": "blood in stool",
                             "diaper": "blood in stool", "paikhana": "blood in stool", "tatti": "blood in stool"}
COUGH_BLOOD_SITES: Final = frozenset({"khansi", "khaansi", "khasi", "khaasi", "cough", "coughing", "balgam",
                                      "balgham", "balgam"})
STOOL_BLOOD_SITES: Final = frozenset({"dast", "daast", "paikhana", "paikhane", "pakhane", "pakhana", "latrine",
                                      "potty", "stool", "stools", "tatti", "shauch"})
# what a blood word's site just before it names (only there: a cough or loose stools told elsewhere in the sentence do
# not place a nosebleed)
BLOOD_SITE_MEANING: Final = {**{site: "coughing blood" for site in COUGH_BLOOD_SITES},
                             **{site: "blood in stool" for site in STOOL_BLOOD_SITES}, **BLOOD_WORD_CONTEXT}
# A period named, in the words and scripts the complaints use (Devanagari "माहवारी", "मासिक" read "mahwari", "maasik";
# Bengali "মাসিকের" "masiker"; Tamil "மாதவிடாய்" "maathavitaay"; Telugu "nelasari"): a belly's pain told in its
# sentence is the period's
PERIOD_CONTEXT: Final = frozenset({"period", "periods", "menses", "menstrual", "menstruation", "mc", "mahwari",
                                   "mahawari", "mahavari", "maahwari", "mahaavaaree", "masik", "maasik", "masiker",
                                   "maasiker", "nelasari", "nelasaari", "maathavitaay", "maadhavidaai",
                                   "maathavidaai", "pyriod", "piriod", "piriods"})
# A wound's bare blood word ("khoon", "blood", "bleeding"), and what in its sentence says the bleed stopped, or that it
# goes on or was heavy
BARE_BLEEDS: Final = BLOOD_WORDS | {"bleeding", "bleed", "bleeds", "bled", "bleding"}
WOUND_BLEED_SETTLED: Final = frozenset({"band", "bandh", "ruk", "ruka", "ruki", "thama", "thami", "stopped",
                                        "controlled", "dry"})
WOUND_BLEED_GOING: Final = frozenset({"nahi", "nhi", "nahin", "not", "bahut", "bohot", "zyada", "jyada", "lot", "lots",
                                      "heavy", "heavily", "severe", "profuse", "profusely", "gushing", "spurting",
                                      "still", "abhi", "pouring", "soaked", "bheeg", "bheeg gaya", "continuous"})
# The bare breath word, and the words after it that make it the time a pain comes ("saans lete waqt", "saans lene par")
BREATH_ALONE: Final = frozenset({"saans", "sans", "saas", "sas"})
BREATH_TIMING: Final = frozenset((verb, when) for verb in ("lete", "lene", "leta", "leti", "le")
                                 for when in ("waqt", "samay", "time", "par", "pe", "hue"))
PAIN_NAMES: Final = frozenset({"chest pain", "back pain", "abdominal pain", "body ache"})
# ... unless the sentence says the period is late or has not come ("period 6 hafte late, niche pet me tez dard")
PERIOD_NOT_COME: Final = frozenset({"late", "missed", "miss", "skipped", "overdue", "nahi", "nhi", "nahin", "band",
                                    "ruk", "ruka", "ruke"})
VAGINAL_CONTEXT: Final = frozenset({"vaginal discharge", "painful periods", "irregular periods",
                                    "reduced fetal movement"})
INJURY_CONTEXT: Final = frozenset({"cut", "wound", "fall", "dog bite", "snake bite", "burn"})
# The same hurts told by a flag of their own (lime in the eye, a knock on the head, a sting): a cry beside them is the
# pain's or the fright's, not a low mood
INJURY_FLAGS: Final = frozenset({"chemical_eye", "eye_injury", "foreign_body", "head_injury", "head_bump", "trauma",
                                 "fracture", "insect_sting", "penetrating_injury"})
# Where blue is cyanosis (lips, face, tongue, nails, the whole colour), and the blows after which a bare "turned
# blue" ("neela pad gaya") is a bruise: a hoof, a stone, a fall, a hit, a crush.
CENTRAL_BLUE_SITES: Final = frozenset({"lips", "lip", "hont", "honth", "hoth", "hoath", "face", "chehra", "chehre",
                                       "tongue", "jeebh", "nails", "nakhoon", "rang", "muh", "munh", "skin", "body",
                                       "baby", "fingers", "bulh", "bullh", "bull", "bullan", "bulhan"})
BLOW_WORDS: Final = frozenset({"khur", "chot", "lagi", "laga", "lag", "gira", "giri", "gir", "maar", "mara", "maari",
                               "pathar", "patthar", "hathoda", "dabb", "dab", "daba", "kuchal", "kuchla", "hit",
                               "struck", "stepped", "kicked", "kick", "lath", "laat", "fell", "fall", "injury",
                               "bruise", "crushed", "crush", "banged", "bumped", "ball",
                               # round 22: a knock against a door or a bed ("darwaze se ghutna takraya", "knocked")
                               "takraya", "takrayi", "takrai", "takra", "takraaya", "thoka", "thuka",
                               "knocked"})
RED_WORDS: Final = frozenset({"red", "laal", "lal", "reddish"})
STAIN_WORDS: Final = frozenset({"daag", "daagh", "dhabba", "dhabbe", "stain", "stains"})
CLOTH_WORDS: Final = frozenset({"kapde", "kapda", "kapdon", "langot", "langoti", "nappy", "diaper", "chaddi", "bistar",
                                "chadar", "underwear", "panty", "pad", "clothes", "cloth", "bedsheet"})
# "band" after a site is a tightness of the chest ("seena band sa"), of the eyes only their being shut ("aankh band")
SHUT_WORDS: Final = frozenset({"band", "bandh"})
CRY_WORDS: Final = frozenset({"crying", "cries", "cried", "cry", "rona", "ro", "rota", "roti", "roya", "royi"})
NON_VAGINAL_SITES: Final = frozenset({"nose", "nosebleed", "gums", "gum", "nakseer", "epistaxis", "rectal", "rectum",
                                      "nak", "naak", "mouth", "muh", "munh", "masude", "masudon", "ear", "ears",
                                      "kaan", "urine", "peshab", "stool", "latrine", "potty", "anus", "piles",
                                      "masoodon", "masoode", "masoodo", "masudo", "masoode", "masure", "masuro",
                                      # round 21: the cough's and the loose stool's blood told by what brought it
                                      # ("khansi me khoon aaya", "dast me khoon", "paikhane me khoon")
                                      *COUGH_BLOOD_SITES, *STOOL_BLOOD_SITES})
# A discharge told in a sentence that names the ear or the nose and nothing of the vagina ("kaan se 2 mahine se badbu
# wala paani", "nose block, thick discharge"): the ear's (ear discharge) or the nose's (no symptom of its own: the
# blocked or running nose has its words), not a vaginal discharge (round 20)
DISCHARGE_SITES: Final = {"kaan": "ear discharge", "kan": "ear discharge", "ear": "ear discharge",
                          "ears": "ear discharge", "nose": "", "naak": "", "nak": "", "nasal": "", "sinus": "",
                          "sinuses": ""}
VAGINA_WORDS: Final = frozenset({"vagina", "vaginal", "yoni", "neeche", "niche", "private", "periods", "period",
                                 "mahwari", "pregnant", "pregnancy", "white", "safed", "itching", "khujli"})
HIGH_FEVER_C: Final = 39.0  # "high-grade" fever
MEASURED_FEVER_C: Final = 38.0  # a temperature measured at this or more is a fever (with_measured_fever)
# What a woman's wording names in a man: "bleeding from below" is bleeding (rectal or urinary, examined), a
# "discharge from below" is not a vaginal one.
MALE_RENAMED: Final = {"vaginal bleeding": "bleeding", "vaginal discharge": "", "painful periods": "",
                       "irregular periods": "", "reduced fetal movement": ""}
# Said of a man, the Hindi "neeche se khoon" / "peeche se khoon" (blood from below, from behind) is the usual way of
# telling of rectal bleeding (piles, fissure): blood in stool, not an unplaced bleeding.
MALE_RECTAL_WORDS: Final = frozenset({"neeche", "niche", "nichey", "neechey", "peeche", "piche", "pichhe",
                                      "peechhe", "behind"})
# A loss of consciousness told as over, consciousness come back (context.regained), is a faint (syncope: seen today)
# when it is told with nothing else, or only with what the rules judge a faint with as they judge a loss of
# consciousness (chest pain, palpitations, bleeding, sweating, dizziness: rules.py reads "fainting" beside each). Not
# under 5 (IMCI: a child who was unconscious is seen now), not in a pregnancy, and not with what makes even a brief one
# an emergency: a knock on the head (NICE NG232), a fever, a fit, a headache, breathlessness, a snake or a poison near.
FAINT_OVER_FLAG: Final = "consciousness_regained"
FAINT_COMPANY: Final = frozenset({"loss of consciousness", "fainting", "dizziness", "sweating", "nausea", "vomiting",
                                  "fatigue", "weakness", "chest pain", "palpitations", "blurred vision", "diarrhea",
                                  "abdominal pain", "bleeding", "blood in stool", ""})
FAINT_DANGER_FLAGS: Final = frozenset({"head_injury", "head_bump", "fall_from_height", "trauma", "snake_nearby",
                                       "wild_mushroom", "pesticide_exposure", "overdose", "heat_stroke", "electrical",
                                       "drowning", "drowning_event", "breath_holding"})
# A few jerks told inside a faint ("aankh ke aage andhera aur gir gayi, 2-3 jhatke jaisa hua, 1 minute me uth gayi"):
# the jerks of a convulsive syncope, which a faint's lack of blood to the brain brings in many (NICE CG109: jerking
# alone is no evidence of an epileptic fit). Read as the faint's, not a fit, when told as a few jerks ("few_jerks"),
# with a faint's trigger (a long stand, the heat) and up again within a minute or two, at 10 to 39, not pregnant or
# diabetic, with nothing but a faint's company and no knock, fever, exertion or poison: the fainting rule judges the
# faint (seen today). A fit told any other way, long, repeated or with drowsiness after it, stays a fit.
FAINT_JERKS_FLAG: Final = "faint_jerks"
FAINT_JERKS_AGES: Final = (10.0, 40.0)
FAINT_JERKS_COMPANY: Final = frozenset({"seizure", "fainting", "fall", "dizziness", "nausea", "sweating",
                                        "blurred vision", ""})
FAINT_JERKS_BACK: Final = frozenset({"came_round_quickly", FAINT_OVER_FLAG})
FAINT_JERKS_DANGER_FLAGS: Final = FAINT_DANGER_FLAGS | {"exertion", "exertional_pain"}
# Words of a question not answered ("doesn't answer", "jawab nahi deta"): told beside a hearing loss, the question was
# not heard (a relative takes deafness for stubbornness); "doesn't respond", "not waking" stay a loss of consciousness.
UNANSWERED_WORDS: Final = frozenset({"answer", "answering", "answers", "reply", "replying", "jawab"})
# Speech lost for breath ("so breathless I cant speak", "saans phool rahi, bol nahi pa raha"): told in the sentence of
# a present breathlessness or wheeze, with no droop, weakness or numbness anywhere in the complaint, a "cannot speak"
# is the breath's (too breathless to speak: ETAT/GINA's severe distress), not a stroke's speech; one told with how it
# sounds ("properly", "clearly", "slurred", "atak") or beside a droop or a weak side stays a slurred speech
BREATH_NAMES: Final = frozenset({"shortness of breath", "wheezing"})
# The breath's rate, named with its own words: a bare breath word told beside it in its sentence ("saans bahut tez
# chal raha, har saans pe pasli andar") is the rate's, not a breathlessness (round 23). Not beside a wheeze: "saans me
# seeti" is a child's difficult breathing (IMCI), the urgency the wheeze alone does not carry.
BREATH_SIGN_NAMES: Final = frozenset({"fast breathing"})
STROKE_COMPANY: Final = frozenset({"facial droop", "weakness", "numbness"})
STROKE_FLAGS: Final = frozenset({"focal_weakness", "focal_numbness"})
# a limb or the face told weak or numb in any wording ("haath kamzor hai aur bol nahi pa raha"): a stroke's company
LIMB_WORDS: Final = frozenset({"haath", "hath", "haat", "pair", "paer", "arm", "arms", "leg", "legs", "hand", "side",
                               "taraf", "face", "chehra", "chehre", "muh", "munh", "mooh"})
LIMB_WEAK_WORDS: Final = frozenset({"kamzor", "kamjor", "kamzori", "kamjori", "weak", "weakness", "sunn", "numb",
                                    "lakwa", "lakva", "paralysed", "paralyzed", "tedha", "tedhi", "droop", "drooping"})
SPEECH_QUALITY_WORDS: Final = frozenset({"properly", "clearly", "clear", "unclear", "slurred", "slurring", "jumbled",
                                         "garbled", "funny", "strangely", "unclearly", "atak", "atakta", "atakti",
                                         "ladkhada", "ladkhadana", "ladkhadati", "lutpatait", "saaf", "theek", "thik",
                                         "dhang", "words", "speech"})
# A child's tiredness others see while the child is up and about (tiring fast at play, dozing in class): tiredness, not
# the lethargy that a baby's "very weak" is (signs_benign)
TIREDNESS_SEEN_AWAKE: Final = frozenset({"daytime_sleepiness", "exertional_fatigue"})
# A child told weak or thin beside a weight that will not go up ("vajan nahi badh raha, kamzor dikhti"): the
# thinness of poor growth, weighed and fed in turn, not a sick child's lethargy (round 19)
POOR_GROWTH_FLAG: Final = "poor_weight_gain"
THIN_WORDS: Final = frozenset({"kamzor", "kamjor", "kamzoor", "weak", "thin", "dubla", "dubli", "patla", "patli"})


def apply_patient_context(mentions: list[Mention], patient: PatientFacts, sentences: list[int],
                           lowered: list[str], regained: frozenset[int] | set[int] = frozenset()) -> None:
    """Rename symptoms whose meaning depends on who the patient is, or on the body part named just before them; a
    loss of consciousness that is over (``regained``: context.regained) by what it was told with."""
    names = {m.name for m in mentions}
    present_names = {m.name for m in mentions if not m.negated}
    present_flags = {flag for m in mentions if not m.negated for flag in m.flags}
    hurt = bool(names & INJURY_CONTEXT or present_flags & INJURY_FLAGS)
    injured_sentences = {sentences[m.token_start] for m in mentions if m.name in INJURY_CONTEXT}
    vaginal = patient.sex != "male" and (patient.pregnancy_related or bool(names & VAGINAL_CONTEXT))
    child_under_five = patient.age_years < 5 if patient.age_years is not None else patient.child
    child = patient.age_years < PEDIATRIC_AGE if patient.age_years is not None else patient.child
    for mention in mentions:
        site = _site_before(mention, sentences, lowered) if mention.name in ("bleeding", "vaginal bleeding") else None
        if site is not None:  # "nak se khoon aa raha", "peshab mein khoon": bleeding from there, not vaginal
            mention.name = BLOOD_SITE_MEANING.get(site, "bleeding")
        elif mention.name == "bleeding" and sentences[mention.token_start] in injured_sentences \
                and mention.text.lower() in BARE_BLEEDS and mention.severity != "severe" \
                and _sentence_words(mention, sentences, lowered) & WOUND_BLEED_SETTLED \
                and not _sentence_words(mention, sentences, lowered) & WOUND_BLEED_GOING:
            # a wound's bleed told stopped ("kutte ne kaata, thoda khoon nikla tha ab band", "bleeding controlled with
            # cloth", "now dry"): the wound's, not a bleeding (its flags are kept); one still going, however small, is
            # one ("bleeding a little")
            mention.name = ""
        elif mention.name == "vaginal bleeding" and sentences[mention.token_start] in injured_sentences \
                and mention.text.lower().split()[0] in BLOOD_WORDS:
            # "kutte ne haath pe kaata, khoon aa raha hai": the bare blood of a wound, not of the vagina
            mention.name = "bleeding"
        elif mention.name == "bleeding" and vaginal and not mention.flags & {"nosebleed"} \
                and not set(mention.text.lower().split()) & NON_VAGINAL_SITES:
            if sentences[mention.token_start] not in injured_sentences:
                mention.name = "vaginal bleeding"
        elif mention.name == "blood in stool" and vaginal and patient.pregnancy_related \
                and mention.text.lower() in BLOOD_WORDS \
                and not _sentence_words(mention, sentences, lowered) & BLOOD_WORD_CONTEXT.keys():
            # "8 mahine ki pregnant, pet mein dard, thoda khoon aaya": in pregnancy, blood told beside belly pain
            # with no stool named comes from the womb (abruption, labour), not the gut
            mention.name = "vaginal bleeding"
        elif mention.name in ("vaginal bleeding", "bleeding") and patient.sex == "male" \
                and _words_near(mention, sentences, lowered) & MALE_RECTAL_WORDS:
            mention.name = "blood in stool"
        elif mention.name == "vaginal discharge" \
                and (sites := _sentence_words(mention, sentences, lowered) & DISCHARGE_SITES.keys()) \
                and not _sentence_words(mention, sentences, lowered) & VAGINA_WORDS:
            mention.name = DISCHARGE_SITES[min(sites)]  # the ear's or the nose's, not the vagina's
        elif mention.name in MALE_RENAMED and patient.sex == "male":
            mention.name = MALE_RENAMED[mention.name]  # "bleeding from below" in a man is not vaginal
        elif mention.name == "cyanosis" and not set(mention.text.lower().split()) & CENTRAL_BLUE_SITES \
                and _sentence_words(mention, sentences, lowered) & BLOW_WORDS:
            mention.name = ""  # "khur rakh diya, thoda neela pad gaya": a blow's bruise, not a blue child
        elif mention.name == "rash" and mention.text.lower().startswith("blister") and "burn" in names:
            mention.name = ""  # blisters of a burn are part of the burn
        elif mention.name == "skin patches" and mention.text.lower() in STAIN_WORDS \
                and _sentence_words(mention, sentences, lowered) & CLOTH_WORDS:
            # "langot me thoda khoon jaisa daag", "kapde pe peela daag": a stain on the cloth, not the skin's patch
            # (the blood of it stays what it is) (round 20)
            mention.name = ""
        elif mention.name == "eye pain" and mention.text.lower().split()[-1] in SHUT_WORDS:
            mention.name = ""  # "jagao to fir aankh band": the eyes shut, not an eye's pain (round 20)
        elif mention.name == "skin patches" and "burn" in names and set(mention.text.lower().split()) & RED_WORDS:
            mention.name = ""  # a burn's red patch ("touched hot pan, small red patch") is the burn (round 20)
        elif mention.name == "reduced fetal movement" and not patient.pregnancy_related and patient.infant:
            mention.name = "lethargy"  # "baby not moving" said of a baby, not a pregnancy
        elif mention.name == "low mood" and hurt and mention.text.lower().split()[0] in CRY_WORDS \
                and (child or mention.text.lower() in CRY_WORDS):
            # a hurt child's crying is the pain's or the fright's ("fell from cycle, lot of crying", "lime went into
            # her eye, crying"), and so is anyone's bare "crying" beside a hurt
            mention.name = ""
        elif mention.name in {"fatigue", "low mood"} and child_under_five and not mention.flags & TIREDNESS_SEEN_AWAKE \
                and not (POOR_GROWTH_FLAG in present_flags and set(mention.text.lower().split()) <= THIN_WORDS):
            # a baby cannot report tiredness or sadness: "very weak" is lethargy, crying is not low mood
            mention.name = "lethargy" if mention.name == "fatigue" else ""
        elif mention.name == "loss of consciousness" and "hearing loss" in present_names \
                and set(mention.text.lower().split()) & UNANSWERED_WORDS:
            mention.name = ""  # "doesn't answer her, hearing has gone down": the question unheard, not a coma
        elif id(mention) in regained and not child_under_five and not patient.pregnancy_related \
                and present_names <= FAINT_COMPANY \
                and not present_flags & FAINT_DANGER_FLAGS:
            # "behosh ho gayi thi 10 minute, ab theek hai": a faint, over (not a coma)
            mention.name, mention.flags = "fainting", mention.flags | {FAINT_OVER_FLAG}
        elif mention.name == "fever" and mention.severity is None \
                and patient.vitals.get("temperature_c", 0) >= HIGH_FEVER_C:
            mention.severity = "severe"
        elif mention.name == "slurred speech" and not mention.negated \
                and not set(mention.text.lower().split()) & SPEECH_QUALITY_WORDS \
                and _breath_in_sentence(mention, mentions, sentences) \
                and not present_names & STROKE_COMPANY and not present_flags & STROKE_FLAGS \
                and not (set(lowered) & LIMB_WORDS and set(lowered) & LIMB_WEAK_WORDS):
            mention.name, mention.flags = "", mention.flags | {"too_breathless_to_speak"}
        elif mention.name == "shortness of breath" and mention.text.lower() in BREATH_ALONE \
                and tuple(lowered[mention.token_end:mention.token_end + 2]) in BREATH_TIMING \
                and present_names & PAIN_NAMES:
            # "saans lete waqt pasli mein chubhan", "saans lene par seene mein dard": the breath tells when the pain
            # comes (a pleurisy's), not a breathlessness
            mention.name = ""
        elif mention.name == "shortness of breath" and mention.text.lower() in BREATH_ALONE \
                and any(other.name in BREATH_SIGN_NAMES and not other.negated and other is not mention
                        and sentences[other.token_start] == sentences[mention.token_start] for other in mentions):
            # "saans bahut tez chal raha, har saans pe pasli andar": the bare breath word is the fast rate's (IMCI
            # reads the rate itself), not a breathlessness (round 23)
            mention.name = ""
        elif mention.name == "abdominal pain" and not patient.pregnancy_related and patient.sex != "male" \
                and _sentence_words(mention, sentences, lowered) & PERIOD_CONTEXT \
                and not _sentence_words(mention, sentences, lowered) & PERIOD_NOT_COME:
            # "periods ke pehle din pet ke neeche marod", "मासिक धर्म में पेट दर्द", "period first day vayiru vali": the
            # belly's cramps of a period are the painful period (not when a pregnancy may be in question)
            mention.name = "painful periods"


def _breath_in_sentence(mention: Mention, mentions: list[Mention], sentences: list[int]) -> bool:
    """Whether a present breathlessness or wheeze is told in the mention's sentence."""
    return any(other.name in BREATH_NAMES and not other.negated
               and sentences[other.token_start] == sentences[mention.token_start] for other in mentions)


def apply_faint_jerks(mentions: list[Mention], patient: PatientFacts, circumstances: frozenset[str]) -> None:
    """Read a few jerks told inside a faint with its trigger (``circumstances``: a long stand, the heat) and a quick
    recovery as the faint's (FAINT_JERKS_FLAG), not a fit."""
    present = [m for m in mentions if not m.negated]
    names = {m.name for m in present}
    flags = {flag for m in present for flag in m.flags} | circumstances
    if "fainting" not in names or "faint_trigger" not in flags or not flags & FAINT_JERKS_BACK \
            or not names <= FAINT_JERKS_COMPANY or flags & FAINT_JERKS_DANGER_FLAGS \
            or patient.age_years is None or not FAINT_JERKS_AGES[0] <= patient.age_years < FAINT_JERKS_AGES[1] \
            or patient.pregnancy_related or patient.diabetic:
        return
    jerks = [m for m in present if m.name == "seizure"]
    if jerks and all("few_jerks" in m.flags for m in jerks):
        for mention in jerks:  # "gir gayi, 2-3 jhatke jaisa hua, 1 minute me uth gayi": the faint's jerks
            mention.name, mention.flags = "", mention.flags | {FAINT_JERKS_FLAG}


def with_measured_fever(mentions: list[Mention], patient: PatientFacts) -> list[Mention]:
    """A temperature measured at MEASURED_FEVER_C or more is a fever, told or not, and whatever the words deny ("bukhar
    nahi" beside 38.4 °C): the fever rules read it (an infant's 38.4 °C with only a cough told had been routine). The
    mention quotes no words of the complaint."""
    temperature = patient.vitals.get("temperature_c")
    if temperature is None or temperature < MEASURED_FEVER_C \
            or any(m.name == "fever" and not m.negated and not m.past for m in mentions):
        return mentions
    measured = Mention("fever", 0, 0, "", 0, 0, severity="severe" if temperature >= HIGH_FEVER_C else None)
    return [*(m for m in mentions if m.name != "fever"), measured]


def with_counted_fast_breathing(mentions: list[Mention], told_rate: float | None,
                                age_years: float | None) -> list[Mention]:
    """A child under five whose breaths the complaint counts at IMCI's fast-breathing rate or more breathes fast
    ("RR 52" at 2 years, "saans 52 gin ki", "breathing 54 per minute" at 8 months), whatever the words deny: the
    symptom clinicians write of the count. Only a rate the complaint tells (the vitals typed in have rules of their
    own, and an adult's count is read by those rules alone). The mention quotes no words."""
    if told_rate is None or age_years is None:
        return mentions
    limit = next((rate for max_age, rate in IMCI_FAST_BREATHING if age_years < max_age), None)
    if limit is None or told_rate < limit \
            or any(m.name == "fast breathing" and not m.negated for m in mentions):
        return mentions
    return [*(m for m in mentions if m.name != "fast breathing"), Mention("fast breathing", 0, 0, "", 0, 0)]


def _sentence_words(mention: Mention, sentences: list[int], lowered: list[str]) -> set[str]:
    """The words of the mention's sentence."""
    return {w for i, w in enumerate(lowered) if sentences[i] == sentences[mention.token_start]}


def _words_near(mention: Mention, sentences: list[int], lowered: list[str]) -> set[str]:
    """The words of a mention and the three before it, in its sentence."""
    start = mention.token_start
    while start > max(0, mention.token_start - 3) and sentences[start - 1] == sentences[mention.token_start]:
        start -= 1
    return set(lowered[start:mention.token_end])


def _site_before(mention: Mention, sentences: list[int], lowered: list[str]) -> str | None:
    """A body part other than the vagina named in the three words before a bleeding ("nak se khoon")."""
    for i in range(mention.token_start - 1, max(-1, mention.token_start - 4), -1):
        if sentences[i] != sentences[mention.token_start]:
            break
        if lowered[i] in NON_VAGINAL_SITES and (lowered[i] not in COUGH_BLOOD_SITES | STOOL_BLOOD_SITES
                                                or not set(mention.text.lower().split()) & NON_VAGINAL_SITES):
            return lowered[i]  # (a cough or a stool places only a bare blood word: "naak se khoon" is the nose's)
    return None
