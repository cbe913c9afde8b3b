// The triage card: level as a colour and a word, red flags first, suggested specialty, reasons,
// the symptoms found (negated ones marked), and the clinician's confirm-or-override.

import { ApiError, put } from "../api.js";
import { h, replace } from "../dom.js";
import { t } from "../i18n.js";
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

// "URGENT [rule_id] Human text: evidence" -> {level, rule, text}
function parseReason(reason) {
  const m = /^([A-Z_]+)\s+\[([^\]]+)\]\s*(.*)$/.exec(reason);
  return m ? { level: m[1].toLowerCase(), rule: m[2], text: m[3] } : { level: null, rule: null, text: reason };
}

export function levelBadge(level) {
  return h("span", { class: `level level-${level}`, "data-level": level }, t(`level.${level}`));
}

export function triageCard(result, decision, { encounterId, onDecided } = {}) {
  const reasons = (result.reasons || []).map(parseReason);
  const flags = new Set(result.red_flags || []);
  const redFlagReasons = reasons.filter((r) => flags.has(r.rule));
  const otherReasons = reasons.filter((r) => !flags.has(r.rule));
  const card = h("section", { class: `card triage-card triage-${result.level}`, "data-testid": "triage-card" },
    h("div", { class: "triage-head" },
      levelBadge(result.level),
      result.specialties?.length
        ? h("div", { class: "triage-specialty" }, h("span", { class: "muted" }, t("triage.specialty")), " ",
          h("strong", {}, specialtyName(result.specialties[0])),
          result.specialties.length > 1 ? h("span", { class: "muted" }, " · ", result.specialties.slice(1).map(specialtyName).join(", ")) : null)
        : null),
    redFlagReasons.length || flags.size
      ? h("div", { class: "red-flags", role: "alert" }, h("strong", {}, t("triage.red_flags")),
        h("ul", {}, (redFlagReasons.length ? redFlagReasons : [...flags].map((rule) => ({ rule, text: rule })))
          .map((r) => h("li", {}, r.text))))
      : null,
    h("div", { class: "symptoms" }, h("strong", {}, t("triage.symptoms")), " ",
      result.symptoms?.length
        ? result.symptoms.map((s) => h("span", { class: s.negated ? "chip chip-negated" : "chip", title: s.text },
          s.negated ? `${t("triage.not")} ${s.name}` : s.name,
          s.duration ? h("span", { class: "chip-extra" }, ` ${s.duration}`) : null,
          s.severity ? h("span", { class: "chip-extra" }, ` ${s.severity}`) : null))
        : h("span", { class: "muted" }, t("triage.no_symptoms"))),
    otherReasons.length
      ? h("details", { class: "reasons", open: true }, h("summary", {}, t("triage.reasons")),
        h("ul", {}, otherReasons.map((r) => h("li", {}, r.level ? levelBadge(r.level) : null, " ", r.text))))
      : null);
  const decisionArea = h("div", { class: "decision" });
  card.append(decisionArea);
  drawDecision(decisionArea, result, decision, { encounterId, onDecided });
  return card;
}

function drawDecision(area, result, decision, { encounterId, onDecided }) {
  if (decision) {
    replace(area, h("p", { class: "decided" }, decision.overrode ? t("triage.overridden") : t("triage.confirmed"), ": ",
      levelBadge(decision.level), " ", specialtyName(decision.specialty),
      decision.reason ? h("span", { class: "muted" }, ` — ${decision.reason}`) : null));
    return;
  }
  if (!encounterId || !may("encounters.intake")) return;
  const suggested = result.specialties?.[0] || "general medicine";
  const status = h("div", { class: "form-status" });
  const save = async (body) => {
    const saved = await put(`/encounters/${encodeURIComponent(encounterId)}/triage/decision`, body);
    onDecided?.(saved);
    drawDecision(area, result, saved, { encounterId, onDecided });
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
  replace(area,
    h("div", { class: "actions" },
      h("button", { type: "button", class: "btn btn-primary", "data-testid": "triage-confirm", onclick: confirm }, t("triage.confirm")),
      h("button", { type: "button", class: "btn", onclick: () => { override.hidden = !override.hidden; } }, t("triage.change"))),
    status, override);
}

export function isNotTriaged(err) {
  return err instanceof ApiError && err.status === 404;
}
