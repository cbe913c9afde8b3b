"""Symptom extraction: canonical symptoms with negation, duration, severity and flags."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Final

from spacy.tokens import Doc, Span

from . import context, cues, durations, negation
from .const import (BREAST_WORDS, CHRONIC_CARE_WORDS, COMPLAINT_WORDS, CONDITION_DEPARTMENTS, CONDITION_PHRASES,
                    DANGER_WORDS, DEPARTMENT_WORDS, DIABETES_WORDS, GENERAL_MEDICINE, GENERAL_SPECIALTIES,
                    NAMED_DEPARTMENT_WORDS, NOT_DEPARTMENT_BEFORE, NURSING_WORDS, OBSTETRICS, SHORT_COMPLAINT_WORDS,
                    STOPWORDS, URINE_WORDS, symptom_specialty)
from .lexicon import IGNORE_ID, PAIN_SITES, PAIN_WORDS, YELLOW_URINE_WORDS, Term
from .signs_benign import CIRCUMSTANCES
from .signs_maithili import BODY_REGIONS as MAITHILI_BODY_REGIONS
from .signs_maithili import EXTENT_WORDS as MAITHILI_EXTENT
from .signs_tamil import BODY_REGIONS as TAMIL_BODY_REGIONS
from .signs_tamil import CRITICAL_BURN_SITES as TAMIL_BURN_SITES
from .signs_tamil import EXTENT_WORDS as TAMIL_EXTENT
from .mention import Mention
from .patient import (PatientFacts, age_matches, age_spans, gestation_spans, leading_months_spans, read_patient,
                      with_overrides)
from .pipeline import TERM_LABEL, get_nlp, terms_of
from .recovery import ADULT_FIT_AGE, EPISODE_OVER_FLAG, apply_recovered
from .renames import (BLOOD_WORD_CONTEXT, BLOOD_WORDS, FAINT_OVER_FLAG, apply_faint_jerks, apply_patient_context,
                      with_counted_fast_breathing, with_measured_fever)
from .normalise import Normalised, normalise
from .overdose import named_drug_overdoses, tablet_overdoses
from .subject import denial_spans, relative_history_spans, set_apart_spans, without_relatives


@dataclass(frozen=True)
class Findings:
    """Everything extracted from one complaint."""

    mentions: tuple[Mention, ...]  # one per canonical name, in order of first mention
    patient: PatientFacts
    all_flags: frozenset[str] = field(default=frozenset())  # flags of present (non-negated) wordings
    normalised: Normalised | None = None  # the text as the lexicon read it
    words: int = 0  # words in the complaint
    danger_words: tuple[str, ...] = ()  # danger words no recognised wording explains ("chest", "saans")
    unexplained: tuple[str, ...] = ()  # content words no recognised wording covers
    unknown_words: int = 0  # words of three letters or more the corrector does not know (Normalised.unknown_words)
    letter_words: int = 0  # words of three letters or more
    complaint_words: bool = False  # names a body part or an everyday complaint outside the symptom list
    departments: tuple[str, ...] = ()  # departments its words name (const.DEPARTMENT_WORDS), in order
    named_departments: tuple[str, ...] = ()  # of those, the ones a named condition decides (NAMED_DEPARTMENT_WORDS)
    meaning_text: str = ""  # what no recognised wording explains, for the meaning-level fallback
    # the meaning-level fallback's text: meaning_text without the words of a recognised runny nose ("naak beh
    # raha", "nose running"), whose flowing reads like blood flowing to it (the learned model reads meaning_text)
    fallback_text: str = ""
    family_history: bool = False  # tells of a relative's illness (understood, though no symptom of the patient's)
    # the longest duration told of each flag's present wordings, in days, with its words ("dard shuru hue" of
    # contractions "kal subah se"): what a sign with no symptom of its own has lasted
    flag_durations: Mapping[str, tuple[float, str]] = field(default_factory=dict)
    # how a wording that names no symptom was graded ("thodi acidity": mild), by its flags: the self-care of a
    # complaint told by a flag alone (conditions.FLAG_MINOR) reads it
    flag_severities: Mapping[str, str] = field(default_factory=dict)

    @property
    def present(self) -> dict[str, Mention]:
        return {m.name: m for m in self.mentions if not m.negated}

    @property
    def negated(self) -> frozenset[str]:
        return frozenset(m.name for m in self.mentions if m.negated)


# A bare "blood" (renames.BLOOD_WORDS) takes its meaning from the complaint around it: "loose motions, no blood".
BLOOD_CONTEXT: Final = {
    "diarrhea": "blood in stool", "constipation": "blood in stool", "abdominal pain": "blood in stool",
    "dysuria": "blood in urine", "frequent urination": "blood in urine", "dark urine": "blood in urine",
    "reduced urine": "blood in urine", "cough": "coughing blood", "vomiting": "vomiting", "nausea": "vomiting",
    "vaginal discharge": "vaginal bleeding", "painful periods": "vaginal bleeding",
    "irregular periods": "vaginal bleeding",
    "cut": "bleeding", "wound": "bleeding", "fall": "bleeding", "dog bite": "bleeding",
}
# A symptom (key) that a present one (value) already names (_fold_implied): the belly's cramps of a period
IMPLIED_BY: Final = {"abdominal pain": "painful periods"}
BITE: Final = "dog bite"
DENTISTRY: Final = "dentistry"
SWOLLEN_WORDS: Final = frozenset({"swollen", "swelling", "sujan", "soojan"})
YELLOW_URINE: Final = frozenset(YELLOW_URINE_WORDS)
BURNING_WORDS: Final = frozenset({"burning", "jalan", "stinging"})
URINARY: Final = frozenset({"frequent urination", "blood in urine", "reduced urine", "dark urine"})
# a bare discharge told in a sentence of the ear's ("ear pain and fever, little discharge today"): the ear's
DISCHARGE_WORDS: Final = frozenset({"discharge", "discharging"})
EAR_NAMES: Final = frozenset({"ear pain", "hearing loss"})
BODY_REGIONS: Final = frozenset({"face", "neck", "chest", "back", "abdomen", "belly", "stomach", "tummy", "arm", "arms", "leg",
                                 "legs", "hand", "hands", "foot", "feet", "thigh", "thighs", "buttocks", "head",
                                 "shoulder", "shoulders", "body", "genitals", "perineum",
                                 # Hindi in Latin script: belly, thigh, chest, back, arm, leg, face, neck
                                 "pet", "jaangh", "jangh", "jaanghein", "seena", "seene", "chhati", "chhaati", "peeth",
                                 "kamar", "haath", "baazu", "pair", "taang", "chehra", "chehre", "gardan"}) \
    | TAMIL_BODY_REGIONS | MAITHILI_BODY_REGIONS
CRITICAL_BURN_SITES: Final = frozenset({"face", "neck", "genitals", "perineum", "airway", "mouth", "chehra", "chehre", "gardan"}) | TAMIL_BURN_SITES
EXTENT_WORDS: Final = frozenset({"whole", "entire", "both", "large", "big", "extensive", "%", "dono", "poora", "pura",
                                 "poori", "puri", "bada", "badi"}) | TAMIL_EXTENT | MAITHILI_EXTENT
# Beside an extent word, what makes it no major burn's: the blisters it sizes, or a palm or fingers
SMALL_BURN_WORDS: Final = frozenset({"blister", "blisters", "blistered", "chhala", "chhale", "chhalo", "chaale", "chhaale",
                                     "chhaala",  # (round 20: "बड़ा छाला" as the script's reading spells it)
                                     "phaphola", "phaphole", "palm", "palms", "hatheli", "hatheliyan", "hatheliya",
                                     "hateli", "finger", "fingers", "fingertip", "fingertips", "thumb", "ungli",
                                     "ungliyan", "ungliya", "ungliyon"})
RIGHT_WORDS: Final = frozenset({"right", "daayin", "dayin", "daayen", "dayen", "dahine", "dahini", "rt"})
LOWER_WORDS: Final = frozenset({"lower", "neeche", "niche", "groin", "below", "moving", "shifted"})
ABDOMEN_SITES: Final = frozenset(PAIN_SITES["abdominal pain"]) | {"side", "iliac"}


def extract_findings(text: str, *, age_years: float | None = None, sex: str | None = None,
                     pregnant: bool | None = None, vitals: dict[str, float] | None = None,
                     nlp: Callable[[str], Doc] | None = None) -> Findings:
    """Extract symptoms and patient facts from a complaint; passed-in patient data beats the text. ``nlp``: the
    pipeline (a Language, or anything that parses a text into its Doc, such as the SOAP generator's Parses)."""
    read = _read_mentions(text, age_years=age_years, sex=sex, pregnant=pregnant, vitals=vitals, nlp=nlp,
                          for_triage=True)
    normalised, doc, patient, mentions = read.normalised, read.doc, read.patient, read.mentions
    circumstances, relatives = read.circumstances, read.relatives
    flags = frozenset(flag for m in mentions if not m.negated for flag in m.flags) | circumstances \
        | frozenset(flag for m in mentions for flag in m.flags & context.ANSWER_FLAGS) \
        | frozenset(flag for m in mentions if m.past for flag in m.flags & context.READING_FLAGS)
    denial = _span_tokens(doc, denial_spans(context.doc_text(doc))) | relatives
    words, danger = _unexplained_danger(doc, mentions, denial)
    unexplained, meaning_text, fallback_text = _unexplained_words(doc, mentions, denial)
    for mention in mentions:  # quote the patient's own words
        mention.start, mention.end = normalised.original_span(mention.start, mention.end)
        mention.text = normalised.original[mention.start:mention.end]
    mentions = _with_readings(read)
    # a relative's illness names no complaint or department of the patient's ("nana ko lakwa hua tha"), nor does a
    # word of a present symptom that has its own department ("eyes sunken" is dehydration, "eyes yellow" jaundice,
    # not the eye clinic's); a general one's words say where it is ("bleeding from the nose" is the ENT's)
    lowered = [w for i, w in enumerate(context.lowers(doc)) if i not in relatives]
    complaint_words = not COMPLAINT_WORDS.isdisjoint(lowered)
    explained = {i for m in mentions if m.name and not m.negated
                 and symptom_specialty(m.name) not in GENERAL_SPECIALTIES for i in range(m.token_start, m.token_end)}
    # nor does a denied symptom's ("no loose motion", "no chest pain"): what the patient does not have names no
    # department (a past one's does, "white patches since last year", and a general one's site, "bleeding from the
    # nose, stopped")
    denied_words = {i for m in mentions if m.name and m.negated and not m.past
                    and symptom_specialty(m.name) not in GENERAL_SPECIALTIES for i in range(m.token_start, m.token_end)}
    departments = _departments(context.lowers(doc), explained | relatives | denied_words)
    kept = [w for i, w in enumerate(context.lowers(doc)) if i not in relatives and i not in denied_words]
    named = tuple(dict.fromkeys((*named_by_phrase(kept), *nursing_breast(kept),
                                 *(CONDITION_DEPARTMENTS.get(w) or DEPARTMENT_WORDS[w] for w in kept
                                   if w in NAMED_DEPARTMENT_WORDS or w in CONDITION_DEPARTMENTS))))
    if any(m.name == BITE and not m.negated for m in mentions):
        # an animal's teeth are its bite's, not the dentist's ("kutte ne pindi pe daant laga diye", "2 teeth marks on
        # the hand"): every writer sends a bite to the physician, the infection clinic or the surgeon (WHO rabies PEP)
        named = tuple(d for d in named if d != DENTISTRY)
    flag_durations: dict[str, tuple[float, str]] = {}
    for mention in mentions:
        if not mention.negated and mention.duration_days is not None:
            for flag in mention.flags:
                if mention.duration_days > flag_durations.get(flag, (-1.0, ""))[0]:
                    flag_durations[flag] = (mention.duration_days, mention.duration or "")
    flag_severities: dict[str, str] = {}
    for mention in mentions:
        if not mention.name and not mention.negated and mention.severity is not None:
            for flag in mention.flags:
                flag_severities[flag] = _worse(flag_severities.get(flag), mention.severity) or mention.severity
    return Findings(tuple(_fold_implied(_merge(mentions), patient)), patient, flags, normalised=normalised, words=words,
                    danger_words=danger, unexplained=unexplained, meaning_text=meaning_text,
                    fallback_text=fallback_text, complaint_words=complaint_words,
                    unknown_words=normalised.unknown_words, letter_words=normalised.letter_words,
                    departments=departments, named_departments=named, family_history=bool(relatives),
                    flag_durations=flag_durations, flag_severities=flag_severities)


def extract_mentions(text: str, *, nlp: Callable[[str], Doc] | None = None) -> tuple[Mention, ...]:
    """``extract_findings(text, nlp=nlp).mentions`` as ``Mention.as_dict`` gives them (names, negation, words
    and where they were said, duration, severity), without what only triage reads: the flags of a mention's site
    and of a sudden onset, the words no wording explains, the danger words, the departments. The SOAP draft lists
    its history's symptoms and nothing more."""
    read = _read_mentions(text, nlp=nlp, for_triage=False)
    for mention in read.mentions:
        mention.start, mention.end = read.normalised.original_span(mention.start, mention.end)
        mention.text = read.normalised.original[mention.start:mention.end]
    return tuple(_fold_implied(_merge(_with_readings(read)), read.patient))


def _with_readings(read: _Reading) -> list[Mention]:
    """The mentions with the symptoms a reading names: a fever measured, a child's fast breathing counted."""
    return with_counted_fast_breathing(with_measured_fever(read.mentions, read.patient), read.told_rate,
                                       read.patient.age_years)


@dataclass
class _Reading:
    normalised: Normalised
    doc: Doc
    patient: PatientFacts
    mentions: list[Mention]  # in order; negated, graded, timed, renamed by who the patient is
    circumstances: frozenset[str]  # flags of wordings that tell a circumstance, not a symptom
    relatives: set[int]  # tokens telling of a relative's illness
    told_rate: float | None = None  # the respiratory rate the complaint itself tells (not one typed in)


def _read_mentions(text: str, *, age_years: float | None = None, sex: str | None = None,
                   pregnant: bool | None = None, vitals: dict[str, float] | None = None,
                   nlp: Callable[[str], Doc] | None = None, for_triage: bool) -> _Reading:
    """Every mention of the complaint with all that decides its name, negation, severity and duration. With
    ``for_triage``, also what only triage reads of them: the onset (``sudden``) and the flags of the site. Neither is
    read by any step here after it (the patient's context renames by the wording's own flags), so a reading without
    them names, negates, grades and times every mention as one with them."""
    normalised = normalise(text)
    text = normalised.text
    doc = (nlp or get_nlp())(text)
    family = relative_history_spans(text)
    ages = age_matches(without_relatives(text, family))
    told = read_patient(text, pregnant=pregnant, ages=ages, family=family)
    patient = with_overrides(told, age_years=age_years, sex=sex, pregnant=pregnant, vitals=vitals)
    named = _term_mentions(doc)
    circumstances = frozenset(f for m in named if not m.name and m.flags <= CIRCUMSTANCES for f in m.flags)
    named = [m for m in named if m.name or not m.flags <= CIRCUMSTANCES]
    mentions = named + _contextual_mentions(doc, named) + _ingestion_mentions(doc, patient)
    mentions.sort(key=lambda m: (m.token_start, m.token_end))
    clauses, sentences = context.clause_ids(doc), context.sentence_ids(doc)
    negation.apply_negation(doc, mentions, clauses)
    context.apply_severity(doc, mentions, clauses, sentences)
    # ages, how long the patient has been without a complaint ("none for 10 years"), how often ("every 3-4 days"), a
    # relative's story ("maa ko 5 saal pehle stroke hua tha") and the months of a pregnancy ("7 months pregnant") are
    # no symptom's duration
    absences = [(match.start(), match.end()) for pattern in (cues.ABSENCE_RE, cues.FREQUENCY_RE, cues.TETANUS_TIME_RE,
                                                             cues.VACCINE_AGE_RE)
                for match in pattern.finditer(text)]
    durations.apply_durations(doc, mentions, clauses, exclude=[*age_spans(text, ages), *absences, *family,
                                                               *gestation_spans(text),
                                                               *leading_months_spans(text, patient)],
                              age_years=patient.age_years)
    if for_triage:
        context.apply_onset(doc, mentions, sentences)
    context.apply_history(doc, mentions)
    context.apply_residual(doc, mentions)
    context.apply_witnessed(doc, mentions)
    context.apply_query_answers(doc, mentions)
    context.apply_known_condition(mentions)
    context.apply_iron_colour(mentions)
    context.apply_food_colour(mentions)
    context.apply_carotene_colour(mentions)
    context.apply_facial_drool(mentions)
    apply_recovered(doc, mentions, adult=patient.age_years is not None and patient.age_years >= ADULT_FIT_AGE)
    if for_triage:
        _add_site_flags(doc, mentions, sentences)
    apply_patient_context(mentions, patient, sentences, context.lowers(doc), context.regained(doc, mentions))
    apply_faint_jerks(mentions, patient, circumstances)
    relatives = _span_tokens(doc, family)
    # someone else's illness told by a speaker who sets themselves apart from it ("padosan ko saanp ne kaata, mujhe
    # kuch nahi kaata, tab se ghabrahat"): theirs, while a symptom of the speaker's own remains to be the complaint
    others = _span_tokens(doc, set_apart_spans(text)) - relatives
    if others and any(m.name and not m.negated and m.token_start not in relatives | others for m in mentions):
        relatives |= others
    for mention in mentions:
        if mention.token_start in relatives:  # a relative's illness: not the patient's, present or denied
            mention.name, mention.negated, mention.past = "", True, False
    return _Reading(normalised, doc, patient, mentions, circumstances, relatives, told.vitals.get("resp_rate"))


def nursing_breast(words: list[str]) -> list[str]:
    """Obstetrics when the complaint tells of a breast beside a baby, a feed or a delivery (const.BREAST_WORDS)."""
    return [OBSTETRICS] if not BREAST_WORDS.isdisjoint(words) and not NURSING_WORDS.isdisjoint(words) else []


def named_by_phrase(words: list[str]) -> list[str]:
    """Departments the complaint's condition phrases name (const.CONDITION_PHRASES), in order; only the phrases
    starting with a word are tried at it, so the time is linear in the words."""
    found = []
    for i, word in enumerate(words):
        for phrase, department in _phrases_by_first_word().get(word, ()):
            if tuple(words[i:i + len(phrase)]) == phrase:
                found.append(department)
    return found


@cache
def _phrases_by_first_word() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    by_word: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, department in CONDITION_PHRASES.items():
        by_word.setdefault(phrase[0], []).append((phrase, department))
    return {word: tuple(phrases) for word, phrases in by_word.items()}


def _departments(lowered: list[str], skipped: set[int]) -> tuple[str, ...]:
    """Departments the complaint's words name, in order (the urine's last), but for ``skipped`` words (a present
    symptom's, a relative's illness) and a word that means something else before the next ("drinks milk")."""
    found = []
    several_conditions = not CHRONIC_CARE_WORDS.isdisjoint(lowered)
    for i, word in enumerate(lowered):
        if word in DEPARTMENT_WORDS and i not in skipped and \
                (i + 1 == len(lowered) or lowered[i + 1] not in NOT_DEPARTMENT_BEFORE.get(word, ())):
            department = GENERAL_MEDICINE if word in DIABETES_WORDS and several_conditions else DEPARTMENT_WORDS[word]
            found.append((word in URINE_WORDS, department))
    return tuple(dict.fromkeys(department for _, department in sorted(found, key=lambda f: f[0])))


def _span_tokens(doc: Doc, spans: list[tuple[int, int]]) -> set[int]:
    """Tokens of character spans that say nothing of the patient's complaint: a denied pregnancy ("not pregnant",
    "pregnant nahi hai"), a relative's illness ("father had a heart attack last year"). They must read as nothing
    to the danger words, the meaning-level fallback and the learned model."""
    tokens: set[int] = set()
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            tokens.update(range(span.start, span.end))
    return tokens


# Recognised symptoms whose wording the meaning-level fallback does not read: "naak beh raha" (the nose running)
# came within its margin of "khoon beh raha" (blood flowing), and a faint told over ("behosh ho gayi thi, ab theek
# hai") of "behosh hai" (a coma); the rules have read them already.
NOT_FOR_FALLBACK: Final = frozenset({"runny nose",
                                     # round 20: an elder who "cannot hear us properly" came within the margin of
                                     # "suddenly cannot speak properly" (a stroke); a hearing loss is the rules' to
                                     # judge (a sudden one is rules_hinglish.sudden_hearing_loss's)
                                     "hearing loss"})
# (round 18: and a bleeding after a birth told getting less, a feed's after-pains: "bleeding roju roju taggutundi"
# came within the margin of "after delivery heavy bleeding")
# (round 20: and an ooze told slow, "khoon ruk ruk ke rissa ja raha", within the margin of "khoon beh raha, ruk nahi
# raha": the rules read its wording as a mild bleeding)
NOT_FOR_FALLBACK_FLAGS: Final = frozenset({FAINT_OVER_FLAG, EPISODE_OVER_FLAG, "bleeding_lessening", "after_pains",
                                           "bleeding_oozing"})


def _unexplained_words(doc: Doc, mentions: list[Mention], denial: set[int]) -> tuple[tuple[str, ...], str, str]:
    """Content words outside every recognised wording; the text without its denied symptoms and its denied
    pregnancy (a denied red flag must not read as one) for the learned model; and that text without the words of
    the symptoms in NOT_FOR_FALLBACK too, for the meaning-level fallback."""
    covered = set(context.entity_tokens(doc))
    covered.update(i for m in mentions for i in range(m.token_start, m.token_end))
    covered |= denial
    lowered = context.lowers(doc)
    unexplained = tuple(w for i, w in enumerate(lowered) if i not in covered and w.isalpha() and len(w) > 2
                        and w not in STOPWORDS and w not in cues.GRADE_WORDS and w not in DANGER_WORDS)
    denied = {i for m in mentions if m.negated or cues.RESIDUAL_FLAG in m.flags
              for i in range(m.token_start, m.token_end)} | denial
    told = {i for m in mentions if (m.name in NOT_FOR_FALLBACK or m.flags & NOT_FOR_FALLBACK_FLAGS) and not m.negated
            for i in range(m.token_start, m.token_end)} - denied
    meaning_text = " ".join(t for i, t in enumerate(context.texts(doc)) if i not in denied) if denied \
        else context.doc_text(doc)
    if not told:
        return unexplained, meaning_text, meaning_text
    return unexplained, meaning_text, " ".join(t for i, t in enumerate(context.texts(doc))
                                               if i not in denied and i not in told)


def _unexplained_danger(doc: Doc, mentions: list[Mention], denial: set[int]) -> tuple[int, tuple[str, ...]]:
    """How many words the complaint has, and its danger words that no recognised wording covers (a denied
    pregnancy is no danger word). A short complaint that only denies ("saans nahi", "no breath") tells no complaint
    the checker can trust: "not breathing" reads the same, so its denied danger word still counts."""
    lowered = context.lowers(doc)
    words = sum(1 for word in lowered if word.isalpha())
    denied_only = words <= SHORT_COMPLAINT_WORDS and mentions and all(m.negated for m in mentions)
    negated = {i for m in mentions if m.negated for i in range(m.token_start, m.token_end)} | denial
    covered = set(context.entity_tokens(doc)) | {i for m in mentions for i in range(m.token_start, m.token_end)}
    covered = covered - negated if denied_only else covered | denial
    found = dict.fromkeys(DANGER_WORDS[w] for i, w in enumerate(lowered) if i not in covered and w in DANGER_WORDS
                          and not (i in negated and DANGER_WORDS[w] == "pregnancy"))
    return words, tuple(found)


def _term_mentions(doc: Doc) -> list[Mention]:
    mentions = []
    lowered, text = context.lowers(doc), context.doc_text(doc)
    for ent in context.entities(doc):
        if ent.label_ != TERM_LABEL or ent.ent_id_ == IGNORE_ID:
            continue
        for term in terms_of(ent.ent_id_):
            mentions.extend(_mentions_of(term, ent, lowered, text))
    return mentions


def _mentions_of(term: Term, ent: Span, lowered: list[str], text: str) -> list[Mention]:
    """What one term of an entity's words names: a mention per symptom (one with no name for a flag alone)."""
    names = term.symptoms
    words = set(lowered[ent.start:ent.end])
    if names and "swelling" not in names and SWOLLEN_WORDS & words:
        names += ("swelling",)  # "painful swollen big toe"
    if names == ("eye pain",) and words & {"red", "laal", "lal", "bloodshot"}:
        names += ("red eye",)  # "painful red eye"
    if names == ("rash",) and words & {"itchy", "itching"}:
        names += ("itching",)  # "itchy bumps"
    if names == ("jaundice",) and words & YELLOW_URINE:
        names += ("dark urine",)  # "aankhein aur peshab peela": the urine of a jaundice
    start_char, end_char = ent.start_char, ent.end_char
    return [Mention(name, start_char, end_char, text[start_char:end_char], ent.start, ent.end, term.flags,
                    negated=term.negated, severity=term.severity) for name in names or ("",)]


def _contextual_mentions(doc: Doc, named: list[Mention]) -> list[Mention]:
    """Symptoms named by a bare word whose meaning comes from its neighbours."""
    covered = context.entity_tokens(doc)
    sentences = context.sentence_ids(doc)
    by_sentence: dict[int, list[Mention]] = {}
    for mention in named:
        if mention.name:
            by_sentence.setdefault(sentences[mention.token_start], []).append(mention)
    ending: dict[int, list[Mention]] = {}
    for mention in named:
        if mention.name:
            ending.setdefault(mention.token_end, []).append(mention)
    words = context.lowers(doc)
    sentence_words: dict[int, set[str]] = {}
    for i, word in enumerate(words):
        sentence_words.setdefault(sentences[i], set()).add(word)
    extra: list[Mention] = []
    denied = _denied(doc, named) if not BLOOD_WORDS.isdisjoint(words) else None
    for i, word in enumerate(words):
        if i in covered or (word not in BLOOD_WORDS and word not in BURNING_WORDS and word not in PAIN_WORDS
                            and word not in DISCHARGE_WORDS):
            continue
        token = doc[i]
        same_sentence = by_sentence.get(sentences[token.i], [])
        name, flags = None, frozenset()
        if word in BLOOD_WORDS:
            told = [m for m in same_sentence if id(m) not in denied] if denied is not None else same_sentence
            name = _blood_meaning(token.i, told, sentence_words[sentences[token.i]])
            flags = frozenset({"haematemesis"}) if name == "vomiting" else frozenset()
        elif word in BURNING_WORDS and any(m.name in URINARY for m in same_sentence):
            name = "dysuria"
        elif word in PAIN_WORDS:
            name = _orphan_pain(doc, token.i, ending, sentences)
        elif word in DISCHARGE_WORDS and any(m.name in EAR_NAMES for m in same_sentence):
            name = "ear discharge"
        if name:
            extra.append(Mention(name, token.idx, token.idx + len(token.text), token.text, token.i, token.i + 1, flags))
    ears = [m for m in extra if m.name == "ear discharge"]
    if ears:  # (a discharge denied, "no pain no discharge", is left unread as before: only a told one is the ear's)
        gone = _denied(doc, ears)
        extra = [m for m in extra if id(m) not in gone]
    return extra


def _ingestion_mentions(doc: Doc, patient: PatientFacts) -> list[Mention]:
    """Overdose ("took 20 tablets"), or a child who swallowed someone's pills (overdose.py reads them)."""
    child = patient.age_years < 12 if patient.age_years is not None else patient.child
    text = context.doc_text(doc)
    found = []
    for start, end in tablet_overdoses(text, child):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            found.append(Mention("poisoning", span.start_char, span.end_char, span.text, span.start, span.end,
                                 frozenset({"overdose"})))
    covered = {i for m in found for i in range(m.token_start, m.token_end)}
    for start, end in named_drug_overdoses(text, child):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and covered.isdisjoint(range(span.start, span.end)):
            found.append(Mention("poisoning", span.start_char, span.end_char, span.text, span.start, span.end,
                                 frozenset({"overdose"})))
    return found


def _denied(doc: Doc, named: list[Mention]) -> set[int]:
    """The ids of the named mentions a cue denies: a bare "khoon" takes no meaning from a denied symptom ("ulti
    nahi, bas thoda khoon tha" is a graze's blood, not vomited blood). Read on copies: negation proper runs later,
    over these and the contextual mentions together."""
    copies = [replace(m) for m in named]
    negation.apply_negation(doc, copies, context.clause_ids(doc))
    return {id(m) for m, copy in zip(named, copies) if copy.negated and not m.negated}


def _blood_meaning(i: int, same_sentence: list[Mention], words: set[str]) -> str:
    for word, meaning in BLOOD_WORD_CONTEXT.items():
        if word in words:
            return meaning
    nearby = sorted((abs(m.token_start - i), m.name) for m in same_sentence if m.name in BLOOD_CONTEXT)
    return BLOOD_CONTEXT[nearby[0][1]] if nearby else "bleeding"


def _orphan_pain(doc: Doc, i: int, ending: dict[int, list[Mention]], sentences: list[int]) -> str | None:
    # "aankh laal aur dard", "periods are irregular and very painful": the pain is at the last named site.
    before = [m for end in range(max(0, i - 3), i + 1) for m in ending.get(end, ())
              if sentences[m.token_start] == sentences[i]]
    if not before:
        return None
    last = max(before, key=lambda m: m.token_end)
    gap = {t.lower_ for t in doc[last.token_end:i]}
    if not gap <= {"and", "aur", "very", "bahut", "is", "are", "also", "bhi", "too", ",", "with", "so", "quite", "hai",
                   "tez", "severe", "zyada", "bad"}:
        return None
    window = doc[max(0, last.token_start - 2):last.token_end]
    for name, sites in PAIN_SITES.items():
        if any(t.lower_ in sites for t in window) and name != last.name:
            return name
    return None


def _add_site_flags(doc: Doc, mentions: list[Mention], sentences: list[int]) -> None:
    """Flags that depend on where a symptom is: right lower abdomen, extent of a burn."""
    lowered = context.lowers(doc)
    words_of: dict[int, list[str]] = {}
    for i, word in enumerate(lowered):
        words_of.setdefault(sentences[i], []).append(word)
    joined_of: dict[int, tuple[str, frozenset[str]]] = {}  # each sentence joined once, not once per mention in it
    for mention in mentions:
        if mention.name != "abdominal pain" and (mention.name != "burn" or "sunburn" in mention.flags):
            continue
        number = sentences[mention.token_start]
        sentence = words_of[number]
        if number not in joined_of:
            joined_of[number] = (" ".join(sentence), frozenset(sentence))
        sentence_text, in_sentence = joined_of[number]
        if mention.name == "abdominal pain":
            words = lowered[max(0, mention.token_start - 3):mention.token_end + 4]
            joined = " ".join(words)
            right = bool(set(words) & RIGHT_WORDS) or "right side" in sentence_text
            lower = bool(set(words) & LOWER_WORDS) or "moving to the right" in sentence_text
            # "started around the navel and moved to the lower right belly": the site may come later in the sentence
            right_lower_later = bool(in_sentence & RIGHT_WORDS and in_sentence & LOWER_WORDS
                                     and in_sentence & ABDOMEN_SITES)
            if "right iliac" in joined or "rif" in words or (right and lower) or right_lower_later:
                mention.flags |= {"right_lower_abdomen"}
        else:
            regions = in_sentence & BODY_REGIONS
            if any(w == "back" and sentence[i + 1:i + 2] == ["of"] for i, w in enumerate(sentence)) \
                    and sentence.count("back") == 1:
                regions = regions - {"back"}  # the back of a hand, a leg, the neck: a side of that part, not the back
            all_over = "all over" in sentence_text
            if len(regions) >= 2 or regions & CRITICAL_BURN_SITES or _burn_extent(sentence) or all_over:
                mention.flags |= {"major_burn"}


def _burn_extent(words: list[str]) -> bool:
    """A word of a burn's extent ("both legs", "whole back", "dono haath") in the sentence, not one that sizes the
    blisters ("big blisters", "bade chhale") or a palm's or fingers' small area ("whole palm", "dono hatheli": about
    one per cent of the body each, a burn to dress today, not a major burn)."""
    for i, word in enumerate(words):
        if word in EXTENT_WORDS and not set(words[max(0, i - 2):i + 3]) & SMALL_BURN_WORDS:
            return True
    return False


def _merge(mentions: list[Mention]) -> list[Mention]:
    """One mention per canonical name: a present wording beats a negated one, a past episode a denial ("fits as a
    child, no fits now" is a history of fits), else the first is kept."""
    merged: dict[str, Mention] = {}
    for mention in mentions:
        if not mention.name:
            continue
        kept = merged.get(mention.name)
        if kept is None or (kept.negated and not mention.negated) or (kept.negated and mention.negated
                                                                       and mention.past and not kept.past):
            merged[mention.name] = mention
        elif mention.negated == kept.negated:
            kept.flags |= mention.flags
            if kept.duration is None and kept.past == mention.past:
                kept.duration, kept.duration_key = mention.duration, mention.duration_key
            if kept.duration_days is None and kept.past == mention.past:
                kept.duration_days = mention.duration_days
            kept.severity = _worse(kept.severity, mention.severity)
            kept.sudden = kept.sudden or mention.sudden
    return list(merged.values())


def _fold_implied(mentions: list[Mention], patient: PatientFacts) -> list[Mention]:
    """A present symptom that another present one already names, in the clinic's words, folded into it (its flags,
    severity and onset kept): the belly's cramps of a period are the painful period ("periods ke pehle din pet mein
    marod"), unless a pregnancy may be in question (a missed period: the belly's pain is its own)."""
    present = {m.name: m for m in mentions if not m.negated}
    kept = []
    for mention in mentions:
        owner = present.get(IMPLIED_BY.get(mention.name, ""))
        if owner is not None and not mention.negated \
                and not (owner.name == "painful periods" and patient.pregnancy_related):
            owner.flags |= mention.flags
            owner.severity = _worse(owner.severity, mention.severity)
            owner.sudden = owner.sudden or mention.sudden
            continue
        kept.append(mention)
    return kept


def _worse(a: str | None, b: str | None) -> str | None:
    order = {None: 0, "mild": 1, "moderate": 2, "severe": 3}
    return a if order[a] >= order[b] else b
