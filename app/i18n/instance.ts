/**
 * i18next instances without the strings bundled in. The browser holds only the page's language, and of that only
 * the areas its pages used so far (app/i18n/areas.ts): entry.client loads the file the root layout names on <html>
 * before it hydrates, the layout loads what a next page adds before it shows it (ensureAreas), and a key that is
 * still missing loads the rest of the language (a safety net; a test checks each route's declared areas). The
 * server provides both languages whole when its build loads (./strings.server.ts).
 */
import i18next, { type i18n, type Resource } from "i18next";
import { AREAS, stringsFile, type Area } from "./areas";
import type { Locale } from "./locales";
import { SENTENCE_DOTS, sentenceDots } from "./sentence-dots";

const provided: Resource = {};
const loadedAreas: Partial<Record<Locale, Set<Area>>> = {};
let version = 0;
const listeners = new Set<() => void>();

/** Adds areas' strings of a language (their top-level keys are disjoint, so a shallow merge). */
export function provideStrings(locale: Locale, strings: object, areas: readonly Area[]): void {
  const current = (provided[locale]?.translation ?? {}) as object;
  provided[locale] = { translation: { ...current, ...strings } as Resource[string]["translation"] };
  const set = (loadedAreas[locale] ??= new Set());
  for (const area of areas) set.add(area);
  version++;
  listeners.forEach((listener) => listener());
}

export const hasStrings = (locale: Locale): boolean => locale in provided;
export const missingAreas = (locale: Locale, areas: readonly Area[]): Area[] => areas.filter((a) => !loadedAreas[locale]?.has(a));

/** For useSyncExternalStore: changes when strings arrive, so the layout makes a new instance. */
export const stringsVersion = (): number => version;
export function onStrings(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const loading = new Map<string, Promise<void>>();

/**
 * Loads areas of a language into the browser (once per file). If they cannot be loaded the page is loaded anew,
 * from the server, which renders it whole (the promise then never settles).
 */
export function loadAreas(locale: Locale, buildVersion: string, areas: readonly Area[]): Promise<void> {
  const url = `/i18n/${stringsFile(locale, buildVersion, areas)}`;
  let promise = loading.get(url);
  if (!promise) {
    promise = fetch(url, { credentials: "same-origin" })
      .then((res) => (res.ok ? (res.json() as Promise<object>) : Promise.reject(new Error(`${url}: HTTP ${res.status}`))))
      .then((json) => provideStrings(locale, json, areas))
      .catch(() => {
        window.location.reload();
        return new Promise<void>(() => {});
      });
    loading.set(url, promise);
  }
  return promise;
}

/** The build's strings version the browser was given (entry.client), for the safety net below. */
let browserVersion = "";
export const setStringsVersion = (v: string): void => {
  browserVersion = v;
};

/** A synchronous i18next instance for one locale over the given resources. */
export function i18nWith(locale: Locale, resources: Resource, fallback: Locale, onMissing?: (key: string) => void): i18n {
  const instance = i18next.createInstance().use(sentenceDots);
  void instance.init({
    lng: locale,
    fallbackLng: fallback,
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
    postProcess: [SENTENCE_DOTS],
    ...(onMissing
      ? {
          parseMissingKeyHandler: (key: string, defaultValue?: string) => {
            onMissing(key);
            return defaultValue ?? "";
          },
        }
      : {}),
  });
  return instance;
}

/**
 * The page's instance (root layout and meta): over the strings provided so far. In the browser a key that is not
 * there (an area a route failed to declare) shows nothing while the rest of the language loads; then the layout
 * renders again. On the server, where both languages are provided whole when the build loads, one instance per
 * language (and strings version) serves every request (making one per page view cost about 2% of the server's time
 * on /opgaven).
 */
export function createPageI18n(locale: Locale): i18n {
  if (typeof document === "undefined") {
    const cached = serverInstances.get(locale);
    if (cached && cached.version === version) return cached.instance;
    const instance = i18nWith(locale, provided, "nl");
    if (hasStrings(locale)) serverInstances.set(locale, { instance, version });
    return instance;
  }
  return i18nWith(locale, provided, "nl", () => {
    // Once the whole language is here a missing key is missing everywhere (or has its default): nothing to load.
    const rest = missingAreas(locale, AREAS);
    if (rest.length) void loadAreas(locale, browserVersion, rest);
  });
}

const serverInstances = new Map<Locale, { instance: i18n; version: number }>();
