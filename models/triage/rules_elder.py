"""The rule that reads an older person's sudden decline (signs_elder.py): someone 65 or over who since hours or days
has stopped eating and drinking, just lies there, cannot get up or is off the legs. In old age a sepsis, a
dehydration, a delirium or a stroke may show as nothing else (NICE CG103 delirium: a sudden change in what a person
does is delirium until shown otherwise; British Geriatrics Society, the acutely unwell older person "off legs"): seen
the same day. Danger signs told with it (confusion, drowsiness, no urine, a cold body) are the emergency rules'.

A frailty of months (told as months or years, or as coming on slowly) is a review's, not this rule's. rules.RULES holds
the row after the everyday complaints'; its Hindi texts are in data/rule_texts.tsv."""

from __future__ import annotations

from typing import Final

from .conditions import Case, Condition, all_of, elderly
from .const import GENERAL_MEDICINE, URGENT
from .rule_roles import Rule

# A decline told as lasting this long or longer is a frailty's, seen at a review (not a sudden decline's)
CHRONIC_DECLINE_DAYS: Final = 14.0
# a complaint beside it told as lasting months (a poor appetite of months, a weakness of a year): the decline is that
# frailty's unless the decline itself is told as recent
CHRONIC_COMPANY_DAYS: Final = 30.0


def recent_decline() -> Condition:
    """A wording of the elder's decline, told recent or told without a time beside nothing of months."""
    def condition(case: Case) -> tuple[str, ...] | None:
        if "elder_decline" not in case.flags:
            return None
        told = case.flag_durations.get("elder_decline")
        if told is not None:
            return (f"decline {told[1]}",) if told[0] < CHRONIC_DECLINE_DAYS else None
        slow = "slow_course" in case.flags or any(
            m.duration_days is not None and m.duration_days >= CHRONIC_COMPANY_DAYS for m in case.present.values())
        return None if slow else ("elder decline",)
    return condition


ELDER_RULES: Final[tuple[Rule, ...]] = (
    Rule("elder_acute_decline", URGENT, "An older person who suddenly stopped eating and drinking, cannot get up or "
         "just lies in bed (sepsis, dehydration, delirium or stroke may show only so: see today)", (GENERAL_MEDICINE,),
         all_of(elderly(), recent_decline())),
)
