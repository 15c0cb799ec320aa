import type { i18n } from "i18next";
import { i18nWith } from "./instance";
import { en } from "./en";
import { nl } from "./nl";

import { DEFAULT_LOCALE, type Locale } from "./locales";

export { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from "./locales";

export const resources = { nl: { translation: nl }, en: { translation: en } } as const;

const instances = new Map<Locale, i18n>();

/**
 * A synchronous i18next instance for one locale with both languages bundled (server code, mail, tests). The strings
 * never change and nothing switches an instance's language, so one instance per locale serves every caller (the
 * mailer asks once per mail, a page loader once per view).
 */
export function createI18n(locale: Locale): i18n {
  let instance = instances.get(locale);
  if (!instance) {
    instance = i18nWith(locale, resources, DEFAULT_LOCALE);
    instances.set(locale, instance);
  }
  return instance;
}
