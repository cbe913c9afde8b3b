"""Patient constants."""

ENTITY = "patient"
ALLERGY_ENTITY = "patient_allergy"
SEXES = ("female", "male", "other", "unknown")
ALLERGY_SEVERITIES = ("mild", "moderate", "severe", "unknown")
SEARCH_MIN_SCORE = 62
SEARCH_CANDIDATES = 120
SKELETON_WEIGHT = 0.95  # a phonetic-skeleton match counts slightly less than a spelling match
