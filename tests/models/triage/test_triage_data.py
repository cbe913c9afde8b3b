"""Generated and shipped data files are fresh."""

from pathlib import Path

from models.triage.normalise import get_corrector
from models.triage.spelling import NOT_TYPOS_FILE, english_near_misses
from tests.conftest import missing_package

WORDLIST = Path("/usr/share/dict/words")


def test_not_typos_list_is_fresh():
    """Regenerate with models.triage.spelling.write_not_typos(get_corrector()) after changing the lexicon."""
    if not WORDLIST.exists():
        missing_package(f"the system word list {WORDLIST}", "wamerican")
    expected = english_near_misses(get_corrector(), WORDLIST.read_text(encoding="utf-8", errors="ignore").splitlines())
    assert NOT_TYPOS_FILE.read_text(encoding="utf-8").split() == expected


def test_every_vignette_file_speaks_the_shared_vocabularies():
    """Each vignette file in the repository (the training folders too) loads, and names only canonical symptoms and
    known specialties: a writer's typo in a label would teach the model, or score it, against a word it never
    outputs."""
    from models.triage.const import specialties, symptom_systems
    from models.triage.evaluate import load_vignettes

    here = Path(__file__).parent
    files = sorted(here.rglob("*.jsonl"))
    assert len(files) >= 18
    known_symptoms, known_specialties = set(symptom_systems()), set(specialties())
    for path in files:
        for n, vignette in enumerate(load_vignettes(path)):
            where = f"{path.relative_to(here)} #{n}"
            assert vignette["specialty"] in known_specialties, where
            assert set(vignette.get("symptoms", ())) <= known_symptoms, where
            assert set(vignette.get("negated", ())) <= known_symptoms, where
