"""The prescribing checks' sentences in the kiosk's catalogues (rx.msg.<key>): every key of clinical/messages.py
in English and Hindi, word for word what the hub console says, and not stale (`python -m kiosk.rx_messages`
writes them); the kiosk's "dose too high" keys are clinical/messages.py's. No browser."""
from __future__ import annotations

import json
import re
import string
from pathlib import Path

import pytest

from clinical.messages import TEMPLATES, TOO_HIGH, Message
from kiosk import rx_messages
from kiosk.const import LANGUAGES
from sync.hub.console import i18n as console

STATIC = Path(__file__).resolve().parents[2] / "kiosk" / "static"


def catalogue(lang: str) -> dict[str, str]:
    return json.loads((STATIC / "i18n" / f"{lang}.json").read_text(encoding="utf-8"))


def fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_check_sentence_is_in_the_catalogue_as_the_console_says_it(lang):
    strings = catalogue(lang)
    assert {k for k in strings if k.startswith(rx_messages.PREFIX)} == {rx_messages.PREFIX + k for k in TEMPLATES}
    for key, english in TEMPLATES.items():
        kiosk = strings[rx_messages.PREFIX + key]
        as_written = Message(key, **{f: "{" + f + "}" for f in fields(english)})  # the template, placeholders kept
        assert kiosk == console.rx(lang, as_written), key
        assert fields(kiosk) == fields(english), key
        if lang == "en":
            assert kiosk == english, key
        elif fields(kiosk) != {"problem", "note"} and fields(kiosk) != {"drug", "note"}:   # bare joins of two
            assert re.search(r"[\u0900-\u097F]", kiosk), key                                # sentences


def test_the_catalogues_are_as_the_generator_writes_them():
    for lang in LANGUAGES:
        text = (STATIC / "i18n" / f"{lang}.json").read_text(encoding="utf-8")
        assert rx_messages.render(rx_messages.with_entries(json.loads(text), lang)) == text, \
            f"{lang}.json is stale: run python -m kiosk.rx_messages"


def test_the_kiosk_titles_a_dose_too_high_as_the_box_says():
    # the box says which (the problem's too_high, from clinical.messages.TOO_HIGH): the kiosk keeps no copy of the keys
    js = (STATIC / "js" / "screens" / "chart.js").read_text(encoding="utf-8")
    assert "too_high: high" in js and 'high === false ? "rx.dose_check_title"' in js
    assert not any(f'"{key}"' in js for key in TOO_HIGH)
    for lang in LANGUAGES:   # chosen at run time (t(title)), so not found by the catalogue test's scan
        assert {"rx.dose_title", "rx.dose_check_title"} <= set(catalogue(lang))
    assert catalogue("en")["rx.dose_check_title"] == "NOT PRESCRIBED — check the dose and how often"
