"""The prescribing checks' sentences, each with a key and its values, so that a screen in another language
says it in its own words with the same drug and numbers. A Message is the English str everywhere else (logs,
events, the box's API's sentences); the box's API sends its key and values beside it (`as_data`), and the hub
console (`in_language`) and the box kiosk (kiosk/static/i18n/*.json rx.msg.<key>, written from here by
`python -m kiosk.rx_messages`, a test keeps them in step) word it from the templates below, English and Hindi,
kept here and nowhere else."""
from __future__ import annotations

from typing import Any

TEMPLATES: dict[str, str] = {
    "single_over": "{name}: a single dose of {mg} mg is more than {limit} mg, the most for {who}",
    "daily_over": "{name}: {mg} mg {frequency} is {per_day} mg a day, more than {limit} mg a day, the most for {who}",
    "weekly_only": "{drug}: {generic} is taken once a WEEK; {frequency} would give it every day, which destroys the "
                   "marrow. Write WEEKLY (with the day), or one STAT dose",
    "total_daily_over": ("{generic}: {lines} together give {per_day} mg a day, more than {limit} mg a day, the most "
                         "for {who}"),
    "who_adult": "an adult",
    "who_child": "a child of {kg} kg",
    "who_child_estimated": "a child of an estimated {kg} kg",
    "estimated_weight": "no weight recorded: checked against an estimated {kg} kg for {years} years — weigh the child",
    "estimated_weight_months": ("no weight recorded: checked against an estimated {kg} kg for {months} months — "
                                "weigh the child"),
    "with_note": "{problem} ({note})",
    "drug_note": "{drug}: {note}",
    "strength_required": ("{drug}: the strength of one {unit} is not in the name, so the dose cannot be checked: "
                          "write it with the strength, e.g. \"{example}\""),
    "strength_unit_required": ("{drug}: the unit of the strength is not in the name ({number} mcg or mg?), so the "
                               "dose cannot be checked: write it with its unit, e.g. \"{example}\""),
    "strength_required_ml": ("{drug}: the strength of the liquid (mg in 5 ml) is not in the name, so the dose "
                             "cannot be checked: write it with the strength, e.g. \"{example}\""),
    "no_age_no_weight": ("{drug}: no age and no weight recorded, so only the adult limits were checked — "
                         "if this is a child, record the age or weight first"),
    "duplicate_lines": "{first} and {second} are both {generic}: the same drug twice in one prescription",
    "already_taking": "{drug}: the patient is already on {current} ({generic}, prescribed {when})",
    "allergy_conflict": "{drug} vs allergy to {allergy} ({why})",
    # why a drug matches an allergy (clinical/allergies.py)
    "allergy_same": "same substance",
    "allergy_like": "'{drug_word}' is like '{allergy_word}'",
    "allergy_class": "both are {drug_class}s",
    "allergy_class_seen": "both are {drug_class}s ({seen})",
    "allergy_contains": "{drug} contains {generic}",
    "allergy_contains_seen": "{drug} contains {generic} ({seen})",
    "cross_cephalosporin": "{drug} is a cephalosporin: cross-reactivity with a penicillin allergy",
    "cross_carbapenem": "{drug} is a carbapenem: cross-reactivity with a penicillin allergy",
    "cross_nsaid": ("{drug} is an NSAID: cross-reactivity with an allergy to {allergy} (an NSAID): asthma, urticaria or "
                    "angioedema after aspirin or an NSAID recurs with other NSAIDs"),
    "dose_missing": "dose: write the dose as a number, e.g. 500 or 2.5",
    "dose_not_plain": ("dose '{text}': write it as a plain number with digits and at most one decimal point, "
                       "e.g. 500 or 2.5 (not 1e3, not words)"),
    "combination_unchecked": "{drug}: no per-drug dose limit for a combination — check the dose by hand",
    "no_route_limit": "{drug}: no dose limit in the table for the {route} route — check the dose by hand",
    "not_in_mg": "{drug}: a dose in {unit} cannot be turned into mg, so the mg limit was not checked",
    "single_only": "{drug}: {frequency} has no fixed count a day, so only the single dose was checked",
    "unknown_drug": "unknown drug '{drug}': not in the drug table — check allergies and dose by hand",
    # pregnancy (clinical/pregnancy.py): a drug the table says to avoid, for a known or a possible pregnancy
    "pregnancy_conflict": "{drug} in pregnancy: {risk} ({when}; {source})",
    "pregnancy_unknown": ("{drug}: {risk} ({when}) — {who}, pregnancy not known: ask about it (or test) before "
                          "prescribing"),
    "pregnancy_who_age": "the patient is {years}",
    "pregnancy_who_no_age": "the patient's age is not recorded",
    "pregnancy_source_triage": "the pregnancy was recorded at triage",
    "pregnancy_source_prescriber": "the prescriber said the patient is pregnant",
    "pregnancy_avoid_all": "avoid throughout pregnancy",
    "pregnancy_avoid_first": "avoid in the first trimester",
    "pregnancy_avoid_third": "avoid in the third trimester",
    # the harm, by the code in drugs.tsv's pregnancy_risk column
    "pregnancy_risk_miscarriage": "makes the womb contract: miscarriage or early labour",
    "pregnancy_risk_coumarin": "birth defects in weeks 6 to 12, and bleeding in the baby later",
    "pregnancy_risk_malformations": "birth defects",
    "pregnancy_risk_neural_tube": "spina bifida and other birth defects, and harm to the child's development",
    "pregnancy_risk_fetal_kidney": "harms the baby's kidneys and skull and leaves too little fluid round it",
    "pregnancy_risk_teeth_bones": "stains the baby's teeth and slows the growth of its bones",
    "pregnancy_risk_ductus": ("closes a blood vessel of the baby's heart too early (ductus arteriosus) and leaves "
                              "too little fluid round it"),
    "pregnancy_risk_haemolysis": "may destroy the red blood cells of a baby with G6PD deficiency",
    "pregnancy_risk_cholesterol": "the baby needs cholesterol to develop: birth defects have been reported",
}


