"""The prescribing checks' sentences in the kiosk's catalogues (static/i18n/<lang>.json, rx.msg.<key>), written
from clinical/messages.py, where their English and Hindi are kept: the kiosk words a refusal from the keys and
values the box's API sends beside the English (kiosk/static/js/screens/chart.js).

`python -m kiosk.rx_messages` rewrites those entries after a sentence changes there; a test
(tests/kiosk/test_kiosk_i18n_rx.py) fails while a catalogue is stale.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from clinical.messages import templates

from .const import LANGUAGES

PREFIX = "rx.msg."
I18N = Path(__file__).resolve().parent / "static" / "i18n"


def entries(lang: str) -> dict[str, str]:
    """The catalogue's rx.msg.* entries for the language, as clinical/messages.py words them."""
    return {PREFIX + key: text for key, text in templates(lang).items()}


def with_entries(catalogue: dict[str, str], lang: str) -> dict[str, str]:
    """The catalogue with its rx.msg.* entries replaced where they stand (at the end when it has none)."""
    out: dict[str, str] = {}
    fresh = entries(lang)
    for key, text in catalogue.items():
        if key.startswith(PREFIX):
            out.update(fresh)  # the first one places the block; the rest are already in it
        else:
            out[key] = text
    out.update(fresh)
    return out


def render(catalogue: dict[str, str]) -> str:
    """A catalogue as the kiosk's files write it (one key a line, UTF-8)."""
    return json.dumps(catalogue, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m kiosk.rx_messages", description=__doc__.splitlines()[0])
    parser.parse_args(argv)
    for lang in LANGUAGES:
        path = I18N / f"{lang}.json"
        old = path.read_text(encoding="utf-8")
        new = render(with_entries(json.loads(old), lang))
        if new != old:
            path.write_text(new, encoding="utf-8")
        print(f"{path.relative_to(I18N.parents[2])}: {len(entries(lang))} sentences{'' if new != old else ', unchanged'}")


if __name__ == "__main__":
    main()
