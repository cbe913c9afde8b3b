// The one way the kiosk talks to the box: /api/v1 JSON, bearer token, problem+json errors.

import { currentSession, deviceId } from "./session.js";

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || (status ? `HTTP ${status}` : "network error"));
    this.status = status; // 0: the box could not be reached
    this.problem = problem || {};
  }
}

let unauthorizedHandler = () => {};

export function onUnauthorized(handler) {
  unauthorizedHandler = handler;
}

// Every request in flight under a session, so that signing out or locking can abort them before the
// token is revoked: one sent a moment before would otherwise land after the revocation as a 401.
const inflight = new Set();

export function abortInflight() {
  for (const controller of inflight) controller.abort();
  inflight.clear();
}

export async function api(method, path, { body, raw, contentType, signal, anonymous } = {}) {
  const headers = { Accept: "application/json", "X-Clinic-Device": deviceId() };
  const session = anonymous ? null : currentSession();
  if (session) headers.Authorization = `Bearer ${session.token}`;
  let payload;
  if (raw !== undefined) {
    payload = raw;
    headers["Content-Type"] = contentType || "application/octet-stream";
  } else if (body !== undefined) {
    payload = JSON.stringify(body);
    headers["Content-Type"] = "application/json";
  }
  const controller = new AbortController();
  if (signal) {
    if (signal.aborted) controller.abort();
    else signal.addEventListener("abort", () => controller.abort(), { once: true });
  }
  if (session) inflight.add(controller);
  let resp;
  let data;
  try {
    try {
      resp = await fetch("/api/v1" + path, { method, headers, body: payload, signal: controller.signal, cache: "no-store" });
    } catch (err) {
      if (err.name === "AbortError") throw err;
      throw new ApiError(0, null);
    }
    if (resp.status === 204) return null;
    data = await resp.json().catch(() => null);
  } finally {
    inflight.delete(controller);
  }
  if (!resp.ok) {
    const err = new ApiError(resp.status, data);
    if (resp.status === 401 && session) unauthorizedHandler(err);
    throw err;
  }
  return data;
}

export const get = (path, opts) => api("GET", path, opts);
export const post = (path, body, opts) => api("POST", path, { ...opts, body });
export const put = (path, body, opts) => api("PUT", path, { ...opts, body });
