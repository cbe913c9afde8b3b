// The remote doctor on a visit: "Request doctor", the request's status as the hub's doctor moves it (polled),
// what the doctor wrote (signed note, diagnoses, prescriptions) marked as remote, and the room view the clinic
// PC shows during the call.

import { ApiError, get, post } from "../api.js";
import { h, replace } from "../dom.js";
import { dateTime } from "../format.js";
import { t } from "../i18n.js";
import { may } from "../session.js";
import { errorBox, field, formSubmit, patientBanner, section } from "../ui.js";
import { SPECIALTIES, specialtyName } from "./triage.js";
import { prescriptionItem } from "./patient.js";

const OPEN = ["waiting", "joining", "in_call"];
const CANCELLABLE = ["waiting", "joining"];
const REMOTE = "doctor:";
const STATUS_POLL_MS = 3000;
const CALL_POLL_MS = 2000;

export const isRemote = (actor) => typeof actor === "string" && actor.startsWith(REMOTE);

// "Dr X (remote)": the name the hub sent with the request (its own "Dr" not said twice), else "a remote
// doctor" — never the doctor's internal hub id.
export function remoteName(actor, requests = []) {
  const id = actor.slice(REMOTE.length);
  const named = requests.find((r) => r.doctor_id === id && r.doctor_name);
  if (!named) return t("tele.remote_doctor_unnamed");
  return t("tele.remote_doctor", { name: named.doctor_name.replace(/^\s*(dr\.?|doctor)\s+/i, "") });
}

// The visit screen's section: the request (or the form to make one) and, below, what the doctor wrote.
export function teleconsultSection(enc, initialTriage) {
  const area = h("div", { class: "teleconsult", "data-testid": "teleconsult" });
  const work = h("div", { class: "remote-work", "data-testid": "remote-work" });
  const eid = encodeURIComponent(enc.id);
  let requests = [];
  let timer = null;
  let triage = initialTriage;
  // The visit screen says when its triage changed (triaged, decided, re-run on vitals): the form below
  // must say what the box will send now, not what it was when the screen was drawn.
  let triaged = false;
  const onTriage = () => {
    if (!area.isConnected) return document.removeEventListener("triage-changed", onTriage);
    triaged = true;
    draw().catch((err) => replace(area, errorBox(err, draw)));
  };
  document.addEventListener("triage-changed", onTriage);

  async function refreshWork() {
    replace(work, await remoteWork(enc, requests).catch((err) => errorBox(err)));
  }

  async function draw() {
    [requests, triage] = await Promise.all([
      get(`/encounters/${eid}/teleconsults`).then((r) => r.results),
      triaged ? get(`/encounters/${eid}/triage`) : triage,
    ]);
    const current = requests.find((r) => OPEN.includes(r.status)) || requests[0];
    const canAsk = enc.status === "open" && may("teleconsult.write") && !(current && OPEN.includes(current.status));
    replace(area, ...readyNotices(requests), current ? requestCard(current, draw) : null,
      canAsk ? requestForm(enc, triage, draw) : null);
    await refreshWork();
    if (current && (OPEN.includes(current.status) || current.status === "done")) watch(current);
  }

  // The status route carries no personal data and is not audited: polled while the request is open, and
  // once done while the doctor's prescription may still be on its way (or waits at the pharmacy).
  function watch(request) {
    clearInterval(timer);
    let seen = `${request.status}/${request.prescriptions_ready.length}/${request.note_signed}`;
    timer = setInterval(async () => {
      if (!area.isConnected) return clearInterval(timer);
      if (document.hidden) return;
      try {
        const now = await get(`/teleconsults/${encodeURIComponent(request.id)}/status`);
        if (`${now.status}/${now.prescriptions_ready}/${now.note_signed}` !== seen) {
          seen = `${now.status}/${now.prescriptions_ready}/${now.note_signed}`;
          clearInterval(timer);
          await draw();
        }
      } catch { /* the next tick tries again */ }
    }, STATUS_POLL_MS);
  }

  draw().catch((err) => replace(area, errorBox(err, draw)));
  return section(t("tele.title"), area, work);
}

