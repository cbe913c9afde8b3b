// One patient: allergies first, today's visit (or start one: department, token), history of
// encounters and prescriptions, and the way to billing.

import { ApiError, get, post } from "../api.js";
import { h, replace } from "../dom.js";
import { dateTime, today } from "../format.js";
import { departmentName, t } from "../i18n.js";
import { navigate } from "../nav.js";
import { printerButton, printerInfo } from "../printer.js";
import { may } from "../session.js";
import { choices, errorBox, field, formSubmit, link, notice, patientBanner, section, showFieldError } from "../ui.js";

const OPEN = new Set(["checked_in", "called"]);

export async function patientScreen(main, patientId) {
  const pid = encodeURIComponent(patientId);
  const patient = await get(`/patients/${pid}`);
  const params = new URLSearchParams(location.search);
  const justRegistered = params.has("registered");
  const [duplicates, sms] = await Promise.all([
    justRegistered ? possibleDuplicates(params.get("dup")) : [],
    get(`/patients/${pid}/sms-consent`).catch(() => null)]);
  const visitArea = h("div", { class: "visit-area" });
  const history = h("div", { class: "history" });
  replace(main,
    justRegistered ? notice(t("register.done", { number: patient.clinic_number })) : null,
    params.has("merged") ? notice(t("record.merged")) : null,
    duplicates.length ? duplicateNotice(duplicates) : null,
    patientBanner(patient),
    contactLine(patient, sms),
    h("div", { class: "actions" },
      may("billing.read") ? link(`/kiosk/patients/${pid}/billing`, t("patient.billing")) : null,
      may("patients.write") ? h("button", { type: "button", class: "btn", onclick: () => allergyForm.hidden = !allergyForm.hidden }, t("allergy.add")) : null),
    visitArea);
  const allergyForm = may("patients.write") ? addAllergyForm(patientId) : h("div");
  allergyForm.hidden = true;
  main.append(allergyForm, history);
  if (may("patients.write")) main.append(recordTools(patient, duplicates));
  await Promise.all([drawVisit(visitArea, patient), drawHistory(history, patientId)]);
}

// The phone and what the patient said about SMS reminders (yes, no, opted out by STOP, never asked) and in
// which language: the desk sees it before promising a reminder.
function contactLine(patient, sms) {
  const contact = sms?.contact;
  const state = !sms ? null : !contact ? "not_asked" : contact.opted_out_at ? "opted_out" : contact.consent ? "yes" : "no";
  return h("p", { class: "patient-contact", "data-testid": "patient-contact", "data-sms": state },
    h("span", {}, `${t("register.phone")}: `, h("strong", { "data-testid": "patient-phone" }, patient.phone || t("patient.no_phone"))),
    state ? h("span", {}, " · ", `${t("patient.sms")}: `, h("strong", { "data-testid": "patient-sms" }, t(`patient.sms_${state}`)),
      contact ? ` (${t("register.sms_language")}: ${contact.language === "hi" ? "हिन्दी" : "English"}, ${contact.number})` : null)
      : null);
}

// Patients the box found like the one just registered (same phone, or same name and age): the
// health worker opens the existing record if it is the same person.
async function possibleDuplicates(param) {
  const found = [];
  for (const item of (param || "").split(",").filter(Boolean).slice(0, 5)) {
    const [id, why] = item.split(":");
    try {
      found.push({ patient: await get(`/patients/${encodeURIComponent(id)}`), why });
    } catch (err) {
      // retired or merged since: nothing to show
    }
  }
  return found;
}

function duplicateNotice(duplicates) {
  return h("div", { class: "alert alert-warn duplicates", role: "status" },
    h("p", {}, t("register.duplicates")),
    h("ul", {}, duplicates.map(({ patient, why }) => h("li", {},
      `${patient.given_name} ${patient.family_name} · ${patient.clinic_number} · ${t(`register.duplicate_${why === "phone" ? "phone" : "name"}`)} `,
      link(`/kiosk/patients/${encodeURIComponent(patient.id)}`, t("register.open_existing"), "btn btn-small")))));
}

