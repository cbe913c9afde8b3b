"""The prescribing checks' sentences, each with a key and its values, so that a screen in another language
(the hub console's Hindi) says it in its own words with the same drug and numbers. A Message is the English
str everywhere else (the box's API, logs, events); the console looks its key up (sync/hub/console/i18n.py
RX_MESSAGES, a test keeps the two in step)."""
from __future__ import annotations

from typing import Any

TEMPLATES: dict[str, str] = {
    "single_over": "{name}: a single dose of {mg} mg is more than {limit} mg, the most for {who}",
    "daily_over": "{name}: {mg} mg {frequency} is {per_day} mg a day, more than {limit} mg a day, the most for {who}",
    "weekly_only": "{drug}: {generic} is taken once a WEEK; {frequency} would give it every day, which destroys the "
                   "marrow. Write WEEKLY (with the day), or one STAT dose",
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
