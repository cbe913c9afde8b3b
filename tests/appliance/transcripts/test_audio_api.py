"""Consultation audio is transcribed on the box and stored, encrypted, on the encounter."""
from __future__ import annotations

import subprocess

import pytest

from tests.conftest import require_tool


@pytest.fixture
def encounter(client, hw):
    pid = client.post("/api/v1/patients", json={"given_name": "Gopal", "sex": "male", "age_years": 40},
                      headers=hw).json["id"]
    return client.post("/api/v1/encounters", json={"patient_id": pid}, headers=hw).json["id"]


def test_spoken_complaint_becomes_a_stored_transcript(client, hw, encounter, tmp_path):
    espeak = require_tool("espeak-ng")
    wav = tmp_path / "complaint.wav"
    subprocess.run([espeak, "-v", "en-us", "-s", "150", "-w", str(wav),
                    "The patient has had a fever and a cough for three days."], check=True)
    r = client.post(f"/api/v1/encounters/{encounter}/audio", data=wav.read_bytes(),
                    headers={**hw, "Content-Type": "audio/wav"})
    assert r.status_code == 201, r.json
    words = r.json["text"].lower()
    assert "fever" in words and "cough" in words and "three days" in words
    assert r.json["engine"] == "whisper" and r.json["duration_s"] > 1 and r.json["segments"]
    stored = client.get(f"/api/v1/encounters/{encounter}/transcripts", headers=hw).json["results"]
    assert len(stored) == 1 and stored[0]["text"] == r.json["text"]


def test_bad_audio_is_refused_and_stores_nothing(client, hw, encounter):
    r = client.post(f"/api/v1/encounters/{encounter}/audio", data=b"RIFF not really a wave file",
                    headers={**hw, "Content-Type": "audio/wav"})
    assert r.status_code == 422 and r.mimetype == "application/problem+json"
    r = client.post(f"/api/v1/encounters/{encounter}/audio", data=b"{}", headers={**hw, "Content-Type": "text/plain"})
    assert r.status_code == 415
    r = client.post(f"/api/v1/encounters/{encounter}/audio", data=b"", headers={**hw, "Content-Type": "audio/wav"})
    assert r.status_code == 422
    r = client.post(f"/api/v1/encounters/{encounter}/audio?engine=siri", data=b"x",
                    headers={**hw, "Content-Type": "audio/wav"})
    assert r.status_code == 422
    assert client.get(f"/api/v1/encounters/{encounter}/transcripts", headers=hw).json["results"] == []


def test_a_silent_recording_stores_no_transcript(client, hw, encounter):
    import io
    import wave

    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:  # three seconds of silence, 16 kHz mono
        w.setnchannels(1), w.setsampwidth(2), w.setframerate(16000)
        w.writeframes(b"\x00\x00" * 16000 * 3)
    r = client.post(f"/api/v1/encounters/{encounter}/audio", data=buf.getvalue(),
                    headers={**hw, "Content-Type": "audio/wav"})
    assert r.status_code == 422 and "no speech" in r.json["detail"]
    assert client.get(f"/api/v1/encounters/{encounter}/transcripts", headers=hw).json["results"] == []
