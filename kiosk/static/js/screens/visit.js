// A visit at the desk: the token, the complaint (typed or spoken), the triage card, the vitals.

import { ApiError, get, post, put } from "../api.js";
import { h, ICONS, icon, replace } from "../dom.js";
import { clearDraft } from "../drafts.js";
import { departmentName, locale, t } from "../i18n.js";
import { navigate } from "../nav.js";
import { startRecording, transcribe, voiceSupported } from "../recorder.js";
import { may } from "../session.js";
import { charLimit, errorBox, field, formSubmit, notice, patientBanner, section } from "../ui.js";
import { forgetSearch } from "./patients.js";
import { teleconsultSection } from "./teleconsult.js";
import {
  asksPregnancy, changeBanner, levelBadge, PREGNANCY_ANSWERS, pregnancyQuestion, pregnancyShown, revealTriage, triageCard,
} from "./triage.js";

export const VITALS = [
  ["temperature_c", "°C", "0.1"], ["pulse", "/min", "1"], ["resp_rate", "/min", "1"], ["spo2", "%", "1"],
  ["systolic_bp", "mmHg", "1"], ["diastolic_bp", "mmHg", "1"], ["weight_kg", "kg", "0.1"], ["glucose_mg_dl", "mg/dL", "1"],
];

// The longest complaint the box takes (ComplaintIn, the checker's MAX_TEXT_CHARS; a test keeps them equal).
export const COMPLAINT_MAX_CHARS = 5000;

// Voice is offered until the box says it has no speech route (404) in this browser session.
let voiceRoute = true;

export async function visitScreen(main, encounterId) {
  const eid = encodeURIComponent(encounterId);
  const enc = await get(`/encounters/${eid}`);
  const [patient, appointment, departments, told] = await Promise.all([
    get(`/patients/${encodeURIComponent(enc.patient_id)}`),
    enc.appointment_id ? get(`/appointments/${encodeURIComponent(enc.appointment_id)}`) : null,
    get("/departments"),
    enc.complaint ? loadTriage(eid) : null,
  ]);
  // Vital signs in a danger band are triaged before any complaint (the queue already has the level): a reopened
  // visit shows that card too. Asked only then: readings within limits leave no triage to fetch.
  const triage = told || (appointment?.triage_level ? await loadTriage(eid) : null);
  const department = departments.results.find((d) => d.id === (appointment?.department_id || enc.department_id));
  const tokenBox = appointment?.token_number
    ? h("div", { class: "token-box", "data-testid": "token" }, h("span", {}, t("visit.token")),
      h("strong", { class: "token" }, appointment.token_number), department ? h("span", { class: "token-department" }, departmentName(department.name)) : null)
    : null;
  const triageArea = h("div", { class: "triage-area" });
  const closed = enc.status !== "open";
  replace(main, patientBanner(patient, [tokenBox, h("div", { class: "visit-level", "data-testid": "visit-level", hidden: true })]),
    closed ? notice(t("visit.closed"), "warn") : null,
    complaintSection(enc, triageArea, closed, patient, triage),
    triageArea,
    vitalsSection(enc, closed, triageArea, patient),
    may("teleconsult.read") ? teleconsultSection(enc, triage) : null,
    h("div", { class: "actions" },
      h("a", { href: "/kiosk/patients", "data-link": "", class: "btn btn-primary", onclick: forgetSearch }, t("visit.next_patient")),
      may("billing.read") ? h("a", { href: `/kiosk/patients/${encodeURIComponent(patient.id)}/billing`, "data-link": "", class: "btn" }, t("patient.billing")) : null));
  if (triage) showStored(triageArea, triage, encounterId, patient);
}

// A decision stands, and is shown (level, who, when), until the clinician decides again; a suggestion made
// after it (new vital signs, a new complaint) asks the clinician again only if its level differs.
function asksAgain(triage) {
  const d = triage.decision;
  return Boolean(d && d.decided_at < triage.suggestion.created_at && d.level !== triage.suggestion.result.level);
}

