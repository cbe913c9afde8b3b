// The signed-in staff member: bearer token in sessionStorage (gone when the browser closes),
// who they are and what they may do. The kiosk locks itself after a quiet spell.

const KEY = "kiosk.session";
const LOCKED_KEY = "kiosk.locked";
const DEVICE_KEY = "kiosk.device";

export function currentSession() {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) || "null");
  } catch {
    return null;
  }
}

export function saveSession(value) {
  sessionStorage.setItem(KEY, JSON.stringify(value));
  sessionStorage.removeItem(LOCKED_KEY);
}

export function clearSession() {
  sessionStorage.removeItem(KEY);
}

export function may(permission) {
  return Boolean(currentSession()?.permissions?.includes(permission));
}

export function lockedUser() {
  try {
    return JSON.parse(sessionStorage.getItem(LOCKED_KEY) || "null");
  } catch {
    return null;
  }
}

export function rememberLockedUser(staff) {
  sessionStorage.setItem(LOCKED_KEY, JSON.stringify(staff));
}

export function forgetLockedUser() {
  sessionStorage.removeItem(LOCKED_KEY);
}

// A stable id for this browser, sent as X-Clinic-Device so the audit log names the kiosk.
export function deviceId() {
  let id = localStorage.getItem(DEVICE_KEY);
  if (!id) {
    id = "kiosk-" + Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, "0")).join("");
    localStorage.setItem(DEVICE_KEY, id);
  }
  return id;
}

// Inactivity: any touch, click or key counts; after lockSeconds of none, onIdle() runs once.
export function watchIdle(lockSeconds, onIdle) {
  let last = Date.now();
  const touch = () => { last = Date.now(); };
  for (const type of ["pointerdown", "keydown", "input", "wheel", "touchstart"]) {
    window.addEventListener(type, touch, { capture: true, passive: true });
  }
  setInterval(() => {
    if (currentSession() && Date.now() - last >= lockSeconds * 1000) {
      last = Date.now();
      onIdle();
    }
  }, 1000);
  return touch;
}
