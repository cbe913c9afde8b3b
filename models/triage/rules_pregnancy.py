"""The pregnancy rows of the triage rules table: the danger signs of pregnancy, labour and the days after a birth
(emergency, WHO's Managing Complications in Pregnancy and Childbirth, MCPC), and what in a pregnancy is seen today
(urgent). rules.RULES holds each tuple at its place in the table (the emergencies after IMCI's danger signs, the
urgent rows after the blood glucose's), so the order the rules fire in is the table's."""

from __future__ import annotations

from typing import Final

from . import vitals as v
from .conditions import (
    Case,
    Condition,
    Evidence,
    absent,
    all_of,
    any_of,
    flag_lasting,
    flagged,
    has,
    not_delivered,
    not_mild,
    possible_early_pregnancy,
    pregnancy_possible,
    pregnancy_related,
    preterm,
    severe,
)
from .const import EMERGENCY, OBSTETRICS, URGENT
from .mimics import PREGNANCY_ANAEMIA, THREATENED_MISCARRIAGE
from .minor_care import HEARTBURN
from .minor_home import AFTER_PAINS, LESSENING_LOCHIA, SETTLING_LOCHIA
from .pictures import AFTER_DELIVERY, DEHYDRATION_SIGNS, IN_LABOUR, PREGNANCY_ITCH
from .rule_roles import Rule

R = Rule


def _term() -> Condition:
    """Pregnant with 37 weeks or more told ("nauwa mahina", "9 months", "38 weeks")."""
    def condition(case: Case) -> Evidence | None:
        weeks = case.patient.gestation_weeks
        return (f"{weeks:g} weeks",) if weeks is not None and weeks >= 37 else None
    return condition


# round 22: the pains told going at term in the words of the Hindi belt ("nauwa mahina, dard uth raha", "raat se
# dard"; signs_labour), no other site named with them ("sir me dard uth raha" is the head's): labour's pains
_SITE_PAIN = has("headache", "toothache", "ear pain", "eye pain", "sore throat", "chest pain", "knee pain",
                 "joint pain", "leg pain", "wrist pain", "dysuria", "burn")
