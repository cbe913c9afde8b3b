"""A compact batch encoding ("c1", "c2") for pushes and pulls: columns instead of rows.

Events are grouped by shape (their keys, entity and op); each shape's values go column by column,
so a column of ids, of HLCs or of one field compresses against itself. Per column, the smallest
exact transform is chosen: a constant written once, seqs and HLCs as deltas, UUIDs as 32 hex digits
(an event id as its 20 digits after the HLC's milliseconds), an audit record's `hash` left out (the
hub recomputes it from the record, sync/audit_chain.py) and its `prev_hash` left out when it is the
hash of the record before it. c2 adds id columns as deltas: the ids a box mints count up
(sync/ids.counted_uuid7), so an event id is the delta of its 20 digits after the HLC's milliseconds
("T") and another id column the deltas of its milliseconds and of its other 80 bits ("U"), where that
is shorter than the hex. A hub reads both; it answers a pull in the format the box accepts, and a box
steps down to c1 when a hub answers `unknown-batch-format`. Decoding gives back the same events, key order included (tested with
Hypothesis). The bytes are then zstd-compressed with a dictionary trained on box events
(sync/dictionaries/), named in the X-Clinic-Dict header.
"""
from __future__ import annotations

import json
import re
from typing import Any

from .audit_chain import event_hash, is_chained
from .errors import BadRequest

FORMAT = "c2"                # c1, and id columns as deltas ("T", "U")
FORMATS = ("c1", "c2")       # what a hub reads and answers in
_DELTA_KINDS = frozenset({"T", "U"})
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_HLC = re.compile(r"[0-9a-f]{16}")
_TAIL = (1 << 80) - 1


def _hex(u: str) -> str:
    return u.replace("-", "")


def _dashed(h: str) -> str:
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _is_int(v: Any) -> bool:
    return type(v) is int


def _encode_column(name: str, values: list[Any], hlcs: list[Any] | None, deltas: bool = True) -> list[Any]:
    if all(v == values[0] and type(v) is type(values[0]) for v in values) and not isinstance(values[0], (dict, list)):
        return ["c", values[0]]
    if all(_is_int(v) for v in values):
        return ["d", [b - a for a, b in zip([0, *values], values)]]
    if all(isinstance(v, str) and _HLC.fullmatch(v) for v in values):
        ints = [int(v, 16) for v in values]
        return ["h", [b - a for a, b in zip([0, *ints], ints)]]
    if all(isinstance(v, str) and _UUID.fullmatch(v) for v in values):
        if hlcs is not None and name == "id" and all(isinstance(h, str) and _HLC.fullmatch(h) and _hex(v)[:12] == h[:12]
                                                      for v, h in zip(values, hlcs)):
            tails = [int(_hex(v)[12:], 16) for v in values]
            return _smaller(["t", "".join(_hex(v)[12:] for v in values)], ["T", _deltas(tails)] if deltas else None)
        ints = [int(_hex(v), 16) for v in values]
        return _smaller(["u", "".join(_hex(v) for v in values)],
                        ["U", _deltas([i >> 80 for i in ints]), _deltas([i & _TAIL for i in ints])] if deltas else None)
    return ["r", values]


def _deltas(ints: list[int]) -> list[int]:
    return [b - a for a, b in zip([0, *ints], ints)]


def _sums(deltas: Any, bound: int) -> list[int]:
    out, acc = [], 0
    for d in deltas:
        if not _is_int(d):
            raise ValueError("delta")
        acc += d
        if not 0 <= acc < bound:
            raise ValueError("delta out of range")
        out.append(acc)
    return out


def _smaller(plain: list[Any], deltas: list[Any] | None) -> list[Any]:
    """Ids a box mints with its counter (sync/ids.counted_uuid7) differ by small numbers: as deltas
    they cost a byte or two where their hex costs ten compressed; random ids stay hex."""
    size = lambda col: len(json.dumps(col, separators=(",", ":")))  # noqa: E731
    return deltas if deltas is not None and size(deltas) < size(plain) else plain


