// Registering a patient in under a minute: name, sex (one tap), age or birth date, phone, village,
// allergies. The form is a draft until the box has the patient.

import { post } from "../api.js";
import { h, replace } from "../dom.js";
import { clearDraft, listDrafts, writeDraft } from "../drafts.js";
import { age, ageInWords, monthNames, today } from "../format.js";
import { t } from "../i18n.js";
import { navigate } from "../nav.js";
import { choices, field, formSubmit, link } from "../ui.js";

// Each registration form is a draft of its own, `register:<id>`, the id in the form's address: a reload, a lock
// or a language switch puts back what was typed in that form, and "Register new patient" opens a fresh one. An
// entry left unsaved is offered there, by name, to continue or discard: never merged into the new patient.
const DRAFT = "register";
const LEGACY_DRAFT = "register";  // the one draft of every registration, before each form had its own
const DEFAULTS = { allergy_severity: "unknown", sms_language: "en" };

const newDraftId = () => Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, "0")).join("");

// This form's draft id, from its address; a fresh form gets a new one there (replacing the address: no new step back).
function draftId() {
  const params = new URLSearchParams(location.search);
  let id = params.get("draft");
  if (!id || !/^[0-9a-f]{16}$/.test(id)) {
    id = newDraftId();
    params.set("draft", id);
    history.replaceState(null, "", `${location.pathname}?${params}`);
  }
  return id;
}

function typedSomething(values) {
  return Object.entries(values).some(([k, v]) => v === true || (typeof v === "string" && v.trim() && DEFAULTS[k] !== v));
}

// Unsaved entries of other registration forms, each offered by name: continue it (its own form) or discard it.
async function keptEntries(area, ownKey) {
  const offers = [];
  for (let { key, values } of await listDrafts(DRAFT)) {
    if (key === ownKey) continue;
    if (!typedSomething(values)) {
      clearDraft(key);
      continue;
    }
    if (key === LEGACY_DRAFT) {  // given an id of its own, so that it can be continued in its own form
      const moved = `${DRAFT}:${newDraftId()}`;
      await writeDraft(moved, values);
      await clearDraft(key);
      key = moved;
    }
    const name = [values.given_name, values.family_name].map((x) => (x || "").trim()).filter(Boolean).join(" ");
    const offer = h("div", { class: "alert alert-warn kept-draft", role: "status", "data-testid": "kept-draft" },
      h("span", {}, name ? t("register.kept_draft", { name }) : t("register.kept_draft_unnamed")), " ",
      h("button", { type: "button", class: "btn btn-small btn-primary", "data-testid": "continue-draft",
        onclick: () => navigate(`/kiosk/patients/new?draft=${key.slice(DRAFT.length + 1)}`, { replaceState: true }) },
      t("register.continue_draft")), " ",
      h("button", { type: "button", class: "btn btn-small", "data-testid": "discard-draft",
        onclick: async () => { await clearDraft(key); offer.remove(); } }, t("register.discard_draft")));
    offers.push(offer);
  }
  replace(area, offers);
}

// Day, month (by name) and year: "YYYY-MM-DD"; "" when none given; null when it is no date, or in the
// future, or before 1900 (the order is never the browser's guess: a swapped day and month skews a child's
// vital-sign ranges and vaccination dates).
export function birthDateOf(v) {
  const [d, m, y] = [v.bd_day, v.bd_month, v.bd_year].map((x) => (x || "").trim());
  if (!d && !m && !y) return "";
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCDate() !== Number(d) || date.getUTCMonth() !== Number(m) - 1) return null; // 31 February
  const iso = date.toISOString().slice(0, 10);
  return iso > today() || iso < "1900-01-01" ? null : iso;
}