// "Prescription from Dr X ready — dispense at the pharmacy", whatever the role: no drug named here (the
// prescription's lines are shown below only to roles that read prescriptions).
function readyNotices(requests) {
  return requests.filter((r) => r.prescriptions_ready?.length).map((r) =>
    h("p", { class: "alert alert-rx-ready", role: "status", "data-testid": "rx-ready", "data-count": r.prescriptions_ready.length },
      t("tele.rx_ready", { doctor: remoteName(`${REMOTE}${r.doctor_id}`, requests) })));
}

function requestCard(r, redraw) {
  const status = h("div", { class: "form-status" });
  const cancel = async () => {
    try {
      await post(`/teleconsults/${encodeURIComponent(r.id)}/cancel`);
      await redraw();
    } catch (err) {
      replace(status, errorBox(err));
    }
  };
  return h("div", { class: `tele-request tele-${r.status}`, "data-testid": "teleconsult-status", "data-status": r.status },
    h("p", {}, h("span", { class: `badge tele-badge tele-badge-${r.status}` }, t(`tele.status.${r.status}`)), " ",
      // "Emergency · Emergency" said nothing twice: the specialty only when it is not the level's own name
      ...(specialtyName(r.specialty) !== t(`level.${r.urgency}`) ? [specialtyName(r.specialty), " · "] : []),
      t(`level.${r.urgency}`), r.urgency_confirmed === false ? [" ", h("span", { class: "badge", "data-testid": "urgency-unconfirmed" }, t("tele.suggested_unconfirmed"))] : null,
      " · ", h("span", { class: "muted" }, dateTime(r.requested_at))),
    r.doctor_id ? h("p", {}, t("tele.doctor", { name: r.doctor_name || t("tele.remote_doctor_unnamed") })) : null,
    r.note ? h("p", { class: "muted" }, r.note) : null,
    h("div", { class: "actions" },
      OPEN.includes(r.status) ? h("a", { href: `/kiosk/room/${encodeURIComponent(r.id)}`, "data-link": "", class: "btn", "data-testid": "room-link" }, t("tele.room")) : null,
      // A signed note is the doctor's work done (a phone consult has no call): nothing left to cancel.
      CANCELLABLE.includes(r.status) && !r.doctor_signed && may("teleconsult.write")
        ? h("button", { type: "button", class: "btn btn-quiet", "data-testid": "cancel-doctor", onclick: cancel }, t("tele.cancel")) : null),
    status);
}

function suggestedSpecialty(triage) {
  if (!triage) return null;
  const d = triage.decision;
  if (d && d.decided_at >= triage.suggestion.created_at) return d.specialty;
  return triage.suggestion.result.specialties?.[0] || null;
}

const LEVELS = ["emergency", "urgent", "routine", "self_care"];

// The urgency the box will send, by the box's rule (teleconsult/services.py _triage_of): the clinician's
// decision when it is the latest word, else the checker's suggestion, not confirmed — and an older decision
// more urgent than a newer suggestion keeps its level (an emergency is never sent as less).
export function urgencyToSend(triage) {
  if (!triage) return null;
  const d = triage.decision;
  if (d && d.decided_at >= triage.suggestion.created_at) return { level: d.level, confirmed: true };
  let level = triage.suggestion.result.level;
  if (d && LEVELS.indexOf(d.level) < LEVELS.indexOf(level)) level = d.level;
  return { level, confirmed: false };
}

// The box takes the triage's specialty ("" sends none) and refuses (409, shown) a visit not yet triaged;
// the form says which urgency it will send, and whether a clinician confirmed it.
function requestForm(enc, triage, redraw) {
  const suggested = suggestedSpecialty(triage) || "";
  const urgency = urgencyToSend(triage);
  const form = h("form", { class: "form tele-form" },
    urgency
      ? h("p", { class: urgency.level === "emergency" ? "alert alert-error" : "hint", "data-testid": "tele-urgency", "data-level": urgency.level, "data-confirmed": String(urgency.confirmed) },
        t(urgency.confirmed ? "tele.urgency_confirmed" : "tele.urgency_suggested", { level: t(`level.${urgency.level}`) }))
      : h("p", { class: "hint" }, t("tele.triage_first")),
    field(t("triage.specialty"), h("select", { name: "specialty" },
      triage ? null : h("option", { value: "" }, t("tele.specialty_from_triage")),
      SPECIALTIES.map((s) => h("option", { value: s, selected: s === suggested ? true : null }, specialtyName(s))))),
    field(t("tele.note"), h("textarea", { name: "note", rows: 2, maxlength: 500 })),
    h("button", { type: "submit", class: "btn btn-primary", "data-testid": "request-doctor" }, t("tele.request")));
  form.elements.specialty.value = suggested;
  formSubmit(form, {
    draftKey: `teleconsult:${enc.id}`,
    handler: async (v) => {
      await post(`/encounters/${encodeURIComponent(enc.id)}/teleconsults`,
        { ...(v.specialty ? { specialty: v.specialty } : {}), ...(v.note?.trim() ? { note: v.note.trim() } : {}) });
      await redraw();
    },
  });
  return form;
}