// The standing level beside the token at the top of the visit (at 1024x600 the card's own badge sat below the fold
// on a freshly opened visit): the clinician's decision while it stands, else the suggestion; a tap shows the card.
function showLevel(triage, area) {
  const slot = document.querySelector("[data-testid=visit-level]");
  if (!slot) return;
  const decided = triage.decision && !asksAgain(triage);
  const level = decided ? triage.decision.level : triage.suggestion.result.level;
  slot.hidden = false;
  slot.dataset.level = level;
  replace(slot, h("button", { type: "button", class: "visit-level-button", onclick: () => revealTriage(area) },
    h("span", { class: "visit-level-label" }, decided ? t("triage.level") : t("triage.suggested_level")), levelBadge(level)));
}

function showStored(area, triage, encounterId, patient, change = null) {
  showLevel(triage, area);
  replace(area, change ? changeBanner(change) : null,
    triageCard(triage.suggestion.result, triage.decision,
      { encounterId, asks: asksAgain(triage), pregnancy: pregnancyShown(triage.suggestion, patient) }));
  document.dispatchEvent(new CustomEvent("triage-changed"));  // the teleconsult form says what it now sends
}

async function loadTriage(eid) {
  try {
    return await get(`/encounters/${eid}/triage`);
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return null;
    throw err;
  }
}

// The complaint, and for a woman who may be pregnant the question "Pregnant?" (Yes / No / Not known): the
// answer goes with the triage, whose pregnancy rules it turns on (yes) or off (no). A complaint past the box's
// limit is kept whole in the field and refused until shortened: nothing is triaged on a text cut short.
function complaintSection(enc, triageArea, closed, patient, triage) {
  const eid = encodeURIComponent(enc.id);
  const text = h("textarea", { name: "complaint", rows: 3, required: true, class: "complaint-input",
    placeholder: t("visit.complaint_placeholder"), value: enc.complaint || "", readonly: closed ? true : null });
  const limit = closed ? null : charLimit(text, COMPLAINT_MAX_CHARS, "visit.complaint_too_long");
  const voiceStatus = h("div", { class: "voice-status", "aria-live": "polite" });
  const asked = !closed && asksPregnancy(patient);
  const form = h("form", { class: "form" },
    field(t("visit.complaint"), text, limit?.count),
    asked ? pregnancyQuestion(triage?.suggestion.pregnant) : null,
    h("div", { class: "actions" },
      !closed && voiceRoute && voiceSupported() ? voiceButton(enc.id, text, voiceStatus) : null,
      !closed ? h("button", { type: "submit", class: "btn btn-primary" }, t("visit.save_triage")) : null),
    voiceStatus);
  if (!closed) {
    const { draft } = formSubmit(form, {
      draftKey: `complaint:${enc.id}`,
      handler: async (v) => {
        const complaint = v.complaint.trim();
        await put(`/encounters/${eid}/complaint`, { complaint });
        await post(`/encounters/${eid}/triage`, asked ? { pregnant: PREGNANCY_ANSWERS[v.pregnant] ?? null } : {});
        showStored(triageArea, await loadTriage(eid), enc.id, patient);
        revealTriage(triageArea);
      },
    });
    draft?.restored.then(limit.update);
  }
  return section(t("visit.complaint_title"), form);
}

function voiceButton(encounterId, textarea, status) {
  let recording = null;
  const button = h("button", { type: "button", class: "btn btn-voice", "data-testid": "record", "aria-pressed": "false" },
    icon("microphone", ICONS.microphone), " ", t("voice.record"));
  const setIdle = () => {
    recording = null;
    button.classList.remove("recording");
    button.setAttribute("aria-pressed", "false");
    replace(button, icon("microphone", ICONS.microphone), " ", t("voice.record"));
  };
  const finish = async () => {
    const rec = recording;
    setIdle();
    button.disabled = true;
    replace(status, h("p", { class: "saving" }, t("voice.transcribing")));
    try {
      const blob = await rec.stop();
      const result = await transcribe(encounterId, blob);
      const said = (result.text || "").trim();
      if (said) {
        textarea.value = textarea.value.trim() ? `${textarea.value.trim()} ${said}` : said;
        textarea.dispatchEvent(new Event("input", { bubbles: true }));
        replace(status, notice(t("voice.done")));
      } else replace(status, notice(t("voice.nothing"), "warn"));
    } catch (err) {
      replace(status, voiceError(err, button));
    } finally {
      button.disabled = false;
    }
  };
  button.addEventListener("click", async () => {
    if (recording) return finish();
    try {
      recording = await startRecording(() => finish());
      button.classList.add("recording");
      button.setAttribute("aria-pressed", "true");
      replace(button, icon("stop", ICONS.stop), " ", t("voice.stop"));
      replace(status, h("p", { class: "recording-hint" }, t("voice.listening")));
    } catch (err) {
      recording = null;
      replace(status, h("div", { class: "alert alert-warn", role: "status" },
        err.name === "NotAllowedError" ? t("voice.blocked") : t("voice.no_microphone")));
    }
  });
  return button;
}

