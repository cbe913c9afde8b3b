"""Minor pictures: a complaint whose worrying word the teller's own words settle, judged whole.

A nosebleed that stopped with pressure, a low fall or a bump on the head in a child who cried at once and plays, a
fever and a sore swelling the day after a vaccine in a baby who feeds, a chest wall strained by lifting in a young
adult who denies breathlessness and sweating, a bee sting that only swelled where it went in, bright red drops of
blood with hard stools for weeks, chickenpox with a mild fever in a child who plays. Each alone reads like a red flag
or an urgent sign (bleeding, a head injury, an infant's fever, chest pain, an allergen, blood in the stool, a fever
with a rash); told with what settles it, it is care at home (or a clinic's in turn).

Each picture is a Condition (conditions.py): it holds only when the complaint is nothing but the picture (its
symptoms and its flags, and reassuring context), in a patient it fits (age, no pregnancy, no blood thinner, no
diabetes where that matters), with every danger the picture names denied or absent. rules_complaints.py gives each a
row of its own level, keeps the rule its worrying word fires from firing beside it, and lets the picture stand in for
"needs review"; anything else told, or a danger sign, and the picture does not hold. A small cut whose bleed is told
small or stopped (small_cut_settled) is one the learned model's guess does not raise (services.reassured_or_settled).
"""

from __future__ import annotations

from typing import Final

from . import vitals as v
from .conditions import BENIGN_FLAGS, VISIT_REASSURANCE, Case, Condition, Evidence, any_of, denied, lasting
from .const import ELDERLY_AGE
from .signs_later import NAMING_FLAGS

# Symptoms and flags each picture may hold besides reassuring context (conditions.BENIGN_FLAGS)
NOSEBLEED_SYMPTOMS: Final = frozenset({"bleeding"})
NOSEBLEED_FLAGS: Final = frozenset({"nosebleed", "bleeding_controlled", "small_bleed"})
KNOCK_SYMPTOMS: Final = frozenset({"fall", "swelling"})
KNOCK_FLAGS: Final = frozenset({"head_injury", "head_bump"})
VACCINE_SYMPTOMS: Final = frozenset({"fever", "swelling", "leg pain"})
CHEST_WALL_SYMPTOMS: Final = frozenset({"chest pain", "back pain", "body ache"})
CHEST_WALL_FLAGS: Final = frozenset({"reproducible_pain", "chest_wall"})
# a rash may be all over (an allergy's); an itch where it swelled is the sting's own (round 23: "swollen a little and
# itchy"), and one told all over or everywhere sets signs_alarming.spread_all_over, which is not in the picture
STING_SYMPTOMS: Final = frozenset({"swelling", "itching"})
STING_FLAGS: Final = frozenset({"insect_sting", "allergen", "bite_on_limb"})
OUTLET_SYMPTOMS: Final = frozenset({"blood in stool", "constipation", "itching"})
OUTLET_FLAGS: Final = frozenset({"small_bleed", "piles"})
CHICKENPOX_SYMPTOMS: Final = frozenset({"rash", "fever", "itching"})
CHICKENPOX_FLAGS: Final = frozenset({"chickenpox", "ks_rash"})  # ("daane", the spots, is also a Kashmiri wording's)

# Ages the pictures fit. A nosebleed under 2 is rare and is seen (injury, a bleeding disorder: NICE CKS epistaxis).
# An infant's head injury is judged by a clinician whatever the fall (NICE NG232: harder to assess, a skull broken by
# a short fall, injury that was no accident): the knock picture starts at 1 year and ends before old age, when
# a bleed inside the head follows small knocks. A chest wall told by a young adult only: from 40, and in a diabetic,
# a heart attack can feel like anything (the cardiac rules judge). Blood in an infant's stool is intussusception or
# an allergy to milk until seen.
NOSEBLEED_MIN_AGE: Final = 2.0
# A nosebleed told heavy ("lot of blood") that pressure stopped within 20 minutes, its time told: first aid worked (NICE
# CKS epistaxis: seen at once when 10-20 minutes of pressure has not stopped it); with nothing else told, the picture
# (round 23). A heavy bleed still going, or with no time told, stays severe_bleeding's.
NOSEBLEED_PRESSED_DAYS: Final = 20 / 1440
KNOCK_AGES: Final = (1.0, ELDERLY_AGE)
CHEST_WALL_AGES: Final = (12.0, 40.0)
STING_MIN_AGE: Final = 1.0
OUTLET_MIN_AGE: Final = 1.0
# Chickenpox is a mild illness of childhood cared for at home (NICE CKS chickenpox, IAP): under 1 year and from
# adolescence it is more often severe, and seen; so is a fever past its fourth day or a high one (a spot infected, a
# pneumonia).
CHICKENPOX_AGES: Final = (1.0, 14.0)
CHICKENPOX_FEVER_DAYS: Final = 4.0
CHICKENPOX_FEVER_C: Final = 39.0
# A nosebleed with the blood pressure raised (140/90, as measured with it) is the pressure's to look at today
RAISED_BP: Final = any_of(v.at_or_above("systolic_bp", v.SBP_PREGNANCY_HIGH),
                          v.at_or_above("diastolic_bp", v.DBP_PREGNANCY_HIGH))
