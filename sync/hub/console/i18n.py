"""The doctor's console in English and Hindi: one catalogue, a key per string, both languages side
by side (a test fails when a key lacks either). The language is the person's choice, kept in a
cookie; the admin's pages stay English."""
from __future__ import annotations

LANGS = {"en": "English", "hi": "हिन्दी"}
DEFAULT = "en"
COOKIE = "hub_lang"

STRINGS: dict[str, tuple[str, str]] = {
    # header and sign-in
    "clinic_hub": ("Clinic hub", "क्लिनिक हब"),
    "nav_clinics": ("Clinics", "क्लिनिक"),
    "nav_conflicts": ("Conflicts", "टकराव"),
    "nav_analytics": ("Analytics", "विश्लेषण"),
    "vital_temperature_c": ("Temperature", "तापमान"),
    "vital_glucose_mg_dl": ("Blood sugar", "ब्लड शुगर"),
    "vital_pulse": ("Pulse", "नाड़ी"),
    "vital_resp_rate": ("Breathing rate", "साँस की दर"),
    "vital_spo2": ("SpO₂", "SpO₂"),
    "vital_systolic_bp": ("BP systolic", "ऊपरी रक्तचाप"),
    "vital_diastolic_bp": ("BP diastolic", "निचला रक्तचाप"),
    "vital_weight_kg": ("Weight", "वज़न"),
    "vital_height_cm": ("Height", "लंबाई"),
    "nav_audit": ("Audit", "ऑडिट"),
    "nav_sms": ("SMS", "एसएमएस"),
    "nav_queue": ("Queue", "प्रतीक्षा सूची"),
    "sign_out": ("Sign out", "साइन आउट"),
    "sign_in": ("Sign in", "साइन इन"),
    "username": ("Username", "उपयोगकर्ता नाम"),
    "password": ("Password", "पासवर्ड"),
    "code": ("Code from your authenticator app", "ऑथेंटिकेटर ऐप का कोड"),
    "role_doctor": ("doctor", "डॉक्टर"),
    # queue
    "queue_title": ("Patients waiting for a doctor", "डॉक्टर की प्रतीक्षा में मरीज़"),
    "queue_legend": ("Most urgent first, then the longest waiting. Your clinics: {clinics}. This list refreshes "
                     "every 5 seconds.",
                     "सबसे गंभीर पहले, फिर सबसे लंबे इंतज़ार वाले। आपके क्लिनिक: {clinics}। यह सूची हर 5 सेकंड में "
                     "ताज़ा होती है।"),
    "queue_empty": ("Nobody is waiting for a doctor at your clinics.",
                    "आपके क्लिनिकों में कोई भी डॉक्टर की प्रतीक्षा नहीं कर रहा है।"),
    "no_clinics": ("You serve no clinic yet: ask the hub admin to link you (clinic hub staff clinics).",
                   "आप अभी किसी क्लिनिक से जुड़े नहीं हैं: हब एडमिन से जुड़वाएँ (clinic hub staff clinics)।"),
    "col_urgency": ("Urgency", "तात्कालिकता"),
    "col_clinic": ("Clinic", "क्लिनिक"),
    "col_patient": ("Patient", "मरीज़"),
    "col_age_sex": ("Age, sex", "आयु, लिंग"),
    "col_complaint": ("Complaint", "शिकायत"),
    "col_vitals": ("Vitals", "जीवन संकेत"),
    "col_waiting": ("Waiting", "प्रतीक्षा"),
    "col_status": ("Status", "स्थिति"),
    "open": ("Open", "खोलें"),
    "years": ("{n} y", "{n} वर्ष"),
    "minutes": ("{n} min", "{n} मिनट"),
    "hours": ("{h} h {m} min", "{h} घंटे {m} मिनट"),
    "unknown": ("unknown", "अज्ञात"),
    "none": ("none", "कोई नहीं"),
    # urgency and status words
    "u_emergency": ("emergency", "आपातकाल"),
    "u_urgent": ("urgent", "तत्काल"),
    "u_routine": ("routine", "सामान्य"),
    "u_self_care": ("self-care", "स्व-देखभाल"),
    "s_waiting": ("waiting", "प्रतीक्षा में"),
    "s_joining": ("doctor joining", "डॉक्टर जुड़ रहे हैं"),
    "s_in_call": ("in call", "कॉल में"),
    "s_done": ("done", "पूर्ण"),
    "s_cancelled": ("cancelled", "रद्द"),
    "sex_female": ("female", "महिला"), "sex_male": ("male", "पुरुष"), "sex_other": ("other", "अन्य"),
    # consult screen
    "consult_title": ("Consult: {name}", "परामर्श: {name}"),
    "take": ("Take this patient", "यह मरीज़ लें"),
    "start_call": ("Start the call", "कॉल शुरू करें"),
    "finish": ("Finish the consult", "परामर्श समाप्त करें"),
    "call_panel": ("Video call", "वीडियो कॉल"),
    "call_placeholder": ("Video and audio with the clinic through the hub's relay, with live captions.",
                         "हब के रिले से क्लिनिक के साथ वीडियो और ऑडियो, लाइव कैप्शन के साथ।"),
    "join_call": ("Join the call (opens a new tab)", "कॉल से जुड़ें (नया टैब खुलेगा)"),
    "call_after_take": ("Take the patient to join their call.", "कॉल से जुड़ने के लिए पहले मरीज़ लें।"),
    "clinic_phone": ("If the call cannot reach the clinic, phone clinic {clinic}",
                     "अगर कॉल क्लिनिक तक नहीं पहुँचती, तो क्लिनिक {clinic} को फ़ोन करें"),
    "no_clinic_phone": ("The hub has no phone number for clinic {clinic}.",
                        "हब के पास क्लिनिक {clinic} का कोई फ़ोन नंबर नहीं है।"),
    "allergies": ("Allergies", "एलर्जी"),
    "no_allergies": ("No known allergies recorded.", "कोई ज्ञात एलर्जी दर्ज नहीं है।"),
    "this_visit": ("This visit", "यह मुलाक़ात"),
    "triage": ("Triage", "ट्राइएज"),
    "specialty": ("Specialty", "विशेषज्ञता"),
    "request_note": ("Health worker's note", "स्वास्थ्य कार्यकर्ता का नोट"),
    "history": ("History", "इतिहास"),
    "medications": ("Medications", "दवाइयाँ"),
    "past_visits": ("Past visits", "पिछली मुलाक़ातें"),
    "soap_note": ("SOAP note", "SOAP नोट"),
    "subjective": ("Subjective", "व्यक्तिपरक (S)"),
    "objective": ("Objective", "वस्तुनिष्ठ (O)"),
    "assessment": ("Assessment", "आकलन (A)"),
    "plan": ("Plan", "योजना (P)"),
    "draft_from": ("Version {v} by {who}", "संस्करण {v}, लेखक {who}"),
    "no_draft": ("No draft yet: write the note here.", "अभी कोई मसौदा नहीं: नोट यहाँ लिखें।"),
    "save_note": ("Save the note", "नोट सहेजें"),
    "ai_draft_label": ("AI draft from the captions — not in your note until you add it",
                       "कैप्शन से AI मसौदा — जब तक आप इसे न जोड़ें, यह आपके नोट में नहीं है"),
    "ai_add": ("Add to the note", "नोट में जोड़ें"),
    "sign_note": ("Sign the note", "नोट पर हस्ताक्षर करें"),
    "signed": ("Signed by {who} at {at}", "{who} द्वारा {at} पर हस्ताक्षरित"),
    "diagnoses": ("Diagnoses", "निदान"),
    "diagnosis": ("Diagnosis", "निदान"),
    "icd_code": ("ICD-10 code", "ICD-10 कोड"),
    "certainty": ("Certainty", "निश्चितता"),
    "provisional": ("provisional", "अस्थायी"),
    "confirmed": ("confirmed", "पुष्ट"),
    "add_diagnosis": ("Add the diagnosis", "निदान जोड़ें"),
    "prescription": ("Prescription", "पर्चा"),
    "drug": ("Drug", "दवा"), "dose": ("Dose", "खुराक"), "unit": ("Unit", "इकाई"), "route": ("Route", "मार्ग"),
    "frequency": ("Frequency", "आवृत्ति"), "days": ("Days", "दिन"), "instructions": ("Instructions", "निर्देश"),
    "override": ("Reason to prescribe despite an allergy (only if you must)",
                 "एलर्जी के बावजूद लिखने का कारण (केवल आवश्यक हो तो)"),
    "prescribe": ("Prescribe", "पर्चा लिखें"),
    "referral": ("Referral", "रेफ़रल"),
    "refer_to": ("Refer to clinic", "इस क्लिनिक को रेफ़र करें"),
    "or_outside": ("or a facility outside the network (name, place)", "या नेटवर्क से बाहर की कोई सुविधा (नाम, स्थान)"),
    "outside_network": ("outside the network", "नेटवर्क से बाहर"),
    "reason": ("Reason", "कारण"),
    "refer": ("Refer", "रेफ़र करें"),
    "back_to_queue": ("Back to the queue", "प्रतीक्षा सूची पर लौटें"),
    "saved": ("Saved: it reaches the clinic with its next sync.",
              "सहेजा गया: यह क्लिनिक के अगले सिंक के साथ पहुँचेगा।"),
    "not_found": ("No such request at your clinics.", "आपके क्लिनिकों में ऐसा कोई अनुरोध नहीं है।"),
    "allergy_block_lines": ("Blocked: the prescription needs a reason: {detail}",
                            "रोका गया: इस पर्चे के लिए कारण चाहिए: {detail}"),
    "pregnancy_block_lines": ("Blocked: a drug to avoid in pregnancy needs the reason to prescribe it in pregnancy: "
                              "{detail}",
                              "रोका गया: गर्भावस्था में न दी जाने वाली दवा के लिए गर्भावस्था में लिखने का कारण चाहिए: "
                              "{detail}"),
    "pregnancy_override": ("Reason to prescribe a drug to avoid in pregnancy (e.g. bleeding after delivery)",
                           "गर्भावस्था में न दी जाने वाली दवा लिखने का कारण (जैसे प्रसव के बाद रक्तस्राव)"),
    "pregnant_question": ("Pregnant? (your answer, if you asked)", "गर्भवती हैं? (आपका उत्तर, यदि आपने पूछा)"),
    "pregnant_unsaid": ("— not said", "— नहीं बताया"),
    "pregnant_yes": ("yes", "हाँ"),
    "pregnant_no": ("no", "नहीं"),
    "triage_pregnant": ("pregnant (clinic's triage)", "गर्भवती (क्लिनिक के ट्राइएज के अनुसार)"),
    "triage_not_pregnant": ("not pregnant (clinic's triage)", "गर्भवती नहीं (क्लिनिक के ट्राइएज के अनुसार)"),
    "dose_block": ("Not prescribed — dose beyond the drug's limit: {detail}",
                   "पर्चा नहीं लिखा गया — खुराक दवा की सीमा से अधिक: {detail}"),
    "warnings_title": ("Warning — not yet prescribed. Read, then tick the box below and prescribe again:",
                       "चेतावनी — अभी पर्चा नहीं लिखा गया। पढ़ें, फिर नीचे का बॉक्स चुनें और दोबारा पर्चा लिखें:"),
    "acknowledge": ("I have read the warnings and still prescribe", "मैंने चेतावनियाँ पढ़ लीं, फिर भी पर्चा लिखता/लिखती हूँ"),
    "check_title": ("Please check (sent to the clinic with the prescription):",
                    "कृपया जाँचें (पर्चे के साथ क्लिनिक को भेजा गया):"),
    "finish_no_call": ("Finish without a call", "बिना कॉल के समाप्त करें"),
    "sign_finishes": ("With no call started, signing the note finishes the consult (a phone or chat consult).",
                      "कॉल शुरू न हुई हो तो नोट पर हस्ताक्षर करने से परामर्श समाप्त हो जाता है (फ़ोन या चैट परामर्श)।"),
    "not_yours": ("Not for your role", "आपकी भूमिका के लिए नहीं"),
    # allergy severity, prescription status
    "sev_mild": ("mild", "हल्की"), "sev_moderate": ("moderate", "मध्यम"), "sev_severe": ("severe", "गंभीर"),
    "sev_unknown": ("severity unknown", "गंभीरता अज्ञात"),
    "rx_active": ("active", "चालू"), "rx_dispensed": ("dispensed", "दवा दी गई"),
    "rx_cancelled": ("cancelled", "रद्द"), "rx_stopped": ("stopped", "बंद"),
    # routes and frequencies (clinical.doses): the code stays the value sent, the words are shown
    "route_oral": ("oral", "मुँह से"), "route_iv": ("IV (into a vein)", "नस में (IV)"),
    "route_im": ("IM (into a muscle)", "मांसपेशी में (IM)"), "route_sc": ("SC (under the skin)", "त्वचा के नीचे (SC)"),
    "route_topical": ("on the skin", "त्वचा पर"), "route_inhaled": ("inhaled", "साँस से"),
    "route_eye": ("eye", "आँख में"), "route_ear": ("ear", "कान में"), "route_nasal": ("nose", "नाक में"),
    "route_rectal": ("rectal", "गुदा मार्ग से"), "route_vaginal": ("vaginal", "योनि मार्ग से"),
    "freq_OD": ("OD — once a day", "OD — दिन में एक बार"), "freq_BD": ("BD — twice a day", "BD — दिन में दो बार"),
    "freq_TDS": ("TDS — three times a day", "TDS — दिन में तीन बार"),
    "freq_QID": ("QID — four times a day", "QID — दिन में चार बार"),
    "freq_HS": ("HS — at bedtime", "HS — सोते समय"), "freq_PRN": ("PRN — when needed", "PRN — ज़रूरत पर"),
    "freq_STAT": ("STAT — at once", "STAT — तुरंत"), "freq_WEEKLY": ("weekly", "हफ़्ते में एक बार"),
}

