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

  const joined = await fetch(`${api}/rooms/${encodeURIComponent(roomId)}/join`, {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ token }) });
  const join = await joined.json();
  if (!joined.ok) { call.errors.push(join.detail); say("refused", join.detail); return call; }
  call.callId = join.call_id;
  mark("joined");
  const auth = { Authorization: `Bearer ${join.call_key}` };

  const send = async (kind, body) => {
    const r = await fetch(`${api}/calls/${join.call_id}/signal`, {
      method: "POST", headers: { ...auth, "Content-Type": "application/json" },
      body: JSON.stringify({ kind, body }) });
    if (!r.ok) { const p = await r.json(); call.errors.push(p.detail); say("error", p.detail); }
    return r.ok;
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
  const offer = async (iceRestart = false) => {
    await pc.setLocalDescription(await pc.createOffer({ iceRestart }));
    await gathered();
    mark("gathered");
    return send("offer", { type: "offer", sdp: pc.localDescription.sdp });
  };

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
  // an answer (or the room's refusal) came: give the new ICE checks their time before another restart
  // (a restart on a live call may never leave "connected": say so again once it is answered)
  call.answered = () => {
    restartSentAt = null;
    if (downSince !== null) downSince = Date.now();
    if (["connected", "completed"].includes(pc.iceConnectionState) && call.state !== "ended") say("in call");
  };
  pc.oniceconnectionstatechange = () => {
    const s = pc.iceConnectionState;
    if (s === "connected" || s === "completed") { downSince = null; mark("connected"); say("in call"); }
    else if (s === "disconnected") { downSince = downSince || Date.now(); say("reconnecting", "link interrupted"); }
    else if (s === "failed") { downSince = downSince || Date.now(); restart(); }
  };
  setInterval(() => {
    if (downSince !== null && call.state !== "ended" && Date.now() - downSince > RESTART_AFTER_MS) restart();
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
          if (m.kind === "answer" && pc.signalingState === "have-local-offer") {
            mark("answered");
            await pc.setRemoteDescription({ type: "answer", sdp: m.sdp });
            call.answered();
          } else if (m.kind === "error") { call.errors.push(m.detail); call.answered(); say("error", m.detail); }
          else if (m.kind === "bye") { hangUp(false); }
        }
      } catch (err) {
        await new Promise((r) => setTimeout(r, 1000));   // the doctor's own link: try again
      }
    }
  };

  const hangUp = (tell = true) => {
    if (call.state === "ended") return;
    if (tell) send("bye", {});
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
    $("quality").textContent = `RTT ${s.rttMs === undefined ? "?" : s.rttMs.toFixed(0)} ms · loss ` +
      `${s.loss === undefined ? "?" : (s.loss * 100).toFixed(1)} % · link estimate ` +
      `${bps === undefined ? "?" : (bps / 1000).toFixed(0)} kbit/s · video ${call.videoSending ? "on" : "off (audio first)"}`;
  };
  setInterval(sample, 1000);

  say("calling");
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