function voiceError(err, button) {
  if (err instanceof ApiError && (err.status === 404 || err.status === 405)) {
    voiceRoute = false;
    button.hidden = true;
    return h("div", { class: "alert alert-warn", role: "status" }, t("voice.unavailable"));
  }
  if (err instanceof ApiError && err.status === 503) {
    return h("div", { class: "alert alert-warn", role: "status" }, t("voice.busy"));
  }
  if (err instanceof ApiError && err.status === 413) {
    return h("div", { class: "alert alert-warn", role: "status" }, t("voice.too_long"));
  }
  return errorBox(err);
}

function vitalsSection(enc, closed, triageArea, patient) {
  const patientBirth = patient.birth_date;
  const eid = encodeURIComponent(enc.id);
  const readings = [...enc.vitals];  // every reading of the visit, oldest first
  const recorded = h("div", { class: "vitals-recorded" }, vitalsList(readings, patientBirth));
  if (closed || !may("encounters.intake")) return section(t("vitals.title"), recorded);
  const form = h("form", { class: "form vitals-form" },
    h("div", { class: "grid-4" }, VITALS.map(([kind, unit, step]) =>
      field(`${t(`vitals.${kind}`)} (${unit})`, h("input", { name: kind, type: "number", inputmode: "decimal", step, min: 0 })))),
    h("button", { type: "submit", class: "btn btn-primary" }, t("vitals.save")));
  formSubmit(form, {
    draftKey: `vitals:${enc.id}`,
    fieldHint: fahrenheitHint,
    handler: async (v) => {
      const body = {};
      for (const [kind] of VITALS) if (v[kind] !== "" && v[kind] !== undefined) body[kind] = Number(v[kind]);
      if (!Object.keys(body).length) throw Object.assign(new Error("empty"), { handled: notice(t("vitals.empty"), "warn") });
      const confirmed = form.dataset.confirm === "1";
      delete form.dataset.confirm;
      const { saved, held } = await saveVitals(eid, body, confirmed);
      readings.push(...saved);
      replace(recorded, vitalsList(readings, patientBirth));
      // The box re-ran the triage with the readings saved (once there is a complaint): show what changed.
      const triage = saved.length ? await loadTriage(eid) : null;
      const change = triage?.suggestion.change?.trigger === "vitals" ? triage.suggestion.change : null;
      if (change) showStored(triageArea, triage, enc.id, patient, change);
      if (held) {
        // The doubtful readings stay in the form, the saved ones leave it; the box says which is which.
        for (const r of saved) form.elements.namedItem(r.kind).value = "";
        form.dispatchEvent(new Event("input"));  // the draft keeps only what is held
        const box = heldBox(held, saved, change, () => { form.dataset.confirm = "1"; form.requestSubmit(); });
        requestAnimationFrame(() => box.scrollIntoView({ block: "center" }));
        throw Object.assign(new Error("held"), { handled: box });
      }
      form.reset();
      clearDraft(`vitals:${enc.id}`);
      if (change) revealTriage(triageArea);
    },
  });
  return section(t("vitals.title"), recorded, deviceOffers(eid, readings, recorded, patientBirth), form);
}

// A refused temperature between 86 and 113 was most likely read in °F (98.6 is 37.0 °C): say so, with the °C.
export function fahrenheitHint(name, value) {
  const f = Number(value);
  if (name !== "temperature_c" || !(f >= 86 && f <= 113)) return null;
  return t("vitals.looks_fahrenheit", { f: value, c: ((f - 32) * 5 / 9).toFixed(1) });
}

const OFFER_WATCH_MS = 2000;

