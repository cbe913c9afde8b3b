"""The triage rules table: red flags first, then urgent signs, then routine and self-care (the rows for everyday
complaints, urgent and routine, are rules_complaints.py's; those of pregnancy, labour and the days after a birth are
rules_pregnancy.py's), and fire_rules, which reads it. The clinical pictures
the rows combine (BE-FAST, a chest's danger signs, a labour under way, ...) are pictures.py's.

Emergency signs follow WHO ETAT (airway/breathing, circulation, coma,
convulsion, severe dehydration) and the South African Triage Scale; child
danger signs follow IMCI; pregnancy danger signs follow WHO's Managing
Complications in Pregnancy and Childbirth (MCPC). The level of a complaint is
the highest level among the rules that fire.
"""

from __future__ import annotations

from typing import Final

from . import vitals as v
from .conditions import (
    Case,
    absent,
    age_at_least,
    all_of,
    any_of,
    at_least,
    began_within,
    breath_holding_spell,
    denied,
    diabetic,
    elderly,
    first_day_of_life,
    flagged,
    has,
    imci_pneumonia,
    infant,
    lasting,
    numbness_explained,
    posseting,
    recent,
    severe,
    sudden,
    under_five,
    well_newborn,
    young_infant,
)
from .const import EMERGENCY, GENERAL_MEDICINE, LEVEL_RANK, OBSTETRICS, URGENT
from .mimics import (
    CYCLICAL_HEAVY_PERIODS,
    EFFORT_BREATHLESS,
    ELDER_DELIRIUM,
    FIT_OVER,
    PANIC_ATTACK,
    SLOW_MEMORY_LOSS,
    TRANSIENT_DEFICIT,
    WELL_CHILD_PURPURA,
    USUAL_FIT_OVER,
)
from .minor import STOPPED_NOSEBLEED, VACCINE_REACTION
from .minor_child import FACE_JAUNDICE
from .lookalikes import (BELLS_PALSY, EPIDIDYMO_ORCHITIS, FLOATERS_BLUR, ONE_VOMIT_AFTER_KNOCK, QUINSY,
                         STOPPED_HEAVY_NOSEBLEED)
from .pictures import (
    ACUTE_ORTHOPNOEA_DAYS,
    ALLERGY_AIRWAY,
    ALLERGY_CIRCULATION,
    ALTERED_CONSCIOUSNESS,
    BE_FAST,
    BLEEDING,
    CHEST_DANGER,
    DENTAL_INFECTION,
    DROWSY,
    HYPERTENSIVE_ORGAN_SIGNS,
    LOW_SUGAR_TREATED,
    PERSISTENT_VOMITING,
    RESP_RATE_FAST_CHILD,
    SCORPION_ADULT_AGE,
    SCORPION_VENOM_SIGNS,
    snake_named,
)
from .rule_roles import Firing, Rule
from .rules_complaints import COMPLAINT_RULES
from .rules_hinglish import HINGLISH_RULE_SPECS
from .rules_mimic import MIMIC_RULES
from .rules_lookalike import LOOKALIKE_RULES
from .rules_elder import ELDER_RULES
from .rules_pregnancy import PREGNANCY_EMERGENCY_RULES, PREGNANCY_URGENT_RULES
from .rules_quiet import QUIET_RULES
from .rules_under import UNDER_RULES
from .rules_newborn import NEWBORN_RULES, PYLORIC_PICTURE
from .rules_alarming import ALARMING_RULES
from .rules_infantsurg import INFANTSURG_RULES


