"""The doctor's console in English and Hindi: one catalogue, a key per string, both languages side
by side (a test fails when a key lacks either). The language is the person's choice, kept in a
cookie; the admin's pages stay English."""
from __future__ import annotations

from clinical.messages import in_language

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
    "dose_check_block": ("Not prescribed — check the dose and how often: {detail}",
                         "पर्चा नहीं लिखा गया — खुराक और कितनी बार देनी है, जाँचें: {detail}"),
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


def rx(lang: str, message: object) -> str:
    """A prescribing check's sentence in the language: a clinical Message by its key, its values (some
    Messages themselves) put in; anything else as it is. The wording, English and Hindi, is clinical/messages.py's
    (the box kiosk's catalogues are written from it too)."""
    return in_language(message, lang)


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
