// The doctor's chart of one visit: complaint and triage, vitals, signed notes, diagnoses,
// prescriptions (with the allergy and pregnancy checks and their overrides), and closing the visit.

import { ApiError, get, post } from "../api.js";
import { h, replace } from "../dom.js";
import { dateTime } from "../format.js";
import { checkMessage, t } from "../i18n.js";
import { navigate } from "../nav.js";
import { may } from "../session.js";
import { clearDraft } from "../drafts.js";
import { choices, errorBox, field, formSubmit, notice, patientBanner, section } from "../ui.js";
import { prescriptionItem } from "./patient.js";
import { isRemote, signedNote } from "./teleconsult.js";
import { PREGNANCY_ANSWERS, pregnancyQuestion, pregnancyShown, triageCard } from "./triage.js";
import { vitalsList } from "./visit.js";

const staffNames = new Map(); // "staff:<id>" -> full name

async function resolveAuthors(actors) {
  await Promise.all([...new Set(actors)].filter((a) => a?.startsWith("staff:") && !staffNames.has(a)).map(async (actor) => {
    try {
      const staff = await get(`/staff/${encodeURIComponent(actor.slice(6))}`);
      staffNames.set(actor, staff.full_name || staff.username);
    } catch {
      staffNames.set(actor, actor);
    }
  }));
}

const DOSE_PATTERN = "[0-9]+([.][0-9]*)?|[.][0-9]+";
const UNITS = ["mg", "g", "mcg", "ml", "IU", "tablet", "capsule", "drop", "puff", "sachet", "unit"];
const FREQUENCIES = ["OD", "BD", "TDS", "QID", "HS", "PRN", "STAT", "WEEKLY"];
const ROUTES = ["oral", "iv", "im", "sc", "topical", "inhaled", "eye", "ear", "nasal", "rectal", "vaginal"];
// The checks' sentences in the kiosk's language: the box sends each in English and, index for index, its key and values.
function checkList(sentences, messages) {
  return h("ul", {}, sentences.map((s, i) => h("li", {}, checkMessage(messages?.[i], s))));
}

export async function chartScreen(main, encounterId) {
  const eid = encodeURIComponent(encounterId);
  const enc = await get(`/encounters/${eid}`);
  const [patient, triage, prescriptions, requests] = await Promise.all([
    get(`/patients/${encodeURIComponent(enc.patient_id)}`),
    enc.complaint ? get(`/encounters/${eid}/triage`).catch((err) => { if (err instanceof ApiError && err.status === 404) return null; throw err; }) : null,
    may("prescriptions.read") ? get(`/patients/${encodeURIComponent(enc.patient_id)}/prescriptions`) : { results: [] },
    may("teleconsult.read") ? get(`/encounters/${eid}/teleconsults`).then((r) => r.results).catch(() => []) : [],
  ]);
  // the remote doctor's SOAP note, asked for once a request says it is signed (a 404 before one is drafted)
  const soap = requests.some((r) => r.note_signed)
    ? await get(`/encounters/${eid}/soap`).catch((err) => { if (err instanceof ApiError && err.status === 404) return null; throw err; })
    : null;
  await resolveAuthors([...enc.notes.map((n) => n.author), soap?.signature?.signed_by]);
  const open = enc.status === "open";
  const writer = may("encounters.write");
  replace(main,
    patientBanner(patient, h("span", { class: `badge status-${enc.status}` }, t(`encounter.${enc.status}`))),
    section(t("chart.complaint"), h("p", { class: "complaint" }, enc.complaint || t("chart.no_complaint"))),
    triage ? triageCard(triage.suggestion.result, triage.decision,
      { encounterId: open ? encounterId : null, pregnancy: pregnancyShown(triage.suggestion, patient) })
      : section(t("chart.triage"), h("p", { class: "hint" }, t("chart.not_triaged"))),
    section(t("vitals.title"), vitalsList(enc.vitals, patient.birth_date)),
    notesSection(enc, writer, soap, requests),
    diagnosesSection(enc, writer && open),
    prescriptionsSection(enc, patient, prescriptions.results.filter((rx) => rx.encounter_id === enc.id), open && may("prescriptions.write")),
    writer && open ? closeSection(main, enc) : null);
}