# A fever after a vaccine is its usual reaction for two days (IAP); a longer one, or a high one, is seen.
VACCINE_FEVER_DAYS: Final = 2.0
VACCINE_FEVER_C: Final = 39.0
# Bright red drops of blood with hard stools, told for weeks: a fissure's or piles' (the surgeon's in turn); a bleed
# of days is new, and seen today.
OUTLET_WEEKS_DAYS: Final = 14.0
# ... or with hard stools and no time told, under 50 (NICE NG12: a rectal bleed alone is referred from 50)
OUTLET_UNTIMED_MAX_AGE: Final = 50.0
# The breathing told fine after a sting: no airway sign (WAO anaphylaxis needs a second system)
AIRWAY: Final = frozenset({"shortness of breath", "throat swelling", "difficulty swallowing", "wheezing"})
# The danger signs a chest wall's strain must be told without (cardiac_chest_pain's features)
CHEST_DANGER_DENIED: Final = frozenset({"shortness of breath", "sweating"})


def picture_only(case: Case, symptoms: frozenset[str], flags: frozenset[str], *, severe_ok: bool = False) -> bool:
    """Nothing present but these symptoms (none severe, unless ``severe_ok``), no flag but these, reassuring context
    and a language's own word for a symptom (signs_later.NAMING_FLAGS: Kannada "jwara" a fever, whose symptom is
    judged with the others)."""
    return set(case.present) <= symptoms \
        and not case.flags - BENIGN_FLAGS - VISIT_REASSURANCE - NAMING_FLAGS - flags \
        and (severe_ok or all(m.severity != "severe" for m in case.present.values()))


def age_in(case: Case, ages: tuple[float, float], *, unknown: bool) -> bool:
    """The age is within [low, high); an unknown age counts as ``unknown`` says, never for a baby the text names."""
    if case.age is None:
        return unknown and not case.patient.infant
    return ages[0] <= case.age < ages[1]


def seen_anyway(case: Case) -> bool:
    """A pregnancy or a diabetes: always seen (conditions.self_care_eligible)."""
    return case.patient.pregnancy_related or case.patient.diabetic


def stopped_nosebleed() -> Condition:
    """A nosebleed that stopped with pressure or within minutes, not a long or a heavy one, with nothing else told
    and no raised blood pressure measured, from 2 years (NICE CKS epistaxis: first aid; a child's, from dry heat or
    a finger, then home; an adult's blood pressure and medicines checked in turn: rules_complaints splits them)."""
    def condition(case: Case) -> Evidence | None:
        if not {"nosebleed", "bleeding_controlled"} <= case.flags or "bleeding" not in case.present \
                or not (picture_only(case, NOSEBLEED_SYMPTOMS, NOSEBLEED_FLAGS) or _heavy_but_pressed(case)) \
                or seen_anyway(case) \
                or not age_in(case, (NOSEBLEED_MIN_AGE, 200.0), unknown=True) \
                or lasting("bleeding", 1)(case) is not None or RAISED_BP(case) is not None:
            return None
        return ("nosebleed", "stopped with pressure")
    return condition


