"""The symptom checker's service: a complaint in, a triage decision out (the same JSON everywhere)."""

from __future__ import annotations

import time
from collections.abc import Mapping
from functools import cache
from typing import Any

from .conditions import Case
from .conditions import (BENIGN_FLAGS, SELF_CARE_MIN_AGE, harmless_cause_named, newborn_care_only,
                         numbness_own_cause, reassured)
from .const import CHRONIC_DAYS, LONG_STANDING_DAYS
from .const import (EMERGENCY, ENGINE_VERSION, LEVEL_RANK, MAX_TEXT_CHARS, OBSTETRICS, PEDIATRICS, SELF_CARE,
                    URGENT, VITAL_KEYS, symptom_systems)
from .errors import TriageInputError
from .extract import Findings, extract_findings
from .learned import (SPECIALTY_NAMED_THRESHOLD, SPECIALTY_UNROUTED_THRESHOLD, SYMPTOM_THRESHOLD, Prediction,
                      decide_level, enough_words, get_model, model_inputs)
from .meaning import (MIN_UNEXPLAINED_WORDS, NOT_A_POISONING, PREGNANCY_FLAGS, SWALLOWED_OBJECT_FLAGS,
                      get_index, raised_level)
from .minor import small_cut_settled
from .normalise import get_corrector
from .pipeline import get_nlp
from .rule_roles import (DEFAULT_LEVEL_RULES, DEPARTMENT_NAMING_RULES, EARLIER_DANGER_RULE, LEARNED_RULES,
                         MEANING_RULES, PREGNANCY_FEVER_RULES, REVIEW_LIKE_RULES, SETTLING_RULES,
                         SETTLING_URGENT_RULES, Firing, level_of)
from .rules import fire_rules
from .selfcare_tables import CHILD_SIGHT_AGE
from .child_clinics import CHILD_CLINICS
from .specialties import named_first, rank_specialties
from .signs import SIGNS
from .texts import advice_text, duration_label, level_advice, minor_advice, rule_text, rule_texts, symptom_label


def triage_complaint(text: str, *, age_years: float | None = None, sex: str | None = None,
                     pregnant: bool | None = None, vitals: Mapping[str, float] | None = None) -> dict[str, Any]:
    """Extract symptoms from a complaint, decide urgency and specialties, and explain why.

    Patient data passed in (age, sex, pregnancy, vitals) takes precedence over what the text says.
    """
    findings = extract_findings(validate_complaint(text), age_years=age_years, sex=sex, pregnant=pregnant,
                                vitals=_clean_vitals(vitals))
    return decide(findings)


def triage_vital_signs(vitals: Mapping[str, float], *, age_years: float | None = None, sex: str | None = None,
                       pregnant: bool | None = None) -> dict[str, Any]:
    """The vital signs' own verdict, before any complaint is told: the vital-sign rules alone (no text to read,
    so neither the meaning fallback nor the learned model speaks). SpO2 80 % is an emergency whatever is said."""
    findings = extract_findings("", age_years=age_years, sex=sex, pregnant=pregnant, vitals=_clean_vitals(vitals))
    return decide(findings, meaning=False, learned=False)


