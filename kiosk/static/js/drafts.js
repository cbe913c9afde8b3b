// What was typed survives a failed save, a reload, a lock and a language switch: every named field
// of a form is copied to localStorage as it changes and put back when the form is drawn again.
// A draft is removed only after the box has accepted the save.

const PREFIX = "kiosk.draft.";

function read(key) {
  try {
    return JSON.parse(localStorage.getItem(PREFIX + key) || "null");
  } catch {
    return null;
  }
}

export function formValues(form) {
  const values = {};
  for (const el of form.elements) {
    if (!el.name || el.type === "submit" || el.type === "button") continue;
    if (el.type === "radio") {
      if (el.checked) values[el.name] = el.value;
      else if (!(el.name in values)) values[el.name] = "";
    } else if (el.type === "checkbox") values[el.name] = el.checked;
    else values[el.name] = el.value;
  }
  return values;
}

export function fillForm(form, values) {
  for (const el of form.elements) {
    if (!el.name || !(el.name in values)) continue;
    const value = values[el.name];
    if (el.type === "radio") el.checked = el.value === value;
    else if (el.type === "checkbox") el.checked = Boolean(value);
    else el.value = value ?? "";
  }
}

export function keepDraft(form, key) {
  const saved = read(key);
  if (saved) fillForm(form, saved);
  const save = () => localStorage.setItem(PREFIX + key, JSON.stringify(formValues(form)));
  form.addEventListener("input", save);
  form.addEventListener("change", save);
  return { save, clear: () => clearDraft(key), restored: Boolean(saved) };
}

export function clearDraft(key) {
  localStorage.removeItem(PREFIX + key);
}

export function hasDraft(key) {
  return read(key) !== null;
}
