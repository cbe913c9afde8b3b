"""Request bodies of the reminders API."""
from typing import Literal

from pydantic import Field

from ..common import Input


class ConsentIn(Input):
    number: str = Field(min_length=10, max_length=20, pattern=r"^\+?[0-9 -]+$")
    language: Literal["en", "hi"] = "en"
    consent: bool