def decide(findings: Findings, *, meaning: bool = True, learned: bool = True) -> dict[str, Any]:
    """The triage decision for extracted findings; ``meaning``: let the meaning-level fallback raise the level;
    ``learned``: let the learned model raise it, or grant self-care where no rule but "needs review" fired."""
    case = Case.from_findings(findings)
    firings = fire_rules(case)
    if meaning:
        firings = [*meaning_firings(findings, level_of(firings)), *firings]
    prediction = get_model().predict(*model_inputs(findings)) if learned and model_speaks(findings, firings) \
        else None
    if prediction is not None:
        firings = learned_firings(findings, case, firings, prediction)
    level = level_of(firings)
    ranked, unrouted = rank_specialties(case, firings, level)
    if prediction is not None and not department_named(firings, level):
        ranked = learned_specialty_first(ranked, level, prediction, findings.patient.pregnancy_ruled_out,
                                         child=case.pediatric, unrouted=unrouted,
                                         named=named_first(case, ranked))
    firings = explaining(firings, level)
    return {
        "symptoms": [*({**m.as_dict(), "label": symptom_label(m.name), "duration_label": duration_label(m.duration_key),
                        "learned": False} for m in findings.mentions),
                     *(learned_symptoms(findings, prediction) if prediction is not None else ())],
        "signs": named_signs(findings),
        "level": level,
        "specialties": ranked,
        "red_flags": [f.rule.id for f in firings if f.rule.level == EMERGENCY],
        "reasons": [f.explanation for f in firings],
        "findings": [_finding(f) for f in firings],
        "advice": _advice(firings, level, case),
        # what the checker took of a pregnancy, the caller's answer over the complaint's words ("pet se hoon 7
        # mahina"): the box records a pregnancy the complaint tells when nobody answered the question
        "pregnant": findings.patient.pregnant is True,
        "engine_version": ENGINE_VERSION,
    }


def with_earlier_danger(result: dict[str, Any], earlier: list[Mapping[str, float]], *, age_years: float | None = None,
                        sex: str | None = None, pregnant: bool | None = None) -> dict[str, Any]:
    """The result, never below urgent when a reading earlier in the visit (``earlier``: readings no longer the latest
    of their kind, one dict each) was an emergency on its own (triage_vital_signs): a tester's SpO2 of 82 % followed
    by 97 % had turned an emergency into self-care. The finding quotes the earlier readings."""
    if LEVEL_RANK[result["level"]] >= LEVEL_RANK[URGENT]:
        return result
    quoted = [e for reading in earlier for f in triage_vital_signs(reading, age_years=age_years, sex=sex,
                                                                   pregnant=pregnant)["findings"]
              if f["level"] == EMERGENCY for e in f["evidence"]]
    if not quoted:
        return result
    firing = Firing(EARLIER_DANGER_RULE, tuple(dict.fromkeys(quoted)))
    kept = [(reason, f) for reason, f in zip(result["reasons"], result["findings"])
            if f["code"] not in DEFAULT_LEVEL_RULES]  # "needs review", "minor illness": below the level now
    advice = rule_text(EARLIER_DANGER_RULE.id).advice
    return {**result, "level": URGENT, "findings": [_finding(firing), *(f for _r, f in kept)],
            "reasons": [firing.explanation, *(r for r, _f in kept)],
            "advice": [{"code": advice, "text": advice_text(advice)}]}


def named_signs(findings: Findings) -> list[dict[str, Any]]:
    """What the wording named that no symptom of the vocabulary stands for (a head injury, a stab wound, a lump),
    listed beside the symptoms in the words of the rule of the same name: the card names it whatever the level
    (under an emergency the head injury's own urgent reason is folded away)."""
    return [{"code": flag, "label": rule_text(flag).name} for flag in sorted(findings.all_flags & sign_only_flags())]


@cache
def sign_only_flags() -> frozenset[str]:
    """Clinical signs that name no symptom, that a rule of the same name words (not benign context)."""
    return frozenset(sign.flag or flag for flag, sign in SIGNS.items() if not sign.symptoms and not sign.negated
                     and (sign.flag or flag) not in BENIGN_FLAGS and (sign.flag or flag) in rule_texts())


def explaining(firings: list[Firing], level: str) -> list[Firing]:
    """The firings that explain the level, highest level first (the order they fired in within a level): a rule
    that only names a lower default level ("needs review", "minor illness") contradicts the level and is left out."""
    kept = [f for f in firings
            if not (f.rule.id in DEFAULT_LEVEL_RULES and LEVEL_RANK[f.rule.level] < LEVEL_RANK[level])]
    return sorted(kept, key=lambda f: -LEVEL_RANK[f.rule.level])


def _finding(firing: Firing) -> dict[str, Any]:
    """A fired rule by its stable code, with its words in English and Hindi (the kiosk shows its language's)."""
    text = rule_text(firing.rule.id)
    return {"code": firing.rule.id, "level": firing.rule.level, "red_flag": firing.rule.level == EMERGENCY,
            "name": text.name, "reason": {"en": firing.rule.reason, "hi": text.reason_hi},
            "evidence": list(firing.evidence)}


