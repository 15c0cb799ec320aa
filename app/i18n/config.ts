import i18next, { type i18n } from "i18next";
import { en } from "./en";
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from "../../shared/vocabulary/languages";
import { nl } from "./nl";
import { SENTENCE_DOTS, sentenceDots } from "./sentence-dots";

export const LOCALES = LANGUAGES;
export type Locale = Language;
export const DEFAULT_LOCALE: Locale = DEFAULT_LANGUAGE;

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

export const resources = { nl: { translation: nl }, en: { translation: en } } as const;

/** A synchronous i18next instance for one locale (resources are bundled: both languages are small). */
export function createI18n(locale: Locale): i18n {
  const instance = i18next.createInstance().use(sentenceDots);
  void instance.init({
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
    postProcess: [SENTENCE_DOTS],
  });
  return instance;
}
