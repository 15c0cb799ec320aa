/**
 * Meta titles in the page language: the locale comes from the root loader, which every page has. Every route's meta
 * takes its title from here (a test in app/i18n/route-titles.test.ts refuses a title written into a route).
 */
import type { MetaArgs } from "@remix-run/node";
import type { ParseKeys } from "i18next";
import { createPageI18n } from "./instance";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";

export function localeOf(matches: MetaArgs["matches"]): Locale {
  const data = matches.find((m) => m.id === "root")?.data as { locale?: unknown } | undefined;
  return isLocale(data?.locale) ? data.locale : DEFAULT_LOCALE;
}

/** A message in the page language, for a meta tag other than the title (a description, a feed link's title). */
export function metaText(matches: MetaArgs["matches"], key: ParseKeys, values?: Record<string, string>): string {
  // The key is checked by its type above; i18next's overloads do not take a key union together with values.
  const t = createPageI18n(localeOf(matches)).t as unknown as (key: string, values?: Record<string, string>) => unknown;
  return String(t(key, values));
}

const withSiteName = (matches: MetaArgs["matches"], parts: string[]): string => [...parts, metaText(matches, "meta.siteName")].join(" · ");

/** "<translated title> · Opgavenmarkt" for a message key (values fill its {{placeholders}}). */
export function pageTitle(matches: MetaArgs["matches"], key: ParseKeys, values?: Record<string, string>): string {
  return withSiteName(matches, [metaText(matches, key, values)]);
}

/**
 * A record's page: "<the record's own title> · [<translated section> ·] Opgavenmarkt". The record's title stays in the
 * record's language; without a record (an error page) the title is the section, or the fallback key, or the site name.
 */
export function recordTitle(
  matches: MetaArgs["matches"],
  record: string | null | undefined,
  options: { section?: ParseKeys; fallback?: ParseKeys } = {},
): string {
  const section = options.section ? [metaText(matches, options.section)] : [];
  if (record) return withSiteName(matches, [record, ...section]);
  const fallback = options.fallback ? [metaText(matches, options.fallback)] : section;
  return withSiteName(matches, fallback);
}

/** The site name alone (the home page). */
export const siteTitle = (matches: MetaArgs["matches"]): string => withSiteName(matches, []);