// A clerk's repair of a mistaken record: merge it into the one to keep (everything moves there,
// nothing is deleted) or retire it. Both ask for a reason, which the box keeps with the change.
function recordTools(patient, duplicates) {
  const pid = encodeURIComponent(patient.id);
  const merge = h("form", { class: "form merge-form" },
    h("h4", {}, t("record.merge_title")),
    h("div", { class: "grid-2" },
      field(t("record.keep_number"), h("input", { name: "keep", required: true, maxlength: 20, autocomplete: "off",
        value: duplicates[0]?.patient.clinic_number || "" })),
      field(t("record.reason"), h("input", { name: "reason", required: true, minlength: 3, maxlength: 200 }))),
    h("button", { type: "submit", class: "btn btn-danger" }, t("record.merge")));
  formSubmit(merge, {
    handler: async (v) => {
      const number = v.keep.trim().toUpperCase();
      const keep = (await get(`/patients?q=${encodeURIComponent(number)}&limit=5`)).results
        .find((p) => p.clinic_number.toUpperCase() === number && p.id !== patient.id);
      if (!keep) throw Object.assign(new Error("no such record"), { handled: notice(t("record.not_found", { number }), "error") });
      if (!window.confirm(t("record.confirm_merge", { this: patient.clinic_number, keep: keep.clinic_number }))) return;
      const kept = await post(`/patients/${pid}/merge`, { into: keep.id, reason: v.reason.trim() });
      navigate(`/kiosk/patients/${encodeURIComponent(kept.id)}?merged=1`, { replaceState: true });
    },
  });
  const retire = h("form", { class: "form retire-form" },
    h("h4", {}, t("record.retire_title")),
    field(t("record.reason"), h("input", { name: "reason", required: true, minlength: 3, maxlength: 200 })),
    h("button", { type: "submit", class: "btn btn-danger" }, t("record.retire")));
  formSubmit(retire, {
    handler: async (v) => {
      if (!window.confirm(t("record.confirm_retire"))) return;
      await post(`/patients/${pid}/retire`, { reason: v.reason.trim() });
      navigate("/kiosk/patients", { replaceState: true });
    },
  });
  return h("details", { class: "card record-tools", open: duplicates.length ? true : null },
    h("summary", {}, t("record.tools")), merge, retire);
}

async function drawVisit(area, patient) {
  if (!may("appointments.read")) return;
  const pid = encodeURIComponent(patient.id);
  const data = await get(`/appointments?patient_id=${pid}&day=${today()}`);
  const open = data.results.find((a) => OPEN.has(a.status));
  if (open) {
    const continueVisit = async () => {
      const enc = await get(`/appointments/${encodeURIComponent(open.id)}/encounter`);
      navigate(may("encounters.write") ? `/kiosk/chart/${encodeURIComponent(enc.id)}` : `/kiosk/visit/${encodeURIComponent(enc.id)}`);
    };
    const tokenSlip = may("appointments.write")
      ? await printerButton(`/appointments/${encodeURIComponent(open.id)}/token-slip`) : null;
    replace(area, section(t("visit.today"),
      h("p", { class: "token-line" }, t("visit.token"), " ", h("strong", { class: "token" }, open.token_number)),
      tokenSlip,
      h("button", { type: "button", class: "btn btn-primary", onclick: () => continueVisit().catch((err) => area.append(errorBox(err, continueVisit))) },
        t("visit.continue"))));
    return;
  }
  if (!may("appointments.write")) return;
  const departments = (await get("/departments")).results;
  const form = h("form", { class: "form" },
    choices("department_id", departments.map((d) => [d.id, departmentName(d.name)]), { legend: t("visit.department"), required: true,
      value: departments.length === 1 ? departments[0].id : undefined }),
    h("button", { type: "submit", class: "btn btn-primary btn-wide" }, t("visit.check_in")));
  formSubmit(form, {
    handler: async (values) => {
      // Walk-in: booked for today and checked in at once; the box issues the token and opens the visit.
      const appt = await post("/appointments", { patient_id: patient.id, department_id: values.department_id, check_in: true });
      const p = await printerInfo();
      if (p.configured && p.auto_print) {   // the token slip: queued at the box, so a fault loses nothing
        post(`/appointments/${encodeURIComponent(appt.id)}/token-slip`).catch(() => {});
      }
      const enc = await get(`/appointments/${encodeURIComponent(appt.id)}/encounter`);
      navigate(`/kiosk/visit/${encodeURIComponent(enc.id)}`);
    },
  });
  replace(area, section(t("visit.start"), form));
}

// The patient's SMS reminders: what is due when and what became of it (the text itself names no
// reason, and neither does this list).
async function remindersSection(pid) {
  const reminders = (await get(`/patients/${pid}/reminders`)).results;
  return h("div", { "data-testid": "reminders" }, section(t("reminders.title"), reminders.length
    ? h("ul", { class: "list" }, reminders.map((r) => h("li", { class: "list-item" },
      h("span", { class: "when" }, dateTime(new Date(r.next_attempt_at * 1000).toISOString())), " ",
      t(`reminders.kind.${r.kind}`), " ",
      h("span", { class: `badge status-${r.status}` }, t(`reminders.status.${r.status}`)))))
    : h("p", { class: "hint" }, t("reminders.none"))));
}

