"""The specialist a child is taken to before the pediatrician (specialties.routed_specialties puts these first).

A rural clinic's pediatrician sees the whole child: a sick infant, a fever, an illness of the whole body, a child
who is slow to grow, walk or talk. A child whose trouble is one organ's and needs that specialist's hands or
instruments goes to the specialist first, as an adult would: a bead in the nose, an eye that turns, a testis not
in the bag, a broken wrist, an ear that has run for weeks. Writers since round 11 send these children there.
"""

from __future__ import annotations

import re
from typing import Final

from .conditions import Case
from .const import DEPARTMENT_WORDS, SELF_CARE, SYSTEM_SPECIALTY, symptom_specialty, symptom_systems
from .rule_roles import Firing

EYE: Final = "eye"  # the body system of the eye (symptoms.tsv)
ENT: Final = SYSTEM_SPECIALTY["ent"]
OPHTHALMOLOGY: Final = SYSTEM_SPECIALTY[EYE]
ORTHOPEDICS: Final = "orthopedics"
SURGERY: Final = "general surgery"
FEVER: Final = "fever"
NEUROLOGY: Final = "neurology"

# A schoolchild of this age or more with a condition wholly of the skin, the eye or the teeth that a doctor must
# treat (scabies caught in a hostel, a ringworm patch, white patches on the cheeks, an eye hit by a ball, the board
# blurred, a decayed tooth) is taken to that organ's specialist, as an adult is; a minor one of the eye or the teeth
# cared for at home stays with the child's own doctor (round 22: not the skin's), as do a younger child's complaints
# and an older child's with fever or anything of the whole body. Writers since round 11 send nine- to
# twelve-year-olds' scabies, patches and eyes there. Teeth and eyes from school age (round 20): milk teeth gone
# black with sweets are filled by the dentist, a child who cannot read the board is refracted by the eye clinic,
# from five as at ten (the writers sent them so);
# a young child's skin stays with the pediatrician (eczema, a rash of a virus, scabies of the whole family).
ORGAN_CLINIC_AGE: Final = 9
ORGAN_CLINIC_AGES: Final = {"skin": ORGAN_CLINIC_AGE, EYE: 5, "dental": 5}
ORGAN_CLINIC_SYSTEMS: Final = frozenset(ORGAN_CLINIC_AGES)
ORGAN_CLINICS: Final = frozenset(SYSTEM_SPECIALTY[system] for system in ORGAN_CLINIC_SYSTEMS)
# Round 22: a schoolchild's skin that home care settles (mosquito bites all over the legs, lice caught at school, a red
# ant's bite, prickly heat on the back) is the skin clinic's at nine as at twelve, as an adult's is: writers since
# round 9 send them there (19 of 31 such vignettes, and every round since the eleventh), the older files' writers
# kept them with the pediatrician. A younger child's stays the pediatrician's; so does a schoolchild's eye or tooth
# that home care settles.
SELF_CARE_ORGAN_SYSTEMS: Final = frozenset({"skin"})
# A headache that comes with eyes that strain to read (the board blurred, a book held close) is the eye's: glasses
# cure it. With vomiting or a fever it is not the eye's (the rules judge those).
EYE_STRAIN: Final = frozenset({"headache"})

# The procedures' clinics, whatever the child's age (round 20): an eye that turns is the eye clinic's (a lazy eye is
# saved by glasses and patching in the first years); a testis not in the bag, a foreskin that balloons and a hernia
# in the groin are the surgeon's (a navel that bulges in an infant closes by itself: the pediatrician's); a bead, a
# seed or an insect in the ear or the nose is taken out by the ENT surgeon; an eye hit by a ball or a stick is
# examined under the eye clinic's slit lamp (blood behind the cornea, a torn globe).
PROCEDURE_FLAGS: Final = {"squint": OPHTHALMOLOGY, "eye_injury": OPHTHALMOLOGY, "undescended_testis": SURGERY,
                          "ballooning_foreskin": SURGERY, "groin_hernia": SURGERY, "irreducible_hernia": SURGERY}
# A foreign body goes to the clinic of the organ it is in (the eye's or the ear's and nose's); a swallowed coin to
# neither.
FOREIGN_BODY_FLAG: Final = "foreign_body"
FOREIGN_BODY_CLINICS: Final = (ENT, OPHTHALMOLOGY)

