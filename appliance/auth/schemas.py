"""Validated inputs of the sign-in API."""
from pydantic import Field

from ..common import Input


class SignInIn(Input):
    username: str = Field(min_length=1, max_length=40)
    password: str = Field(min_length=1, max_length=200)