// A device measures for one visit at a time: the worker taps "Measure this patient" on the device first
// (several visits are open in a room; the box cannot tell whose arm is in the cuff). The stable reading it
// then gives is offered to this visit only: "BP 132/86 from the blood-pressure monitor for Meena, 10:42 —
// use it?"; accepting records it as vitals with its device as the source.
function deviceOffers(eid, readings, recorded, patientBirth) {
  const area = h("div", { class: "device-offers", "aria-live": "polite" });
  let shown = "";
  async function look(force = false) {
    const devices = (await get(`/devices/offers?encounter_id=${eid}`)).results;
    const key = devices.map((d) => `${d.device}:${d.status in DEVICE_TROUBLE}:${d.measuring_for?.encounter_id}:${d.offer?.reading_id}`).join(",");
    if (key === shown && !force) return;
    shown = key;
    replace(area, devices.map((d) => d.offer
      ? offerCard(eid, d, readings, recorded, look, patientBirth)
      : deviceRow(eid, d, () => look(true))));
  }
  look().catch(() => {});
  const timer = setInterval(() => {
    if (!area.isConnected) return clearInterval(timer);
    if (!document.hidden) look().catch(() => {});
  }, OFFER_WATCH_MS);
  return area;
}

// A device without a reading for this visit: whom it measures for, and the button to measure this patient.
function deviceRow(eid, device, again) {
  const mine = device.measuring_for?.encounter_id === decodeURIComponent(eid);
  const status = h("div", {});
  const claim = h("button", { type: "button", class: "btn", "data-testid": "claim-device" }, t("devices.measure_this"));
  claim.addEventListener("click", async () => {
    claim.disabled = true;
    try {
      await post(`/devices/${encodeURIComponent(device.device)}/claim`, { encounter_id: decodeURIComponent(eid) });
      await again();
    } catch (err) {
      claim.disabled = false;
      replace(status, errorBox(err));
    }
  });
  const kind = t(`devices.kind.${device.kind}`);
  return h("div", { class: "device-row", "data-device": device.device, "data-status": device.status,
      "data-claimed": mine ? "mine" : (device.measuring_for ? "other" : "none") },
    h("span", {}, mine ? t("devices.measuring_this", { device: kind })
      : device.measuring_for ? t("devices.measuring_other", { device: kind, name: device.measuring_for.patient_name })
        : t("devices.free", { device: kind })),
    mine ? null : claim, deviceTrouble(device, kind), status);
}

// A device that cannot give a reading says so in the worker's words (the box's reason, for the technician,
// underneath): unplugged or switched off, not readable, or no news from the box's device service.
const DEVICE_TROUBLE = { gone: "devices.trouble.gone", error: "devices.trouble.error", silent: "devices.trouble.silent" };

function deviceTrouble(device, kind) {
  const key = DEVICE_TROUBLE[device.status];
  if (!key) return null;
  return h("div", { class: "alert alert-warn device-trouble", role: "status", "data-testid": "device-trouble" },
    h("p", { class: "alert-title" }, t(key, { device: kind })),
    device.reason ? h("p", { class: "alert-detail muted" }, device.reason) : null);
}

const unitOf = (kind) => VITALS.find(([k]) => k === kind)?.[1] ?? "";
const readingText = (kind, value) => `${t(`vitals.${kind}`)} ${value} ${unitOf(kind)}`;
const BP_PAIR = ["systolic_bp", "diastolic_bp"];

// The age check's problem (422) for readings it doubts or refuses, else null.
function ageProblem(err) {
  const p = err instanceof ApiError && err.status === 422 ? err.problem : null;
  return p && p.needs_confirmation !== undefined ? p : null;
}

