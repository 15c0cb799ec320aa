/** The interface languages (no strings here: the browser's bundle imports this module). */
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from "../../shared/vocabulary/languages";

export const LOCALES = LANGUAGES;
export type Locale = Language;
export const DEFAULT_LOCALE: Locale = DEFAULT_LANGUAGE;

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);
