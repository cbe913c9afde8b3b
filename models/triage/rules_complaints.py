"""The rule table's rows for everyday complaints: the urgent ones by body system (sickle cell and the kidneys, heart
and lungs, gut, urine, fevers, head and eyes, throat, joints and skin, bites, bleeding, injuries), the routine ones
named for the work-up they need, the review and self-care defaults, and the rows of the minor pictures (minor.py: a
worrying word settled by what was told with it, standing in for "needs review"; the milder causes their words can
name are complaint_pictures.py's). rules.RULES holds them in this order, after the emergencies and the urgent rows of
vital signs, pregnancy, children and the mind (within a level, the table's order is the order of the reasons)."""

from __future__ import annotations

from typing import Final

from . import vitals as v
from .conditions import (
    Condition,
    absent,
    age_at_least,
    all_of,
    any_of,
    at_least,
    began_within,
    breath_holding_spell,
    diabetic,
    elderly,
    flagged,
    has,
    lasting,
    no_flag_but,
    not_mild,
    mostly_unknown,
    not_understood,
    nothing_but,
    numbness_explained,
    only,
    pediatric,
    posseting,
    pregnancy_related,
    pregnancy_unknown_woman,
    recent,
    self_care_eligible,
    severe,
    sudden,
    under_five,
    unexplained_danger,
    well_newborn,
)
from .complaint_pictures import (EAR_INFECTION, GLAUCOMA_PICTURE, GUMS_BLEEDING_ALONE, LONG_HEARTBURN, SITUATIONAL_ANXIETY,
                                 VARICOSE_ACHE, VARICOSE_PICTURE, YOUNG_NON_CARDIAC_CHEST)
from .const import EMERGENCY, GENERAL_MEDICINE, OBSTETRICS, ROUTINE, SELF_CARE, URGENT
from .mimics import (CHRONIC_EFFORT_BREATHLESS, CYCLICAL_HEAVY_PERIODS, MONTHLY_PERIOD_PAIN, PANIC_ATTACK,
                     PERIOD_ANAEMIA, PREGNANCY_ANAEMIA, SLOW_HEART_FAILURE, SLOW_MEMORY_LOSS, SNORER_SLEEPY)
from .minor import (CHEST_WALL_STRAIN, LOCAL_STING, MINOR_KNOCK, OUTLET_BLEEDING, STOPPED_NOSEBLEED,
                    VACCINE_REACTION, WELL_CHICKENPOX)
from .minor_care import (FIRST_PERIOD, HEARTBURN, PREGNANCY_COLD, PREGNANCY_COMMON, PREGNANCY_SICKNESS,
                         SETTLED_PRESSURE,
                         SIMPLE_FAINT, SUGAR_NEAR_USUAL_PICTURE)
from .minor_alarming import ALARMING_PICTURES, BRUSHED_GUMS, EYE_WHITE_BLEED, HANGOVER
from .minor_child import CHRONIC_DIARRHOEA, FACE_JAUNDICE, KNOCK_KNEES, MILK_WORRY, UNFED_FAINT
from .minor_home import (BREAST_ENGORGEMENT, IRON_STOOL, IRON_STOOL_PREGNANCY, LATE_PERIOD_NEGATIVE, LEECH_BITE, SETTLING_LOCHIA,
                         WRY_NECK)
from .rule_roles import Rule
from .selfcare_tables import PSEUDO_MENSES_MAX_AGE

# What a day of hiccups brings with it: a sleepless night, a meal not eaten, tiredness.
HICCUP_COMPANY = ("insomnia", "loss of appetite", "fatigue")

def girl_before_puberty() -> Condition:
    """A girl past a newborn's first two weeks (PSEUDO_MENSES_MAX_AGE) and under PUBERTY_MIN_AGE, by her age told."""
    return lambda case: ("girl before puberty",) if case.patient.sex == "female" and case.age is not None \
        and PSEUDO_MENSES_MAX_AGE <= case.age < PUBERTY_MIN_AGE else None


def under_eighteen() -> Condition:
    """A child or young person: under 18 by age, or a child by the text's words when no age is told."""
    return lambda case: ("under 18",) if (case.age < 18 if case.age is not None else case.patient.child) else None


# A nosebleed that pressure has not stopped in 10-15 minutes is seen at once (NICE CKS epistaxis), and palpitations
# going on 15 minutes or more are caught on an ECG while they last (NICE CKS palpitations): begun within the day, an
# episode under way, not one that comes and goes for days
ONGOING_MIN_DAYS: Final = 15 / 1440
# An older person who has stopped eating for a day or more (and not for weeks: a weight loss's work-up)
NOT_EATING_DAYS: Final = (1.0, 7.0)
WELL_FEVER_MIN_AGE: Final = 0.5  # younger infants with a high fever are always seen today
WELL_FEVER_MAX_AGE: Final = 13
PUBERTY_MIN_AGE: Final = 8.0  # (periods before 8 are an early puberty's)

# The minor pictures that stand in for "needs review": the complaint is the picture and nothing else (minor.py)
MINOR_PICTURES = any_of(STOPPED_NOSEBLEED, MINOR_KNOCK, VACCINE_REACTION, CHEST_WALL_STRAIN, LOCAL_STING,
                        OUTLET_BLEEDING, WELL_CHICKENPOX, SETTLED_PRESSURE, SUGAR_NEAR_USUAL_PICTURE,
                        PREGNANCY_SICKNESS, HEARTBURN, SIMPLE_FAINT, FIRST_PERIOD, PREGNANCY_COMMON,
                        PREGNANCY_COLD,
                        WRY_NECK, LATE_PERIOD_NEGATIVE, IRON_STOOL_PREGNANCY, IRON_STOOL, SETTLING_LOCHIA,
                        KNOCK_KNEES, MILK_WORRY, FACE_JAUNDICE, UNFED_FAINT, CHRONIC_DIARRHOEA,
                        LEECH_BITE, BREAST_ENGORGEMENT, ALARMING_PICTURES)

