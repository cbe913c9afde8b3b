"""Constants of the SOAP generator: version, sections, prescription vocabularies, vital-sign ranges, tests."""
from __future__ import annotations

from typing import Final

GENERATOR_VERSION: Final = "2.0.0"
AUTHOR: Final = f"ai:soap-{GENERATOR_VERSION}"  # the author of every AI draft

SECTIONS: Final = ("subjective", "objective", "assessment", "plan")
EXTRAS: Final = ("vitals", "symptoms", "medications", "tests_ordered", "follow_up", "chief_complaint", "note")

MAX_TRANSCRIPT_CHARS: Final = 60_000  # about 45 minutes of speech

# The prescription form's vocabularies (appliance/prescriptions/schemas.py; a test fails if they drift).
FREQUENCIES: Final = ("OD", "BD", "TDS", "QID", "HS", "PRN", "STAT", "WEEKLY")
DOSE_UNITS: Final = ("mg", "g", "mcg", "ml", "IU", "tablet", "capsule", "drop", "puff", "sachet", "unit")
ROUTES: Final = ("oral", "iv", "im", "sc", "topical", "inhaled", "eye", "ear", "nasal", "rectal", "vaginal")

# Speakers. Clinician turns carry exam, impression and plan; the patient's side carries the history.
CLINICIAN: Final = "clinician"
PATIENT: Final = "patient"
CLINICIAN_LABELS: Final = ("doctor", "dr", "physician", "nurse", "health worker", "asha", "clinician", "cho")
PATIENT_LABELS: Final = ("patient", "pt", "mother", "father", "mom", "mum", "attendant", "relative", "caregiver",
                         "husband", "wife", "son", "daughter", "parent", "guardian")

# Vital signs: kind -> (unit, lowest, highest plausible reading); mirrors appliance/encounters/const.py.
VITAL_UNITS: Final = {
    "temperature": ("°C", 30.0, 45.0),
    "pulse": ("/min", 20, 250),
    "resp_rate": ("/min", 4, 90),
    "spo2": ("%", 50, 100),
    "blood_pressure": ("mmHg", 50, 280),
    "weight": ("kg", 0.3, 300),
    "blood_sugar": ("mg/dL", 10, 1000),
}
FAHRENHEIT_RANGE: Final = (86.0, 113.0)
# The encounter's vital keys (appliance/encounters/const.py) and how to say them.
ENCOUNTER_VITAL_LABELS: Final = {
    "temperature_c": "temperature", "pulse": "pulse", "resp_rate": "respiratory rate", "spo2": "SpO2",
    "systolic_bp": "systolic BP", "diastolic_bp": "diastolic BP", "weight_kg": "weight", "height_cm": "height",
    "glucose_mg_dl": "blood sugar",
}

# Investigations a clinician orders: canonical name -> spoken and written forms.
TESTS: Final = {
    "CBC": ("cbc", "complete blood count", "complete blood picture", "blood count", "hemogram", "haemogram",
            "cbp"),
    "malaria test": ("malaria test", "malaria rapid test", "rapid malaria test", "rapid test for malaria",
                     "malaria rdt", "rdt for malaria", "malaria smear",
                     "smear for malaria", "mp test", "smear for mp", "peripheral smear", "test for malaria",
                     "malaria parasite", "rdt", "blood smear"),
    "urine routine": ("urine routine", "urine test", "urine r/e", "urine re", "urinalysis", "urine analysis",
                      "urine examination", "urine r e", "test your urine", "urine exam"),
    "urine culture": ("urine culture",),
    "chest X-ray": ("chest x-ray", "chest x ray", "chest xray", "x-ray of the chest", "x ray of the chest",
                    "x-ray chest", "x ray chest", "cxr"),
    "X-ray": ("x-ray", "x ray", "xray"),
    "ECG": ("ecg", "ekg", "electrocardiogram", "heart tracing"),
    "blood sugar": ("blood sugar test", "sugar test", "glucose test", "blood glucose test", "fbs", "rbs", "ppbs",
                    "fasting sugar", "fasting blood sugar", "random blood sugar", "check your sugar",
                    "test your sugar", "sugar check", "blood sugar"),
    "HbA1c": ("hba1c", "a1c", "glycated hemoglobin"),
    "hemoglobin": ("hemoglobin", "haemoglobin", "hb test", "hb level"),
    "dengue test": ("dengue test", "ns1", "dengue ns1", "dengue serology", "test for dengue", "dengue rdt"),
    "typhoid test": ("widal", "typhidot", "typhoid test", "test for typhoid"),
    "sputum test": ("sputum test", "sputum for afb", "sputum afb", "sputum examination", "cbnaat", "genexpert",
                    "gene xpert", "sputum"),
    "LFT": ("lft", "liver function test", "liver function tests", "liver test"),
    "KFT": ("kft", "rft", "kidney function test", "kidney function tests", "renal function test", "creatinine"),
    "lipid profile": ("lipid profile", "cholesterol test"),
    "thyroid test": ("thyroid test", "tft", "tsh", "thyroid function test"),
    "ultrasound": ("ultrasound", "usg", "sonography", "scan of the abdomen"),
    "pregnancy test": ("pregnancy test", "upt", "urine pregnancy test"),
    "HIV test": ("hiv test", "test for hiv"),
    "stool test": ("stool test", "stool routine", "stool examination"),
}
