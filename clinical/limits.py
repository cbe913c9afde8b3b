"""How long a prescription's texts may be: one limit each for the box's API, the box's tables and the
hub's console, so a line the doctor writes at the hub is never one the box refuses or cuts."""
from __future__ import annotations

from typing import Final

DRUG_NAME: Final = (2, 120)      # characters: "Paracetamol 500 mg" ... a long combination's name
INSTRUCTIONS: Final = 300        # characters: "after food, with water; stop if a rash appears"
OVERRIDE_REASON: Final = (5, 200)  # why a drug matching a recorded allergy is prescribed all the same
