"""Which SOAP section a sentence belongs to, and the rule that put it there.

The rules, first match wins (clinician = a "Doctor:"/"Nurse:" turn, or unlabelled text):
  patient side: small talk is dropped; everything else is history (S);
  clinician:    exam instructions ("take a deep breath") are dropped; readings, exam findings and
                results are O; impressions ("looks like", "I think this is", "diagnosis") are A;
                medicines, tests, follow-up and advice are P; a recap of the history ("so you have had
                fever for 3 days") is S.
Unlabelled text also takes first-person complaints ("I have had cough since a week") as S.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable, Final

from .. import rx
from .const import CLINICIAN, PATIENT
from .dialogue import Sentence

_PLEASANTRY = (r"(?:ok(?:ay)?|alright|all right|thank(?:s| you)(?: (?:so much|very much))?|sure|fine|right|hmm+|hm|"
               r"good (?:morning|afternoon|evening)|namaste|namaskar|hello|hi|bye|welcome|yes|yeah|no|haan|han|ji|"
               r"ji haan|theek hai|thik hai|acha|accha|will do|i will(?: do that)?|i'll do that|we will|take care|"
               r"get well soon|please sit(?: down)?|sit down(?: please)?|please come in|come in|have a seat|"
               r"baithiye|doctor|sir|madam|saab|sahab|then|perfect|great|sounds good|that sounds good|awesome|"
               r"wonderful|excellent|cool|got it|gotcha|no problem|mm-?hmm|uh-huh|yep|yup|nope|hmm+|absolutely|"
               r"definitely|of course|correct|exactly|wow|oh|i see|nice|good|very good|that's great|"
               r"that's good|that's fine|sure thing|you too|yes ma'am|yes sir|no ma'am|no sir)")
SMALL_TALK: Final = re.compile(rf"^(?:{_PLEASANTRY}[\s,.!]*)+$", re.I)
PATIENT_CLOSING: Final = re.compile(r"^(?:ok(?:ay)?|alright|thank|sure|yes|haan|ji|theek|acha|i will|i'll)\b.{0,40}"
                                    r"(?:doctor|sir|madam|ji|take it|do that|come|thank you|thanks)[.!]?$", re.I)
EXAM_INSTRUCTION: Final = rx.compile(
    r"\b(?:take a deep breath|breathe in|breathe out|deep breath|open your mouth|say a+h|stick out|lie down|"
    r"let me (?:check|examine|see|listen|look|feel|take)|show me your|sit up|turn around|roll up your sleeve|"
    r"i(?:'ll| will) (?:just )?(?:check|examine|listen|take your)|muh kholo|lambi saans)\b", re.I)
EXAM_FINDING: Final = rx.compile(
    r"\b(?:on examination|examination shows|o/e|chest (?:is )?clear|clear chest|lungs? (?:are |is )?clear|"
    r"crepitations?|creps|crackles|wheez(?:e|es|ing) (?:heard|present)|rhonchi|air entry|breath sounds|"
    r"heart sounds|murmur|s1 s2|abdomen (?:is )?(?:soft|tender|distended)|soft abdomen|non[- ]?tender|"
    r"(?:no |mild |some )?tenderness|guarding|rigidity|organomegaly|liver (?:is )?(?:palpable|enlarged)|"
    r"spleen (?:is )?(?:palpable|enlarged)|bowel sounds|pallor|icterus|cyanosis|clubbing|lymphadenopathy|"
    r"lymph nodes?|pedal (?:o|)edema|(?:o|)edema|throat (?:is |looks )?(?:red|congested|inflamed)|"
    r"tonsils? (?:are |is )?(?:enlarged|swollen|red)|congested throat|ear ?drum|tympanic membrane|pupils?|"
    r"reflexes|power (?:is )?(?:normal|reduced)|conscious|oriented|alert and|dehydrated|sunken eyes|"
    r"skin pinch|capillary refill|looks? (?:pale|tired|ill|sick|unwell|dehydrated|well|comfortable|anxious)|"
    r"i can (?:see|hear|feel)|there (?:is|are) (?:a |an |no )?(?:[\w-]+ ){0,3}(?:rash|swelling|wound|ulcer|"
    r"discharge|lesions?|patch|patches|scaling|tenderness|pus|redness|papules?|pustules?|vesicles?|nodules?|"
    r"blisters?|burrows?|bruis\w*|scars?)|"
    r"\b(?:is|are) (?:normal|abnormal|positive|negative|present|absent|\d+ plus|trace|raised|reduced|"
    r"within normal limits)\b|"
    r"(?:rash|wound|swelling|ulcer) (?:is|looks|on)|(?:mild|moderate|severe) (?:pallor|dehydration)|"
    r"respiratory distress|chest indrawing|nasal flaring|no signs of|febrile|afebrile|tachycardi|"
    r"tachypn|bradycardi|palpable)\b|"
    r"\b(?:throat|tonsils?|chest|lungs?|abdomen|belly|tummy|skin|eyes?|ears?|ear drums?|nose|tongue|heart|"
    r"liver|spleen|wound|conjunctiva|calf|joint|knee|gums?|thyroid|gland|neck|muscles?|hand|foot|feet|leg|"
    r"arm|back|spine)\b[^.?]{0,25}\b(?:red|congested|inflamed|clear|soft|"
    r"tender|swollen|enlarged|pale|yellow|normal|dry|coated|infected|discharging|bulging|warm|not enlarged|not tender)\b", re.I)
ASSESSMENT: Final = rx.compile(
    r"\b(?:looks? like|seems? (?:like|to be)|sounds? like|i think (?:it(?:'s| is)?|this (?:is)?|you (?:have|might|may)|"
    r"that(?:'s| is)?|he has|she has|the child has)|i feel (?:it|this) is|this is (?:a |an )?(?:case of|likely|"
    r"probably|most likely)|most likely|probably|likely|possibly|diagnosis|diagnosed|impression|"
    r"suggestive of|consistent with|could be|might be|may be (?:a |an )?(?:case|infection|viral)|"
    r"i suspect|suspected?|working diagnosis|differential|it is (?:a |an )?(?:viral|bacterial|simple|mild|"
    r"severe|common)|you have (?:a |an )?(?:viral|bacterial|infection|chest infection|urinary infection)|"
    r"lagta hai|ho sakta hai|rule out|ruled out|r/o|to exclude|(?:i am|i'm|we are|we're) (?:concerned|worried) "
    r"(?:about|for|that)|concerning for|suspicious (?:for|of)|my (?:assessment|impression))\b|"
    r"\b(?:this|it|that|he|she|you|the child|the baby)(?: is|'s| has| have| looks)(?: an?| the)?(?: [\w-]+){0,3}? "
    r"(?:[\w-]+itis|[\w-]+osis|infection|attack|malaria|typhoid|dengue|diabetes|hypertension|an(?:a)?emia|"
    r"asthma|copd|pneumonia|allergy|allergic \w+|disease|syndrome|deficiency|dehydration|worms?|ulcer|tb|"
    r"tuberculosis|flu|influenza|common cold|viral fever|sprain|fracture|migraine|scabies|tinea|eczema|"
    r"pre-?eclampsia|angina|heart attack|stroke|poisoning|jaundice|hepatitis|measles|chickenpox|bite|sting|"
    r"burns?|injury|reaction|strain)\b|"
    r"\b(?:you|he|she|the child|the baby|it|this|the \w+)(?: is| are|'s|'re)(?: now| still)? (?:responding|improving|"
    r"not improving|under control|well controlled|not controlled|uncontrolled|stable|worsening|getting (?:better|worse))\b",
    re.I)
PLAN: Final = rx.compile(
    r"\b(?:take|taking|give|giving|prescrib\w*|start|starting|continue|stop|avoid|drink|eat|rest|apply|use|"
    r"advise|advised|should|must|need to|have to|don't|do not|never|refer|referring|admit|admission|"
    r"come back|follow[- ]?up|review|return|if (?:the )?(?:fever|pain|symptoms?|it|he|she|you|breathing|"
    r"child|baby)[^.]{0,30}(?:worse|increase|persist|continue|not|doesn't|does not|come)|"
    r"immediately|keep|plenty of|fluids|sponging|we will|we'll|i will|i'll|let's|lets|plan|counsel\w*|"
    r"diet|exercise|salt|sugar-free|reduce|increase|dose|tablet|tablets|syrup|injection|medicine|medicines|"
    r"dawai|dawa|goli|lena|lijiye|khana|aana|pilao|pijiye|piyo|peeyo|piyen|peena)\b|"
    r"^(?:please |so |now |also )?(?:wash|clean|repeat|boil|cover|elevate|change|dress|soak|gargle|sleep|wear|"
    r"stay|bring|check|measure|monitor|walk|bathe|feed|breastfeed|put|massage|tie|dry|sit|limit|cut down|quit)\b",
    re.I)
HISTORY_RECAP: Final = rx.compile(
    r"\b(?:you (?:have|had|have had|'ve had|are having|were having|said|mentioned|told|feel)|you've|so you|"
    r"your (?:\w+ )?(?:has|have|is|was|started)|since|for (?:the (?:past|last) )?\d+ (?:days?|weeks?|months?)|"
    r"ago|history of|known case|k/c/o|h/o|he has|she has|the child has|baby has)\b", re.I)
CONDITIONAL: Final = re.compile(r"^(?:if|in case|otherwise,? if|agar)\b|"
                                r"^(?:please )?(?:come|return|rush|go|bring \w+)\b[^.?!]{0,40}\b(?:if|in case)\b",
                                re.I)
FIRST_PERSON: Final = rx.compile(r"\b(?:i|i'm|i've|i have|my|me|mujhe|mera|meri|mere)\b", re.I)
RESULT: Final = rx.compile(
    r"\b(?:test|report|rdt|smear|x-?rays?|ecg|ekg|scan|results?|hb|hemoglobin|mri|ct|cat scan|ultrasound|"
    r"echo(?:cardiogram)?|labs?|lab work|blood ?work|a1c|urinalysis|urine|biopsy|culture|lipid panel|"
    r"cholesterol|imaging|films?|stress test|pft|spirometry|sonogram|mammogram|colonoscopy|levels?)\b"
    r"[^.?]{0,60}\b(?:positive|negative|normal|abnormal|shows?|showed|showing|reveal(?:s|ed)?|came back|"
    r"demonstrat\w+|elevated|low|high|unremarkable|no (?:evidence|signs?|fractures?)|appears?|"
    r"came|is|was|were)\b|"
    r"\b(?:i|we)(?: have| had)? (?:reviewed|looked at|went over|got|received) (?:the |your |his |her )?"
    r"(?:results?|x-?rays?|mri|ct|labs?|lab work|blood ?work|imaging|echo\w*|ekg|ultrasound|films?)\b", re.I)

NEGATIVE_FINDING: Final = re.compile(r"no [\w-]+(?: [\w-]+)?\.$", re.I)


class _Once:
    """A test of the sentence made on first asking and kept (functools.cache per sentence cost more than most
    of the tests it saved)."""

    __slots__ = ("_test", "_answer")

    def __init__(self, test: Callable[[], bool]) -> None:
        self._test, self._answer = test, None

    def __call__(self) -> bool:
        if self._answer is None:
            self._answer = self._test()
        return self._answer


@dataclass
class Features:
    """What was found in one sentence. Symptom names are looked up only when a rule asks for them (the
    spaCy matcher is the slow part of drafting, and most sentences are placed without it)."""

    text: str = ""
    find_symptoms: Callable[[str], list[str]] | None = None
    vitals: list[dict[str, Any]] = field(default_factory=list)
    medications: list[dict[str, Any]] = field(default_factory=list)
    tests: list[dict[str, Any]] = field(default_factory=list)
    follow_up: dict[str, Any] | None = None
    _symptoms: list[str] | None = field(default=None, repr=False)

    @property
    def symptoms(self) -> list[str]:
        if self._symptoms is None:
            self._symptoms = self.find_symptoms(self.text) if self.find_symptoms else []
        return self._symptoms


def classify(sentence: Sentence, f: Features) -> tuple[str | None, str]:
    """(section or None when left out, the rule that decided)."""
    text = sentence.text
    # each of these is read at most once per sentence, and only when a rule gets to it (a search is a pass over
    # the whole sentence: 5,000 characters of one take a millisecond or more)
    history_recap = _Once(lambda: HISTORY_RECAP.search(text) is not None)
    impression = _Once(lambda: ASSESSMENT.search(text) is not None)
    if sentence.speaker == PATIENT:
        if (SMALL_TALK.match(text) or PATIENT_CLOSING.match(text)) and not f.symptoms:
            return None, "small talk"
        if sentence.is_question and not f.symptoms:
            return None, "patient's question"
        return "subjective", "patient's account"
    if SMALL_TALK.match(text) and not f.symptoms:
        return None, "small talk"
    if EXAM_INSTRUCTION.search(text) and not (f.vitals or EXAM_FINDING.search(text.split(",")[-1])):
        return None, "exam instruction"
    if sentence.speaker is None and FIRST_PERSON.search(text) and not (f.medications or f.vitals) \
            and (history_recap() or f.symptoms):
        return "subjective", "first-person complaint"
    if f.vitals:
        return "objective", "reading: " + ", ".join(v["kind"] for v in f.vitals)
    conditional = CONDITIONAL.match(text) is not None
    if not conditional and (any(not t["ordered"] for t in f.tests) or RESULT.search(text)):
        return "objective", "result"
    if EXAM_FINDING.search(text) and not conditional:
        return "objective", "exam finding"
    if impression() and not (f.medications or any(t["ordered"] for t in f.tests) or f.follow_up):
        return "assessment", "impression"
    if sentence.speaker == CLINICIAN and NEGATIVE_FINDING.match(text):
        return "objective", "negative finding"
    if conditional and sentence.speaker != PATIENT and (PLAN.search(text) or f.tests or f.medications):
        return "plan", "safety-net advice" if not (f.tests or f.medications) else "conditional order"
    if f.medications:
        return "plan", "medication: " + ", ".join(m["drug"] for m in f.medications)
    if any(t["ordered"] for t in f.tests):
        return "plan", "investigation: " + ", ".join(t["name"] for t in f.tests if t["ordered"])
    if f.follow_up:
        return "plan", f"follow-up in {f.follow_up['days']} days"
    if impression():
        return "assessment", "impression"
    if (history_recap() or sentence.speaker is None) and f.symptoms:
        return "subjective", "history recap" if sentence.speaker == CLINICIAN else "complaint"
    if PLAN.search(text) and not sentence.is_question:
        return "plan", "advice"
    if sentence.speaker is None and history_recap():
        return "subjective", "history"
    return None, "no clinical content recognised"
