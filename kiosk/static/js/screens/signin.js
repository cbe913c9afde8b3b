// Signing in (PIN pad or password) and unlocking a locked kiosk with the same staff member's PIN.

import { ApiError, api } from "../api.js";
import { h, replace } from "../dom.js";
import { t } from "../i18n.js";
import { errorBox, field } from "../ui.js";

// The PIN route is the lead's kiosk unlock; until it answers, the password is the way in.
let pinAvailable = true;

// What is typed on the sign-in screen, in memory only, so that redrawing it (a language switch) keeps the
// username, the way in and the digits pressed; forgotten once signed in, and never given to another screen
// (the lock screen of someone else, the sign-in after a lock).
let typed = null; // { screen, mode, username, secret }

function pinPad(input) {
  const show = h("div", { class: "pin-dots", "aria-hidden": "true" });
  const refresh = () => replace(show, "●".repeat(input.value.length) || "\u00a0");
  input.addEventListener("input", refresh);
  const key = (label, action, extra = {}) => h("button", { type: "button", class: "pin-key", ...extra,
    onclick: () => { action(); input.dispatchEvent(new Event("input", { bubbles: true })); input.focus(); } }, label);
  const digit = (d) => key(d, () => { if (input.value.length < 8) input.value += d; }, { "data-digit": d });
  refresh();
  return h("div", { class: "pin-pad" }, show,
    h("div", { class: "pin-keys" },
      ["1", "2", "3", "4", "5", "6", "7", "8", "9"].map(digit),
      key(t("pin.clear"), () => { input.value = ""; }, { class: "pin-key pin-key-quiet" }),
      digit("0"),
      key("⌫", () => { input.value = input.value.slice(0, -1); }, { class: "pin-key pin-key-quiet", "aria-label": t("pin.backspace") })));
}

function signInForm({ username, secret: typedSecret, mode, onSignedIn, onMode, lockedName, screenKey }) {
  const status = h("div", { class: "form-status" });
  const user = h("input", { name: "username", autocomplete: "username", autocapitalize: "none", spellcheck: "false",
    required: true, value: username || "", readonly: lockedName ? true : null });
  const secret = mode === "pin"
    ? h("input", { name: "pin", type: "password", inputmode: "numeric", pattern: "[0-9]{4,8}", autocomplete: "off",
      required: true, class: "pin-input", "aria-label": t("signin.pin") })
    : h("input", { name: "password", type: "password", autocomplete: "current-password", required: true });
  secret.value = typedSecret || "";
  const submit = h("button", { type: "submit", class: "btn btn-primary btn-wide" }, lockedName ? t("signin.unlock") : t("signin.submit"));
  const form = h("form", { class: "signin-form", autocomplete: "off" },
    lockedName ? h("p", { class: "locked-user" }, t("signin.locked_for", { name: lockedName })) : field(t("signin.username"), user),
    lockedName ? user : null,
    mode === "pin" ? [h("p", { class: "field-label" }, t("signin.pin")), secret, pinPad(secret)] : field(t("signin.password"), secret),
    submit, status,
    h("button", { type: "button", class: "btn btn-quiet", onclick: () => onMode(mode === "pin" ? "password" : "pin", user.value) },
      mode === "pin" ? t("signin.use_password") : t("signin.use_pin")));
  if (lockedName) user.hidden = true;
  const keep = () => { typed = { screen: screenKey, mode, username: user.value, secret: secret.value }; };
  form.addEventListener("input", keep);
  keep();
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!form.reportValidity()) return;
    submit.disabled = true;
    replace(status, h("p", { class: "saving" }, t("signin.signing_in")));
    try {
      const result = mode === "pin"
        ? await api("POST", "/sessions/pin", { anonymous: true, body: { username: user.value.trim(), pin: secret.value } })
        : await api("POST", "/sessions", { anonymous: true, body: { username: user.value.trim(), password: secret.value } });
      typed = null;
      await onSignedIn(result);
    } catch (err) {
      secret.value = "";
      secret.dispatchEvent(new Event("input", { bubbles: true }));
      if (mode === "pin" && err instanceof ApiError && (err.status === 404 || err.status === 405)) {
        pinAvailable = false;
        onMode("password", user.value, t("signin.pin_unavailable"));
        return;
      }
      if (err instanceof ApiError && err.status === 429 && mode === "pin") {
        onMode("password", user.value, t("signin.pin_locked"));
        return;
      }
      const message = err instanceof ApiError && err.status === 401
        ? h("div", { class: "alert alert-error", role: "alert" }, mode === "pin" ? t("signin.wrong_pin") : t("signin.wrong_password"))
        : errorBox(err);
      replace(status, message);
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

function screen({ onSignedIn, locked, onSwitchUser }) {
  const holder = h("div", { class: "signin" });
  const screenKey = locked ? `locked:${locked.username}` : "signin";
  const show = (mode, username, message, secret) => {
    replace(holder,
      h("h1", {}, locked ? t("signin.locked_title") : t("signin.title")),
      message ? h("div", { class: "alert alert-warn", role: "status" }, message) : null,
      signInForm({ username, secret, mode, onSignedIn, lockedName: locked?.full_name || locked?.username, screenKey,
        onMode: (next, name, note) => show(next, name, note) }),
      locked ? h("button", { type: "button", class: "btn btn-quiet", onclick: onSwitchUser }, t("signin.switch_user")) : null);
    holder.querySelector(locked ? "input[name=pin], input[name=password]" : "input[name=username]")?.focus();
  };
  const kept = typed?.screen === screenKey ? typed : null;
  if (!kept) typed = null;
  show(kept && (kept.mode === "password" || pinAvailable) ? kept.mode : (pinAvailable ? "pin" : "password"),
    locked ? locked.username : kept?.username, null, kept?.secret);
  return h("main", { id: "main", class: "signin-page" }, holder);
}

export function signInScreen(onSignedIn) {
  return screen({ onSignedIn });
}

export function lockScreen(locked, onSignedIn, onSwitchUser) {
  return screen({ onSignedIn, locked, onSwitchUser });
}
