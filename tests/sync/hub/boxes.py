"""A box as a hostile tester drives it: raw signed requests to the hub app, any body it likes."""
from __future__ import annotations

from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync.clock import HLCTimestamp, wall_ms
from sync.hub import services
from sync.protocol import API, dumps, public_key_bytes, sign_request


class RawBox:
    """An enrolled device that signs whatever it is told to send."""

    def __init__(self, store, app, device_id: str, clinic_id: str) -> None:
        self.store, self.client, self.device_id, self.clinic_id = store, app.test_client(), device_id, clinic_id
        self.key = Ed25519PrivateKey.generate()
        services.enrol_device(store, services.issue_token(store, clinic_id), device_id, public_key_bytes(self.key))
        self.seq = 0

    def event(self, entity: str, entity_id: str, op: str, fields: dict[str, Any], *,
              patient_id: str | None = None, seq: int | None = None) -> dict[str, Any]:
        if seq is None:
            self.seq += 1
            seq = self.seq
        now = wall_ms()
        return {"id": f"{self.device_id}-{seq}-{entity_id}", "origin": self.device_id, "seq": seq,
                "hlc": HLCTimestamp(now, seq).encode(), "entity": entity, "entity_id": entity_id, "op": op,
                "fields": fields, "actor": "tester", "patient_id": patient_id, "schema": 1,
                "recorded_at": services._iso(now)}

    def post(self, path: str, payload: Any = None, *, raw: bytes | None = None,
             headers: dict[str, str] | None = None):
        body = dumps(payload) if raw is None else raw
        signed = sign_request(self.key, self.device_id, "POST", path, body, wall_ms())
        return self.client.post(path, data=body, headers={**signed, **(headers or {})})

    def push(self, *events: dict[str, Any], report: dict[str, Any] | None = None, headers=None):
        payload: dict[str, Any] = {"events": list(events)}
        if report is not None:
            payload["report"] = report
        return self.post(f"{API}/push", payload, headers=headers)

    def pull_all(self) -> list[dict[str, Any]]:
        out, cursor = [], 0
        while True:
            r = self.post(f"{API}/pull", {"cursor": cursor, "limit": 500})
            assert r.status_code == 200, r.get_data(as_text=True)
            out += r.json["events"]
            if r.json["cursor"] == cursor:
                return out
            cursor = r.json["cursor"]
