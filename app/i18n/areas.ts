/**
 * The string areas (app/i18n/areas/<area>.ts) by name, for the browser's strings files: a page loads the base areas
 * (the layout: header, footer, error pages, and what most public pages share) and the areas its routes declare in
 * `handle.i18n`, as one file (app/i18n/strings.server.ts); a test checks the declarations against the code.
 */
import { isLocale, type Locale } from "./locales";

export const AREAS = [
  "common",
  "public",
  "vocabulary-labels",
  "titles",
  "accounts",
  "hub-verification",
  "intake",
  "solution-intake",
  "browse",
  "messaging",
  "brokering",
  "hub-home",
  "hub-insights",
  "hub-team",
  "trust",
  "onboarding",
  "owners",
  "judgements",
  "edih",
  "procurement",
  "consultation",
  "joint",
] as const;
export type Area = (typeof AREAS)[number];

/** Every page loads these (what root.tsx and its components use, the public pages' common ground, and the page titles that meta functions compute in the browser on navigation). */
export const BASE_AREAS: readonly Area[] = ["common", "public", "vocabulary-labels", "titles"];

/** A route module's `handle` with the areas its page uses beyond the base. */
export interface I18nHandle {
  i18n?: readonly Area[];
}

export const isArea = (value: string): value is Area => (AREAS as readonly string[]).includes(value);

/** The base areas and the given ones, without repeats, in the order of AREAS (so one set has one file name). */
export function areaSet(areas: Iterable<string>): Area[] {
  const wanted = new Set<string>([...BASE_AREAS, ...areas]);
  return AREAS.filter((a) => wanted.has(a));
}

/** The file name of a language's strings for these areas: `nl.<version>.common.public.json` (no version: revalidated). */
export const stringsFile = (locale: Locale, version: string, areas: readonly Area[]): string =>
  [locale, version, ...areas].filter(Boolean).join(".") + ".json";

/** The language, version and areas of a strings file name (as the root layout puts it on <html>), or null. */
export function parseStringsFile(name: string): { locale: Locale; version: string; areas: Area[]; all: boolean } | null {
  const m = /^([a-z]{2})(?:\.([0-9a-f]{12}))?((?:\.[a-z][a-z-]*)*)\.json$/.exec(name);
  if (!m) return null;
  const names = m[3] ? m[3].slice(1).split(".") : [];
  if (!names.every(isArea)) return null;
  if (!isLocale(m[1])) return null;
  return { locale: m[1], version: m[2] ?? "", areas: names.length ? AREAS.filter((a) => names.includes(a)) : [...AREAS], all: !names.length };
}
