"""Realistic consultations with what a correct draft holds (written for these tests).

Each case: transcript, then expectations per field. `sections` maps a section to phrases that must
appear in some sentence of it; `not_in` maps a section to phrases that must not.
"""
from __future__ import annotations

CASES = [
    {
        "id": "viral-fever-spelled-numbers",
        "transcript": """Doctor: Good morning, what brings you here?
Patient: Doctor, I have bukhar since three days and bad headache. Body pain also.
Doctor: Any vomiting or loose motions?
Patient: No.
Doctor: Cough?
Patient: Yes, a little dry cough.
Doctor: Temperature is one hundred and two Fahrenheit. Pulse is one hundred and ten per minute. BP is one hundred and twenty over eighty.
Doctor: Chest is clear. Throat is slightly red.
Doctor: It looks like a viral fever, so we will do a malaria test and a CBC.
Doctor: Take paracetamol five hundred mg three times a day after food for three days. Drink plenty of fluids.
Doctor: If the fever does not come down, come back after three days.
Patient: Okay doctor, thank you.""",
        "symptoms": {"fever": False, "headache": False, "body ache": False, "vomiting": True, "diarrhea": True,
                     "cough": False},
        "vitals": {"temperature": 102, "pulse": 110, "blood_pressure": "120/80"},
        "medications": [{"drug": "paracetamol", "dose": 500, "unit": "mg", "frequency": "TDS", "duration_days": 3,
                         "instructions": "after food"}],
        "tests_ordered": ["malaria test", "CBC"],
        "follow_up": {"days": 3},
        "sections": {"objective": ["Chest is clear", "Throat is slightly red"],
                     "assessment": ["viral fever"], "plan": ["plenty of fluids"]},
        "not_in": {"plan": ["Good morning"], "subjective": ["thank you"]},
    },
    {
        "id": "hypertension-digits",
        "transcript": """Doctor: Namaste. How are you feeling?
Patient: I get headache in the morning and sometimes giddiness. I am taking no medicines.
Doctor: Any chest pain?
Patient: No chest pain.
Doctor: BP is 160/100 mmHg. Pulse 84. Weight 78 kg.
Doctor: Your blood pressure is high. I think you have hypertension.
Doctor: Start amlodipine 5 mg once daily for 30 days. Reduce salt in food and walk every day.
Doctor: We will do an ECG and a blood sugar test. Review after two weeks.""",
        "symptoms": {"headache": False, "dizziness": False, "chest pain": True},
        "vitals": {"blood_pressure": "160/100", "pulse": 84, "weight": 78},
        "medications": [{"drug": "amlodipine", "dose": 5, "unit": "mg", "frequency": "OD", "duration_days": 30}],
        "tests_ordered": ["ECG", "blood sugar"],
        "follow_up": {"days": 14},
        "sections": {"assessment": ["hypertension"], "plan": ["Reduce salt"]},
    },
    {
        "id": "child-diarrhoea-mother",
        "transcript": """Doctor: What is the problem with the baby?
Mother: He has loose motions since yesterday, six seven times, and ulti also two times.
Doctor: Is he drinking well?
Mother: Yes, he is drinking.
Doctor: Any blood in the stool?
Mother: No blood.
Doctor: Weight is eleven kg. Temperature is thirty seven point eight. He looks mildly dehydrated, skin pinch goes back slowly.
Doctor: This is acute gastroenteritis with some dehydration.
Doctor: Give ORS after every loose stool and zinc 20 mg once a day for 14 days.
Doctor: If he stops drinking or becomes very sleepy, come immediately. Otherwise review after two days.""",
        "symptoms": {"diarrhea": False, "vomiting": False, "blood in stool": True},
        "vitals": {"weight": 11, "temperature": 37.8},
        "medications": [{"drug": "oral rehydration salts", "frequency": "PRN"},
                        {"drug": "zinc", "dose": 20, "unit": "mg", "frequency": "OD", "duration_days": 14}],
        "tests_ordered": [],
        "follow_up": {"days": 2},
        "sections": {"objective": ["dehydrated"], "assessment": ["gastroenteritis"]},
    },
    {
        "id": "uti-hinglish",
        "transcript": """Doctor: Kya problem hai?
Patient: Peshab mein jalan hai, teen din se. Baar baar peshab aata hai.
Doctor: Bukhar hai?
Patient: Nahi.
Doctor: Any pain in the back?
Patient: No.
Doctor: Temperature 98.4 F. There is mild tenderness in the lower abdomen.
Doctor: Lagta hai urine infection hai. We will send a urine routine test.
Doctor: Take nitrofurantoin 100 mg twice a day for five days. Paani zyada piyo.
Doctor: Come back after 5 days with the report.""",
        "symptoms": {"dysuria": False, "frequent urination": False, "fever": True, "back pain": True},
        "vitals": {"temperature": 98.4},
        "medications": [{"drug": "nitrofurantoin", "dose": 100, "unit": "mg", "frequency": "BD",
                         "duration_days": 5}],
        "tests_ordered": ["urine routine"],
        "follow_up": {"days": 5},
        "sections": {"objective": ["tenderness"], "assessment": ["urine infection"]},
    },
    {
        "id": "asthma-spo2-spoken",
        "transcript": """Patient: I am having breathlessness since last night and wheezing. I have asthma since childhood.
Doctor: Any fever?
Patient: No fever.
Doctor: SpO2 is ninety two percent. Respiratory rate is twenty eight per minute. Wheeze heard on both sides.
Doctor: This is an acute asthma attack.
Doctor: Give salbutamol inhaler two puffs every 6 hours for 5 days, and prednisolone 40 mg once daily for 5 days.
Doctor: If breathing gets worse, come immediately. Follow up in one week.""",
        "symptoms": {"shortness of breath": False, "wheezing": False, "fever": True},
        "vitals": {"spo2": 92, "resp_rate": 28},
        "medications": [{"drug": "salbutamol", "dose": 2, "unit": "puff", "frequency": "QID", "duration_days": 5,
                         "route": "inhaled"},
                        {"drug": "prednisolone", "dose": 40, "unit": "mg", "frequency": "OD", "duration_days": 5}],
        "tests_ordered": [],
        "follow_up": {"days": 7},
        "sections": {"assessment": ["asthma attack"], "objective": ["Wheeze heard"]},
    },
    {
        "id": "diabetes-sugar-spoken",
        "transcript": """Doctor: Tell me.
Patient: I feel very thirsty and I pass urine many times at night. I have lost weight also.
Doctor: For how long?
Patient: Two months.
Doctor: Random blood sugar is two hundred and eighty mg/dL. Weight sixty five kg. BP one thirty over eighty five.
Doctor: This is most likely diabetes.
Doctor: Start metformin 500 mg twice a day after food for one month.
Doctor: Get an HbA1c and a kidney function test done. See me after one month with the reports.""",
        "symptoms": {"excessive thirst": False, "weight loss": False},
        "vitals": {"blood_sugar": 280, "weight": 65, "blood_pressure": "130/85"},
        "medications": [{"drug": "metformin", "dose": 500, "unit": "mg", "frequency": "BD", "duration_days": 30,
                         "instructions": "after food"}],
        "tests_ordered": ["HbA1c", "KFT"],
        "follow_up": {"days": 30},
        "sections": {"assessment": ["diabetes"]},
    },
    {
        "id": "plain-text-no-speakers",
        "transcript": ("I have cough with sputum for two weeks and fever in the evening. No weight loss. "
                       "On examination, crepitations in the right lung. Temperature 38.2 degrees. "
                       "Suspected chest infection, rule out TB. Sputum for AFB and a chest X-ray. "
                       "Amoxicillin 500 mg three times a day for 7 days. Review after one week."),
        "symptoms": {"cough": False, "fever": False, "weight loss": True},
        "vitals": {"temperature": 38.2},
        "medications": [{"drug": "amoxicillin", "dose": 500, "unit": "mg", "frequency": "TDS", "duration_days": 7}],
        "tests_ordered": ["sputum test", "chest X-ray"],
        "follow_up": {"days": 7},
        "sections": {"objective": ["crepitations"], "assessment": ["chest infection"], "subjective": ["cough"]},
    },
    {
        "id": "pregnancy-anaemia",
        "transcript": """Doctor: How many months pregnant are you?
Patient: Five months. I feel very tired and weak, and I get breathless when I climb stairs.
Doctor: Any bleeding?
Patient: No bleeding.
Doctor: She looks pale. BP is 110/70. Haemoglobin is 8.5.
Doctor: This looks like anaemia of pregnancy.
Doctor: Take iron folic acid one tablet twice a day after food for three months, and calcium 500 mg once a day.
Doctor: Eat green leafy vegetables. Come back after 4 weeks for the haemoglobin test.""",
        "symptoms": {"fatigue": False, "vaginal bleeding": True},
        "vitals": {"blood_pressure": "110/70"},
        "medications": [{"drug": "iron folic acid", "dose": 1, "unit": "tablet", "frequency": "BD",
                         "duration_days": 90},
                        {"drug": "calcium", "dose": 500, "unit": "mg", "frequency": "OD"}],
        "tests_ordered": ["hemoglobin"],
        "follow_up": {"days": 28},
        "sections": {"objective": ["looks pale", "Haemoglobin is 8.5"], "assessment": ["anaemia"]},
    },
    {
        "id": "malaria-positive-result",
        "transcript": """Patient: Doctor, fever with chills and shivering comes every alternate day, since four days.
Doctor: Any headache?
Patient: Haan, sir dard bhi hai.
Doctor: Your malaria test is positive for vivax. Temp is 39.4 degrees celsius. Pulse 108.
Doctor: So you have vivax malaria.
Doctor: Take chloroquine as per the chart for three days, then primaquine 15 mg once a day for 14 days.
Doctor: Paracetamol 650 mg SOS for fever. Come back after 3 days.""",
        "symptoms": {"fever": False, "headache": False},  # chills are part of fever in the triage lexicon
        "vitals": {"temperature": 39.4, "pulse": 108},
        "medications": [{"drug": "chloroquine", "duration_days": 3},
                        {"drug": "primaquine", "dose": 15, "unit": "mg", "frequency": "OD", "duration_days": 14},
                        {"drug": "paracetamol", "dose": 650, "unit": "mg", "frequency": "PRN"}],
        "tests_ordered": [],
        "follow_up": {"days": 3},
        "sections": {"objective": ["malaria test is positive"], "assessment": ["vivax malaria"]},
    },
    {
        "id": "skin-fungal",
        "transcript": """Patient: There is itching in my groin for one month. It is red and spreading.
Doctor: Anyone else at home has it?
Patient: Yes, my brother.
Doctor: There is a ring shaped red rash with scaling in the groin.
Doctor: It looks like tinea, a fungal infection.
Doctor: Apply clotrimazole cream twice a day for four weeks. Take cetirizine 10 mg at night for 7 days for itching.
Doctor: Keep the area dry, wear cotton clothes. Follow up after 2 weeks.""",
        "symptoms": {"itching": False},
        "vitals": {},
        "medications": [{"drug": "clotrimazole", "frequency": "BD", "duration_days": 28, "route": "topical"},
                        {"drug": "cetirizine", "dose": 10, "unit": "mg", "frequency": "HS", "duration_days": 7}],
        "tests_ordered": [],
        "follow_up": {"days": 14},
        "sections": {"objective": ["rash"], "assessment": ["fungal infection"], "plan": ["Keep the area dry"]},
    },
    {
        "id": "chest-pain-referral-spoken",
        "transcript": """Patient: I had chest pain for one hour, it is going to my left arm, and I am sweating.
Doctor: Any breathlessness?
Patient: Yes, a little.
Doctor: BP is ninety over sixty. Pulse one hundred and twenty. Oxygen saturation ninety four percent.
Doctor: I suspect a heart attack. We will do an ECG now.
Doctor: Give aspirin 300 mg stat. We are referring you to the district hospital immediately.""",
        "symptoms": {"chest pain": False, "sweating": False, "shortness of breath": False},
        "vitals": {"blood_pressure": "90/60", "pulse": 120, "spo2": 94},
        "medications": [{"drug": "aspirin", "dose": 300, "unit": "mg", "frequency": "STAT", "duration_days": 1}],
        "tests_ordered": ["ECG"],
        "follow_up": None,
        "sections": {"assessment": ["heart attack"], "plan": ["referring"]},
    },
    {
        "id": "dengue-watch",
        "transcript": """Doctor: Since when is the fever?
Patient: Five days. Body pain bahut hai, and pain behind the eyes.
Doctor: Any bleeding from gums or nose?
Patient: No.
Doctor: Temperature 101.2 F, BP 100/70, pulse 96. There is no rash.
Doctor: This could be dengue. We will do a dengue NS1 test and a CBC for platelets.
Doctor: Take paracetamol 500 mg every 6 hours for 3 days. Do not take ibuprofen. Drink ORS and fluids.
Doctor: Come back tomorrow with the reports.""",
        "symptoms": {"fever": False, "body ache": False, "retro-orbital pain": False},
        "vitals": {"temperature": 101.2, "blood_pressure": "100/70", "pulse": 96},
        "medications": [{"drug": "paracetamol", "dose": 500, "unit": "mg", "frequency": "QID", "duration_days": 3},
                        {"drug": "oral rehydration salts"}],  # ibuprofen is advised against, not ordered
        "tests_ordered": ["dengue test", "CBC"],
        "follow_up": {"days": 1},
        "sections": {"assessment": ["dengue"], "subjective": ["Fever: 5 days"]},
    },
]