def _advice(firings: list[Firing], level: str, case: Case) -> list[dict[str, Any]]:
    """What to do: the advice of the rules at the decided level (for self-care, by minor complaint)."""
    if level == SELF_CARE:
        # a minor picture's own advice (what to watch for after a bump on the head) before the symptoms'
        own = [rule_text(f.rule.id).advice for f in firings
               if f.rule.level == SELF_CARE and f.rule.id not in DEFAULT_LEVEL_RULES]
        keys = [*own, *minor_advice(list(case.present), case.flags, newborn=newborn_care_only(case))]
    else:
        keys = [rule_text(f.rule.id).advice for f in firings if f.rule.level == level] or [level_advice(level)]
    if level == EMERGENCY:
        # the rules' first aid (press on the bleeding, cool the burn, ORS) never stands alone on an emergency card:
        # the bed and the doctor come first, then what to do on the way
        keys = [level_advice(EMERGENCY), *keys]
    return [{"code": key, "text": advice_text(key)} for key in dict.fromkeys(keys)]


def meaning_firings(findings: Findings, level: str) -> list[Firing]:
    """The fallback's finding, when the rules left words unexplained and it would raise the level."""
    if len(findings.unexplained) < MIN_UNEXPLAINED_WORDS or level == EMERGENCY:
        return []
    match = get_index().match(findings.fallback_text, excluded_flags(findings))
    raised = raised_level(match)
    if match is None or raised is None or LEVEL_RANK[raised] <= LEVEL_RANK[level]:
        return []
    rule = MEANING_RULES[raised]
    return [Firing(rule, (f"{match.flag}: close to \"{match.prototype}\" (margin {match.margin:.2f})",))]


def excluded_flags(findings: Findings) -> frozenset[str]:
    """Red-flag classes the patient cannot have: a pregnancy's, when pregnancy is ruled out; a poisoning's, when what
    was swallowed is an object the rules named (and judge)."""
    excluded = PREGNANCY_FLAGS if findings.patient.pregnancy_ruled_out else frozenset()
    if findings.all_flags & SWALLOWED_OBJECT_FLAGS and "overdose" not in findings.all_flags \
            and "poisoning" not in findings.present:
        excluded |= NOT_A_POISONING
    return excluded


def department_named(firings: list[Firing], level: str) -> bool:
    """A rule at the decided level named the visit and its department (DEPARTMENT_NAMING_RULES: a weak stream is the
    urologist's, a couple's wait for a child the gynaecologist's), or a fever in a pregnancy or after a birth
    (PREGNANCY_FEVER_RULES: the obstetrician looks for the womb's, the breast's or the urine's infection; a breast
    hot and lumpy in the first weeks is the puerperium's mastitis, not the surgeon's lump): the learned model's
    guess does not go before it."""
    return any(f.rule.level == level and (f.rule.id in DEPARTMENT_NAMING_RULES or f.rule.id in PREGNANCY_FEVER_RULES)
               for f in firings)


def model_speaks(findings: Findings, firings: list[Firing]) -> bool:
    """The learned model judges a complaint of three content words or more of which the rules understood
    something (on gibberish its probabilities mean nothing; "not understood" is urgent by rule)."""
    return enough_words(findings.meaning_text) and not any(f.rule.id == "not_understood" for f in firings)