# The prescribing checks' sentences (clinical/messages.py TEMPLATES, the English the same word for word; a
# test keeps the two in step): the console says them in the doctor's language with the same drug and numbers.
RX_MESSAGES: dict[str, tuple[str, str]] = {
    "single_over": ("{name}: a single dose of {mg} mg is more than {limit} mg, the most for {who}",
                    "{name}: एक बार की खुराक {mg} mg है, जो {who} के लिए अधिकतम {limit} mg से अधिक है"),
    "daily_over": ("{name}: {mg} mg {frequency} is {per_day} mg a day, more than {limit} mg a day, the most for {who}",
                   "{name}: {mg} mg {frequency} यानी दिन में {per_day} mg, जो {who} के लिए अधिकतम {limit} mg "
                   "प्रतिदिन से अधिक है"),
    "weekly_only": ("{drug}: {generic} is taken once a WEEK; {frequency} would give it every day, which destroys the "
                    "marrow. Write WEEKLY (with the day), or one STAT dose",
                    "{drug}: {generic} हफ़्ते में एक बार ली जाती है; {frequency} से यह रोज़ दी जाएगी, जिससे अस्थि-मज्जा "
                    "नष्ट हो जाती है। WEEKLY (दिन के साथ) लिखें, या एक STAT खुराक"),
    "who_adult": ("an adult", "वयस्क"),
    "who_child": ("a child of {kg} kg", "{kg} kg के बच्चे"),
    "who_child_estimated": ("a child of an estimated {kg} kg", "अनुमानित {kg} kg के बच्चे"),
    "estimated_weight": ("no weight recorded: checked against an estimated {kg} kg for {years} years — weigh the child",
                         "वज़न दर्ज नहीं: {years} वर्ष की आयु से अनुमानित {kg} kg से जाँचा गया — बच्चे का वज़न लें"),
    "estimated_weight_months": ("no weight recorded: checked against an estimated {kg} kg for {months} months — "
                                "weigh the child",
                                "वज़न दर्ज नहीं: {months} महीने की आयु से अनुमानित {kg} kg से जाँचा गया — "
                                "बच्चे का वज़न लें"),
    "with_note": ("{problem} ({note})", "{problem} ({note})"),
    "drug_note": ("{drug}: {note}", "{drug}: {note}"),
    "strength_required": ("{drug}: the strength of one {unit} is not in the name, so the dose cannot be checked: "
                          "write it with the strength, e.g. \"{example}\"",
                          "{drug}: एक {unit} की ताक़त (strength) नाम में नहीं है, इसलिए खुराक जाँची नहीं जा सकती: "
                          "ताक़त के साथ लिखें, जैसे \"{example}\""),
    "strength_required_ml": ("{drug}: the strength of the liquid (mg in 5 ml) is not in the name, so the dose "
                             "cannot be checked: write it with the strength, e.g. \"{example}\"",
                             "{drug}: घोल की ताक़त (5 ml में कितने mg) नाम में नहीं है, इसलिए खुराक जाँची नहीं जा "
                             "सकती: ताक़त के साथ लिखें, जैसे \"{example}\""),
    "no_age_no_weight": ("{drug}: no age and no weight recorded, so only the adult limits were checked — "
                         "if this is a child, record the age or weight first",
                         "{drug}: न आयु दर्ज है न वज़न, इसलिए केवल वयस्क की सीमा से जाँचा गया — यदि यह बच्चा है, "
                         "तो पहले आयु या वज़न दर्ज करें"),
    "duplicate_lines": ("{first} and {second} are both {generic}: the same drug twice in one prescription",
                        "{first} और {second} दोनों {generic} हैं: एक ही पर्चे में एक ही दवा दो बार"),
    "already_taking": ("{drug}: the patient is already on {current} ({generic}, prescribed {when})",
                       "{drug}: मरीज़ पहले से {current} ले रहा है ({generic}, {when} को लिखी गई)"),
    "allergy_conflict": ("{drug} vs allergy to {allergy} ({why})", "{drug} बनाम {allergy} से एलर्जी ({why})"),
    "dose_missing": ("dose: write the dose as a number, e.g. 500 or 2.5",
                     "खुराक: खुराक संख्या में लिखें, जैसे 500 या 2.5"),
    "dose_not_plain": ("dose '{text}': write it as a plain number with digits and at most one decimal point, "
                       "e.g. 500 or 2.5 (not 1e3, not words)",
                       "खुराक '{text}': सादी संख्या में लिखें — केवल अंक और अधिकतम एक दशमलव बिंदु, जैसे 500 या 2.5 "
                       "(1e3 या शब्द नहीं)"),
    "combination_unchecked": ("{drug}: no per-drug dose limit for a combination — check the dose by hand",
                              "{drug}: मिश्रित दवा की कोई दवा-वार खुराक सीमा नहीं — खुराक स्वयं जाँचें"),
    "no_route_limit": ("{drug}: no dose limit in the table for the {route} route — check the dose by hand",
                       "{drug}: तालिका में {route} मार्ग के लिए खुराक सीमा नहीं — खुराक स्वयं जाँचें"),
    "not_in_mg": ("{drug}: a dose in {unit} cannot be turned into mg, so the mg limit was not checked",
                  "{drug}: {unit} में खुराक को mg में नहीं बदला जा सकता, इसलिए mg सीमा नहीं जाँची गई"),
    "single_only": ("{drug}: {frequency} has no fixed count a day, so only the single dose was checked",
                    "{drug}: {frequency} की दिन में कोई तय संख्या नहीं, इसलिए केवल एक बार की खुराक जाँची गई"),
    "unknown_drug": ("unknown drug '{drug}': not in the drug table — check allergies and dose by hand",
                     "अज्ञात दवा '{drug}': दवा तालिका में नहीं — एलर्जी और खुराक स्वयं जाँचें"),
    "strength_unit_required": ("{drug}: the unit of the strength is not in the name ({number} mcg or mg?), so the "
                               "dose cannot be checked: write it with its unit, e.g. \"{example}\"",
                               "{drug}: नाम में ताक़त की इकाई नहीं है ({number} mcg या mg?), इसलिए खुराक जाँची नहीं जा "
                               "सकती: इकाई के साथ लिखें, जैसे \"{example}\""),
    "pregnancy_conflict": ("{drug} in pregnancy: {risk} ({when}; {source})",
                           "{drug} गर्भावस्था में: {risk} ({when}; {source})"),
    "pregnancy_unknown": ("{drug}: {risk} ({when}) — {who}, pregnancy not known: ask about it (or test) before "
                          "prescribing",
                          "{drug}: {risk} ({when}) — {who}, गर्भावस्था का पता नहीं: पर्चा लिखने से पहले पूछें "
                          "(या जाँच करें)"),
    "pregnancy_who_age": ("the patient is {years}", "मरीज़ की उम्र {years} वर्ष है"),
    "pregnancy_who_no_age": ("the patient's age is not recorded", "मरीज़ की उम्र दर्ज नहीं है"),
    "pregnancy_source_triage": ("the pregnancy was recorded at triage", "गर्भावस्था ट्राइएज में दर्ज है"),
    "pregnancy_source_prescriber": ("the prescriber said the patient is pregnant",
                                    "पर्चा लिखने वाले ने बताया कि मरीज़ गर्भवती है"),
    "pregnancy_avoid_all": ("avoid throughout pregnancy", "पूरी गर्भावस्था में न दें"),
    "pregnancy_avoid_first": ("avoid in the first trimester", "पहली तिमाही में न दें"),
    "pregnancy_avoid_third": ("avoid in the third trimester", "तीसरी तिमाही में न दें"),
    "pregnancy_risk_miscarriage": ("makes the womb contract: miscarriage or early labour",
                                   "गर्भाशय को सिकोड़ती है: गर्भपात या समय से पहले प्रसव"),
    "pregnancy_risk_coumarin": ("birth defects in weeks 6 to 12, and bleeding in the baby later",
                                "6 से 12 हफ़्ते में जन्म दोष, और बाद में शिशु में रक्तस्राव"),
    "pregnancy_risk_malformations": ("birth defects", "जन्म दोष"),
    "pregnancy_risk_neural_tube": ("spina bifida and other birth defects, and harm to the child's development",
                                   "स्पाइना बिफ़िडा व अन्य जन्म दोष, और बच्चे के विकास को हानि"),
    "pregnancy_risk_fetal_kidney": ("harms the baby's kidneys and skull and leaves too little fluid round it",
                                    "शिशु के गुर्दों और खोपड़ी को हानि, और उसके चारों ओर पानी (द्रव) कम"),
    "pregnancy_risk_teeth_bones": ("stains the baby's teeth and slows the growth of its bones",
                                   "शिशु के दाँतों पर दाग और उसकी हड्डियों की बढ़त धीमी"),
    "pregnancy_risk_ductus": ("closes a blood vessel of the baby's heart too early (ductus arteriosus) and leaves "
                              "too little fluid round it",
                              "शिशु के दिल की एक रक्त नली (डक्टस आर्टेरियोसस) समय से पहले बंद, और उसके चारों ओर "
                              "पानी कम"),
    "pregnancy_risk_haemolysis": ("may destroy the red blood cells of a baby with G6PD deficiency",
                                  "G6PD की कमी वाले शिशु की लाल रक्त कोशिकाएँ नष्ट कर सकती है"),
    "pregnancy_risk_cholesterol": ("the baby needs cholesterol to develop: birth defects have been reported",
                                   "शिशु के विकास के लिए कोलेस्ट्रॉल ज़रूरी है: जन्म दोष बताए गए हैं"),
}


