// Today's queue by department: tokens, who, how long they have waited; call next, no-show,
// and (for a doctor) open the chart.

import { get, post } from "../api.js";
import { h, replace } from "../dom.js";
import { patientName } from "../format.js";
import { t } from "../i18n.js";
import { navigate } from "../nav.js";
import { may } from "../session.js";
import { errorBox, notice } from "../ui.js";

const REFRESH_MS = 20000;
const LONG_WAIT_MINUTES = 30;
const names = new Map(); // patient id -> name, for this page's life

async function patientNames(rows) {
  const missing = [...new Set(rows.map((r) => r.patient_id))].filter((id) => !names.has(id));
  await Promise.all(missing.map(async (id) => {
    try {
      const p = await get(`/patients/${encodeURIComponent(id)}`);
      names.set(id, patientName(p));
    } catch {
      names.set(id, "—");
    }
  }));
}

export async function queueScreen(main) {
  const announce = h("div", { class: "announce", "aria-live": "assertive" });
  const board = h("div", { class: "board" });
  replace(main, h("div", { class: "title-row" }, h("h1", {}, t("queue.title")),
    h("button", { type: "button", class: "btn", onclick: () => draw() }, t("action.refresh"))), announce, board);

  const openChart = async (appointmentId) => {
    const enc = await get(`/appointments/${encodeURIComponent(appointmentId)}/encounter`);
    navigate(may("encounters.write") ? `/kiosk/chart/${encodeURIComponent(enc.id)}` : `/kiosk/visit/${encodeURIComponent(enc.id)}`);
  };
  const act = (fn) => async () => {
    try {
      await fn();
    } catch (err) {
      replace(announce, errorBox(err));
    }
  };

  async function draw() {
    const [queue, departments] = await Promise.all([get("/queue"), get("/departments")]);
    await patientNames(queue.results);
    const byDept = new Map(departments.results.map((d) => [d.id, { dept: d, rows: [] }]));
    for (const row of queue.results) byDept.get(row.department_id)?.rows.push(row);
    const columns = [...byDept.values()].filter((c) => c.rows.length || departments.results.length <= 4);
    replace(board, columns.length ? columns.map(({ dept, rows }) => h("section", { class: "card queue-dept", "data-department": dept.name },
      h("div", { class: "title-row" }, h("h2", {}, dept.name),
        h("span", { class: "muted" }, t("queue.waiting_count", { n: rows.filter((r) => r.status === "checked_in").length }))),
      may("appointments.write") ? h("button", { type: "button", class: "btn btn-primary btn-wide", disabled: !rows.some((r) => r.status === "checked_in"),
        onclick: act(async () => {
          const called = await post("/queue/call-next", { department_id: dept.id });
          await patientNames([called]);
          replace(announce, h("div", { class: "alert alert-call", role: "status" },
            t("queue.called", { token: called.token_number, name: names.get(called.patient_id) }),
            may("encounters.read") ? h("button", { type: "button", class: "btn btn-primary", onclick: act(() => openChart(called.id)) }, t("queue.open_chart")) : null));
          await draw();
        }) }, t("queue.call_next")) : null,
      rows.length ? h("ol", { class: "queue-list" }, rows.map((r) => h("li", { class: `queue-row status-${r.status}`, "data-token": r.token_number },
        h("span", { class: "token" }, r.token_number),
        h("span", { class: "queue-name" }, names.get(r.patient_id)),
        h("span", { class: `wait ${r.waiting_minutes >= LONG_WAIT_MINUTES ? "wait-long" : ""}` }, t("queue.minutes", { n: r.waiting_minutes })),
        h("span", { class: `badge status-${r.status}` }, t(`appointment.${r.status}`)),
        h("span", { class: "row-actions" },
          may("encounters.read") ? h("button", { type: "button", class: "btn btn-small", onclick: act(() => openChart(r.id)) },
            may("encounters.write") ? t("queue.open_chart") : t("queue.open_visit")) : null,
          may("appointments.write") ? h("button", { type: "button", class: "btn btn-small btn-quiet", onclick: act(async () => {
            if (!window.confirm(t("queue.confirm_no_show", { token: r.token_number }))) return;
            await post(`/appointments/${encodeURIComponent(r.id)}/no-show`);
            await draw();
          }) }, t("queue.no_show")) : null))))
        : h("p", { class: "hint" }, t("queue.empty"))))
      : h("p", { class: "hint" }, t("queue.empty")));
  }

  await draw();
  // Refresh while this screen is shown; stop once another screen replaced it.
  const timer = setInterval(() => {
    if (!board.isConnected) clearInterval(timer);
    else if (!document.hidden) draw().catch((err) => replace(announce, errorBox(err)));
  }, REFRESH_MS);
}