function addAllergyForm(patientId) {
  const form = h("form", { class: "form card" },
    h("h3", {}, t("allergy.add")),
    h("div", { class: "grid-2" },
      field(t("allergy.substance"), h("input", { name: "substance", required: true, maxlength: 80 })),
      field(t("allergy.reaction"), h("input", { name: "reaction", maxlength: 200 }))),
    choices("severity", ["mild", "moderate", "severe", "unknown"].map((s) => [s, t(`severity.${s}`)]), { value: "unknown" }),
    h("button", { type: "submit", class: "btn btn-primary" }, t("action.save")));
  formSubmit(form, {
    draftKey: `allergy:${patientId}`,
    handler: async (v) => {
      await post(`/patients/${encodeURIComponent(patientId)}/allergies`,
        { substance: v.substance.trim(), severity: v.severity || "unknown", ...(v.reaction?.trim() ? { reaction: v.reaction.trim() } : {}) });
      navigate(location.pathname, { replaceState: true });
    },
  });
  return form;
}

async function drawHistory(area, patientId) {
  const pid = encodeURIComponent(patientId);
  const [encounters, prescriptions] = await Promise.all([
    may("encounters.read") ? get(`/patients/${pid}/encounters`) : null,
    may("prescriptions.read") ? get(`/patients/${pid}/prescriptions`) : null,
  ]);
  if (encounters) {
    area.append(section(t("history.encounters"), encounters.results.length
      ? h("ul", { class: "list" }, encounters.results.map((e) => h("li", { class: "list-item" },
        h("a", { href: may("encounters.write") ? `/kiosk/chart/${encodeURIComponent(e.id)}` : `/kiosk/visit/${encodeURIComponent(e.id)}`, "data-link": "" },
          h("span", { class: "when" }, dateTime(e.opened_at)), " ",
          h("span", { class: `badge status-${e.status}` }, t(`encounter.${e.status}`))),
        e.complaint ? h("p", {}, e.complaint) : null,
        e.diagnoses.length ? h("p", { class: "muted" }, t("chart.diagnoses"), ": ", e.diagnoses.map((d) => d.text).join(", ")) : null)))
      : h("p", { class: "hint" }, t("history.none"))));
  }
  if (may("patients.read")) area.append(await remindersSection(pid));
  if (prescriptions) {
    area.append(section(t("history.prescriptions"), prescriptions.results.length
      ? h("ul", { class: "list" }, prescriptions.results.map((rx) => {
        const item = prescriptionItem(rx);
        if (rx.prescriber?.startsWith("doctor:")) item.append(h("p", { class: "muted" }, t("tele.remote_doctor_unnamed")));
        if (rx.status === "active" && may("prescriptions.dispense")) item.append(dispenseForm(rx, patientId));
        return item;
      }))
      : h("p", { class: "hint" }, t("history.none"))));
  }
}

// Dispensing from stock: one row per prescribed drug, each offering only the stock items named like it
// (none chosen when nothing matches: a pharmacist never hands out the first item of a list by default).
// The box refuses items that are not the prescription unless a substitution reason is given, and more than the
// course needs unless a quantity reason is given; it moves the stock and charges the lines in the same transaction.
function sameDrug(drug, itemName) {
  const words = (s) => (s.toLowerCase().match(/[a-z]{3,}/g) || []).filter((w) => !DISPENSE_FORMS.has(w));
  const want = words(drug);
  const have = words(itemName);
  return want.length > 0 && want.every((w) => have.some((x) => x === w || x.startsWith(w.slice(0, 5)) || w.startsWith(x.slice(0, 5))));
}
const DISPENSE_FORMS = new Set(["tablet", "tablets", "tab", "capsule", "capsules", "cap", "syrup", "suspension", "injection", "cream",
  "ointment", "drops", "oral", "sachet", "sachets", "solution", "powder", "mg", "mcg", "ml", "with", "and", "plus"]);