// What the remote doctor wrote on this visit: the signed note, diagnoses, prescriptions (ready to dispense).
async function remoteWork(visit, requests) {
  const eid = encodeURIComponent(visit.id);
  const [enc, note, rxs, refs] = await Promise.all([
    get(`/encounters/${eid}`), // read again: the doctor's diagnoses arrive after the screen was drawn
    // The doctor may sign before or after ending the call: the note is asked for once a request says it is
    // signed, and only by a role that may read notes (others are told it is signed, not what it says).
    requests.some((r) => r.note_signed) && may("encounters.read")
      ? get(`/encounters/${eid}/soap`).catch((err) => { if (err instanceof ApiError && err.status === 404) return null; throw err; })
      : null,
    may("prescriptions.read") ? get(`/patients/${encodeURIComponent(visit.patient_id)}/prescriptions`) : { results: [] },
    // a consult's referrals (asked for only once the visit has a request for a doctor)
    requests.length && may("encounters.read") ? get(`/patients/${encodeURIComponent(visit.patient_id)}/referrals`) : { results: [] },
  ]);
  const referrals = refs.results.filter((r) => r.encounter_id === visit.id);
  const signed = note?.signature ? note : null;
  const signedUnread = !signed && requests.some((r) => r.note_signed);
  const diagnoses = enc.diagnoses.filter((d) => isRemote(d.recorded_by));
  const prescriptions = rxs.results.filter((rx) => rx.encounter_id === enc.id && isRemote(rx.prescriber));
  if (!signed && !signedUnread && !diagnoses.length && !prescriptions.length && !referrals.length) return null;
  return h("div", { class: "remote-notes" },
    h("h3", {}, t("tele.from_doctor")),
    signed ? signedNote(signed, requests) : null,
    signedUnread ? h("p", { class: "alert alert-ok", "data-testid": "note-signed" }, t("soap.signed_no_access")) : null,
    diagnoses.length ? h("ul", { class: "list", "data-testid": "remote-diagnoses" }, diagnoses.map((d) => h("li", { class: "list-item" },
      h("strong", {}, d.text), d.code ? ` (${d.code})` : "", " ", h("span", { class: "badge" }, t(`certainty.${d.certainty}`)),
      h("p", { class: "muted" }, remoteName(d.recorded_by, requests))))) : null,
    prescriptions.length ? h("ul", { class: "list", "data-testid": "remote-prescriptions" }, prescriptions.map((rx) => {
      const item = prescriptionItem(rx);
      item.append(h("p", { class: "muted" }, remoteName(rx.prescriber, requests)),
        rx.status === "active" ? h("p", { class: "badge badge-ready" }, t("tele.ready_to_dispense")) : null);
      return item;
    })) : null,
    // Where the patient is sent: a clinic of the network, or a facility outside it (named, marked so).
    referrals.length ? h("div", { class: "referrals", "data-testid": "referrals" }, h("h4", {}, t("referral.title")),
      h("ul", { class: "list" }, referrals.map((r) => h("li", { class: "list-item" },
        h("strong", {}, t("referral.to", { place: r.outside ? t("referral.outside", { place: r.to_facility }) : r.to_clinic })),
        h("p", {}, r.reason),
        h("p", { class: "muted" }, isRemote(r.referred_by) ? remoteName(r.referred_by, requests) : "", " ", dateTime(r.referred_at)))))) : null);
}

