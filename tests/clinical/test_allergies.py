"""The allergy check, table-driven: brand names, combinations, misspellings, short names that must not
collide, cross-reactivity by severity, and names the table does not know. The expected answers are the
clinical ones (a pharmacist's), written before running the matcher."""
from __future__ import annotations

import pytest

from clinical.allergies import conflicts, matches, notes

# (drug prescribed, allergy recorded): the same substance or an allergy class — must be stopped.
SAME = [
    ("Amoxil 500 mg", "Penicillin"),          # brand of amoxicillin, a penicillin
    ("Mox", "Penicillin"),
    ("Novamox 250", "Penicillin"),
    ("Brufen", "Ibuprofen"),
    ("Crocin", "Paracetamol"),
    ("Dolo 650", "Paracetamol"),
    ("Calpol", "Paracetamol"),
    ("Combiflam", "Ibuprofen"),               # ibuprofen + paracetamol
    ("Combiflam", "Paracetamol"),
    ("Augmentin", "Amoxicillin"),             # amoxicillin + clavulanic acid
    ("Clavam 625", "Penicillin"),
    ("Moxclav", "penicillins"),
    ("Septran DS", "Sulfa drugs"),            # co-trimoxazole: sulfamethoxazole + trimethoprim
    ("Bactrim", "Sulphonamides"),
    ("Azithral 500", "Azithromycin"),
    ("Ciplox", "Ciprofloxacin"),
    ("Zifi 200", "Cefixime"),
    ("Taxim-O", "Cephalosporins"),
    ("Paracetamol", "Crocin"),                # the allergy written as a brand
    ("Ibuprofen 400 mg", "Brufen"),
    # misspelt, on either side
    ("Augmentin", "penicilin"),
    ("pen V", "Penicillin"),
    ("amoxycilin", "Penicillin"),
    ("Paracetmol", "Crocin"),
    ("Ibuprofin", "Brufen"),
    ("Azithromicin", "Azithral"),
    ("Ceftriaxon", "cephalosporin"),
]
# Different substances, or short names that only look alike — must not be called the same.
DIFFERENT = [
    ("Mox", "Moxifloxacin"),                  # amoxicillin brand vs a fluoroquinolone
    ("Moxif", "Amoxicillin"),                 # moxifloxacin brand vs a penicillin
    ("Paracetamol", "Ibuprofen"),
    ("Cetirizine", "Cefixime"),
    ("Dolo 650", "Diclofenac"),
    ("Zinc", "Zifi"),
    ("Brufen", "Paracetamol"),
    ("Amlodipine", "Amoxil"),
    ("Metrogyl", "Metformin"),
    ("Azithromycin", "Penicillin"),
    ("Cefixime", "Penicillin"),               # a cross-reaction, not the same allergy (below)
]


@pytest.mark.parametrize("drug,allergy", SAME)
def test_the_same_substance_or_class_matches(drug, allergy):
    assert matches(drug, allergy)


@pytest.mark.parametrize("drug,allergy", DIFFERENT)
def test_different_drugs_do_not_match(drug, allergy):
    assert matches(drug, allergy) is None


def _allergy(substance, severity, reaction=None):
    return {"substance": substance, "severity": severity, "reaction": reaction, "recorded_at": "2026-01-01"}


# (drug, allergy, severity, expected kind of conflict or None, a note expected about cross-reactivity)
CROSS = [
    ("Cefixime", "Penicillin", "severe", "cross_reactivity", False),
    ("Ceftriaxone 1 g", "Penicillin", "unknown", "cross_reactivity", False),  # unknown may have been anaphylaxis
    ("Meropenem", "Penicillin", "moderate", None, True),
    ("Meropenem", "Penicillin", "severe", "cross_reactivity", False),         # carbapenem
    ("Zifi", "Amoxicillin", "severe", "cross_reactivity", False),            # brand; allergy to one penicillin
    ("Monocef", "Penicillin", "moderate", None, True),
    ("Cefixime", "Penicillin", "mild", None, True),                          # informational only
    ("Azithromycin", "Penicillin", "severe", None, False),
    ("Amoxil", "Penicillin", "mild", "allergy", False),                      # the allergy itself, any severity
    ("Paracetamol", "Penicillin", "severe", None, False),
]


@pytest.mark.parametrize("drug,allergy,severity,kind,noted", CROSS)
def test_cross_reactivity_needs_a_reason_only_when_the_allergy_is_serious(drug, allergy, severity, kind, noted):
    found = conflicts([_allergy(allergy, severity)], [drug])
    assert [c["kind"] for c in found] == ([kind] if kind else [])
    said = notes([_allergy(allergy, severity)], [drug])
    assert any("cross-reactivity" in n for n in said) == noted


def test_anaphylaxis_in_the_reaction_counts_as_serious_whatever_the_severity_field():
    found = conflicts([_allergy("Penicillin", "moderate", "anaphylaxis in 2019")], ["Cefixime 200 mg"])
    assert [c["kind"] for c in found] == ["cross_reactivity"]


