// The admin's SMS screen: counts by day, channel (the clinic's modem, the hub's gateway) and status (and
// patients opted out), and the dead-letter list of both channels, each dead SMS re-queueable with one tap.

import { get, post } from "../api.js";
import { h, replace } from "../dom.js";
import { dateTime } from "../format.js";
import { t } from "../i18n.js";
import { section } from "../ui.js";

export async function smsScreen(main) {
  const [counts, dead] = await Promise.all([get("/sms/counts"), get("/sms/dead")]);
  const deadArea = h("div", { "data-testid": "sms-dead" });
  replace(main, h("h1", {}, t("sms.title")),
    section(t("sms.counts"), counts.results.length
      ? h("table", { class: "table", "data-testid": "sms-counts" },
        h("thead", {}, h("tr", {}, ["sms.day", "sms.channel", "sms.status", "sms.count"].map((k) => h("th", {}, t(k))))),
        h("tbody", {}, counts.results.map((c) => h("tr", {},
          h("td", {}, c.day || ""), h("td", {}, c.channel ? t(`sms.via.${c.channel}`) : "—"),
          h("td", {}, t(c.status === "opted_out" ? "sms.opted_out" : `reminders.status.${c.status}`)),
          h("td", {}, String(c.count))))))
      : h("p", { class: "hint" }, t("sms.none"))),
    section(t("sms.dead"), deadArea));
  drawDead(deadArea, dead.results);
}

function drawDead(area, results) {
  if (!results.length) return replace(area, h("p", { class: "hint" }, t("sms.no_dead")));
  replace(area, h("ul", { class: "list" }, results.map((d) => {
    const button = h("button", { type: "button", class: "btn btn-small", "data-testid": "requeue" }, t("sms.requeue"));
    const item = h("li", { class: "list-item" },
      h("span", { class: "when" }, dateTime(d.created_at)), " ", t(`reminders.kind.${d.kind}`), " · ",
      d.channel ? `${t(`sms.via.${d.channel}`)} · ` : "",
      h("span", { class: "muted" }, `${d.attempts} × ${d.last_error || ""}`), " ", button);
    button.addEventListener("click", async () => {
      button.disabled = true;
      await post(`/sms/${encodeURIComponent(d.id)}/requeue`);
      drawDead(area, (await get("/sms/dead")).results);
    });
    return item;
  })));
}
