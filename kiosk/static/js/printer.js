// The box's receipt printer (ESC/POS): whether there is one, and printing a slip through the box's
// print queue. A printer fault never loses the slip: it stays queued, and Retry prints it once.

import { get, post } from "./api.js";
import { h, replace } from "./dom.js";
import { t } from "./i18n.js";
import { errorBox, notice } from "./ui.js";

let info = null;

export async function printerInfo() {
  if (!info) {
    try { info = await get("/printer"); } catch { info = { configured: false, auto_print: false }; }
  }
  return info;
}

function show(area, job) {
  if (job.status === "printed") {
    replace(area, notice(t("printer.printed")));
    return;
  }
  const retry = async () => {
    replace(area, h("p", { class: "loading" }, t("printer.printing")));
    try { show(area, await post(`/print-jobs/${encodeURIComponent(job.id)}/retry`)); } catch (err) { replace(area, errorBox(err, retry)); }
  };
  replace(area, h("div", { class: "alert alert-error", role: "alert", "data-testid": "printer-trouble" },
    h("p", { class: "alert-title" }, t("printer.not_printed")),
    h("p", { class: "alert-detail" }, job.last_error || ""),
    h("p", {}, t("printer.kept")),
    h("button", { type: "button", class: "btn btn-primary", "data-testid": "printer-retry", onclick: retry }, t("printer.retry"))));
}

// POST `path` (it queues the slip and prints it), then say what the printer did in `area`.
export async function printSlip(path, area) {
  replace(area, h("p", { class: "loading" }, t("printer.printing")));
  try { show(area, await post(path)); } catch (err) { replace(area, errorBox(err, () => printSlip(path, area))); }
}

// A "Print on the receipt printer" button and its status line; nothing when the box has no printer.
export async function printerButton(path, { auto = false } = {}) {
  const p = await printerInfo();
  if (!p.configured) return null;
  const area = h("div", { class: "printer-status", "data-testid": "printer-status" });
  const button = h("button", { type: "button", class: "btn", "data-testid": "print-on-printer",
    onclick: () => printSlip(path, area) }, "🧾 ", t("printer.print"));
  if (auto && p.auto_print) printSlip(path, area);
  return h("div", { class: "no-print printer-box" }, button, area);
}
