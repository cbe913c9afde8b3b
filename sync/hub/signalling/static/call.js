// The doctor's side of a teleconsult: join a room with a single-use token, relay-only WebRTC to the
// clinic's room endpoint through the hub's signalling, captions and chat on data channels, an ICE
// restart (same call, no new join) after a cut link, and video dropped when the link cannot carry it.
// One module, no dependencies: the doctor's console embeds call_panel.html and calls startCall().

// Audio first: a call starts with audio only (Opus capped at LOW_AUDIO_BPS) and video joins once the
// link's estimate shows it can carry it; under the floor video stops again and audio is capped. A 2G
// link (64 kbit/s) never carries video: its queue would delay audio and captions by tens of seconds.
// Chrome's estimate alone is not enough while only audio flows (it stays at its start value on a link
// it has not filled), so round trip and loss (over LOSS_WINDOW seconds) must also look like 3G or better.
const VIDEO_FLOOR_BPS = 150_000;      // below this estimate for LOW_SAMPLES seconds: video off, audio capped
const VIDEO_BACK_BPS = 350_000;       // above it for HIGH_SAMPLES seconds (and RTT, loss good): video on
const GOOD_RTT_MS = 320, POOR_RTT_MS = 450;
const GOOD_LOSS = 0.03, POOR_LOSS = 0.045, LOSS_WINDOW = 5;
const LOW_SAMPLES = 3, HIGH_SAMPLES = 3;
const LOW_AUDIO_BPS = 20_000;
// A short cut recovers by itself ("disconnected" → "connected", same transports). A cut past the room
// endpoint's ICE consent (~30 s) does not: the room's ICE gives up, while Chromium can sit in
// "disconnected" for minutes without reaching "failed". So ICE restarts (a new offer on the same call,
// answered in place by the room: same DTLS, same tracks) on "failed", or after RESTART_AFTER_MS of
// "disconnected". One restart offer is outstanding at a time: the next waits for its answer (the box may
// be out of reach; the hub holds the offer until it is back) or for RESTART_RETRY_MS without one.
const RESTART_AFTER_MS = 12_000;
const RESTART_RETRY_MS = 45_000;
// The clinic's side must answer. A box listening for calls is handed an offer within a round trip (the hub
// re-reads every 150 ms; 2G ~1-2 s), clinic-media answers in under a second, and a room that hangs is given
// up on by the box after 15 s (sync/signal.py MEDIA_TIMEOUT_S), which then says so; setup measured 1.5-3.8 s
// on 3G. ANSWER_WAIT_MS covers the 15 s plus two 2G round trips and the box's backoff after a cut (4 s):
// past it the doctor is told plainly and offered Retry, not left on "calling". Sooner when the hub knows no
// box of the clinic is listening (clinic_signalling "absent": none polled in the last 30 s).
const ANSWER_WAIT_MS = 25_000;
// Answered, but no media: ICE through the hub's relay connects in ~1-3 s even on 2G.
const CONNECT_WAIT_MS = 30_000;
const PROBLEMS = {
  not_connected: "The clinic is not connected to the call: its box is not listening for calls (switched off, " +
    "offline, or its call service is not running). Phone the clinic and ask them to check that the clinic box " +
    "is on and online, then press Retry.",
  room_unavailable: "The clinic's video system is not running, so the call cannot start. Phone the clinic and " +
    "ask them to restart the clinic box (or its video service, clinic-media), then press Retry.",
  no_answer: "The clinic has not answered the call. Phone the clinic and ask them to check the clinic box, " +
    "then press Retry.",
  refused: "The clinic's room refused the call ({detail}). Phone the clinic, then press Retry.",
  no_media: "The clinic answered, but no sound or video gets through (their link or the hub's relay). " +
    "Phone the clinic, then press Retry.",
  lost_clinic: "The connection to the clinic was lost: the clinic box is no longer connected to the hub (its " +
    "link is down or it was switched off). This page keeps trying; phone the clinic, then press Retry.",
  lost: "The connection to the clinic was lost and has not come back. Phone the clinic, then press Retry.",
};