export function registrationBody(v) {
  const body = { given_name: v.given_name.trim(), family_name: (v.family_name || "").trim(), sex: v.sex };
  const birthDate = birthDateOf(v);
  if (birthDate) body.birth_date = birthDate;
  else if (v.age_years !== "" && v.age_years !== undefined) body.age_years = Number(v.age_years);
  for (const key of ["phone", "village", "guardian_name"]) {
    if (v[key]?.trim()) body[key] = v[key].trim();
  }
  // The answer on SMS reminders goes with the registration (one request: both or neither are saved).
  if (v.sms_consent && body.phone) Object.assign(body, { sms_consent: true, sms_language: v.sms_language || "en" });
  // "Penicillin, penicillin" is one allergy (the box folds repeats too): the first spelling is kept.
  const substances = new Map();
  for (const s of (v.allergies || "").split(/[,;\n]/).map((x) => x.trim()).filter(Boolean)) {
    if (!substances.has(s.toLocaleLowerCase())) substances.set(s.toLocaleLowerCase(), s);
  }
  body.allergies = [...substances.values()].map((substance) => ({ substance, severity: v.allergy_severity || "unknown" }));
  return body;
}

export async function registerScreen(main) {
  const draftKey = `${DRAFT}:${draftId()}`;
  const prefill = new URLSearchParams(location.search).get("name") || "";
  const [given, ...rest] = prefill.split(/\s+/);
  const form = h("form", { class: "form register", novalidate: null },
    h("div", { class: "grid-2" },
      field(t("register.given_name"), h("input", { name: "given_name", required: true, maxlength: 80, value: given || "", autocomplete: "off" })),
      field(t("register.family_name"), h("input", { name: "family_name", maxlength: 80, value: rest.join(" "), autocomplete: "off" }))),
    choices("sex", [["female", t("sex.female")], ["male", t("sex.male")], ["other", t("sex.other")], ["unknown", t("sex.unknown")]],
      { legend: t("register.sex"), required: true }),
    h("div", { class: "grid-3" },
      field(t("register.age_years"), h("input", { name: "age_years", type: "number", inputmode: "numeric", min: 0, max: 120 }), t("register.age_hint")),
      birthDateField(),
      field(t("register.phone"), h("input", { name: "phone", type: "tel", inputmode: "tel", maxlength: 20, pattern: "\\+?[0-9][0-9 \\(\\)\\-]{4,18}[0-9]" }))),
    h("div", { class: "grid-2" },
      field(t("register.village"), h("input", { name: "village", maxlength: 120 })),
      field(t("register.guardian"), h("input", { name: "guardian_name", maxlength: 120 }))),
    field(t("register.allergies"), h("input", { name: "allergies", maxlength: 300, placeholder: t("register.allergies_placeholder") }),
      t("register.allergies_hint")),
    choices("allergy_severity", ["mild", "moderate", "severe", "unknown"].map((s) => [s, t(`severity.${s}`)]),
      { legend: t("register.allergy_severity"), value: "unknown" }),
    h("div", { class: "grid-2 sms-consent" },
      h("label", { class: "field field-check" }, h("input", { type: "checkbox", name: "sms_consent", value: "yes", "data-testid": "sms-consent" }),
        h("span", {}, t("register.sms_consent"))),
      choices("sms_language", [["en", "English"], ["hi", "हिन्दी"]], { legend: t("register.sms_language"), value: "en" })),
    h("div", { class: "actions" },
      h("button", { type: "submit", class: "btn btn-primary btn-wide" }, t("register.submit"))));
  // Age in years or a birth date, not both: typing one clears the other. The birth date's age is said back.
  const BIRTH = ["bd_day", "bd_month", "bd_year"];
  const ageBack = form.querySelector("[data-testid=age-back]");
  const sayAge = () => {
    const values = Object.fromEntries(BIRTH.map((k) => [k, form.elements[k].value]));
    const iso = birthDateOf(values);
    const complete = BIRTH.every((k) => values[k].trim()) && /^\d{4}$/.test(values.bd_year.trim());
    ageBack.classList.toggle("age-back-bad", iso === null && complete);
    replace(ageBack, iso ? `= ${ageInWords(iso)}` : iso === null && complete ? t("register.birth_date_invalid") : "");
  };
  form.addEventListener("input", (event) => {
    if (event.target.name === "age_years" && event.target.value) BIRTH.forEach((k) => { form.elements[k].value = ""; });
    if (BIRTH.includes(event.target.name) && event.target.value) form.elements.age_years.value = "";
    sayAge();
  });
  form.addEventListener("change", sayAge);
  // Duplicates are looked for before anything is written; "not the same person" registers exactly
  // what was checked (a changed form is checked again).
  const duplicatesArea = h("div", { class: "duplicates-area" });
  let checked = null;
  form.querySelector(".actions").before(duplicatesArea);
  form.addEventListener("input", () => { checked = null; replace(duplicatesArea); });
  const { submit, draft } = formSubmit(form, {
    draftKey,
    handler: async (values) => {
      if (birthDateOf(values) === null) {
        throw Object.assign(new Error("bad birth date"), { handled: h("div", { class: "alert alert-error", role: "alert" },
          t("register.birth_date_invalid")) });
      }
      const body = registrationBody(values);
      if (checked !== JSON.stringify(body)) {
        const found = (await post("/patients/duplicates", body)).possible_duplicates;
        if (found.length) {
          replace(duplicatesArea, duplicatesPanel(found, () => { checked = JSON.stringify(body); submit(); },
            () => draft?.clear()));  // the patient is on the box already: this entry is done with
          duplicatesArea.scrollIntoView({ block: "center" });
          throw Object.assign(new Error("possible duplicates"), { handled: h("span") }); // the draft stays

        }
      }
      const patient = await post("/patients", body);
      // Possible duplicates travel as ids only; the patient screen reads them (audited) to show them.
      const dups = (patient.possible_duplicates || []).map((d) => `${d.id}:${d.reason === "same phone number" ? "phone" : "name"}`);
      const query = new URLSearchParams({ registered: "1", ...(dups.length ? { dup: dups.join(",") } : {}) });
      navigate(`/kiosk/patients/${encodeURIComponent(patient.id)}?${query}`, { replaceState: true });
    },
  });
  const kept = h("div", { class: "kept-drafts" });
  main.append(h("h1", {}, t("register.title")), kept, form);
  form.elements.given_name.focus();
  await keptEntries(kept, draftKey).catch(() => {});
}

