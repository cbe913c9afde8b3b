"""Run a coroutine to its end from a synchronous test, on a thread of its own.

The session-wide Playwright (tests/conftest.py) keeps an event loop running on the main thread once a
browser test has started it, and `asyncio.run` refuses to start a second loop there: a test that passed
alone then failed in the whole suite. A worker thread has no running loop."""
from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")


def run_async(coro: Coroutine[Any, Any, T]) -> T:
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="test-asyncio") as pool:
        return pool.submit(asyncio.run, coro).result()
