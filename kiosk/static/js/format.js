// Numbers, money, dates and ages in the kiosk's language.

import { locale, t } from "./i18n.js";

export function money(minor) {
  return new Intl.NumberFormat(locale(), { style: "currency", currency: "INR" }).format((minor || 0) / 100);
}

export function toMinor(rupees) {
  const value = Number(String(rupees).replace(/,/g, "").trim());
  return Number.isFinite(value) ? Math.round(value * 100) : NaN;
}

export function dateTime(iso) {
  if (!iso) return "";
  return new Intl.DateTimeFormat(locale(), { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
}

export function day(iso) {
  if (!iso) return "";
  return new Intl.DateTimeFormat(locale(), { dateStyle: "medium" }).format(new Date(iso));
}

export function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

export function age(birthDate) {
  if (!birthDate) return "";
  const born = new Date(birthDate);
  const now = new Date();
  let years = now.getFullYear() - born.getFullYear();
  if (now < new Date(now.getFullYear(), born.getMonth(), born.getDate())) years -= 1;
  return years >= 1 ? t("patient.age_years", { n: years }) : t("patient.age_infant");
}

export function patientName(p) {
  return [p?.given_name, p?.family_name].filter(Boolean).join(" ");
}

export function sexLabel(sex) {
  return sex ? t(`sex.${sex}`) : "";
}
