"""Build the kiosk's Devanagari web font: a WOFF2 subset of Lohit Devanagari (fonttools, at build
time; the .woff2 is committed and served, the TrueType source is not).

`python -m kiosk.fonts` rewrites static/fonts/Lohit-Devanagari-subset.woff2 from fonts-src/. The
subset keeps every Devanagari code point and all of the font's layout features (so every conjunct a
typed name can need is still formed) and drops hinting, which a browser on a kiosk screen does not use.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from .const import FONT_FILE, FONT_SOURCE, FONT_UNICODES

HERE = Path(__file__).resolve().parent
SOURCE = HERE / FONT_SOURCE
TARGET = HERE / "static" / FONT_FILE


def build(source: Path = SOURCE, target: Path = TARGET) -> int:
    """Write the subset; answers its size in bytes."""
    from fontTools import subset  # build-time only (the dev extra)

    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]
    options.hinting = False
    options.desubroutinize = True
    options.name_IDs = ["*"]  # keep the copyright and licence records
    options.notdef_outline = True
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(FONT_UNICODES))
    subsetter.subset(font)
    target.parent.mkdir(parents=True, exist_ok=True)
    subset.save_font(font, str(target), options)
    return target.stat().st_size


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m kiosk.fonts", description=__doc__.splitlines()[0])
    parser.parse_args(argv)
    size = build()
    print(f"{TARGET.relative_to(HERE.parent)}: {size:,} bytes (from {SOURCE.stat().st_size:,})")


if __name__ == "__main__":
    main()