TERM_PAINS = all_of(_term(), not_delivered(), flagged("pains_told", "pains_long"), absent(_SITE_PAIN))
# the waters gone in a pregnancy told, in any words (signs_pregnancy, signs_labour's bare "paani gir gaya")
_WATERS = any_of(flagged("ruptured_membranes"), all_of(pregnancy_related(), flagged("water_seeping")))
PREGNANCY_EMERGENCY_RULES: Final[tuple[Rule, ...]] = (
    R("pregnancy_bleeding", EMERGENCY, "Vaginal bleeding in pregnancy or after delivery", (OBSTETRICS,),
      all_of(pregnancy_related(), has("vaginal bleeding"), absent(THREATENED_MISCARRIAGE), absent(SETTLING_LOCHIA),
             absent(LESSENING_LOCHIA))),
    R("eclampsia_signs", EMERGENCY, "Pregnancy with convulsions, or headache with blurred vision (pre-eclampsia)",
      (OBSTETRICS,), all_of(pregnancy_related(),
                            any_of(has("seizure"), all_of(has("headache"), has("blurred vision"))))),
    R("pregnancy_severe_abdominal_pain", EMERGENCY, "Severe abdominal pain in pregnancy", (OBSTETRICS,),
      all_of(pregnancy_related(), severe("abdominal pain"))),
    R("possible_ectopic", EMERGENCY, "Missed period with abdominal pain (possible ectopic pregnancy)",
      (OBSTETRICS,), all_of(possible_early_pregnancy(), has("abdominal pain"))),
    R("labour_danger", EMERGENCY, "Labour: a hand, foot or cord first, the baby stuck, green waters, or labour before "
      "37 weeks (to the labour room now)", (OBSTETRICS,),
      any_of(all_of(pregnancy_possible(), flagged("obstructed_labour")), all_of(preterm(), IN_LABOUR),
             # WHO MCPC: green waters in labour (meconium, the baby's distress), in a pregnancy or with the pains
             all_of(pregnancy_possible(), flagged("meconium_liquor"),
                    any_of(pregnancy_related(), flagged("contractions", "in_labour", "ruptured_membranes"))))),
    # WHO MCPC: labour of more than 12 hours, or one that does not progress, or a mother exhausted by it is prolonged
    # (obstructed) labour: a ruptured womb, fistula and a stillbirth follow at home
    R("prolonged_labour", EMERGENCY, "Labour for more than 12 hours, the baby not coming out, or the mother "
      "exhausted (prolonged labour: to the hospital now)", (OBSTETRICS,),
      any_of(all_of(pregnancy_possible(), IN_LABOUR,
                    any_of(flag_lasting(0.5, "in_labour", "contractions", "labour_stalled"), flagged("labour_stalled"),
                           flagged("exhausted"), has("lethargy", "confusion", "loss of consciousness", "fainting"))),
             # round 22: pains at term told since the night with the birth not come ("raat se dard, ab tak bachcha
             # nahi ho raha"), or since yesterday ("kal se dard"): a labour gone past its hours
             all_of(pregnancy_related(), any_of(IN_LABOUR, TERM_PAINS),
                    flagged("birth_not_yet", "pains_long")))),
    # round 22, WHO MCPC / MoHFW (LaQshya) / NICE NG192: labour or the waters gone after a caesarean is a scarred
    # womb in labour: it can tear (uterine rupture), so the birth is at a hospital that can operate (CEmONC), now
    R("labour_after_caesarean", EMERGENCY, "Labour pains or the waters gone after a previous caesarean (a scarred "
      "womb: to a hospital that can operate, now)", (OBSTETRICS,),
      all_of(pregnancy_possible(), not_delivered(), flagged("previous_caesarean"),
             any_of(IN_LABOUR, TERM_PAINS, _WATERS,
                    all_of(pregnancy_related(), flagged("pains_told", "pains_long"), absent(_SITE_PAIN))))),
    # round 23, WHO MCPC (malpresentation) / RCOG GTG 20b: a breech said by the dai or the nurse in labour, or with
    # the waters gone, is delivered where a caesarean can be done, now; a breech told from a scan before the pains is
    # the antenatal visit's question (signs_household.breech_told)
    R("breech_in_labour", EMERGENCY, "A breech baby (lying the wrong way) in labour or with the waters gone (to a "
      "hospital that can operate, now)", (OBSTETRICS,),
      all_of(pregnancy_possible(), not_delivered(), flagged("breech"),
             any_of(IN_LABOUR, TERM_PAINS, _WATERS, flagged("pains_told", "pains_long", "labour_stalled")))),
    # WHO MCPC: waters broken with fever or foul-smelling fluid is amnionitis: antibiotics and delivery, not waiting
    R("amnionitis", EMERGENCY, "Waters broken with fever or a foul-smelling discharge (infection of the womb)",
      (OBSTETRICS,),
      all_of(pregnancy_possible(), flagged("ruptured_membranes"),
             any_of(has("fever"), flagged("foul_discharge"), v.at_or_above("temperature_c", 38.0)))),
    # WHO MCPC / RCOG GTG 73: waters broken before 37 weeks (preterm prelabour rupture) is a referral to a hospital
    # that can care for a preterm baby (steroids, antibiotics), not a wait at home
    R("preterm_waters", EMERGENCY, "Waters broken or leaking before 37 weeks (preterm: to hospital now)",
      (OBSTETRICS,), all_of(preterm(), flagged("ruptured_membranes", "water_seeping"))),
    R("reduced_fetal_movement", EMERGENCY, "Baby moving less in the womb", (OBSTETRICS,),
      all_of(pregnancy_possible(), has("reduced fetal movement"))),
    # WHO MCPC: a placenta not delivered 30 minutes after the birth is retained (a haemorrhage and an infection
    # follow): removed in hospital, whatever the blood told
    R("retained_placenta", EMERGENCY, "The afterbirth (placenta) not out after the baby's birth (retained placenta: "
      "to hospital now)", (OBSTETRICS,), all_of(pregnancy_possible(), flagged("retained_placenta"))),
    # WHO: a haemoglobin under 7 in pregnancy is severe anaemia; breathless at rest, a racing heart or a faint with it
    # is the heart failing (decompensated anaemia): transfusion in hospital now
    R("pregnancy_severe_anaemia_signs", EMERGENCY, "Pregnancy with a haemoglobin under 7 and breathlessness, a racing "
      "heart or fainting (severe anaemia: to hospital now)", (OBSTETRICS,),
      all_of(pregnancy_related(), flagged("severe_anaemia"),
             has("shortness of breath", "fast breathing", "palpitations", "fainting", "chest pain"))),
    R("pregnancy_high_fever", EMERGENCY, "High fever in pregnancy or after delivery", (OBSTETRICS,),
      all_of(pregnancy_related(), any_of(severe("fever"), v.at_or_above("temperature_c", 39.0)))),
    # WHO MCPC: fever after a birth with a foul-smelling lochia is the womb's infection; with shaking chills (rigors:
    # bacteria in the blood), a high fever or drowsiness it is puerperal sepsis: antibiotics by vein and a hospital
    # now. The infection with a moderate fever and belly pain, walking and eating, is puerperal_infection's (today).
    R("puerperal_sepsis", EMERGENCY, "Fever after delivery with a foul-smelling discharge and shaking chills, a "
      "high fever or drowsiness (puerperal sepsis: to hospital now)", (OBSTETRICS,),
      all_of(AFTER_DELIVERY, has("fever"), flagged("foul_discharge"),
             any_of(flagged("rigors"), severe("fever"), v.at_or_above("temperature_c", 39.0),
                    has("lethargy", "confusion", "loss of consciousness")))),
    R("pregnancy_breathing", EMERGENCY, "Difficult breathing in pregnancy", (OBSTETRICS,),
      all_of(pregnancy_related(), has("shortness of breath", "fast breathing"), absent(PREGNANCY_ANAEMIA))),
    R("preeclampsia_severe_features", EMERGENCY, "Raised blood pressure in pregnancy with headache, blurred vision, "
      "upper abdominal pain or breathlessness (severe pre-eclampsia)", (OBSTETRICS,),
      all_of(pregnancy_related(), any_of(v.at_or_above("systolic_bp", v.SBP_PREGNANCY_HIGH),
                                         v.at_or_above("diastolic_bp", v.DBP_PREGNANCY_HIGH)),
             any_of(not_mild("headache"), has("blurred vision", "abdominal pain", "shortness of breath")))),
    R("pregnancy_severe_hypertension", EMERGENCY, "Blood pressure 160/110 or more in pregnancy",
      (OBSTETRICS,), all_of(pregnancy_related(), any_of(v.at_or_above("systolic_bp", v.SBP_PREGNANCY_SEVERE),
                                                        v.at_or_above("diastolic_bp", v.DBP_PREGNANCY_SEVERE)))),
)
PREGNANCY_URGENT_RULES: Final[tuple[Rule, ...]] = (
    R("in_labour", URGENT, "In labour, no danger sign told (to the labour room)", (OBSTETRICS,),
      any_of(all_of(pregnancy_possible(), IN_LABOUR), TERM_PAINS)),
    R("pregnancy_fever", URGENT, "Fever in pregnancy or after delivery", (OBSTETRICS,),
      all_of(pregnancy_related(), has("fever"))),
    R("pregnancy_headache_vision", URGENT, "Headache or blurred vision in pregnancy (check for pre-eclampsia)",
      (OBSTETRICS,), all_of(pregnancy_related(), has("headache", "blurred vision"))),
    R("pregnancy_swelling", URGENT, "Swelling in pregnancy with blood pressure not known to be normal (pre-eclampsia?)",
      (OBSTETRICS,), all_of(pregnancy_related(), has("swelling"),
                            absent(any_of(v.normal_blood_pressure(), flagged("bp_told_normal"))))),
    R("pregnancy_abdominal_pain", URGENT, "Abdominal pain in pregnancy", (OBSTETRICS,),
      all_of(pregnancy_related(), has("abdominal pain"), absent(HEARTBURN), absent(AFTER_PAINS))),
    # (round 21: water seeping "like water", told of a woman known pregnant: signs_sameday.mai_water_seeping)
    R("ruptured_membranes", URGENT, "Waters broken or leaking", (OBSTETRICS,),
      any_of(all_of(pregnancy_possible(), flagged("ruptured_membranes")),
             all_of(pregnancy_related(), flagged("water_seeping")))),
    # RCOG GTG 69: vomiting that keeps nothing down, or with dehydration (dry lips, little urine, giddy on standing),
    # is hyperemesis gravidarum: fluids and antiemetics today
    R("pregnancy_vomiting", URGENT, "Vomiting everything, or vomiting with signs of dehydration, in pregnancy "
      "(hyperemesis: fluids today)", (OBSTETRICS,),
      all_of(pregnancy_related(), any_of(flagged("vomits_everything"),
                                         all_of(has("vomiting", "nausea"), DEHYDRATION_SIGNS)))),
    R("pregnancy_hypertension", URGENT, "Blood pressure 140/90 or more in pregnancy", (OBSTETRICS,),
      all_of(pregnancy_related(), any_of(v.at_or_above("systolic_bp", v.SBP_PREGNANCY_HIGH),
                                         v.at_or_above("diastolic_bp", v.DBP_PREGNANCY_HIGH)))),
    R("pregnancy_severe_anaemia", URGENT, "Pregnancy with a haemoglobin under 7 (severe anaemia: a hospital today)",
      (OBSTETRICS,), all_of(pregnancy_related(), flagged("severe_anaemia"))),
    R("pregnancy_see_today", URGENT, "Burning urine, itching, or low mood in pregnancy or after delivery "
      "(urinary infection, cholestasis, postnatal depression)", (OBSTETRICS,),
      all_of(pregnancy_related(), any_of(has("dysuria", "low mood"), PREGNANCY_ITCH))),
    R("puerperal_infection", URGENT, "Fever or foul discharge after delivery", (OBSTETRICS,),
      all_of(pregnancy_related(), has("vaginal discharge"), has("fever"))),
)
