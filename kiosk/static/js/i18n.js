// Every visible string comes from a JSON catalogue per language (static/i18n/<lang>.json).
// English is the fallback for a key a catalogue lacks; a test keeps the catalogues complete.

const STORAGE_KEY = "kiosk.lang";
const catalogues = {};
let current = "en";

export const languages = (document.documentElement.dataset.languages || "en").split(",");

async function load(lang) {
  if (!catalogues[lang]) {
    const resp = await fetch(`/kiosk/static/i18n/${lang}.json`);
    if (!resp.ok) throw new Error(`catalogue ${lang}: ${resp.status}`);
    catalogues[lang] = await resp.json();
  }
  return catalogues[lang];
}

export async function initI18n() {
  await load("en");
  const saved = localStorage.getItem(STORAGE_KEY);
  await setLanguage(languages.includes(saved) ? saved : "en");
}

export async function setLanguage(lang) {
  await load(lang);
  current = lang;
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
  document.title = t("app.title");
}

export function language() {
  return current;
}

export function locale() {
  return t("meta.locale");
}

export function t(key, params) {
  let text = catalogues[current]?.[key] ?? catalogues.en?.[key] ?? key;
  if (params) text = text.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m));
  return text;
}

// A prescribing check's sentence that the box sent as a key and values (clinical/messages.py; a value may be a
// sentence itself): worded from this catalogue's rx.msg.<key>; the English the box sent beside it when this
// catalogue lacks a key of it (or a value it names).
export function checkMessage(message, english) {
  const words = (m) => {
    const template = catalogues[current]?.[`rx.msg.${m?.key}`];
    if (typeof template !== "string") return null;
    let whole = true;
    const text = template.replace(/\{(\w+)\}/g, (field, name) => {
      const value = m.values?.[name];
      const said = value !== null && typeof value === "object" ? words(value) : value;
      if (said === null || said === undefined) whole = false;
      return String(said);
    });
    return whole ? text : null;
  };
  return (message ? words(message) : null) ?? english;
}

// Departments are data (the clinic names them): the common ones have a name in each catalogue
// (department.<name>, else the specialty of that name); a name no catalogue knows shows as written.
export function departmentName(name) {
  if (!name || current === "en") return name;
  const key = name.trim().toLowerCase();
  return catalogues[current]?.[`department.${key}`] ?? catalogues[current]?.[`specialty.${key}`] ?? name;
}