def _heavy_but_pressed(case: Case) -> bool:
    """Nothing but a nosebleed told heavy, stopped with pressure within NOSEBLEED_PRESSED_DAYS (its time told)."""
    bleed = case.present["bleeding"]
    return picture_only(case, NOSEBLEED_SYMPTOMS, NOSEBLEED_FLAGS, severe_ok=True) \
        and bleed.duration_days is not None and bleed.duration_days <= NOSEBLEED_PRESSED_DAYS


def minor_knock() -> Condition:
    """A fall or a bump on the head with no danger sign: not unconscious (denied, or cried at once), well after it
    (playing, eating, alert), no fall from a height, no vomiting, fit, drowsiness or blood thinner told (they are not
    in the picture), from 1 year to old age (NICE NG232: no reason to refer; return for vomiting, drowsiness, a fit)."""
    def condition(case: Case) -> Evidence | None:
        head = case.flags & KNOCK_FLAGS
        symptoms = KNOCK_SYMPTOMS if head else frozenset({"fall"})  # the swelling is the bump's, not a limb's
        if not (head or "fall" in case.present) or not picture_only(case, symptoms, KNOCK_FLAGS) \
                or case.patient.pregnancy_related or not age_in(case, KNOCK_AGES, unknown=True):
            return None
        if "loss of consciousness" not in case.denied:
            return None
        well = ("well after it",) if case.flags & VISIT_REASSURANCE else ("alert",) if "lethargy" in case.denied \
            else None
        return ("bump on the head" if head else "fall", "not unconscious", *well) if well else None
    return condition


def vaccine_reaction() -> Condition:
    """A mild fever or a swelling where the injection went, a day or two after a vaccine, in a child past 2 months who
    feeds or plays (IAP: paracetamol, fluids, return if the fever is high or lasts, or the baby feeds poorly); a
    young infant's fever is always seen (young_infant_danger)."""
    def condition(case: Case) -> Evidence | None:
        if "recent_vaccine" not in case.flags or not case.present \
                or not picture_only(case, VACCINE_SYMPTOMS, frozenset({"recent_vaccine"})) or seen_anyway(case):
            return None
        if case.age is None or case.young_infant:
            return None  # the first vaccines are given at 6 weeks: a baby of no age told may be a young infant
        fever = case.present.get("fever")
        if fever is not None and (fever.duration_days is not None and fever.duration_days > VACCINE_FEVER_DAYS
                                  or case.patient.vitals.get("temperature_c", 0) >= VACCINE_FEVER_C):
            return None
        feeds = case.flags & (VISIT_REASSURANCE | {"eating_playing"}) or "unable to drink" in case.denied \
            or "lethargy" in case.denied
        return ("after a vaccine", *sorted(case.present)) if feeds else None
    return condition


def chest_wall_strain() -> Condition:
    """Chest pain that hurts where pressed or on turning, after lifting or a strain, in a person of 12 to 39 who is
    not diabetic and who denies breathlessness and sweating: the chest wall's (muscles, ribs), rest and a painkiller."""
    def condition(case: Case) -> Evidence | None:
        if "chest pain" not in case.present or not case.flags & CHEST_WALL_FLAGS \
                or not case.flags & {"exertion", "chest_wall"} \
                or not picture_only(case, CHEST_WALL_SYMPTOMS, CHEST_WALL_FLAGS) or seen_anyway(case) \
                or not age_in(case, CHEST_WALL_AGES, unknown=False) or not CHEST_DANGER_DENIED <= case.denied:
            return None
        if case.present["chest pain"].sudden:
            return None
        return ("chest wall pain after a strain", *(denied(*CHEST_DANGER_DENIED)(case) or ()))
    return condition


def local_sting() -> Condition:
    """A bee's or a wasp's sting that only swelled (and reddened) where it went in, the breathing told fine and
    nothing else (no face or throat swelling, rash, faintness, vomiting or many stings: not in the picture)."""
    def condition(case: Case) -> Evidence | None:
        if "insect_sting" not in case.flags or not picture_only(case, STING_SYMPTOMS, STING_FLAGS) \
                or case.patient.pregnancy_related or case.age is not None and case.age < STING_MIN_AGE \
                or case.age is None and case.patient.infant:
            return None
        airway = denied(*AIRWAY)(case)
        return ("sting", "local reaction", *airway) if airway else None
    return condition