def _decode_column(col: list[Any], n: int, hlcs: list[Any] | None, fmt: str = FORMAT) -> list[Any]:
    kind, payload = col[0], col[1]
    if kind in _DELTA_KINDS and fmt == "c1":
        raise ValueError(f"column kind {kind} is not c1")
    if kind == "c":
        return [payload] * n
    if kind == "r":
        out = list(payload)
    elif kind == "d":
        out, acc = [], 0
        for d in payload:
            acc += d
            out.append(acc)
    elif kind == "h":
        out, acc = [], 0
        for d in payload:
            acc += d
            out.append(f"{acc:016x}")
    elif kind == "u":
        out = [_dashed(payload[i * 32:(i + 1) * 32]) for i in range(len(payload) // 32)]
    elif kind == "t":
        out = [_dashed(h[:12] + payload[i * 20:(i + 1) * 20]) for i, h in enumerate(hlcs or [])]
    elif kind == "T":
        out = [_dashed(h[:12] + f"{t:020x}") for h, t in zip(hlcs or [], _sums(payload, 1 << 80))]
    elif kind == "U":
        ms, tails = _sums(payload, 1 << 48), _sums(col[2], 1 << 80)
        if len(ms) != len(tails):
            raise ValueError("column length")
        out = [_dashed(f"{m:012x}{t:020x}") for m, t in zip(ms, tails)]
    else:
        raise ValueError(kind)
    if len(out) != n:
        raise ValueError("column length")
    return out


def encode_events(events: list[dict[str, Any]], *, derive_hashes: bool = True, fmt: str = FORMAT) -> dict[str, Any]:
    """The batch as columns; the inverse of decode_events. (`derive_hashes=False` sends audit hashes
    anyway: only for `clinic bench sync`, to show what leaving them out saves.)"""
    shapes: dict[tuple, int] = {}
    members: list[list[dict[str, Any]]] = []
    order = []
    for ev in events:
        fields = ev.get("fields")
        fkeys = tuple(fields) if isinstance(fields, dict) else None
        key = (tuple(ev), ev.get("entity"), ev.get("op"), fkeys)
        if key not in shapes:
            shapes[key] = len(members)
            members.append([])
        members[shapes[key]].append(ev)
        order.append(shapes[key])
    out_shapes = []
    for (top, _entity, _op, fkeys), evs in zip(shapes, members):
        hlcs = [e.get("hlc") for e in evs]
        deltas = fmt != "c1"
        cols = {k: _encode_column(k, [e[k] for e in evs], hlcs, deltas) for k in top
                if not (k == "fields" and fkeys is not None)}
        fcols = None
        if fkeys is not None:
            fcols = {}
            chained = all(is_chained(e.get("entity"), e["fields"]) and isinstance(e.get("entity_id"), str) for e in evs)
            hashes_derivable = derive_hashes and chained and all(e["fields"]["hash"] == event_hash(e) for e in evs)
            for k in fkeys:
                values = [e["fields"][k] for e in evs]
                if k == "hash" and hashes_derivable:
                    fcols[k] = ["x", None]
                elif k == "prev_hash" and hashes_derivable and all(isinstance(v, str) for v in values):
                    fcols[k] = ["p", [0 if i and v == evs[i - 1]["fields"]["hash"] else v for i, v in enumerate(values)]]
                else:
                    fcols[k] = _encode_column(k, values, None, deltas)
        out_shapes.append({"k": list(top), "f": list(fkeys) if fkeys is not None else None, "n": len(evs),
                           "c": cols, "fc": fcols})
    # order as runs: [shape, count, shape, count, ...]
    runs: list[int] = []
    for s in order:
        if runs and runs[-2] == s:
            runs[-1] += 1
        else:
            runs += [s, 1]
    return {"v": fmt, "s": out_shapes, "o": runs}


def decode_events(data: Any, limit: int) -> list[dict[str, Any]]:
    """The events of an encoded batch; a malformed one is a BadRequest, never a partial list."""
    try:
        if not isinstance(data, dict) or data.get("v") not in FORMATS:
            raise ValueError("not c1 or c2")
        fmt = data["v"]
        total = sum(s["n"] for s in data["s"])
        if not isinstance(total, int) or total > limit:
            raise BadRequest(f"at most {limit} events per batch")
        decoded = [_decode_shape(s, fmt) for s in data["s"]]
        cursor = [0] * len(decoded)
        out = []
        runs = data["o"]
        for i in range(0, len(runs), 2):
            s, count = runs[i], runs[i + 1]
            if not (_is_int(s) and _is_int(count)) or count < 0 or not 0 <= s < len(decoded):
                raise ValueError("order")
            out.extend(decoded[s][cursor[s]:cursor[s] + count])
            cursor[s] += count
        if len(out) != total or any(c != len(d) for c, d in zip(cursor, decoded)):
            raise ValueError("order does not cover the batch")
        return out
    except BadRequest:
        raise
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError) as err:
        raise BadRequest(f"batch does not decode as {' or '.join(FORMATS)}") from err


def _decode_shape(s: dict[str, Any], fmt: str) -> list[dict[str, Any]]:
    n, top, fkeys = s["n"], s["k"], s["f"]
    if not _is_int(n) or n < 1 or not all(isinstance(k, str) for k in top) or len(set(top)) != len(top):
        raise ValueError("shape")
    hlc_col = s["c"].get("hlc")
    hlcs = _decode_column(hlc_col, n, None, fmt) if hlc_col else None
    cols = {k: (hlcs if k == "hlc" else _decode_column(s["c"][k], n, hlcs, fmt)) for k in top
            if not (k == "fields" and fkeys is not None)}
    evs = []
    for i in range(n):
        ev = {}
        for k in top:
            ev[k] = {} if k == "fields" and fkeys is not None else cols[k][i]
        evs.append(ev)
    if fkeys is None:
        return evs
    if "fields" not in top or len(set(fkeys)) != len(fkeys):
        raise ValueError("fields")
    derived = {}
    for k in fkeys:
        col = s["fc"][k]
        if col[0] in ("x", "p"):
            derived[k] = col
            values = [None] * n
        else:
            values = _decode_column(col, n, None, fmt)
        for ev, v in zip(evs, values):
            ev["fields"][k] = v
    if derived:
        prev = None
        for i, ev in enumerate(evs):
            f = ev["fields"]
            if "prev_hash" in derived:
                v = derived["prev_hash"][1][i]
                f["prev_hash"] = prev if v == 0 and i else v
                if not isinstance(f["prev_hash"], str):
                    raise ValueError("prev_hash")
            if "hash" in derived:
                f["hash"] = event_hash(ev)
            prev = f.get("hash")
    return evs


def dumps_encoded(events: list[dict[str, Any]], **rest: Any) -> bytes:
    return json.dumps({**rest, "events": encode_events(events)}, separators=(",", ":")).encode()
