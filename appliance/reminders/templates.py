"""Reminder texts per language. A text names the clinic and the day, never why: no diagnosis,
no medicine, nothing a neighbour reading the phone should learn."""
from __future__ import annotations

from datetime import date

TEMPLATES = {
    "follow_up": {
        "en": "Your follow-up visit at {clinic} is on {day}. Reply STOP to end reminders.",
        "hi": "{clinic} में आपकी दोबारा जाँच {day} को है। संदेश बंद करने के लिए STOP भेजें।",
    },
    "appointment": {
        "en": "Your appointment at {clinic} is tomorrow, {day}. Reply STOP to end reminders.",
        "hi": "{clinic} में आपका समय कल, {day} को है। संदेश बंद करने के लिए STOP भेजें।",
    },
    "medication_end": {
        "en": "Please visit {clinic} on {day} as advised. Reply STOP to end reminders.",
        "hi": "सलाह के अनुसार {day} को {clinic} आएँ। संदेश बंद करने के लिए STOP भेजें।",
    },
    "vaccination": {
        "en": "Your child's vaccination at {clinic} is due on {day}. Reply STOP to end reminders.",
        "hi": "{clinic} में आपके बच्चे का टीका {day} को लगना है। संदेश बंद करने के लिए STOP भेजें।",
    },
    "medication_dose": {
        "en": "A reminder from {clinic}: please take your medicine as advised. Reply STOP to end reminders.",
        "hi": "{clinic} की ओर से याद दिलाना: सलाह के अनुसार अपनी दवा लें। संदेश बंद करने के लिए STOP भेजें।",
    },
}
LANGUAGES = ("en", "hi")


def render(kind: str, language: str, *, clinic: str, day: date) -> str:
    return TEMPLATES[kind][language].format(clinic=clinic, day=day.strftime("%d-%m-%Y"))
