"""The signalling's HTTP edge: the browser's join and call channel, the box's signed long-poll, the
call page, and the admin's join-token route. Parse, call Signalling, format."""
from __future__ import annotations

import hmac
from pathlib import Path
from typing import Any

from flask import Flask, Response, abort, g, jsonify, request

from ...bodies import DuplicateKey, NotJsonConstant, strict_json
from ...errors import BadRequest
from ...protocol import API, decompress
from .. import services as hub_services
from ..store import HubStore
from .services import Signalling, TurnServers

HERE = Path(__file__).parent
MAX_BODY = 128 << 10        # an offer is a few kB
NO_STORE = {"Cache-Control": "no-store"}
PAGE_HEADERS = {"Content-Security-Policy": "default-src 'self'; media-src 'self' blob: mediastream:; "
                                           "img-src 'self' data:; frame-ancestors 'none'",
                "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", **NO_STORE}


def _json_body(raw: bytes) -> dict[str, Any]:
    if len(raw) > MAX_BODY:
        raise BadRequest(f"body larger than {MAX_BODY >> 10} kB")
    try:
        data = strict_json(raw or b"{}")
    except (NotJsonConstant, DuplicateKey) as err:
        raise BadRequest(f"body is not JSON: {err}") from err
    except (ValueError, RecursionError) as err:
        raise BadRequest("body is not JSON") from err
    if not isinstance(data, dict):
        raise BadRequest("body must be a JSON object")
    return data


def _answer(obj: Any, status: int = 200) -> Response:
    resp = jsonify(obj)
    resp.status_code = status
    resp.headers.update(NO_STORE)
    return resp


def call_panel_html() -> str:
    """The call's markup, a partial any page (the doctor's console) embeds beside call.js."""
    return (HERE / "templates" / "call_panel.html").read_text()


def register_signalling(app: Flask, store: HubStore, turn: TurnServers | None = None) -> Signalling:
    sig = Signalling(store.engine, turn or app.config.get("HUB_TURN") or TurnServers())
    app.config["HUB_SIGNALLING"] = sig

    def bearer() -> str:
        return request.headers.get("Authorization", "").removeprefix("Bearer ").strip()

    # -- the doctor's browser ----------------------------------------------------------------------
    @app.post(f"{API}/rooms/<room_id>/join")
    def join_room(room_id: str):
        return _answer(sig.join(room_id, _json_body(request.get_data()).get("token")), 201)

    @app.post(f"{API}/calls/<call_id>/signal")
    def call_signal(call_id: str):
        call = sig.call(call_id, bearer())
        data = _json_body(request.get_data())
        return _answer({"id": sig.send_to_box(call, data.get("kind"), data.get("body"))}, 202)

    @app.post(f"{API}/calls/<call_id>/captions")
    def call_caption(call_id: str):
        call = sig.call(call_id, bearer())
        return _answer({"id": sig.record_caption(call, _json_body(request.get_data()).get("text"))}, 202)

    @app.get(f"{API}/calls/<call_id>/poll")
    def call_poll(call_id: str):
        call = sig.call(call_id, bearer())
        try:
            after, wait = int(request.args.get("after", "0")), float(request.args.get("wait", "20"))
        except ValueError as err:
            raise BadRequest("after is a whole number, wait a number of seconds") from err
        return _answer(sig.poll_doctor(call, after, wait))

    # -- the box (signed with its device key, as sync is) ------------------------------------------
    def signed() -> tuple[Any, dict[str, Any]]:
        raw = request.get_data()
        device = hub_services.authenticate(store, request.headers, request.method, request.path, raw)
        g.hub_device = device.device_id
        return device, _json_body(decompress(raw, request.headers.get("Content-Encoding"), MAX_BODY))

    @app.post(f"{API}/signal/poll")
    def box_poll():
        device, data = signed()
        store.record_contact(device.device_id, hub_services._iso())
        sig.record_listener(device.device_id, device.clinic_id)
        return _answer(sig.poll_box(device.clinic_id, data.get("cursor"), data.get("wait", 20)))

    @app.post(f"{API}/signal/send")
    def box_send():
        device, data = signed()
        return _answer({"id": sig.send_to_doctor(device.clinic_id, data.get("call_id"), data.get("kind"),
                                                 data.get("body"))}, 202)

    # -- the hub admin issues join tokens until the doctor's console does ---------------------------
    @app.post(f"{API}/admin/join-tokens")
    def admin_join_token():
        token = app.config.get("ADMIN_TOKEN")
        if not token or not hmac.compare_digest(bearer().encode(), token.encode()):
            abort(401)
        data = _json_body(request.get_data())
        issued = sig.issue_join_token(data.get("doctor_id"), data.get("clinic_id"), data.get("encounter_id"))
        return _answer({"token": issued.token, "room_id": issued.room_id, "expires_ms": issued.expires_ms,
                        "url": f"/call/{issued.room_id}#token={issued.token}"}, 201)

    # -- the call page -----------------------------------------------------------------------------
    @app.get("/call/<room_id>")
    def call_page(room_id: str):
        html = (HERE / "templates" / "call_page.html").read_text().replace("{{ panel }}", call_panel_html())
        resp = Response(html, content_type="text/html; charset=utf-8")
        resp.headers.update(PAGE_HEADERS)
        return resp

    @app.get("/call/static/<name>")
    def call_static(name: str):
        types = {"call.js": "text/javascript; charset=utf-8", "call.css": "text/css; charset=utf-8"}
        if name not in types:
            abort(404)
        resp = Response((HERE / "static" / name).read_bytes(), content_type=types[name])
        resp.headers.update({"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"})
        return resp

    return sig