// The clinical notes: the signed SOAP note first (who signed, when; a remote doctor marked as such), then
// the visit's own notes. An unsigned draft is the doctor's work in progress and is not shown here.
function notesSection(enc, writer, soap, requests) {
  const signed = soap?.signature
    ? h("div", { class: "soap-signed", "data-testid": "chart-soap", "data-remote": String(isRemote(soap.signature.signed_by)) },
      signedNote(soap, requests, (actor) => staffNames.get(actor) || actor))
    : null;
  const list = h("ul", { class: "list notes" }, enc.notes.map(noteItem));
  if (!writer) return section(t("chart.notes"), signed, enc.notes.length ? list : (signed ? null : h("p", { class: "hint" }, t("chart.no_notes"))));
  const form = h("form", { class: "form note-form" },
    field(enc.status === "open" ? t("chart.note") : t("chart.addendum"), h("textarea", { name: "text", rows: 4, required: true, maxlength: 20000 })),
    h("button", { type: "submit", class: "btn btn-primary" }, t("chart.sign_note")));
  formSubmit(form, {
    draftKey: `note:${enc.id}`,
    handler: async (v) => {
      const note = await post(`/encounters/${encodeURIComponent(enc.id)}/notes`, { text: v.text.trim() });
      await resolveAuthors([note.author]);
      list.append(noteItem(note));
      form.reset();
    },
  });
  return section(t("chart.notes"), signed, list, form);
}

function noteItem(note) {
  return h("li", { class: "list-item note" }, h("p", { class: "note-text" }, note.text),
    h("p", { class: "muted" }, t("chart.signed_by", { who: staffNames.get(note.author) || note.author, when: dateTime(note.created_at) })));
}

function diagnosesSection(enc, editable) {
  const list = h("ul", { class: "list" }, enc.diagnoses.map(diagnosisItem));
  if (!editable) return section(t("chart.diagnoses"), enc.diagnoses.length ? list : h("p", { class: "hint" }, t("chart.no_diagnoses")));
  const form = h("form", { class: "form diagnosis-form" },
    h("div", { class: "grid-2" },
      field(t("chart.diagnosis"), h("input", { name: "text", required: true, minlength: 2, maxlength: 200 })),
      field(t("chart.code"), h("input", { name: "code", maxlength: 20, pattern: "[A-Za-z0-9.]+", autocapitalize: "characters" }))),
    choices("certainty", [["provisional", t("certainty.provisional")], ["confirmed", t("certainty.confirmed")]], { value: "provisional" }),
    h("button", { type: "submit", class: "btn btn-primary" }, t("chart.add_diagnosis")));
  formSubmit(form, {
    draftKey: `diagnosis:${enc.id}`,
    handler: async (v) => {
      const d = await post(`/encounters/${encodeURIComponent(enc.id)}/diagnoses`,
        { text: v.text.trim(), certainty: v.certainty || "provisional", ...(v.code?.trim() ? { code: v.code.trim() } : {}) });
      list.append(diagnosisItem(d));
      form.reset();
    },
  });
  return section(t("chart.diagnoses"), list, form);
}

function diagnosisItem(d) {
  return h("li", { class: "list-item" }, h("strong", {}, d.text), d.code ? ` (${d.code})` : "", " ",
    h("span", { class: "badge" }, t(`certainty.${d.certainty}`)));
}

