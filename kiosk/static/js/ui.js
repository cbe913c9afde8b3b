// Shared pieces of every screen: messages for failures, forms that keep drafts and retry,
// the patient banner with allergies, big-button choices.

import { ApiError } from "./api.js";
import { h, replace } from "./dom.js";
import { keepDraft } from "./drafts.js";
import { age, number, patientName, sexLabel } from "./format.js";
import { t } from "./i18n.js";

export function errorText(err) {
  if (!(err instanceof ApiError)) return t("error.unexpected");
  if (err.status === 0) return t("error.offline");
  if (err.status === 401) return t("error.signed_out");
  if (err.status === 403) return t("error.forbidden");
  if (err.status === 404) return t("error.not_found");
  if (err.status === 409) return t("error.conflict");
  if (err.status === 413) return t("error.too_large");
  if (err.status === 422 || err.status === 400) return t("error.invalid");
  if (err.status === 429) return t("error.too_many");
  if (err.status === 503) return t("error.unavailable");
  return t("error.server");
}

// Worth repeating unchanged: the box was unreachable, busy or failed. A refusal of what was sent
// (4xx) would only be refused again, so it gets no retry button: the user changes the input first.
function retryable(err) {
  return !(err instanceof ApiError) || err.status === 0 || err.status === 408 || err.status === 429 || err.status >= 500;
}

// A failure message: what happened in the kiosk's language, the box's own words beneath (not for
// refused input: that is said in words beside each field), and a retry button when repeating the
// same action can help. What was typed stays in the form.
export function errorBox(err, retry) {
  const invalid = err instanceof ApiError && (err.status === 400 || err.status === 422);
  const detail = err instanceof ApiError && !invalid ? err.problem?.detail : null;
  return h("div", { class: "alert alert-error", role: "alert" },
    h("p", { class: "alert-title" }, errorText(err)),
    detail ? h("p", { class: "alert-detail" }, detail) : null,
    (err instanceof ApiError && err.status !== 401 && err.status !== 403) ? h("p", { class: "alert-kept" }, t("error.kept")) : null,
    retry && retryable(err) ? h("button", { type: "button", class: "btn", onclick: retry }, t("action.retry")) : null);
}

// --- Validation in words, beside the field, in the kiosk's language --------------------------------

function fieldBox(el) {
  return el.closest(".field, fieldset") || el.parentElement;
}

function clearFieldErrors(form) {
  form.querySelectorAll(".field-error").forEach((e) => e.remove());
  form.querySelectorAll("[aria-invalid]").forEach((e) => e.removeAttribute("aria-invalid"));
}

// Show each message beside its field, then bring the first into view (centred: never under the
// fixed top bar) and put the cursor there.
function showFieldErrors(form, errors) {
  clearFieldErrors(form);
  for (const { el, message } of errors) {
    const box = fieldBox(el);
    if (box.querySelector(":scope > .field-error")) continue;
    const id = `err-${el.name}-${Math.random().toString(36).slice(2, 8)}`;
    box.append(h("span", { class: "field-error", id, role: "alert", "data-testid": "field-error", "data-field": el.name }, message));
    (el.type === "radio" ? form.querySelectorAll(`[name="${el.name}"]`) : [el]).forEach((e) => {
      e.setAttribute("aria-invalid", "true");
      e.setAttribute("aria-describedby", id);
    });
  }
  for (const { el } of errors) el.closest("details")?.setAttribute("open", ""); // a field folded away is shown
  if (errors.length) {
    const first = errors[0].el;
    fieldBox(first).scrollIntoView({ block: "center" });
    first.focus({ preventScroll: true });
  }
}

// One message beside one field (a form that is not a formSubmit's, e.g. the queue's jump reason).
export function showFieldError(el, message) {
  showFieldErrors(el.form, [{ el, message }]);
}

function elementMessage(el) {
  const v = el.validity;
  const text = typeof el.value === "string" && el.type !== "radio" && el.type !== "checkbox";
  if (el.type === "radio") return v.valueMissing ? t("invalid.choose") : null;
  if (v.badInput) return t(el.type === "date" ? "invalid.date" : "invalid.number");
  if (v.valueMissing || (el.required && text && !el.value.trim())) return t("invalid.required");
  const max = Number(el.dataset.maxChars);
  if (text && max && charCount(el.value) > max) return t("invalid.too_long_by", countParams(charCount(el.value), max));
  if (!el.value && !v.valid) return null;
  if (text && el.minLength > 0 && el.value.trim().length < el.minLength) return t("invalid.too_short", { n: el.minLength });
  if (v.tooShort) return t("invalid.too_short", { n: el.minLength });
  if (v.tooLong) return t("invalid.too_long", { n: el.maxLength });
  if (v.rangeUnderflow) return t("invalid.too_small", { n: el.min });
  if (v.rangeOverflow) return t("invalid.too_large", { n: el.max });
  if (v.stepMismatch) return t("invalid.step");
  if (v.patternMismatch && el.dataset.formatHint) return t(el.dataset.formatHint); // what the field takes, in words
  if (v.patternMismatch || v.typeMismatch) return t("invalid.format");
  return v.valid ? null : t("invalid.other");
}

