"""One canonical symptom found in a complaint (extract.py finds them, renames.py renames them by who the patient is)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Mention:
    """One canonical symptom found in the text, with what qualifies it."""

    name: str
    start: int  # character offsets into the text
    end: int
    text: str
    token_start: int
    token_end: int
    flags: frozenset[str] = frozenset()
    negated: bool = False
    severity: str | None = None
    duration: str | None = None
    duration_days: float | None = None
    duration_key: tuple | None = None  # what the duration says, in no language (durations.DurationKey)
    sudden: bool = False
    # told as an episode of the patient's past ("fits as a child, none for 10 years"): not present (negated) but
    # not denied either, a history for the doctor (context.apply_history)
    past: bool = False

    def as_dict(self) -> dict:
        """The output form of a symptom."""
        return {"name": self.name, "negated": self.negated, "text": self.text, "start": self.start, "end": self.end,
                "duration": self.duration, "severity": self.severity, "past": self.past}
