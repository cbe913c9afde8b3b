"""Sign-in and sign-out over HTTP."""
import time

from flask import request

from ..alerts.services import raise_alert
from ..api import Api
from ..auth.rbac import PUBLIC, ROLES
from ..errors import Unauthenticated
from ..staff.services import staff_brief
from ..views_common import box, principal
from . import services
from .drafts import draft_key
from .schemas import MeOut, PinSignInIn, SessionOut, SetPinIn, SignInIn

api = Api("auth", "auth")


@api.route("/sessions", "POST", permission=PUBLIC, body=SignInIn, status=201,
           summary="Sign in with username and password; returns a bearer token",
           responses={429: "Too many failed sign-ins for this account: it is locked for a while"}, response=SessionOut)
def sign_in(body: SignInIn):
    return _signed_in(box(), body.username, body.password, "password", "wrong username or password")


def _signed_in(b, username: str, secret: str, factor: str, wrong: str):
    result = services.sign_in(b.store, username, secret, factor,
                              max_failures_per_hour=b.settings.auth.max_failed_signins_per_hour,
                              max_hours=b.settings.auth.session_max_hours)
    if result is None:
        _alert_on_failure_burst(b)
        raise Unauthenticated(wrong)
    with b.read() as conn:
        staff = staff_brief(conn, result[1])
    return _session_response(b, result, staff)


def _session_response(b, result, staff):
    if staff is None or not staff["active"]:
        raise Unauthenticated("this staff account is not active")
    token, _, expires = result
    return {"token": token, "token_type": "Bearer", "expires_at": expires,
            "idle_timeout_s": b.settings.auth.session_idle_minutes * 60, "staff": staff,
            "draft_key": draft_key(b.draft_secret, staff["id"])}


def _alert_on_failure_burst(b) -> None:
    """One alert when failed sign-ins across all accounts reach the burst threshold in 5 minutes."""
    with b.write("system:auth") as uow:
        n = services.failures_since(uow.conn, int(time.time()) - 300)
        if n == b.settings.alerts.failed_signins_burst:
            raise_alert(uow, "failed_signin_burst", f"clinic box {b.origin}: {n} failed sign-ins in 5 minutes",
                        {"failures": n})


@api.route("/sessions/pin", "POST", permission=PUBLIC, body=PinSignInIn, status=201,
           summary="Unlock a kiosk with a staff PIN (locked after 5 wrong tries)",
           responses={429: "The PIN (or the account) is locked after too many wrong tries"}, response=SessionOut)
def pin_sign_in(body: PinSignInIn):
    return _signed_in(box(), body.username, body.pin, "pin", "wrong username or PIN")


@api.route("/me/pin", "PUT", permission="staff.read", body=SetPinIn, status=204,
           summary="Set or change your kiosk PIN (needs your password)")
def set_pin(body: SetPinIn):
    services.change_pin(box().store, principal().staff_id, body.password, body.pin)
    return "", 204


@api.route("/sessions/current", "DELETE", permission="staff.read", status=204, summary="Sign out")
def sign_out():
    token = request.headers["Authorization"].partition(" ")[2].strip()
    with box().store.write() as conn:
        services.sign_out(conn, token)
    return "", 204


@api.route("/me", "GET", permission="staff.read",
           summary="Who is signed in, and what they may do", response=MeOut)
def me():
    p = principal()
    return {"staff_id": p.staff_id, "username": p.username, "full_name": p.full_name, "role": p.role,
            "permissions": sorted(ROLES[p.role]),
            "draft_key": draft_key(box().draft_secret, p.staff_id) if p.kind == "staff" else None}
