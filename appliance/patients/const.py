"""Patient constants."""

ENTITY = "patient"
ALLERGY_ENTITY = "patient_allergy"
SEXES = ("female", "male", "other", "unknown")
ALLERGY_SEVERITIES = ("mild", "moderate", "severe", "unknown")
SEARCH_MIN_SCORE = 62
SEARCH_CANDIDATES = 120
