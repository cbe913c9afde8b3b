"""Limits of a clinic's contact (the typed phone's own limits are clinical/phones.py's, the kiosk's)."""
MAX_NAME_CHARS = 120          # "Sister Meena Kumari (nurse in charge), PHC Rampur reception"
FIELDS = ("phone", "name")    # the form's fields, named in every refusal
