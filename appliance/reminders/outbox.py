"""The SMS outbox: messages are queued inside the caller's transaction and sent by one sender.

States (const.py): queued -> storing -> stored -> sent -> delivered; dead after the last attempt.
Every step is committed before the modem is asked to do the next one:

  storing  committed, then +CMGW writes each part into the modem's memory (indices i1…in, PDU mode);
  stored   committed with the indices, then +CMSS=ik sends each part not yet "STO SENT" (TP-MR);
  sent     committed with the last part's TP-MR, then +CMGD clears the memory.

A crash anywhere leaves the modem itself holding the answer: `recover` reads the modem's memory
(+CMGL) and a stored row whose parts are all "STO SENT" is marked sent, never sent again; a part
already sent is never sent again either; copies no stored row points at (written before a crash,
or already sent and committed) are deleted. A copy counts as a row's only when its PDU is the row's
(an index is reused once freed), and every step acts on the row as committed now, not as a caller
read it earlier (recover may have settled it since).
"""
from __future__ import annotations

import random
import time
from typing import Any, Callable

from sqlalchemy import Connection, func, insert, select, update

from ..common import new_id, utc_now
from ..events.unit import UnitOfWork
from .const import CHANNEL_MODEM, DEAD, DELIVERED, MAX_ATTEMPTS, QUEUED, SENT, STORED, STORING
from .errors import ChannelError, ModemError, UnsendableText
from .breaker import CircuitBreaker
from .gsm import DeliveryReport, GsmModem
from .pdu import submit_pdus
from . import segments
from .quiet import quiet_until
from .tables import sms_outbox


def enqueue_sms(uow: UnitOfWork, *, number: str, body: str, kind: str, language: str = "en",
                patient_id: str | None = None, not_before: float = 0.0,
                ref_id: str | None = None) -> dict[str, Any]:
    """Queue one SMS in the caller's transaction (so it exists exactly when its cause does)."""
    row = {"id": new_id(), "patient_id": patient_id, "kind": kind, "number": number, "body": body,
           "language": language, "created_at": utc_now(), "status": QUEUED, "attempts": 0,
           "next_attempt_at": float(not_before), "ref_id": ref_id}
    uow.conn.execute(insert(sms_outbox), row)
    uow.emit("sms", row["id"], "queued", {"kind": kind, "patient_id": patient_id})
    return row


def _parts_of(row: dict[str, Any]) -> list[int]:
    if row.get("modem_parts"):
        return [int(i) for i in row["modem_parts"].split(",")]
    return [row["modem_index"]] if row.get("modem_index") is not None else []


def _pdus_of(row: dict[str, Any]) -> list[str]:
    """The hex PDUs store_parts wrote for the row (the same on every retry: the reference is the id's)."""
    return [p.hex for p in submit_pdus(row["number"], row["body"], _concat_ref(row["id"]))]


def _concat_ref(msg_id: str) -> int:
    """The 8-bit concatenation reference of a message: the same on every retry of it."""
    return int(msg_id.replace("-", "")[-2:], 16) if msg_id else 0


def backoff_seconds(attempts: int, rng: random.Random) -> float:
    """Exponential (60 s, 120 s, 240 s … at most six hours) with full ±25 % jitter, so that 500
    messages that failed together do not all come back in the same second."""
    return min(6 * 3600.0, 60.0 * 2 ** (attempts - 1)) * rng.uniform(0.75, 1.25)