// Save typed readings. Those the age check doubts (or refuses) are held back, and the rest saved at once: an
// SpO₂ of 84 re-triages the patient now, not after someone re-measures a doubtful blood pressure (holding the
// plausible readings too left every one unsaved, and the level unchanged, until "I measured again" was pressed).
// A doubtful half of a blood pressure holds back the other half: the two are one reading.
async function saveVitals(eid, body, confirmed) {
  try {
    const saved = await post(`/encounters/${eid}/vitals`, { ...body, ...(confirmed ? { confirm_implausible: true } : {}) });
    return { saved: saved.results, held: null };
  } catch (err) {
    const problem = ageProblem(err);
    if (!problem) throw err;
    const kinds = new Set((problem.implausible || problem.impossible || []).map((d) => d.kind));
    if (BP_PAIR.some((k) => kinds.has(k))) BP_PAIR.forEach((k) => kinds.add(k));
    const rest = Object.fromEntries(Object.entries(body).filter(([kind]) => !kinds.has(kind)));
    const saved = Object.keys(rest).length ? (await post(`/encounters/${eid}/vitals`, rest)).results : [];
    const heldReadings = Object.entries(body).filter(([kind]) => kinds.has(kind));
    return { saved, held: { problem, readings: heldReadings } };
  }
}

// Each reading the age check doubts or refuses, in the kiosk's language with the sign's name (the box's own
// sentence names the field, in English).
function ageCheckLines(p) {
  const key = p.needs_confirmation ? "vitals.unusual_value" : "vitals.impossible_value";
  return (p.implausible || p.impossible || []).map((d) => h("li", { "data-kind": d.kind },
    t(key, { name: t(`vitals.${d.kind}`), value: d.value, unit: unitOf(d.kind), low: d.low, high: d.high })));
}

// A 422 from the age check on a device's reading: why, and for an unusual (not impossible) value a button that
// sends it again confirmed.
function ageCheckBox(err, confirm) {
  const p = ageProblem(err);
  if (!p) return null;
  return h("div", { class: "alert alert-error", role: "alert", "data-testid": "age-check" },
    h("p", { class: "alert-title" }, t(p.needs_confirmation ? "vitals.unusual_for_age" : "vitals.impossible_for_age")),
    h("ul", { class: "alert-detail" }, ageCheckLines(p)),
    p.needs_confirmation ? h("button", { type: "button", class: "btn", "data-testid": "confirm-unusual", onclick: confirm }, t("vitals.confirm_unusual")) : null);
}

// Typed readings held back by the age check: why, what is saved already (and the level it gave), what is not.
function heldBox(held, saved, change, confirm) {
  const p = held.problem;
  return h("div", { class: "alert alert-error", role: "alert", "data-testid": "age-check" },
    h("p", { class: "alert-title" }, t(p.needs_confirmation ? "vitals.unusual_for_age" : "vitals.impossible_for_age")),
    h("ul", { class: "alert-detail" }, ageCheckLines(p)),
    saved.length
      ? h("p", { "data-testid": "vitals-saved-now" },
        t("vitals.others_saved", { readings: saved.map((r) => readingText(r.kind, r.value)).join(", ") }),
        change ? [" → ", levelBadge(change.to)] : null)
      : null,
    h("p", { class: "vitals-held", "data-testid": "vitals-held" },
      t("vitals.held", { readings: held.readings.map(([kind, value]) => readingText(kind, value)).join(", ") })),
    p.needs_confirmation ? h("button", { type: "button", class: "btn", "data-testid": "confirm-unusual", onclick: confirm }, t("vitals.confirm_unusual")) : null);
}

function offerCard(eid, device, readings, recorded, look, patientBirth) {
  const values = Object.entries(device.offer.values)
    .map(([kind, value]) => `${t(`vitals.${kind}`)} ${value} ${VITALS.find(([k]) => k === kind)?.[1] ?? ""}`).join(" · ");
  const time = new Intl.DateTimeFormat(locale(), { timeStyle: "short" }).format(new Date(device.offer.read_at));
  const status = h("div", {});
  const use = h("button", { type: "button", class: "btn btn-primary" }, t("devices.use_it"));
  async function accept(confirmed) {
    use.disabled = true;
    try {
      const saved = await post(`/encounters/${eid}/device-readings`,
        { reading_id: device.offer.reading_id, ...(confirmed ? { confirm_implausible: true } : {}) });
      readings.push(...saved.results);
      replace(recorded, vitalsList(readings, patientBirth));
      await look();
    } catch (err) {
      use.disabled = false;
      replace(status, ageCheckBox(err, () => accept(true)) || errorBox(err));
      await look().catch(() => {});
    }
  }
  use.addEventListener("click", () => accept(false));
  return h("div", { class: "alert alert-ok device-offer", "data-device": device.device },
    h("span", {}, t("devices.offer_for", { values, device: t(`devices.kind.${device.kind}`), name: device.offer.patient_name, time })),
    use, status);
}

