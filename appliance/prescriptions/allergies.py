"""The box's name for the shared allergy check (the one implementation is clinical/allergies.py,
which the hub's doctor console uses too)."""
from clinical.allergies import _CLASSES, _GENERIC, _same_word, classes, matches, words  # noqa: F401
