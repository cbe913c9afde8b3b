"""Red-flag and urgent rules read from the Hinglish wordings of signs_hinglish.py, and a few general ones they
needed (bleeding on a blood thinner, a very high sugar reading with symptoms, fever with rigors, a tearing
pain in the chest or back).

Each row is a rule_roles.Rule's fields (id, level, reason, specialties, condition); rules.py appends them to its
table, so the level is still the highest of every rule that fires. Their Hindi texts are in data/rule_texts.tsv.
"""

from __future__ import annotations

from typing import Final

from .conditions import (Case, Condition, absent, age_at_least, all_of, any_of, denied, flagged, has, lasting, not_mild,
                         preterm, recent, sudden)
from .const import EMERGENCY, ROUTINE, URGENT
from .mimics import EFFORT_BREATHLESS
from .minor import MINOR_KNOCK

ALTERED = ("loss of consciousness", "confusion", "lethargy", "seizure")
# what a blow to the belly may be followed by when something inside is hurt
BELLY_INJURY_SIGNS = ("abdominal pain", "vomiting", "blood in urine", "dizziness", "fainting", "swelling")
BLEEDING_NAMES = ("bleeding", "vaginal bleeding", "blood in stool", "coughing blood", "blood in urine")
SWALLOWED = flagged("swallowed_object", "foreign_body", "choking")
JAW_LOCKED = flagged("tetanus_signs", "jaw_locked")
THROAT_OR_TOOTH = has("sore throat", "toothache", "ear pain")
WOUND = any_of(has("wound", "cut", "dog bite"), flagged("puncture_wound"))
# (a bleeding that stopped on pressing was a bleeding: "on warfarin, nose bled, stopped after pressing")
BLED = any_of(has(*BLEEDING_NAMES), flagged("haematemesis", "gum_bleeding", "nosebleed", "ear_bleeding",
                                            "bleeding_controlled"))

# a child of a told age under 12 (an age not told is no child's here: the older patient's rule is the safer)
_CHILD_TOLD: Final[Condition] = lambda case: ("child",) if case.age is not None and case.age < 12 else None


def _told_this_week(flag: str) -> Condition:
    """The flag's wording told with a time under a week ("since evening", "aaj subah se")."""
    def condition(case: Case) -> tuple[str, ...] | None:
        told = case.flag_durations.get(flag)
        return (told[1],) if told is not None and told[0] < 7 else None
    return condition


