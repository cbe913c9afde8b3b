// Registering a patient in under a minute: name, sex (one tap), age or birth date, phone, village,
// allergies. The form is a draft until the box has the patient.

import { post } from "../api.js";
import { h } from "../dom.js";
import { t } from "../i18n.js";
import { navigate } from "../nav.js";
import { choices, field, formSubmit } from "../ui.js";

const DRAFT = "register";

export function registrationBody(v) {
  const body = { given_name: v.given_name.trim(), family_name: (v.family_name || "").trim(), sex: v.sex };
  if (v.birth_date) body.birth_date = v.birth_date;
  else if (v.age_years !== "" && v.age_years !== undefined) body.age_years = Number(v.age_years);
  for (const key of ["phone", "village", "guardian_name"]) {
    if (v[key]?.trim()) body[key] = v[key].trim();
  }
  body.allergies = (v.allergies || "").split(/[,;\n]/).map((s) => s.trim()).filter(Boolean)
    .map((substance) => ({ substance, severity: v.allergy_severity || "unknown" }));
  return body;
}

export async function registerScreen(main) {
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
      field(t("register.birth_date"), h("input", { name: "birth_date", type: "date", max: new Date().toISOString().slice(0, 10) })),
      field(t("register.phone"), h("input", { name: "phone", type: "tel", inputmode: "tel", maxlength: 20, pattern: "\\+?[0-9][0-9 \\(\\)\\-]{4,18}[0-9]" }))),
    h("div", { class: "grid-2" },
      field(t("register.village"), h("input", { name: "village", maxlength: 120 })),
      field(t("register.guardian"), h("input", { name: "guardian_name", maxlength: 120 }))),
    field(t("register.allergies"), h("input", { name: "allergies", maxlength: 300, placeholder: t("register.allergies_placeholder") }),
      t("register.allergies_hint")),
    choices("allergy_severity", ["mild", "moderate", "severe", "unknown"].map((s) => [s, t(`severity.${s}`)]),
      { legend: t("register.allergy_severity"), value: "unknown" }),
    h("div", { class: "actions" },
      h("button", { type: "submit", class: "btn btn-primary btn-wide" }, t("register.submit"))));
  // Age in years or a birth date, not both: typing one clears the other.
  form.addEventListener("input", (event) => {
    if (event.target.name === "age_years" && event.target.value) form.elements.birth_date.value = "";
    if (event.target.name === "birth_date" && event.target.value) form.elements.age_years.value = "";
  });
  formSubmit(form, {
    draftKey: DRAFT,
    handler: async (values) => {
      const patient = await post("/patients", registrationBody(values));
      // Possible duplicates travel as ids only; the patient screen reads them (audited) to show them.
      const dups = (patient.possible_duplicates || []).map((d) => `${d.id}:${d.reason === "same phone number" ? "phone" : "name"}`);
      const query = new URLSearchParams({ registered: "1", ...(dups.length ? { dup: dups.join(",") } : {}) });
      navigate(`/kiosk/patients/${encodeURIComponent(patient.id)}?${query}`, { replaceState: true });
    },
  });
  main.append(h("h1", {}, t("register.title")), form);
  form.elements.given_name.focus();
}
