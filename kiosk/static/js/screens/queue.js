// Today's queue by department, as the board shows it: those being seen, then those waiting sickest first
// (triage level, then token; the order is the box's), each card with its level; call next, call one token
// out of turn (with a reason), no-show, and (for a doctor) open the chart. The board asks the box every
// few seconds whether the queue changed and redraws when it did; a level that rose is announced, for as long as
// the box marks it raised (the level stands and the token waits).

import { ApiError, get, post } from "../api.js";
import { h, replace } from "../dom.js";
import { patientName } from "../format.js";
import { departmentName, t } from "../i18n.js";
import { navigate } from "../nav.js";
import { may } from "../session.js";
import { errorBox, showFieldError, validateForm } from "../ui.js";
import { levelBadge } from "./triage.js";

const WATCH_MS = 3000; // how often the board asks whether the queue changed (the issue asks for 5 s at most)
const REFRESH_MS = 60000; // redraw anyway, for the minutes waited
const LONG_WAIT_MINUTES = 30;
const URGENCY = { self_care: 0, routine: 1, urgent: 2, emergency: 3 };
const names = new Map(); // patient id -> name, for this page's life
const CALL_KEYS = "kiosk.callNextKeys"; // department id -> the call_key of its Call next still unanswered

// Call next sends an idempotency key (call_key), one per intended call of a department. The key is kept (in this
// tab's sessionStorage: a reload keeps it too) until the box answers, so a tap again after a failure or an answer
// lost on the link sends the same key, and the box answers the patient that key already called instead of calling
// a second one. A call or a refusal (4xx: nothing was called) ends the key; a network failure or a 5xx (the call
// may have been made) keeps it; the next call after an answer gets a new key.
function keptCallKeys() {
  try {
    return JSON.parse(sessionStorage.getItem(CALL_KEYS) || "{}") || {};
  } catch {
    return {};
  }
}

function callKeyFor(departmentId) {
  const keys = keptCallKeys();
  if (!keys[departmentId]) {
    keys[departmentId] = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
    sessionStorage.setItem(CALL_KEYS, JSON.stringify(keys));
  }
  return keys[departmentId];
}

function endCallKey(departmentId, key) {
  const keys = keptCallKeys();
  if (keys[departmentId] !== key) return; // a newer key already (a retry answered first)
  delete keys[departmentId];
  sessionStorage.setItem(CALL_KEYS, JSON.stringify(keys));
}

async function callNext(departmentId) {
  const key = callKeyFor(departmentId);
  try {
    const called = await post("/queue/call-next", { department_id: departmentId, call_key: key });
    endCallKey(departmentId, key);
    return called;
  } catch (err) {
    if (err instanceof ApiError && err.status >= 400 && err.status < 500) endCallKey(departmentId, key);
    err.callKeyKept = keptCallKeys()[departmentId] === key;
    throw err;
  }
}

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

function queueLevel(r) {
  if (!r.triage_level) return h("span", { class: "level level-none", "data-level": "" }, t("queue.not_triaged"));
  const badge = levelBadge(r.triage_level);
  if (r.triage_source === "suggested") badge.title = t("queue.level_suggested");
  return badge;
}