# The same sentences in Hindi, key for key, with the same {fields} (a test checks both).
HINDI: dict[str, str] = {
    "single_over": "{name}: एक बार की खुराक {mg} mg है, जो {who} के लिए अधिकतम {limit} mg से अधिक है",
    "daily_over": ("{name}: {mg} mg {frequency} यानी दिन में {per_day} mg, जो {who} के लिए अधिकतम {limit} mg "
                   "प्रतिदिन से अधिक है"),
    "weekly_only": ("{drug}: {generic} हफ़्ते में एक बार ली जाती है; {frequency} से यह रोज़ दी जाएगी, जिससे "
                    "अस्थि-मज्जा नष्ट हो जाती है। WEEKLY (दिन के साथ) लिखें, या एक STAT खुराक"),
    "total_daily_over": ("{generic}: {lines} मिलाकर दिन में {per_day} mg, जो {who} के लिए अधिकतम {limit} mg "
                         "प्रतिदिन से अधिक है"),
    "who_adult": "वयस्क",
    "who_child": "{kg} kg के बच्चे",
    "who_child_estimated": "अनुमानित {kg} kg के बच्चे",
    "estimated_weight": "वज़न दर्ज नहीं: {years} वर्ष की आयु से अनुमानित {kg} kg से जाँचा गया — बच्चे का वज़न लें",
    "estimated_weight_months": ("वज़न दर्ज नहीं: {months} महीने की आयु से अनुमानित {kg} kg से जाँचा गया — बच्चे का "
                                "वज़न लें"),
    "with_note": "{problem} ({note})",
    "drug_note": "{drug}: {note}",
    "strength_required": ("{drug}: एक {unit} की ताक़त (strength) नाम में नहीं है, इसलिए खुराक जाँची नहीं जा सकती: "
                          "ताक़त के साथ लिखें, जैसे \"{example}\""),
    "strength_unit_required": ("{drug}: नाम में ताक़त की इकाई नहीं है ({number} mcg या mg?), इसलिए खुराक जाँची "
                               "नहीं जा सकती: इकाई के साथ लिखें, जैसे \"{example}\""),
    "strength_required_ml": ("{drug}: घोल की ताक़त (5 ml में कितने mg) नाम में नहीं है, इसलिए खुराक जाँची नहीं जा "
                             "सकती: ताक़त के साथ लिखें, जैसे \"{example}\""),
    "no_age_no_weight": ("{drug}: न आयु दर्ज है न वज़न, इसलिए केवल वयस्क की सीमा से जाँचा गया — यदि यह बच्चा है, "
                         "तो पहले आयु या वज़न दर्ज करें"),
    "duplicate_lines": "{first} और {second} दोनों {generic} हैं: एक ही पर्चे में एक ही दवा दो बार",
    "already_taking": "{drug}: मरीज़ पहले से {current} ले रहा है ({generic}, {when} को लिखी गई)",
    "allergy_conflict": "{drug} बनाम {allergy} से एलर्जी ({why})",
    "allergy_same": "वही दवा",
    "allergy_like": "'{drug_word}' और '{allergy_word}' एक जैसे हैं",
    "allergy_class": "दोनों {drug_class} वर्ग की दवाएँ हैं",
    "allergy_class_seen": "दोनों {drug_class} वर्ग की दवाएँ हैं ({seen})",
    "allergy_contains": "{drug} में {generic} है",
    "allergy_contains_seen": "{drug} में {generic} है ({seen})",
    "cross_cephalosporin": "{drug} एक सेफ़ालोस्पोरिन है: पेनिसिलिन की एलर्जी में इससे भी प्रतिक्रिया हो सकती है",
    "cross_carbapenem": "{drug} एक कार्बापेनेम है: पेनिसिलिन की एलर्जी में इससे भी प्रतिक्रिया हो सकती है",
    "cross_nsaid": ("{drug} एक NSAID है: {allergy} (एक NSAID) से एलर्जी में इससे भी प्रतिक्रिया हो सकती है: एस्पिरिन या "
                    "किसी NSAID के बाद का दमा, पित्ती या सूजन दूसरी NSAID से फिर होता है"),
    "dose_missing": "खुराक: खुराक संख्या में लिखें, जैसे 500 या 2.5",
    "dose_not_plain": ("खुराक '{text}': सादी संख्या में लिखें — केवल अंक और अधिकतम एक दशमलव बिंदु, जैसे 500 या 2.5 "
                       "(1e3 या शब्द नहीं)"),
    "combination_unchecked": "{drug}: मिश्रित दवा की कोई दवा-वार खुराक सीमा नहीं — खुराक स्वयं जाँचें",
    "no_route_limit": "{drug}: तालिका में {route} मार्ग के लिए खुराक सीमा नहीं — खुराक स्वयं जाँचें",
    "not_in_mg": "{drug}: {unit} में खुराक को mg में नहीं बदला जा सकता, इसलिए mg सीमा नहीं जाँची गई",
    "single_only": "{drug}: {frequency} की दिन में कोई तय संख्या नहीं, इसलिए केवल एक बार की खुराक जाँची गई",
    "unknown_drug": "अज्ञात दवा '{drug}': दवा तालिका में नहीं — एलर्जी और खुराक स्वयं जाँचें",
    "pregnancy_conflict": "{drug} गर्भावस्था में: {risk} ({when}; {source})",
    "pregnancy_unknown": ("{drug}: {risk} ({when}) — {who}, गर्भावस्था का पता नहीं: पर्चा लिखने से पहले पूछें (या "
                          "जाँच करें)"),
    "pregnancy_who_age": "मरीज़ की उम्र {years} वर्ष है",
    "pregnancy_who_no_age": "मरीज़ की उम्र दर्ज नहीं है",
    "pregnancy_source_triage": "गर्भावस्था ट्राइएज में दर्ज है",
    "pregnancy_source_prescriber": "पर्चा लिखने वाले ने बताया कि मरीज़ गर्भवती है",
    "pregnancy_avoid_all": "पूरी गर्भावस्था में न दें",
    "pregnancy_avoid_first": "पहली तिमाही में न दें",
    "pregnancy_avoid_third": "तीसरी तिमाही में न दें",
    "pregnancy_risk_miscarriage": "गर्भाशय को सिकोड़ती है: गर्भपात या समय से पहले प्रसव",
    "pregnancy_risk_coumarin": "6 से 12 हफ़्ते में जन्म दोष, और बाद में शिशु में रक्तस्राव",
    "pregnancy_risk_malformations": "जन्म दोष",
    "pregnancy_risk_neural_tube": "स्पाइना बिफ़िडा व अन्य जन्म दोष, और बच्चे के विकास को हानि",
    "pregnancy_risk_fetal_kidney": "शिशु के गुर्दों और खोपड़ी को हानि, और उसके चारों ओर पानी (द्रव) कम",
    "pregnancy_risk_teeth_bones": "शिशु के दाँतों पर दाग और उसकी हड्डियों की बढ़त धीमी",
    "pregnancy_risk_ductus": ("शिशु के दिल की एक रक्त नली (डक्टस आर्टेरियोसस) समय से पहले बंद, और उसके चारों ओर "
                              "पानी कम"),
    "pregnancy_risk_haemolysis": "G6PD की कमी वाले शिशु की लाल रक्त कोशिकाएँ नष्ट कर सकती है",
    "pregnancy_risk_cholesterol": "शिशु के विकास के लिए कोलेस्ट्रॉल ज़रूरी है: जन्म दोष बताए गए हैं",
}
_BY_LANGUAGE: dict[str, dict[str, str]] = {"en": TEMPLATES, "hi": HINDI}
# The refusals that say a dose is more than the drug's limit (the others say how it is written: how often, the
# strength, the unit); a screen titles a refusal "dose too high" only when every sentence of it is one of these.
TOO_HIGH = frozenset({"single_over", "daily_over", "total_daily_over"})


