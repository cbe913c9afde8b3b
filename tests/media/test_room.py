"""clinic-media end to end on loopback: the real process, the real coturn (relay-only ICE on the box's
side), an aiortc test peer as the doctor. One call is made for the module; each test checks one thing."""
from __future__ import annotations

import asyncio
import io
import random
import subprocess
import time
from pathlib import Path

import av
import numpy as np
import pytest
import requests
from sqlalchemy import select

from appliance.box import keyring_for, open_box
from appliance.settings import load_settings, render_settings_toml
from media.room.control import control_secret
from media.room.crypto import RecordingCorrupt, decrypt_recording
from media.turn.config import write_turn_config
from media.turn.services import turn_credentials_for
from provisioning import box as provision
from tests.conftest import ADMIN_PASSWORD, require_tool
from tests.media.conftest import _ready, host_addresses
from media.room.peer import SENTENCE, Doctor, MediaProcess, free_port, make_clip, media_toml
from tests.run_async import run_async


@pytest.fixture(scope="module")
def media_box(tmp_path_factory):
    """A box with coturn on 127.0.0.1, an open encounter, and clinic-media serving a clip as the room."""
    require_tool("turnserver", "coturn")
    require_tool("ffmpeg")
    require_tool("espeak-ng")
    tmp = tmp_path_factory.mktemp("media")
    clip = make_clip(tmp / "clips")
    v4, v6 = host_addresses()
    config = tmp / "appliance.toml"
    data_dir = tmp / "data"
    provision.init_box(config, render_settings_toml("box-media-1", "TST", "Test Clinic", data_dir,
                                                    data_dir / "db.key", free_port(), kek_file=tmp / "kek.key"),
                       ADMIN_PASSWORD)
    with open(config, "a") as f:
        f.write(media_toml(turn_port=free_port(), turns_port=free_port(), relay_low=random.randrange(40000, 60000, 100),
                           allowed=[f"{v4}/32", f"{v6}/128"], control_port=free_port(), clip=clip))
    settings = load_settings(config, environ={})
    from provisioning.tls import ensure_tls
    ensure_tls(data_dir, settings.box.device_id)
    paths = write_turn_config(settings)
    turn_log = tmp / "turnserver.log"
    with open(turn_log, "wb") as out:
        turn = subprocess.Popen([require_tool("turnserver", "coturn"), "-c", str(paths.conf)], stdout=out,
                                stderr=subprocess.STDOUT, start_new_session=True)
    box = open_box(settings)
    from appliance.encounters.services import close_encounter, open_encounter
    from appliance.patients.schemas import PatientIn
    from appliance.patients.services import register_patient
    with box.write("test:setup") as uow:
        patient = register_patient(uow, PatientIn(given_name="Asha", family_name="Devi", sex="female",
                                                  age_years=34), "TST")
        patient_id = patient.get("id") or patient["patient"]["id"]
        encounter = open_encounter(uow, patient_id, complaint="fever")
        closed = open_encounter(uow, patient_id, complaint="old visit")
        close_encounter(uow, closed["id"])
    media = MediaProcess(config, tmp / "clinic-media.log")
    try:
        _ready(settings, turn, turn_log)
        media.start(settings)
        yield {"settings": settings, "box": box, "encounter": encounter["id"], "closed": closed["id"],
               "patient": patient_id, "clip": clip, "tmp": tmp, "media": media,
               "url": f"http://127.0.0.1:{settings.media.control_port}",
               "headers": {"X-Clinic-Media-Secret": control_secret(settings)}}
    finally:
        media.stop()
        turn.terminate()
        turn.wait(10)
        box.close()


def ice_servers(settings) -> list[dict]:
    cred = turn_credentials_for(settings, "doctor-1")
    return [{"urls": [u for u in cred.uris if "transport=udp" in u], "username": cred.username,
             "credential": cred.credential}]


