// Numbers, money, dates and ages in the kiosk's language.

import { locale, t } from "./i18n.js";

export function money(minor) {
  return new Intl.NumberFormat(locale(), { style: "currency", currency: "INR" }).format((minor || 0) / 100);
}

export function number(n) {
  return new Intl.NumberFormat(locale()).format(n);
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

// Completed years, months and days from a birth date (YYYY-MM-DD) to today, on the calendar.
export function ageParts(birthDate, now = new Date()) {
  const [y, m, d] = birthDate.split("-").map(Number);
  let years = now.getFullYear() - y;
  let months = now.getMonth() + 1 - m;
  let days = now.getDate() - d;
  if (days < 0) {
    months -= 1;
    days += new Date(now.getFullYear(), now.getMonth(), 0).getDate(); // the days of last month
  }
  if (months < 0) { years -= 1; months += 12; }
  return { years, months, days };
}

// "2 years 3 months" (a baby: "1 month 4 days", "9 days"), said back before saving.
export function ageInWords(birthDate) {
  const { years, months, days } = ageParts(birthDate);
  const unit = (n, one, many) => t(n === 1 ? one : many, { n });
  const parts = [];
  if (years) parts.push(unit(years, "age.year", "age.years"));
  if (months) parts.push(unit(months, "age.month", "age.months"));
  if (!years && (days || !months)) parts.push(unit(days, "age.day", "age.days"));
  return parts.join(" ");
}

// The month names in the kiosk's language (January…, जनवरी…): the birth date's month is chosen by name.
export function monthNames() {
  const fmt = new Intl.DateTimeFormat(locale(), { month: "long", timeZone: "UTC" });
  return Array.from({ length: 12 }, (_, i) => fmt.format(new Date(Date.UTC(2000, i, 1))));
}