def review_only(case: Case, firings: list[Firing]) -> bool:
    """No rule but "needs review" fired (no red flag, danger word, abnormal vital, routine work-up), and the
    patient is in no group that is always seen (young infants, pregnancy, diabetes, a child who is not eating), nor
    came for a check-up or a refill (a clinician's)."""
    if any(f.rule.id not in REVIEW_LIKE_RULES for f in firings) or "visit_purpose" in case.flags:
        return False
    patient = case.patient
    too_young = case.age < SELF_CARE_MIN_AGE if case.age is not None else patient.infant
    not_eating_child = case.pediatric and "loss of appetite" in case.present  # a sore mouth today, less drink tomorrow
    # a child's sight not clear (the board blurred) is an eye test, never home care (RBSK vision screening: round 21)
    child_sight = case.age is not None and case.age < CHILD_SIGHT_AGE and "blurred vision" in case.present
    # someone who has stopped eating and drinking, just lies there or cannot get up (signs_elder.py) is seen at any
    # age, never sent home on the model's word (round 22: "kal se khana pani chhod di, bas leti rehti" at 50)
    declined = "elder_decline" in case.flags
    return (not too_young and not not_eating_child and not child_sight and not declined
            and not patient.pregnancy_related and not patient.diabetic and not long_standing(case))


def chronic(case: Case) -> bool:
    """Every symptom present has lasted CHRONIC_DAYS or more (none is new: "migraine for years, but this time
    vomiting for 12 hours" is not), outside pregnancy (whose months are not a symptom's)."""
    return bool(case.present) and not case.patient.pregnancy_related and all(
        m.duration_days is not None and m.duration_days >= CHRONIC_DAYS for m in case.present.values())


def long_standing(case: Case) -> bool:
    """A symptom that has lasted LONG_STANDING_DAYS or more: a clinician's work-up (routine), not self-care."""
    return any(m.duration_days is not None and m.duration_days >= LONG_STANDING_DAYS for m in case.present.values())


def reassured_or_settled(case: Case, firings: list[Firing]) -> bool:
    """The complaint says the patient is well or what the visit is for, has lasted for weeks (a chronic complaint
    with no red flag is a routine work-up), tells only of a well newborn's ways, or a rule judged its worrying word
    harmless, or a numbness has its own harmless cause (an arm slept on): the learned model then does not raise a
    routine or self-care level."""
    return reassured(case) or chronic(case) or newborn_care_only(case) or numbness_own_cause(case) \
        or harmless_cause_named(case) or small_cut_settled(case) \
        or any(f.rule.id in SETTLING_RULES for f in firings)


def settled_urgent(firings: list[Firing]) -> bool:
    """An urgent rule named what the worrying picture is (haloes, a painful eye and a headache: acute glaucoma): the
    learned model does not raise it to an emergency."""
    return any(f.rule.id in SETTLING_URGENT_RULES for f in firings)


def learned_firings(findings: Findings, case: Case, firings: list[Firing], prediction: Prediction) -> list[Firing]:
    """The rules' firings with what the learned model adds: a higher level with the red flag the complaint reads
    like, or self-care in place of "needs review"."""
    model = get_model()
    decision = decide_level(level_of(firings), review_only(case, firings), prediction, model.thresholds,
                            findings.patient.pregnancy_ruled_out,
                            reassured=reassured_or_settled(case, firings),
                            settled_urgent=settled_urgent(firings))
    if decision.raise_to is not None:
        if decision.raise_to == EMERGENCY:
            evidence = (f"the complaint reads like {nearest_red_flag(findings)} (p {prediction.emergency:.2f})",)
        else:
            evidence = (f"urgent or emergency in complaints worded like this (p {prediction.urgent_or_worse:.2f})",)
        return [Firing(LEARNED_RULES[decision.raise_to], evidence), *firings]
    if decision.self_care:
        return [Firing(LEARNED_RULES[SELF_CARE], (f"p {prediction.self_care:.2f}",))]
    return firings


def nearest_red_flag(findings: Findings) -> str:
    """The red flag whose prototype phrasing the complaint is closest to (data/red_flag_prototypes.tsv)."""
    match = get_index().match(findings.meaning_text, excluded_flags(findings))
    return f"{match.flag} (\"{match.prototype}\")" if match is not None else "a red flag"