R = Rule
COMPLAINT_RULES: Final[tuple[Rule, ...]] = (
    # --- Urgent: by complaint ---
    # Sickle cell disease (central and eastern India's tribal belt): chest pain or breathlessness is the acute chest
    # syndrome until shown otherwise (emergency); a pain or a fever is a crisis or an infection in a body without a
    # working spleen, seen today; a known patient is never sent home alone (NHM sickle cell guidelines 2023, NHLBI 2014)
    R("sickle_chest_syndrome", EMERGENCY, "Sickle cell disease with chest pain or breathlessness (acute chest "
      "syndrome)", (), all_of(flagged("sickle_cell"), has("chest pain", "shortness of breath", "fast breathing"))),
    # (a mild pain that comes and goes, told at a follow-up, is the review's below)
    R("sickle_crisis", URGENT, "Sickle cell disease with pain or fever (a pain crisis or an infection: see today)",
      (GENERAL_MEDICINE,), all_of(flagged("sickle_cell"),
                                  any_of(has("fever", "swelling", "jaundice"),
                                         *(not_mild(pain) for pain in ("joint pain", "leg pain", "back pain",
                                                                       "knee pain", "body ache", "abdominal pain",
                                                                       "chest pain"))))),
    # a puffy face or swelling with cola-coloured, red or scanty urine: acute nephritis (weeks after a sore throat or
    # infected sores), whose blood pressure and urine are checked today (IMCI/IAP)
    R("nephritic_signs", URGENT, "Swelling with dark, red or scanty urine (acute nephritis: check blood pressure "
      "and urine today)", ("nephrology",), all_of(has("swelling"), has("dark urine", "blood in urine",
                                                                       "reduced urine"))),
    # (breathless only on effort for weeks, slowly worse, the ankles swollen: rules_mimic.slow_heart_failure, in turn)
    R("heart_failure_signs", URGENT, "Breathlessness with swelling (possible heart failure)", ("cardiology",),
      all_of(has("shortness of breath"), has("swelling"), absent(SLOW_HEART_FAILURE))),
    # (breathless only on effort for weeks, a panic's fast breath that settled, a pregnancy's moderate anaemia: the
    # mimics' rows, rules_mimic.py)
    R("breathing_difficulty", URGENT, "Difficult or fast breathing", ("pulmonology",),
      all_of(has("shortness of breath", "fast breathing"), absent(CHRONIC_EFFORT_BREATHLESS), absent(PANIC_ATTACK),
             absent(PREGNANCY_ANAEMIA), absent(PERIOD_ANAEMIA), absent(SLOW_HEART_FAILURE))),
    # GINA: a past attack that needed a ventilator or intensive care is the first risk factor for dying of asthma;
    # such a patient is seen early in every attack
    R("asthma_after_ventilation", URGENT, "Wheeze or breathlessness in a patient once ventilated or in intensive "
      "care (high risk of a fatal attack: see today)", ("pulmonology",),
      all_of(flagged("ventilated_before"), has("wheezing", "shortness of breath", "fast breathing"))),
    # (not a young adult's chest wall strained by a cough and pressed out, with no fever: non_cardiac_chest_pain's)
    R("pleuritic_chest_pain", URGENT, "Chest pain with cough or fever", ("pulmonology",),
      all_of(has("chest pain"), has("cough", "fever"), absent(all_of(YOUNG_NON_CARDIAC_CHEST, absent(has("fever")))))),
    R("chest_pain", URGENT, "Chest pain needs an ECG the same day", ("cardiology",),
      all_of(has("chest pain"), absent(YOUNG_NON_CARDIAC_CHEST), absent(LONG_HEARTBURN))),
    R("long_heartburn", ROUTINE, "A burning behind the breastbone after food or on lying down, acid brought up, for "
      "weeks or months, under 55 (reflux): examined in turn; come at once with pain on walking, breathlessness, "
      "sweating, vomiting blood, a black stool or food that sticks", ("gastroenterology",), LONG_HEARTBURN),
    # angina's pattern (brought on by walking, eased by rest) at the jaw, the teeth, the arm or the chest of an adult
    # of 40 or more: an ECG today (with sweating or breathlessness it is rules.exertional_heart_pain's emergency)
    R("exertional_pain_angina", URGENT, "Pain of the jaw, teeth, arm or chest brought on by walking and eased by "
      "rest, age 40 or more (angina until shown otherwise: ECG today)", ("cardiology",),
      all_of(flagged("exertional_pain"), any_of(has("toothache", "chest pain"), flagged("arm_jaw_pain")),
             age_at_least(40))),
    # "ghabrahat" with sweating is how a heart attack, a low sugar or a fast rhythm is often told in Hindi: an adult
    # is examined today (pulse, pressure, sugar, ECG) unless it is situational anxiety (a trigger, under 40)
    R("uneasy_sweating", URGENT, "Uneasiness (ghabrahat) with sweating in an adult: check pulse, blood pressure, sugar "
      "and ECG today", ("cardiology", GENERAL_MEDICINE),
      all_of(has("anxiety"), has("sweating"), absent(SITUATIONAL_ANXIETY), absent(PANIC_ATTACK), absent(pediatric()))),
    R("ongoing_palpitations", URGENT, "Palpitations begun today and going on for 15 minutes or more (an ECG while "
      "they last)", ("cardiology",),
      all_of(lasting("palpitations", ONGOING_MIN_DAYS), began_within(1.0, "palpitations"), absent(PANIC_ATTACK),
             absent(SITUATIONAL_ANXIETY), absent(flagged("reassurance")))),
    R("situational_anxiety", ROUTINE, "Palpitations, sweating or panic before a known trigger (an exam, a crowd) in "
      "a person under 40, with no danger feature: see in turn; come back at once with chest pain, fainting or "
      "breathlessness", ("psychiatry",), SITUATIONAL_ANXIETY),
    R("non_cardiac_chest_pain", ROUTINE, "Chest pain under 40 that presses out, follows a strain or comes with "
      "indigestion, with no danger feature: examine in turn, return at once if it spreads, or with sweating or "
      "breathlessness", (), all_of(has("chest pain"), YOUNG_NON_CARDIAC_CHEST, absent(CHEST_WALL_STRAIN),
                                   absent(HEARTBURN))),
    R("haemoptysis", URGENT, "Coughing blood", ("pulmonology",), has("coughing blood")),
    R("blood_in_stool", URGENT, "Blood in stool (dysentery or gut bleeding)", ("gastroenterology",),
      all_of(has("blood in stool"), absent(OUTLET_BLEEDING))),
    # vomiting counted five times or more, with loose stools: fluid lost faster than sips replace it (NICE CKS
    # gastroenteritis: at risk of dehydration); ORS and a check today, whatever the sips kept down
    R("frequent_vomiting_diarrhoea", URGENT, "Vomiting five times or more with loose stools (losing fluid fast: ORS "
      "and a check for dehydration today)", ("gastroenterology",),
      all_of(flagged("frequent_vomiting"), has("diarrhea"))),
    R("some_dehydration", URGENT, "Diarrhoea or vomiting with signs of dehydration: thirst, sunken eyes, little "
      "urine, dizziness or great weakness (WHO some dehydration)", ("gastroenterology",),
      any_of(all_of(has("diarrhea", "vomiting"), absent(HANGOVER),  # (round 23: not a hangover's thirst)
                    any_of(has("sunken eyes", "excessive thirst", "reduced urine", "lethargy"),
                           severe("fatigue", "diarrhea"), flagged("skin_pinch_slow", "dehydration_sign"))),
             all_of(has("diarrhea"), has("dizziness", "fainting")))),
    R("complete_bowel_obstruction", EMERGENCY, "No stool and no wind with vomiting, belly pain or a swollen belly "
      "(complete bowel obstruction: the surgeon now)", ("general surgery",),
      all_of(flagged("no_flatus"), any_of(has("vomiting", "abdominal pain"),
                                          flagged("abdominal_distension", "bilious_vomit")))),
    R("bowel_obstruction", URGENT, "Vomiting with a swollen belly, green vomit or no stool (possible obstruction)",
      ("general surgery",), all_of(has("vomiting"), any_of(has("constipation"),
                                                          flagged("abdominal_distension", "bilious_vomit")))),
    R("persistent_diarrhoea_child", URGENT, "Diarrhoea for 14 days or more in a child under 5 (IMCI persistent "
      "diarrhoea: assess and feed today)", ("pediatrics",),
      all_of(under_five(), lasting("diarrhea", 14), absent(CHRONIC_DIARRHOEA))),
    R("persistent_vomiting", URGENT, "Vomiting everything", ("gastroenterology",),
      all_of(flagged("vomits_everything"), absent(posseting()), absent(well_newborn()))),
    R("pain_through_to_back", URGENT, "Abdominal pain going through to the back (pancreatitis, aneurysm)",
      ("general surgery", "gastroenterology"), all_of(has("abdominal pain"), flagged("radiating_to_back"))),
    R("appendicitis_signs", URGENT, "Pain in the right lower abdomen (possible appendicitis)", ("general surgery",),
      all_of(has("abdominal pain"), flagged("right_lower_abdomen"))),
    # a hernia that no longer goes back in may strangulate: a surgeon today (with pain, vomiting or no wind it is
    # rules.strangulated_hernia's emergency)
    R("stuck_hernia", URGENT, "A hernia or groin swelling that no longer goes back in (it may strangulate): a "
      "surgeon today", ("general surgery",), flagged("irreducible_hernia")),
    # (not the period's pain every month: rules_mimic.period_pain)
    R("severe_abdominal_pain", URGENT, "Severe abdominal pain", ("gastroenterology", "general surgery"),
      all_of(severe("abdominal pain"), absent(MONTHLY_PERIOD_PAIN))),
    R("jaundice", URGENT, "Jaundice", ("gastroenterology",), all_of(has("jaundice"), absent(FACE_JAUNDICE))),
    # IMCI: severe palmar pallor is severe anaemia (refer; with the breath failing, rules.child_severe_pallor_distress)
    R("child_severe_pallor", URGENT, "A child's palms very white (severe anaemia: haemoglobin today, IMCI)",
      ("pediatrics",), all_of(absent(age_at_least(12)), flagged("severe_pallor"))),
    R("haematuria", URGENT, "Blood in urine", ("urology",), has("blood in urine")),
    R("reduced_urine", URGENT, "Passing little or no urine", ("nephrology",), has("reduced urine")),
    R("upper_urinary_infection", URGENT, "Urinary symptoms with fever", ("urology",),
      all_of(has("dysuria", "frequent urination"), has("fever"))),
    R("dengue_like_illness", URGENT, "Fever with pain behind the eyes, bleeding, or rash with joint pains",
      ("infectious disease", "general medicine"),
      any_of(flagged("dengue"), all_of(has("fever"), any_of(has("retro-orbital pain", "bleeding"),
                                                            all_of(has("rash"), has("joint pain")))))),
    # Leptospirosis (WHO/ICMR): fever with aching calves or muscles and red eyes (conjunctival suffusion), the picture
    # of paddy fields and flood water; an infection physician's today (a failing kidney or bleeding lungs are the
    # emergency rules')
    R("leptospirosis_picture", URGENT, "Fever with calf or muscle pains and red eyes (possible leptospirosis: test "
      "today)", ("infectious disease", GENERAL_MEDICINE),
      all_of(has("fever"), has("leg pain", "body ache"), has("red eye"))),
    R("fever_with_rash", URGENT, "Fever with rash (measles, dengue, other infections)", ("infectious disease",),
      all_of(has("fever"), has("rash"), absent(WELL_CHICKENPOX))),
    R("malaria_pattern", URGENT, "Fever with chills on alternate days: test for malaria today",
      ("infectious disease", "general medicine"), all_of(has("fever"), flagged("malaria_pattern"))),
    # (a low fever of weeks in a cough of weeks with weight loss or night sweats is the TB picture: tb_screen's test
    # in turn, WHO; a high fever, or one with a danger sign, stays the other rules')
    R("prolonged_fever", URGENT, "Fever for a week or more", ("general medicine", "infectious disease"),
      all_of(lasting("fever", 7), absent(all_of(lasting("cough", 14), has("weight loss", "night sweats"),
                                                absent(severe("fever")))),
             # (a fever that comes every month for a year is a recurrence told, not a fever of weeks)
             absent(flagged("monthly_pattern")))),
    # the height of a fever alone is no danger sign in a child past early infancy (IMCI, NICE traffic light): in a
    # child said to be well (playing, drinking well) it is not urgent by itself (an adult's 39 is: dengue, malaria)
    R("high_fever", URGENT, "High fever", (),
      all_of(severe("fever"), absent(all_of(flagged("reassurance"), age_at_least(WELL_FEVER_MIN_AGE),
                                            absent(age_at_least(WELL_FEVER_MAX_AGE)))))),
    R("neck_stiffness", URGENT, "Stiff neck", ("neurology",), all_of(has("neck stiffness"), absent(WRY_NECK))),
    R("severe_headache", URGENT, "Severe headache", ("neurology",), severe("headache")),
    R("headache_with_vision_change", URGENT, "Headache with blurred or double vision (raised blood pressure, "
      "glaucoma or a brain cause: see today)", ("neurology",),
      all_of(has("headache"), has("blurred vision"), absent(flagged("board_not_seen")))),
    R("drowsiness", URGENT, "Drowsy or less responsive than usual", (),
      all_of(has("lethargy"), absent(breath_holding_spell()))),
    R("fainting", URGENT, "Fainting", (), all_of(has("fainting"), absent(SIMPLE_FAINT), absent(UNFED_FAINT))),
    # round 20: a few jerks in a faint with its trigger, up again in a minute (renames.apply_faint_jerks): the faint's
    # jerks (a convulsive syncope), not a fit; seen today as a faint is, and not raised to a fit by the learned model
    R("faint_with_jerks", URGENT, "A faint with a few jerks in it, its trigger told and up again within a minute (a "
      "convulsive faint, not a fit): the story and an ECG today; at once if it comes again, on exertion, with chest "
      "pain or palpitations, or with drowsiness after it", (GENERAL_MEDICINE,), flagged("faint_jerks")),
    R("limb_weakness", URGENT, "Weakness of a limb", ("neurology",),
      all_of(flagged("limb_weakness", "focal_weakness", "lay_stroke"), absent(flagged("residual_deficit")),
             absent(numbness_explained()))),
    R("vision_loss", URGENT, "Loss of vision", ("ophthalmology",),
      any_of(flagged("vision_loss"), sudden("blurred vision"))),
    R("painful_red_eye", URGENT, "Painful red eye, or a red or painful eye with blurred vision", ("ophthalmology",),
      any_of(all_of(has("red eye"), has("eye pain", "blurred vision")),
             # (an ache after reading with the board blurred is a strain, a need for glasses: the eye clinic in turn)
             all_of(has("eye pain"), has("blurred vision"), absent(flagged("eye_strain"))))),
    # Haloes with a painful or red eye, a headache or vomiting, and nothing else, the sight kept: acute angle-closure
    # glaucoma (the pressure is lowered within hours to save the sight: the eye doctor today, ahead of the queue,
    # rule_roles.SETTLING_URGENT_RULES); with the sight going, the vision rules and the learned model judge. Haloes
    # alone are an eye to examine in turn (a cataract's, an old eye's: a settling rule).
    R("acute_glaucoma_signs", URGENT, "Haloes around lights with a painful or red eye, headache or vomiting (possible "
      "acute glaucoma: the eye doctor today)", ("ophthalmology",),
      all_of(flagged("haloes"), has("eye pain", "red eye", "headache", "vomiting", "nausea"),
             only(*GLAUCOMA_PICTURE), absent(flagged("vision_loss", "sight_lost")))),
    R("haloes", ROUTINE, "Haloes around lights and nothing else (an eye examination in turn)", ("ophthalmology",),
      all_of(flagged("haloes"), only("blurred vision"), no_flag_but("haloes"))),
    R("raised_pressure_headache", URGENT, "Headache with vomiting and blurred vision (raised pressure in the head?)",
      ("neurology",), all_of(has("headache"), has("vomiting"), has("blurred vision"))),
    R("throat_swelling", URGENT, "Swelling of the throat", ("ent",), has("throat swelling")),
    R("severe_throat", URGENT, "Cannot swallow, drooling, cannot open the mouth or severe sore throat (possible "
      "abscess or epiglottitis)", ("ent",),
      any_of(all_of(flagged("drooling"), absent(flagged("teething"))), flagged("trismus", "cant_swallow_saliva",
                                                                                     "muffled_voice"),
             all_of(has("difficulty swallowing"), severe("sore throat", "difficulty swallowing")),
             all_of(has("sore throat"), any_of(flagged("tetanus_signs"), severe("sore throat"))))),
    R("hot_swollen_joint", URGENT, "Swelling with fever: infected joint, skin or abscess (septic arthritis, "
      "cellulitis)", ("orthopedics", "general surgery"),
      all_of(has("swelling"), has("fever"), absent(pregnancy_related()), absent(flagged("parotid_swelling")),
             absent(VACCINE_REACTION))),
    # NICE CKS gout / BSR septic arthritis: a joint or skin hot and swollen at once is seen today, fever or none
    R("hot_swelling", URGENT, "A joint or skin hot and swollen (gout, infected joint or cellulitis)",
      ("orthopedics", "general surgery"),
      all_of(flagged("hot_swelling", "hot_swollen_joint_told"), absent(pregnancy_related()))),
    # a pesticide on the skin: wash it off and watch a day for poisoning through the skin (WHO pesticide guide)
    R("pesticide_on_skin", URGENT, "Pesticide on the skin or in the eyes with redness, burning or itching (wash; watch "
      "for poisoning)", ("general medicine", "dermatology"),
      all_of(flagged("pesticide_exposure"), any_of(has("rash", "itching", "red eye", "eye pain"),
                                                   flagged("skin_red_burning")))),
    R("shingles", URGENT, "Shingles: a painful band of blisters on one side (antivirals within 3 days; near the eye, "
      "an eye check today)", ("dermatology",), flagged("shingles")),
    # (a face puffy on waking for weeks is a kidney's or a thyroid's to examine in turn, not an allergy's today)
    R("face_swelling", URGENT, "Swelling of the face, lips or tongue", (),
      all_of(flagged("face_swelling"), absent(lasting("swelling", 14)))),
    R("snake_nearby", URGENT, "A snake was seen near the patient, no bite known: watch for 24 hours (a krait's bite "
      "can be painless and leave no mark)", (), flagged("snake_nearby")),
    # (the rabies vaccine and the wound wash are the medical officer's at a PHC's anti-rabies clinic: general
    # medicine, as most writers route a bite; the surgeon's when it is deep or infected, deep_wound's and
    # infected_wound's)
    R("dog_bite", URGENT, "Animal bite: wound care and rabies vaccination (WHO)",
      (GENERAL_MEDICINE, "general surgery", "infectious disease"), has("dog bite")),
    # round 20: blood from a little girl's front passage after her first two weeks (past a newborn's pseudo-menses) and
    # before puberty: a foreign body, an injury, harm or an early puberty, examined today (RCPCH safeguarding)
    R("young_girl_vaginal_bleeding", URGENT, "Bleeding from the front passage in a girl past her first two weeks and "
      "under 8 (a foreign body, an injury, harm or an early puberty: examined today)", ("pediatrics",),
      all_of(has("vaginal bleeding"), girl_before_puberty())),
    # a few stings at once from a bee, a wasp or a hornet (a hornet's venom is the stronger): watched for hours for a
    # spreading reaction or the venom's harm to muscle and kidney, though the breathing is fine now; a swarm's many
    # stings are multiple_stings' (rules.py)
    R("several_stings", URGENT, "Several bee, wasp or hornet stings at once (watch for hours for a spreading "
      "reaction)", (GENERAL_MEDICINE,), all_of(flagged("several_stings"), flagged("insect_sting"))),
    R("bleeding", URGENT, "Bleeding", ("general surgery",),
      all_of(not_mild("bleeding"), absent(all_of(flagged("nosebleed"), absent(severe("bleeding")))),
             absent(GUMS_BLEEDING_ALONE), absent(FIRST_PERIOD),
             absent(CYCLICAL_HEAVY_PERIODS), absent(SETTLING_LOCHIA), absent(LEECH_BITE), absent(EYE_WHITE_BLEED),
             absent(STOPPED_NOSEBLEED))),
    # (periods heavy every month are mimics.cyclical_heavy_periods': rules_mimic.heavy_periods)
    # croup (a barking cough, a hoarse voice): a steroid dose today; noisy breathing at rest, a chest that pulls in or a
    # child drowsy or blue are the airway's and the breathing's emergencies
    R("croup", URGENT, "Barking cough in a child (croup: a steroid dose today; at once for noisy breathing at rest, "
      "the chest pulling in, drowsiness or blue lips)", ("pediatrics",), all_of(flagged("croup"), pediatric())),
    # a bleed that stopped and starts again (a nosebleed's posterior point, a high pressure; a cut's vessel): seen
    # today, not a stopped one (minor.stopped_nosebleed)
    R("long_nosebleed", URGENT, "A nosebleed going on for 15 minutes or more (not stopped by pressing: the bleeding "
      "point and the blood pressure seen today)", ("ent",),
      all_of(flagged("nosebleed"), lasting("bleeding", ONGOING_MIN_DAYS), began_within(1.0, "bleeding"),
             absent(flagged("bleeding_controlled")))),
    R("bleeding_again", URGENT, "A bleed (a nosebleed, a cut) that stopped and starts again (see today: the bleeding "
      "point and the blood pressure)", ("ent",),
      all_of(flagged("rebleeding"), any_of(flagged("nosebleed", "bleeding_controlled"), has("bleeding")))),
    # lower belly pain with a fever and a vaginal discharge, not pregnant: pelvic inflammatory disease until shown
    # otherwise (WHO/NACO syndromic management; an ectopic and an appendix excluded): examined and treated today
    R("pelvic_infection", URGENT, "Lower belly pain with fever and a vaginal discharge (possible pelvic infection: "
      "examine and treat today)", (OBSTETRICS,),
      all_of(has("abdominal pain"), has("fever"), any_of(has("vaginal discharge"), flagged("foul_discharge")),
             absent(pregnancy_related()))),
    R("heavy_vaginal_bleeding", URGENT, "Heavy vaginal bleeding", (OBSTETRICS,),
      all_of(severe("vaginal bleeding"), absent(lasting("vaginal bleeding", 14)), absent(CYCLICAL_HEAVY_PERIODS))),
    R("vaginal_bleeding_check_pregnancy", URGENT,
      "Vaginal bleeding in a woman who may be pregnant: pregnancy test today", (OBSTETRICS,),
      all_of(recent("vaginal bleeding", 14), pregnancy_unknown_woman(), absent(CYCLICAL_HEAVY_PERIODS))),
    R("eye_injury", URGENT, "Eye injury", ("ophthalmology",), flagged("eye_injury")),
    R("foreign_body", URGENT, "Swallowed or inserted foreign body", (), flagged("foreign_body", "stuck_in_throat")),
    R("dental_abscess", URGENT, "Toothache with swelling or fever (dental abscess)", ("dentistry",),
      all_of(has("toothache"), has("swelling", "fever"))),
    R("infected_wound", URGENT, "Wound, burn or bite with pus or fever, or in a diabetic", ("general surgery",),
      all_of(has("wound", "cut", "burn", "dog bite"), any_of(has("fever"), flagged("wound_infection"), diabetic()))),
    R("deep_wound", URGENT, "Deep or gaping wound needing closure", ("general surgery",),
      flagged("deep_wound", "deep_open_wound")),
    R("suspected_fracture", URGENT, "Possible fracture: cannot move or bear weight after an injury", ("orthopedics",),
      any_of(flagged("fracture"), all_of(any_of(has("fall", "wound"), flagged("trauma", "sprain")),
                                         has("reduced movement")))),
    # a child who stood or walked and since a day or days cannot ("pehle daudta tha, kal se khada nahi ho pa raha"): a
    # septic hip or knee, an osteomyelitis, a Guillain-Barre or a missed fracture until seen (NICE CKS: acute limp in a
    # child is seen the same day; round 21)
    R("child_stopped_walking", URGENT, "A child who walked and since days cannot stand or walk (seen today)",
      ("pediatrics",), all_of(pediatric(), began_within(7, "reduced movement"))),
    # a crushed fingertip or a nail torn off hides a broken tip (with the nail bed cut, an open fracture): X-rayed and
    # the nail bed repaired today (round 19)
    R("crush_injury", URGENT, "A finger, hand or foot crushed, caught in a machine or its nail torn off (an X-ray for a "
      "fracture, the nail bed repaired today)", ("orthopedics", "general surgery"), flagged("crush_injury")),
    # in old age an infection, a dehydration or a heart attack may show as nothing but not eating (BGS Silver Book)
    R("elderly_not_eating", URGENT, "An older person who has stopped eating for a day or more (an illness that shows "
      "no other sign in old age: see today)", (GENERAL_MEDICINE,),
      all_of(elderly(), lasting("loss of appetite", NOT_EATING_DAYS[0]),
             began_within(NOT_EATING_DAYS[1], "loss of appetite"))),
    R("fall_in_older_adult", URGENT, "Fall in an older adult", ("orthopedics",), all_of(elderly(), has("fall"))),
    R("head_injury", URGENT, "Head injury", ("general surgery",),
      all_of(flagged("head_injury"), absent(MINOR_KNOCK))),
    R("trauma", URGENT, "Road accident, fall from a height or other trauma", ("general surgery",),
      flagged("trauma", "fall_from_height")),
    R("burn", URGENT, "Burn needing dressing", ("general surgery",),
      # a burn that did not blister is superficial; so is sunburn unless severe (round 20: a small burn told with a
      # blister on it is dressed, "ungli pe chhala pad gaya")
      all_of(any_of(not_mild("burn"), all_of(has("burn"), flagged("burn_blister"))), absent(flagged("no_blister")),
             absent(all_of(flagged("sunburn"), absent(severe("burn")))))),
    # (not legs with varicose veins that ache and swell a little by evening, told for months or years, nothing sudden,
    # severe, hot or red: rules.varicose_veins' review in turn; NICE CG168)
    R("possible_dvt", URGENT, "Painful swollen leg (possible deep vein thrombosis)", ("general medicine",),
      all_of(has("leg pain"), has("swelling"), absent(VARICOSE_ACHE))),
    # --- Routine: named for the work-up they need ---
    R("tb_screen", ROUTINE, "Cough for 2 weeks or more, or with weight loss or night sweats: test for TB (WHO)",
      ("pulmonology", "infectious disease"), any_of(lasting("cough", 14),
                                                    all_of(has("cough"), has("weight loss", "night sweats")))),
    # NICE NG18: a child or young person with thirst, passing much urine, wetting the bed again or weight loss is
    # suspected type 1 diabetes, seen the same day (ketoacidosis comes within days)
    R("child_diabetes_symptoms", URGENT, "A child or young person with thirst, frequent urination or weight loss "
      "(new diabetes until shown otherwise: check the sugar and see today)", ("pediatrics", "endocrinology"),
      all_of(under_eighteen(), at_least(2, has("excessive thirst"), has("frequent urination"), has("weight loss"),
                                        flagged("bedwetting_again")))),
    R("diabetes_symptoms", ROUTINE, "Thirst, frequent urination or weight loss: check blood sugar", ("endocrinology",),
      at_least(2, has("excessive thirst"), has("frequent urination"), has("weight loss"))),
    # a blood pressure of 160/100 or more told (the garden clinic's, a camp's), not pregnant: never self-care, though
    # nothing else is wrong (the pregnancy's limits are rules.py's)
    R("raised_blood_pressure", ROUTINE, "Blood pressure 160/100 or more (stage 2 hypertension: confirm and treat)",
      ("cardiology",), all_of(v.stage2_hypertension(), absent(pregnancy_related()))),
    # (round 22: a newborn's small breast bud, feeding well and nothing else, is a well newborn's: no lump to examine)
    R("lump", ROUTINE, "A lump to examine", ("general surgery",), all_of(flagged("lump"), absent(well_newborn()))),
    # itchy eyes every summer in a child or a teenager: vernal keratoconjunctivitis until an eye doctor has looked
    # (it can scar the cornea; it needs more than an antihistamine), not an adult's hay fever cared for at home
    R("seasonal_itchy_eyes_child", ROUTINE, "Itchy eyes every year in the same season in a child or young person "
      "(possible vernal keratoconjunctivitis: an eye examination in turn)", ("ophthalmology",),
      all_of(under_eighteen(), flagged("itchy_eyes"), flagged("seasonal_recurrence"))),
    # A child's mid-upper-arm band (IMCI, WHO 2013): red, under 115 mm, is severe acute malnutrition, assessed today
    # for complications and the nutrition rehabilitation centre; yellow, 115-125 mm, moderate acute malnutrition, a
    # feeding review and follow-up in turn (its danger signs are the child rules')
    R("severe_malnutrition", URGENT, "A child's arm band (MUAC) in the red: severe acute malnutrition (assess today "
      "for complications and the nutrition rehabilitation centre)", ("pediatrics",), flagged("muac_red")),
    R("moderate_malnutrition", ROUTINE, "A child's arm band (MUAC) in the yellow: moderate acute malnutrition (a "
      "feeding review and follow-up in turn)", ("pediatrics",),
      all_of(flagged("muac_yellow"), absent(flagged("muac_red")))),
    # a snorer whose breath pauses in sleep, sleepy by day: obstructive sleep apnoea (a sleep study, weight, the
    # tonsils of a child), seen in turn; an infant's is rules.infant_apnoea. A settling rule: "stops breathing" is
    # no breath stopped here, and the learned model does not raise it.
    R("sleep_apnoea", ROUTINE, "Pauses in the breath in sleep, with snoring or sleepiness by day (possible sleep "
      "apnoea: a sleep study in turn)", ("pulmonology",), any_of(flagged("sleep_apnoea"), SNORER_SLEEPY)),
    # an aching or a little discharging ear with a fever or a cold (EAR_INFECTION): a settling rule, the learned model
    # does not raise it
    R("ear_infection", ROUTINE, "An aching ear draining a little, with a fever or a cold (acute ear infection, IMCI: "
      "pain relief, an antibiotic, seen again in 5 days); come at once with a swelling behind the ear, a stiff neck, "
      "drowsiness or a high fever", ("ent",), EAR_INFECTION),
    # Teeth turned yellow or brown (tobacco, tea, fluoride in a village's water): the dentist's in turn; "peele" is
    # the teeth's colour, not jaundice (a settling rule: the learned model does not raise it).
    # Varicose veins that ache, feel heavy, itch or swell a little by evening, with nothing else: a surgeon's in turn
    # (NICE CG168 refers for bleeding, an ulcer or a hot painful vein: those are the bleeding, wound and swelling
    # rules' and the learned model's to raise). A settling rule: the model's guess does not raise it.
    R("varicose_veins", ROUTINE, "Varicose veins with no bleeding, ulcer or sudden pain (a surgeon's review in turn)",
      ("general surgery",),
      all_of(flagged("varicose_veins"), nothing_but(*VARICOSE_PICTURE), no_flag_but("varicose_veins"),
             absent(severe("leg pain")), absent(sudden("leg pain", "swelling")))),
    # Hiccups with nothing else (a day of them after a meal, a fizzy drink, a fright): seen in turn, or at home (the
    # learned model may grant self-care, as for "needs review"); it does not raise them (a settling rule). A well
    # newborn's are home care (newborn_care_only); with chest pain or breathlessness the other rules judge.
    R("hiccups", ROUTINE, "Hiccups with no other complaint (seen in turn; a doctor if they last more than two days)",
      ("general medicine",),
      all_of(flagged("hiccups"), nothing_but(*HICCUP_COMPANY), no_flag_but("hiccups"), absent(well_newborn()))),
    # Yellow urine and nothing else: concentrated urine (drink more, seen in turn); yellow eyes or skin are the
    # jaundice rule's, tea- or cola-coloured urine the learned model's to raise. A settling rule.
    R("yellow_urine", ROUTINE, "Yellow urine with nothing else (concentrated urine: drink more water; seen in turn)",
      ("general medicine",), all_of(flagged("yellow_urine"), only("dark urine"), no_flag_but("yellow_urine"))),
    R("stained_teeth", ROUTINE, "Yellow or stained teeth (the teeth's colour, not jaundice: dental review)",
      ("dentistry",), all_of(flagged("stained_teeth"), no_flag_but("stained_teeth"))),
    R("gum_bleeding", ROUTINE, "Bleeding gums: dental review (with a fever, the dengue rules judge it)", ("dentistry",),
      all_of(GUMS_BLEEDING_ALONE, absent(BRUSHED_GUMS))),
    R("urinary_infection", ROUTINE, "Burning or pain passing urine (possible urinary infection)", ("urology",),
      has("dysuria")),
    # Skin signs alone after a likely allergen (WAO: anaphylaxis needs a second system): seen, not sent home, and
    # told what to come back for at once; the anaphylaxis rules above take it when breathing or circulation join.
    R("allergic_skin_reaction", ROUTINE, "Hives, itching or swelling after a food, sting or medicine: watch for "
      "signs of anaphylaxis", ("dermatology",),
      all_of(flagged("allergen"), has("rash", "itching", "swelling"), absent(LOCAL_STING))),
    # an itch the whole household shares is scabies until seen: treated with a prescription, everyone at once (WHO)
    R("household_itch", ROUTINE, "Itching that others at home share (possible scabies: the family is treated "
      "together)", ("dermatology",), all_of(flagged("household_itch"), has("itching", "rash"))),
    # forgetting for months or years (no acute confusion): a memory assessment (dementia, low thyroid or B12, low mood)
    R("memory_loss", ROUTINE, "Forgetfulness for months or years: memory assessment, not an acute confusion",
      ("neurology",), any_of(all_of(flagged("forgetful"), absent(has("confusion"))), SLOW_MEMORY_LOSS)),
    R("sickle_cell_review", ROUTINE, "Sickle cell disease: a clinic review, not care at home alone",
      (GENERAL_MEDICINE,), flagged("sickle_cell")),
    # a toddler who cried hard, held the breath and went blue for seconds, then came round and plays: a
    # breath-holding spell (frightening, harmless; iron deficiency makes them more frequent). A settling rule: the
    # blue lips read like a failing breath, and the learned model does not raise it.
    R("breath_holding_spell", ROUTINE, "A young child who cried hard, held the breath and went blue for seconds, then "
      "was well again (a breath-holding spell: check for anaemia in turn; come at once if it lasts over a minute, "
      "with jerking, or with no crying first)", ("pediatrics",), breath_holding_spell()),
    R("developmental_delay", ROUTINE, "Slow development (speech, walking): developmental assessment, not an acute "
      "loss", ("pediatrics",), flagged("developmental_delay")),
    # round 20: low mood with sleeplessness or lost interest, or for two weeks or more (WHO mhGAP depression: assessed,
    # not sent home), unless it is the sadness of a fresh loss, a break-up or homesickness (signs_benign.grief, the
    # self-care gate's cue: a loss of weeks ago)
    R("depressive_symptoms", ROUTINE, "Low mood with sleeplessness or lost interest, or for two weeks or more (a "
      "mental health review in turn)", ("psychiatry",),
      all_of(has("low mood"), any_of(has("insomnia", "loss of interest"), lasting("low mood", 14)),
             absent(flagged("grief", "homesick", "situational_stress")))),
    # round 20: a schoolchild restless and inattentive at school and at home (NICE NG87: possible ADHD, assessed in
    # turn); a toddler who will not sit still is being a toddler
    R("attention_concern", ROUTINE, "A schoolchild who cannot sit still or keep to a task (possible ADHD: a "
      "developmental and behavioural assessment in turn)", ("pediatrics",),
      all_of(flagged("restless_inattentive"), age_at_least(5), absent(age_at_least(18)))),
    # round 20: a headache told by how often it comes back ("hafte me 2 baar", "3 times a week"): a recurring headache
    # (NICE CG150: a diary, medication overuse, the eyes and in a child the blood pressure), not a day's to treat at
    # home
    R("recurrent_headache", ROUTINE, "Headaches that keep coming back (a headache diary, the eyes and the blood "
      "pressure checked in turn)", (), all_of(has("headache"), flagged("frequent_recurrence"))),
    # round 20: pearly bumps with a dimple (molluscum contagiosum, NICE CKS): harmless, but named by a clinician, who
    # looks for a crop near the eye or a weak immunity
    R("pearly_papules", ROUTINE, "Pearly bumps with a dimple in the middle (possible molluscum contagiosum: the skin "
      "examined in turn)", ("dermatology",), flagged("pearly_papules")),
    R("unclear_danger_word", URGENT, "Short or unclear complaint that mentions a danger sign: never routine, ask and "
      "examine now", (), all_of(unexplained_danger(), absent(any_of(LATE_PERIOD_NEGATIVE, IRON_STOOL_PREGNANCY)))),
    R("mostly_not_understood", URGENT, "Most of the complaint's words are unknown to the checker: ask again, in the "
      "patient's words, and see a clinician today", (), mostly_unknown()),
    R("not_understood", URGENT, "Complaint not understood: ask again and see a clinician today", (),
      not_understood()),
    # Bright red drops of blood with hard stools for weeks (minor.outlet_bleeding): piles or a fissure, the surgeon's
    # in turn (a settling rule: the learned model does not raise it); new, heavy or black blood, or with dizziness,
    # stays blood_in_stool's or severe_bleeding's
    R("outlet_bleeding", ROUTINE, "A few bright red drops or a streak of blood with hard stools for weeks (piles or a "
      "fissure): examine in turn; come back at once if it is heavy or black, or with dizziness", ("general surgery",),
      OUTLET_BLEEDING),
    # Chickenpox with an itch or a mild fever in a child of 1 to 13 who plays (minor.well_chickenpox): a settling
    # rule; in an infant, a pregnancy, or with breathing trouble or drowsiness the fever and rash rules judge it
    R("well_chickenpox", ROUTINE, "Chickenpox in a well child (a mild fever, playing): seen in turn, fever and itch "
      "eased at home; come at once for breathing trouble, drowsiness, a fever past 4 days or spots gone red and "
      "painful", ("pediatrics", "infectious disease"), WELL_CHICKENPOX),
    # An adult's nosebleed that stopped with pressure (minor.stopped_nosebleed): the blood pressure and the medicines
    # checked in turn; a child's is care at home (settled_nosebleed). A settling rule.
    R("stopped_nosebleed", ROUTINE, "An adult's nosebleed that stopped with pressure, no injury or other complaint: "
      "blood pressure and medicines checked in turn; come back at once if it will not stop in 20 minutes",
      ("ent",), all_of(STOPPED_NOSEBLEED, absent(pediatric()))),
    # --- Routine: round 20's pictures (minor_child.py; settling rules) ---
    R("newborn_face_jaundice", ROUTINE, "A newborn's yellow of the face and eyes only, after the first day, feeding "
      "well (seen in turn: the yellow checked again; come at once if it spreads below the chest or to the palms and "
      "soles, or the baby feeds poorly, is drowsy or has a fever)", ("pediatrics",), FACE_JAUNDICE),
    R("faint_after_missed_meal", ROUTINE, "A faint after a missed meal, awake again at once, in a young person with no "
      "danger feature: sugar, blood count and an ECG in turn; eat before school or work; come at once for a faint on "
      "exertion, with chest pain, palpitations or a fit", (GENERAL_MEDICINE, "pediatrics"), UNFED_FAINT),
    R("chronic_diarrhoea_child", ROUTINE, "Loose stools for a month or more in a young child with nothing else "
      "(chronic diarrhoea: growth and stool examined in turn; at once with blood, sunken eyes, little urine, "
      "vomiting or drowsiness)", ("pediatrics",), CHRONIC_DIARRHOEA),
    R("knock_knees_review", ROUTINE, "Knees that touch when walking, outside the ages it is a stage of growing, or "
      "with something else told (examined in turn)", ("orthopedics", "pediatrics"),
      all_of(flagged("knock_knees"), absent(KNOCK_KNEES))),
    R("breastfeeding_review", ROUTINE, "A mother's fear that her milk is too little, the baby's weight not told "
      "gaining (the baby weighed and a feed watched in turn)", (OBSTETRICS, "pediatrics"),
      all_of(flagged("milk_supply_worry"), absent(MILK_WORRY))),
    R("clinical_review", ROUTINE, "Needs review by a clinician", (),
      absent(any_of(self_care_eligible(), MINOR_PICTURES))),
    R("minor_illness", SELF_CARE, "Minor illness that can be managed at home, with advice to return if worse", (),
      self_care_eligible()),
    # --- Self-care: a worrying word settled by what was told with it (minor.py; settling rules) ---
    R("settled_nosebleed", SELF_CARE, "A child's nosebleed that stopped with pressure within minutes, with no injury, "
      "blood thinner or other complaint: first aid at home; come back if it will not stop in 20 minutes or keeps "
      "coming back", ("ent",), all_of(STOPPED_NOSEBLEED, pediatric())),
    # NICE NG232: no reason to refer a head injury without loss of consciousness, vomiting, drowsiness, a fit, amnesia,
    # a high-energy fall, a blood thinner or a worry of harm; under 1 year it is seen (head_injury)
    R("minor_knock", SELF_CARE, "A low fall or a bump on the head, not knocked out, well since: watch at home for 24 "
      "hours; come back at once for vomiting, drowsiness, a fit, a worsening headache or odd behaviour", (),
      MINOR_KNOCK),
    R("vaccine_reaction", SELF_CARE, "A mild fever or a sore swelling where the injection went, a day or two after a "
      "vaccine, in a child past 2 months who feeds and plays: care at home", ("pediatrics",), VACCINE_REACTION),
    R("chest_wall_strain", SELF_CARE, "Chest pain that hurts where pressed or on turning, after lifting or a strain, "
      "in a young adult with no breathlessness or sweating (a strained chest wall): rest and a painkiller; come back "
      "at once if it spreads or comes with breathlessness, sweating or faintness", (GENERAL_MEDICINE,),
      CHEST_WALL_STRAIN),
    # --- Self-care: round 16's pictures (minor_care.py; settling rules) ---
    R("settled_reading", SELF_CARE, "A blood pressure or a diabetic's sugar the patient worried over, in range when "
      "measured and nothing else wrong: carry on with the tablets and the diet, check again at the next visit", (),
      any_of(SETTLED_PRESSURE, SUGAR_NEAR_USUAL_PICTURE)),
    R("morning_sickness", SELF_CARE, "Nausea or a little vomiting early in pregnancy with food and water kept down "
      "(morning sickness): small frequent meals and fluids at home; come at once if nothing stays down, the urine "
      "gets little or dark, or with dizziness, pain or bleeding", (OBSTETRICS,), PREGNANCY_SICKNESS),
    R("heartburn", SELF_CARE, "Burning after food or on lying down, told as acid or heartburn, nothing else, in a "
      "pregnancy or a young person (heartburn): small meals, no food late, the head raised, an antacid; come at once "
      "with chest pain on walking, sweating or breathlessness, and in pregnancy with headache, blurred sight, "
      "swelling, pain under the ribs or the baby moving less", (GENERAL_MEDICINE,), HEARTBURN),
    R("simple_faint", SELF_CARE, "A faint with its trigger (a needle, blood, standing long in the heat) and full "
      "recovery in a young person (a simple faint): lie down with the legs up when it comes; come back for a faint "
      "on exertion, with chest pain, palpitations or a fit", (GENERAL_MEDICINE,), SIMPLE_FAINT),
    R("pregnancy_common_complaint", SELF_CARE, "A calf's cramp at night, or a thin white discharge with no itch or "
      "smell, in a pregnancy and nothing else: care at home; come at once for a swollen or painful leg, a discharge "
      "that itches, smells or bleeds, or waters leaking", (OBSTETRICS,), PREGNANCY_COMMON),
    # round 18: a cold in a pregnancy, no fever (minor_care.pregnancy_cold)
    R("pregnancy_cold", SELF_CARE, "A running or blocked nose, sneezing or a sore throat in a pregnancy with no "
      "fever and nothing else (a cold): fluids, steam, rest, paracetamol only if needed and no cold remedies without "
      "asking; come at once with a fever, breathlessness, or less movement of the baby", (OBSTETRICS,),
      PREGNANCY_COLD),
    R("first_period", SELF_CARE, "A girl's first period, not heavy, with a mild cramp: what to expect and how to "
      "manage it; come back if it soaks a pad an hour or lasts over 7 days", (OBSTETRICS,), FIRST_PERIOD),
    R("local_sting", SELF_CARE, "A bee or wasp sting swollen only where it went in, breathing fine: care at home; "
      "come at once if the lips, face or throat swell or breathing gets hard", (), LOCAL_STING),
    # --- Self-care: round 17's pictures (minor_home.py; settling rules) ---
    R("wry_neck", SELF_CARE, "A neck stiff since waking after sleeping wrongly, with no fever, headache or vomiting "
      "(a wry neck): warmth, a painkiller, gentle movement; come at once with a fever, a headache, vomiting, a rash or "
      "drowsiness", ("orthopedics",), WRY_NECK),
    R("late_period_negative", SELF_CARE, "A period a few days late with the pregnancy test negative and nothing else: "
      "stress or a change can delay it; test again in a week if it has not come; come at once with belly pain, "
      "bleeding or giddiness", (OBSTETRICS,), LATE_PERIOD_NEGATIVE),
    R("iron_stool_pregnancy", SELF_CARE, "A black stool from iron tablets in a pregnancy, nothing else: the tablets' "
      "colour, keep taking them; come at once with giddiness, fainting, belly pain or vomiting blood",
      (OBSTETRICS,), IRON_STOOL_PREGNANCY),
    R("iron_stool", SELF_CARE, "A black stool from iron tablets, nothing else: the tablets' colour, keep taking "
      "them; come at once if it turns sticky or tarry, or with giddiness, fainting, belly pain or vomiting blood",
      (GENERAL_MEDICINE,), IRON_STOOL),
    # --- Self-care: round 20's pictures (minor_child.py; settling rules) ---
    R("knock_knees", SELF_CARE, "Both knees touching when a child of 2 to 7 walks, no pain (a stage of growing: they "
      "straighten by themselves); come back for pain, a limp, one side only, or if they are still so after 7",
      ("pediatrics", "orthopedics"), KNOCK_KNEES),
    R("milk_supply_worry", SELF_CARE, "A mother's fear that her milk is too little while her baby gains weight and wets "
      "enough nappies: the milk is enough; feed on demand, day and night, no other milk or water; come back if the "
      "baby stops gaining, wets fewer than 6 nappies a day or feeds poorly", (OBSTETRICS, "pediatrics"), MILK_WORRY),
    R("settling_lochia", SELF_CARE, "Bleeding after a delivery getting less each day, no fever, bad smell or belly "
      "pain (the lochia): rest, clean pads, the postnatal visits; come at once if it gets heavy, with clots, a bad "
      "smell, a fever or belly pain", (OBSTETRICS,), SETTLING_LOCHIA),
    # --- Self-care: round 20's picture (minor_home.py) ---
    R("leech_bite", SELF_CARE, "A leech's bite on a limb that oozes but not heavily (its saliva keeps the blood thin): "
      "press it firmly for 10 minutes, clean and cover it; come back at once if it bleeds heavily, does not stop "
      "after pressing, or turns red, hot and swollen", ("general surgery",), LEECH_BITE),
)