function prescriptionsSection(enc, patient, existing, editable) {
  const list = h("ul", { class: "list" }, existing.map(prescriptionItem));
  if (!editable) return section(t("chart.prescriptions"), existing.length ? list : h("p", { class: "hint" }, t("chart.no_prescriptions")));
  const warning = h("div", { class: "allergy-warning-area" });
  const reason = h("textarea", { name: "allergy_override_reason", rows: 2, minlength: 5, maxlength: 200 });
  const reasonField = field(t("rx.override_reason"), reason);
  reasonField.hidden = true;
  // Warnings the box asks the prescriber to read (the same drug twice, a drug the patient is on, no age or
  // weight): a tick to say so, shown only with them.
  const ack = h("input", { type: "checkbox", name: "warnings_acknowledged", value: "1" });
  const ackField = h("label", { class: "field field-check", "data-testid": "rx-acknowledge" }, ack, " ", t("rx.acknowledge"));
  ackField.hidden = true;
  // A drug to avoid in a known pregnancy: a reason of its own (misoprostol for bleeding after delivery), kept on
  // the prescription. A drug harmful early for a woman of no known pregnancy: "Pregnant?" asked, answered here.
  const pregnancyReason = h("textarea", { name: "pregnancy_override_reason", rows: 2, minlength: 5, maxlength: 200 });
  const pregnancyReasonField = field(t("rx.pregnancy_reason"), pregnancyReason);
  pregnancyReasonField.hidden = true;
  const pregnancyAsk = h("div", { class: "pregnancy-ask-area" });
  const form = h("form", { class: "form rx-form" },
    h("div", { class: "grid-3" },
      field(t("rx.drug"), h("input", { name: "drug", required: true, minlength: 2, maxlength: 120, autocomplete: "off" })),
      // A plain decimal ("500", "2.5"): a number field would take "1e3" as 1000.
      field(t("rx.dose"), h("input", { name: "dose", type: "text", inputmode: "decimal", pattern: DOSE_PATTERN, maxlength: 12,
        required: true, autocomplete: "off", "data-format-hint": "rx.dose_plain" })),
      field(t("rx.unit"), h("select", { name: "unit", required: true }, UNITS.map((u) => h("option", { value: u }, t(`unit.${u}`)))))),
    choices("frequency", FREQUENCIES.map((f) => [f, t(`freq.${f}`)]), { legend: t("rx.frequency"), required: true }),
    h("div", { class: "grid-3" },
      field(t("rx.duration"), h("input", { name: "duration_days", type: "number", inputmode: "numeric", min: 1, max: 365, required: true })),
      field(t("rx.route"), h("select", { name: "route" }, ROUTES.map((r) => h("option", { value: r }, t(`route.${r}`))))),
      field(t("rx.instructions"), h("input", { name: "instructions", maxlength: 300 }))),
    warning, reasonField, pregnancyReasonField, pregnancyAsk, ackField,
    h("button", { type: "submit", class: "btn btn-primary" }, t("rx.submit")));
  form.elements.unit.value = "mg";
  formSubmit(form, {
    draftKey: `rx:${enc.id}`,
    handler: async (v) => {
      const item = { drug: v.drug.trim(), dose: Number(v.dose), unit: v.unit, route: v.route || "oral", frequency: v.frequency,
        duration_days: Number(v.duration_days), ...(v.instructions?.trim() ? { instructions: v.instructions.trim() } : {}) };
      const body = { items: [item] };
      if (!reasonField.hidden && v.allergy_override_reason?.trim()) body.allergy_override_reason = v.allergy_override_reason.trim();
      if (!ackField.hidden && ack.checked) body.warnings_acknowledged = true;
      if (!pregnancyReasonField.hidden && v.pregnancy_override_reason?.trim()) body.pregnancy_override_reason = v.pregnancy_override_reason.trim();
      const answer = pregnancyAsk.firstChild ? PREGNANCY_ANSWERS[v.pregnant] : undefined;
      if (answer === true || answer === false) body.pregnant = answer;
      try {
        const rx = await post(`/encounters/${encodeURIComponent(enc.id)}/prescriptions`, body);
        list.append(prescriptionItem(rx));
        form.reset();
        form.elements.unit.value = "mg";
        reasonField.hidden = true;
        reason.required = false;
        ackField.hidden = true;
        ack.required = false;
        pregnancyReasonField.hidden = true;
        pregnancyReason.required = false;
        replace(pregnancyAsk);
        // Saved, with what the checks could not decide (an unknown drug, a mild cross-reaction): shown, not hidden.
        replace(warning, rx.notes?.length ? h("div", { class: "alert", role: "status", "data-testid": "rx-notes" },
          h("p", { class: "alert-title" }, t("rx.notes_title")), checkList(rx.notes, rx.note_messages)) : null);
      } catch (err) {
        if (err instanceof ApiError && err.status === 409
            && (err.problem.allergy_conflicts || err.problem.pregnancy_conflicts || err.problem.warnings)) {
          // The box refused: the drug matches a recorded allergy, or is to be avoided in a known pregnancy (say
          // so loudly; the doctor may still prescribe, with a reason kept on the prescription), or there are
          // warnings to read and tick (a pregnancy not known: asked here too).
          const conflicts = err.problem.allergy_conflicts || [];
          const inPregnancy = err.problem.pregnancy_conflicts || [];
          const warnings = err.problem.warnings || [];
          replace(warning, conflicts.length ? allergyWarning(conflicts) : null,
            inPregnancy.length ? pregnancyWarning(inPregnancy) : null,
            warnings.length ? h("div", { class: "alert alert-warn", role: "alert", "data-testid": "rx-warnings-ack" },
              h("p", { class: "alert-title" }, "⚠ ", t("rx.warnings_title")), checkList(warnings, err.problem.warning_messages)) : null);
          reasonField.hidden = !conflicts.length;
          reason.required = Boolean(conflicts.length);
          pregnancyReasonField.hidden = !inPregnancy.length;
          pregnancyReason.required = Boolean(inPregnancy.length);
          if (err.problem.pregnancy_unknown?.length && !pregnancyAsk.firstChild) {
            replace(pregnancyAsk, h("p", { class: "hint" }, t("rx.pregnancy_ask")), pregnancyQuestion(null));
          }
          ackField.hidden = !warnings.length;
          ack.required = Boolean(warnings.length);
          (conflicts.length ? reason : inPregnancy.length ? pregnancyReason : ack).focus();
          throw Object.assign(err, { handled: h("span") });
        }
        if (err instanceof ApiError && err.status === 400 && err.problem.dose_problems) {
          // Beyond the drug's own limit (clinical/drugs.tsv), or written so it cannot be checked: refused outright,
          // no override.
          // titled "dose too high" only when every refusal is one (the box says so: too_high); methotrexate written
          // daily or a strength not in the name is about how the dose is written
          const { dose_problems: problems, dose_messages: messages = [], too_high: high } = err.problem;
          const title = high === false ? "rx.dose_check_title" : "rx.dose_title";
          replace(warning, h("div", { class: "alert alert-allergy", role: "alert", "data-testid": "dose-warning" },
            h("p", { class: "alert-title" }, "⚠ ", t(title)),
            checkList(problems, messages), h("p", {}, t("rx.dose_hint"))));
          throw Object.assign(err, { handled: h("span") });
        }
        throw err;
      }
    },
  });
  return section(t("chart.prescriptions"), list, form);
}