export function signedNote(note, requests, localName = (actor) => actor) {
  const sections = note.latest.sections;
  return h("div", { class: "signed-note", "data-testid": "remote-note" },
    ["subjective", "objective", "assessment", "plan"].filter((s) => sections[s]?.length).map((s) =>
      h("div", { class: "soap-section" }, h("strong", {}, t(`soap.${s}`)), h("p", {}, sections[s].join(" ")))),
    h("p", { class: "muted signed-by" }, t("tele.signed_by", {
      who: isRemote(note.signature.signed_by) ? remoteName(note.signature.signed_by, requests) : localName(note.signature.signed_by),
      when: dateTime(note.signature.signed_at) })));
}

// The room view on the clinic PC: the patient sees and hears the doctor. The doctor's audio and video come
// from the room endpoint (clinic-media) over the clinic LAN (a WebRTC connection of their own, host candidates
// only); the status line follows the request; the call panel the box's view of the call.
export async function roomScreen(main, teleconsultId) {
  const tid = encodeURIComponent(teleconsultId);
  const r = await get(`/teleconsults/${tid}`);
  const patient = await get(`/patients/${encodeURIComponent(r.patient_id)}`);
  const statusLine = h("p", { class: "room-status", "data-testid": "room-status", "data-status": r.status, "aria-live": "polite" },
    t(`tele.status.${r.status}`));
  const player = h("video", { class: "room-remote", autoplay: true, playsinline: true, "data-testid": "room-remote" });
  const note = h("p", { class: "room-placeholder", "data-testid": "room-view-note" }, t("tele.video_placeholder"));
  const meter = h("meter", { class: "room-level", min: 0, max: 1, value: 0, "aria-label": t("tele.view.sound_level"),
    "data-testid": "room-level" });
  const hear = h("button", { type: "button", class: "btn btn-primary room-hear", hidden: true, "data-testid": "room-hear",
    onclick: () => { player.muted = false; player.play().then(() => { hear.hidden = true; }).catch(() => {}); } },
  t("tele.view.tap_to_hear"));
  const video = h("div", { class: "room-video", "data-testid": "room-video", "data-teleconsult": r.id, "data-view": "none" },
    player, note, h("div", { class: "room-view-bar" }, meter, hear));
  const call = h("div", { class: "room-call", "data-testid": "room-call", "data-state": "", "aria-live": "polite" });
  replace(main, patientBanner(patient),
    section(t("tele.room_title"), statusLine, call, video,
      h("div", { class: "actions" }, h("a", { href: `/kiosk/visit/${encodeURIComponent(r.encounter_id)}`, "data-link": "", class: "btn" }, t("tele.back_to_visit")))));
  const view = roomView(tid, video, player, note, meter, hear);
  // The call's live state, from the box (which asks the room endpoint, clinic-media): polled while shown.
  const drawCall = async () => {
    try {
      const c = await get(`/teleconsults/${tid}/call`);
      if (call.isConnected) {
        drawCallPanel(call, c, video);
        await view.follow(c);
      }
    } catch { /* the next tick tries again */ }
  };
  drawCall();
  const callTimer = setInterval(() => {
    if (!main.isConnected || !call.isConnected || !video.isConnected) {
      view.close();
      return clearInterval(callTimer);
    }
    if (!document.hidden) drawCall();
  }, CALL_POLL_MS);
  let seen = r.status;
  const timer = setInterval(async () => {
    if (!main.isConnected || !statusLine.isConnected) return clearInterval(timer);
    try {
      const now = await get(`/teleconsults/${tid}/status`);
      if (now.status !== seen) {
        seen = now.status;
        statusLine.dataset.status = now.status;
        replace(statusLine, t(`tele.status.${now.status}`));
      }
    } catch { /* the next tick tries again */ }
  }, STATUS_POLL_MS);
}

const LIVE = ["connecting", "connected", "disconnected"];

