// The triage card: level as a colour and a word, suggested specialty, red flags, what to do, the symptoms found
// (negated and past ones marked), reasons, and the clinician's confirm-or-override (an emergency's comes first,
// see triageCard). Rule texts come with the result in English and Hindi (by stable rule code): the card shows the
// kiosk's language only.

import { ApiError, get, put } from "../api.js";
import { h, replace } from "../dom.js";
import { ageParts, dateTime } from "../format.js";
import { language, t } from "../i18n.js";
import { may } from "../session.js";
import { choices, errorBox, field, formSubmit } from "../ui.js";

export const LEVELS = ["emergency", "urgent", "routine", "self_care"];

// models/triage/data/specialties.txt, in order (a test keeps this list and the catalogues in step).
export const SPECIALTIES = [
  "emergency", "general medicine", "pediatrics", "obstetrics and gynecology", "cardiology", "pulmonology",
  "neurology", "orthopedics", "dermatology", "ophthalmology", "ent", "dentistry", "psychiatry", "general surgery",
  "urology", "gastroenterology", "endocrinology", "nephrology", "infectious disease",
];

export function specialtyName(name) {
  return name ? t(`specialty.${name}`) : "";
}

// "Pregnant?" is asked of a woman of 10 to 55 (the checker's child-bearing ages, models/triage/patient.py), or
// of one whose age is not known; the box refuses a "yes" for a man or outside 10-60 (appliance/triage/const.py).
const PREGNANCY_AGES = [10, 55];
export const PREGNANCY_ANSWERS = { yes: true, no: false, unknown: null };
const answerOf = (pregnant) => (pregnant === true ? "yes" : pregnant === false ? "no" : "unknown");

export function asksPregnancy(patient) {
  if (patient?.sex !== "female") return false;
  if (!patient.birth_date) return true;
  const { years } = ageParts(patient.birth_date);
  return years >= PREGNANCY_AGES[0] && years <= PREGNANCY_AGES[1];
}

// The question, answered as at the last triage (else "Not known") until the health worker answers it again.
export function pregnancyQuestion(pregnant) {
  const group = choices("pregnant", Object.keys(PREGNANCY_ANSWERS).map((a) => [a, t(`pregnancy.${a}`)]),
    { legend: t("pregnancy.question"), required: true, value: answerOf(pregnant) });
  group.dataset.testid = "pregnancy-question";
  return group;
}

// What the card says of a pregnancy: the answer given (yes, no), or "not known" for a woman it was asked of;
// undefined (nothing shown) for anyone else.
export function pregnancyShown(suggestion, patient) {
  const given = suggestion?.pregnant;
  if (given === true || given === false) return given;
  return asksPregnancy(patient) ? null : undefined;
}

function pregnancyLine(pregnant) {
  const answer = answerOf(pregnant);
  return h("p", { class: `triage-pregnancy pregnancy-${answer}`, "data-testid": "triage-pregnancy", "data-pregnant": answer },
    h("span", { class: "muted" }, `${t("pregnancy.label")}: `), h("strong", {}, t(`pregnancy.${answer}`)));
}

// "URGENT [rule_id] Human text: evidence" -> {level, rule, text}: suggestions stored before rule codes
// carried their texts in both languages (engine 1.x) show their English reasons as they were.
function parseReason(reason) {
  const m = /^([A-Z_]+)\s+\[([^\]]+)\]\s*(.*)$/.exec(reason);
  return m ? { level: m[1].toLowerCase(), rule: m[2], text: m[3] } : { level: null, rule: null, text: reason };
}

// A reading quoted as evidence, as models/triage/vitals.py LABELS words it ("systolic BP 84", "SpO2 84%"):
// said in the card's language (triage.reading.*, units in words on the Hindi card).
const READINGS = [
  [/^SpO2 (-?[\d.]+)%$/, "spo2"], [/^respiratory rate (-?[\d.]+)\/min$/, "resp_rate"],
  [/^pulse (-?[\d.]+)\/min$/, "pulse"], [/^systolic BP (-?[\d.]+)$/, "systolic_bp"],
  [/^diastolic BP (-?[\d.]+)$/, "diastolic_bp"], [/^temperature (-?[\d.]+) °C$/, "temperature_c"],
];

function readingText(evidence) {
  for (const [pattern, kind] of READINGS) {
    const m = pattern.exec(evidence);
    if (m) return t(`triage.reading.${kind}`, { value: m[1] });
  }
  return null;
}