async def _call(mb) -> dict:
    """The consult: offer, answer, media both ways, a caption, chat both ways, an ICE restart, the end."""
    import aiohttp

    settings, url, headers = mb["settings"], mb["url"], mb["headers"]
    tone = make_clip(mb["tmp"] / "clips", tone_hz=440)
    out: dict = {}
    async with aiohttp.ClientSession(headers=headers) as http:
        doctor = Doctor(tone)
        body = {**await doctor.offer(), "ice_servers": ice_servers(settings), "doctor_id": "drrao",
                "consult_id": "consult-1"}
        async with http.post(f"{url}/rooms/{mb['encounter']}/offer", json=body) as r:
            out["offer_status"] = r.status
            answer = await r.json()
        await doctor.accept(answer)
        await doctor.wait(lambda s: s.connected_at and s.video_frames > 10 and s.audio_level > 0.01, 30)
        await doctor.wait(lambda s: any("fever" in c["text"].lower() for c in s.captions), 30)
        for _ in range(20):  # {"sent": false} until the room has the doctor's chat channel open
            async with http.post(f"{url}/rooms/{mb['encounter']}/chat", json={"text": "hello doctor"}) as r:
                out["chat_status"], sent = r.status, (await r.json())["sent"]
            if sent:
                break
            await asyncio.sleep(0.25)
        await doctor.wait(lambda s: s.chat, 10)
        # the room lists what the doctor said (said again while the room's end of the doctor's chat channel
        # is still opening); a deadline, not a count of tries: under the suite's load one try can take seconds
        deadline = asyncio.get_running_loop().time() + 30
        while asyncio.get_running_loop().time() < deadline:
            doctor.send_chat("hello from the doctor")
            async with http.get(f"{url}/rooms/{mb['encounter']}") as r:
                if any(m["from"] == "doctor" for m in (await r.json())["chat"]):
                    break
            await asyncio.sleep(0.5)
        await asyncio.sleep(2.5)  # a quality sample (quality_sample_s = 2)
        async with http.get(f"{url}/rooms/{mb['encounter']}") as r:
            out["room"] = await r.json()
        # what the box's kiosk room view gets (appliance/teleconsult/room.py asks the same interface)
        from appliance.teleconsult.room import ask_room, call_view
        status, room = await asyncio.to_thread(ask_room, settings, mb["encounter"])
        out["kiosk_view"] = call_view({"id": "tc-1", "status": "in_call", "doctor_id": None}, status, room)
        out["first"] = doctor.seen
        # the same doctor and consult again with a new offer: the connection is replaced, no new join
        await doctor.close()
        again = Doctor(tone)
        body = {**await again.offer(), "ice_servers": ice_servers(settings), "doctor_id": "drrao",
                "consult_id": "consult-1"}
        async with http.post(f"{url}/rooms/{mb['encounter']}/offer", json=body) as r:
            out["restart_status"] = r.status
            await again.accept(await r.json())
        await again.wait(lambda s: s.connected_at and s.video_frames > 10 and s.audio_level > 0.01, 30)
        out["second"] = again.seen
        async with http.delete(f"{url}/rooms/{mb['encounter']}") as r:
            out["end_status"], out["end"] = r.status, await r.json()
        await again.close()
    return out


@pytest.fixture(scope="module")
def call(media_box):
    return run_async(_call(media_box))


def test_offer_answered_with_relay_candidates_only(call):
    assert call["offer_status"] == 200
    candidates = [l for l in call["first"].answer_sdp.splitlines() if l.startswith("a=candidate")]
    assert candidates and all(" typ relay" in c for c in candidates), candidates


def test_media_flows_both_ways(call, media_box):
    first, room = call["first"], call["room"]
    assert first.video_frames > 10 and first.audio_level > 0.01, (first, media_box["media"].tail())
    assert room["state"] == "connected" and room["video"] == "on"
    assert room["media_in"]["video_frames"] > 10 and room["media_in"]["audio_level"] > 0.01, room


def test_caption_of_the_spoken_sentence_arrives(call):
    captions = call["first"].captions
    hit = [c for c in captions if "fever" in c["text"].lower()]
    assert hit, captions
    assert {"text", "final", "start", "end", "sent_at"} <= set(hit[0])


def test_chat_both_ways(call):
    assert call["chat_status"] == 200
    assert call["first"].chat and call["first"].chat[0]["text"] == "hello doctor"
    assert any(m["from"] == "doctor" and m["text"] == "hello from the doctor" for m in call["room"]["chat"]), call["room"]["chat"]


def test_quality_sampled(call):
    q = call["room"]["quality"]
    assert q["send_kbps"] and q["send_kbps"] > 10 and q["recv_kbps"] and q["recv_kbps"] > 10, q


def test_renegotiation_keeps_the_consult(call):
    assert call["restart_status"] == 200
    second = call["second"]
    assert second.video_frames > 10 and second.audio_level > 0.01


def test_consult_events_written(call, media_box):
    from appliance.events.tables import events

    assert call["end_status"] == 200 and call["end"]["state"] == "ended"
    with media_box["box"].read() as conn:
        rows = [dict(r._mapping) for r in conn.execute(
            select(events).where(events.c.entity == "video_consult", events.c.entity_id == "consult-1")
            .order_by(events.c.seq))]
    ops = [r["op"] for r in rows]
    assert ops[0] == "requested" and ops.count("requested") == 1 and ops.count("started") == 1, ops
    assert ops[-1] == "ended" and "recorded" in ops and "sampled" in ops, ops
    import json
    ended = json.loads(rows[-1]["fields"]) if isinstance(rows[-1]["fields"], str) else rows[-1]["fields"]
    assert ended["doctor_id"] == "drrao" and ended["encounter_id"] == media_box["encounter"]
    assert ended["duration_s"] > 1 and ended["quality"]["samples"] > 0
    assert all(r["patient_id"] == media_box["patient"] for r in rows)


