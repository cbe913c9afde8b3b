"""The hub's HTTP edge: parse, call a service, format. Every response carries the hub's time."""
from __future__ import annotations

import json
import time
from typing import Any

from flask import Flask, Response, g, request
from werkzeug.exceptions import RequestEntityTooLarge

from ..bodies import CappedRequest, DuplicateKey, NotJsonConstant, discard_unread_body, strict_json
from ..errors import BadRequest, SyncError, TooLarge, TooManyAttempts, Unauthorised
from .. import batch_codec
from ..protocol import (ACCEPT_BATCH, API, BATCH_HEADER, CODECS, DICT_HEADER, HUB_TIME, compress, compress_with_dict,
                        decompress, decompress_with_dict, dumps, has_dictionary)
from . import anchors, services
from .limits import FailureLimiter
from .sms.services import HubSms, parse_ask, parse_messages
from .store import HubStore

MAX_WIRE_BYTES = 16 << 20  # a compressed request; a push of 2,000 events is well under it
MAX_BODY_BYTES = 64 << 20  # the same, decompressed
ENROL_BODY_BYTES = 16 << 10
UNREAD_BODY_MAX = MAX_BODY_BYTES  # what is read of a refused body so its connection keeps; beyond it, the link closes
UNREAD_BODY_S = 30.0


