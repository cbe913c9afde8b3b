// Registering a patient in under a minute: name, sex (one tap), age or birth date, phone, village,
// allergies. The form is a draft until the box has the patient.

import { post } from "../api.js";
import { h, replace } from "../dom.js";
import { age } from "../format.js";
import { t } from "../i18n.js";
import { navigate } from "../nav.js";
import { choices, field, formSubmit, link } from "../ui.js";

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
  // Duplicates are looked for before anything is written; "not the same person" registers exactly
  // what was checked (a changed form is checked again).
  const duplicatesArea = h("div", { class: "duplicates-area" });
  let checked = null;
  form.querySelector(".actions").before(duplicatesArea);
  form.addEventListener("input", () => { checked = null; replace(duplicatesArea); });
  const { submit } = formSubmit(form, {
    draftKey: DRAFT,
    handler: async (values) => {
      const body = registrationBody(values);
      if (checked !== JSON.stringify(body)) {
        const found = (await post("/patients/duplicates", body)).possible_duplicates;
        if (found.length) {
          replace(duplicatesArea, duplicatesPanel(found, () => { checked = JSON.stringify(body); submit(); }));
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
  main.append(h("h1", {}, t("register.title")), form);
  form.elements.given_name.focus();
}

function duplicatesPanel(found, registerAnyway) {
  return h("div", { class: "alert alert-warn duplicates", role: "alert", "data-testid": "duplicates" },
    h("p", { class: "alert-title" }, t("register.check_first")),
    h("ul", {}, found.map((d) => h("li", {},
      h("strong", {}, [d.given_name, d.family_name].filter(Boolean).join(" ")),
      ` · ${d.clinic_number}${d.birth_date ? ` · ${age(d.birth_date)}` : ""} · `,
      t(d.reason === "same phone number" ? "register.duplicate_phone" : "register.duplicate_name"), " ",
      link(`/kiosk/patients/${encodeURIComponent(d.id)}`, t("register.open_existing_record"), "btn btn-small btn-primary")))),
    h("button", { type: "button", class: "btn", "data-testid": "register-anyway", onclick: registerAnyway }, t("register.not_same")));
}
