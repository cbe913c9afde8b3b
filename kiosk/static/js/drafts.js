// What was typed survives a failed save, a reload, a lock and a language switch: every named field of a form
// is kept as a draft as it changes and put back when the form is drawn again; a draft is removed after the box
// has accepted the save, or when the staff member discards it (screens/register.js offers an unsaved entry).
//
// A kiosk PC is shared, so drafts are never kept in plain text: each is sealed with AES-GCM (WebCrypto) under
// the signed-in staff member's draft key, which the box derives for them and gives with the session (sign-in,
// PIN unlock, /me). The key is held here, in memory only: a locked kiosk holds none, the next person at the PC
// reads nothing, another staff member's key opens nothing, and signing out deletes the staff member's drafts.

const PREFIX = "kiosk.sealed.";        // + key id + "." + draft name
const PLAIN_PREFIX = "kiosk.draft.";   // drafts kept in plain text before they were sealed: deleted on sight
const ID_INFO = new TextEncoder().encode("clinic-edge/kiosk-draft-id/v1\u0000");

let current = null; // { key: CryptoKey (not extractable), id: hex name of the key's drafts }
let given = false;  // the box has answered for this session (with a key, or none usable: no WebCrypto)

function fromBase64(text) {
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/");
  return Uint8Array.from(atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4)), (c) => c.charCodeAt(0));
}

function toBase64(bytes) {
  let text = "";
  for (const b of new Uint8Array(bytes)) text += String.fromCharCode(b);
  return btoa(text);
}

// The key the box gave for this staff member (base64url, 256 bits); null or undefined forgets it.
export async function setDraftKey(encoded) {
  if (!encoded || !globalThis.crypto?.subtle) {
    current = null;
    given = true;
    return;
  }
  const raw = fromBase64(encoded);
  const key = await crypto.subtle.importKey("raw", raw, { name: "AES-GCM" }, false, ["encrypt", "decrypt"]);
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new Uint8Array([...ID_INFO, ...raw])));
  raw.fill(0);
  current = { key, id: Array.from(digest.slice(0, 8), (b) => b.toString(16).padStart(2, "0")).join("") };
  given = true;
}

export function forgetDraftKey() {
  current = null;
  given = false;
}

// Whether the box has given this session's key (so a reload knows to ask /me for it again).
export function hasDraftKey() {
  return given;
}

// Writes and removals of one draft run in order (a save sealed after the clear that follows it must not
// bring the draft back).
const queues = new Map();

function inOrder(name, job) {
  const run = (queues.get(name) || Promise.resolve()).then(job);
  const settled = run.catch(() => null);
  queues.set(name, settled);
  settled.then(() => { if (queues.get(name) === settled) queues.delete(name); });
  return run;
}

const storageName = (owner, key) => `${PREFIX}${owner.id}.${key}`;

async function seal(owner, name, values) {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(values));
  const sealed = await crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: new TextEncoder().encode(name) },
    owner.key, plain);
  return JSON.stringify({ v: 1, iv: toBase64(iv), ct: toBase64(sealed) });
}

async function open(owner, name) {
  const stored = localStorage.getItem(name);
  if (!stored) return null;
  try {
    const { iv, ct } = JSON.parse(stored);
    const plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv: fromBase64(iv), additionalData: new TextEncoder().encode(name) },
      owner.key, fromBase64(ct));
    return JSON.parse(new TextDecoder().decode(plain));
  } catch {
    localStorage.removeItem(name);  // altered, or sealed under a key this box no longer gives: useless
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

// Keep the form's fields as the signed-in staff member's draft. The saved draft is put back once opened
// (`restored` resolves to whether there was one), unless something was typed first. Without a draft key
// (none given, no WebCrypto) nothing is kept: never in plain text.
export function keepDraft(form, key) {
  const owner = current;
  let touched = false;
  const name = owner ? storageName(owner, key) : null;
  const restored = name
    ? inOrder(name, async () => {
      const saved = await open(owner, name);
      if (saved && !touched) fillForm(form, saved);
      return Boolean(saved);
    }).catch(() => false)
    : Promise.resolve(false);
  const save = () => {
    touched = true;
    if (!name) return Promise.resolve();
    const values = formValues(form);
    return inOrder(name, async () => {
      const sealed = await seal(owner, name, values);
      if (current?.id === owner.id) localStorage.setItem(name, sealed);  // not after a sign-out or a lock
    }).catch(() => {});
  };
  form.addEventListener("input", save);
  form.addEventListener("change", save);
  return { save, clear: () => clearDraft(key, owner), restored };
}

// The signed-in staff member's drafts whose names start with `prefix`: [{ key, values }] (none without a key).
export async function listDrafts(prefix) {
  const owner = current;
  if (!owner) return [];
  const mine = `${PREFIX}${owner.id}.`;
  const names = [];
  for (let i = 0; i < localStorage.length; i += 1) {
    const name = localStorage.key(i);
    if (name?.startsWith(mine + prefix)) names.push(name);
  }
  const found = await Promise.all(names.map((name) => inOrder(name, () => open(owner, name)).catch(() => null)
    .then((values) => (values ? { key: name.slice(mine.length), values } : null))));
  return found.filter(Boolean);
}

// Keep `values` as the draft `key` (sealed, as any draft).
export function writeDraft(key, values) {
  const owner = current;
  if (!owner) return Promise.resolve();
  const name = storageName(owner, key);
  return inOrder(name, async () => {
    const sealed = await seal(owner, name, values);
    if (current?.id === owner.id) localStorage.setItem(name, sealed);
  }).catch(() => {});
}

export function clearDraft(key, owner = current) {
  if (!owner) return Promise.resolve();
  const name = storageName(owner, key);
  return inOrder(name, () => localStorage.removeItem(name)).catch(() => {});
}

// Signing out: the key is forgotten and every draft sealed under it deleted (after any write under way).
export async function dropDrafts() {
  const owner = current;
  forgetDraftKey();
  await Promise.all([...queues.values()]);
  if (owner) removeWhere((name) => name.startsWith(`${PREFIX}${owner.id}.`));
}

// Drafts an older kiosk kept in plain text are deleted whoever is signed in.
export function dropPlainDrafts() {
  removeWhere((name) => name.startsWith(PLAIN_PREFIX));
}

function removeWhere(test) {
  const names = [];
  for (let i = 0; i < localStorage.length; i += 1) {
    const name = localStorage.key(i);
    if (name && test(name)) names.push(name);
  }
  names.forEach((name) => localStorage.removeItem(name));
}
