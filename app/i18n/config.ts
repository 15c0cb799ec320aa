import type { i18n } from "i18next";
import { i18nWith } from "./instance";
import { en } from "./en";
import { nl } from "./nl";

import { DEFAULT_LOCALE, type Locale } from "./locales";

export { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from "./locales";

export const resources = { nl: { translation: nl }, en: { translation: en } } as const;

/** A synchronous i18next instance for one locale with both languages bundled (server code, mail, tests). */
export function createI18n(locale: Locale): i18n {
  return i18nWith(locale, resources, DEFAULT_LOCALE);
}
