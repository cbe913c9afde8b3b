"""Generated and shipped data files are fresh."""

from pathlib import Path

import pytest

from models.triage.spelling import NOT_TYPOS_FILE, english_near_misses

WORDLIST = Path("/usr/share/dict/words")


def test_not_typos_list_is_fresh():
    """Regenerate with models.triage.spelling.write_not_typos() after changing the lexicon."""
    if not WORDLIST.exists():
        pytest.skip("no system word list (Debian package wamerican)")
    expected = english_near_misses(WORDLIST.read_text(encoding="utf-8", errors="ignore").splitlines())
    assert NOT_TYPOS_FILE.read_text(encoding="utf-8").split() == expected
