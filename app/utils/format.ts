import { useTranslation } from "react-i18next";
import { useRootData } from "./root-data";

/**
 * The one place that turns dates and numbers into text (issue 13: "6-12-2026, 07:22:46" next to "6 december 2026",
 * "0.7" next to "0,7"). Every kind has one formatter, in the reader's language and in Amsterdam time; no other module
 * calls `toLocale…String` or `Intl` (app/utils/format.test.ts checks the source).
 */
const TIME_ZONE = "Europe/Amsterdam";

type Instant = string | number | Date;

/** The Intl locale of a page language. */
export const intlLocale = (lang: string) => (lang === "en" ? "en-GB" : "nl-NL");

/** Seconds since the epoch (search documents) or milliseconds, an ISO string or a Date, as a Date. */
const toDate = (value: Instant) => (typeof value === "number" && value < 1e11 ? new Date(value * 1000) : new Date(value));

/** A YYYY-MM-DD calendar date stays that day whatever the time zone (noon UTC is the same day in Amsterdam). */
const calendarDay = (value: Instant) => (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 86_400_000],
  ["month", 30 * 86_400_000],
  ["week", 7 * 86_400_000],
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

/**
 * The formatters of one language; pure, so loaders, mails and tests use the same ones as the components. Made once
 * per language and kept: an Intl formatter costs far more to construct than to use, and a list page asks for the
 * formatters once per card (profiled: 15% of the server's time on /opgaven went to constructing them).
 */
export function formatters(lang: string): Formatters {
  let cached = byLanguage.get(lang);
  if (!cached) byLanguage.set(lang, (cached = makeFormatters(lang)));
  return cached;
}

const byLanguage = new Map<string, Formatters>();

function makeFormatters(lang: string) {
  const locale = intlLocale(lang);
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const dateFormat = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: TIME_ZONE });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: TIME_ZONE });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  const money = new Intl.NumberFormat(locale, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  return {
    /** "6 december 2026" / "6 December 2026". */
    date: (value: Instant | null | undefined) => (value == null ? "" : dateFormat.format(toDate(calendarDay(value)))),
    /** "6 dec 2026 07:22" / "6 Dec 2026, 07:22": when something happened (messages, sessions, notifications). */
    dateTime: (value: Instant | null | undefined) => (value == null ? "" : dateTimeFormat.format(toDate(value))),
    /** "3 dagen geleden" / "3 days ago", "gisteren" / "yesterday": how long ago, in the largest whole unit. */
    since: (value: Instant, now: Instant = Date.now()) => {
      const diff = toDate(value).getTime() - toDate(now).getTime();
      const [unit, size] = RELATIVE_UNITS.find(([, ms]) => Math.abs(diff) >= ms) ?? ["minute", 60_000];
      return relative.format(Math.round(diff / size), unit);
    },
    /** "1.234" / "1,234"; decimals as "0,7" / "0.7", at most `digits` of them. */
    number: (value: number, digits = 2) => {
      let format = numberFormats.get(digits);
      if (!format) numberFormats.set(digits, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
      return format.format(value);
    },
    /** "€ 30.000" / "€30,000". */
    money: (value: number) => money.format(value),
  };
}

export type Formatters = ReturnType<typeof makeFormatters>;

/** The calendar date (YYYY-MM-DD) of an instant in the Netherlands: a key for counting working days, not for display. */
export function amsterdamDay(at: Date): string {
  return (dayKey ??= new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE })).format(at);
}

let dayKey: Intl.DateTimeFormat | undefined;

/** The formatters in the page language, and theme labels from the root loader. */
export function useFormat() {
  const { i18n } = useTranslation();
  const root = useRootData();
  return { ...formatters(i18n.language), theme: (slug: string) => root?.themeLabels[slug] ?? slug };
}