def test_recording_decrypts_and_holds_audio(call, media_box):
    from appliance.consults.services import recordings_for_encounter

    with media_box["box"].read() as conn:
        recs = recordings_for_encounter(conn, media_box["encounter"])
    assert len(recs) == 1 and recs[0]["id"] == call["end"]["recording_id"]
    path = media_box["settings"].box.data_dir / "media" / "recordings" / recs[0]["filename"]
    raw = path.read_bytes()
    assert b"OggS" not in raw  # never in clear on disk
    ring = keyring_for(media_box["settings"])
    with pytest.raises(RecordingCorrupt):        # keyed from the recording master key, not the database key
        decrypt_recording(path, ring.read_data_key())
    plain = decrypt_recording(path, ring.recording_key())
    container = av.open(io.BytesIO(plain))
    levels = {}
    for i, stream in enumerate(container.streams.audio):
        levels[stream.metadata.get("title")] = 0.0
    # the doctor's video: its own lane, VP8 at media.recording_video_fps, frames that decode
    video = [s for s in container.streams.video if s.metadata.get("title") == "doctor-video"]
    assert video and video[0].codec_context.name == "vp8", container.streams
    pictures = [f for f in container.decode(video=0)]
    container.close()
    assert len(pictures) >= 3 and pictures[0].width == 320 and pictures[0].height == 240, len(pictures)
    assert any(p.to_ndarray(format="gray").std() > 5 for p in pictures)   # a picture, not a black frame
    for i, name in enumerate(list(levels)):
        c = av.open(io.BytesIO(plain))
        pcm = np.concatenate([f.to_ndarray().reshape(-1) for f in c.decode(audio=i)])
        c.close()
        levels[name] = float(np.sqrt(np.mean(pcm.astype(np.float32) ** 2)))
    assert levels["room"] > 0.001 and levels["doctor"] > 0.001, levels


def test_recording_export_for_an_admin_audited(call, media_box, tmp_path):
    """`clinic media recording export ID OUT`: an admin's password, the plain Ogg out (0600, it plays), the
    export in the audit chain; a health worker or a wrong password gets nothing (and is audited too)."""
    import json
    import sys

    from appliance.audit.tables import audit_log

    rid = call["end"]["recording_id"]
    config = media_box["settings"].box.data_dir.parent / "appliance.toml"
    clinic = str(Path(sys.executable).parent / "clinic")

    def export(out, password, user="admin"):
        return subprocess.run([clinic, "--config", str(config), "media", "recording", "export", rid, str(out),
                               "--admin", user], input="", capture_output=True, text=True, timeout=110,
                              env={**__import__("os").environ, "CLINIC_ADMIN_PASSWORD": password})

    refused = export(tmp_path / "nope.ogg", "wrong-password")
    assert refused.returncode != 0 and "admin" in refused.stderr and not (tmp_path / "nope.ogg").exists()
    out = tmp_path / "consult.ogg"
    done = export(out, ADMIN_PASSWORD)
    assert done.returncode == 0, done.stderr
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    probe = json.loads(subprocess.run(["ffprobe", "-v", "error", "-show_streams", "-of", "json", str(out)],
                                      capture_output=True, text=True, check=True).stdout)
    assert sorted(s["codec_name"] for s in probe["streams"]) == ["opus", "opus", "vp8"], probe
    decoded = subprocess.run(["ffmpeg", "-v", "error", "-i", str(out), "-map", "0", "-f", "null", "-"],
                             capture_output=True, text=True)
    assert decoded.returncode == 0, decoded.stderr                  # every stream decodes to the end
    again = export(out, ADMIN_PASSWORD)
    assert again.returncode != 0 and "exists" in again.stderr      # never over an existing file
    with media_box["box"].read() as conn:
        rows = [dict(r._mapping) for r in conn.execute(
            select(audit_log).where(audit_log.c.action == "recording.export", audit_log.c.record_id == rid))]
    assert [r["outcome"] for r in rows] == ["denied", "allowed"], rows
    assert rows[1]["username"] == "admin" and media_box["patient"] in rows[1]["patient_ids"]


# ---- bad input: a clear 4xx, nothing started --------------------------------------------------------------