def outlet_bleeding() -> Condition:
    """A few bright red drops or a streak of blood with hard stools or piles, told for weeks (or of piles known), with
    nothing else (no dizziness, weight loss, loose stools, belly pain, black or heavy blood): a fissure's or piles',
    examined in turn (NICE CKS haemorrhoids, anal fissure); a bleed of days, or in an infant, is seen today."""
    def condition(case: Case) -> Evidence | None:
        blood = case.present.get("blood in stool")
        if blood is None or not case.flags & OUTLET_FLAGS or not picture_only(case, OUTLET_SYMPTOMS, OUTLET_FLAGS) \
                or case.patient.pregnancy_related or case.age is not None and case.age < OUTLET_MIN_AGE \
                or case.age is None and case.patient.infant:
            return None
        if blood.duration_days is not None and blood.duration_days < OUTLET_WEEKS_DAYS or blood.sudden:
            return None  # a new bleed
        weeks = any(lasting(name, OUTLET_WEEKS_DAYS)(case) is not None for name in ("blood in stool", "constipation"))
        # bright red drops on hard stools, no time told, under 50 (NICE NG12 refers a bleed alone from 50): a fissure's
        hard_stools = blood.duration_days is None and "constipation" in case.present and case.age is not None \
            and case.age < OUTLET_UNTIMED_MAX_AGE
        if not weeks and not hard_stools and not OUTLET_FLAGS <= case.flags:
            return None  # known piles and a few drops need no weeks told
        return ("small bright red bleed", "for weeks" if weeks else "with hard stools" if hard_stools else "known piles")
    return condition


def well_chickenpox() -> Condition:
    """Chickenpox named, its spots with an itch or a mild fever, in a child of 1 to 13 told well (playing, feeding,
    not drowsy), with nothing else (breathing trouble, drowsiness, vomiting, spots gone red and painful are not in the
    picture), not in a pregnancy: a clinic's in turn, and fever and itch eased at home (NICE CKS chickenpox)."""
    def condition(case: Case) -> Evidence | None:
        if "chickenpox" not in case.flags or not picture_only(case, CHICKENPOX_SYMPTOMS, CHICKENPOX_FLAGS) \
                or seen_anyway(case) or not age_in(case, CHICKENPOX_AGES, unknown=case.patient.child):
            return None
        fever = case.present.get("fever")
        if fever is not None and (lasting("fever", CHICKENPOX_FEVER_DAYS)(case) is not None
                                  or case.patient.vitals.get("temperature_c", 0) >= CHICKENPOX_FEVER_C):
            return None
        well = case.flags & VISIT_REASSURANCE or "lethargy" in case.denied or "unable to drink" in case.denied
        return ("chickenpox", "well child", *(("mild fever",) if fever is not None else ())) if well else None
    return condition


STOPPED_NOSEBLEED: Final = stopped_nosebleed()
MINOR_KNOCK: Final = minor_knock()
VACCINE_REACTION: Final = vaccine_reaction()
CHEST_WALL_STRAIN: Final = chest_wall_strain()
LOCAL_STING: Final = local_sting()
OUTLET_BLEEDING: Final = outlet_bleeding()
WELL_CHICKENPOX: Final = well_chickenpox()


# A cut whose bleed is told small or stopped, and nothing else ("gash lag gaya, halka khoon", "sliced my thumb,
# stopped on pressing"): the rules judge it (its size, a deep one, a bite, a fall keep their own rules); the learned
# model's guess from the words "gash" or "blood" does not raise it (round 20, after retraining on train17)
SMALL_CUT_SYMPTOMS = frozenset({"cut", "wound", "bleeding"})
SMALL_CUT_FLAGS = frozenset({"bleeding_controlled", "small_bleed", "tetanus_covered"})


def small_cut_settled(case: Case) -> bool:
    """A cut or wound, not told severe, whose bleeding is told mild or stopped, with no other symptom or flag."""
    if not case.present.keys() & {"cut", "wound"} or not case.present.keys() <= SMALL_CUT_SYMPTOMS \
            or not case.flags <= SMALL_CUT_FLAGS or case.age is None or case.age < 1:
        return False
    if any(m.severity == "severe" for m in case.present.values()):
        return False
    bleeding = case.present.get("bleeding")
    return (bleeding is not None and bleeding.severity == "mild") or bool(case.flags & SMALL_CUT_FLAGS)
