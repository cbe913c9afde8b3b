"""`clinic db check`: every integrity check the box can run, each with its own verdict."""
from __future__ import annotations

from typing import Any, Callable

from .audit.services import verify_chain
from .events.outbox import seq_gaps
from .store import Store
from .store.migrate import current_revision, head_revision


def check_store(store: Store, origin: str, audit_key: bytes | None = None) -> dict[str, Any]:
    checks: dict[str, dict[str, Any]] = {}
    with store.engine.connect() as conn:
        raw = conn.connection.driver_connection

        def pragma(name: str) -> list:
            try:
                return [r[0] if len(r) == 1 else tuple(r) for r in raw.execute(f"PRAGMA {name}").fetchall()]
            except Exception as err:  # a corrupt page raises instead of reporting
                return [f"error: {err}"]

        if store.encrypted:
            # The page check reads the database file, not the WAL: pages whose newer copies still
            # wait in the WAL (a rekey or a checkpoint cut short) would fail it though the database
            # reads well. Copy what can be copied first, without waiting for readers.
            done = pragma("wal_checkpoint(PASSIVE)")
            frames, copied = done[0][1:3] if done and isinstance(done[0], tuple) else (0, 0)
            rows = pragma("cipher_integrity_check")
            detail = "; ".join(map(str, rows[:5])) or "every page HMAC ok"
            if frames > copied:
                detail += f" ({frames - copied} WAL frames not yet in the file were checked by integrity_check)"
            checks["cipher_integrity"] = {"ok": rows == [], "detail": detail}
        rows = pragma("integrity_check")
        checks["integrity"] = {"ok": rows == ["ok"], "detail": "; ".join(map(str, rows[:5]))}
        rows = pragma("foreign_key_check")
        checks["foreign_keys"] = {"ok": rows == [], "detail": f"{len(rows)} violations" if rows else "ok"}

        def event_seq() -> dict[str, Any]:
            with conn.begin():
                gaps = seq_gaps(conn, origin)
            return {"ok": not gaps,
                    "detail": "; ".join(f"{o}: {n} events, max seq {m}" for o, n, m in gaps) or "no gaps"}

        checks["event_seq"] = _guarded(event_seq)
    checks["audit_chain"] = _audit_chain(store, audit_key)

    def schema() -> dict[str, Any]:
        current, head = current_revision(store), head_revision()
        return {"ok": current == head, "detail": f"at {current}, head {head}"}

    checks["schema"] = _guarded(schema)
    return {"ok": all(c["ok"] for c in checks.values()), "checks": checks}


def _guarded(check: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """A check that reads tables fails on a corrupt database: that is its verdict, not a traceback."""
    try:
        return check()
    except Exception as err:  # noqa: BLE001 - any database error is this check's finding
        cause = getattr(err, "orig", None) or err  # SQLAlchemy's wrapper: the driver's own message
        return {"ok": False, "detail": f"could not be read: {' '.join(str(cause).split())}"}


def _audit_chain(store: Store, audit_key: bytes | None) -> dict[str, Any]:
    """The keyed audit chain, walked as `clinic audit verify` walks it."""
    try:
        with store.engine.connect() as conn, conn.begin():
            report = verify_chain(conn, audit_key)
    except Exception as err:  # noqa: BLE001 - a damaged table (or an old schema) is a verdict, not a traceback
        return {"ok": False, "detail": f"the audit log cannot be read: {type(err).__name__}: {str(err)[:200]}"}
    if report["ok"]:
        return {"ok": True, "detail": f"{report['records']} records, every hash and MAC ok"}
    b = report["first_broken"]
    return {"ok": False, "detail": f"BROKEN at record {b['seq']} ({b['id']}): {b['problem']}"}