# A schoolchild's broken bone (a wrist bent after a fall from the cycle, an arm swollen after a fall from a tree) is
# set by the orthopaedist: from this age writers send them there, a toddler's fall stays the pediatrician's.
BONE_CLINIC_AGE: Final = ORGAN_CLINIC_AGE
BONE_SYSTEMS: Final = frozenset({"musculoskeletal", "injury"})
BONE_INJURY_SYMPTOMS: Final = frozenset({"swelling"})
INJURY: Final = "fall"
SKIN_INJURIES: Final = frozenset({"cut", "wound", "burn", "dog bite", "bleeding"})  # the surgeon's dressing

# An ear that has run for two weeks or more (IMCI's chronic ear infection), or a child who hears less, with no
# fever: the ENT clinic's (the ear cleaned under the microscope, the drum and the hearing tested); a child who
# snores with the mouth open (adenoids) and one whose throat is infected again and again (tonsils) too. An ear that
# hurts with a fever, and a sore throat with one, are the pediatrician's.
CHRONIC_EAR_DAYS: Final = 14

# Round 23: a child of five or more whose knee is swollen and hot or swollen with a fever (septic arthritis,
# BSR/BOA guideline: the orthopaedic surgeon washes the joint out the same day) goes to the orthopaedist before the
# pediatrician, fever and all: all four writers of round 23 and those of rounds 11, 14, 17 and 19 sent the child
# there (train4's and train5's writers kept three such children with the pediatrician). A mastoiditis stays the
# pediatrician's: the older writers keep it there as often as the newer send it to ENT.
JOINT_SURGEON_AGE: Final = 5  # a toddler's hot knee stays the pediatrician's (train18's writer kept a 3-year-old's)
HOT_FLAGS: Final = frozenset({"hot_swelling", "hot_swollen_joint_told"})
JOINT_SYMPTOMS: Final = frozenset({"knee pain"})  # (joint pains flitting knee to elbow: rheumatic fever's)
SNORING_FLAG: Final = "snoring"
TONSILS_FLAG: Final = "recurrent_tonsillitis"  # a throat infected five or six times a year, big tonsils
SNORING_MIN_AGE: Final = 1  # an infant's noisy breath stays the pediatrician's
EAR_SYSTEMS: Final = frozenset({"ent"})


def child_clinics(case: Case, firings: list[Firing], level: str) -> list[str]:
    """The specialists a child goes to before the pediatrician, best first: a procedure's clinic (a foreign body
    in the ear or the nose, a squint, a testis not in the bag), a chronic ear's or a snorer's ENT clinic, a
    schoolchild's broken bone's orthopaedist, the organ clinic of a schoolchild's skin, eye or teeth. None with a
    fever but a foreign body's (the fever is the pediatrician's)."""
    return [*joint_surgeon(case), *procedure_clinics(case), *ear_clinic(case, level), *bone_clinic(case, level),
            *schoolchild_organ_clinic(case, firings, level)]


def joint_surgeon(case: Case) -> list[str]:
    """The orthopaedist for a child of JOINT_SURGEON_AGE or more whose knee (JOINT_SYMPTOMS) is swollen and
    hot or swollen with a fever (septic arthritis), not a wound's."""
    present = set(case.present)
    if case.age is None or case.age < JOINT_SURGEON_AGE:
        return []
    hot = FEVER in present or bool(case.flags & HOT_FLAGS)
    if hot and "swelling" in present and present & JOINT_SYMPTOMS and not present & SKIN_INJURIES:
        return [ORTHOPEDICS]
    return []


def procedure_clinics(case: Case) -> list[str]:
    """The clinic of a procedure the complaint's words name (PROCEDURE_FLAGS), and a foreign body's organ's."""
    found = [d for d in (*case.named_departments, *case.departments) if d in FOREIGN_BODY_CLINICS] \
        if FOREIGN_BODY_FLAG in case.flags else []
    if FEVER not in case.present:
        found.extend(clinic for flag, clinic in PROCEDURE_FLAGS.items() if flag in case.flags)
    return found[:1]


def ear_clinic(case: Case, level: str) -> list[str]:
    """ENT for a child's ear that has run CHRONIC_EAR_DAYS or more or hears less, or a child who snores, with
    nothing but the ear's, nose's and throat's complaints and no fever."""
    systems = {symptom_systems()[name] for name in case.present}
    if SNORING_FLAG in case.flags and case.age is not None and case.age >= SNORING_MIN_AGE \
            and systems <= EAR_SYSTEMS | {"general"} and FEVER not in case.present:
        return [ENT]  # (a snorer's nose always blocked, tired by day: adenoids, even at self-care)
    if level == SELF_CARE or not systems <= EAR_SYSTEMS:
        return []
    discharge = case.present.get("ear discharge")
    chronic = discharge is not None and (discharge.duration_days or 0) >= CHRONIC_EAR_DAYS
    return [ENT] if chronic or "hearing loss" in case.present or TONSILS_FLAG in case.flags else []