def create_hub_app(store: HubStore, *, admin_token: str | None = None, turn=None, stream=None,
                   sms: HubSms | None = None) -> Flask:
    """`turn`: the TURN relays (signalling.services.TurnServers) handed to a teleconsult's two ends;
    `stream`: a publisher.StreamPublisher that gets every accepted push after its commit (None: no NATS);
    `sms`: the SMS gateway channel (none given: a hub without a gateway, which says so to boxes)."""
    app = Flask("clinic_hub")
    app.request_class = CappedRequest  # a chunked body is held to the size limit too
    if stream is not None:
        stream.start()
    sms = sms or HubSms(store.engine, None)
    app.config["HUB_STORE"] = store
    app.config["HUB_SMS"] = sms
    app.config["ADMIN_TOKEN"] = admin_token
    app.config["MAX_CONTENT_LENGTH"] = MAX_WIRE_BYTES

    @app.before_request
    def _started() -> None:
        g.hub_started = time.perf_counter()

    @app.after_request
    def _finish_body(resp: Response) -> Response:
        # what a refused request left unsent is read: the client reads the answer, on a connection that keeps
        discard_unread_body(UNREAD_BODY_MAX, UNREAD_BODY_S)
        return resp

    @app.after_request
    def _server_timing(resp: Response) -> Response:
        # The hub's own share of an exchange: a box sizes its waits from it (sync/link.py).
        if "hub_started" in g:
            resp.headers["Server-Timing"] = f"app;dur={(time.perf_counter() - g.hub_started) * 1000:.1f}"
        return resp

    def body(limit: int = MAX_BODY_BYTES) -> bytes:
        name = request.headers.get(DICT_HEADER)
        if name and request.headers.get("Content-Encoding") == "zstd":
            return decompress_with_dict(request.get_data(), name, limit)
        return decompress(request.get_data(), request.headers.get("Content-Encoding"), limit)

    @app.before_request
    def answer_codec_known() -> None:
        """The answer's codec is checked before the request does anything (a push was stored, then
        refused for a codec it could not be answered in)."""
        codec = request.headers.get("Accept-Encoding-Clinic")
        if request.path.startswith(f"{API}/") and codec and codec not in CODECS:
            raise BadRequest(f"unknown Accept-Encoding-Clinic {codec[:40]}; known: {', '.join(sorted(CODECS))}")
        for header in (BATCH_HEADER, ACCEPT_BATCH):
            fmt = request.headers.get(header)
            if request.path.startswith(f"{API}/") and fmt and fmt not in batch_codec.FORMATS:
                raise BadRequest(f"unknown batch format {fmt[:40]}; known: {', '.join(batch_codec.FORMATS)}",
                                 code="unknown-batch-format")

    def reply(obj: Any, status: int = 200, device_id: str | None = None) -> Response:
        raw = dumps(obj)
        codec = request.headers.get("Accept-Encoding-Clinic")
        data, headers = raw, {HUB_TIME: services.hub_time()}
        name = request.headers.get(DICT_HEADER)
        if codec == "zstd" and has_dictionary(name):
            data = compress_with_dict(raw, name)
            headers.update({"Content-Encoding": codec, DICT_HEADER: name})
        elif codec and codec != "identity":
            data = compress(raw, codec)
            headers["Content-Encoding"] = codec
        if device_id:
            store.record_contact(device_id, services._iso(), bytes_in=len(request.get_data()),
                                 bytes_out=len(data), requests=1)
        return Response(data, status=status, headers=headers, content_type="application/json")

    @app.errorhandler(SyncError)
    def _problem(err: SyncError):
        device_id = g.get("hub_device")  # only a box that proved who it is: a header alone is anyone's
        if device_id:
            store.record_contact(device_id, services._iso(), errors=1, last_error=err.detail[:200])
        resp = Response(json.dumps({"type": "about:blank", "title": err.title, "status": err.status,
                                    "detail": err.detail, **err.extra}, default=str),
                        status=err.status, content_type="application/problem+json")
        resp.headers[HUB_TIME] = services.hub_time()
        if "retry_after" in err.extra:
            resp.headers["Retry-After"] = str(err.extra["retry_after"])
        return resp

    @app.errorhandler(RequestEntityTooLarge)
    def _too_large(_err):
        return _problem(TooLarge(f"body larger than {MAX_WIRE_BYTES >> 20} MiB"))

    def signed() -> tuple[Any, Any]:
        raw = request.get_data()
        device = services.authenticate(store, request.headers, request.method, request.path, raw)
        g.hub_device = device.device_id
        return device, body()

    @app.route(f"{API}/time", methods=["GET", "POST"])
    def time_now():
        request.get_data()  # unused, but read: a body over the limit is a 413 here as on every route (the box's
        return reply({"hub_time": services.hub_time()})  # POST carries "{}"; a 16 MiB one was answered 200)

    enrol_failures = FailureLimiter()

    @app.post(f"{API}/enrol")
    def enrol():
        address = request.remote_addr or "unknown"
        wait = enrol_failures.wait(address)
        if wait:
            raise TooManyAttempts(f"too many failed enrolments from this address; try again in {wait} s",
                                  retry_after=wait)
        try:
            data = _json(body(ENROL_BODY_BYTES))  # unauthenticated: a few hundred bytes are enough
            try:
                device = services.enrol_device(store, data["token"], data["device_id"],
                                               bytes.fromhex(data["public_key"]))
            except (KeyError, ValueError, TypeError) as err:
                raise BadRequest("enrol needs token, device_id and public_key (hex)") from err
        except SyncError:
            enrol_failures.failed(address)
            raise
        return reply({"device_id": device.device_id, "clinic_id": device.clinic_id}, 201)

    @app.post(f"{API}/device/key")
    def rotate_key():
        device, raw = signed()
        try:
            new_key = bytes.fromhex(_json(raw)["public_key"])
        except (KeyError, ValueError, TypeError) as err:
            raise BadRequest("send the new public_key (hex), signed with the current key") from err
        services.rotate_device_key(store, device, new_key)
        return reply({"device_id": device.device_id, "rotated": True}, device_id=device.device_id)

    @app.post(f"{API}/push")
    def push():
        device, raw = signed()
        if request.headers.get(BATCH_HEADER):       # c1: columns, checked for size before they expand
            data = _json(raw)
            events = batch_codec.decode_events(data.get("events"), services.MAX_BATCH)
        else:
            data = _json(raw, max_events=services.MAX_BATCH)
            events = data.get("events", [])
        answer = services.push_events(store, device, events, data.get("report"))
        if stream is not None:      # committed: publish, waiting a bounded time (the re-publisher closes gaps)
            stream.publish(device.clinic_id, events)
        return reply(answer, device_id=device.device_id)

    @app.post(f"{API}/pull")
    def pull():
        device, raw = signed()
        data = _json(raw)
        cursor, limit = data.get("cursor", 0), data.get("limit", 500)
        if type(cursor) is not int or type(limit) is not int or not 0 <= cursor < 2**63 or limit < 1:
            raise BadRequest("pull takes a cursor (a whole number from 0) and a limit (from 1)")
        audit = anchors.check_report(data["audit"]) if "audit" in data else None
        answer = services.pull_events(store, device, cursor, limit, share=data.get("share") is True)
        accepted = request.headers.get(ACCEPT_BATCH)
        if accepted and answer["events"]:
            answer["events"] = batch_codec.encode_events(answer["events"], fmt=accepted)
            answer["format"] = accepted
        if audit is not None:   # the box's audit chain head, anchored with every sync
            answer["audit_confirm"] = anchors.anchor_head(store, device, audit, services._iso())["confirm"]
        return reply(answer, device_id=device.device_id)

    @app.post(f"{API}/sms")
    def sms_exchange():
        """The box's SMS hand-over: new messages for the gateway, and the ids whose state it asks;
        answered with every one's state (a message id seen before sends nothing again)."""
        device, raw = signed()
        data = _json(raw)
        messages, ask = parse_messages(data.get("messages", [])), parse_ask(data.get("ask"))
        answer = sms.exchange(device.device_id, device.clinic_id, messages, ask)
        answer["gateway"] = sms.gateway is not None
        if sms.gateway is not None:
            answer["cost_per_sms"] = sms.gateway.cost_per_sms
        return reply(answer, device_id=device.device_id)

    @app.post(f"{API}/sms/delivery-report")
    def sms_delivery_report():
        """The gateway's delivery report, authenticated by the gateway's own token."""
        import hmac

        given = request.headers.get("Authorization", "").removeprefix("Bearer ").encode()
        if sms.gateway is None or not hmac.compare_digest(given, sms.gateway.token.encode()):
            raise Unauthorised("a delivery report needs the SMS gateway's token")
        data = _json(body(ENROL_BODY_BYTES))
        msg_id, delivered = data.get("reference"), data.get("status")
        if not isinstance(msg_id, str) or delivered not in ("delivered", "failed"):
            raise BadRequest("a delivery report is {reference: <message id>, status: delivered | failed}")
        return reply({"updated": sms.record_delivery(msg_id, delivered == "delivered")})


    from .console.retired import register_retired_admin
    register_retired_admin(app, store)
    from .console.web import register_console
    register_console(app, store)
    from .signalling.views import register_signalling
    register_signalling(app, store, turn)
    from .analytics.web import register_analytics
    register_analytics(app, store)
    from .fhir.web import register_fhir
    register_fhir(app, store)
    from ..metrics import install_metrics
    from .metrics import hub_collector
    install_metrics(app, "clinic_hub", hub_collector(store))
    return app


class _TooManyEvents(Exception):
    pass


def _counting(limit: int):
    """An object hook that stops the parse at the (limit + 1)th event: a 150k-event push was parsed
    in full (2 s of CPU) before the limit refused it."""
    seen = 0

    def hook(obj: dict[str, Any]) -> dict[str, Any]:
        nonlocal seen
        if "seq" in obj and "origin" in obj:
            seen += 1
            if seen > limit:
                raise _TooManyEvents
        return obj
    return hook


def _json(raw: bytes, max_events: int | None = None) -> dict[str, Any]:
    try:
        data = strict_json(raw or b"{}", object_hook=_counting(max_events) if max_events else None)
    except _TooManyEvents as err:
        raise BadRequest(f"at most {max_events} events per push") from err
    except (NotJsonConstant, DuplicateKey) as err:  # NaN, a key twice: Python's parser takes them
        raise BadRequest(f"body is not JSON: {err}") from err
    except (ValueError, RecursionError) as err:  # RecursionError: "[" * 16000
        raise BadRequest("body is not JSON") from err
    if not isinstance(data, dict):
        raise BadRequest("body must be a JSON object")
    return data
