"""Generated and shipped data files are fresh."""

import os
from pathlib import Path

import pytest

from models.triage.normalise import get_corrector
from models.triage.spelling import NOT_TYPOS_FILE, english_near_misses

WORDLIST = Path("/usr/share/dict/words")


def test_not_typos_list_is_fresh():
    """Regenerate with models.triage.spelling.write_not_typos(get_corrector()) after changing the lexicon."""
    if not WORDLIST.exists():
        if os.environ.get("CI"):
            pytest.fail("no system word list: install the Debian package wamerican")
        pytest.skip("no system word list (Debian package wamerican)")
    expected = english_near_misses(get_corrector(), WORDLIST.read_text(encoding="utf-8", errors="ignore").splitlines())
    assert NOT_TYPOS_FILE.read_text(encoding="utf-8").split() == expected