// Day, the month by name, year: the same order in English and Hindi, whatever the browser's locale.
function birthDateField() {
  const months = monthNames();
  return h("fieldset", { class: "field birth-date", "data-testid": "birth-date" },
    h("legend", {}, t("register.birth_date")),
    h("div", { class: "birth-date-parts" },
      h("input", { name: "bd_day", inputmode: "numeric", maxlength: 2, size: 2, placeholder: t("register.day"),
        "aria-label": t("register.day"), autocomplete: "off" }),
      h("select", { name: "bd_month", "aria-label": t("register.month") },
        h("option", { value: "" }, t("register.month")),
        months.map((name, i) => h("option", { value: String(i + 1) }, name))),
      // the placeholder is one word (the example, "e.g. 2023", was cut off at 1024x600); the label keeps it
      h("input", { name: "bd_year", inputmode: "numeric", maxlength: 4, size: 4, placeholder: t("register.year_short"),
        "aria-label": t("register.year"), autocomplete: "off" })),
    h("p", { class: "age-back", "data-testid": "age-back", "aria-live": "polite" }));
}

function duplicatesPanel(found, registerAnyway, openExisting) {
  return h("div", { class: "alert alert-warn duplicates", role: "alert", "data-testid": "duplicates" },
    h("p", { class: "alert-title" }, t("register.check_first")),
    h("ul", {}, found.map((d) => h("li", {},
      h("strong", {}, [d.given_name, d.family_name].filter(Boolean).join(" ")),
      ` · ${d.clinic_number}${d.birth_date ? ` · ${age(d.birth_date)}` : ""} · `,
      t(d.reason === "same phone number" ? "register.duplicate_phone" : "register.duplicate_name"), " ",
      Object.assign(link(`/kiosk/patients/${encodeURIComponent(d.id)}`, t("register.open_existing_record"), "btn btn-small btn-primary"),
        { onclick: openExisting })))),
    h("button", { type: "button", class: "btn", "data-testid": "register-anyway", onclick: registerAnyway }, t("register.not_same")));
}
