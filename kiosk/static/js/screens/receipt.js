// A receipt laid out for a thermal printer (58 or 80 mm paper) and printed by the browser.

import { get } from "../api.js";
import { h, replace } from "../dom.js";
import { dateTime, money, patientName } from "../format.js";
import { t } from "../i18n.js";
import { printerButton } from "../printer.js";

const PAPER_KEY = "kiosk.paper";
const PAPERS = ["80", "58"];

function usePaper(width) {
  localStorage.setItem(PAPER_KEY, width);
  document.getElementById("paper")?.setAttribute("href", `/kiosk/static/css/paper-${width}.css`);
  document.body.dataset.paper = width;
}

export const AUTO_PRINT_KEY = "kiosk.autoPrintReceipt";   // set by the payment form: print this one on arrival

export async function receiptScreen(main, paymentId) {
  const r = await get(`/receipts/${encodeURIComponent(paymentId)}`);
  const fresh = sessionStorage.getItem(AUTO_PRINT_KEY) === paymentId;   // a reload never prints it again
  sessionStorage.removeItem(AUTO_PRINT_KEY);
  const onPrinter = await printerButton(`/receipts/${encodeURIComponent(paymentId)}/print`, { auto: fresh });
  const paper = PAPERS.includes(localStorage.getItem(PAPER_KEY)) ? localStorage.getItem(PAPER_KEY) : "80";
  usePaper(paper);
  const row = (label, value, cls) => h("div", { class: `receipt-row ${cls || ""}` }, h("span", {}, label), h("span", {}, value));
  const slip = h("article", { class: "receipt", "data-testid": "receipt" },
    h("h1", { class: "receipt-clinic" }, r.clinic_name),
    h("p", { class: "receipt-title" }, t("receipt.title")),
    row(t("receipt.number"), r.receipt_number),
    row(t("receipt.date"), dateTime(r.payment.received_at)),
    row(t("receipt.patient"), patientName(r.patient)),
    row(t("receipt.clinic_number"), r.patient.clinic_number),
    h("hr"),
    r.items?.length ? h("div", { class: "receipt-items", "data-testid": "receipt-items" },
      h("p", { class: "receipt-subtitle" }, t("receipt.items")),
      r.items.map((i) => row(`${i.description}${i.quantity > 1 ? ` × ${i.quantity}` : ""}${i.adjusted ? ` ${t("receipt.adjusted")}` : ""}`,
        money(i.amount_minor), "receipt-item")),
      h("hr")) : null,
    row(t("receipt.paid"), money(r.payment.amount_minor), "receipt-total"),
    row(t("receipt.method"), t(`method.${r.payment.method}`)),
    r.payment.reference ? row(t("receipt.reference"), r.payment.reference) : null,
    row(t("receipt.balance"), money(r.balance_after_minor)),
    h("hr"),
    h("p", { class: "receipt-thanks" }, t("receipt.thanks")));
  const paperButtons = h("div", { class: "choices paper-choice" }, PAPERS.map((w) => h("button", { type: "button",
    class: w === paper ? "btn active" : "btn", "aria-pressed": String(w === paper),
    onclick: () => { usePaper(w); receiptScreen(main, paymentId); } }, t("receipt.paper", { mm: w }))));
  replace(main,
    h("div", { class: "no-print actions" },
      h("button", { type: "button", class: "btn btn-primary", "data-testid": "print", onclick: () => window.print() }, "🖨 ", t("receipt.print")),
      paperButtons,
      onPrinter,
      h("a", { href: `/kiosk/patients/${encodeURIComponent(r.payment.patient_id)}/billing`, "data-link": "", class: "btn" }, t("receipt.back"))),
    slip);
}
