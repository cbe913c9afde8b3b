"""Patient constants."""

ENTITY = "patient"
ALLERGY_ENTITY = "patient_allergy"
SEXES = ("female", "male", "other", "unknown")
ALLERGY_SEVERITIES = ("mild", "moderate", "severe", "unknown")
SEARCH_MIN_SCORE = 62
SEARCH_CANDIDATES = 120
SKELETON_WEIGHT = 0.95  # a phonetic-skeleton match counts slightly less than a spelling match
# A name in another script than the query's is spelt by its loose key (names.name_key), which folds what spellings
# differ in: its match counts slightly less than the same letters', more than a skeleton's.
OTHER_SCRIPT_WEIGHT = 0.98
# Scores of a number typed in the search box, best first: a whole identifier typed beats a part of one, so "501"
# finds DEMO-00501 before the patient whose phone merely ends in 0501.
SCORE_WHOLE_ID = 100  # the whole clinic number or the whole phone number
SCORE_CLINIC_NUMBER = 98  # the number part of a clinic number, with or without its zeros
SCORE_PHONE_END = 90  # the end of a phone number
SCORE_PHONE_PART = 85  # digits inside a phone number
