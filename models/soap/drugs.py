"""Drug names a primary-care clinician says: generics from the essential medicines list, and the brand
names and short forms heard in Indian clinics, each mapped to the generic written on the prescription."""
from __future__ import annotations

from typing import Final

GENERICS: Final = (
    "paracetamol", "ibuprofen", "diclofenac", "aspirin", "tramadol", "mefenamic acid",
    "amoxicillin", "amoxicillin clavulanate", "azithromycin", "ciprofloxacin", "ofloxacin", "norfloxacin",
    "levofloxacin", "doxycycline", "cotrimoxazole", "metronidazole", "tinidazole", "cefixime", "cephalexin",
    "ceftriaxone", "nitrofurantoin", "gentamicin", "erythromycin", "clotrimazole", "fluconazole", "nystatin",
    "artemether lumefantrine", "artesunate", "chloroquine", "primaquine", "quinine",
    "albendazole", "mebendazole", "ivermectin", "permethrin",
    "oral rehydration salts", "zinc", "ondansetron", "domperidone", "metoclopramide", "omeprazole",
    "pantoprazole", "ranitidine", "famotidine", "antacid", "dicyclomine", "hyoscine", "lactulose", "bisacodyl",
    "loperamide",
    "cetirizine", "levocetirizine", "chlorpheniramine", "loratadine", "montelukast", "salbutamol",
    "budesonide", "prednisolone", "dexamethasone", "hydrocortisone",
    "metformin", "glimepiride", "glibenclamide", "gliclazide", "insulin", "amlodipine", "atenolol",
    "metoprolol", "losartan", "telmisartan", "enalapril", "hydrochlorothiazide", "furosemide",
    "spironolactone", "atorvastatin", "clopidogrel", "isosorbide dinitrate", "nitroglycerin",
    "iron folic acid", "ferrous sulphate", "folic acid", "calcium", "vitamin d", "vitamin b complex",
    "multivitamin", "vitamin a",
    "diazepam", "phenytoin", "phenobarbitone", "carbamazepine", "sodium valproate", "amitriptyline",
    "fluoxetine", "levothyroxine", "misoprostol", "oxytocin", "methylergometrine", "magnesium sulphate",
    "benzyl penicillin", "tetanus toxoid", "anti rabies vaccine", "silver sulfadiazine", "povidone iodine",
    "calamine", "salicylic acid", "chloramphenicol", "ciprofloxacin eye drops", "saline nasal drops",
    "isoniazid", "rifampicin", "ethambutol", "pyrazinamide",
)

# Spoken and brand forms -> generic.
ALIASES: Final = {
    "pcm": "paracetamol", "crocin": "paracetamol", "dolo": "paracetamol", "calpol": "paracetamol",
    "acetaminophen": "paracetamol", "brufen": "ibuprofen", "combiflam": "ibuprofen paracetamol",
    "voveran": "diclofenac", "augmentin": "amoxicillin clavulanate", "amox": "amoxicillin",
    "mox": "amoxicillin", "azithral": "azithromycin", "azee": "azithromycin", "azithro": "azithromycin",
    "cipro": "ciprofloxacin", "ciplox": "ciprofloxacin", "septran": "cotrimoxazole", "bactrim": "cotrimoxazole",
    "flagyl": "metronidazole", "metrogyl": "metronidazole", "taxim o": "cefixime",
    "coartem": "artemether lumefantrine", "act": "artemether lumefantrine", "lumerax": "artemether lumefantrine",
    "artemether": "artemether lumefantrine", "zentel": "albendazole", "ors": "oral rehydration salts",
    "electral": "oral rehydration salts", "zinc sulphate": "zinc", "emeset": "ondansetron",
    "domstal": "domperidone", "perinorm": "metoclopramide", "omez": "omeprazole", "pan": "pantoprazole",
    "pantop": "pantoprazole", "rantac": "ranitidine", "gelusil": "antacid", "digene": "antacid",
    "cyclopam": "dicyclomine", "buscopan": "hyoscine", "cetzine": "cetirizine", "avil": "pheniramine",
    "asthalin": "salbutamol", "ventolin": "salbutamol", "albuterol": "salbutamol", "wysolone": "prednisolone",
    "glycomet": "metformin", "amlong": "amlodipine", "amlo": "amlodipine", "losar": "losartan",
    "telma": "telmisartan", "lasix": "furosemide", "ecosprin": "aspirin", "thyronorm": "levothyroxine",
    "eltroxin": "levothyroxine", "ifa": "iron folic acid", "iron tablets": "iron folic acid",
    "iron": "iron folic acid", "ferrous sulfate": "ferrous sulphate", "shelcal": "calcium",
    "becosules": "vitamin b complex", "b complex": "vitamin b complex", "ivermectin": "ivermectin",
    "tt injection": "tetanus toxoid", "tt": "tetanus toxoid", "arv": "anti rabies vaccine",
    "neosporin": "neomycin", "betadine": "povidone iodine", "sorbitrate": "isosorbide dinitrate",
    "glucon d": "glucose powder", "paracetamol syrup": "paracetamol",
    "amoxycillin": "amoxicillin", "cotrimoxazol": "cotrimoxazole", "metronidazol": "metronidazole",
    "ondansetrone": "ondansetron", "pantoprazol": "pantoprazole", "salbutamole": "salbutamol",
    "sulfamethoxazole": "cotrimoxazole",
}

# Forms said before or after the name; they set the dose unit and the route.
FORMS: Final = {
    "tablet": ("tablet", "oral"), "tablets": ("tablet", "oral"), "tab": ("tablet", "oral"),
    "tabs": ("tablet", "oral"), "goli": ("tablet", "oral"), "capsule": ("capsule", "oral"),
    "capsules": ("capsule", "oral"), "cap": ("capsule", "oral"), "syrup": ("ml", "oral"), "syp": ("ml", "oral"),
    "suspension": ("ml", "oral"), "drops": ("drop", None), "drop": ("drop", None),
    "inhaler": ("puff", "inhaled"), "puffs": ("puff", "inhaled"), "puff": ("puff", "inhaled"),
    "nebulisation": ("ml", "inhaled"), "nebulization": ("ml", "inhaled"),
    "injection": (None, "im"), "inj": (None, "im"), "sachet": ("sachet", "oral"), "sachets": ("sachet", "oral"),
    "packet": ("sachet", "oral"), "packets": ("sachet", "oral"), "cream": (None, "topical"),
    "ointment": (None, "topical"), "gel": (None, "topical"), "lotion": (None, "topical"),
}