export async function queueScreen(main) {
  const announce = h("div", { class: "announce", "aria-live": "assertive" });
  const rises = h("div", { class: "rises", "aria-live": "assertive", "data-testid": "queue-rises" });
  const board = h("div", { class: "board" });
  replace(main, h("div", { class: "title-row" }, h("h1", {}, t("queue.title")),
    h("button", { type: "button", class: "btn", onclick: () => draw() }, t("action.refresh"))), rises, announce, board);

  const levels = new Map(); // appointment id -> level last drawn (to tell a rise)
  const announced = new Map(); // appointment id -> { level, before }: a rise announced and still standing
  let first = true;
  let version = null;

  const openChart = async (appointmentId) => {
    const enc = await get(`/appointments/${encodeURIComponent(appointmentId)}/encounter`);
    navigate(may("encounters.write") ? `/kiosk/chart/${encodeURIComponent(enc.id)}` : `/kiosk/visit/${encodeURIComponent(enc.id)}`);
  };
  // One run at a time per button: a double tap on "Call next" called two patients and announced one.
  const act = (fn) => {
    let running = false;
    return async (ev) => {
      if (running) return;
      running = true;
      const button = ev?.currentTarget instanceof HTMLButtonElement ? ev.currentTarget : null;
      if (button) button.disabled = true;
      try {
        await fn();
      } catch (err) {
        replace(announce, errorBox(err));
      } finally {
        running = false;
        if (button) button.disabled = false;
      }
    };
  };
  const calledNotice = async (called) => {
    await patientNames([called]);
    replace(announce, h("div", { class: "alert alert-call", role: "status" },
      t("queue.called", { token: called.token_number, name: names.get(called.patient_id) }),
      may("encounters.read") ? h("button", { type: "button", class: "btn btn-primary", onclick: act(() => openChart(called.id)) }, t("queue.open_chart")) : null));
    await draw();
  };

  // A token called before others waiting ahead of it: the box wants a reason (and audits it).
  function callButton(r, ahead) {
    const area = h("span", { class: "call-area" });
    const call = async (reason) => calledNotice(await post(`/appointments/${encodeURIComponent(r.id)}/call`, reason ? { reason } : undefined));
    const button = h("button", { type: "button", class: "btn btn-small", "data-testid": "call-token", onclick: act(async () => {
      if (!ahead.length) return call(null);
      const input = h("input", { name: "reason", type: "text", minlength: 3, maxlength: 300, required: true, class: "jump-reason" });
      const form = h("form", { class: "jump-form", "data-testid": "jump-form" },
        h("label", {}, t("queue.jump_reason", { token: r.token_number, ahead: ahead.join(", ") }), input),
        h("button", { type: "submit", class: "btn btn-small btn-primary" }, t("queue.jump_confirm")),
        h("button", { type: "button", class: "btn btn-small btn-quiet", onclick: () => replace(area, button) }, t("queue.cancel")));
      // Checked trimmed (three spaces passed minlength=3, and the box refused them as no reason); the box's
      // refusal is said beside the field, in the kiosk's language, not at the top of the page.
      const submit = act(async () => {
        try {
          await call(input.value.trim());
        } catch (err) {
          const why = jumpRefusal(err, r);
          if (!why) throw err;
          showFieldError(input, why);
        }
      });
      form.noValidate = true;
      form.addEventListener("submit", (ev) => {
        ev.preventDefault();
        if (validateForm(form)) submit();
      });
      replace(area, form);
      input.focus();
    }) }, t("queue.call"));
    replace(area, button);
    return area;
  }

  // The box's reason for refusing a jump (422), in words: the tokens still ahead, else its field message.
  function jumpRefusal(err, r) {
    if (!(err instanceof ApiError) || err.status !== 422) return null;
    const p = err.problem || {};
    if (Array.isArray(p.jumped_tokens)) return t("queue.jump_reason_needed", { token: r.token_number, ahead: p.jumped_tokens.join(", ") });
    return p.detail || null;
  }

  function row(r, ahead, raised) {
    return h("li", { class: `queue-row status-${r.status}${raised ? " raised" : ""}`, "data-token": r.token_number,
      "data-level": r.triage_level || "" },
    h("span", { class: "token" }, r.token_number),
    queueLevel(r),
    h("span", { class: "queue-name" }, names.get(r.patient_id)),
    h("span", { class: `wait ${r.waiting_minutes >= LONG_WAIT_MINUTES ? "wait-long" : ""}` }, t("queue.minutes", { n: r.waiting_minutes })),
    h("span", { class: `badge status-${r.status}` }, t(`appointment.${r.status}`)),
    r.status === "called" && r.called_by_name ? h("span", { class: "called-by muted" }, t("queue.called_by", { name: r.called_by_name })) : null,
    h("span", { class: "row-actions" },
      may("appointments.write") && r.status === "checked_in" ? callButton(r, ahead) : null,
      may("encounters.read") ? h("button", { type: "button", class: "btn btn-small", onclick: act(() => openChart(r.id)) },
        may("encounters.write") ? t("queue.open_chart") : t("queue.open_visit")) : null,
      may("appointments.write") ? h("button", { type: "button", class: "btn btn-small btn-quiet", onclick: act(async () => {
        if (!window.confirm(t("queue.confirm_no_show", { token: r.token_number }))) return;
        await post(`/appointments/${encodeURIComponent(r.id)}/no-show`);
        await draw();
      }) }, t("queue.no_show")) : null));
  }

  // Levels that rose since the last drawing (a patient who is new to the board counts when urgent or worse).
  function risen(rows) {
    const out = [];
    for (const r of rows) {
      const before = levels.get(r.id);
      const now = URGENCY[r.triage_level] ?? 1;
      if (!first && r.triage_level && now > (URGENCY[before] ?? 1) && (before !== undefined || now >= URGENCY.urgent)) out.push({ r, before });
      levels.set(r.id, r.triage_level || null);
    }
    first = false;
    return out;
  }

  let lastDraw = 0;
  async function draw() {
    lastDraw = Date.now();
    const [queue, departments] = await Promise.all([get("/queue"), get("/departments")]);
    await patientNames(queue.results);
    for (const { r, before } of risen(queue.results)) announced.set(r.id, { level: r.triage_level, before });
    // A rise stays announced while the box still marks the token raised: it goes once the level falls below what
    // it rose to, the token is called, or it leaves the queue (done, no-show, cancelled), or after the box's
    // minutes. (An alert for a patient brought down to self-care, or already with the doctor, stayed on top.)
    const rows = new Map(queue.results.map((r) => [r.id, r]));
    for (const id of announced.keys()) if (!rows.get(id)?.raised_recently) announced.delete(id);
    replace(rises, [...announced].map(([id, { level, before }]) => {
      const r = rows.get(id);
      return h("div", { class: `alert alert-rise level-border-${level}`, role: "alert", "data-token": r.token_number },
        before ? t("queue.raised", { token: r.token_number, level: t(`level.${level}`), before: t(`level.${before}`) })
          : t("queue.raised_new", { token: r.token_number, level: t(`level.${level}`) }));
    }));
    const byDept = new Map(departments.results.map((d) => [d.id, { dept: d, rows: [] }]));
    for (const r of queue.results) byDept.get(r.department_id)?.rows.push(r);
    const columns = [...byDept.values()].filter((c) => c.rows.length || departments.results.length <= 4);
    replace(board, columns.length ? columns.map(({ dept, rows }) => {
      const waiting = rows.filter((r) => r.status === "checked_in"); // in call order (the box's)
      return h("section", { class: "card queue-dept", "data-department": dept.name },
        h("div", { class: "title-row" }, h("h2", {}, departmentName(dept.name)),
          h("span", { class: "muted" }, t("queue.waiting_count", { n: waiting.length }))),
        may("appointments.write") ? h("button", { type: "button", class: "btn btn-primary btn-wide", "data-testid": "call-next", disabled: !waiting.length,
          onclick: act(async () => {
            try {
              await calledNotice(await callNext(dept.id));
            } catch (err) {
              if (!err.callKeyKept) throw err;
              replace(announce, errorBox(err), h("p", { class: "hint", "data-testid": "call-next-kept" }, t("queue.call_next_kept")));
            }
          }) }, t("queue.call_next")) : null,
        rows.length ? h("ol", { class: "queue-list" }, rows.map((r) => row(r,
          r.status === "checked_in" ? waiting.slice(0, waiting.indexOf(r)).map((w) => w.token_number) : [],
          r.raised_recently)))
          : h("p", { class: "hint" }, t("queue.empty")));
    })
      : h("p", { class: "hint" }, t("queue.empty")));
  }

  async function watch() {
    const now = (await get("/queue/version")).version;
    if (version !== null && now !== version) await draw();
    version = now;
  }

  version = (await get("/queue/version")).version;
  await draw();
  // Watch while this screen is shown; stop once another screen replaced it. A reason being typed is not
  // swept away by a redraw: the board waits until the form is gone.
  const timer = setInterval(() => {
    if (!board.isConnected) return clearInterval(timer);
    if (document.hidden || board.querySelector(".jump-form")) return;
    (Date.now() - lastDraw > REFRESH_MS ? draw() : watch()).catch((err) => replace(announce, errorBox(err)));
  }, WATCH_MS);
}