// Normal ranges at rest, by age in years (from the lower bound of the row): outside them a reading
// is marked high or low. Children's pulse and breathing rate after WHO IMCI / PALS tables; adults'
// blood pressure after the usual clinic cut-offs (hypertension 140/90, hypotension 90/60).
const NORMAL = [
  // [kind, from age, low, high]
  ["temperature_c", 0, 36.0, 37.9], ["spo2", 0, 94, 100],
  ["pulse", 0, 100, 160], ["pulse", 1, 80, 140], ["pulse", 6, 70, 120], ["pulse", 13, 50, 100],
  ["resp_rate", 0, 30, 60], ["resp_rate", 1, 24, 40], ["resp_rate", 6, 18, 30], ["resp_rate", 13, 12, 20],
  ["systolic_bp", 13, 90, 139], ["diastolic_bp", 13, 60, 89], ["glucose_mg_dl", 0, 70, 180],
];

export function vitalFlag(kind, value, ageYears) {
  const age = ageYears ?? 99; // unknown: read as an adult
  const rows = NORMAL.filter(([k, from]) => k === kind && from <= age);
  const range = rows[rows.length - 1];
  if (!range || value === null || value === undefined) return null;
  if (value < range[2]) return "low";
  if (value > range[3]) return "high";
  return null;
}

function ageYears(birthDate) {
  if (!birthDate) return null;
  const born = new Date(birthDate);
  const now = new Date();
  let years = now.getFullYear() - born.getFullYear();
  if (now < new Date(now.getFullYear(), born.getMonth(), born.getDate())) years -= 1;
  return years;
}

// Each kind's latest reading keeps its label and value together (one grid cell, value unbroken); one outside
// its normal range for the patient's age is marked in colour, with an arrow and the word. ``readings``: the
// visit's, oldest first; the earlier ones of a kind are listed under its latest.
export function vitalsList(readings, birthDate) {
  const byKind = new Map();
  for (const r of readings) {
    if (!byKind.has(r.kind)) byKind.set(r.kind, []);
    byKind.get(r.kind).push(r);
  }
  if (!byKind.size) return h("p", { class: "hint" }, t("vitals.none"));
  const age = ageYears(birthDate);
  return h("dl", { class: "vitals" }, [...byKind].map(([kind, list]) => {
    const last = list[list.length - 1];
    const flag = vitalFlag(kind, last.value, age);
    return h("div", { class: flag ? `vital vital-abnormal vital-${flag}` : "vital", "data-kind": kind, "data-flag": flag || null },
      h("dt", {}, t(`vitals.${kind}`)),
      h("dd", {}, h("span", { class: "vital-value" }, `${last.value}\u00a0${last.unit}`),
        flag ? h("span", { class: "vital-flag" }, ` ${flag === "high" ? "▲" : "▼"}\u00a0${t(`vitals.${flag}`)}`) : null),
      earlierReadings(list.slice(0, -1), kind, age));
  }));
}

// The visit's earlier readings of one kind under its latest, newest first (the last EARLIER_SHOWN), each with
// its time and its own mark: a doctor sees that SpO₂ 97 % was 82 % at 10:02, not just the 97.
const EARLIER_SHOWN = 3;

function earlierReadings(earlier, kind, age) {
  if (!earlier.length) return null;
  const time = new Intl.DateTimeFormat(locale(), { timeStyle: "short" });
  const shown = earlier.slice(-EARLIER_SHOWN).reverse().map((r) => {
    const flag = vitalFlag(kind, r.value, age);
    const mark = flag ? `\u00a0${flag === "high" ? "▲" : "▼"}` : "";
    return `${r.value}\u00a0${r.unit}${mark} (${time.format(new Date(r.recorded_at))})`;
  });
  const more = earlier.length > EARLIER_SHOWN ? ` · ${t("vitals.earlier_more", { n: earlier.length - EARLIER_SHOWN })}` : "";
  return h("dd", { class: "vital-earlier", "data-testid": "vital-earlier" }, `${t("vitals.earlier")}: ${shown.join(" · ")}${more}`);
}