@pytest.mark.parametrize("drug", ["Xyloprofenzine", "Tab. Qwertazol 10 mg", "Moxi"])
def test_an_unknown_drug_is_said_to_be_unknown(drug):
    said = notes([_allergy("Penicillin", "severe")], [drug])
    assert any("unknown drug" in n and drug in n for n in said)


def test_an_unknown_word_beside_a_known_drug_is_named():
    said = notes([], ["Paracetamol + Frobnicillane"])
    assert any("frobnicillane" in n for n in said)


def test_a_non_drug_allergy_is_said_to_need_checking_by_hand():
    said = notes([_allergy("Peanuts", "severe")], ["Paracetamol"])
    assert any("Peanuts" in n and "by hand" in n for n in said)


def test_known_drugs_and_allergies_give_no_notes():
    assert notes([_allergy("Penicillin", "severe")], ["Paracetamol", "Azithral", "Dolo 650"]) == []


# Allergies (and drugs) written in Devanagari, as the Hindi kiosk's allergy field asks ("जैसे पेनिसिलिन, सल्फ़ा"),
# and the abbreviations of hospital notes: the same answer as the English name.
HINDI_SAME = [
    ("Amoxicillin 500 mg", "पेनिसिलिन"),
    ("Amoxicillin", "पेन्सिलिन"),             # spelt with the i dropped, as it is said
    ("Augmentin 625", "पेनिसिलीन"),
    ("Co-trimoxazole 960 mg", "सल्फ़ा"),      # with the nukta
    ("Septran DS", "सल्फा"),                  # and without: salphaa
    ("Bactrim", "सल्फ़ा दवाएं"),               # "sulfa drugs"
    ("Aspirin 75 mg", "एस्पिरिन"),
    ("Ecosprin", "डिस्प्रिन"),
    ("Crocin", "पैरासिटामोल"),
    ("अमोक्सिसिलिन", "Penicillin"),             # the drug typed in Devanagari
    ("ऑगमेंटिन", "penicillins"),
    ("कोट्रिमोक्साज़ोल", "Sulfa"),
    ("Amoxil", "PCN"),
    ("Cloxacillin", "PCN allergy"),
    ("Disprin", "ASA"),
    ("Septran", "sulpha drugs"),
    ("Bactrim", "TMP-SMX"),
]
# Hindi words for things people are allergic to that are no drug: never a drug by their sound.
HINDI_DIFFERENT = [
    ("Dolo 650", "दाल"),                     # lentils: daal sounds like "dolo"
    ("Co-trimoxazole", "शेलफिश"),            # shellfish: shelphish, one sound from "sulfas"
    ("Paracetamol", "मूंगफली"),               # groundnut
    ("Amoxicillin", "धूल"),                  # dust
    ("Pantoprazole", "पैन"),
]


@pytest.mark.parametrize("drug,allergy", HINDI_SAME)
def test_an_allergy_or_drug_in_devanagari_or_an_abbreviation_matches(drug, allergy):
    assert matches(drug, allergy)
    assert conflicts([_allergy(allergy, "mild")], [drug])
    assert not any("not a drug the table knows" in n or "unknown drug" in n
                   for n in notes([_allergy(allergy, "mild")], [drug]))


@pytest.mark.parametrize("drug,allergy", HINDI_DIFFERENT)
def test_a_hindi_word_that_is_no_drug_matches_nothing_and_is_said_to_need_checking(drug, allergy):
    assert matches(drug, allergy) is None
    assert conflicts([_allergy(allergy, "severe")], [drug]) == []
    assert any("by hand" in n for n in notes([_allergy(allergy, "severe")], [drug]))


# Aspirin and the other NSAIDs: asthma, urticaria or angioedema from one recurs with the others (COX-1); the BNF
# contraindicates them all after any such reaction, so a reason is needed whatever the severity recorded.
NSAID_CROSS = [
    ("Diclofenac 50 mg", "aspirin", "unknown"),
    ("Diclofenac", "Aspirin", "mild"),
    ("Brufen 400", "Disprin", "severe"),
    ("Combiflam", "ASA", "moderate"),          # ibuprofen + paracetamol
    ("Aspirin 75 mg", "Ibuprofen", "severe"),  # and the other way round
    ("Mefenamic acid", "एस्पिरिन", "severe"),
]


@pytest.mark.parametrize("drug,allergy,severity", NSAID_CROSS)
def test_another_nsaid_for_an_aspirin_or_nsaid_allergy_needs_a_reason(drug, allergy, severity):
    found = conflicts([_allergy(allergy, severity)], [drug])
    assert [c["kind"] for c in found] == ["cross_reactivity"] and "NSAID" in found[0]["why"]


def test_paracetamol_is_no_nsaid_for_an_aspirin_allergy():
    assert conflicts([_allergy("Aspirin", "severe")], ["Paracetamol 500 mg"]) == []