R = Rule
RULES: Final[tuple[Rule, ...]] = (
    # --- Emergency: airway and breathing (ETAT "A" and "B") ---
    # NICE CKS sore throat: drooling, a muffled voice or saliva that cannot be swallowed suggest epiglottitis or a
    # deep neck abscess: the airway may close (admit at once; do not examine the throat)
    R("epiglottitis_signs", EMERGENCY, "Cannot swallow even saliva, with drooling, a muffled voice or fever "
      "(possible epiglottitis or deep neck abscess: the airway may close)", ("ent",),
      all_of(flagged("cant_swallow_saliva"), absent(flagged("teething")),
             any_of(flagged("muffled_voice", "drooling"), has("fever")), absent(QUINSY))),
    R("airway_obstruction", EMERGENCY, "Airway threatened: choking, stridor or a swelling throat", ("ent",),
      any_of(flagged("choking", "stridor"), all_of(flagged("stuck_in_throat"), absent(denied("shortness of breath"))),
             all_of(has("throat swelling"), has("shortness of breath", "wheezing", "difficulty swallowing")))),
    R("anaphylaxis", EMERGENCY, "Anaphylaxis: allergic skin or lip swelling with breathing trouble or collapse, "
      "or two body systems after a likely allergen (WAO)", (),
      any_of(all_of(any_of(flagged("face_swelling", "allergen"), has("rash", "itching")),
                    any_of(has(*ALLERGY_AIRWAY, *ALLERGY_CIRCULATION), v.hypotension())),
             all_of(flagged("allergen"), at_least(2, any_of(has("rash", "itching"), flagged("face_swelling")),
                                                  has(*ALLERGY_AIRWAY), any_of(has(*ALLERGY_CIRCULATION),
                                                                               v.hypotension()),
                                                  has("vomiting", "abdominal pain", "diarrhea"))))),
    R("angioedema_after_exposure", EMERGENCY, "Lip, tongue or face swelling after a sting or drug", (),
      all_of(flagged("face_swelling"), flagged("allergen"))),
    R("severe_respiratory_distress", EMERGENCY, "Severe breathing difficulty or central cyanosis (ETAT)",
      ("pulmonology",),
      any_of(severe("shortness of breath", "wheezing"), all_of(has("cyanosis"), absent(breath_holding_spell())),
             flagged("too_breathless_to_speak"),
             all_of(flagged("speech_in_words"), has("shortness of breath", "wheezing", "fast breathing")),
             all_of(has("shortness of breath", "fast breathing"), has(*DROWSY)))),
    # GINA/BTS: an attack the reliever does not turn is a severe one (asthma action plans: call for help when the
    # inhaler gives no relief): a wheeze it does not relieve, or a breathlessness it has not relieved taken again
    # and again (a breathlessness of days that one puff does not settle, with a cough and green sputum, is an
    # exacerbation seen today); some relief ("not helping much") is no failed reliever
    R("asthma_not_relieved", EMERGENCY, "Wheeze or breathlessness not relieved by the reliever inhaler or "
      "nebuliser (a severe attack)", ("pulmonology",),
      all_of(any_of(all_of(flagged("reliever_not_helping", "reliever_repeated_no_relief"), has("wheezing")),
                    all_of(flagged("reliever_repeated_no_relief"), has("shortness of breath", "fast breathing"))),
             absent(flagged("reliever_partly_helping")))),
    R("hypoxaemia", EMERGENCY, "Oxygen saturation below 90%", ("pulmonology",), v.below("spo2", v.SPO2_EMERGENCY)),
    # --- Emergency: circulation ---
    R("shock", EMERGENCY, "Signs of shock: cold clammy skin, weak pulse or low blood pressure (ETAT)", (),
      any_of(flagged("shock_signs", "cold_clammy"), v.hypotension())),
    R("severe_bleeding", EMERGENCY, "Heavy bleeding, vomiting blood, or bleeding with fainting or dizziness", (),
      # (round 23: not a nosebleed told heavy that pressure stopped: a child's within minutes is home care,
      # minor.stopped_nosebleed; an elder's with no dizziness is seen today, lookalikes.stopped_heavy_nosebleed)
      any_of(all_of(any_of(severe("bleeding"), flagged("heavy_bleeding")), absent(CYCLICAL_HEAVY_PERIODS),
                    absent(STOPPED_NOSEBLEED), absent(STOPPED_HEAVY_NOSEBLEED)),
             # (round 23: a bleed told stopped still bled: "nosebleed, stopped on pressing, but I feel dizzy")
             flagged("haematemesis"), all_of(any_of(has(*BLEEDING), flagged("nosebleed", "bleeding_controlled")),
                                             has("fainting", "loss of consciousness", "dizziness")))),
    R("cardiac_chest_pain", EMERGENCY, "Chest pain with danger features (sweating, breathlessness, fainting, "
      "radiation, severe, or age 40+ and recent)", ("cardiology",),
      all_of(has("chest pain"), CHEST_DANGER)),
    # (a jaw that aches from an infected tooth, swollen or feverish, sweats with the fever: dental_abscess's)
    R("cardiac_pain_equivalent", EMERGENCY, "Left arm or jaw pain with sweating, breathlessness or nausea",
      ("cardiology",),
      all_of(flagged("arm_jaw_pain"), any_of(has("sweating", "shortness of breath", "nausea", "vomiting", "fainting",
                                                 "palpitations"), flagged("cold_clammy")),
             absent(DENTAL_INFECTION))),
    # the pattern of angina (brought on by walking or climbing, eased by rest) in a pain of the jaw, the teeth, the arm
    # or the chest, with sweating, breathlessness or nausea: an acute coronary syndrome told by where it is felt
    # (a heart's pain in the jaw comes to the dentist; a toothache of the tooth's own is not eased by standing still)
    R("exertional_heart_pain", EMERGENCY, "Pain of the jaw, teeth, arm or chest brought on by walking and eased by "
      "rest, with sweating, breathlessness or nausea (possible heart attack)", ("cardiology",),
      all_of(flagged("exertional_pain"), any_of(has("toothache", "chest pain"), flagged("arm_jaw_pain")),
             any_of(has("sweating", "shortness of breath", "nausea", "vomiting", "fainting"),
                    flagged("cold_clammy")))),
    R("palpitations_dizzy", URGENT, "Palpitations with dizziness (check pulse and ECG today)", ("cardiology",),
      all_of(has("palpitations"), has("dizziness"), absent(PANIC_ATTACK))),
    # (a fall with the dark before the eyes after the heart raced is a faint told by what was felt, ESC 2018 syncope:
    # palpitations before a syncope are a high-risk feature, an arrhythmia's)
    R("unstable_palpitations", EMERGENCY, "Palpitations with fainting (or a fall with dizziness), chest pain or "
      "breathlessness", ("cardiology",),
      all_of(has("palpitations"), any_of(has("fainting", "loss of consciousness", "chest pain", "shortness of breath"),
                                         all_of(has("dizziness"), has("fall"))),
             absent(EFFORT_BREATHLESS), absent(PANIC_ATTACK))),
    # ESC 2018 / NICE CG109: a faint during exercise is a high-risk faint (an arrhythmia, a cardiomyopathy, a blocked
    # valve may kill on the next effort), seen now even when the patient is well again; one told days ago is the
    # fainting rule's (seen today)
    R("exertional_syncope", EMERGENCY, "Fainted or lost consciousness during sport or exercise (a faint on exertion "
      "may be the heart's)", ("cardiology",),
      all_of(flagged("during_exertion"), any_of(recent("fainting", 2), recent("loss of consciousness", 2)))),
    R("pulse_danger_child", EMERGENCY, "Pulse dangerously fast or slow for a child's age (ETAT/PALS)",
      ("pediatrics",), v.outside_band("pulse", v.PULSE_BANDS, EMERGENCY, ages=(0, v.ADULT_VITALS_AGE))),
    R("pulse_danger_adult", EMERGENCY, "Pulse 130 or more, or 40 or less (SATS/NEWS2 danger limits)", ("cardiology",),
      v.outside_band("pulse", v.PULSE_BANDS, EMERGENCY, ages=(v.ADULT_VITALS_AGE, 200))),
    R("resp_rate_danger_child", EMERGENCY, "Fast breathing for age in a child under 5 (IMCI: 60, 50, 40 a minute "
      "under 2 months, 12 months, 5 years)", ("pediatrics",),
      all_of(RESP_RATE_FAST_CHILD, any_of(absent(imci_pneumonia()), v.very_fast_breathing()))),
    R("resp_rate_danger_older_child", EMERGENCY, "Respiratory rate dangerous for a child of 5 to 12 (40 a minute or "
      "more, or 12 or less)", ("pediatrics",),
      v.outside_band("resp_rate", v.RESP_RATE_BANDS, EMERGENCY, ages=(5, v.ADULT_VITALS_AGE))),
    R("resp_rate_danger_adult", EMERGENCY, "Respiratory rate 30 or more, or 8 or less (adult danger limits, "
      "SATS/NEWS2)", ("pulmonology",),
      v.outside_band("resp_rate", v.RESP_RATE_BANDS, EMERGENCY, ages=(v.ADULT_VITALS_AGE, 200))),
    R("hypertensive_emergency", EMERGENCY, "Very high blood pressure with headache, chest pain or neurological signs",
      ("cardiology",), any_of(v.at_or_above("systolic_bp", v.SBP_CRISIS),
                              all_of(v.severe_hypertension(), HYPERTENSIVE_ORGAN_SIGNS))),
    # --- Emergency: coma, convulsion, stroke, meningitis ---
    R("coma", EMERGENCY, "Unconscious or unresponsive (ETAT coma)", ("neurology",),
      all_of(has("loss of consciousness"), absent(breath_holding_spell()), absent(FIT_OVER))),
    R("convulsions", EMERGENCY, "Convulsions (ETAT / IMCI danger sign)", ("neurology",),
      all_of(has("seizure"), absent(FIT_OVER))),
    # one short fit, over, the patient well again (mimics.fit_over): its cause found today, not resuscitation
    R("fit_over", URGENT, "One short fit that has stopped, the patient awake and well again (a fever's fit in a young "
      "child, a first fit, a missed dose): seen today; at once if another fit comes, one lasts 5 minutes, or the "
      "patient is drowsy", ("neurology",), all_of(FIT_OVER, absent(USUAL_FIT_OVER))),
    R("stroke_signs", EMERGENCY, "Stroke signs (BE-FAST): facial droop, speech trouble, one-sided weakness, "
      "sudden vision loss", ("neurology",), all_of(BE_FAST, absent(TRANSIENT_DEFICIT), absent(ELDER_DELIRIUM),
                                                   absent(BELLS_PALSY), absent(FLOATERS_BLUR))),
    # NICE NG128: a stroke's sign that went away, the patient well now (mimics.transient_deficit): a TIA, aspirin and
    # a specialist within 24 hours (round 23: not a leg sat on cross-legged that came back with pins and needles,
    # conditions.numbness_own_cause)
    R("transient_ischaemic_attack", URGENT, "A stroke's sign that went away within minutes or hours, well now "
      "(possible TIA: a doctor today, a stroke may follow within days; at once if any sign comes back)",
      ("neurology",), all_of(BE_FAST, TRANSIENT_DEFICIT, absent(numbness_explained()))),
    R("meningitis_signs", EMERGENCY, "Stiff neck with fever, headache, vomiting or drowsiness", ("neurology",),
      all_of(has("neck stiffness"), has("fever", "headache", "vomiting", "lethargy", "confusion"))),
    R("thunderclap_headache", EMERGENCY, "Sudden worst-ever headache (possible haemorrhage)", ("neurology",),
      any_of(flagged("thunderclap"), all_of(sudden("headache"), severe("headache")))),
    R("head_injury_danger", EMERGENCY, "Head injury with vomiting, drowsiness, fits or loss of consciousness, or "
      "blood from the ear after a fall or accident (skull fracture)", ("neurology", "general surgery"),
      any_of(all_of(flagged("head_injury", "fall_from_height"), any_of(has("vomiting", *ALTERED_CONSCIOUSNESS),
                                                                       severe("headache")),
                    absent(ONE_VOMIT_AFTER_KNOCK)),
             all_of(any_of(has("fall"), flagged("trauma", "head_injury")), flagged("ear_bleeding")))),
    R("reduced_consciousness", EMERGENCY,
      "Rouses only when called or shaken, then sleeps again (reduced consciousness, AVPU V or P)", ("neurology",),
      flagged("hard_to_rouse")),
    R("sepsis_signs", EMERGENCY, "Fever with drowsiness, confusion, shock or a purple rash (possible sepsis)",
      ("infectious disease",), all_of(has("fever"), any_of(has("lethargy", "confusion", "loss of consciousness"),
                                                            flagged("shock_signs", "cold_clammy", "purpura")))),
    R("fever_jaundice_organ_failure", EMERGENCY, "Fever with jaundice and little urine, coughing blood or "
      "bleeding (severe leptospirosis or malaria: failing kidneys, bleeding lungs)", ("infectious disease",),
      all_of(has("fever"), has("jaundice"), has("reduced urine", "coughing blood", "bleeding", "blood in urine",
                                                "blood in stool", "confusion"))),
    R("purpuric_rash", EMERGENCY, "Non-blanching purple rash (possible meningococcal disease)", ("infectious disease",),
      all_of(flagged("purpura"), absent(WELL_CHILD_PURPURA))),
    # --- Emergency: dehydration, poisoning, injury, mental health ---
    # (little urine is none of WHO's four signs of severe dehydration: it counts only when nothing says the patient
    # drinks eagerly, which is IMCI's sign of SOME dehydration, and no child too weak to drink does)
    R("severe_dehydration", EMERGENCY, "Diarrhoea or vomiting with two signs of severe dehydration (WHO)",
      ("gastroenterology",), all_of(has("diarrhea", "vomiting"),
                                    at_least(2, has("lethargy", "loss of consciousness"), has("sunken eyes"),
                                             has("unable to drink"), flagged("skin_pinch_slow"),
                                             all_of(has("reduced urine"), absent(has("excessive thirst"))),
                                             has("confusion"), has("fainting"),
                                             # cold hands, too weak to stand (WHO cholera: prostration, poor pulse)
                                             flagged("shock_signs", "cold_hands"), flagged("cannot_stand")))),
    R("possible_pulmonary_embolism", EMERGENCY, "Painful swollen leg with breathlessness or chest pain",
      ("pulmonology",),
      all_of(has("leg pain"), has("swelling"), has("shortness of breath", "chest pain", "fast breathing"))),
    R("acute_limb_ischaemia", EMERGENCY, "A limb suddenly cold, pale and painful or numb (a blocked artery: hours "
      "to save the limb)", ("general surgery",),
      flagged("cold_pale_limb")),
    R("penetrating_injury", EMERGENCY, "Stab or gunshot wound (penetrating injury: bleeding inside may not show)",
      ("general surgery",), flagged("penetrating_injury")),
    # round 20: a bone out through the skin (SATS: a compound fracture is very urgent; antibiotics within the hour)
    R("open_fracture", EMERGENCY, "A bone seen through the wound (open fracture: cover, splint, antibiotics and the "
      "surgeon now)", ("orthopedics", "general surgery"), flagged("open_fracture")),
    R("possible_spinal_injury", EMERGENCY, "Numb or weak limbs after a fall or injury", ("neurology", "orthopedics"),
      all_of(any_of(has("fall"), flagged("trauma", "head_injury")), any_of(has("numbness", "weakness"),
                                                                          flagged("limb_weakness", "focal_weakness")))),
    R("bulging_fontanelle", EMERGENCY, "Bulging fontanelle (possible meningitis, IMCI)", ("pediatrics",),
      flagged("bulging_fontanelle")),
    R("tetanus_signs", EMERGENCY, "Stiff jaw or cannot open the mouth (possible tetanus)", ("infectious disease",),
      all_of(flagged("tetanus_signs"), absent(has("sore throat", "toothache", "difficulty swallowing", "ear pain")))),
    R("acute_abdomen", EMERGENCY, "Rigid abdomen, or sudden severe abdominal pain (possible perforation)",
      ("general surgery",), any_of(flagged("peritonism"), all_of(sudden("abdominal pain"), severe("abdominal pain")))),
    R("spinal_cord_compression", EMERGENCY, "Leg weakness with back pain or loss of bladder control", ("neurology",),
      any_of(flagged("bladder_bowel_loss"), all_of(flagged("limb_weakness", "focal_weakness"), has("back pain")))),
    # NICE CKS (sciatica, low back pain): suspected cauda equina is referred at once: a saddle gone numb, or both legs
    # numb with the bladder failing, beside a back's or a leg's pain (both legs numb for months, with nothing new, is
    # not this)
    R("cauda_equina", EMERGENCY, "Numbness of the saddle area, or of both legs with urine not coming, with back or "
      "leg pain (possible cauda equina compression)", ("neurology",),
      any_of(all_of(flagged("saddle_numbness"), any_of(has("back pain", "leg pain", "reduced urine"),
                                                         flagged("both_legs_numb", "limb_weakness"))),
             all_of(flagged("both_legs_numb"), has("back pain"), has("reduced urine"),
                    absent(lasting("numbness", 28))))),
    R("cold_infant", EMERGENCY, "Young child cold to touch (hypothermia, IMCI)", ("pediatrics",),
      all_of(under_five(), flagged("cold_baby"))),
    # WHO 2009: mucosal bleeding (gums, nose) is a warning sign (admit): a fever with a rash, body or joint pains or
    # pain behind the eyes is dengue until tested, named or not
    R("dengue_warning_signs", EMERGENCY, "Dengue with a warning sign: bleeding, belly pain, vomiting again and "
      "again, drowsiness or restlessness, cold or faint as the fever falls (WHO)", ("infectious disease",),
      all_of(any_of(flagged("dengue"), all_of(has("fever"), flagged("defervescence")),
                    all_of(has("fever"), has("rash", "body ache", "joint pain", "retro-orbital pain"),
                           flagged("gum_bleeding", "nosebleed"))),
             any_of(has(*BLEEDING, "lethargy", "confusion", "fainting", "dizziness", "abdominal pain", "reduced urine",
                        "loss of consciousness"),
                    flagged(*PERSISTENT_VOMITING, "shock_signs", "cold_clammy")))),
    R("febrile_abdomen", EMERGENCY, "Fever with belly pain and vomiting again and again (dengue warning signs, "
      "sepsis or a surgical abdomen)", ("general surgery", "infectious disease"),
      all_of(has("fever"), has("abdominal pain"), flagged(*PERSISTENT_VOMITING))),
    R("elderly_pneumonia", EMERGENCY, "Older adult with fever or cough and fast breathing, confusion or drowsiness "
      "(severe pneumonia: CURB-65)", ("pulmonology",),
      all_of(elderly(), has("fever", "cough"), has("fast breathing", "confusion", "lethargy"))),
    R("atypical_coronary_syndrome", EMERGENCY, "Sweating with breathlessness, nausea, faintness or exhaustion in a "
      "diabetic or a person over 50 (heart attack without chest pain)", ("cardiology",),
      all_of(any_of(diabetic(), age_at_least(50)), has("sweating"),
             has("shortness of breath", "nausea", "vomiting", "fatigue", "dizziness", "fainting", "anxiety"))),
    R("heat_stroke", EMERGENCY, "Heat stroke: hot, confused or collapsed after heat or exertion (cool now)",
      # heat stroke named, or work in the sun told with the brain's failing (confusion, collapse, a fit): the
      # central nervous system dysfunction that defines heat stroke (NDMA heat action plan)
      (GENERAL_MEDICINE,), any_of(flagged("heat_stroke"),
                                  all_of(flagged("heat_exposure"),
                                         has("confusion", "loss of consciousness", "seizure")))),
    R("multiple_stings", EMERGENCY, "Many bee or wasp stings at once (a swarm: venom poisoning and anaphylaxis, worst "
      "in a child)", (), flagged("multiple_stings")),
    R("newborn_not_breathing", EMERGENCY, "Newborn not crying or breathing at birth (birth asphyxia: resuscitate "
      "now)", ("pediatrics",), flagged("newborn_not_breathing")),
    # ophthalmic triage: an injured eye that has lost its sight may be open (globe rupture, hyphaema): now, not today
    R("eye_injury_vision_loss", EMERGENCY, "Eye injury with loss of vision (possible open globe)", ("ophthalmology",),
      all_of(flagged("eye_injury"), flagged("vision_loss"))),
    R("poisoning", EMERGENCY, "Poisoning or overdose, or pesticide exposure with sweating, vomiting, drooling, "
      "tiny pupils or breathing trouble", (),
      any_of(has("poisoning"), flagged("overdose"),
             all_of(flagged("pesticide_exposure"), any_of(has("sweating", "vomiting", "diarrhea", "shortness of breath",
                                                              "confusion", "dizziness", "seizure", "weakness"),
                                                          flagged("drooling"))))),
    # wild mushrooms, then vomiting or loose stools: the deadly kinds (amatoxin) show themselves hours after the meal,
    # with the liver failing a day or two later; the gut symptoms are the warning (WHO/IPCS poison information)
    R("wild_mushroom_poisoning", EMERGENCY, "Wild mushrooms eaten, then vomiting, loose stools or belly pain "
      "(possible mushroom poisoning)", (),
      all_of(flagged("wild_mushroom"), has("vomiting", "diarrhea", "abdominal pain", "confusion", "lethargy",
                                           "seizure", "loss of consciousness"))),
    R("strangulated_hernia", EMERGENCY, "A hernia or groin swelling that is stuck, with pain, vomiting or no wind "
      "(strangulation)", ("general surgery",),
      all_of(flagged("irreducible_hernia"), any_of(has("vomiting", "abdominal pain", "constipation", "fever"),
                                                   flagged("no_flatus")))),
    R("kidney_failure_breathless", EMERGENCY, "Little or no urine with breathlessness (kidney failure with fluid "
      "overload)", ("nephrology",), all_of(has("reduced urine"), has("shortness of breath", "fast breathing"))),
    # ESC 2021 / SATS: able to breathe only sitting up, begun within the last days, is acute heart failure (fluid on
    # the lungs) until shown otherwise; orthopnoea with swollen legs told with no onset, or of weeks, is
    # heart_failure_signs' (seen today)
    R("acute_orthopnoea", EMERGENCY, "Can breathe only sitting up, begun in the last days (breathless at rest: "
      "possible acute heart failure, fluid on the lungs)", ("cardiology",),
      all_of(flagged("sits_up_to_breathe"), began_within(ACUTE_ORTHOPNOEA_DAYS, "shortness of breath"))),
    # ("do daant ke nishaan", two teeth marks, is a snake's bite until a dog, a monkey or a cat is named as the biter)
    R("envenomation", EMERGENCY, "Snake bite (envenomation)", (),
      all_of(has("snake bite"), any_of(absent(has("dog bite")), snake_named()))),
    # The Indian red scorpion's venom is a storm of the autonomic nerves: sweating, vomiting, cold limbs, priapism, a
    # racing heart, then a failing one with lungs full of water. A child (whose dose per kilo is larger), or anyone
    # with one of these signs, is an emergency (prazosin, watched in hospital); an adult with the sting's pain alone
    # is seen today and watched for hours (Bawaskar; IAP, ICMR scorpion sting guidelines).
    R("scorpion_sting_danger", EMERGENCY, "Scorpion sting in a child, or with sweating, vomiting, breathing trouble, "
      "cold limbs, a racing heart, priapism or drowsiness (the venom's storm: to hospital now)", (),
      all_of(flagged("scorpion_sting"),
             any_of(absent(age_at_least(SCORPION_ADULT_AGE)), has(*SCORPION_VENOM_SIGNS),
                    flagged("shock_signs", "cold_clammy", "priapism"), v.hypotension(), v.at_or_above("pulse", 120),
                    v.below("spo2", 94), v.at_or_above("systolic_bp", 160)))),
    R("priapism", EMERGENCY, "An erection that will not go down (priapism: the penis is harmed within hours)",
      ("urology",), flagged("priapism")),
    R("scorpion_sting", URGENT, "Scorpion sting with local pain only in an adult: pain relief and watch for 6 hours "
      "for sweating, vomiting or breathing trouble", (), flagged("scorpion_sting")),
    R("missed_dialysis_breathless", EMERGENCY,
      "Missed dialysis with breathlessness, weakness or palpitations (fluid overload or high potassium)", ("nephrology",),
      all_of(flagged("missed_dialysis"), has("shortness of breath", "fast breathing", "weakness", "fatigue",
                                             "palpitations", "swelling", "confusion", "lethargy"))),
    # a krait bites the sleeping without pain or mark: any weakness, drooping eyelids, belly pain or drowsiness after a
    # snake was near is envenomation (WHO SEAR snakebite guidelines)
    R("snake_nearby_signs", EMERGENCY, "A snake was near, with a bite on a limb, drowsiness, weakness, drooping "
      "eyelids, belly pain, vomiting or breathing trouble (possible painless krait bite)", (),
      all_of(flagged("snake_nearby"), any_of(has("lethargy", "weakness", "abdominal pain", "vomiting",
                                                 "shortness of breath", "difficulty swallowing", "blurred vision",
                                                 "slurred speech", "confusion", "loss of consciousness", "swelling",
                                                 "numbness"),
                                             flagged("bite_on_limb")))),  # "saanp dikha, pair me kaata": its bite
    R("electrical_or_drowning", EMERGENCY, "Electric shock, lightning or drowning", (),
      flagged("electrical", "drowning", "drowning_event")),
    R("major_burn", EMERGENCY, "Major burn: large, several areas, face or neck, electrical, or severe",
      ("general surgery",), all_of(has("burn"), any_of(flagged("major_burn", "electrical"), severe("burn")))),
    R("diabetic_emergency", EMERGENCY, "Diabetic with sweating and dizziness, drowsiness, confusion or breathlessness "
      "(check blood sugar now: hypo- or hyperglycaemia)", ("endocrinology",),
      all_of(any_of(diabetic(), at_least(2, has("excessive thirst"), has("frequent urination"), has("weight loss"))),
             any_of(has("confusion", "lethargy", "loss of consciousness", "seizure", "fainting", "fast breathing"),
                    all_of(has("shortness of breath"), absent(EFFORT_BREATHLESS)), flagged("acidotic_breathing"),
                                all_of(has("sweating", "dizziness"), any_of(has("sweating", "dizziness", "fatigue"),
                                                                            flagged("tremor")),
                                       absent(LOW_SUGAR_TREATED))))),
    # ISPAD: thirst, passing much urine or weight loss with vomiting or deep sighing breaths is diabetic ketoacidosis
    # until the blood sugar says otherwise (in a child it is often the first sign of diabetes)
    R("possible_ketoacidosis", EMERGENCY, "Thirst, much urine or weight loss with vomiting or deep sighing breathing "
      "(possible diabetic ketoacidosis: check blood sugar now)", ("endocrinology",),
      all_of(at_least(2, has("excessive thirst"), has("frequent urination"), has("weight loss")),
             any_of(has("vomiting"), flagged("acidotic_breathing")))),
    R("testicular_pain", EMERGENCY, "Painful or swollen testicle (possible torsion: hours matter)", ("urology",),
      all_of(flagged("testicular_pain"), absent(EPIDIDYMO_ORCHITIS))),
    R("chemical_in_eye", EMERGENCY, "Chemical in the eye: irrigate now", ("ophthalmology",), flagged("chemical_eye")),
    # NASPGHAN 2015 / NCPC: a button battery burns through the gullet within 2 hours, magnets pinch the bowel
    R("button_battery", EMERGENCY, "Swallowed a button battery or magnets (a battery burns the food pipe within "
      "hours)", ("general surgery", "pediatrics"), flagged("button_battery")),
    R("infant_bilious_vomiting", EMERGENCY, "Green vomit in an infant (possible obstruction)", ("pediatrics",),
      all_of(infant(), flagged("bilious_vomit"))),
    R("suicide_plan", EMERGENCY, "Suicidal intent with a time, plan or means: do not leave the patient alone, remove the "
      "means", ("psychiatry",), flagged("suicide_plan")),
    # a poison bought or kept for oneself, tablets saved up, a rope hidden, told with the resolve to use them ("bought
    # sulphas, decided to take them", "saved up her sleeping tablets, plans to take them tonight")
    R("suicide_means", EMERGENCY, "A poison, tablets or a rope got or kept with the resolve to use them (suicide "
      "plan): do not leave the patient alone, remove the means", ("psychiatry",),
      all_of(flagged("poison_at_hand"), flagged("resolve_to_take"))),
    R("suicide_risk", EMERGENCY, "Thoughts of suicide or self-harm: do not leave the patient alone", ("psychiatry",),
      has("suicidal thoughts")),
    # a threat to others with a weapon, and a mother who speaks of harming her baby: danger to others now
    # (NICE CG192 / WHO mhGAP: postpartum psychosis is an emergency; so is violence with a weapon)
    R("violence_to_others", EMERGENCY, "Threatening or attacking others with a weapon, or to kill (danger to others): "
      "keep everyone safe, get help", ("psychiatry",),
      any_of(flagged("violent_threat"), all_of(flagged("threatening_people"), flagged("with_a_weapon")))),
    R("infant_harm_thoughts", EMERGENCY, "A mother speaks of harming or getting rid of her baby (possible postpartum "
      "psychosis): never leave her alone with the baby", ("psychiatry", OBSTETRICS), flagged("infant_harm_thoughts")),
    # --- Emergency: IMCI general danger signs in children under five ---
    R("child_unable_to_drink", EMERGENCY, "Child under 5 unable to drink or breastfeed (IMCI danger sign)",
      ("pediatrics",), all_of(under_five(), has("unable to drink"))),
    R("child_vomits_everything", EMERGENCY, "Child under 5 vomits everything (IMCI danger sign)", ("pediatrics",),
      all_of(under_five(), flagged("vomits_everything"), absent(posseting()), absent(well_newborn()),
             absent(PYLORIC_PICTURE))),  # (round 23: a pyloric stenosis with no dehydration told: urgent, rules_newborn)
    R("child_lethargic", EMERGENCY, "Child under 5 lethargic or unconscious (IMCI danger sign)", ("pediatrics",),
      all_of(under_five(), has("lethargy", "loss of consciousness"), absent(breath_holding_spell()), absent(FIT_OVER))),
    # NICE CG98 / IMCI young infant: a jaundice seen in the first 24 hours of life is haemolysis or an infection until
    # shown otherwise (bilirubin within 2 hours); the yellow of day 3 in a baby who feeds is infant_jaundice's
    R("jaundice_first_day", EMERGENCY, "Jaundice in the first day of life (never the normal newborn jaundice: "
      "bilirubin now)", ("pediatrics",), all_of(first_day_of_life(), has("jaundice"))),
    # IMCI young infant: yellow palms and soles at any age are severe jaundice (refer urgently: bilirubin, light)
    R("newborn_severe_jaundice", EMERGENCY, "A young infant's jaundice reaching the palms and soles (severe jaundice, "
      "IMCI)", ("pediatrics",), all_of(young_infant(), flagged("jaundice_palms_soles"))),
    # an infant's breath that stops in sleep is an apparent life-threatening event (BRUE: seen now), not a snorer's
    # apnoea (sleep_apnoea, routine)
    R("infant_apnoea", EMERGENCY, "Infant under 1 year whose breathing stops in sleep (apnoea: seen now)",
      ("pediatrics",), all_of(infant(), flagged("sleep_apnoea"))),
    R("chest_indrawing", EMERGENCY, "Chest indrawing or grunting (IMCI severe pneumonia sign)", ("pediatrics",),
      flagged("chest_indrawing")),
    R("child_fast_breathing", EMERGENCY, "Child under 5 with fast or difficult breathing (IMCI)", ("pediatrics",),
      all_of(under_five(), has("fast breathing", "shortness of breath"),
             any_of(absent(imci_pneumonia()), v.very_fast_breathing()))),
    # WHO ETAT: severe pallor with the breath or the mind failing is an anaemia decompensating (one who tires: in turn)
    R("child_severe_pallor_distress", EMERGENCY, "A child very pale (palms white) and breathless or drowsy (severe "
      "anaemia: to hospital now, WHO ETAT)", ("pediatrics",),
      all_of(absent(age_at_least(12)), flagged("severe_pallor"),
             has("shortness of breath", "fast breathing", "lethargy", "confusion", "loss of consciousness"))),
    R("young_infant_danger", EMERGENCY, "Infant under 2 months with fever, low temperature or poor feeding (IMCI)",
      ("pediatrics",), all_of(young_infant(), any_of(has("fever", "unable to drink", "fast breathing"),
                                                      flagged("cold_body"),
                                                      v.at_or_above("temperature_c", v.YOUNG_INFANT_FEVER),
                                                      v.below("temperature_c", v.YOUNG_INFANT_COLD)))),
    # --- Emergency: pregnancy danger signs (WHO MCPC) ---
    *PREGNANCY_EMERGENCY_RULES,
    # last of the emergencies: acute confusion is delirium, whose causes (infection, a new medicine, dehydration) are
    # the general physician's to find, unless a stroke's, a sugar's or a poison's rule above named the department (an
    # older person's of two days or more with no danger told beside it: rules_mimic.delirium, seen today)
    R("altered_mental_state", EMERGENCY, "Acute confusion", (GENERAL_MEDICINE,),
      all_of(has("confusion"), absent(TRANSIENT_DEFICIT), absent(SLOW_MEMORY_LOSS), absent(ELDER_DELIRIUM))),
    # --- Urgent: vital signs ---
    R("low_spo2", URGENT, "Oxygen saturation below 94%", ("pulmonology",), v.below("spo2", v.SPO2_URGENT)),
    R("resp_rate_abnormal_child", URGENT, "Respiratory rate outside the normal range for a child's age",
      ("pediatrics",),
      v.outside_band("resp_rate", v.RESP_RATE_BANDS, URGENT, ages=(0, v.ADULT_VITALS_AGE))),
    R("resp_rate_abnormal_adult", URGENT, "Respiratory rate 24 or more, or under 10 (adult)", (),
      v.outside_band("resp_rate", v.RESP_RATE_BANDS, URGENT, ages=(v.ADULT_VITALS_AGE, 200))),
    R("pulse_abnormal_child", URGENT, "Pulse outside the normal range for a child's age", ("pediatrics",),
      v.outside_band("pulse", v.PULSE_BANDS, URGENT, ages=(0, v.ADULT_VITALS_AGE))),
    R("pulse_abnormal_adult", URGENT, "Pulse 110 or more, or under 50 (adult)", (),
      v.outside_band("pulse", v.PULSE_BANDS, URGENT, ages=(v.ADULT_VITALS_AGE, 200))),
    R("low_blood_pressure", URGENT, "Systolic blood pressure below 100", (), v.adult_low_bp()),
    R("severe_hypertension", URGENT, "Blood pressure 180/120 or more", ("cardiology",), v.severe_hypertension()),
    R("hyperpyrexia", EMERGENCY, "Temperature 41 °C or more", (), v.at_or_above("temperature_c", v.TEMP_HYPERPYREXIA)),
    R("high_temperature", URGENT, "Temperature 39.5 °C or more (ETAT priority sign)", (),
      v.at_or_above("temperature_c", v.TEMP_HIGH)),
    R("hypothermia_danger", EMERGENCY, "Low body temperature in a young child or an older adult", (),
      v.hypothermia_danger()),
    R("hypothermia", URGENT, "Temperature 35 °C or below (NEWS2)", (),
      v.at_or_below("temperature_c", v.TEMP_HYPOTHERMIA)),
    # --- Blood glucose measured (ADA levels; ETAT: a low sugar is treated before anything else is looked for) ---
    # (told already given sugar and well since, it is low_sugar_episode's: seen today, not a sugar to give now)
    R("hypoglycaemia", EMERGENCY, "Blood glucose below 54 mg/dL (severe hypoglycaemia): give sugar now", (),
      all_of(v.below("glucose_mg_dl", v.GLUCOSE_SEVERE_LOW), absent(LOW_SUGAR_TREATED))),
    R("hyperglycaemic_crisis", EMERGENCY, "Blood glucose 600 mg/dL or more (hyperosmolar crisis)", ("endocrinology",),
      v.at_or_above("glucose_mg_dl", v.GLUCOSE_CRISIS)),
    # a low sugar told (sweaty, shaky, "sugar 48", "sugar low ho gayi") and treated: a diabetes tablet's low sugar
    # comes back for a day (sulfonylureas): observed and seen today, never sent home from the triage
    R("low_sugar_episode", URGENT, "A low blood sugar told, or treated with sugar and recovered: see today (a "
      "diabetes tablet's low sugar can come back)", ("endocrinology",),
      any_of(flagged("low_sugar_told"), all_of(flagged("sugar_given"), v.below("glucose_mg_dl", v.GLUCOSE_LOW)))),
    R("low_glucose", URGENT, "Blood glucose below 70 mg/dL: give sugar, recheck in 15 minutes", ("endocrinology",),
      all_of(v.below("glucose_mg_dl", v.GLUCOSE_LOW), absent(v.below("glucose_mg_dl", v.GLUCOSE_SEVERE_LOW)))),
    R("very_high_glucose", URGENT, "Blood glucose 400 mg/dL or more: ketones, fluids, a doctor today",
      ("endocrinology",), all_of(v.at_or_above("glucose_mg_dl", v.GLUCOSE_VERY_HIGH),
                                 absent(v.at_or_above("glucose_mg_dl", v.GLUCOSE_CRISIS)))),
    # --- Urgent: pregnancy ---
    *PREGNANCY_URGENT_RULES,
    # --- Urgent: children ---
    R("inconsolable_infant", URGENT, "Infant crying inconsolably (pain, intussusception, infection)", ("pediatrics",),
      all_of(under_five(), flagged("inconsolable_crying"))),
    R("hopelessness", URGENT, "Hopelessness: assess suicide risk today", ("psychiatry",), flagged("hopelessness")),
    R("psychotic_symptoms", URGENT, "Hearing voices or fixed strange beliefs (possible psychosis): assess today",
      ("psychiatry",), flagged("psychotic_symptoms")),
    R("mania", URGENT, "Nights without sleep with racing talk or energy, or grand ideas or reckless spending "
      "(possible mania): assess today", ("psychiatry",),
      any_of(flagged("grandiose_or_reckless"), all_of(flagged("nights_without_sleep"), flagged("overactive_mind")))),
    R("death_wish", URGENT, "Wishes to be dead, no plan or attempt told: assess suicide risk today", ("psychiatry",),
      flagged("death_wish")),
    R("drug_withdrawal", URGENT, "A daily benzodiazepine or opioid stopped (withdrawal: fits with benzodiazepines; "
      "see today)", ("psychiatry",), all_of(flagged("dependence_drug"), flagged("stopped_drug"))),
    R("child_pneumonia", URGENT, "Child under 5 breathing fast or hard with the chest not drawn in, drinking or "
      "playing (IMCI pneumonia: an antibiotic, seen today)", ("pediatrics",),
      all_of(under_five(), any_of(has("fast breathing", "shortness of breath"), RESP_RATE_FAST_CHILD),
             imci_pneumonia(), absent(v.very_fast_breathing()))),
    # (a newborn's yellow of the face only, feeding well after the first day: minor_child.face_jaundice's, in turn)
    R("tiny_baby", URGENT, "Infant under 2 months (ETAT priority sign)", ("pediatrics",),
      all_of(young_infant(), absent(FACE_JAUNDICE))),
    R("infant_fever", URGENT, "Fever in an infant under 1 year", ("pediatrics",),
      all_of(infant(), has("fever"), absent(VACCINE_REACTION))),
    R("infant_jaundice", URGENT, "Jaundice in an infant", ("pediatrics",),
      all_of(infant(), has("jaundice"), absent(FACE_JAUNDICE))),
    R("child_burn", URGENT, "Burn in a child under 5 (ETAT priority sign)", ("pediatrics",),
      all_of(under_five(), has("burn"))),
    # --- Urgent and routine: by complaint (rules_complaints.py) ---
    *COMPLAINT_RULES,
    # mimics and a clinic's visits told in a few words (rules_mimic.py)
    *MIMIC_RULES,
    # round 23: look-alikes of a red flag, judged whole (rules_lookalike.py)
    *LOOKALIKE_RULES,
    # an older person's sudden decline told in everyday words (rules_elder.py)
    *ELDER_RULES,
    # Hinglish wordings' red flags and a few general urgent rules (rules_hinglish.py)
    *(R(*spec) for spec in HINGLISH_RULE_SPECS),
    # round 22: pictures seen today that had no rule, told quietly (rules_quiet.py)
    *QUIET_RULES,
    # round 23: urgent and routine pictures a self-care or routine answer missed (rules_under.py)
    *UNDER_RULES,
    # round 23: a young infant's pictures seen today, not an emergency, and a newborn's eyes with pus (rules_newborn.py)
    *NEWBORN_RULES,
    # round 23: frightening words for minor complaints, answered (rules_alarming.py)
    *ALARMING_RULES,
    # round 23: an infant's quiet surgical emergencies (rules_infantsurg.py)
    *INFANTSURG_RULES,
)


def fire_rules(case: Case, rules: tuple[Rule, ...] = RULES) -> list[Firing]:
    """Rules that fire for the case, highest level first (table order within a level)."""
    firings = [Firing(rule, evidence) for rule in rules if (evidence := rule.when(case)) is not None]
    return sorted(firings, key=lambda f: -LEVEL_RANK[f.rule.level])