class ModemSender:
    """The one process that talks to the modem for the outbox."""

    def __init__(self, store, modem: GsmModem, *, clock: Callable[[], float] = time.time,
                 rng: random.Random | None = None, max_attempts: int = MAX_ATTEMPTS,
                 breaker: CircuitBreaker | None = None, zone: str = "Asia/Kolkata") -> None:
        self.store, self.modem, self.clock, self.zone = store, modem, clock, zone
        self.breaker = breaker or CircuitBreaker(CHANNEL_MODEM, clock=clock)
        self.rng = rng or random.Random()
        self.max_attempts = max_attempts
        self.recovered = False

    def _set(self, conn: Connection, msg_id: str, **values: Any) -> None:
        conn.execute(update(sms_outbox).where(sms_outbox.c.id == msg_id).values(**values))

    def recover(self) -> dict[str, int]:
        """Reconcile the outbox with the modem's memory after a start or a lost answer."""
        counts = {"found_sent": 0, "requeued": 0, "orphans_deleted": 0}
        in_modem = self.modem.stored_copies()
        with self.store.write() as conn:
            rows = [dict(r._mapping) for r in conn.execute(select(sms_outbox).where(
                sms_outbox.c.status.in_((STORING, STORED))))]
            keep: set[int] = set()
            for row in rows:
                indices = _parts_of(row) if row["status"] == STORED else []
                # a part is in the modem only if the copy at its index is that part (not a later message's)
                pdus = _pdus_of(row) if indices else []
                copies = [in_modem.get(i) if len(pdus) == len(indices) else None for i in indices]
                stats = [c.stat if c is not None and c.is_of(pdu) else None for c, pdu in zip(copies, pdus)]
                if stats and all(st == "STO SENT" for st in stats):
                    self._set(conn, row["id"], status=SENT, sent_at=utc_now(), channel=CHANNEL_MODEM)
                    counts["found_sent"] += 1
                elif any(st is not None for st in stats):
                    keep.update(i for i, st in zip(indices, stats) if st is not None)
                else:   # never written (storing) or not in the modem: nothing left for the network
                    self._set(conn, row["id"], status=QUEUED, modem_index=None, modem_parts=None)
                    counts["requeued"] += 1
        for index in sorted(set(in_modem) - keep):
            self.modem.delete(index)
            counts["orphans_deleted"] += 1
        self.recovered = True
        return counts

    def _failed(self, row: dict[str, Any], err: Exception, now: float, *, held: str, may_die: bool = True,
                **values: Any) -> str:
        """Back off (or dead letter) the row, only while it is still `held` as this attempt left it."""
        attempts = row["attempts"] + 1
        dead = may_die and attempts >= self.max_attempts
        with self.store.write() as conn:
            res = conn.execute(update(sms_outbox).where(
                sms_outbox.c.id == row["id"], sms_outbox.c.status == held).values(
                attempts=attempts, last_error=str(err)[:300],
                status=DEAD if dead else values.pop("status", row["status"]),
                next_attempt_at=now + backoff_seconds(attempts, self.rng),
                **({"modem_index": None, "modem_parts": None} if dead else {}), **values))
        if res.rowcount != 1:
            return "skipped"
        if dead and _parts_of(row):
            try:   # refused every time, so the copy is unsent: clear the modem's memory of it
                for index in _parts_of(row):
                    self.modem.delete(index)
            except ChannelError:
                self.recovered = False
        return "dead" if dead else "retrying"

    def send_one(self, row: dict[str, Any]) -> str:
        """Take one due message as far as the modem will; returns what became of it."""
        now = self.clock()
        with self.store.read() as conn:     # the row as committed now: recover may have settled it since
            current = conn.execute(select(sms_outbox).where(sms_outbox.c.id == row["id"])).first()
        if current is None or current.status not in (QUEUED, STORED):
            return "skipped"
        row = dict(current._mapping)
        indices = _parts_of(row)
        fresh = row["status"] == QUEUED
        if fresh:
            with self.store.write() as conn:
                taken = conn.execute(update(sms_outbox).where(
                    sms_outbox.c.id == row["id"], sms_outbox.c.status == QUEUED).values(status=STORING))
                if taken.rowcount != 1:
                    return "skipped"
            try:
                indices = self.modem.store_parts(row["number"], row["body"], _concat_ref(row["id"]))
            except UnsendableText as err:    # no retry can help: straight to the dead letters
                with self.store.write() as conn:
                    self._set(conn, row["id"], status=DEAD, attempts=row["attempts"] + 1, last_error=str(err)[:300])
                return "unsendable"
            except ChannelError as err:
                # a refusal of the first part leaves nothing behind; anything else may leave a copy
                self.recovered = isinstance(err, ModemError) and segments.parts(row["body"]) == 1
                return self._failed(row, err, now, held=STORING, status=QUEUED)
            with self.store.write() as conn:
                self._set(conn, row["id"], status=STORED, modem_index=indices[0],
                          modem_parts=",".join(map(str, indices)))
        stored = {**row, "status": STORED, "modem_index": indices[0], "modem_parts": ",".join(map(str, indices))}
        mr = None
        try:
            pdus = _pdus_of(row) if not fresh else [""] * len(indices)
            for index, pdu in zip(indices, pdus):
                if not fresh:
                    copy = self.modem.stored_copy(index)
                    if copy is None or not copy.is_of(pdu) or len(pdus) != len(indices):
                        # not this message's copy: only recover can tell what became of it
                        self.recovered = False
                        return "skipped"
                    if copy.stat == "STO SENT":
                        continue               # this part went before a crash or a lost answer
                mr = self.modem.send_stored(index)
        except ModemError as err:      # refused: the copy is still "STO UNSENT"
            return self._failed(stored, err, now, held=STORED)
        except ChannelError as err:   # silence or unplugged: it may have gone; ask the modem later
            self.recovered = False     # never dead while unresolved: it may be the one that went
            return self._failed(stored, err, now, held=STORED, may_die=False)
        with self.store.write() as conn:
            self._set(conn, row["id"], status=SENT, mr=mr, sent_at=utc_now(), channel=CHANNEL_MODEM,
                      attempts=row["attempts"] + 1, modem_index=None, modem_parts=None, last_error=None)
        try:
            for index in indices:
                self.modem.delete(index)
        except ChannelError:
            self.recovered = False     # recover deletes the copy no stored row points at
        return "sent"

    def due(self, limit: int = 50) -> list[dict[str, Any]]:
        with self.store.read() as conn:
            return [dict(r._mapping) for r in conn.execute(select(sms_outbox).where(
                sms_outbox.c.status.in_((QUEUED, STORED)), sms_outbox.c.next_attempt_at <= self.clock()
            ).order_by(sms_outbox.c.next_attempt_at, sms_outbox.c.created_at).limit(limit))]

    def send_due(self, limit: int = 50) -> dict[str, int]:
        """Recover if needed, then try every due message once; stop at the first sign the modem
        is gone (the rest wait, unattempted)."""
        counts = {"sent": 0, "retrying": 0, "dead": 0, "skipped": 0}
        if quiet_until(self.clock(), self.zone) is not None or not self.breaker.allow():
            return counts
        try:
            if not self.recovered:
                self.recover()
        except ChannelError:
            self.breaker.failed()
            return counts
        for i, row in enumerate(self.due(limit)):
            if not self.recovered or (i > 0 and self.breaker.state != "closed"):
                break          # the modem went away, or the half-open probe failed
            outcome = self.send_one(row)
            counts["dead" if outcome == "unsendable" else outcome] += 1
            if outcome == "sent":
                self.breaker.succeeded()
            elif outcome in ("retrying", "dead"):
                self.breaker.failed()
        if self.recovered:
            try:
                self.apply_reports(self.modem.take_reports())
            except ChannelError:
                self.recovered = False
        return counts

    def apply_reports(self, reports: list[DeliveryReport]) -> int:
        """Match +CDS reports to sent messages by TP-MR and recipient (newest first: TP-MR wraps)."""
        done = 0
        with self.store.write() as conn:
            for rep in reports:
                if not rep.delivered:
                    continue
                target = conn.execute(select(sms_outbox.c.id).where(
                    sms_outbox.c.status == SENT, sms_outbox.c.number == rep.recipient,
                    (sms_outbox.c.mr == rep.mr) | sms_outbox.c.mr.is_(None)
                ).order_by(sms_outbox.c.mr.is_(None), sms_outbox.c.sent_at.desc()).limit(1)).scalar()
                if target:
                    self._set(conn, target, status=DELIVERED, delivered_at=utc_now())
                    done += 1
        return done


