"""The names of medicines the triage reads: the drug table's one-word names (clinical/drugs.tsv: generics and
brands) and the sedatives and seizure drugs kept at home. A count of them taken is an overdose ("20 paracetamol kha
liye", overdose.named_drug_overdoses), and none of them is a misspelt word for the spelling corrector ("dolo" is
the brand, not "dole")."""

from __future__ import annotations

from functools import cache
from typing import Final

HOME_SEDATIVES: Final = frozenset({"alprax", "alprazolam", "restyl", "clonazepam", "clonotril", "rivotril", "diazepam",
                                   "valium", "calmpose", "lorazepam", "ativan", "zolpidem", "amitriptyline",
                                   "tryptomer", "nitrazepam", "phenobarbitone", "gardenal", "phenytoin", "eptoin",
                                   "carbamazepine", "tegretol", "lithium", "dapsone"})
MIN_NAME: Final = 4  # shorter names ("azee" is the shortest kept) collide with everyday words


@cache
def drug_names() -> frozenset[str]:
    """Lower-case one-word medicine names."""
    from clinical.formulary import table
    return frozenset(name for name in table()[1] if " " not in name and name.isalpha()
                     and len(name) >= MIN_NAME) | HOME_SEDATIVES
