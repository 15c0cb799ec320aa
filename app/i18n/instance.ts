/**
 * i18next instances without the strings bundled in: the browser loads only the page's language (a JSON file the
 * server names by its content hash, app/i18n/strings.server.ts) and hands it in with provideStrings before it
 * hydrates; the server provides both languages when its build loads. This keeps the other language (and, on the
 * client, both languages' JS) out of every page's JavaScript.
 */
import i18next, { type i18n, type Resource } from "i18next";
import type { Locale } from "./locales";
import { SENTENCE_DOTS, sentenceDots } from "./sentence-dots";

const provided: Resource = {};

export function provideStrings(locale: Locale, strings: object): void {
  provided[locale] = { translation: strings as Resource[string]["translation"] };
}

export const hasStrings = (locale: Locale): boolean => locale in provided;

/** A synchronous i18next instance for one locale over the given resources. */
export function i18nWith(locale: Locale, resources: Resource, fallback: Locale): i18n {
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
  });
  return instance;
}

/**
 * The page's instance (root layout and meta): over the strings provided so far. On the server, where both languages
 * are provided when the build loads and nothing changes an instance's language, one instance per language serves
 * every request (making one per page view cost about 2% of the server's time on /opgaven).
 */
export const createPageI18n = (locale: Locale): i18n => {
  if (typeof document !== "undefined") return i18nWith(locale, provided, "nl");
  let instance = serverInstances.get(locale);
  if (!instance || !hasStrings(locale)) {
    instance = i18nWith(locale, provided, "nl");
    if (hasStrings(locale)) serverInstances.set(locale, instance);
  }
  return instance;
};

const serverInstances = new Map<Locale, i18n>();