def rx(lang: str, message: object) -> str:
    """A prescribing check's sentence in the language: a clinical Message by its key, its values (some
    Messages themselves) put in; anything else as it is."""
    from clinical.messages import Message

    if not isinstance(message, Message) or lang == "en" or message.key not in RX_MESSAGES:
        return str(message)
    values = {k: rx(lang, v) if isinstance(v, Message) else v for k, v in message.values.items()}
    return RX_MESSAGES[message.key][1].format(**values)


# The triage engine's specialties (models/triage/data/specialties.txt) as the kiosk names them
# (kiosk/static/i18n/*.json specialty.*; a test keeps the two in step).
SPECIALTIES: dict[str, tuple[str, str]] = {
    "emergency": ("emergency", "आपातकालीन चिकित्सा"),
    "general medicine": ("general medicine", "सामान्य चिकित्सा"),
    "pediatrics": ("pediatrics", "बाल रोग"),
    "obstetrics and gynecology": ("obstetrics and gynecology", "प्रसूति एवं स्त्री रोग"),
    "cardiology": ("cardiology", "हृदय रोग"),
    "pulmonology": ("pulmonology", "फेफड़ा रोग"),
    "neurology": ("neurology", "तंत्रिका रोग"),
    "orthopedics": ("orthopedics", "हड्डी रोग"),
    "dermatology": ("dermatology", "त्वचा रोग"),
    "ophthalmology": ("ophthalmology", "नेत्र रोग"),
    "ent": ("ENT", "नाक, कान, गला"),
    "dentistry": ("dentistry", "दंत चिकित्सा"),
    "psychiatry": ("psychiatry", "मनोरोग"),
    "general surgery": ("general surgery", "सामान्य शल्य चिकित्सा"),
    "urology": ("urology", "मूत्र रोग"),
    "gastroenterology": ("gastroenterology", "पेट एवं पाचन रोग"),
    "endocrinology": ("endocrinology", "अंतःस्रावी रोग"),
    "nephrology": ("nephrology", "गुर्दा रोग"),
    "infectious disease": ("infectious disease", "संक्रामक रोग"),
}


def lang_of(value: str | None) -> str:
    return value if value in LANGS else DEFAULT


def t(lang: str, key: str, **values: object) -> str:
    en, hi = STRINGS[key]
    text = hi if lang == "hi" else en
    return text.format(**values) if values else text


def word(lang: str, prefix: str, value: str | None) -> str:
    """A code from the data (severity, status, route, frequency) in the language; unknown codes as they are."""
    if not value:
        return ""
    key = f"{prefix}_{value}"
    return t(lang, key) if key in STRINGS else value


def specialty(lang: str, name: str | None) -> str:
    """The triage specialty in the language; a name the engine does not list stays as written."""
    if not name:
        return ""
    names = SPECIALTIES.get(name.strip().lower())
    return (names[1] if lang == "hi" else names[0]) if names else name
