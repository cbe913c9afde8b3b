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