function dispenseForm(rx, patientId) {
  const rows = rx.items.map((item, n) => {
    const select = h("select", { name: `item_id_${n}`, required: true, "data-drug": item.drug },
      h("option", { value: "" }, t("rx.dispense_choose")));
    const quantity = h("input", { name: `quantity_${n}`, type: "number", inputmode: "numeric", min: 1, step: 1, required: true, value: 1 });
    const hint = h("p", { class: "hint", "data-testid": `dispense-course-${n}` });
    const row = h("div", { class: "grid-2 dispense-line" },
      field(`${t("rx.dispense_item")}: ${item.drug}`, select),
      h("div", {}, field(t("rx.dispense_quantity"), quantity), hint));
    quantity.addEventListener("input", () => { quantity.dataset.typed = "1"; });
    return { item, select, quantity, hint, row };
  });
  const reason = h("input", { name: "substitution_reason", type: "text", maxlength: 200 }); // optional: the box checks its length
  const quantityReason = h("input", { name: "quantity_reason", type: "text", maxlength: 200 });
  const form = h("form", { class: "form dispense-form", "data-testid": `dispense-${rx.id}` },
    ...rows.map((r) => r.row),
    h("details", {}, h("summary", {}, t("rx.substitute")), field(t("rx.substitution_reason"), reason)),
    h("details", {}, h("summary", {}, t("rx.more_than_course")), field(t("rx.quantity_reason"), quantityReason)),
    h("button", { type: "submit", class: "btn btn-primary" }, t("rx.dispense")));
  // The course of each stock item of the prescription's drugs (the box counts it: doses × each dose in the
  // item's unit): chosen, it fills the quantity unless the pharmacist has typed one, and says the most.
  const courses = new Map();
  const suggest = (r) => {
    const c = courses.get(r.select.value);
    replace(r.hint, c ? [t("rx.dispense_course", { n: c.suggested, unit: t(`unit.${c.unit}`), doses: c.doses, most: c.most })] : []);
    if (c && !r.quantity.dataset.typed) r.quantity.value = String(c.suggested);
  };
  for (const r of rows) r.select.addEventListener("change", () => suggest(r));
  Promise.all([get("/inventory/items"), get(`/prescriptions/${encodeURIComponent(rx.id)}/courses`).catch(() => ({ results: [] }))]).then(([items, known]) => {
    for (const c of known.results) courses.set(c.item_id, c);
    for (const r of rows) {
      const matching = items.results.filter((i) => sameDrug(r.item.drug, i.name));
      const others = items.results.filter((i) => !sameDrug(r.item.drug, i.name));
      const option = (i) => h("option", { value: i.id }, `${i.name} (${i.level} ${i.unit})`);
      replace(r.select, [h("option", { value: "" }, matching.length ? t("rx.dispense_choose") : t("rx.dispense_no_match")),
        ...matching.map(option),
        ...(others.length ? [h("optgroup", { label: t("rx.dispense_other_items") }, others.map(option))] : [])]);
      if (matching.length === 1) r.select.value = matching[0].id;
      suggest(r);
    }
  }).catch(() => {});
  formSubmit(form, {
    handler: async (v) => {
      const lines = rows.map((r, n) => ({ item_id: v[`item_id_${n}`], quantity: Number(v[`quantity_${n}`]) }));
      const body = { lines, ...(v.substitution_reason ? { substitution_reason: v.substitution_reason } : {}),
        ...(v.quantity_reason ? { quantity_reason: v.quantity_reason } : {}) };
      try {
        await post(`/prescriptions/${encodeURIComponent(rx.id)}/dispense`, body);
      } catch (err) {
        // Items that are not the prescription, and no reason: said beside the reason's field (opened), by name.
        if (err instanceof ApiError && err.status === 409 && Array.isArray(err.problem?.differences)) {
          showFieldError(reason, t("rx.substitution_reason_needed", { where: t("rx.substitute") }));
          err.handled = h("div", { class: "alert alert-error", role: "alert" }, h("p", { class: "alert-title" }, t("invalid.fix_fields")));
        }
        throw err;
      }
      navigate(`/kiosk/patients/${encodeURIComponent(patientId)}`, { replaceState: true });
    },
  });
  return form;
}

export function prescriptionItem(rx) {
  return h("li", { class: "list-item" },
    h("span", { class: "when" }, dateTime(rx.created_at)), " ",
    h("span", { class: "badge" }, t(`rx.status.${rx.status}`)),
    h("ul", { class: "rx-items" }, rx.items.map((i) => h("li", {},
      h("strong", {}, i.drug), ` ${i.dose} ${t(`unit.${i.unit}`)} · ${t(`freq.${i.frequency}`)} · ${t("rx.days", { n: i.duration_days })}`))),
    rx.allergy_override_reason ? h("p", { class: "override-note" }, t("rx.overridden", { reason: rx.allergy_override_reason })) : null,
    rx.pregnancy_override_reason ? h("p", { class: "override-note", "data-testid": "rx-pregnancy-override" },
      t("rx.pregnancy_overridden", { reason: rx.pregnancy_override_reason })) : null,
    // What the prescriber's checks said (a weight estimated from the age, a drug the patient is already on):
    // for whoever dispenses it.
    rx.warnings?.length ? h("div", { class: "alert alert-warn rx-warnings", "data-testid": "rx-warnings" },
      h("p", { class: "alert-title" }, "⚠ ", t("rx.warnings_with")), h("ul", {}, rx.warnings.map((w) => h("li", {}, w)))) : null);
}