class Message(str):
    """An English sentence that remembers its key and values."""

    key: str
    values: dict[str, Any]

    def __new__(cls, key: str, **values: Any) -> "Message":
        text = TEMPLATES[key].format(**values)
        made = super().__new__(cls, text)
        made.key, made.values = key, values
        return made

    def __reduce__(self):  # copies and pickles keep the key (str's own would drop it)
        return (_remake, (self.key, self.values))


def _remake(key: str, values: dict[str, Any]) -> Message:
    return Message(key, **values)


def num(value: float) -> str:
    """A number as the messages write it: 14, 7.5, 1000 (no exponent, no trailing zeros)."""
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return text or "0"


def templates(lang: str) -> dict[str, str]:
    """Every sentence's template in the language, by key (empty for a language not kept here)."""
    return dict(_BY_LANGUAGE.get(lang, {}))


def in_language(message: object, lang: str) -> str:
    """A check's sentence in the language (en, hi): a Message by its key, its values (some Messages themselves)
    put in; anything else, or a language not kept here, as it is (English)."""
    words = _BY_LANGUAGE.get(lang, TEMPLATES)
    if not isinstance(message, Message) or message.key not in words:
        return str(message)
    return words[message.key].format(**{k: in_language(v, lang) if isinstance(v, Message) else v
                                        for k, v in message.values.items()})


