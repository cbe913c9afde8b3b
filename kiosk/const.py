"""Constants of the kiosk UI."""
from __future__ import annotations

# The API locks a session idle for 15 minutes; the kiosk screen locks earlier, client-side.
LOCK_SECONDS_CONFIG = "KIOSK_LOCK_SECONDS"
DEFAULT_LOCK_SECONDS = 5 * 60

# Languages with a complete catalogue in static/i18n/<code>.json (English is the fallback).
LANGUAGES = ("en", "hi")

# ES modules the shell preloads in parallel (no bundler: each is a plain file under static/js/).
MODULES = (
    "js/app.js", "js/nav.js", "js/api.js", "js/dom.js", "js/i18n.js", "js/session.js", "js/drafts.js", "js/format.js",
    "js/recorder.js", "js/ui.js", "js/printer.js",
    "js/screens/signin.js", "js/screens/patients.js", "js/screens/register.js", "js/screens/patient.js",
    "js/screens/visit.js", "js/screens/triage.js", "js/screens/queue.js", "js/screens/chart.js",
    "js/screens/billing.js", "js/screens/receipt.js", "js/screens/teleconsult.js", "js/screens/sms.js",
)

# The Devanagari font the kiosk ships: a WOFF2 subset of Lohit Devanagari made at build time from
# fonts-src/ (`python -m kiosk.fonts`), preloaded by the shell.
FONT_SOURCE = "fonts-src/Lohit-Devanagari.ttf"
FONT_FILE = "fonts/Lohit-Devanagari-subset.woff2"
# The characters kept: Devanagari and its extensions (every conjunct the font forms from them),
# the joiners, the rupee sign, the dotted circle a lone vowel sign is drawn on, the danda.
FONT_UNICODES = "U+0900-097F,U+1CD0-1CFF,U+200C-200D,U+20B9,U+25CC,U+A830-A839,U+A8E0-A8FF"

# Responses worth compressing (text); fonts are WOFF2, already compressed.
COMPRESSIBLE = ("text/html", "text/css", "text/javascript", "application/javascript", "application/json",
                "image/svg+xml")
COMPRESS_MIN_BYTES = 512
