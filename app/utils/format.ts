import { useTranslation } from "react-i18next";
import { useRootData } from "./root-data";

const intlLocale = (lang: string) => (lang === "en" ? "en-GB" : "nl-NL");

/** Locale-aware formatting for dates, money and theme labels. */
export function useFormat() {
  const { i18n } = useTranslation();
  const root = useRootData();
  const locale = intlLocale(i18n.language);
  return {
    date: (value: string | number | Date | null) =>
      value == null
        ? ""
        : new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Amsterdam" }).format(
            typeof value === "number" && value < 1e11 ? value * 1000 : new Date(value),
          ),
    money: (value: number) =>
      new Intl.NumberFormat(locale, { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(value),
    number: (value: number) => new Intl.NumberFormat(locale).format(value),
    theme: (slug: string) => root?.themeLabels[slug] ?? slug,
  };
}