// What the card says of a finding: its reason, then what triggered it. The English card quotes all its evidence;
// another language quotes the readings (words the rules matched are English terms, so they are left out there).
// The learned model's findings are said as what the wording resembles, for a clinician to confirm: never its
// name or its probability (those stay in the result's evidence, for the record).
function findingText(f, lang) {
  if (f.code.startsWith("learned_")) return t(`triage.${f.code}`);
  const reason = f.reason[lang] || f.reason.en;
  const quoted = lang === "en" ? f.evidence : f.evidence.map(readingText).filter(Boolean);
  return quoted.length ? `${reason}: ${quoted.join(", ")}` : reason;
}

// The fired rules in the kiosk's language: from the result's codes and texts (engine 2), else the old reasons.
function findingsOf(result, lang) {
  if (result.findings) {
    return result.findings.map((f) => ({
      level: f.level, rule: f.code, redFlag: f.red_flag, name: f.name[lang] || f.name.en, text: findingText(f, lang),
    }));
  }
  const flags = new Set(result.red_flags || []);
  return (result.reasons || []).map(parseReason).map((r) => ({ ...r, name: r.text, redFlag: flags.has(r.rule) }));
}

// Rules that only name the level left when nothing worse fired (models/triage/rules.py DEFAULT_LEVEL_RULES): under
// a higher level they contradict the card ("Minor illness ... at home" on an emergency), so it never shows them.
const DEFAULT_LEVEL_RULES = new Set(["clinical_review", "minor_illness", "learned_self_care"]);
const rank = (level) => (LEVELS.includes(level) ? LEVELS.indexOf(level) : LEVELS.length);

// The card's "Why": the reasons at the decided level (red flags apart, first), and the lower ones kept apart
// behind "more"; highest first, and none that contradicts the level (suggestions stored before the engine left
// them out still carry them).
export function reasonsFor(findings, level) {
  const kept = findings.filter((f) => !(DEFAULT_LEVEL_RULES.has(f.rule) && rank(f.level) > rank(level)))
    .sort((a, b) => rank(a.level) - rank(b.level));
  const atLevel = (f) => !f.level || f.level === level;
  return {
    redFlags: kept.filter((f) => f.redFlag),
    main: kept.filter((f) => !f.redFlag && atLevel(f)),
    lower: kept.filter((f) => !f.redFlag && !atLevel(f)),
  };
}

function reasonItem(r) {
  return h("li", { "data-rule": r.rule, "data-level": r.level || "" }, r.level ? levelBadge(r.level) : null, " ", r.text);
}

export function levelBadge(level) {
  return h("span", { class: `level level-${level}`, "data-level": level }, t(`level.${level}`));
}

// How long, in the card's language ("2 din se" is "for 2 days" on the English card, "2 दिन से" on the Hindi one).
// A result stored before the engine worded it (no duration_label) shows the patient's words, on the English card only.
function durationText(s, lang) {
  if (s.duration_label) return s.duration_label[lang] || s.duration_label.en;
  return lang === "en" ? s.duration : null;
}

// A past episode of the patient's own ("fits as a child, none for 10 years") is a history, shown as "past: seizure":
// never as "no seizure", which the health worker reads as a denial (the result says negated, not present now).
function symptomChip(s, lang) {
  const name = (s.label && s.label[lang]) || s.name;
  const duration = s.duration ? durationText(s, lang) : null;
  const extra = [duration ? h("span", { class: "chip-extra", "data-duration": "" }, ` ${duration}`) : null,
    s.severity ? h("span", { class: "chip-extra" }, ` ${t(`triage.severity.${s.severity}`)}`) : null];
  const cls = s.past ? "chip chip-past" : s.negated ? "chip chip-negated" : s.learned ? "chip chip-learned" : "chip";
  const words = s.past ? `${t("triage.past")} ${name}` : s.negated ? `${t("triage.not")} ${name}`
    : s.learned ? `${name}?` : name;
  return h("span", { class: cls, "data-symptom": s.name, title: s.learned ? t("triage.learned_symptom") : null },
    words, ...extra);
}

// What the complaint named that no symptom stands for (a head injury, a stab wound): named beside the symptoms,
// whatever the level (under an emergency its own reason is folded away with the lower ones).
function signChip(sign, lang) {
  return h("span", { class: "chip chip-sign", "data-sign": sign.code }, sign.label[lang] || sign.label.en);
}

