"""`clinic bench sync`: compression ratio and speed of each codec on real event batches."""
from __future__ import annotations

import time
from typing import Any

from .protocol import CODECS, compress, decompress, dumps


def bench_codecs(batches: list[list[dict[str, Any]]], repeat: int = 3) -> list[dict[str, Any]]:
    raws = [dumps({"events": b}) for b in batches if b]
    total = sum(len(r) for r in raws)
    out = []
    for codec in CODECS:
        packed, t_c, t_d = 0, 0.0, 0.0
        for _ in range(repeat):
            packed = 0
            for raw in raws:
                t0 = time.perf_counter()
                data = compress(raw, codec)
                t1 = time.perf_counter()
                assert decompress(data, codec) == raw
                t_d += time.perf_counter() - t1
                t_c += t1 - t0
                packed += len(data)
        out.append({"codec": codec, "raw_bytes": total, "packed_bytes": packed,
                    "ratio": total / max(1, packed), "compress_mb_s": total * repeat / 1e6 / max(t_c, 1e-9),
                    "decompress_mb_s": total * repeat / 1e6 / max(t_d, 1e-9),
                    # what a 64 kbit/s link spends per batch, compression time included
                    "s_per_batch_at_64kbit": (packed * 8 / 64_000 + t_c / repeat) / max(1, len(raws))})
    return out


def as_before_issue_19(events: list[dict[str, Any]], seed: int = 19) -> list[dict[str, Any]]:
    """The same events as a box made them before: every id's bits after its milliseconds random (each
    distinct id mapped to one random id, wherever it appears, paths included) and an audit record's
    MAC in its event (64 random hex digits: a MAC does not compress)."""
    import json
    import random
    import re

    from .audit_chain import event_hash, is_chained

    rng, mapped = random.Random(seed), {}

    def rand(m: re.Match) -> str:
        u = m.group(0)
        if u not in mapped:
            tail = f"{rng.getrandbits(76) | 0x7 << 76:020x}"
            mapped[u] = f"{u[:8]}-{u[9:13]}-{tail[:4]}-{'89ab'[rng.getrandbits(2)]}{tail[5:8]}-{tail[8:]}"
        return mapped[u]
    text = re.sub(r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", rand, json.dumps(events))
    out = json.loads(text)
    renamed: dict[str, str] = {}          # the chain hashed over the old ids: hash it again over the new
    for ev in sorted((e for e in out if e.get("entity") == "audit" and is_chained("audit", e["fields"])),
                     key=lambda e: e["fields"]["seq"]):
        f = ev["fields"]
        f["prev_hash"] = renamed.get(f["prev_hash"], f["prev_hash"])
        renamed[f["hash"]] = f["hash"] = event_hash(ev)
        ev["fields"] = dict(sorted({**f, "mac": f"{rng.getrandbits(256):064x}"}.items()))
    return out


def bench_wire(events: list[dict[str, Any]], batch: int = 2000) -> list[dict[str, Any]]:
    """Bytes per event on the wire's payload after each step of issue 19, item 2 (HTTP and TLS framing
    of the batched steps is the same few hundred bytes a request, left out; the baseline includes it).
    The steps before the last ones run on the day as a box made it before (as_before_issue_19)."""
    import json

    import zstandard

    from .batch_codec import encode_events
    from .protocol import DEFAULT_DICT, _dictionary, sign_request
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    n = len(events)
    before = as_before_issue_19(events)
    no_mac = [{**e, "fields": {k: v for k, v in e["fields"].items() if k != "mac"}} if e["entity"] == "audit" else e
              for e in before]
    in_batches = lambda evs, size=batch: [evs[i:i + size] for i in range(0, n, size)]  # noqa: E731
    # One signed, uncompressed JSON POST per event: body and the request line and headers it needs.
    headers = sign_request(Ed25519PrivateKey.generate(), "bench-box", "POST", "/v1/push", b"{}", 0)
    head = len("POST /v1/push HTTP/1.1\r\nHost: hub:8443\r\nContent-Type: application/json\r\n"
               "Content-Length: 1000\r\n\r\n") + sum(len(k) + len(v) + 4 for k, v in headers.items())
    z9, z19 = zstandard.ZstdCompressor(level=9), zstandard.ZstdCompressor(level=19)
    zd = zstandard.ZstdCompressor(level=19, dict_data=_dictionary(DEFAULT_DICT)) if DEFAULT_DICT else z19

    def c(b, fmt="c1", **kw):
        return json.dumps({"events": encode_events(b, fmt=fmt, **kw)}, separators=(",", ":")).encode()

    def total(z, evs, size=batch, **kw) -> int:
        return sum(len(z.compress(c(b, **kw))) for b in in_batches(evs, size))

    steps = [
        ("one uncompressed JSON POST per event (baseline)", sum(len(dumps({"events": [e]})) + head for e in before)),
        ("JSON batches, zstd-9 (before issue 19)", sum(len(z9.compress(dumps({"events": b}))) for b in in_batches(before))),
        ("c1 columns, audit hashes kept, zstd-9", total(z9, before, derive_hashes=False)),
        ("c1 columns, audit hashes left out, zstd-9", total(z9, before)),
        ("… zstd-19", total(z19, before)),
        (f"… zstd-19 with dictionary {DEFAULT_DICT}", total(zd, before)),
        ("… audit MACs no longer in the events", total(zd, no_mac)),
        ("… ids counted (c1: ids as hex)", total(zd, events)),
        ("… ids counted, c2 id deltas (what a box sends)", total(zd, events, fmt="c2")),
        ("… the same in batches of 250 (a box's first push)", total(zd, events, 250, fmt="c2")),
        ("the whole day as one gzip stream, as a box makes it now", len(__import__("gzip").compress(b"\n".join(dumps(e) for e in events), 9))),
        ("the whole day as one gzip stream, as before", len(__import__("gzip").compress(b"\n".join(dumps(e) for e in before), 9))),
    ]
    return [{"step": name, "bytes": size, "per_event": size / max(1, n), "events": n} for name, size in steps]


def train_dictionary(events: list[dict[str, Any]], size: int = 16384, sample: int = 25) -> bytes:
    """A zstd dictionary for c1 batches, trained on samples of `sample` events (how sync/dictionaries/
    c1-1.zdict was made, from `build_day(patients=80, days=3)`). A new one gets a new name (c1-2 …):
    a hub keeps every dictionary it ever shipped, so boxes of any age still decode."""
    import json

    import zstandard

    from .batch_codec import encode_events

    samples = [json.dumps(encode_events(events[i:i + sample]), separators=(",", ":")).encode()
               for i in range(0, len(events), sample)]
    return zstandard.train_dictionary(size, samples, level=19).as_bytes()
