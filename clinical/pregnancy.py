"""Drugs to avoid in pregnancy (the pregnancy columns of clinical/drugs.tsv), checked against what is known
of the patient (shared: the box and the hub's doctor console both call it through checks.review).

A user tester found misoprostol and warfarin missing from the table and nothing said when a drug harmful in
pregnancy was prescribed to a pregnant woman. Two cases, as the allergy and dose checks already have:
- a known pregnancy (the visit's triage answer, or the prescriber's): each flagged drug is a conflict that
  needs the prescriber's reason, kept on the prescription (misoprostol for postpartum haemorrhage, valproate
  that must not be stopped, a statin the doctor decides to stop next week);
- a patient who may be pregnant (not male; 12 to 50, or of no recorded age) whose pregnancy is not known:
  a warning to acknowledge for a drug harmful early ("all" or "first"), when a pregnancy may not yet be
  noticed. A drug harmful only in the third trimester (the NSAIDs) is not asked about: by then the
  pregnancy is known.
The box does not know the weeks of a pregnancy, so a trimester-limited drug is a conflict in any known
pregnancy: the reason says the weeks."""
from __future__ import annotations

from typing import Any, Final

from . import formulary
from .messages import Message

# The ages at which a patient whose pregnancy is not known is asked about, in completed years (the triage
# API's wider 10-60 bounds, appliance/triage/const.py, are what it refuses as impossible, not this).
CHILDBEARING_AGES: Final = (12, 50)
# Harm before a pregnancy is noticed: the drugs a patient who may be pregnant is asked about.
EARLY: Final = ("all", "first")
# Where a known pregnancy came from.
SOURCES: Final = ("triage", "prescriber")


def flagged(drug: str) -> list[formulary.Drug]:
    """The generics of a written drug name (a brand, a combination) that the table says to avoid in pregnancy."""
    found = (formulary.drug(g) for g in formulary.resolve(drug).generics)
    return [d for d in found if d is not None and d.pregnancy]


def may_be_pregnant(sex: str | None, age_years: int | None) -> bool:
    """Whether a patient whose pregnancy is not known could be pregnant: not male, and 12-50 or of no
    recorded age (an unknown sex or age rules nothing out)."""
    if sex == "male":
        return False
    return age_years is None or CHILDBEARING_AGES[0] <= age_years <= CHILDBEARING_AGES[1]


def known(triage: bool | None, prescriber: bool | None) -> tuple[bool | None, str | None]:
    """The pregnancy the check goes by, and who said it: a "yes" from either stands (the prescriber's "no"
    does not undo a pregnancy recorded at triage: that needs a reason, kept), else a "no", else not known."""
    for value in (True, False):
        for source, said in (("prescriber", prescriber), ("triage", triage)):
            if said is value:
                return value, source
    return None, None


def _name(drug: str, generic: str) -> str:
    return drug if generic in drug.casefold() else f"{drug} ({generic})"


def conflicts(drugs: list[str], pregnant: bool | None, source: str | None = None) -> list[dict[str, Any]]:
    """For a known pregnancy, each drug the table says to avoid: drug, generic, avoid (all, first, third),
    risk (a code), why (the sentence) and source (triage or prescriber). Each needs the prescriber's reason."""
    if pregnant is not True:
        return []
    said = Message(f"pregnancy_source_{source if source in SOURCES else 'triage'}")
    out = []
    for drug in drugs:
        for d in flagged(drug):
            out.append({"drug": drug, "generic": d.generic, "avoid": d.pregnancy, "risk": d.pregnancy_risk,
                        "source": source, "why": Message(
                            "pregnancy_conflict", drug=_name(drug, d.generic),
                            risk=Message(f"pregnancy_risk_{d.pregnancy_risk}"),
                            when=Message(f"pregnancy_avoid_{d.pregnancy}"), source=said)})
    return out


def warnings(drugs: list[str], pregnant: bool | None, sex: str | None, age_years: int | None) -> list[Message]:
    """For a patient who may be pregnant and of no known pregnancy, each drug harmful early in pregnancy:
    a warning to ask (or test) before prescribing."""
    if pregnant is not None or not may_be_pregnant(sex, age_years):
        return []
    who = Message("pregnancy_who_no_age") if age_years is None else Message("pregnancy_who_age", years=age_years)
    return [Message("pregnancy_unknown", drug=_name(drug, d.generic), who=who,
                    risk=Message(f"pregnancy_risk_{d.pregnancy_risk}"), when=Message(f"pregnancy_avoid_{d.pregnancy}"))
            for drug in drugs for d in flagged(drug) if d.pregnancy in EARLY]
