"""Enrolment, devices and their numbers: tokens, keys, revocation, replay nonces, flags, and each box's
last contact (what the console shows per device)."""
from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError

from ...errors import Forbidden, Unauthorised
from ..tables import device_stats, devices, enrolment_tokens, hub_flags, nonces
from .protocol import Device


class DeviceRows:
    """Mixed into SqlHubStore: needs `self.engine`, `self.dialect_insert` and the log's `_contiguous`."""

    # -- enrolment and devices ---------------------------------------------------------------------
    def create_token(self, token_hash: str, clinic_id: str, now: str, expires_at: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(enrolment_tokens.insert(), {"token_hash": token_hash, "clinic_id": clinic_id,
                                                     "created_at": now, "expires_at": expires_at})

    def redeem_token(self, token_hash: str, device_id: str, public_key: bytes, now: str) -> Device:
        with self.engine.begin() as conn:
            # One statement claims the token: two boxes racing for it cannot both win.
            claimed = conn.execute(update(enrolment_tokens).where(
                enrolment_tokens.c.token_hash == token_hash, enrolment_tokens.c.used_by.is_(None),
                enrolment_tokens.c.expires_at > now).values(used_by=device_id)
                .returning(enrolment_tokens.c.clinic_id)).first()
            if claimed is None:
                again = self._same_enrolment(conn, token_hash, device_id, public_key)
                if again is not None:
                    return again
                raise Unauthorised("enrolment token is unknown, used or expired")
            # A key is one device's: a revoked box may not come back under a new id with a fresh token.
            # (Checked after the token, so only a token's holder learns anything of keys; the claim
            # is rolled back with the refusal.)
            holder = conn.execute(select(devices.c.device_id, devices.c.revoked_at).where(
                devices.c.public_key == public_key)).first()
            if holder is not None and (holder.revoked_at is not None or holder.device_id != device_id):
                raise Forbidden("this key belongs to another device, or to a revoked one: make a new key")
            try:
                with conn.begin_nested():
                    conn.execute(devices.insert(), {"device_id": device_id, "clinic_id": claimed.clinic_id,
                                                    "public_key": public_key, "enrolled_at": now})
            except IntegrityError as err:
                raise Forbidden(f"device {device_id} is already enrolled", device_id=device_id) from err
            return Device(device_id, claimed.clinic_id, public_key, None)

    @staticmethod
    def _same_enrolment(conn, token_hash: str, device_id: str, public_key: bytes) -> Device | None:
        """A box whose enrolment answer was lost on the link asks again with the same token, device
        id and key: it gets the same answer (the token stays spent for anyone else). Only the holder
        of the key's private half can use the enrolment, so repeating it discloses nothing."""
        used = conn.execute(select(enrolment_tokens.c.clinic_id).where(
            enrolment_tokens.c.token_hash == token_hash, enrolment_tokens.c.used_by == device_id)).first()
        if used is None:
            return None
        r = conn.execute(select(devices).where(devices.c.device_id == device_id)).first()
        if r is None or r.revoked_at is not None or bytes(r.public_key) != public_key or r.clinic_id != used.clinic_id:
            return None
        return Device(r.device_id, r.clinic_id, bytes(r.public_key), None)

    def device(self, device_id: str) -> Device | None:
        with self.engine.connect() as conn:
            r = conn.execute(select(devices).where(devices.c.device_id == device_id)).first()
        return None if r is None else Device(r.device_id, r.clinic_id, bytes(r.public_key), r.revoked_at)

    def devices(self) -> list[Device]:
        with self.engine.connect() as conn:
            return [Device(r.device_id, r.clinic_id, bytes(r.public_key), r.revoked_at)
                    for r in conn.execute(select(devices).order_by(devices.c.clinic_id, devices.c.device_id))]

    def revoke(self, device_id: str, now: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(devices).where(devices.c.device_id == device_id, devices.c.revoked_at.is_(None))
                         .values(revoked_at=now))

    def set_public_key(self, device_id: str, public_key: bytes, now: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(devices).where(devices.c.device_id == device_id, devices.c.revoked_at.is_(None))
                         .values(public_key=public_key))

    def tokens(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(
                enrolment_tokens.c.clinic_id, enrolment_tokens.c.created_at, enrolment_tokens.c.expires_at,
                enrolment_tokens.c.used_by).order_by(enrolment_tokens.c.created_at.desc()).limit(50))]

    def flag(self, device_id: str, clinic_id: str, kind: str, detail: str, now: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(hub_flags.insert(), {"device_id": device_id, "clinic_id": clinic_id, "kind": kind,
                                              "detail": detail[:1000], "flagged_at": now})

    def flags(self, limit: int = 50) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(
                select(hub_flags).order_by(hub_flags.c.id.desc()).limit(limit))]

    def fresh_nonce(self, nonce: str, now_ms: int, window_ms: int) -> bool:
        """True the first time ``nonce`` is seen. Nonces older than two windows are purged at most once a window
        by each store object (before: a DELETE with every request); a request that old is refused by its
        timestamp anyway, so a nonce kept a little longer changes nothing."""
        with self.engine.begin() as conn:
            if now_ms - getattr(self, "_nonces_purged_ms", 0) >= window_ms:
                conn.execute(delete(nonces).where(nonces.c.seen_ms < now_ms - 2 * window_ms))
                self._nonces_purged_ms = now_ms
            res = conn.execute(self.dialect_insert(nonces).values(nonce=nonce, seen_ms=now_ms)
                               .on_conflict_do_nothing().returning(nonces.c.nonce))
            return res.first() is not None

    def record_contact(self, device_id: str, now: str, **values: Any) -> None:
        """One upsert (before: an insert-if-absent, then an update)."""
        adds = {k: values.pop(k) for k in ("requests", "errors", "bytes_in", "bytes_out") if k in values}
        first = {"acked_seq": 0, "waiting": 0, "skew_ms": 0, "requests": 0, "errors": 0, "bytes_in": 0,
                 "bytes_out": 0, **values, **adds, "last_contact": now}
        sets = {**values, "last_contact": now, **{k: device_stats.c[k] + v for k, v in adds.items()}}
        with self.engine.begin() as conn:
            conn.execute(self.dialect_insert(device_stats).values(device_id=device_id, **first)
                         .on_conflict_do_update(index_elements=["device_id"], set_=sets))

    def stats(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            q = select(devices.c.device_id, devices.c.clinic_id, devices.c.revoked_at, device_stats).outerjoin(
                device_stats, device_stats.c.device_id == devices.c.device_id).order_by(devices.c.clinic_id)
            out = []
            for r in conn.execute(q):
                d = dict(r._mapping)
                d["hub_seq"] = self._contiguous(conn, r.device_id)
                out.append(d)
            return out
