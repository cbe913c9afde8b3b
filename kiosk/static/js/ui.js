// Shared pieces of every screen: messages for failures, forms that keep drafts and retry,
// the patient banner with allergies, big-button choices.

import { ApiError } from "./api.js";
import { h, replace } from "./dom.js";
import { keepDraft } from "./drafts.js";
import { age, patientName, sexLabel } from "./format.js";
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

// A failure message: what happened in the kiosk's language, the box's own words beneath, and a
// retry button when the action can be repeated. What was typed stays in the form.
export function errorBox(err, retry) {
  const detail = err instanceof ApiError ? err.problem?.detail : null;
  return h("div", { class: "alert alert-error", role: "alert" },
    h("p", { class: "alert-title" }, errorText(err)),
    detail ? h("p", { class: "alert-detail" }, detail) : null,
    (err instanceof ApiError && err.status !== 401 && err.status !== 403) ? h("p", { class: "alert-kept" }, t("error.kept")) : null,
    retry ? h("button", { type: "button", class: "btn", onclick: retry }, t("action.retry")) : null);
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
export function formSubmit(form, { draftKey, handler, status }) {
  const draft = draftKey ? keepDraft(form, draftKey) : null;
  const area = status || form.querySelector(".form-status") || form.appendChild(h("div", { class: "form-status" }));
  const submit = async () => {
    const buttons = form.querySelectorAll("button[type=submit]");
    buttons.forEach((b) => { b.disabled = true; });
    replace(area, h("p", { class: "saving" }, t("status.saving")));
    try {
      draft?.save();
      const values = Object.fromEntries(new FormData(form).entries());
      await handler(values);
      draft?.clear();
      replace(area);
    } catch (err) {
      replace(area, err.handled ? err.handled : errorBox(err, submit));
    } finally {
      buttons.forEach((b) => { b.disabled = false; });
    }
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (form.reportValidity()) submit();
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