def bone_clinic(case: Case, level: str) -> list[str]:
    """The orthopaedist for a schoolchild (BONE_CLINIC_AGE or more) hurt in a fall whose present complaints are the
    bones' and joints' (a swollen or bent wrist, a knee that will not move), nothing else: not a graze or a cut (the
    dressing's), nor a bone's pain with no fall (a sickle cell crisis is the whole child's)."""
    present = set(case.present)
    if case.age is None or case.age < BONE_CLINIC_AGE or level == SELF_CARE or INJURY not in present:
        return []
    if not all(symptom_systems()[name] in BONE_SYSTEMS or name in BONE_INJURY_SYMPTOMS for name in present):
        return []
    hurt = [name for name in present - {INJURY}
            if symptom_specialty(name) == ORTHOPEDICS or name in BONE_INJURY_SYMPTOMS]
    return [ORTHOPEDICS] if hurt and not present & SKIN_INJURIES else []


def schoolchild_organ_clinic(case: Case, firings: list[Firing], level: str) -> list[str]:
    """The organ specialist of a schoolchild (ORGAN_CLINIC_AGES) whose present symptoms are all of the skin, the eye
    or the teeth (ORGAN_CLINIC_SYSTEMS; a headache beside blurred vision is the eye's), above self-care (the skin's
    at self-care too: SELF_CARE_ORGAN_SYSTEMS), best first (an itch of the eyes is the eye's); with no symptom
    present, the organ clinic the complaint's words name (a tooth's black hole); none for a younger child, a minor
    complaint of the eye or the teeth, or any other."""
    if case.age is None:
        return []
    present = set(case.present)
    if level != SELF_CARE and not brain_feared(firings) \
            and ("blurred vision" in present or (present <= EYE_STRAIN and eye_told(case))):
        present -= EYE_STRAIN
        if not present:
            return [OPHTHALMOLOGY] if case.age >= ORGAN_CLINIC_AGES[EYE] else []
    eye = eye_told(case)
    systems = {EYE if eye and symptom_systems()[name] == "skin" else symptom_systems()[name] for name in present}
    if not systems:
        return named_organ_clinic(case, firings) if level != SELF_CARE else []
    if not systems <= ORGAN_CLINIC_SYSTEMS or case.age < max(ORGAN_CLINIC_AGES[s] for s in systems):
        return []
    if level == SELF_CARE and not systems <= SELF_CARE_ORGAN_SYSTEMS:
        return []
    if EYE in systems:
        return [OPHTHALMOLOGY]  # (an itch of the eyes is the eye's)
    return [symptom_specialty(name) for name in case.present if name in present][:1]


def brain_feared(firings: list[Firing]) -> bool:
    """A fired rule sends the complaint to the neurologist (a headache with a blurred vision of days, a severe one):
    not the headache of eyes that strain to read."""
    return any(NEUROLOGY in f.rule.specialties for f in firings)


def named_organ_clinic(case: Case, firings: list[Firing]) -> list[str]:
    """With no symptom present, the organ clinic the complaint's words name (a tooth's black hole, teeth stained
    brown) for a schoolchild of its age, when every wording the checker read is that clinic's rule's: not a tooth
    in another story ("the dog's teeth went in, the bleeding stopped")."""
    named = [d for d in case.named_departments if d in ORGAN_CLINICS][:1]
    ages = [age for system, age in ORGAN_CLINIC_AGES.items() if SYSTEM_SPECIALTY[system] in named]
    if not ages or case.age is None or case.age < min(ages):
        return []
    explained = {item.replace(" ", "_") for f in firings if named[0] in f.rule.specialties for item in f.evidence}
    return named if case.flags <= explained else []


def eye_told(case: Case) -> bool:
    """The complaint's words name the eye ("itchy eyes", "aankh mein khujli"): in a symptom's own words or beside."""
    return OPHTHALMOLOGY in case.departments or any(DEPARTMENT_WORDS.get(word) == OPHTHALMOLOGY
                                                    for mention in case.present.values()
                                                    for word in re.findall(r"\w+", (mention.text or "").lower()))


CHILD_CLINICS: Final = frozenset({*ORGAN_CLINICS, *PROCEDURE_FLAGS.values(), *FOREIGN_BODY_CLINICS, ENT,
                                  ORTHOPEDICS})