// --- A text the box takes up to a number of characters ------------------------------------------------------

const NEAR_LIMIT = 0.9; // the count shows from this share of the limit

// Characters as the box counts them (code points, not UTF-16 units) of what is sent (trimmed).
export function charCount(text) {
  return [...String(text).trim()].length;
}

function countParams(n, max) {
  return { n: number(n), max: number(max), over: number(n - max) };
}

// A text field the box takes at most `max` characters of, without the browser's maxlength: that cut a pasted
// complaint at 5,000 characters without a word, and the end (where it said "khoon ki ulti") was never triaged.
// The whole text stays in the field; a count shows near the limit and, past it, says how many too many (the
// catalogue's `overKey`, with {n}, {max}, {over}); validateForm refuses it beside the field, so nothing is sent
// until it is shortened. `update` recounts (after a draft is put back).
export function charLimit(el, max, overKey) {
  el.dataset.maxChars = String(max);
  const count = h("span", { class: "char-count", "data-testid": "char-count", "aria-live": "polite" });
  const update = () => {
    const n = charCount(el.value);
    count.hidden = n < max * NEAR_LIMIT;
    count.classList.toggle("char-count-over", n > max);
    replace(count, count.hidden ? null : t(n > max ? overKey : "field.char_count", countParams(n, max)));
  };
  el.addEventListener("input", update);
  update();
  return { count, update };
}

// What the browser knows is wrong before anything is sent (a name of spaces counts as empty).
export function validateForm(form) {
  const errors = [];
  const seen = new Set();
  for (const el of form.elements) {
    if (!el.name || seen.has(el.name) || el.disabled || el.closest("[hidden]")) continue;
    const message = elementMessage(el);
    if (message) {
      seen.add(el.name);
      errors.push({ el, message });
    }
  }
  showFieldErrors(form, errors);
  return errors.length === 0;
}

const SERVER_MESSAGES = {
  missing: () => t("invalid.required"),
  string_too_short: ({ limit: n }) => (n <= 1 ? t("invalid.required") : t("invalid.too_short", { n })),
  string_too_long: ({ limit: n }) => t("invalid.too_long", { n }),
  too_short: ({ limit: n }) => (n <= 1 ? t("invalid.required") : t("invalid.too_short", { n })),
  greater_than_equal: ({ limit: n }) => t("invalid.too_small", { n }),
  greater_than: ({ limit: n }) => t("invalid.too_small", { n }),
  less_than_equal: ({ limit: n }) => t("invalid.too_large", { n }),
  less_than: ({ limit: n }) => t("invalid.too_large", { n }),
  int_type: () => t("invalid.number"),
  float_type: () => t("invalid.number"),
  string_pattern_mismatch: () => t("invalid.format"),
  date_from_datetime_parsing: () => t("invalid.date"),
  date_parsing: () => t("invalid.date"),
  pregnancy_impossible: () => t("invalid.pregnancy_impossible"),
  vital_out_of_range: ({ low, high, unit }, value) => t("invalid.out_of_range", { value, low, high, unit }),
  sms_number_digits: ({ low, high }) => t("invalid.sms_number_digits", { low, high }),
  sms_number: () => t("invalid.sms_number"),
  sms_mobile: () => t("invalid.sms_mobile"),
  phone_too_long: ({ high }) => t("invalid.phone_too_long", { high }),
  phone_number: () => t("invalid.phone_number"),
};

// The box refused the input (422): its field errors, said in words beside the fields they name (with the
// screen's own hint for a value, if it has one: a temperature typed in °F).
function showServerErrors(form, err, fieldHint) {
  if (!(err instanceof ApiError) || (err.status !== 422 && err.status !== 400) || !Array.isArray(err.problem.errors)) return false;
  const errors = [];
  for (const e of err.problem.errors) {
    const parts = String(e.field || "").split(".").filter((p) => !/^\d+$/.test(p));
    const el = parts.reverse().map((name) => form.elements.namedItem(name)).find(Boolean);
    const target = el instanceof RadioNodeList ? el[0] : el;
    if (!target) continue;
    const message = (SERVER_MESSAGES[e.type] || (() => t("invalid.other")))(e, target.value);
    const hint = fieldHint?.(target.name, target.value, e);
    errors.push({ el: target, message: hint ? `${message} ${hint}` : message });
  }
  showFieldErrors(form, errors);
  return errors.length > 0;
}