// Scroll a freshly shown card so its level sits just below the sticky top bar, however tall the bar has
// wrapped (at 1024x600 in Hindi it takes two lines): the level must be seen without scrolling.
// Measured at the next frame: the form's "Saving…" line above the card goes once the save is done.
export function revealTriage(area) {
  requestAnimationFrame(() => {
    const card = area.querySelector(".triage-change") || area.querySelector(".triage-card") || area;
    const bar = document.querySelector(".topbar");
    const top = card.getBoundingClientRect().top + window.scrollY - (bar ? bar.getBoundingClientRect().height : 0) - 8;
    window.scrollTo({ top: Math.max(0, top), behavior: "auto" });
  });
}

// What new readings did to the level ("SpO₂ 84 % → EMERGENCY"): the readings the rules quoted, then the level.
// Kept above the card, not in it: units and SpO₂ are Latin, the Hindi card is not.
export function changeBanner(change) {
  // Every reading saved (a pulse of 170 belongs here even when no rule quoted it); the quoted ones first.
  const quoted = (r) => change.because.some((b) => b.kind === r.kind);
  const readings = change.readings?.length ? [...change.readings].sort((a, b) => quoted(b) - quoted(a)) : change.because;
  const because = readings.map((r) => `${t(`vitals.${r.kind}`)} ${r.value} ${r.unit}`).join(", ");
  const moved = change.from && change.from !== change.to;
  return h("div", { class: `alert triage-change${change.rose ? " rose" : ""}`, role: change.rose ? "alert" : "status",
    "data-testid": "triage-change", "data-from": change.from || "", "data-to": change.to },
  h("span", {}, `${t("triage.change_title")}: ${because} →`), levelBadge(change.to),
  h("span", { class: "muted" }, !change.from ? t("triage.change_first")  // no level before: nothing stayed the same
    : moved ? `(${t(`level.${change.from}`)} → ${t(`level.${change.to}`)})`
      : t("triage.change_same", { level: t(`level.${change.to}`) })));
}

// `decision` is the standing decision (null: none yet). `asks`: the suggestion shown came after it with another
// level, so the clinician is asked again beside it; a later suggestion at the same level leaves it standing.
// An emergency's card leads with what to act on: the level, then Confirm, then what to do, then the red flags (a
// child's eight red flags with their reasons pushed the Confirm and "take to the emergency bed" below the fold at
// 1024x600); every other card reads red flags, what to do, and the decision last.
export function triageCard(result, decision, { encounterId, onDecided, asks = false, pregnancy } = {}) {
  const lang = language();
  const findings = findingsOf(result, lang);
  const { redFlags, main, lower } = reasonsFor(findings, result.level);
  const advice = (result.advice || []).map((a) => a.text[lang] || a.text.en);
  const emergency = result.level === "emergency";
  const decisionArea = h("div", { class: emergency ? "decision decision-first" : "decision" });
  const flagsBox = redFlags.length
    ? h("div", { class: "red-flags", role: "alert" }, h("strong", {}, t("triage.red_flags")),
      h("ul", {}, redFlags.map((f) => h("li", { "data-rule": f.rule }, h("strong", {}, f.name),
        f.name !== f.text ? h("span", { class: "red-flag-reason" }, ` — ${f.text}`) : null))))
    : null;
  const adviceBox = advice.length
    ? h("div", { class: "triage-advice", "data-testid": "triage-advice" }, h("strong", {}, t("triage.advice")),
      h("ul", {}, advice.map((text) => h("li", {}, text))))
    : null;
  const card = h("section", { class: `card triage-card triage-${result.level}`, "data-testid": "triage-card", lang },
    h("div", { class: "triage-head" },
      levelBadge(result.level),
      result.specialties?.length
        ? h("div", { class: "triage-specialty" }, h("span", { class: "muted" }, t("triage.specialty")), " ",
          h("strong", {}, specialtyName(result.specialties[0])),
          result.specialties.length > 1 ? h("span", { class: "muted" }, " · ", result.specialties.slice(1).map(specialtyName).join(", ")) : null)
        : null),
    emergency ? decisionArea : null,
    pregnancy === undefined ? null : pregnancyLine(pregnancy),
    emergency ? [adviceBox, flagsBox] : [flagsBox, adviceBox],
    h("div", { class: "symptoms" }, h("strong", {}, t("triage.symptoms")), " ",
      result.symptoms?.length || result.signs?.length
        ? [...(result.symptoms || []).map((s) => symptomChip(s, lang)),
          ...(result.signs || []).map((s) => signChip(s, lang))]
        : h("span", { class: "muted" }, t("triage.no_symptoms"))),
    main.length || lower.length
      ? h("details", { class: "reasons", open: true, "data-testid": "triage-reasons" }, h("summary", {}, t("triage.reasons")),
        main.length ? h("ul", { class: "reasons-main" }, main.map(reasonItem)) : null,
        lower.length
          ? h("details", { class: "reasons-more", "data-testid": "triage-reasons-more" },
            h("summary", {}, t("triage.more_reasons", { n: lower.length })),
            h("ul", {}, lower.map(reasonItem)))
          : null)
      : null,
    emergency ? null : decisionArea);
  drawDecision(decisionArea, result, decision, { encounterId, onDecided, asks });
  return card;
}