// The clinic PC's own connection to the room endpoint: made once the call is up, receive-only, no ICE
// servers (the box is on the same LAN), offered with every candidate gathered (no trickle), remade when it
// fails; closed when the call ends or the screen is left. `data-view` on the panel: none | connecting |
// audio_only | video | failed (what the note under the picture says).
function roomView(tid, panel, player, note, meter, hear) {
  let pc = null;
  let busy = false;
  let lastBytes = 0;
  const stream = new MediaStream();
  player.srcObject = stream;

  const show = (state) => {
    panel.dataset.view = state;
    const key = { none: "tele.view.waiting", connecting: "tele.view.connecting", audio_only: "tele.view.audio_only",
      failed: "tele.view.failed" }[state];
    note.hidden = !key;
    if (key) replace(note, t(key));
  };

  const close = () => {
    if (pc) pc.close();
    pc = null;
    for (const track of stream.getTracks()) stream.removeTrack(track);
  };

  async function connect() {
    close();
    const conn = new RTCPeerConnection({ iceServers: [] });
    pc = conn;
    conn.addTransceiver("audio", { direction: "recvonly" });
    conn.addTransceiver("video", { direction: "recvonly" });
    conn.ontrack = (e) => {
      stream.addTrack(e.track);
      player.play().catch(() => {
        // no gesture yet: play muted (the picture shows) and offer a button that turns the sound on
        player.muted = true;
        hear.hidden = false;
        player.play().catch(() => {});
      });
    };
    await conn.setLocalDescription(await conn.createOffer());
    await new Promise((resolve) => {
      if (conn.iceGatheringState === "complete") return resolve();
      const done = () => { if (conn.iceGatheringState === "complete") resolve(); };
      conn.addEventListener("icegatheringstatechange", done);
      setTimeout(resolve, 3000); // host candidates come at once; never wait long for more
    });
    const answer = await post(`/teleconsults/${tid}/view`, { sdp: conn.localDescription.sdp, type: "offer" });
    if (pc !== conn) return;
    await conn.setRemoteDescription(answer);
  }

  // The doctor's sound as this screen receives it (the meter; data-audio-bytes for whoever checks).
  async function measure() {
    if (!pc) return;
    const stats = await pc.getStats();
    let level = 0;
    stats.forEach((s) => {
      if (s.type === "inbound-rtp" && (s.kind || s.mediaType) === "audio") {
        lastBytes = s.bytesReceived || 0;
        level = s.audioLevel || 0;
      }
    });
    meter.value = level;
    panel.dataset.audioBytes = String(lastBytes);
    panel.dataset.audioLevel = String(level);
    panel.dataset.pc = pc.connectionState;
  }

  async function follow(c) {
    if (!LIVE.includes(c.state)) {
      close();
      show("none");
      return;
    }
    if (busy) return;
    busy = true;
    try {
      if (!pc || ["failed", "closed"].includes(pc.connectionState)) {
        show("connecting");
        await connect();
      }
      await measure();
      const pictured = c.doctor_video && player.videoWidth > 0;
      show(pc.connectionState === "connected" ? (pictured ? "video" : "audio_only") : pc.connectionState === "failed" ? "failed" : "connecting");
    } catch {
      close();
      show("failed");
    } finally {
      busy = false;
    }
  }

  show("none");
  return { follow, close };
}

function onOff(key, on) {
  return h("span", { class: `badge call-${key} call-${on ? "on" : "off"}`, "data-testid": `room-${key}`, "data-on": on ? "1" : "0" },
    t(`tele.call.${key}_${on ? "on" : "off"}`));
}

// connected or not, the doctor's sound, video on/off (off on a weak link: audio first), quality, captions.
function drawCallPanel(panel, c, video) {
  panel.dataset.state = c.state;
  video.dataset.call = c.state;
  const q = c.quality;
  replace(panel,
    h("p", { class: `call-state call-state-${c.state}`, "data-testid": "room-connection" }, t(`tele.call.state.${c.state}`)),
    c.state === "no_call" || c.state === "unavailable" ? null : h("p", { class: "call-media" },
      onOff("audio", c.audio_in), " ", onOff("video", c.video === "on"), " ",
      q ? h("span", { class: `badge call-quality call-quality-${q.level}`, "data-testid": "room-quality", "data-level": q.level },
        t(`tele.call.quality.${q.level}`), q.rtt_ms != null ? ` · ${Math.round(q.rtt_ms)} ms` : "") : null),
    c.captions.length ? h("div", { class: "room-captions", "data-testid": "room-captions" },
      h("h3", {}, t("tele.call.captions")),
      c.captions.map((cap) => h("p", { class: cap.final ? "caption" : "caption caption-partial" }, cap.text))) : null);
}