def requeue(uow: UnitOfWork, msg_id: str) -> bool:
    """The admin puts a dead message back in the queue."""
    res = uow.conn.execute(update(sms_outbox).where(sms_outbox.c.id == msg_id, sms_outbox.c.status == DEAD)
                           .values(status=QUEUED, attempts=0, next_attempt_at=0.0, modem_index=None,
                                   modem_parts=None))
    if res.rowcount:
        uow.emit("sms", msg_id, "requeued", {})
    return bool(res.rowcount)


def count_by_status(conn: Connection) -> dict[str, int]:
    return {s: n for s, n in conn.execute(select(sms_outbox.c.status, func.count()).group_by(sms_outbox.c.status))}


def dead_letters(conn: Connection) -> list[dict[str, Any]]:
    """The dead-letter list for the admin, oldest first."""
    cols = [sms_outbox.c.id, sms_outbox.c.patient_id, sms_outbox.c.kind, sms_outbox.c.channel, sms_outbox.c.attempts,
            sms_outbox.c.last_error, sms_outbox.c.created_at]
    return [dict(r._mapping) for r in conn.execute(
        select(*cols).where(sms_outbox.c.status == DEAD).order_by(sms_outbox.c.created_at))]


def counts_by_day(conn: Connection) -> list[dict[str, Any]]:
    """Messages by the day they were queued, channel and status."""
    day = func.substr(sms_outbox.c.created_at, 1, 10)
    rows = conn.execute(select(day.label("day"), sms_outbox.c.channel, sms_outbox.c.status, func.count())
                        .group_by(day, sms_outbox.c.channel, sms_outbox.c.status).order_by(day))
    return [{"day": d, "channel": c, "status": s, "count": n} for d, c, s, n in rows]
