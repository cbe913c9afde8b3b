// Finding a patient as the name, phone or clinic number is typed (the box forgives misspellings).

import { get } from "../api.js";
import { h, replace } from "../dom.js";
import { age, patientName, sexLabel } from "../format.js";
import { t } from "../i18n.js";
import { may } from "../session.js";
import { errorBox, link } from "../ui.js";

// The last search, so that coming back to this screen shows it again: in memory only (a patient's name is
// not left in the browser's storage), forgotten at sign-out and when another staff member takes the kiosk.
let lastQuery = "";
const LEGACY_QUERY_KEY = "kiosk.search";  // where an older kiosk kept it

export function forgetSearch() {
  lastQuery = "";
  sessionStorage.removeItem(LEGACY_QUERY_KEY);
}

export function patientCard(p) {
  return h("a", { href: `/kiosk/patients/${encodeURIComponent(p.id)}`, "data-link": "", class: "result" },
    h("span", { class: "result-name" }, patientName(p)),
    h("span", { class: "result-meta" }, [p.clinic_number, sexLabel(p.sex), age(p.birth_date), p.village, p.phone]
      .filter(Boolean).join(" · ")));
}

export async function patientsScreen(main) {
  const input = h("input", { type: "search", name: "q", class: "search-input", autocomplete: "off", spellcheck: "false",
    placeholder: t("search.placeholder"), "aria-label": t("search.label"), value: lastQuery });
  const results = h("div", { class: "results", "aria-live": "polite" });
  const registerLink = () => {
    const q = input.value.trim();
    return link(`/kiosk/patients/new${q ? `?name=${encodeURIComponent(q)}` : ""}`, t("patients.register"), "btn btn-primary");
  };
  const actions = h("div", { class: "actions" });
  let controller = null;
  let timer = null;

  const search = async () => {
    const q = input.value.trim();
    lastQuery = q;
    replace(actions, may("patients.write") ? registerLink() : null);
    controller?.abort();
    if (!q) {
      replace(results, h("p", { class: "hint" }, t("search.hint")));
      return;
    }
    controller = new AbortController();
    replace(results, h("p", { class: "loading" }, t("search.searching")));
    try {
      const data = await get(`/patients?q=${encodeURIComponent(q)}&limit=20`, { signal: controller.signal });
      replace(results, data.results.length
        ? data.results.map(patientCard)
        : h("p", { class: "hint" }, t("search.none", { q })));
    } catch (err) {
      if (err.name !== "AbortError") replace(results, errorBox(err, search));
    }
  };

  input.addEventListener("input", () => {
    replace(actions, may("patients.write") ? registerLink() : null);
    clearTimeout(timer);
    timer = setTimeout(search, 250);
  });
  replace(main,
    h("h1", {}, t("patients.title")),
    h("div", { class: "search-row" }, input, actions),
    results);
  input.focus();
  search();
}