def learned_symptoms(findings: Findings, prediction: Prediction) -> list[dict[str, Any]]:
    """Symptoms the wording names that the lexicon did not find: the learned model's, likeliest first, marked
    ``learned`` (no words of the complaint to point at). Listed only: no rule reads them, so they never move the
    level. None the lexicon found (present or denied), and no gynaecological one for a man."""
    threshold = get_model().thresholds.get("symptom", SYMPTOM_THRESHOLD)
    found = {m.name for m in findings.mentions}
    male = findings.patient.sex == "male"
    return [{"name": name, "negated": False, "text": "", "start": 0, "end": 0, "duration": None, "severity": None,
             "label": symptom_label(name), "duration_label": None, "learned": True, "past": False}
            for name in prediction.likely_symptoms(threshold)
            if name not in found and not (male and symptom_systems().get(name) == "obgyn")]


def learned_specialty_first(ranked: list[str], level: str, prediction: Prediction,
                            pregnancy_ruled_out: bool = False, child: bool = False,
                            unrouted: bool = False, named: bool = False) -> list[str]:
    """The learned specialty first when the model is sure of it (an emergency stays the emergency room's). Not
    obstetrics for a patient who cannot be pregnant: the model learned that department mostly from pregnancies
    (headache with blurred vision in a man is not eclampsia); the rules still send a gynaecological complaint there.
    Not before the pediatrician for a child (``child``): the model learned the organ clinics from adults, and held
    out on writers it had not seen it moved a child's rash, cough or ear to them wrongly twice as often as rightly;
    nor back to the pediatrician from the specialist the rules chose for a child's complaint of one organ
    (child_clinics: a schoolchild's skin, eye or teeth, a bead in the ear, a broken wrist), which it learned from
    older writers who sent all children there.
    Where nothing the rules read routed the complaint (``unrouted``: general medicine only by default), a less sure
    guess leads (SPECIALTY_UNROUTED_THRESHOLD); where the complaint's own words named the department (``named``: a
    condition, an organ, a refill), only a surer one (SPECIALTY_NAMED_THRESHOLD)."""
    top = prediction.top_specialty()
    thresholds = get_model().thresholds
    threshold = thresholds.get("specialty_unrouted", SPECIALTY_UNROUTED_THRESHOLD) if unrouted \
        else thresholds.get("specialty_named", SPECIALTY_NAMED_THRESHOLD) if named else thresholds.get("specialty")
    if level == EMERGENCY or top is None or threshold is None or top[1] < threshold or top[0] == EMERGENCY:
        return ranked
    if child and ranked and ranked[0] in (PEDIATRICS, *CHILD_CLINICS):
        return ranked
    if pregnancy_ruled_out and top[0] == OBSTETRICS:
        return ranked
    return [top[0], *(s for s in ranked if s != top[0])]


def load() -> float:
    """Build everything the checker uses (pipeline, spelling corrector, meaning index) and triage one complaint,
    so that a worker's first patient does not wait for it; returns the seconds it took."""
    started = time.perf_counter()
    get_nlp()
    get_corrector()
    get_index()
    get_model()
    triage_complaint("seene mein dard, cnt breathe, my father has fever and cough since 2 days")
    return time.perf_counter() - started


def present_symptom_names(text: str) -> list[str]:
    """Canonical names of the symptoms present (not negated) in the text, for the legacy route: the lexicon's and
    the learned model's, as the triage lists them."""
    return [s["name"] for s in decide(extract_findings(validate_complaint(text)))["symptoms"] if not s["negated"]]


def validate_complaint(text: str) -> str:
    """The text, if it can be triaged; else TriageInputError."""
    if not isinstance(text, str):
        raise TriageInputError("complaint must be text", length=0)
    if not text.strip():
        raise TriageInputError("complaint is empty", length=len(text))
    if len(text) > MAX_TEXT_CHARS:
        raise TriageInputError(f"complaint is longer than {MAX_TEXT_CHARS} characters", length=len(text))
    return text


def _clean_vitals(vitals: Mapping[str, float] | None) -> dict[str, float] | None:
    if not vitals:
        return None
    unknown = set(vitals) - set(VITAL_KEYS)
    if unknown:
        raise TriageInputError(f"unknown vital sign(s): {', '.join(sorted(unknown))}", length=0)
    try:
        return {key: float(value) for key, value in vitals.items() if value is not None}
    except (TypeError, ValueError) as err:
        raise TriageInputError("vital signs must be numbers", length=0) from err
