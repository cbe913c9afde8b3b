"""Validated inputs of the sign-in API."""
from pydantic import Field

from ..common import Input


class SignInIn(Input):
    username: str = Field(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9._-]+$")
    password: str = Field(min_length=1, max_length=200)


class PinSignInIn(Input):
    username: str = Field(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9._-]+$")
    pin: str = Field(pattern=r"^[0-9]{4,8}$")


class SetPinIn(Input):
    password: str = Field(min_length=1, max_length=200)
    pin: str = Field(pattern=r"^[0-9]{4,8}$", description="4 to 8 digits")
