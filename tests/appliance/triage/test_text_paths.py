"""Every public text path answers 5,000 characters of any kind correctly through the HTTP API — digits, letters,
spaces, punctuation, Devanagari, emoji, mixed — (the age regex once took 15 s of CPU on 5,000 digits; the
tokenizer was quadratic on emoji; the SOAP clause splitter on a run of spaces). Time is the bench's business
(`clinic bench triage`); these assert the answers. And /check-symptoms is rate-limited per client address."""
from __future__ import annotations

import os
import random
import signal
import time

import pytest

from appliance.triage.limits import MAX_CLIENTS, RateLimiter
from tests.appliance.soap.conftest import encounter  # noqa: F401 - the fixture: an open visit

N = 5000
_rng = random.Random(16)
CLASSES = {
    "digits": "7" * N,
    "letters": "".join(_rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(N)),
    "spaces": "a" + " " * (N - 2) + "b",
    "punctuation": (".,;:!?-/()" * N)[:N],
    "devanagari": ("बुखार और खांसी " * N)[:N],
    "emoji": "😀" * N,
    "mixed": "".join(_rng.choice(["7", "a", " ", ".", "ब", "😀", "/", "-", "x"]) for _ in range(N)),
    "words": ("fever cough " * N)[:N],
}
LEVELS = {"emergency", "urgent", "routine", "self_care"}


@pytest.mark.parametrize("kind", CLASSES)
def test_each_text_path_answers_5000_characters_of_each_kind(client, hw, doctor, encounter, kind):
    text = CLASSES[kind]
    assert len(text) == N

    r = client.post("/check-symptoms", json={"text": text})
    assert r.status_code == 200, r.json
    names = set(r.json["symptoms"])
    assert names <= {"fever", "cough"} and (names == {"fever", "cough"}) == (kind in ("devanagari", "words"))

    r = client.post("/api/v1/triage", json={"text": text}, headers=hw)
    assert r.status_code == 200, r.json
    assert r.json["level"] in LEVELS and r.json["findings"] and r.json["advice"]
    if kind in ("devanagari", "words"):
        assert {s["name"] for s in r.json["symptoms"]} >= {"fever", "cough"}
    else:  # nothing a clinician would call a complaint: never routine
        assert r.json["level"] == "urgent"
        assert {"not_understood", "meaning_possible_red_flag"} & {f["code"] for f in r.json["findings"]}

    r = client.post(f"/api/v1/encounters/{encounter}/soap", json={"transcript": text}, headers=doctor)
    assert r.status_code == 201, r.json
    assert r.json["status"] == "draft"
    assert set(r.json["latest"]["sections"]) >= {"subjective", "objective", "assessment", "plan"}

    r = client.get("/api/v1/patients", query_string={"q": text}, headers=hw)
    assert r.status_code == 422  # a search is at most 100 characters: refused, not searched
    r = client.get("/api/v1/patients", query_string={"q": text[:100]}, headers=hw)
    assert r.status_code == 200 and isinstance(r.json["results"], list)


def test_check_symptoms_is_rate_limited_per_client_address(app, client):
    clock = [0.0]
    app.extensions["clinic.check_symptoms_limiter"] = RateLimiter(3, clock=lambda: clock[0])
    for _ in range(3):
        assert client.post("/check-symptoms", json={"text": "fever"}).status_code == 200
    r = client.post("/check-symptoms", json={"text": "fever"})
    assert r.status_code == 429 and r.mimetype == "application/problem+json"
    assert r.headers["Retry-After"] == "20"  # 3 a minute: one more in 20 s
    other = client.post("/check-symptoms", json={"text": "fever"}, environ_base={"REMOTE_ADDR": "10.0.0.9"})
    assert other.status_code == 200  # another address has its own allowance
    clock[0] += 20
    assert client.post("/check-symptoms", json={"text": "fever"}).status_code == 200
    assert client.post("/check-symptoms", json={"text": "fever"}).status_code == 429


def test_the_429_is_in_the_api_document(client):
    op = client.get("/api/v1/openapi.json").json["paths"]["/check-symptoms"]["post"]
    assert "429" in op["responses"] and "Retry-After" in op["responses"]["429"]["headers"]


def test_the_query_texts_real_limit_is_in_the_api_document(client):
    """?text= is bounded by the server's request line, not by the body's 5,000 characters: said, with the 414."""
    from appliance.const import MAX_REQUEST_LINE_BYTES

    op = client.get("/api/v1/openapi.json").json["paths"]["/check-symptoms"]["post"]
    text = next(p for p in op["parameters"] if p["name"] == "text")
    assert f"{MAX_REQUEST_LINE_BYTES:,} bytes" in text["description"] and "JSON body" in text["description"]
    assert "414" in op["responses"] and "body" in op["responses"]["414"]["description"]


def test_rate_limiter_forgets_old_addresses():
    limiter = RateLimiter(1, clock=lambda: 0.0)
    for n in range(5000):
        limiter.acquire(f"10.0.{n // 256}.{n % 256}")
    assert limiter.tracked() <= MAX_CLIENTS
    assert limiter.acquire("10.9.9.9") == 0  # a new address still gets its allowance


def test_rate_limiter_is_one_table_for_the_processes_forked_after_it():
    """The server makes the limiter before it forks its workers: what one worker counts, the others see."""
    import multiprocessing

    limiter = RateLimiter(4, clock=lambda: 0.0)
    ctx = multiprocessing.get_context("fork")
    children = [ctx.Process(target=limiter.acquire, args=("10.1.1.1",)) for _ in range(3)]
    for child in children:
        child.start()
    for child in children:
        child.join(10)
        assert child.exitcode == 0
    assert limiter.acquire("10.1.1.1") == 0  # the 4th of 4
    assert limiter.acquire("10.1.1.1") == 15  # 4 a minute: one more in 15 s


def _hold_forever(limiter: RateLimiter, held) -> None:
    with limiter._locked():
        held.set()
        time.sleep(600)


def test_a_worker_killed_holding_the_limiters_lock_does_not_stall_the_others():
    import multiprocessing
    import threading

    limiter = RateLimiter(4, clock=lambda: 0.0)
    ctx = multiprocessing.get_context("fork")
    held = ctx.Event()
    child = ctx.Process(target=_hold_forever, args=(limiter, held))
    child.start()
    assert held.wait(10)
    answered = threading.Event()
    waiter = threading.Thread(target=lambda: (limiter.acquire("10.1.1.1"), answered.set()), daemon=True)
    waiter.start()
    assert not answered.wait(0.3)  # the lock excludes the other process while its holder lives
    os.kill(child.pid, signal.SIGKILL)
    child.join(10)
    assert answered.wait(10)  # and is the kernel's to release when it dies
