// Boot, the router, the frame around every screen (who is signed in, language, lock) and the lock.

import { abortInflight, api, ApiError, onUnauthorized } from "./api.js";
import { h, replace } from "./dom.js";
import { dropDrafts, dropPlainDrafts, forgetDraftKey, hasDraftKey, setDraftKey } from "./drafts.js";
import { navigate, setRedraw } from "./nav.js";
import { initI18n, language, languages, setLanguage, t } from "./i18n.js";
import {
  clearSession, currentSession, forgetLockedUser, lockedUser, may, rememberLockedUser, saveSession, watchIdle,
} from "./session.js";
import { errorBox } from "./ui.js";
import { billingScreen } from "./screens/billing.js";
import { chartScreen } from "./screens/chart.js";
import { patientScreen } from "./screens/patient.js";
import { forgetSearch, patientsScreen } from "./screens/patients.js";
import { queueScreen } from "./screens/queue.js";
import { receiptScreen } from "./screens/receipt.js";
import { registerScreen } from "./screens/register.js";
import { lockScreen, signInScreen } from "./screens/signin.js";
import { smsScreen } from "./screens/sms.js";
import { roomScreen } from "./screens/teleconsult.js";
import { visitScreen } from "./screens/visit.js";

const root = document.getElementById("app");

// Path under /kiosk/ -> [screen, the nav item it belongs to]. Screens draw into `main`.
const ROUTES = [
  [/^$/, patientsScreen, "nav.patients"],
  [/^patients$/, patientsScreen, "nav.patients"],
  [/^patients\/new$/, registerScreen, "nav.patients"],
  [/^patients\/([^/]+)$/, patientScreen, "nav.patients"],
  [/^patients\/([^/]+)\/billing$/, billingScreen, "nav.patients"],
  [/^visit\/([^/]+)$/, visitScreen, "nav.patients"],
  [/^queue$/, queueScreen, "nav.queue"],
  [/^chart\/([^/]+)$/, chartScreen, "nav.queue"],
  [/^receipt\/([^/]+)$/, receiptScreen, "nav.patients"],
  [/^room\/([^/]+)$/, roomScreen, "nav.patients"],
  [/^sms$/, smsScreen, "nav.sms"],
];

function screenPath() {
  return location.pathname.replace(/^\/kiosk\/?/, "").replace(/\/$/, "");
}

let renderSeq = 0;

export async function render() {
  const seq = ++renderSeq;
  document.body.classList.remove("printing-receipt");
  const session = currentSession();
  if (!session) {
    const locked = lockedUser();
    replace(root, bareTopbar(), locked ? lockScreen(locked, afterSignIn, forgetAndSignIn) : signInScreen(afterSignIn));
    return;
  }
  if (!hasDraftKey()) {  // a reload: the draft key lived in memory only; the box gives it again
    try {
      await setDraftKey((await api("GET", "/me")).draft_key);
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) return;  // the session is gone: the lock screen shows
    }
    if (seq !== renderSeq) return;
  }
  const path = screenPath();
  const route = ROUTES.find(([pattern]) => pattern.test(path));
  const main = h("main", { id: "main" });
  replace(root, frame(route ? route[2] : null), main);
  if (!route) {
    replace(main, h("p", { class: "alert alert-error" }, t("error.no_screen")));
    return;
  }
  const params = path.match(route[0]).slice(1).map(decodeURIComponent);
  try {
    await route[1](main, ...params);
  } catch (err) {
    if (seq === renderSeq) replace(main, errorBox(err, render));
  }
}

function frame(active) {
  const staff = currentSession().staff || {};
  const navItem = (key, href) => h("a", { href, "data-link": "", class: active === key ? "nav-item active" : "nav-item",
    "aria-current": active === key ? "page" : null }, t(key));
  return h("header", { class: "topbar" },
    h("a", { href: "/kiosk/", "data-link": "", class: "brand" }, t("app.short")),
    h("nav", { class: "nav" },
      may("patients.read") ? navItem("nav.patients", "/kiosk/patients") : null,
      may("appointments.read") ? navItem("nav.queue", "/kiosk/queue") : null,
      may("reminders.manage") ? navItem("nav.sms", "/kiosk/sms") : null),
    h("div", { class: "who", "data-testid": "current-user" },
      h("span", { class: "who-name" }, staff.full_name || staff.username),
      h("span", { class: "who-role" }, t(`role.${staff.role}`))),
    languageButton(),
    iconButton("lock", t("action.lock"), lock),
    iconButton("sign-out", t("action.sign_out"), signOut));
}