export function notice(text, kind = "ok") {
  return h("div", { class: `alert alert-${kind}`, role: "status" }, text);
}

// Run a screen's loader; on failure, show why with a retry, never a blank screen.
export async function load(container, loader) {
  replace(container, h("p", { class: "loading" }, t("status.loading")));
  try {
    await loader();
  } catch (err) {
    if (err.name === "AbortError") return;
    replace(container, errorBox(err, () => load(container, loader)));
  }
}

// A form whose fields are kept as a draft until the box accepts them; a failure shows a
// message and a retry button in the form's status area. `handler(values)` returns a promise.
export function formSubmit(form, { draftKey, handler, status, fieldHint }) {
  const draft = draftKey ? keepDraft(form, draftKey) : null;
  const area = status || form.querySelector(".form-status") || form.appendChild(h("div", { class: "form-status" }));
  let refused = null; // what the box refused as invalid: [values as sent, its error]
  const submit = async () => {
    const values = Object.fromEntries(new FormData(form).entries());
    const sent = JSON.stringify(values);
    if (refused && refused[0] === sent) { // unchanged: the box would refuse it again, so say so again
      showServerErrors(form, refused[1], fieldHint);
      return;
    }
    const buttons = form.querySelectorAll("button[type=submit]");
    buttons.forEach((b) => { b.disabled = true; });
    replace(area, h("p", { class: "saving" }, t("status.saving")));
    try {
      draft?.save();
      await handler(values);
      draft?.clear();
      refused = null;
      replace(area);
    } catch (err) {
      if (err.handled) replace(area, err.handled);
      else if (showServerErrors(form, err, fieldHint)) {
        refused = [sent, err];
        replace(area, h("div", { class: "alert alert-error", role: "alert" }, h("p", { class: "alert-title" }, t("invalid.fix_fields"))));
      } else replace(area, errorBox(err, submit));
    } finally {
      buttons.forEach((b) => { b.disabled = false; });
    }
  };
  form.noValidate = true; // checked below, in the kiosk's language, beside each field
  form.addEventListener("input", (event) => {
    const box = event.target.name ? fieldBox(event.target) : null;
    box?.querySelector(":scope > .field-error")?.remove();
    event.target.removeAttribute?.("aria-invalid");
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (validateForm(form)) submit();
    else replace(area);
  });
  return { draft, submit, area };
}

export function field(label, input, hint) {
  return h("label", { class: "field" }, h("span", { class: "field-label" }, label), input,
    hint ? h("span", { class: "field-hint" }, hint) : null);
}

// A row of large radio buttons (sex, department, level, frequency, payment method ...).
export function choices(name, options, { legend, required, value } = {}) {
  return h("fieldset", { class: "choices" },
    legend ? h("legend", {}, legend) : null,
    options.map(([optionValue, label]) => h("label", { class: "choice" },
      h("input", { type: "radio", name, value: optionValue, required: required || null, checked: optionValue === value }),
      h("span", {}, label))));
}

export function allergyBanner(allergies) {
  if (!allergies?.length) return h("div", { class: "allergies allergies-none" }, t("allergy.none_known"));
  return h("div", { class: "allergies allergies-present", role: "alert" },
    h("strong", {}, t("allergy.heading")),
    h("ul", {}, allergies.map((a) => h("li", {},
      h("span", { class: "allergy-substance" }, a.substance),
      a.severity && a.severity !== "unknown" ? h("span", { class: `badge severity-${a.severity}` }, t(`severity.${a.severity}`)) : null,
      a.reaction ? h("span", { class: "allergy-reaction" }, a.reaction) : null))));
}

export function patientBanner(patient, extra) {
  return h("section", { class: "patient-banner" },
    h("div", { class: "patient-id" },
      h("h2", { class: "patient-name" }, patientName(patient)),
      h("span", { class: "patient-meta" }, [patient.clinic_number, sexLabel(patient.sex), age(patient.birth_date),
        patient.village].filter(Boolean).join(" · "))),
    extra || null,
    allergyBanner(patient.allergies));
}

export function section(title, ...children) {
  return h("section", { class: "card" }, h("h3", {}, title), ...children);
}

export function link(href, label, cls = "btn") {
  return h("a", { href, class: cls, "data-link": "" }, label);
}