// The number to ring, under every problem (each says "phone the clinic"): a tap-to-call tel: link with the
// clinic and who answers, as the hub admin set it on the clinic's console page; or that the hub has none.
const showPhone = (el, clinicId, contact) => {
  el.replaceChildren();
  if (!contact || !contact.phone) {
    el.textContent = `The hub has no phone number for clinic ${clinicId}: a hub admin adds it on the clinic's ` +
      "page in the console.";
    return;
  }
  el.append(`Phone clinic ${clinicId}${contact.name ? ` (${contact.name})` : ""}: `);
  const link = document.createElement("a");
  link.href = `tel:${contact.phone}`;
  link.textContent = contact.phone;
  link.dataset.callPhoneLink = "";
  el.append(link);
};

export async function startCall(root, { roomId, token, api = "/v1", video = true } = {}) {
  const $ = (name) => root.querySelector(`[data-call-${name}]`);
  const call = { state: "joining", stats: {}, captions: [], chat: [], restarts: 0, videoSending: false,
                 errors: [], times: { start: performance.now() } };
  const mark = (what) => { call.times[what] = call.times[what] || performance.now() - call.times.start; };
  window.clinicCall = call;
  const say = (state, detail = "") => {
    call.state = state;
    $("state").textContent = detail ? `${state}: ${detail}` : state;
  };
  // What is wrong and what to do, shown until the call gets through (it may still: Retry, or a late answer).
  call.problem = null;
  const showProblem = (kind, detail = "") => {
    if (call.state === "ended") return;
    const text = PROBLEMS[kind].replace("{detail}", detail);
    call.problem = { kind, text, at: Date.now() };
    $("problem-text").textContent = text;
    showPhone($("phone"), call.clinicId, call.contact);
    $("problem").hidden = false;
    say("not connected", kind.startsWith("lost") ? "the connection to the clinic was lost" : "the clinic is not in the call");
  };
  const clearProblem = () => {
    if (!call.problem) return;
    call.problem = null;
    $("problem").hidden = true;
    if (call.state === "not connected") say(call.everConnected ? "reconnecting" : "calling");
  };

  const joined = await fetch(`${api}/rooms/${encodeURIComponent(roomId)}/join`, {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ token }) });
  const join = await joined.json();
  if (!joined.ok) { call.errors.push(join.detail); say("refused", join.detail); return call; }
  call.callId = join.call_id;
  call.clinic = join.clinic_signalling || { state: "live" };
  call.clinicId = join.clinic_id;
  call.contact = join.clinic_contact || null;
  mark("joined");
  const auth = { Authorization: `Bearer ${join.call_key}` };

  const send = async (kind, body) => {
    const r = await fetch(`${api}/calls/${join.call_id}/signal`, {
      method: "POST", headers: { ...auth, "Content-Type": "application/json" },
      body: JSON.stringify({ kind, body }) });
    const p = await r.json().catch(() => ({}));
    if (!r.ok) { call.errors.push(p.detail); say("error", p.detail); return null; }
    return p;
  };

  let local;
  try {
    local = await navigator.mediaDevices.getUserMedia({ audio: true, video });
  } catch (err) {
    local = await navigator.mediaDevices.getUserMedia({ audio: true, video: false });
  }
  $("local").srcObject = local;
  const pc = new RTCPeerConnection({ iceServers: join.ice_servers, iceTransportPolicy: "relay" });
  call.pc = pc;
  const audioTrack = local.getAudioTracks()[0], videoTrack = local.getVideoTracks()[0];
  const audioTransceiver = pc.addTransceiver(audioTrack, { direction: "sendrecv", streams: [local] });
  const videoTransceiver = pc.addTransceiver("video", { direction: "sendrecv", streams: [local] });
  call.videoSending = false;          // audio first: video joins when the link can carry it
  const capAudio = async (bps) => {
    const p = audioTransceiver.sender.getParameters();
    if (!p.encodings || !p.encodings.length) p.encodings = [{}];
    if (bps) p.encodings[0].maxBitrate = bps; else delete p.encodings[0].maxBitrate;
    try { await audioTransceiver.sender.setParameters(p); } catch (err) { /* before negotiation */ }
  };
  const setVideo = async (on) => {
    await videoTransceiver.sender.replaceTrack(on ? videoTrack : null);
    await capAudio(on ? null : LOW_AUDIO_BPS);
    call.videoSending = on;
    if (!on) call.videoOffAt = Date.now();
  };
  const remote = new MediaStream();
  $("remote").srcObject = remote;
  pc.ontrack = (e) => { remote.addTrack(e.track); };

  const captions = pc.createDataChannel("captions");
  captions.onmessage = (e) => showCaption(JSON.parse(e.data));
  const chat = pc.createDataChannel("chat");
  chat.onmessage = (e) => showChat(JSON.parse(e.data), "room");
  // A final caption is handed to the hub too: the consult screen drafts the SOAP note from them.
  call.captionsKept = 0;
  const keepCaption = async (c) => {
    try {
      const r = await fetch(`${api}/calls/${join.call_id}/captions`, {
        method: "POST", headers: { ...auth, "Content-Type": "application/json" },
        body: JSON.stringify({ text: c.text }) });
      if (r.ok) call.captionsKept += 1;
    } catch (err) { /* the doctor's own link: the caption stays on screen, the draft misses it */ }
  };
  const showCaption = (c) => {
    call.captions.push(c);
    if (c.type === "caption" && c.final !== false && c.text && c.text.trim()) keepCaption(c);
    const list = $("captions");
    let last = list.lastElementChild;
    if (!last || !last.classList.contains("partial")) { last = document.createElement("li"); list.append(last); }
    last.textContent = c.text;
    last.className = c.final === false ? "partial" : "";
    list.scrollTop = list.scrollHeight;
  };
  const showChat = (m, who) => {
    call.chat.push({ ...m, who });
    const li = document.createElement("li");
    li.textContent = `${who === "me" ? "You" : "Clinic"}: ${m.text}`;
    $("chat").append(li);
  };
  $("chat-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const text = $("chat-text").value.trim();
    if (!text || chat.readyState !== "open") return;
    chat.send(JSON.stringify({ text, at: Date.now() }));
    showChat({ text }, "me");
    $("chat-text").value = "";
  });

  // Non-trickle: the offer goes once its candidates are in it. Right after an ICE restart's
  // setLocalDescription the gathering state still says "complete" (the last generation's) while the
  // description has none of the new candidates yet: wait for them, not only for the state.
  const gathered = () => new Promise((resolve) => {
    const ready = () => pc.iceGatheringState === "complete" &&
      /^a=candidate:/m.test((pc.localDescription && pc.localDescription.sdp) || "");
    if (ready()) return resolve();
    const done = () => { if (ready()) { stop(); resolve(); } };
    const stop = () => { pc.removeEventListener("icegatheringstatechange", done); pc.removeEventListener("icecandidate", done); };
    pc.addEventListener("icegatheringstatechange", done);
    pc.addEventListener("icecandidate", done);
    setTimeout(() => { stop(); resolve(); }, 5000);   // a relay that never answers: offer what was gathered
  });
  // The offer whose answer is awaited: {at, id (the hub's message id, which the box's answer names)}.
  let awaiting = null, answeredAt = null;
  const offer = async (iceRestart = false) => {
    await pc.setLocalDescription(await pc.createOffer({ iceRestart }));
    await gathered();
    mark("gathered");
    const waiting = { at: Date.now(), id: null };
    awaiting = waiting;
    const sent = await send("offer", { type: "offer", sdp: pc.localDescription.sdp });
    if (sent) waiting.id = sent.id; else if (awaiting === waiting) awaiting = null;
    return sent;
  };
  const absent = () => (call.everConnected ? "lost_clinic" : "not_connected");
  const iceUp = () => ["connected", "completed"].includes(pc.iceConnectionState);
  // an answer or error naming an earlier offer than the one awaited (Retry superseded it) is not for us
  const superseded = (m) => Boolean(m.offer_id && awaiting && awaiting.id && m.offer_id !== awaiting.id);

  // ICE restart after a cut: the same call (its key), a new offer; the room endpoint answers it in place.
  let downSince = null, restarting = false, restartSentAt = null;
  const restart = async () => {
    if (restarting || call.state === "ended") return;
    if (restartSentAt !== null && Date.now() - restartSentAt < RESTART_RETRY_MS) return;  // its answer is due
    restarting = true; call.restarts += 1;
    say("reconnecting", "the link was cut; restarting ICE");
    try {
      if (pc.signalingState === "have-local-offer") await pc.setLocalDescription({ type: "rollback" });
      restartSentAt = Date.now();
      if (!(await offer(true))) restartSentAt = null;
    } catch (err) { restartSentAt = null; } finally { restarting = false; }
  };
  call.restartIce = restart;          // the console's "reconnect" button
  // Retry (the doctor phoned the clinic): a new offer on the same call, no new join. An ICE restart once the
  // room has answered (clinic-media answers it in place), else a first offer again.
  const retry = async () => {
    if (call.state === "ended" || restarting) return;
    restarting = true; call.retries = (call.retries || 0) + 1;
    clearProblem();
    say(call.everConnected ? "reconnecting" : "calling", "trying the clinic again");
    try {
      if (pc.signalingState === "have-local-offer") await pc.setLocalDescription({ type: "rollback" });
      restartSentAt = Date.now();
      if (!(await offer(Boolean(pc.remoteDescription)))) restartSentAt = null;
    } catch (err) { restartSentAt = null; } finally { restarting = false; }
  };
  call.retry = retry;
  $("retry").addEventListener("click", () => retry());
  // an answer (or the room's refusal) came: give the new ICE checks their time before another restart
  // (a restart on a live call may never leave "connected": say so again once it is answered)
  call.answered = () => {
    restartSentAt = null;
    if (downSince !== null) downSince = Date.now();
    if (["connected", "completed"].includes(pc.iceConnectionState) && call.state !== "ended") say("in call");
  };
  pc.oniceconnectionstatechange = () => {
    const s = pc.iceConnectionState;
    if (s === "connected" || s === "completed") {
      downSince = null; mark("connected"); call.everConnected = true; clearProblem(); say("in call");
    } else if (s === "disconnected") {
      downSince = downSince || Date.now(); say("reconnecting", "the connection to the clinic was interrupted");
    }
    else if (s === "failed") { downSince = downSince || Date.now(); restart(); }
  };
  // Never "calling" for ever: no answer in ANSWER_WAIT_MS, or answered and no media in CONNECT_WAIT_MS.
  const watch = () => {
    if (call.state === "ended" || call.problem || restarting || iceUp()) return;
    const now = Date.now();
    if (awaiting && now - awaiting.at > ANSWER_WAIT_MS) {
      showProblem(call.clinic.state === "absent" ? absent() : call.everConnected ? "lost" : "no_answer");
    } else if (!awaiting && answeredAt && now - Math.max(answeredAt, downSince || 0) > CONNECT_WAIT_MS) {
      showProblem(call.everConnected ? "lost" : "no_media");
    }
  };
  setInterval(() => {
    if (downSince !== null && call.state !== "ended" && Date.now() - downSince > RESTART_AFTER_MS) restart();
    watch();
  }, 1000);

  let cursor = 0;
  const poll = async () => {
    while (call.state !== "ended") {
      try {
        const r = await fetch(`${api}/calls/${join.call_id}/poll?after=${cursor}&wait=20`, { headers: auth });
        const data = await r.json();
        if (!r.ok) { say("ended", data.detail); break; }
        cursor = data.cursor;
        for (const m of data.messages) {
          if (m.kind === "answer" && pc.signalingState === "have-local-offer" && !superseded(m)) {
            mark("answered");
            awaiting = null; answeredAt = Date.now();
            await pc.setRemoteDescription({ type: "answer", sdp: m.sdp });
            clearProblem();
            call.answered();
          } else if (m.kind === "error" && !superseded(m)) {
            awaiting = null; call.errors.push(m.detail); call.answered();
            showProblem(m.reason === "room_unavailable" ? "room_unavailable" : "refused", m.detail);
          }
          else if (m.kind === "bye") { hangUp(false); }
        }
        // the hub knows no box of the clinic is listening: an offer waiting now waits for nobody
        if (data.clinic_signalling) call.clinic = data.clinic_signalling;
        // (said sooner than a vaguer "no answer" or "lost", and instead of one)
        if (call.clinic.state === "absent" && awaiting && !iceUp() &&
            (!call.problem || ["no_answer", "lost"].includes(call.problem.kind))) showProblem(absent());
      } catch (err) {
        await new Promise((r) => setTimeout(r, 1000));   // the doctor's own link: try again
      }
    }
  };

  const hangUp = (tell = true) => {
    if (call.state === "ended") return;
    if (tell) send("bye", {});
    $("problem").hidden = true;
    say("ended");
    pc.close();
    local.getTracks().forEach((t) => t.stop());
  };
  $("hangup").addEventListener("click", () => hangUp());

  // Quality: what arrives (frames decoded, audio level), what the link carries, and video off/on.
  let low = 0, high = 0, last = {};
  const window_ = [];                 // [packets received, packets lost] of the room's audio, per sample
  const sample = async () => {
    if (call.state === "ended") return;
    const s = { at: Date.now() };
    (await pc.getStats()).forEach((r) => {
      if (r.type === "inbound-rtp" && r.kind === "video") { s.framesDecoded = r.framesDecoded || 0; s.videoBytesIn = r.bytesReceived; }
      if (r.type === "inbound-rtp" && r.kind === "audio") {
        s.audioLevel = r.audioLevel || 0; s.audioEnergy = r.totalAudioEnergy || 0; s.audioBytesIn = r.bytesReceived;
        s.audioPacketsLost = r.packetsLost || 0; s.audioPackets = r.packetsReceived || 0; }
      if (r.type === "outbound-rtp" && r.kind === "video") s.videoBytesOut = r.bytesSent;
      if (r.type === "outbound-rtp" && r.kind === "audio") s.audioBytesOut = r.bytesSent;
      if (r.type === "transport" && r.selectedCandidatePairId) s.pairId = r.selectedCandidatePairId;
      if (r.type === "candidate-pair" && r.state === "succeeded" && (r.nominated || r.selected)) {
        s.rttMs = r.currentRoundTripTime ? r.currentRoundTripTime * 1000 : undefined;
        s.availableOutgoingBitrate = r.availableOutgoingBitrate; s.localCandidateId = r.localCandidateId; }
      if (r.type === "local-candidate") (s.localTypes = s.localTypes || []).push(r.candidateType);
    });
    s.maxAudioLevel = Math.max(last.maxAudioLevel || 0, s.audioLevel || 0);
    call.stats = s; last = s;
    const bps = s.availableOutgoingBitrate;
    window_.push([s.audioPackets || 0, s.audioPacketsLost || 0]);
    if (window_.length > LOSS_WINDOW + 1) window_.shift();
    const [r0, l0] = window_[0], [r1, l1] = window_[window_.length - 1];
    s.loss = (r1 - r0 + l1 - l0) > 0 ? (l1 - l0) / (r1 - r0 + l1 - l0) : undefined;
    if (bps !== undefined && s.rttMs !== undefined && s.loss !== undefined && videoTrack) {
      const poor = bps < VIDEO_FLOOR_BPS || s.rttMs > POOR_RTT_MS || s.loss > POOR_LOSS;
      const good = bps > VIDEO_BACK_BPS && s.rttMs < GOOD_RTT_MS && s.loss < GOOD_LOSS && window_.length > LOSS_WINDOW;
      if (poor) { low += 1; high = 0; } else if (good) { high += 1; low = 0; } else { low = 0; high = 0; }
      if (call.videoSending && low >= LOW_SAMPLES) await setVideo(false);
      else if (!call.videoSending && high >= HIGH_SAMPLES) await setVideo(true);
    }
    // no figures of a call that is not through ("RTT ? ms" told the doctor nothing)
    if (!iceUp()) { $("quality").textContent = ""; return; }
    $("quality").textContent = `RTT ${s.rttMs === undefined ? "?" : s.rttMs.toFixed(0)} ms · loss ` +
      `${s.loss === undefined ? "?" : (s.loss * 100).toFixed(1)} % · link estimate ` +
      `${bps === undefined ? "?" : (bps / 1000).toFixed(0)} kbit/s · video ${call.videoSending ? "on" : "off (audio first)"}`;
  };
  setInterval(sample, 1000);

  say("calling");
  if (call.clinic.state === "absent") showProblem("not_connected");
  poll();
  await offer(false);
  await capAudio(LOW_AUDIO_BPS);
  return call;
}

// On the hub's own call page (/call/<room>#token=…) the call starts by itself; the token leaves the
// address bar at once (it is single-use anyway, but it should not sit in history).
const panel = document.querySelector("[data-call]");
const match = location.pathname.match(/^\/call\/([0-9a-f-]{36})$/);
if (panel && match) {
  const params = new URLSearchParams(location.hash.slice(1));
  history.replaceState(null, "", location.pathname);
  startCall(panel, { roomId: match[1], token: params.get("token") || "", video: params.get("video") !== "0" });
}