// Drawn shapes (no icon font, no emoji font needed); on a phone the frame shows the shape alone.
const ICONS = {
  lock: "M7 10V7a5 5 0 0 1 10 0v3h1a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1v-9a1 1 0 0 1 1-1zm2 0h6V7a3 3 0 0 0-6 0z",
  "sign-out": "M10 3h8a1 1 0 0 1 1 1v16a1 1 0 0 1-1 1h-8v-2h7V5h-7zM9 7l1.4 1.4L7.8 11H15v2H7.8l2.6 2.6L9 17l-5-5z",
};

function iconButton(name, label, onclick) {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("class", "icon");
  const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
  path.setAttribute("d", ICONS[name]);
  path.setAttribute("fill", "currentColor");
  svg.append(path);
  return h("button", { type: "button", class: "btn btn-quiet btn-icon", onclick, "data-testid": name, "aria-label": label, title: label },
    svg, h("span", { class: "btn-label" }, label));
}

function bareTopbar() {
  return h("header", { class: "topbar topbar-bare" }, h("span", { class: "brand" }, t("app.short")), languageButton());
}

// One tap switches language: the button names the other language in its own script.
function languageButton() {
  const next = languages[(languages.indexOf(language()) + 1) % languages.length];
  return h("button", { type: "button", class: "btn btn-lang", lang: next, "data-testid": "language",
    onclick: async () => { await setLanguage(next); render(); } }, t(`language.${next}`));
}

// The draft key is held in memory only: never in the session kept in sessionStorage.
async function afterSignIn(result) {
  const session = { token: result.token, staff: result.staff, idle_timeout_s: result.idle_timeout_s };
  saveSession(session);
  try {
    const { draft_key: draftKey, ...me } = await api("GET", "/me");
    saveSession({ ...session, permissions: me.permissions, staff: { ...session.staff, ...me } });
    await setDraftKey(result.draft_key || draftKey);
  } catch (err) {
    clearSession();
    forgetDraftKey();
    throw err;
  }
  render();
}

// "Not you?" on the lock screen: the next person starts without the last one's search.
function forgetAndSignIn() {
  forgetLockedUser();
  forgetSearch();
  render();
}

// Lock: the token is revoked at once (a locked kiosk holds no live session); unlocking with the
// PIN opens a new one and returns to the same screen, drafts and all.
export function lock() {
  const session = currentSession();
  if (!session) return;
  rememberLockedUser({ username: session.staff.username, full_name: session.staff.full_name, role: session.staff.role });
  clearSession();
  forgetDraftKey();  // the drafts stay, sealed: the same staff member's PIN brings the key back
  abortInflight();
  revoke(session.token);
  render();
}

function revoke(token) {
  fetch("/api/v1/sessions/current", { method: "DELETE", keepalive: true, headers: { Authorization: `Bearer ${token}` } })
    .catch(() => {});
}

// Signing out leaves nothing of the staff member's work in the browser: their drafts and the last search go.
async function signOut() {
  const session = currentSession();
  clearSession();
  forgetLockedUser();
  forgetSearch();
  abortInflight();
  if (session) revoke(session.token);
  await dropDrafts();
  navigate("/kiosk/");
}

// A request aborted at sign-out or lock is not an error of the screen that sent it.
window.addEventListener("unhandledrejection", (event) => {
  if (event.reason?.name === "AbortError") event.preventDefault();
});

function interceptLinks() {
  document.addEventListener("click", (event) => {
    const a = event.target.closest("a[data-link]");
    if (!a || event.ctrlKey || event.metaKey || event.shiftKey || a.target) return;
    event.preventDefault();
    navigate(a.getAttribute("href"));
  });
  window.addEventListener("popstate", render);
}

// Devanagari is drawn only by the bundled font: wait (a little) for it before the first screen, so
// no Hindi label — the हिन्दी button included — is ever drawn in a fallback font as boxes.
const DEVANAGARI_FONT = '1em "Lohit Devanagari"';
// On the clinic's LAN the font comes in milliseconds; the cap matters only on a slow link, where Hindi drawn as boxes
// is worse than a first screen a few seconds later (3 s was overrun on an emulated 2G link with the CPU busy).
const FONT_WAIT_MS = 6000;

function devanagariFont() {
  return Promise.race([document.fonts.load(DEVANAGARI_FONT, "हिन्दी").catch(() => []),
    new Promise((resolve) => { setTimeout(resolve, FONT_WAIT_MS); })]);
}

async function boot() {
  dropPlainDrafts();
  await Promise.all([initI18n(), devanagariFont()]);
  setRedraw(render);
  interceptLinks();
  // The box refused the token (idle 15 min, revoked): show the lock screen, keep the drafts.
  onUnauthorized(() => lock());
  watchIdle(Number(document.documentElement.dataset.lockSeconds) || 300, lock);
  render();
}

boot().catch((err) => {
  replace(root, h("div", { class: "alert alert-error", role: "alert" }, "The kiosk could not start / कियोस्क शुरू नहीं हो सका: ", String(err)));
});
