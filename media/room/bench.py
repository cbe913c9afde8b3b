"""`clinic bench media`: a consult through the real coturn over the link emulator (sync/linkemu.py) at the
3G and 2G profiles. The box (coturn + clinic-media) is in one network namespace, an aiortc doctor peer in
the other; the room plays an espeak-ng sentence on a loop. Figures: call setup, mouth-to-ear audio latency,
caption delay, bitrate on the wire, video on/off, CPU and memory (RSS) of clinic-media with the speech
model. Root only (namespaces); nothing here runs on a box in service."""
from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGETS = {"setup_s": 3.0, "caption_delay_s": 3.0, "cpu_cores": 1.0, "rss_mb": 400.0}


def _proc_cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _proc_mem_mb(pid: int) -> tuple[float, float]:
    status = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    return int(status["VmRSS"].split()[0]) / 1024, int(status["VmHWM"].split()[0]) / 1024


SENTENCE_LAST_WORD = "days"


def _sentence_s(wav: Path) -> float:
    import wave

    with wave.open(str(wav)) as w:
        return w.getnframes() / w.getframerate()


def _wire(link) -> tuple[int, int]:
    """IP bytes (out, in) on the box's end of the link."""
    res = subprocess.run(["ip", "-n", link.box_ns, "-s", "-j", "link", "show", "dev", link.box_dev],
                         capture_output=True, text=True, check=True)
    stats = json.loads(res.stdout)[0]["stats64"]
    return int(stats["tx"]["bytes"]), int(stats["rx"]["bytes"])


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 3) if values else None


def _pair_delays(starts: list[float], ends: list[float], window: float) -> list[float]:
    """For each start, the first end after it within `window` seconds."""
    out = []
    for s in starts:
        after = [e - s for e in ends if 0 <= e - s <= window]
        if after:
            out.append(min(after))
    return out


def bench_profile(name: str, profile: dict, work: Path, *, seconds: float) -> dict:
    from appliance.box import open_box
    from appliance.settings import load_settings, render_settings_toml
    from media.turn.config import write_turn_config
    from media.turn.services import turn_credentials_for
    from provisioning import box as provision
    from provisioning.tls import ensure_tls
    from sync.bench_link import Processes
    from sync.linkemu import BadLink, wait_for

    from .peer import free_port, make_clip, media_toml

    work.mkdir(parents=True, exist_ok=True)
    clip = make_clip(work.parent / "clips")
    tone = make_clip(work.parent / "clips", tone_hz=440)
    procs = Processes()
    link = BadLink(procs, work, **profile)
    doctor = None
    try:
        config, data_dir = work / "appliance.toml", work / "data"
        provision.init_box(config, render_settings_toml("box-bench-1", "BEN", "Bench Clinic", data_dir,
                                                        data_dir / "db.key", free_port(),
                                                        kek_file=work / "kek.key"), "bench-admin-pass-1")
        with open(config, "a") as f:
            f.write(media_toml(listen_ip=link.box_ip, turn_port=free_port(), turns_port=free_port(),
                               relay_low=random.randrange(40000, 60000, 100), allowed=[f"{link.hub_ip}/32"],
                               control_port=free_port(), clip=clip))
        settings = load_settings(config, environ={})
        ensure_tls(data_dir, settings.box.device_id)
        conf = write_turn_config(settings).conf
        box = open_box(settings)
        from appliance.encounters.services import open_encounter
        from appliance.patients.schemas import PatientIn
        from appliance.patients.services import register_patient
        with box.write("bench:setup") as uow:
            p = register_patient(uow, PatientIn(given_name="Bench", family_name="Patient", sex="female",
                                                age_years=40), "BEN")
            encounter = open_encounter(uow, p.get("id") or p["patient"]["id"])["id"]
        box.close()
        procs.spawn(["ip", "netns", "exec", link.box_ns, "turnserver", "-c", str(conf)], work / "turnserver.log")
        os.environ.setdefault("MALLOC_ARENA_MAX", "2")  # as systemd/clinic-media.service sets it
        media = procs.spawn(["ip", "netns", "exec", link.box_ns, str(Path(sys.executable).parent / "clinic-media"),
                             "--config", str(config)], work / "clinic-media.log")
        base = f"http://127.0.0.1:{settings.media.control_port}"
        secret = data_dir / "media" / "control.secret"

        def control(method: str, path: str, body: dict | None = None) -> dict:
            res = subprocess.run(["ip", "netns", "exec", link.box_ns, sys.executable, "-m", "media.room.peer",
                                  "control", method, base + path, str(secret)],
                                 input=json.dumps(body) if body is not None else "", capture_output=True,
                                 text=True, timeout=90)
            if res.returncode != 0:
                return {"status": 0, "body": res.stderr[-500:]}
            return json.loads(res.stdout)

        def healthy() -> bool:
            if media.poll() is not None:
                raise AssertionError(f"clinic-media exited:\n{(work / 'clinic-media.log').read_text()[-3000:]}")
            return secret.exists() and control("GET", "/health")["status"] == 200
        wait_for("clinic-media to serve", healthy, timeout=120, every=0.5)

        doctor = subprocess.Popen(["ip", "netns", "exec", link.hub_ns, sys.executable, "-m", "media.room.peer",
                                   "doctor", str(tone), str(seconds)], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=open(work / "doctor.log", "wb"), text=True)
        offer = json.loads(doctor.stdout.readline())["offer"]
        cred = turn_credentials_for(settings, "bench-doctor")
        ice = [{"urls": [u for u in cred.uris if "transport=udp" in u], "username": cred.username,
                "credential": cred.credential}]
        answered = control("POST", f"/rooms/{encounter}/offer", {**offer, "ice_servers": ice,
                                                                 "doctor_id": "bench-doctor",
                                                                 "consult_id": f"bench-{name}"})
        if answered["status"] != 200:
            raise AssertionError(f"the offer was refused: {answered}")
        doctor.stdin.write(json.dumps({"answer": answered["body"]}) + "\n")
        doctor.stdin.flush()
        # the window: from a few seconds after the answer to the doctor's report
        time.sleep(4)
        cpu0, bytes0, t0 = _proc_cpu_s(media.pid), _wire(link), time.monotonic()
        seen = json.loads(doctor.stdout.readline())["seen"]
        cpu1, bytes1, t1 = _proc_cpu_s(media.pid), _wire(link), time.monotonic()
        rss, peak = _proc_mem_mb(media.pid)
        room = control("GET", f"/rooms/{encounter}")["body"]
        control("DELETE", f"/rooms/{encounter}")
        onsets = room.get("room_onsets", [])
        heard = _pair_delays(onsets, seen["onsets"], 1.5)
        # caption delay: from the end of the spoken sentence to the caption holding its last word
        last_word = SENTENCE_LAST_WORD
        whole = [c["at"] for c in seen["captions"] if last_word in c["text"].lower()]
        first_word = [c["at"] for c in seen["captions"] if "patient" in c["text"].lower()]
        spoken = _sentence_s(work.parent / "clips" / "sentence.wav")
        sentence_delay = _pair_delays([o + spoken for o in onsets], whole, 5.0)
        first_word_delay = _pair_delays(onsets, first_word, 5.0)
        captions = [c for c in seen["captions"] if c["text"].strip()]
        return {
            "profile": name, **profile,
            "setup_s": None if not seen["connected_at"] else round(seen["connected_at"] - seen["offered_at"], 3),
            "mouth_to_ear_ms": None if not heard else round(statistics.median(heard) * 1000),
            "caption_delay_s": _median(sentence_delay),
            "caption_first_word_s": _median(first_word_delay),
            "captions": len(captions),
            "caption_text": next((c["text"] for c in seen["captions"] if c.get("final")), None),
            "box_out_kbps": round((bytes1[0] - bytes0[0]) * 8 / 1000 / (t1 - t0), 1),
            "box_in_kbps": round((bytes1[1] - bytes0[1]) * 8 / 1000 / (t1 - t0), 1),
            "room_send_kbps": room.get("quality", {}).get("send_kbps"),
            "video": room.get("video"), "video_frames_at_doctor": seen["video_frames"],
            "degradations": room.get("degradations"),
            "audio_level_at_doctor": round(seen["audio_level"], 4),
            "cpu_cores": round((cpu1 - cpu0) / (t1 - t0), 3),
            "rss_mb": round(rss, 1), "peak_rss_mb": round(peak, 1),
            "window_s": round(t1 - t0, 1),
        }
    finally:
        if doctor is not None and doctor.poll() is None:
            doctor.kill()
            doctor.wait(5)
        procs.stop_all()
        link.close()


