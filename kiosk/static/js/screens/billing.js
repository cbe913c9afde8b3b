// A patient's account: charges, payments, the balance; add a charge, take a payment, print receipts.

import { get, post } from "../api.js";
import { h, replace } from "../dom.js";
import { dateTime, money, toMinor } from "../format.js";
import { t } from "../i18n.js";
import { navigate } from "../nav.js";
import { may } from "../session.js";
import { choices, field, formSubmit, patientBanner, section } from "../ui.js";

const METHODS = ["cash", "upi", "card", "waiver", "insurance"];

export async function billingScreen(main, patientId) {
  const pid = encodeURIComponent(patientId);
  const [patient, account] = await Promise.all([get(`/patients/${pid}`), get(`/patients/${pid}/account`)]);
  const writer = may("billing.write");
  replace(main,
    patientBanner(patient, h("div", { class: "balance", "data-testid": "balance" },
      h("span", {}, t("billing.balance")), h("strong", {}, money(account.balance_minor)))),
    section(t("billing.charges"), account.charges.length
      ? h("table", { class: "table charges" },
        h("thead", {}, h("tr", {}, h("th", {}, t("billing.description")), h("th", { class: "num" }, t("billing.quantity")),
          h("th", { class: "num" }, t("billing.amount")), h("th", {}, t("billing.when")), writer ? h("th", {}) : null)),
        h("tbody", {}, chargeLines(account.charges).map((c) => chargeRow(c, writer))))
      : h("p", { class: "hint" }, t("billing.no_charges")),
    writer ? chargeForm(patientId) : null),
    section(t("billing.payments"), account.payments.length
      ? h("ul", { class: "list" }, account.payments.map((p) => h("li", { class: "list-item" },
        h("strong", {}, money(p.amount_minor)), ` · ${t(`method.${p.method}`)} · ${dateTime(p.received_at)} · `,
        h("a", { href: `/kiosk/receipt/${encodeURIComponent(p.id)}`, "data-link": "", class: "btn btn-small" }, t("billing.receipt"), " ", p.receipt_number))))
      : h("p", { class: "hint" }, t("billing.no_payments")),
    writer && account.balance_minor > 0 ? paymentForm(patientId, account.balance_minor) : null));
}

// Each charge with its adjustments folded in: what it comes to now, and why it changed.
function chargeLines(charges) {
  const lines = new Map();
  for (const c of charges) {
    const of = c.source?.startsWith("adjust:") ? c.source.slice(7) : null;
    if (!of) lines.set(c.id, { ...c, original_minor: c.amount_minor, reasons: [] });
    else if (lines.has(of)) {
      const line = lines.get(of);
      line.amount_minor += c.amount_minor;
      line.reasons.push(c.reason);
    }
  }
  return [...lines.values()];
}

function chargeRow(c, writer) {
  const row = h("tr", { class: "charge-row", "data-charge": c.id },
    h("td", {}, c.description, c.reasons.length ? h("div", { class: "field-hint adjusted" },
      t("billing.adjusted", { from: money(c.original_minor), reason: c.reasons.join("; ") })) : null),
    h("td", { class: "num" }, c.quantity),
    h("td", { class: "num" }, money(c.amount_minor)), h("td", {}, dateTime(c.created_at)),
    writer ? h("td", {}, h("button", { type: "button", class: "btn btn-small", "data-testid": "adjust",
      onclick: () => row.after(adjustRow(c)) }, t("billing.adjust"))) : null);
  return row;
}

function adjustRow(c) {
  const form = h("form", { class: "form adjust-form" },
    h("div", { class: "grid-2" },
      field(t("billing.new_amount"), h("input", { name: "amount", type: "number", inputmode: "decimal", min: 0, step: "0.01",
        value: (c.amount_minor / 100).toFixed(2), required: true })),
      field(t("billing.adjust_reason"), h("input", { name: "reason", required: true, minlength: 3, maxlength: 200 }))),
    h("button", { type: "submit", class: "btn btn-primary" }, t("billing.save_adjustment")));
  formSubmit(form, {
    handler: async (v) => {
      await post(`/charges/${encodeURIComponent(c.id)}/adjust`, { amount_minor: toMinor(v.amount), reason: v.reason.trim() });
      navigate(location.pathname, { replaceState: true });
    },
  });
  return h("tr", { class: "adjust-row" }, h("td", { colspan: 5 }, form));
}

function chargeForm(patientId) {
  const form = h("form", { class: "form" },
    h("h4", {}, t("billing.add_charge")),
    h("div", { class: "grid-3" },
      field(t("billing.description"), h("input", { name: "description", required: true, minlength: 2, maxlength: 160 })),
      field(t("billing.quantity"), h("input", { name: "quantity", type: "number", inputmode: "numeric", min: 1, max: 10000, value: "1", required: true })),
      field(t("billing.unit_price"), h("input", { name: "unit_price", type: "number", inputmode: "decimal", min: 0, step: "0.01", required: true }))),
    h("button", { type: "submit", class: "btn btn-primary" }, t("billing.add_charge")));
  formSubmit(form, {
    draftKey: `charge:${patientId}`,
    handler: async (v) => {
      await post("/charges", { patient_id: patientId, description: v.description.trim(), quantity: Number(v.quantity),
        unit_price_minor: toMinor(v.unit_price) });
      navigate(location.pathname, { replaceState: true });
    },
  });
  return form;
}

function paymentForm(patientId, balance) {
  const form = h("form", { class: "form" },
    h("div", { class: "grid-2" },
      field(t("billing.pay_amount"), h("input", { name: "amount", type: "number", inputmode: "decimal", min: 0.01, step: "0.01",
        max: (balance / 100).toFixed(2), value: (balance / 100).toFixed(2), required: true })),
      field(t("billing.reference"), h("input", { name: "reference", maxlength: 80 }))),
    choices("method", METHODS.map((m) => [m, t(`method.${m}`)]), { legend: t("billing.method"), required: true, value: "cash" }),
    h("button", { type: "submit", class: "btn btn-primary btn-wide" }, t("billing.take_payment")));
  formSubmit(form, {
    draftKey: `payment:${patientId}`,
    handler: async (v) => {
      const payment = await post("/payments", { patient_id: patientId, amount_minor: toMinor(v.amount), method: v.method,
        ...(v.reference?.trim() ? { reference: v.reference.trim() } : {}) });
      sessionStorage.setItem("kiosk.autoPrintReceipt", payment.id);
      navigate(`/kiosk/receipt/${encodeURIComponent(payment.id)}`);
    },
  });
  return h("div", {}, h("h4", {}, t("billing.take_payment")), form);
}