HINGLISH_RULE_SPECS: Final[tuple[tuple[str, str, str, tuple[str, ...], Condition], ...]] = (
    # A swallowed object with the voice gone, the throat clutched or the child turning blue: the airway is
    # blocked (back blows and chest or abdominal thrusts now).
    ("airway_foreign_body", EMERGENCY, "Swallowed object with no voice, a clutched throat, blue colour or "
     "breathing trouble (blocked airway)", ("ent", "pediatrics"),
     all_of(SWALLOWED, any_of(flagged("voice_lost", "clutching_throat"),
                              has("cyanosis", "shortness of breath", "wheezing", "fast breathing")))),
    # A swallowed object that is stuck in the gullet drools, cannot swallow, vomits or hurts in the chest (NASPGHAN
    # 2015: remove within 24 hours, at once with these); without them, an X-ray today finds where it is.
    ("swallowed_object_stuck", EMERGENCY, "Swallowed object with drooling, cannot swallow, chest pain or vomiting "
     "(stuck in the food pipe: to be removed today)", ("general surgery", "pediatrics"),
     # (a little pain on swallowing is no gullet blocked: the X-ray of swallowed_object today finds the coin)
     all_of(flagged("swallowed_object", "button_battery"),
            any_of(not_mild("difficulty swallowing"), has("chest pain", "vomiting"),
                   flagged("drooling", "cant_swallow_saliva")))),
    ("swallowed_object", URGENT, "Swallowed a coin, pin or other object, with no danger sign: X-ray today to find "
     "where it is", ("general surgery", "pediatrics"), flagged("swallowed_object")),
    # "jaise hathoda maar diya", "zindagi mein aisa dard nahi hua": the worst headache of a life, struck at once
    ("thunderclap_told", EMERGENCY, "Headache told as the worst ever or struck like a blow (possible haemorrhage)",
     ("neurology",), all_of(has("headache"), flagged("worst_ever_pain"), absent(lasting("headache", 7)))),
    # A locked jaw (or a mouth that will not open) with a wound or with spasms of the body is tetanus, even when
    # swallowing is hard too; a sore throat or a bad tooth that keeps the mouth shut is the throat rules' (abscess).
    ("tetanus_after_wound", EMERGENCY, "Locked jaw or body spasms after a wound, or both together (tetanus)",
     ("infectious disease",),
     any_of(all_of(any_of(JAW_LOCKED, flagged("trismus", "body_spasms")), WOUND, absent(THROAT_OR_TOOTH)),
            all_of(any_of(JAW_LOCKED, flagged("trismus")), flagged("body_spasms")),
            all_of(flagged("jaw_locked"), absent(has("difficulty swallowing")), absent(THROAT_OR_TOOTH)))),
    # A wound and no tetanus shot (or none remembered), no lockjaw or spasm: tetanus toxoid, and for a dirty, deep or
    # puncture wound never vaccinated immunoglobulin too, the same day (WHO 2017 tetanus position paper).
    ("tetanus_prophylaxis", URGENT, "A wound with no tetanus shot or none remembered (tetanus toxoid, and "
     "immunoglobulin for a dirty or deep wound, today)", ("general surgery",),
     all_of(WOUND, flagged("no_tetanus_shot"))),
    ("sudden_sight_loss", URGENT, "Cannot see from an eye (sudden loss of vision: see the eye doctor today)",
     ("ophthalmology",), flagged("sight_lost")),
    # A bump on the head: NICE CG176 scans a child for drowsiness, a fit or three vomits; one vomit is watched today.
    ("head_bump_danger", EMERGENCY, "Bump on the head with drowsiness, a fit, loss of consciousness or vomiting "
     "again and again", ("neurology", "general surgery"),
     all_of(flagged("head_bump"), any_of(has(*ALTERED), flagged("vomits_everything")))),
    # Drooping eyelids with trouble swallowing, speaking, seeing or breathing: a paralysis that climbs to the
    # breathing muscles (a krait's painless bite in the night, botulism, a myasthenic crisis: WHO SEAR snakebite
    # guidelines 2016); drooping eyelids alone are seen today (a nerve palsy, a first sign of the same).
    ("descending_paralysis", EMERGENCY, "Drooping eyelids with trouble swallowing, speaking, seeing or breathing "
     "(possible krait bite or botulism: paralysis that can stop the breathing)", ("neurology",),
     all_of(flagged("drooping_eyelids"), any_of(has("difficulty swallowing", "slurred speech", "blurred vision",
                                                    "shortness of breath", "weakness", "abdominal pain"),
                                                flagged("snake_nearby")))),
    ("drooping_eyelids", URGENT, "Drooping eyelids (a nerve or muscle weakness to examine today)", ("neurology",),
     flagged("drooping_eyelids")),
    # Fear of water or of a draught of air (hydrophobia, aerophobia) is rabies, weeks after a bite (WHO 2018).
    ("rabies_signs", EMERGENCY, "Afraid of water or of a draught of air (possible rabies)", ("infectious disease",),
     flagged("fear_of_water")),
    # The gut seen through a wound (evisceration) is an open belly injury: cover it moist, the surgeon now (ATLS).
    ("evisceration", EMERGENCY, "The gut is out through a wound (open abdominal injury)", ("general surgery",),
     flagged("gut_out")),
    # Deafness of sudden onset in one ear (sudden sensorineural hearing loss: steroids within days, NICE CKS 2023);
    # a ringing in the ear with it is the same story, and so is a deafness found on waking (signs_seen.woke_deaf)
    ("sudden_hearing_loss", URGENT, "Hearing lost suddenly (to be treated within days)", ("ent",),
     any_of(sudden("hearing loss"), flagged("sudden_deafness"),
            all_of(has("hearing loss"), flagged("ear_ringing"), absent(lasting("hearing loss", 30))))),
    ("head_bump", URGENT, "Bump on the head after a fall or a blow", ("general surgery",),
     all_of(flagged("head_bump"), absent(MINOR_KNOCK))),
    # Shaking chills: malaria (test today in an endemic area) or blood-borne infection, at any age.
    ("fever_with_rigors", URGENT, "Fever with shaking chills (rigors): test for malaria today", ("infectious disease",
                                                                                                 "general medicine"),
     all_of(has("fever"), flagged("rigors"))),
    # round 21, WHO Guidelines for malaria (2023): a malaria confirmed by a test (the ASHA's RDT, a slide) is treated
    # without delay (an artemisinin combination; in a child under 5, IMCI's "malaria": treat, and watch for danger
    # signs): the same day, never in turn, with or without the fever told
    ("malaria_confirmed", URGENT, "A malaria test told positive: treat today (artemisinin combination); at once "
     "with fits, drowsiness, vomiting everything, dark urine or yellow eyes",
     ("infectious disease", "general medicine"), flagged("malaria_positive")),
    # round 21, NICE NG25 / WHO MCPC: the belly going hard again and again before 37 weeks, told by how often it
    # comes, is a threatened preterm labour, examined in the labour room today (at once when the pains are regular,
    # the waters go or blood comes: labour_danger, preterm_waters)
    ("preterm_tightenings", URGENT, "The belly tightening again and again before 37 weeks (possible preterm labour: "
     "the labour room today)", ("obstetrics and gynecology",), all_of(preterm(), flagged("belly_tightening"))),
    ("symptomatic_hyperglycaemia", URGENT, "Blood sugar of 400 or more with thirst, much urine, vomiting or weakness "
     "(treat today before it turns to ketoacidosis or a hyperosmolar state)", ("endocrinology",),
     all_of(flagged("very_high_sugar"), has("excessive thirst", "frequent urination", "vomiting", "weight loss",
                                            "fatigue", "abdominal pain", "dizziness", "blurred vision"))),
    ("acute_behaviour_change", URGENT, "Talking or laughing alone, fears of being attacked, or threats of violence "
     "(possible acute psychosis: assess today)", ("psychiatry",), flagged("behaviour_psychotic")),
    # CIWA: tremor, sweating, anxiety or sleeplessness a day or days after the last drink; fits or confusion are
    # emergencies by the convulsion and confusion rules
    ("alcohol_withdrawal", URGENT, "Shaking, sweating, anxiety or sleeplessness after stopping alcohol (withdrawal: "
     "treat today before fits or delirium)", ("psychiatry", "general medicine"),
     all_of(flagged("alcohol_stopped"), any_of(flagged("tremor"), has("sweating", "anxiety", "insomnia",
                                                                    "palpitations", "confusion", "seizure")))),
    # drinking as a habit, or wanting to stop, with no withdrawal told: a de-addiction assessment (AUDIT, the liver,
    # the mood), not a poisoning (the meaning fallback had read "roz pauwa peete hain" as one)
    ("alcohol_use", ROUTINE, "Drinks alcohol as a habit or wants to stop: de-addiction assessment (liver, mood, "
     "withdrawal risk)", ("psychiatry",), flagged("alcohol_use")),
    ("bleeding_on_anticoagulant", URGENT, "Bleeding or a head injury while on a blood thinner (check the INR and "
     "examine today)", ("general medicine",),
     all_of(flagged("anticoagulant"), any_of(BLED, flagged("head_injury", "head_bump")))),
    # A tearing or ripping pain in the chest, the back between the shoulder blades or the belly is an aortic
    # dissection until shown otherwise (ESC 2014: the pain's quality is its most specific sign); a tearing pain in a
    # calf or a thigh is a muscle's
    ("aortic_dissection_signs", EMERGENCY, "A tearing or ripping pain in the chest, back or belly (possible tear "
     "of the aorta: needs a hospital now)", ("cardiology",),
     any_of(flagged("tearing_chest_pain", "tearing_back_pain", "tearing_belly_pain"),
            all_of(flagged("tearing_pain"), any_of(has("chest pain", "back pain", "abdominal pain"),
                                                   flagged("between_shoulder_blades"))))),
    # round 23: a belly's pain with the belly not to be touched, or the whole of it gone tight, and a fever or
    # vomiting: a peritonitis (a perforated appendix after days of pain) until shown otherwise (WHO Surgical Care at
    # the District Hospital: guarding and rigidity are peritonitis, a surgeon now); a tight belly alone may be wind
    ("belly_guarded", EMERGENCY, "Belly pain with the belly too tender to touch or gone tight all over, with fever "
     "or vomiting (possible peritonitis: a surgeon now)", ("general surgery",),
     all_of(has("abdominal pain"), any_of(all_of(flagged("belly_touched_hurts"), has("fever", "vomiting")),
                                          all_of(flagged("whole_belly_tight"), has("fever"), has("vomiting"))))),
    # --- round 17: emergencies and urgent pictures told without their names ---
    # A cupful of blood coughed up is a massive haemoptysis (the airway drowns before the blood is lost); a streak
    # is haemoptysis (URGENT)
    ("massive_haemoptysis", EMERGENCY, "A cupful or more of blood coughed up (massive haemoptysis: hospital now)",
     ("pulmonology",), all_of(has("coughing blood"), flagged("cupful_amount", "heavy_bleeding"))),
    # An eye swollen shut with a fever and a headache (often after a squeezed boil of the nose, the face's danger
    # triangle, or a sinus infection): orbital cellulitis reaching the brain's veins, a hospital now; the eyelids
    # swollen shut with a fever after an insect bite, no headache, are a preseptal cellulitis to treat today
    ("orbital_cellulitis", EMERGENCY, "An eye swollen shut with fever and headache (orbital cellulitis: hospital "
     "now)", ("ophthalmology",), all_of(flagged("eye_swollen_shut"), has("fever"), has("headache"))),
    # A painful red eye or haloes, with the eye felt hard as a stone: acute angle-closure with a very high pressure,
    # the sight lost within hours (the pressure lowered now); the haloes alone are acute_glaucoma_signs (today)
    ("acute_glaucoma_hard_eye", EMERGENCY, "Painful red eye or haloes with the eye hard as stone (acute "
     "glaucoma, very high pressure: the eye hospital now)", ("ophthalmology",),
     all_of(flagged("eye_hard"), any_of(flagged("haloes"), has("eye pain", "red eye")))),
    # A headache, nausea, sweating or a blur after spraying a pesticide: the first signs of organophosphate
    # poisoning, which may worsen over hours (the poisoning rules read the rest)
    ("unwell_after_spraying", URGENT, "Symptoms after spraying a pesticide (possible pesticide poisoning: wash, see "
     "today)", ("general medicine",),
     all_of(flagged("after_spraying", "pesticide_exposure"), has("headache", "nausea", "vomiting", "dizziness", "sweating",
                                           "blurred vision", "abdominal pain", "diarrhea"))),
    # Claw marks of an animal: WHO's category II or III rabies exposure (vaccine, and immunoglobulin for a deep or
    # bleeding one) and a dirty wound to clean today
    ("animal_scratch", URGENT, "Scratched by an animal's claws (rabies vaccine and wound care today)",
     ("general medicine", "general surgery"), flagged("claw_marks")),
    # A kick, a blow or a horn to the belly (signs_seen.abdominal_blow): a spleen, a liver or a bowel torn inside shows
    # no mark for hours (ATLS), worst in a child: examined today when the belly hurts or anything follows, or nothing
    # says the child is well; a rigid belly, shock or blood vomited are the emergency rules'
    ("blunt_abdominal_trauma", URGENT, "A kick, blow or horn to the belly (possible injury inside: examine today, at "
     "once if the pain grows, the belly swells or hardens, or there is vomiting, paleness or faintness)",
     ("general surgery",),
     all_of(flagged("abdominal_blow"), absent(denied("abdominal pain")),
            any_of(has(*BELLY_INJURY_SIGNS), absent(flagged("reassurance"))))),
    # A rash or hives after a new medicine: a drug allergy (stop it, see today); with a swollen face or throat or
    # breathing trouble, anaphylaxis's rules are the emergency
    ("drug_rash", URGENT, "A rash or hives after a new medicine (drug allergy: stop it and see a doctor today)",
     ("dermatology", "general medicine"),
     any_of(flagged("drug_rash"), all_of(flagged("medicine_started"), has("rash"), recent("rash", 42)))),
    # --- round 21: Maithili and Magahi emergencies ---
    # Illicit liquor, then a sight blurred or lost, a deep fast breath, drowsiness or fits: methanol poisoning (WHO
    # 2014 methanol outbreaks: an antidote and dialysis within hours save the sight and the life); a habit of drinking
    # told alone is alcohol_use's
    ("methanol_poisoning", EMERGENCY, "Illicit liquor followed by blurred or lost sight, fast or deep breathing, "
     "drowsiness or fits (possible methanol poisoning: hospital now)", ("general medicine",),
     all_of(flagged("illicit_liquor"), any_of(has("blurred vision", "fast breathing", "shortness of breath",
                                                  "confusion", "lethargy", "loss of consciousness", "seizure"),
                                              flagged("sight_lost", "vision_loss", "acidotic_breathing")))),
    # A fever with speech no longer right (signs_maithili.speech_muddled, "thik sa nai bolait"): an altered mind with
    # a fever, sepsis, meningitis or cerebral malaria until shown otherwise (sepsis_signs reads "confusion"); a late
    # talker says it with no fever
    ("fever_speech_muddled", EMERGENCY, "Fever with speech no longer right (altered mental state: possible sepsis, "
     "meningitis or cerebral malaria)", ("infectious disease",), all_of(has("fever"), flagged("speech_muddled"))),
    # the same words with no fever: a child's late or unclear speech (a speech and hearing assessment); an older
    # patient's speech gone wrong is examined today (now by the stroke rules when sudden or with a weak side)
    ("child_speech_unclear", ROUTINE, "A child who does not speak properly (speech and hearing assessment)",
     ("pediatrics",), all_of(flagged("speech_muddled"), _CHILD_TOLD)),
    ("speech_not_right", URGENT, "Not speaking properly (a new trouble with speech: examine today, now if it began "
     "suddenly or with a weak side)", ("neurology",), all_of(flagged("speech_muddled"), absent(_CHILD_TOLD))),
    # A child gone white with a breathlessness: severe anaemia with respiratory distress (WHO ETAT: a transfusion
    # now); a pallor told alone, or breathless only on the stairs, is seen as the anaemia it is
    ("anaemia_breathless", EMERGENCY, "A child gone very pale and breathless (severe anaemia with respiratory "
     "distress: hospital now)", ("pediatrics",),
     all_of(flagged("pallor"), has("shortness of breath", "fast breathing"), absent(age_at_least(15)),
            absent(EFFORT_BREATHLESS))),
    # --- round 22 ---
    # An older person gone quiet, only staring, not answering the family, of hours or a day or two (NICE CG103:
    # hypoactive delirium, withdrawn and sleepy, is the kind most missed; its cause, often an infection, is found at
    # once); the same stare for weeks is the memory clinic's
    ("elder_gone_quiet", EMERGENCY, "An older person gone quiet, staring, not answering (hypoactive delirium: its "
     "cause, often an infection, found now)", ("general medicine",),
     all_of(flagged("withdrawn_staring"), age_at_least(65), _told_this_week("withdrawn_staring"),
            absent(flagged("grief")), absent(has("low mood")))),
    # --- round 23 ---
    # A period that has not stopped for a week or more (FIGO AUB: prolonged menstrual bleeding, over 8 days), with
    # dizziness, weakness or a racing heart: anaemia from the blood lost, a blood count and an examination today
    # (NICE NG88); fainting, or a pad soaked every hour, is the bleeding rules' emergency
    ("prolonged_period_symptomatic", URGENT, "A period that has not stopped for a week or more, with dizziness, "
     "weakness or a racing heart (blood loss: a blood count and an examination today; at once if faint or soaking "
     "a pad every hour)", ("obstetrics and gynecology",),
     all_of(flagged("period_not_stopping"), has("dizziness", "fatigue", "weakness", "palpitations",
                                                "shortness of breath"))),
)

