"""The prescribing checks' sentences, each with a key and its values, so that a screen in another language
(the hub console's Hindi) says it in its own words with the same drug and numbers. A Message is the English
str everywhere else (the box's API, logs, events); the console looks its key up (sync/hub/console/i18n.py
RX_MESSAGES, a test keeps the two in step)."""
from __future__ import annotations

from typing import Any

TEMPLATES: dict[str, str] = {
    "single_over": "{name}: a single dose of {mg} mg is more than {limit} mg, the most for {who}",
    "daily_over": "{name}: {mg} mg {frequency} is {per_day} mg a day, more than {limit} mg a day, the most for {who}",
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