def as_data(message: object) -> dict[str, Any] | None:
    """A Message as JSON for a screen that words it itself: {"key", "values"}, a value that is a Message nested
    the same way; None for a sentence with no key (the screen shows its English)."""
    if not isinstance(message, Message):
        return None
    return {"key": message.key,
            "values": {k: as_data(v) if isinstance(v, Message) else v for k, v in message.values.items()}}


DOSE_TITLES: dict[bool, str] = {True: "Dose beyond the drug's limit",
                                 False: "Not prescribed: check the dose and how often"}


def dose_refusal(problems: list) -> tuple[bool, str, str]:
    """A dose refusal's (too_high, title, detail), the box's and the hub's: "dose beyond the drug's limit" only when
    every refusal says the dose is more than the limit, else how the dose is written (methotrexate daily, a strength
    missing)."""
    high = all(map(too_high, problems))
    lead = "dose beyond the drug's limit: " if high else "dose not prescribed as written: "
    return high, DOSE_TITLES[high], lead + "; ".join(problems)


def too_high(message: object) -> bool:
    """Whether a dose refusal says the dose is more than the limit (a note added to it counts as its problem)."""
    if isinstance(message, Message) and message.key == "with_note":
        return too_high(message.values["problem"])
    return isinstance(message, Message) and message.key in TOO_HIGH
