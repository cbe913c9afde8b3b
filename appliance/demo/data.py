"""Word lists the demo seed draws from."""

GIVEN_FEMALE = ["Sunita", "Anita", "Kavita", "Pooja", "Priya", "Meena", "Lakshmi", "Radha", "Savitri", "Geeta",
                "Rekha", "Shanti", "Asha", "Usha", "Neha", "Fatima", "Ayesha", "Salma", "Parvati", "Durga",
                "Kamala", "Sarita", "Manju", "Rani", "Sushila", "Jyoti", "Pinki", "Babita", "Mamta", "Nirmala"]
GIVEN_MALE = ["Ramesh", "Suresh", "Mahesh", "Rajesh", "Anil", "Sunil", "Vijay", "Ravi", "Mohan", "Gopal",
              "Raju", "Shankar", "Ganesh", "Prakash", "Arjun", "Imran", "Salim", "Abdul", "Harish", "Dinesh",
              "Manoj", "Santosh", "Ashok", "Kishore", "Deepak", "Naresh", "Bablu", "Sanjay", "Pappu", "Lakhan"]
FAMILY = ["Kumar", "Devi", "Sharma", "Verma", "Yadav", "Singh", "Patel", "Gupta", "Mishra", "Khan",
          "Ansari", "Reddy", "Naidu", "Das", "Mandal", "Paswan", "Kushwaha", "Chauhan", "Meena", "Bai"]
VILLAGES = ["Rampur", "Sitapur", "Chandpur", "Kishanganj", "Bilaspur", "Madhopur", "Nayagaon", "Devipur",
            "Hariharpur", "Gopalpur", "Shivnagar", "Bhawanipur"]
ALLERGENS = [("Penicillin", "rash", "moderate"), ("Sulfa drugs", "hives", "mild"),
             ("Ibuprofen", "wheeze", "severe"), ("Amoxicillin", "rash and swelling", "severe"),
             ("Peanuts", "swelling of lips", "severe")]
VISITS = [
    ("fever and body ache for three days", [("temperature_c", 38.6), ("pulse", 102)],
     "Viral fever", [("Paracetamol", 500, "mg", "TDS", 3, "PCM-500")]),
    ("loose motions since yesterday, no blood", [("temperature_c", 37.4), ("pulse", 96)],
     "Acute gastroenteritis", [("ORS sachet", 1, "sachet", "TDS", 3, "ORS-1"), ("Zinc", 20, "mg", "OD", 14, "ZNC-20")]),
    ("cough and cold for a week", [("temperature_c", 37.2), ("resp_rate", 20)],
     "Upper respiratory tract infection", [("Cetirizine", 10, "mg", "HS", 5, "CTZ-10")]),
    ("headache and dizziness, BP check", [("systolic_bp", 162), ("diastolic_bp", 98), ("pulse", 84)],
     "Essential hypertension", [("Amlodipine", 5, "mg", "OD", 30, "AML-5")]),
    ("burning micturition for two days", [("temperature_c", 37.8)],
     "Urinary tract infection", [("Nitrofurantoin", 100, "mg", "BD", 5, "NFT-100")]),
    ("itchy rash on arms", [("temperature_c", 36.8)], "Contact dermatitis", []),
    ("joint pain in knees, worse in the morning", [("pulse", 78)], "Osteoarthritis of knee",
     [("Paracetamol", 500, "mg", "BD", 7, "PCM-500")]),
    ("antenatal check-up, 28 weeks", [("systolic_bp", 118), ("diastolic_bp", 76), ("weight_kg", 61)],
     "Normal pregnancy", [("Iron and folic acid", 1, "tablet", "OD", 30, "IFA-1")]),
]
STOCK = [("PCM-500", "Paracetamol 500 mg tablet", "tablet", 100, 200, 2000),
         ("ORS-1", "ORS sachet", "sachet", 600, 100, 500),
         ("ZNC-20", "Zinc 20 mg tablet", "tablet", 150, 100, 600),
         ("CTZ-10", "Cetirizine 10 mg tablet", "tablet", 80, 100, 800),
         ("AML-5", "Amlodipine 5 mg tablet", "tablet", 120, 200, 1500),
         ("NFT-100", "Nitrofurantoin 100 mg capsule", "capsule", 450, 50, 300),
         ("IFA-1", "Iron and folic acid tablet", "tablet", 50, 300, 3000),
         ("AMX-500", "Amoxicillin 500 mg capsule", "capsule", 300, 100, 600)]
