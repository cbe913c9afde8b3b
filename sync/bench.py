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
