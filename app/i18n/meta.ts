/** Meta titles in the page language: the locale comes from the root loader, which every page has. */
import type { MetaArgs } from "@remix-run/node";
import type { ParseKeys } from "i18next";
import { createPageI18n } from "./instance";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";

export function localeOf(matches: MetaArgs["matches"]): Locale {
  const data = matches.find((m) => m.id === "root")?.data as { locale?: unknown } | undefined;
  return isLocale(data?.locale) ? data.locale : DEFAULT_LOCALE;
}

/** "<translated title> · Opgavenmarkt" for a message key. */
export function pageTitle(matches: MetaArgs["matches"], key: ParseKeys): string {
  return `${String(createPageI18n(localeOf(matches)).t(key))} · Opgavenmarkt`;
}
