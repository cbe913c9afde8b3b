"""The hub's SMS gateway as one of the box's SMS channels (appliance/reminders/channels.py).

A message is committed as "handed" before it goes to the hub on the signed sync link (POST /v1/sms),
so a crash or a cut link between the hub's commit and the box's leaves the box asking, never sending
again: the hub stores each message once by the box's message id and posts it to the gateway with that
id as the idempotency key. The hub retries the gateway on its own; each round the box asks for the
state of what it handed over (and of its hub dead letters, which the hub admin may requeue).
"""
from __future__ import annotations

import time
from typing import Any, Callable

from sqlalchemy import select, update

from appliance.common import utc_now
from appliance.reminders.breaker import CircuitBreaker
from appliance.reminders.const import CANCELLED, CHANNEL_HUB, DEAD, DELIVERED, HANDED, QUEUED, SENT
from appliance.reminders.tables import sms_outbox

from .client import SyncClient
from .errors import SyncError
from .protocol import API

ASK_HANDED, ASK_RECENT = 300, 100


class HubChannel:
    name = CHANNEL_HUB

    def __init__(self, store, client: SyncClient, *, zone: str, cost: float = 1.0,
                 clock: Callable[[], float] = time.time) -> None:
        self.store, self.client, self.zone, self.cost, self.clock = store, client, zone, cost, clock
        self.breaker = CircuitBreaker(CHANNEL_HUB, clock=clock)
        self._up: bool | None = None          # what the last exchange of this round said

    def cost_per_sms(self) -> float:
        return self.cost

    def _exchange(self, messages: list[dict[str, Any]], ask: list[str]) -> dict[str, Any] | None:
        try:
            data = self.client.exchange(f"{API}/sms", {"messages": messages, "ask": ask})
        except SyncError:
            self._up = False
            return None
        self._up = bool(data.get("gateway"))
        if isinstance(data.get("cost_per_sms"), (int, float)):
            self.cost = float(data["cost_per_sms"])       # the hub's setting is the truth
        return data

    def ready(self) -> bool:
        if self._up is None:
            self._exchange([], [])
        return bool(self._up)

    def owns(self, row: dict[str, Any]) -> bool:
        return row["status"] == QUEUED and row.get("channel") == CHANNEL_HUB

    def send(self, row: dict[str, Any]) -> str:
        with self.store.write() as conn:
            taken = conn.execute(update(sms_outbox).where(sms_outbox.c.id == row["id"], sms_outbox.c.status == QUEUED)
                                 .values(status=HANDED, channel=CHANNEL_HUB))
            if taken.rowcount != 1:
                return "skipped"
        message = {"id": row["id"], "number": row["number"], "body": row["body"], "kind": row["kind"],
                   "requeue": row.get("channel") == CHANNEL_HUB, "zone": self.zone}
        data = self._exchange([message], [])
        if data is None:       # did the hub store it? the next round asks; until then it stays handed
            return "retrying"
        state = (data.get("messages") or {}).get(row["id"], {})
        self._apply({row["id"]: state})
        return {"sent": "sent", "delivered": "sent", "opted_out": "sent", "dead": "dead"}.get(
            state.get("status"), "retrying")

    def follow_up(self) -> int:
        """Ask the hub what became of every message it holds for this box; a new round begins."""
        self._up = None
        with self.store.read() as conn:
            ids = [r[0] for r in conn.execute(select(sms_outbox.c.id).where(sms_outbox.c.status == HANDED)
                                              .order_by(sms_outbox.c.created_at).limit(ASK_HANDED))]
            for status in (SENT, DEAD):
                ids += [r[0] for r in conn.execute(select(sms_outbox.c.id).where(
                    sms_outbox.c.status == status, sms_outbox.c.channel == CHANNEL_HUB)
                    .order_by(sms_outbox.c.created_at.desc()).limit(ASK_RECENT))]
        if not ids:
            return 0
        data = self._exchange([], ids)
        return self._apply(data.get("messages") or {}) if data else 0

    def _apply(self, states: dict[str, dict[str, Any]]) -> int:
        changed = 0
        now = utc_now()
        with self.store.write() as conn:
            for msg_id, st in states.items():
                status, where = st.get("status"), [sms_outbox.c.id == msg_id]
                error = f"hub: {st['error']}"[:300] if st.get("error") else None
                if status == "sent":
                    values = {"status": SENT, "sent_at": now, "last_error": None}
                    where.append(sms_outbox.c.status.in_((HANDED, DEAD)))
                elif status == "delivered":
                    values = {"status": DELIVERED, "delivered_at": now, "last_error": None}
                    where.append(sms_outbox.c.status.in_((HANDED, SENT, DEAD)))
                elif status == "queued":          # the hub is still trying (or its admin requeued it)
                    values = {"status": HANDED, "last_error": error}
                    where.append(sms_outbox.c.status.in_((HANDED, DEAD)))
                elif status == "dead":
                    values = {"status": DEAD, "last_error": error or "hub: given up"}
                    where.append(sms_outbox.c.status.in_((HANDED, SENT)))
                elif status == "opted_out":
                    values = {"status": CANCELLED, "last_error": "the number opted out at the hub's gateway"}
                    where.append(sms_outbox.c.status.in_((HANDED, SENT)))
                elif status == "unknown":         # the hand-over never reached the hub: any channel may take it
                    values = {"status": QUEUED, "channel": None}
                    where.append(sms_outbox.c.status == HANDED)
                else:
                    continue
                if isinstance(st.get("attempts"), int) and status != "unknown":
                    values["attempts"] = st["attempts"]
                changed += conn.execute(update(sms_outbox).where(*where).values(**values, channel=CHANNEL_HUB)
                                        if status != "unknown" else
                                        update(sms_outbox).where(*where).values(**values)).rowcount
        return changed

    def close(self) -> None:
        pass