def _post(mb, encounter, body, headers=None):
    return requests.post(f"{mb['url']}/rooms/{encounter}/offer", json=body,
                         headers=mb["headers"] if headers is None else headers, timeout=30)


def _consults(mb) -> int:
    from sqlalchemy import func

    from appliance.consults.tables import video_consults
    with mb["box"].read() as conn:
        return conn.execute(select(func.count()).select_from(video_consults)).scalar()


def test_bad_input_refused_and_nothing_started(media_box, call):
    mb = media_box
    before = _consults(mb)
    good = {"sdp": call["first"].answer_sdp.replace("a=setup:active", "a=setup:actpass"), "type": "offer",
            "ice_servers": ice_servers(mb["settings"]), "doctor_id": "drrao", "consult_id": "consult-2"}
    r = _post(mb, mb["encounter"], {**good, "sdp": "v=0\r\nthis is not sdp at all\r\n"})
    assert r.status_code == 400 and r.headers["content-type"].startswith("application/problem+json"), r.text
    r = _post(mb, mb["encounter"], {**good, "sdp": "garbage" * 10})
    assert r.status_code == 400
    r = _post(mb, mb["encounter"], {**good, "type": "answer"})
    assert r.status_code == 400
    r = _post(mb, mb["encounter"], {**good, "surprise": 1})
    assert r.status_code == 400
    r = requests.post(f"{mb['url']}/rooms/{mb['encounter']}/offer", data=b"{not json", headers=mb["headers"])
    assert r.status_code == 400
    assert _post(mb, "no-such-encounter", good).status_code == 404
    assert _post(mb, mb["closed"], good).status_code == 409
    assert _post(mb, mb["encounter"], good, headers={}).status_code == 401
    assert _post(mb, mb["encounter"], good, headers={"X-Clinic-Media-Secret": "0" * 64}).status_code == 401
    assert requests.get(f"{mb['url']}/rooms/nowhere", headers=mb["headers"]).status_code == 404
    assert requests.delete(f"{mb['url']}/rooms/nowhere", headers=mb["headers"]).status_code == 404
    assert requests.get(f"{mb['url']}/health", headers=mb["headers"]).json()["rooms"] == 0
    assert _consults(mb) == before


def test_second_doctor_refused(media_box):
    """While a doctor holds the room, another doctor's offer is a 409 and changes nothing."""
    async def run():
        import aiohttp
        mb = media_box
        tone = make_clip(mb["tmp"] / "clips", tone_hz=440)
        async with aiohttp.ClientSession(headers=mb["headers"]) as http:
            first, second = Doctor(tone), Doctor(tone)
            try:
                body = {**await first.offer(), "ice_servers": ice_servers(mb["settings"]), "doctor_id": "drrao",
                        "consult_id": "consult-3"}
                async with http.post(f"{mb['url']}/rooms/{mb['encounter']}/offer", json=body) as r:
                    assert r.status == 200
                before = _consults(mb)
                body = {**await second.offer(), "ice_servers": ice_servers(mb["settings"]),
                        "doctor_id": "drother", "consult_id": "consult-4"}
                async with http.post(f"{mb['url']}/rooms/{mb['encounter']}/offer", json=body) as r:
                    assert r.status == 409 and (await r.json())["title"] == "Room taken"
                assert _consults(mb) == before
                async with http.get(f"{mb['url']}/rooms/{mb['encounter']}") as r:
                    assert (await r.json())["doctor_id"] == "drrao"
                async with http.delete(f"{mb['url']}/rooms/{mb['encounter']}") as r:
                    assert r.status == 200
            finally:
                await first.close()
                await second.close()
    run_async(run())


def test_the_kiosk_room_view_gets_the_live_call(call, media_box):
    view = call["kiosk_view"]
    assert view["state"] == "connected" and view["connected"] is True and view["audio_in"] is True
    assert view["video"] in ("on", "off") and view["doctor_id"] == "drrao"
    assert view["quality"]["rtt_ms"] is not None and view["quality"]["level"] in ("good", "fair", "poor")
    assert any("fever" in c["text"].lower() for c in view["captions"]), view["captions"]
    # no call in that room, or the room endpoint not there: states the kiosk shows, not errors
    from appliance.teleconsult.room import ask_room, call_view
    status, room = ask_room(media_box["settings"], media_box["closed"])
    assert status == 404 and call_view({"id": "tc-2", "status": "waiting"}, status, room)["state"] == "no_call"
    other = media_box["settings"].model_copy(update={"media": media_box["settings"].media.model_copy(
        update={"control_port": free_port()})})
    assert call_view({"id": "tc-3", "status": "waiting"}, *ask_room(other, media_box["encounter"]))["state"] == \
        "unavailable"
