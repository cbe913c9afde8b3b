// Recording the complaint from the microphone (MediaRecorder) and sending the raw audio to the
// box's speech engine. The route may be missing (404) or the engine busy/not installed (503):
// the health worker is told, and types instead.

import { api } from "./api.js";

export const MAX_SECONDS = 60;

export function voiceSupported() {
  return Boolean(window.isSecureContext && navigator.mediaDevices?.getUserMedia && window.MediaRecorder);
}

function pickType() {
  for (const type of ["audio/webm;codecs=opus", "audio/ogg;codecs=opus", "audio/webm", "audio/mp4"]) {
    if (MediaRecorder.isTypeSupported(type)) return type;
  }
  return "";
}

// start() resolves to a recording with stop() -> Promise<Blob>.
export async function startRecording(onAutoStop) {
  const stream = await navigator.mediaDevices.getUserMedia({ audio: { channelCount: 1, echoCancellation: true } });
  const mimeType = pickType();
  const recorder = new MediaRecorder(stream, { ...(mimeType ? { mimeType } : {}), audioBitsPerSecond: 32000 });
  const chunks = [];
  recorder.addEventListener("dataavailable", (e) => { if (e.data.size) chunks.push(e.data); });
  const stopped = new Promise((resolve) => recorder.addEventListener("stop", () => {
    stream.getTracks().forEach((track) => track.stop());
    resolve(new Blob(chunks, { type: recorder.mimeType || mimeType || "audio/webm" }));
  }));
  recorder.start(1000);
  const timer = setTimeout(() => { if (recorder.state !== "inactive") { recorder.stop(); onAutoStop?.(); } }, MAX_SECONDS * 1000);
  return {
    stop() {
      clearTimeout(timer);
      if (recorder.state !== "inactive") recorder.stop();
      return stopped;
    },
    stopped,
  };
}

export function transcribe(encounterId, blob) {
  // The Content-Type names the container and codec; the box decodes WebM/Ogg/WAV alike.
  return api("POST", `/encounters/${encodeURIComponent(encounterId)}/audio`, { raw: blob, contentType: blob.type || "audio/webm" });
}