def run_media_bench(profiles: list[str], seconds: float) -> dict:
    from sync.linkemu import PROFILES, unavailable_reason

    reason = unavailable_reason()
    if reason:
        raise RuntimeError(f"clinic bench media needs network namespaces: {reason}")
    work = Path(tempfile.mkdtemp(prefix="clinic-bench-media-"))
    results = [bench_profile(name, PROFILES[name], work / name, seconds=seconds) for name in profiles]
    for r in results:
        r["targets_met"] = {
            "setup_s": r["setup_s"] is not None and (r["profile"] != "3g" or r["setup_s"] <= TARGETS["setup_s"]),
            "caption_delay_s": r["caption_delay_s"] is not None and r["caption_delay_s"] <= TARGETS["caption_delay_s"],
            "cpu_cores": r["cpu_cores"] <= TARGETS["cpu_cores"],
            "rss_mb": r["peak_rss_mb"] <= TARGETS["rss_mb"]}
    return {"profiles": results, "targets": TARGETS, "cores": os.cpu_count(), "work_dir": str(work)}


def print_report(report: dict) -> str:
    rows = [("profile", "setup s", "mouth-ear ms", "caption s (1st word)", "box out/in kbit/s", "video", "cpu cores",
             "RSS MB (peak)")]
    for r in report["profiles"]:
        rows.append((f"{r['profile']} ({r['rate_kbit']} kbit/s, {r['delay_ms']} ms, {r['loss']:.0%})",
                     str(r["setup_s"]), str(r["mouth_to_ear_ms"]),
                     f"{r['caption_delay_s']} ({r['caption_first_word_s']})", f"{r['box_out_kbps']}/{r['box_in_kbps']}",
                     f"{r['video']} ({r['video_frames_at_doctor']} frames)", str(r["cpu_cores"]),
                     f"{r['rss_mb']} ({r['peak_rss_mb']})"))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths)) for row in rows]
    t = report["targets"]
    lines.append(f"targets: setup <= {t['setup_s']} s on 3G, caption delay <= {t['caption_delay_s']} s, "
                 f"<= {t['cpu_cores']} core, <= {t['rss_mb']} MB; on {report['cores']} cores")
    for r in report["profiles"]:
        missed = [k for k, ok in r["targets_met"].items() if not ok]
        lines.append(f"{r['profile']}: {'all targets met' if not missed else 'missed: ' + ', '.join(missed)}; "
                     f"{r['captions']} captions, e.g. {r['caption_text']!r}; video stopped {r['degradations']} times")
    return "\n".join(lines)