function allergyWarning(conflicts) {
  return h("div", { class: "alert alert-allergy", role: "alert", "data-testid": "allergy-warning" },
    h("p", { class: "alert-title" }, "⚠ ", t("rx.allergy_title")),
    h("ul", {}, conflicts.map((c) => h("li", {},
      t(c.kind === "cross_reactivity" ? "rx.cross_reaction" : "rx.allergy_conflict", { drug: c.drug, allergy: c.allergy }),
      c.why ? h("span", { class: "hint" }, " (", checkMessage(c.why_message, c.why), ")") : null,
      c.severity && c.severity !== "unknown" ? h("span", { class: `badge severity-${c.severity}` }, t(`severity.${c.severity}`)) : null))),
    h("p", {}, t("rx.allergy_override_hint")));
}

// A drug to avoid in pregnancy for a patient known pregnant: the harm and when, in the kiosk's language.
function pregnancyWarning(conflicts) {
  return h("div", { class: "alert alert-allergy", role: "alert", "data-testid": "pregnancy-warning" },
    h("p", { class: "alert-title" }, "⚠ ", t("rx.pregnancy_title")),
    h("ul", {}, conflicts.map((c) => h("li", {},
      t("rx.pregnancy_conflict", { drug: c.drug.toLowerCase().includes(c.generic) ? c.drug : `${c.drug} (${c.generic})` }),
      " ", t(`rx.pregnancy_risk.${c.risk}`),
      h("span", { class: "hint" }, ` (${t(`rx.pregnancy_avoid.${c.avoid}`)}; ${t(`rx.pregnancy_source.${c.source}`)})`)))),
    h("p", {}, t("rx.pregnancy_override_hint")));
}

// Forms on the chart holding something typed but not yet saved (what closing the visit would lose).
const PENDING = [
  ["form.rx-form", ["drug", "dose", "duration_days", "instructions"], "chart.unsaved_rx", "rx"],
  ["form.note-form", ["text"], "chart.unsaved_note", "note"],
  ["form.diagnosis-form", ["text", "code"], "chart.unsaved_diagnosis", "diagnosis"],
];

function unsavedForms(main) {
  return PENDING.map(([selector, names, message, draft]) => ({ form: main.querySelector(selector), names, message, draft }))
    .filter(({ form, names }) => form && names.some((n) => form.elements[n]?.value?.trim()));
}

function closeSection(main, enc) {
  const status = h("div", { class: "form-status" });
  const close = async ({ discard = false } = {}) => {
    const pending = discard ? [] : unsavedForms(main);
    if (pending.length) {
      // Closing would lose what is typed: say what, take the doctor to it, and close only when asked.
      replace(status, h("div", { class: "alert alert-warn", role: "alert", "data-testid": "unsaved-warning" },
        h("p", { class: "alert-title" }, "⚠ ", t("chart.unsaved_title")),
        h("ul", {}, pending.map((p) => h("li", {}, t(p.message)))),
        h("p", {}, t("chart.unsaved_hint")),
        h("button", { type: "button", class: "btn btn-danger", "data-testid": "close-discard", onclick: () => {
          pending.forEach((p) => clearDraft(`${p.draft}:${enc.id}`));
          close({ discard: true });
        } }, t("chart.close_discard"))));
      pending[0].form.scrollIntoView({ block: "center" });
      pending[0].form.elements[pending[0].names[0]]?.focus({ preventScroll: true });
      return;
    }
    if (!discard && !window.confirm(t("chart.confirm_close"))) return;
    try {
      await post(`/encounters/${encodeURIComponent(enc.id)}/close`);
      replace(status, notice(t("chart.closed")));
      navigate("/kiosk/queue");
    } catch (err) {
      replace(status, errorBox(err, () => close({ discard })));
    }
  };
  return h("section", { class: "card" }, h("button", { type: "button", class: "btn btn-danger btn-wide", "data-testid": "close-visit",
    onclick: () => close() }, t("chart.close")), status);
}