const staffNames = new Map(); // "staff:<id>" -> full name

async function staffName(actor) {
  if (!actor?.startsWith("staff:")) return actor || "";
  if (!staffNames.has(actor)) {
    try {
      const staff = await get(`/staff/${encodeURIComponent(actor.slice(6))}`);
      staffNames.set(actor, staff.full_name || staff.username);
    } catch {
      return "";  // not allowed to read staff, or gone: the time alone is shown
    }
  }
  return staffNames.get(actor);
}

// The standing decision: level, specialty, who and when (the name filled in once read).
function decidedLine(decision) {
  const who = h("span", { class: "decided-by" });
  staffName(decision.decided_by).then((name) => { if (name) replace(who, `${name}, `); });
  return h("p", { class: "decided", "data-testid": "triage-decided", "data-level": decision.level },
    h("span", { class: "decided-mark", "aria-hidden": "true" }, "✓ "),
    decision.overrode ? t("triage.overridden") : t("triage.confirmed"), ": ",
    levelBadge(decision.level), " ", specialtyName(decision.specialty),
    decision.reason ? h("span", { class: "muted" }, ` — ${decision.reason}`) : null,
    h("span", { class: "muted decided-when" }, " · ", who, dateTime(decision.decided_at)));
}

function drawDecision(area, result, decision, { encounterId, onDecided, asks = false }) {
  if (decision && !asks) {
    replace(area, decidedLine(decision));
    return;
  }
  const standing = decision
    ? [decidedLine(decision), h("p", { class: "alert alert-warn", role: "status", "data-testid": "triage-ask-again" },
      t("triage.ask_again", { from: t(`level.${decision.level}`), to: t(`level.${result.level}`) }))]
    : [];
  if (!encounterId || !may("encounters.intake")) { replace(area, ...standing); return; }
  const suggested = result.specialties?.[0] || "general medicine";
  const status = h("div", { class: "form-status" });
  const save = async (body) => {
    const saved = await put(`/encounters/${encodeURIComponent(encounterId)}/triage/decision`, body);
    onDecided?.(saved);
    drawDecision(area, result, saved, { encounterId, onDecided });
    document.dispatchEvent(new CustomEvent("triage-changed"));  // the teleconsult form says what it now sends
  };
  const confirm = async () => {
    try {
      replace(status, h("p", { class: "saving" }, t("status.saving")));
      await save({ level: result.level, specialty: suggested });
    } catch (err) {
      replace(status, errorBox(err, confirm));
    }
  };
  const override = h("form", { class: "form override", hidden: true },
    choices("level", LEVELS.map((l) => [l, t(`level.${l}`)]), { legend: t("triage.level"), required: true, value: result.level }),
    field(t("triage.specialty"), h("select", { name: "specialty", required: true },
      SPECIALTIES.map((s) => h("option", { value: s, selected: s === suggested ? true : null }, specialtyName(s))))),
    field(t("triage.override_reason"), h("textarea", { name: "reason", rows: 2, minlength: 3, maxlength: 300, required: true })),
    h("button", { type: "submit", class: "btn btn-primary" }, t("triage.save_override")));
  override.elements.specialty.value = suggested;
  formSubmit(override, {
    draftKey: `override:${encounterId}`,
    handler: async (v) => {
      const same = v.level === result.level && v.specialty === suggested;
      await save({ level: v.level, specialty: v.specialty, ...(same ? {} : { reason: v.reason.trim() }) });
    },
  });
  replace(area, ...standing,
    h("div", { class: "actions" },
      h("button", { type: "button", class: "btn btn-primary", "data-testid": "triage-confirm", onclick: confirm }, t("triage.confirm")),
      h("button", { type: "button", class: "btn", onclick: () => { override.hidden = !override.hidden; } }, t("triage.change"))),
    status, override);
}

export function isNotTriaged(err) {
  return err instanceof ApiError && err.status === 404;
}
